"""The e-Factura inbox: supplier invoices received in SPV, imported once each with their declared totals.

A run lists FACTURA PRIMITA messages (filter P) from where the previous run's window ended (minus the
client's overlap; everything ANAF still keeps on the first run), skips every message id already imported,
downloads each new one once, reads its UBL and stores it in `efactura_received` with the ZIP kept byte for
byte under archive/<company>/efactura-inbox/. A file that cannot be read is still kept (state `unreadable`,
with the reason), so nothing ANAF handed over is lost. The cursor moves only after a run got through every
listed message: a run stopped by a limit or an outage simply repeats, and the de-duplication makes the
repeat cheap (no second download).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from invoicedesk.connectors.anaf.client import EfacturaClient, cif_digits
from invoicedesk.connectors.anaf.messages import MessageExpiredError
from invoicedesk.connectors.anaf.receipts import UnsafeArchiveError, open_receipt
from invoicedesk.connectors.anaf.ubl import ReadResult, UblReadError, read_ubl
from invoicedesk.connectors.errors import ConnectorError
from invoicedesk.store.database import Database
from invoicedesk.store.models import MONEY_SCALE
from invoicedesk.store.models_efactura import EfacturaInboxCursorModel, EfacturaReceivedModel
from invoicedesk.store.repositories.companies import CompanyRepository
from invoicedesk.sync.archive import safe_name, write_atomically

log = logging.getLogger(__name__)

INBOX_KIND = "efactura-inbox"
_MONEY_STEP = Decimal(1).scaleb(-MONEY_SCALE)


@dataclass
class InboxReport:
    listed: int = 0
    imported: list[str] = field(default_factory=list)  # message ids
    unreadable: list[str] = field(default_factory=list)
    expired: list[str] = field(default_factory=list)
    already_known: int = 0
    stopped: ConnectorError | None = None  # a limit or outage ended the run early; it continues next time

    @property
    def complete(self) -> bool:
        return self.stopped is None


def to_json(value: Any) -> Any:
    """A domain object as JSON-safe data: amounts as exact text, dates in ISO form, enums by value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, list | tuple):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    return value


def _money(value: Decimal, label: str, warnings: list[str]) -> Decimal:
    stored = value.quantize(_MONEY_STEP)
    if stored != value:
        warnings.append(
            f"The {label} {value} has more than {MONEY_SCALE} decimals; it is listed as {stored} "
            "(the file keeps the exact amount)"
        )
    return stored


class EfacturaInbox:
    def __init__(
        self,
        database: Database,
        archive_dir: Path,
        *,
        client_for: Callable[[int], EfacturaClient],
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self.database = database
        self.archive_dir = Path(archive_dir)
        self.client_for = client_for
        self.now = now

    def run(self, company_id: int) -> InboxReport:
        """Import what arrived since the last run. ANAF errors other than limits and outages raise."""
        client = self.client_for(company_id)
        environment = client.environment
        with self.database.read_session() as session:
            company = CompanyRepository(session).get(company_id)
            if company is None:
                raise LookupError(f"There is no company with id {company_id}.")
            cursor = session.get(EfacturaInboxCursorModel, (company_id, environment))
            since = (
                dt.datetime.fromtimestamp(cursor.last_end_ms / 1000, dt.UTC) if cursor is not None else None
            )
        cif = cif_digits(company.registration_id or company.vat_id)
        report = InboxReport()
        try:
            listing = client.list_messages(cif, since=since, filter="P")
        except ConnectorError as error:
            if not error.is_transient:
                raise
            report.stopped = error
            return report
        messages = list({m.id: m for m in listing.messages}.values())  # a page boundary may repeat one
        report.listed = len(messages)
        known = self._known(company_id, environment, [m.id for m in messages])
        for message in messages:
            if message.id in known:
                report.already_known += 1
                continue
            try:
                self._import(client, company_id, environment, message, report)
            except ConnectorError as error:
                if not error.is_transient:
                    raise
                report.stopped = error
                log.info("e-Factura inbox stopped early: %s", error.detail)
                return report
        self._advance_cursor(company_id, environment, listing.end)
        return report

    def _known(self, company_id: int, environment: str, message_ids: list[str]) -> set[str]:
        if not message_ids:
            return set()
        model = EfacturaReceivedModel
        with self.database.read_session() as session:
            return set(
                session.scalars(
                    select(model.message_id).where(
                        model.company_id == company_id,
                        model.environment == environment,
                        model.message_id.in_(message_ids),
                    )
                )
            )

    def _import(
        self, client: EfacturaClient, company_id: int, environment: str, message: Any, report: InboxReport
    ) -> None:
        base = {
            "company_id": company_id,
            "environment": environment,
            "message_id": message.id,
            "upload_index": message.upload_index,
            "listed_at": message.created_at,
            "details": message.details,
            "imported_at": self.now(),
        }
        try:
            data = client.download(message.id)
        except MessageExpiredError as error:
            self._store(EfacturaReceivedModel(**base, state="expired", problem=error.detail), None)
            report.expired.append(message.id)
            return
        try:
            receipt = open_receipt(data, message.id)
            result = read_ubl(receipt.document)
        except (UnsafeArchiveError, UblReadError) as error:
            self._store(EfacturaReceivedModel(**base, state="unreadable", problem=str(error)), data)
            report.unreadable.append(message.id)
            return
        self._store(self._received(base, result), data)
        report.imported.append(message.id)

    def _received(self, base: dict[str, Any], result: ReadResult) -> EfacturaReceivedModel:
        document, declared = result.document, result.declared
        warnings = list(result.warnings)
        return EfacturaReceivedModel(
            **base,
            state="imported",
            doc_type=document.doc_type.value,
            type_code=result.type_code,
            number=document.number[:200],
            issue_date=document.issue_date,
            due_date=document.due_date,
            currency=document.currency,
            seller_name=document.seller.name[:200],
            seller_vat_id=(document.seller.vat_id or document.seller.registration_id)[:40],
            document=to_json(document),
            declared_net=_money(declared.net, "net total", warnings),
            declared_vat=_money(declared.vat, "VAT total", warnings),
            declared_gross=_money(declared.gross, "total with VAT", warnings),
            declared_payable=_money(declared.payable, "amount due", warnings),
            warnings=warnings,
        )

    def _store(self, row: EfacturaReceivedModel, data: bytes | None) -> None:
        if data is not None:
            relative = (
                Path(str(row.company_id)) / INBOX_KIND / row.environment / f"{safe_name(row.message_id)}.zip"
            )
            # The name is the message id, so writing it again (a repeated run) leaves the same bytes.
            write_atomically(self.archive_dir / relative, data)
            row.archive_path = relative.as_posix()
            row.zip_sha256 = hashlib.sha256(data).hexdigest()
            row.zip_size = len(data)
        try:
            with self.database.session() as session:
                session.add(row)
        except IntegrityError:
            log.info("e-Factura inbox: message %s was imported by another run meanwhile", row.message_id)

    def _advance_cursor(self, company_id: int, environment: str, end: dt.datetime) -> None:
        end_ms = int(end.timestamp() * 1000)
        with self.database.session() as session:
            cursor = session.get(EfacturaInboxCursorModel, (company_id, environment))
            if cursor is None:
                session.add(
                    EfacturaInboxCursorModel(
                        company_id=company_id,
                        environment=environment,
                        last_end_ms=end_ms,
                        updated_at=self.now(),
                    )
                )
            elif end_ms > cursor.last_end_ms:
                cursor.last_end_ms = end_ms
                cursor.updated_at = self.now()
