"""The Fakturoid connector: Activate, idempotent creates, lookups, incremental pulls, PDF, e-mail and
payments.

Idempotency (fact sheet §7): every create carries `custom_id` = our key. Fakturoid documents `custom_id` as
unique only for contacts, so for invoices we never rely on the server refusing a duplicate: `push` looks the
key up first (an earlier process may have created it and died before hearing so), and after an uncertain
outcome it looks it up again instead of sending. If the lookup finds nothing the error stays
`uncertain_outcome`; the next attempt starts with a lookup again, by which time a slow create has either
landed or not.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import time
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from invoicedesk.connectors.calls import CallRecorder, discard
from invoicedesk.connectors.contract import (
    ActivationResult,
    Connector,
    PushResult,
    PushStatus,
    RemoteClient,
    RemoteDocument,
    RemotePaymentMethod,
    RemoteSeries,
    SecretReader,
)
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.fakturoid import mapping
from invoicedesk.connectors.fakturoid.client import TOKENS, FakturoidClient, TokenCache
from invoicedesk.connectors.fakturoid.errors import map_error
from invoicedesk.connectors.fakturoid.spec import SPEC
from invoicedesk.connectors.http import HttpClient, HttpResponse
from invoicedesk.core.documents import BankAccount, Client, Document, DocumentType
from invoicedesk.core.errors import FieldError

log = logging.getLogger(__name__)
SERVICE = mapping.SERVICE


def _remote_id(response: HttpResponse) -> str:
    data = response.data
    return str(data.get("id", "")) if isinstance(data, Mapping) else ""


class FakturoidConnector(Connector):
    spec = SPEC

    def __init__(
        self,
        *,
        settings: Mapping[str, str],
        secrets: SecretReader,
        http: HttpClient,
        recorder: CallRecorder = discard,
        tokens: TokenCache = TOKENS,
        sleep: Callable[[float], None] = time.sleep,
        reconcile_delay: float = 2.0,
        pdf_polls: int = 8,
        pdf_poll_delay: float = 1.0,
    ) -> None:
        super().__init__(settings=settings, secrets=secrets, http=http, recorder=recorder)
        self._require_settings()
        # Fakturoid refuses calls without "App (contact e-mail)" (fact sheet §2).
        http.headers["User-Agent"] = f"InvoiceDesk ({self.settings['email'].strip()})"
        http.headers.setdefault("Accept", "application/json")
        self.client = FakturoidClient(
            http,
            slug=self.settings.get("slug", "").strip(),
            client_id=secrets("client_id") or "",
            client_secret=secrets("client_secret") or "",
            tokens=tokens,
        )
        self._sleep = sleep
        self.reconcile_delay = reconcile_delay
        self.pdf_polls = pdf_polls
        self.pdf_poll_delay = pdf_poll_delay
        self._account: Mapping[str, Any] | None = None

    # ---- Activate -----------------------------------------------------------------------------------------

    def check(self) -> ActivationResult:
        self.client.token()
        user = self.client.json_object("GET", "user.json")
        accounts = [a for a in user.get("accounts") or [] if isinstance(a, Mapping)]
        slugs = [str(a.get("slug")) for a in accounts if a.get("slug")]
        if self.client.slug not in slugs:
            usable = ", ".join(slugs) if slugs else "none"
            raise ConnectorError(
                ErrorCategory.ACCOUNT_NOT_FOUND,
                f"These credentials cannot use a Fakturoid account named {self.client.slug!r}; "
                f"the accounts they can use: {usable}",
                service=SERVICE)
        account = self._account_info()
        formats = self.client.json_list(self.client.account_path("number_formats/invoices.json"))
        banks = self.client.json_list(self.client.account_path("bank_accounts.json"))
        warnings: list[str] = []
        if not banks:
            warnings.append("Fakturoid has no bank account yet, and it refuses to create invoices until one "
                            "exists: add it in Fakturoid under Settings → Bank accounts.")
        default_method = str(account.get("invoice_payment_method") or "")
        methods = [RemotePaymentMethod(m.code, m.name, m.code == default_method)
                   for m in mapping.FIXED_PAYMENT_METHODS]
        account_entry = next(a for a in accounts if a.get("slug") == self.client.slug)
        return ActivationResult(
            account_name=str(account.get("name") or account_entry.get("name") or self.client.slug),
            plan=str(account.get("plan") or ""),
            vat_mode=str(account.get("vat_mode") or ""),
            currency=str(account.get("currency") or ""),
            number_series=[
                RemoteSeries(str(f.get("id")), str(f.get("format") or ""), str(f.get("preview") or ""),
                             bool(f.get("default")), DocumentType.INVOICE)
                for f in formats if isinstance(f, Mapping)
            ],
            payment_methods=methods,
            bank_accounts=[self._bank_account(b) for b in banks if isinstance(b, Mapping)],
            details={
                "slug": self.client.slug,
                "user": str(user.get("full_name") or ""),
                "permission": str(account_entry.get("permission") or ""),
                "accounts": slugs,
                "bank_account_ids": {str(b.get("id")): str(b.get("name") or b.get("number") or "")
                                     for b in banks if isinstance(b, Mapping)},
                "warnings": warnings,
            },
        )

    def _require_settings(self) -> None:
        missing = [name for name in ("slug", "email") if not self.settings.get(name, "").strip()]
        if missing:
            raise ConnectorError(
                ErrorCategory.VALIDATION_FAILED, f"The connection settings lack: {', '.join(missing)}",
                field_errors=[FieldError(f"settings.{name}", "is required") for name in missing],
                service=SERVICE)

    @staticmethod
    def _bank_account(item: Mapping[str, Any]) -> BankAccount:
        return BankAccount(
            iban=str(item.get("iban") or item.get("number") or ""),
            bic=str(item.get("swift_bic") or ""),
            name=str(item.get("name") or ""),
            currency=str(item.get("currency") or ""),
        )

    def _account_info(self) -> Mapping[str, Any]:
        if self._account is None:
            self._account = self.client.json_object("GET", self.client.account_path("account.json"))
        return self._account

    # ---- documents ----------------------------------------------------------------------------------------

    def push(self, document: Document, key: str, *, corrects_remote_id: str = "") -> PushResult:
        if document.doc_type not in self.capabilities.pushable_types:
            raise self._missing(f"Creating a {document.doc_type.value}")
        existing = self.lookup(key, document)
        if existing is not None:
            return existing
        # An unmapped payment method is refused before the contact is created for an invoice that cannot go.
        mapping.payment_method(document.payment_method, mapping.payment_method_map(self.settings))
        subject_id = self._subject_for(document.buyer, mapping.client_key(document.buyer))
        payload = mapping.invoice_payload(
            document, key,
            subject_id=subject_id,
            settings=self.settings,
            account_currency=str(self._account_info().get("currency") or ""),
            corrects_remote_id=corrects_remote_id,
        )
        try:
            data = self.client.json_object(
                "POST", self.client.account_path("invoices.json"),
                json=payload.body,
                idempotency_key=key,
                error_mapper=functools.partial(map_error, line_origin=payload.line_origin),
                remote_id_of=_remote_id,
            )
        except ConnectorError as error:
            if error.category is not ErrorCategory.UNCERTAIN_OUTCOME:
                raise
            return self._reconcile(key, document, error)
        if "id" not in data:
            raise ConnectorError(ErrorCategory.UNCERTAIN_OUTCOME,
                                 "Fakturoid accepted the invoice but its answer has no id", service=SERVICE)
        return PushResult(str(data["id"]), str(data.get("number") or ""), PushStatus.CREATED)

    def _reconcile(self, key: str, document: Document, error: ConnectorError) -> PushResult:
        self._sleep(self.reconcile_delay)  # let a create that is still being processed land first
        try:
            found = self.lookup(key, document)
        except ConnectorError as lookup_error:
            raise ConnectorError(
                ErrorCategory.UNCERTAIN_OUTCOME,
                f"{error.detail}; checking whether it exists failed too ({lookup_error.category.value})",
                service=SERVICE) from lookup_error
        if found is not None:
            log.info("fakturoid: %s was created although the answer was lost; using remote id %s",
                     key, found.remote_id)
            return found
        raise ConnectorError(
            ErrorCategory.UNCERTAIN_OUTCOME,
            f"{error.detail}; Fakturoid does not list it yet, so it is checked again before any new attempt",
            service=SERVICE)

    def lookup(self, key: str, document: Document | None = None) -> PushResult | None:
        items = self.client.json_list(self.client.account_path("invoices.json"), {"custom_id": key})
        # Filter locally too: a server that ignored the filter must not make another invoice look like ours.
        ours = [i for i in items if isinstance(i, Mapping) and str(i.get("custom_id") or "") == key]
        matches = sorted(ours, key=lambda i: int(i.get("id") or 0))
        if not matches:
            return None
        if len(matches) > 1:
            log.warning("fakturoid: %d invoices carry custom_id %s; using the oldest (id %s)",
                        len(matches), key, matches[0].get("id"))
        first = matches[0]
        return PushResult(str(first.get("id")), str(first.get("number") or ""), PushStatus.FOUND)

    def pull_documents(self, since: dt.datetime | None) -> Iterator[RemoteDocument]:
        since = _aware(since)
        for item in self.client.pages(self.client.account_path("invoices.json"), _changed_after(since)):
            document = mapping.remote_document(item)
            if since is None or document.updated_at is None or document.updated_at > since:
                yield document

    # ---- clients ------------------------------------------------------------------------------------------

    def pull_clients(self, since: dt.datetime | None) -> Iterator[RemoteClient]:
        since = _aware(since)
        for item in self.client.pages(self.client.account_path("subjects.json"), _changed_after(since)):
            client = mapping.remote_client(item)
            if since is None or client.updated_at is None or client.updated_at > since:
                yield client

    def push_client(self, client: Client, key: str) -> str:
        return self._subject_for(client, key, field_prefix="")

    def _find_subject(self, key: str) -> str | None:
        items = self.client.json_list(self.client.account_path("subjects.json"), {"custom_id": key})
        for item in items:
            if isinstance(item, Mapping) and str(item.get("custom_id") or "") == key:
                return str(item.get("id"))
        return None

    def _subject_for(self, client: Client, key: str, *, field_prefix: str = "buyer.") -> str:
        found = self._find_subject(key)
        if found is not None:
            return found
        try:
            data = self.client.json_object(
                "POST", self.client.account_path("subjects.json"),
                json=mapping.subject_payload(client, key),
                idempotency_key=key,
                error_mapper=functools.partial(map_error, subject_prefix=field_prefix),
                remote_id_of=_remote_id,
            )
        except ConnectorError as error:
            # A lost answer, or a parallel create of the same contact refused as a duplicate custom_id
            # (unique for contacts): either way the contact may exist now.
            if error.category not in (ErrorCategory.UNCERTAIN_OUTCOME, ErrorCategory.VALIDATION_FAILED):
                raise
            if error.category is ErrorCategory.UNCERTAIN_OUTCOME:
                self._sleep(self.reconcile_delay)
            found = self._find_subject(key)
            if found is None:
                raise
            return found
        if "id" not in data:
            raise ConnectorError(ErrorCategory.UNCERTAIN_OUTCOME, "Fakturoid created a contact without an id",
                                 service=SERVICE)
        return str(data["id"])

    # ---- after the document exists ------------------------------------------------------------------------

    def pdf(self, remote_id: str) -> bytes:
        path = self.client.account_path(f"invoices/{_numeric(remote_id)}/download.pdf")
        for poll in range(self.pdf_polls):
            response = self.client.call("GET", path, expect="bytes", headers={"Accept": "application/pdf"})
            if response.status == 200 and response.content.startswith(b"%PDF"):
                return response.content
            if response.status != 204:
                raise ConnectorError(
                    ErrorCategory.PROTOCOL_SURPRISE,
                    f"Fakturoid's PDF download answered HTTP {response.status} with something that is not a "
                    f"PDF: {response.excerpt()}", service=SERVICE, http_status=response.status)
            # 204: Fakturoid is still generating it right after a create or update (fact sheet pitfall 4).
            self._sleep(self.pdf_poll_delay * (1 + poll))
        raise ConnectorError(ErrorCategory.SERVICE_UNAVAILABLE,
                             f"Fakturoid has not generated the PDF of invoice {remote_id} yet",
                             service=SERVICE, retry_after=30.0)

    def send_email(self, remote_id: str, to: str | None = None) -> None:
        body = {"email": to} if to else {}
        self.client.call("POST", self.client.account_path(f"invoices/{_numeric(remote_id)}/message.json"),
                         json=body, expect="none")

    def mark_paid(self, remote_id: str, amount: Decimal, paid_on: dt.date) -> None:
        if self._already_paid(remote_id, amount, paid_on):
            return
        try:
            self.client.call(
                "POST", self.client.account_path(f"invoices/{_numeric(remote_id)}/payments.json"),
                json={"paid_on": paid_on.isoformat(), "amount": mapping.decimal_text(amount)},
                remote_id_of=_remote_id,
            )
        except ConnectorError as error:
            # A payment whose answer was lost, or one recorded earlier: the invoice tells which.
            if error.category in (ErrorCategory.UNCERTAIN_OUTCOME, ErrorCategory.PERMISSION_MISSING) \
                    and self._already_paid(remote_id, amount, paid_on):
                return
            raise

    def _already_paid(self, remote_id: str, amount: Decimal, paid_on: dt.date) -> bool:
        path = self.client.account_path(f"invoices/{_numeric(remote_id)}.json")
        invoice = self.client.json_object("GET", path)
        if invoice.get("status") == "paid":
            return True
        for payment in invoice.get("payments") or []:
            if not isinstance(payment, Mapping):
                continue
            try:
                same_amount = Decimal(str(payment.get("amount"))) == amount
            except ArithmeticError:
                continue
            if same_amount and str(payment.get("paid_on")) == paid_on.isoformat():
                return True
        return False


def _numeric(remote_id: str) -> int:
    text = str(remote_id).strip()
    if not text.isdigit():
        raise ConnectorError(ErrorCategory.VALIDATION_FAILED,
                             f"{text!r} is not a Fakturoid document id (they are whole numbers)",
                             service=SERVICE)
    return int(text)


def _aware(moment: dt.datetime | None) -> dt.datetime | None:
    """A naive `since` is taken as UTC (the sync log and the store keep UTC)."""
    return moment.replace(tzinfo=dt.UTC) if moment is not None and moment.tzinfo is None else moment


def _changed_after(since: dt.datetime | None) -> dict[str, str]:
    """`updated_since` includes its own instant; Fakturoid stamps to the millisecond, so the next millisecond
    makes it exclusive and an unchanged account answers with a single empty page. (A change stamped in the
    same millisecond as the newest one already seen, but committed after that pull, would be missed; a full
    pull without `since` recovers it.)"""
    if since is None:
        return {}
    after = since.replace(microsecond=since.microsecond // 1000 * 1000) + dt.timedelta(milliseconds=1)
    return {"updated_since": after.isoformat(timespec="milliseconds")}
