"""Two made-up services for the payment-method sources Fakturoid does not have: a remote list and free text.

Their Activate echoes the API key back in its details, the way a careless service might, so the tests can
prove that nothing secret is remembered.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from invoicedesk.connectors.calls import CallRecorder, discard
from invoicedesk.connectors.contract import (
    ActivationResult,
    BuildOptions,
    Capabilities,
    Connector,
    FieldSpec,
    PaymentMethodSource,
    RemotePaymentMethod,
    SecretReader,
    ServiceSpec,
)
from invoicedesk.connectors.http import HttpClient
from invoicedesk.core.documents import DocumentType

REMOTE_METHODS = [
    RemotePaymentMethod("11", "Převodem", is_default=True),
    RemotePaymentMethod("12", "Hotově"),
    RemotePaymentMethod("19", "Platební brána"),
]


def spec(service_id: str, source: PaymentMethodSource) -> ServiceSpec:
    return ServiceSpec(
        id=service_id,
        display_name=service_id.title(),
        countries=("CZ",),
        fields=(FieldSpec("account", "Account"), FieldSpec("api_key", "API key", secret=True)),
        prerequisites=(),
        capabilities=Capabilities(
            pushable_types=frozenset({DocumentType.INVOICE}), can_pull_documents=False,
            can_pull_clients=False,
            can_push_clients=False, two_way_clients=False, creates_async=False, pdf_format="none",
            pdf_ready_delay=0.0, can_send_email=False, can_mark_paid=False, idempotency="lookup_by_number",
            remote_number_series=False, payment_methods=source, has_client_listing=False, keys_per_area=False,
            errors_in_http_200=False, auth="static_key"),
    )


class EchoingConnector(Connector):
    def check(self) -> ActivationResult:
        key = self.secrets("api_key")
        return ActivationResult(
            account_name=self.settings["account"],
            plan="basic",
            vat_mode="vat_payer",
            currency="CZK",
            payment_methods=list(REMOTE_METHODS),
            details={
                "access_token": key,
                "note": f"accepted key {key} for this account",
                "limits": {"api_key": key, "per_day": 1000, "ratio": Decimal("0.5")},
                "warnings": ["Numbering is automatic"],
            },
        )

    def push(self, document, key, *, corrects_remote_id=""):  # pragma: no cover - never sent
        raise NotImplementedError

    def lookup(self, key, document):  # pragma: no cover - never sent
        raise NotImplementedError


def factory(service_spec: ServiceSpec):
    """A registry factory building an EchoingConnector that speaks for `service_spec`."""
    connector_class = type(f"{service_spec.id.title()}Connector", (EchoingConnector,), {"spec": service_spec})

    def build(
        settings: Mapping[str, str],
        secrets: SecretReader,
        *,
        recorder: CallRecorder = discard,
        connection_id: int | None = None,
        options: BuildOptions | None = None,
    ) -> EchoingConnector:
        http = HttpClient("https://service.invalid/api", service=service_spec.id, connection_id=connection_id)
        return connector_class(settings=settings, secrets=secrets, http=http, recorder=recorder)

    return build
