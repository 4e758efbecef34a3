"""The contract's defaults, the registry, and the sync-log recorder's resilience."""

from __future__ import annotations

import contextlib
import datetime as dt
from decimal import Decimal

import pytest

from invoicedesk.app.connections import SyncLogRecorder
from invoicedesk.connectors import registry
from invoicedesk.connectors.calls import CallRecord
from invoicedesk.connectors.contract import ActivationResult, Connector, FieldKind, PushResult
from invoicedesk.connectors.errors import CapabilityMissingError, ConnectorError, ErrorCategory
from invoicedesk.connectors.fakturoid import SPEC
from invoicedesk.connectors.http import HttpClient
from invoicedesk.core.documents import DocumentType
from tests.unit.connectors.samples import buyer


class Minimal(Connector):
    spec = SPEC

    def check(self) -> ActivationResult:
        return ActivationResult("a", "", "", "CZK")

    def push(self, document, key, *, corrects_remote_id=""):
        return PushResult("1", "1", "created")

    def lookup(self, key, document):
        return None


@pytest.mark.parametrize("call", [
    lambda c: list(c.pull_documents(None)),
    lambda c: list(c.pull_clients(None)),
    lambda c: c.push_client(buyer(), "k"),
    lambda c: c.pdf("1"),
    lambda c: c.send_email("1", None),
    lambda c: c.mark_paid("1", Decimal("1"), dt.date(2026, 1, 1)),
])
def test_operations_a_service_lacks_raise_capability_missing(call) -> None:
    connector = Minimal(settings={}, secrets=lambda name: "", http=HttpClient("https://x.test", service="t"))
    with pytest.raises(CapabilityMissingError) as caught:
        call(connector)
    assert caught.value.category is ErrorCategory.CAPABILITY_MISSING
    assert caught.value.service == "fakturoid"


def test_fakturoid_spec_describes_fields_and_capabilities() -> None:
    assert [f.name for f in SPEC.secret_fields] == ["client_id", "client_secret"]
    assert {"slug", "email", "base_url"} <= {f.name for f in SPEC.setting_fields}
    assert SPEC.field("email").kind is FieldKind.EMAIL
    assert SPEC.field("base_url").default == "https://app.fakturoid.cz/api/v3"
    assert all(f.label and (f.help or f.where_to_find) for f in SPEC.fields)
    caps = SPEC.capabilities
    assert caps.pushable_types == {DocumentType.INVOICE, DocumentType.PROFORMA, DocumentType.CREDIT_NOTE}
    assert (caps.idempotency, caps.pdf_format) == ("key_lookup", "binary")
    assert caps.auth == "oauth_client_credentials"
    assert (caps.rate_limit.requests, caps.rate_limit.per_seconds) == (400, 60.0)
    assert {p.id for p in SPEC.prerequisites} >= {"bank_account", "paid_plan_for_email"}
    with pytest.raises(KeyError):
        SPEC.field("password")


def test_registry_knows_fakturoid_and_names_the_known_services_for_a_typo() -> None:
    assert registry.spec("fakturoid") is SPEC
    assert SPEC in registry.services()
    with pytest.raises(LookupError, match="fakturoid"):
        registry.entry("fakturoidd")


def test_registry_builds_a_working_connector_from_settings_and_secrets() -> None:
    connector = registry.entry("fakturoid").build(
        {"slug": "firma", "email": "a@b.cz", "base_url": "http://127.0.0.1:9/api/v3"},
        {"client_id": "id", "client_secret": "secret"}.get, connection_id=5)
    assert connector.http.base_url == "http://127.0.0.1:9/api/v3"
    assert connector.http.connection_id == 5
    assert connector.http.headers["User-Agent"] == "InvoiceDesk (a@b.cz)"
    assert connector.http.rate_limiter is not None


class FlakyDatabase:
    """Refuses the first write (a locked database), then keeps what it is given."""

    def __init__(self) -> None:
        self.failures = 1
        self.rows: list[dict] = []

    @contextlib.contextmanager
    def session(self):
        if self.failures:
            self.failures -= 1
            raise RuntimeError("database is locked")
        rows = self.rows

        class Session:
            def execute(self, statement, batch):
                rows.extend(batch)

        yield Session()


def record(path: str = "/x", key: str = "") -> CallRecord:
    return CallRecord(dt.datetime.now(dt.UTC), "fakturoid", 1, "GET", path, 200, 5, "ok", "", 0, 2,
                      idempotency_key=key)


def test_the_recorder_keeps_records_while_the_database_is_busy_and_fits_the_columns() -> None:
    database = FlakyDatabase()
    recorder = SyncLogRecorder(database)  # type: ignore[arg-type]
    recorder(record("/first"))
    assert database.rows == []
    recorder(record("/" + "p" * 900, key="k" * 300))
    assert [row["path"][:6] for row in database.rows] == ["/first", "/ppppp"]
    assert len(database.rows[1]["path"]) == 500 and len(database.rows[1]["idempotency_key"]) == 100


def test_a_fakturoid_connector_without_slug_or_email_says_which_setting_is_missing() -> None:
    with pytest.raises(ConnectorError) as caught:
        registry.entry("fakturoid").build({"slug": "firma"}, {"client_id": "i", "client_secret": "s"}.get)
    assert caught.value.category is ErrorCategory.VALIDATION_FAILED
    assert [e.field for e in caught.value.field_errors] == ["settings.email"]
