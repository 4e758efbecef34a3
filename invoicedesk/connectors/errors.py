"""One error taxonomy for every service, and the advice a bookkeeper sees for each kind of error.

Each service fails in its own dialect (HTTP statuses, errors inside HTTP 200, localized texts). Connectors
translate that dialect into a `ConnectorError` whose `category` says what kind of trouble it is, so the outbox
can decide what to do (retry later, reconcile, wait for a person) and the UI can show the same advice for
every service.

Messages never contain secrets: connectors build `detail` from redacted excerpts only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from invoicedesk.core.errors import FieldError


def N_(text: str) -> str:
    """Mark a source string for translation; the UI translates it when it shows it."""
    return text


class ErrorCategory(StrEnum):
    CREDENTIALS_REFUSED = "credentials_refused"
    PLAN_WITHOUT_API = "plan_without_api"
    ACCOUNT_NOT_FOUND = "account_not_found"
    PERMISSION_MISSING = "permission_missing"
    VALIDATION_FAILED = "validation_failed"
    RATE_LIMITED = "rate_limited"
    SERVICE_UNAVAILABLE = "service_unavailable"
    NETWORK = "network"
    UNCERTAIN_OUTCOME = "uncertain_outcome"
    PROTOCOL_SURPRISE = "protocol_surprise"
    CAPABILITY_MISSING = "capability_missing"


# Categories after which the same request may succeed later without anybody changing anything.
TRANSIENT_CATEGORIES = frozenset(
    {ErrorCategory.RATE_LIMITED, ErrorCategory.SERVICE_UNAVAILABLE, ErrorCategory.NETWORK}
)


class ConnectorError(Exception):
    """A service call failed; `category` says how, `detail` says what happened in this case."""

    def __init__(
        self,
        category: ErrorCategory,
        detail: str,
        *,
        field_errors: list[FieldError] | None = None,
        retry_after: float | None = None,
        retry_at: dt.datetime | None = None,
        service: str = "",
        http_status: int | None = None,
    ) -> None:
        super().__init__(detail)
        self.category = ErrorCategory(category)
        self.detail = detail
        self.field_errors: list[FieldError] = list(field_errors or [])
        self.retry_after = retry_after
        self.retry_at = retry_at
        self.service = service
        self.http_status = http_status

    @property
    def is_transient(self) -> bool:
        return self.category in TRANSIENT_CATEGORIES

    @property
    def advice(self) -> Advice:
        return advice(self.category)

    def __str__(self) -> str:
        text = f"{self.service}: {self.detail}" if self.service else self.detail
        if self.field_errors:
            text += "".join(f"\n  {error.field}: {error.message}" for error in self.field_errors)
        return text

    def __repr__(self) -> str:
        return f"ConnectorError({self.category.value!r}, {self.detail!r}, service={self.service!r})"


class CapabilityMissingError(ConnectorError):
    """The service cannot do this at all; callers should have consulted `Connector.capabilities`."""

    def __init__(self, service: str, operation: str) -> None:
        super().__init__(
            ErrorCategory.CAPABILITY_MISSING,
            f"{operation} is not something this service offers",
            service=service,
        )
        self.operation = operation


@dataclass(frozen=True)
class Advice:
    """English source strings; the UI shows them through QCoreApplication.translate("advice", text)."""

    title: str
    cause: str
    what_to_do: str


_ADVICE: dict[ErrorCategory, Advice] = {
    ErrorCategory.CREDENTIALS_REFUSED: Advice(
        N_("The service did not accept the access details"),
        N_("The API key, client ID/secret or token is wrong, was revoked, or was copied from the wrong "
           "place."),
        N_("Open the connection settings, generate new API credentials in the service (the wizard shows "
           "where) and paste them again, then press Activate."),
    ),
    ErrorCategory.PLAN_WITHOUT_API: Advice(
        N_("The account's plan does not allow this through the API"),
        N_("The service's subscription does not include API access or this feature, or the account is "
           "blocked over an unpaid bill from the service."),
        N_("Sign in to the service's website, check the plan and any unpaid invoices from the service, "
           "upgrade or pay if needed, then try again."),
    ),
    ErrorCategory.ACCOUNT_NOT_FOUND: Advice(
        N_("The account or address was not found"),
        N_("The account name, company or address in the connection settings does not match an account these "
           "credentials can use."),
        N_("Check the account name (as shown in the service's web address) in the connection settings; the "
           "message lists the accounts these credentials can use."),
    ),
    ErrorCategory.PERMISSION_MISSING: Advice(
        N_("The service refused this action"),
        N_("The user or API key lacks a permission or scope for this action, or the document is locked."),
        N_("Ask the account owner to grant the missing permission (or create a key with the needed scopes), "
           "or unlock the document in the service, then try again."),
    ),
    ErrorCategory.VALIDATION_FAILED: Advice(
        N_("The service rejected the document's data"),
        N_("Some fields of the document do not meet the service's rules; each problem is listed with its "
           "field."),
        N_("Correct the listed fields (or the settings they point to) and press Resend."),
    ),
    ErrorCategory.RATE_LIMITED: Advice(
        N_("Too many requests for now"),
        N_("The service limits how many requests an account may make in a period, and that limit was "
           "reached."),
        N_("Nothing to do: InvoiceDesk waits and continues by itself at the time shown."),
    ),
    ErrorCategory.SERVICE_UNAVAILABLE: Advice(
        N_("The service is temporarily unavailable"),
        N_("The service is down, under maintenance or overloaded."),
        N_("Nothing to do: InvoiceDesk tries again later by itself. If it lasts for hours, check the "
           "service's status page."),
    ),
    ErrorCategory.NETWORK: Advice(
        N_("The service could not be reached"),
        N_("The internet connection, a proxy or a firewall stopped the connection, or the connection timed "
           "out."),
        N_("Check the internet connection; InvoiceDesk tries again later by itself."),
    ),
    ErrorCategory.UNCERTAIN_OUTCOME: Advice(
        N_("It is not known whether the service received the document"),
        N_("The connection broke after the document was sent, so the answer never arrived."),
        N_("Nothing to do: before sending anything again, InvoiceDesk checks with the service whether the "
           "document exists, so it is never created twice."),
    ),
    ErrorCategory.PROTOCOL_SURPRISE: Advice(
        N_("The service answered in an unexpected way"),
        N_("The answer did not have the shape InvoiceDesk expects; the service may have changed, or a proxy "
           "replaced the answer with a page of its own."),
        N_("Try again later. If it repeats, use Help > Copy diagnostics and send the report to support."),
    ),
    ErrorCategory.CAPABILITY_MISSING: Advice(
        N_("This service does not offer that function"),
        N_("The service's API has no way to do this action."),
        N_("Do this action in the service's website instead."),
    ),
}


def advice(category: ErrorCategory | str) -> Advice:
    return _ADVICE[ErrorCategory(category)]
