"""Local documents sent to a connection against what the service holds: the comparison, and nothing else.

No I/O: the caller hands over both sides as data (the local documents with the remote ids their pushes
received, and the service's documents as last pulled), so every rule here is testable on its own.

Rules worth knowing:
- Documents are paired by the remote id the push received. A remote document nobody sent is "unknown
  locally", unless it carries the key of a push that has not finished yet (the outbox will find it).
- The number expected remotely is the one the service gave when the document was created (services that
  number documents themselves give their own); without one, the local number.
- Totals are compared exactly. The one allowance: every service so far computes VAT once per rate (see the
  Fakturoid mapping), so a document issued with VAT rounded on every line may differ in VAT and gross by up
  to one minor unit per line; within that it is not a finding. Net amounts never get an allowance.
- Lines: a service without a discount field receives a discounted line as the line plus a separate
  discount line (quantity 1, minus the discount); both shapes are accepted. A line exempt from VAT, reverse
  charged or exported may come back with rate 0 where the document keeps a rate.
- Dates: the issue date always; the tax point and due date when the service shows one.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from invoicedesk.connectors.contract import RemoteDocument
from invoicedesk.core.documents import Document, DocumentLine, RoundingMode, VatCategory
from invoicedesk.core.money import currency_exponent
from invoicedesk.core.totals import compute_totals

Value = str | int | Decimal | dt.date | None


class FindingKind(StrEnum):
    MISSING_REMOTELY = "missing_remotely"
    UNKNOWN_LOCALLY = "unknown_locally"
    NUMBER = "number_mismatch"
    DOCUMENT_TYPE = "document_type_mismatch"
    TOTAL = "total_mismatch"
    DATE = "date_mismatch"
    LINES = "line_mismatch"
    CURRENCY = "currency_mismatch"


@dataclass(frozen=True)
class SentDocument:
    """A local document and what its push to this connection was told."""

    document: Document
    remote_id: str
    remote_number: str = ""
    key: str = ""

    @property
    def expected_number(self) -> str:
        return self.remote_number or self.document.number


@dataclass(frozen=True)
class Finding:
    kind: FindingKind
    field: str  # "total_gross", "issue_date", "lines", "lines[2].quantity", "" for a whole document
    local_value: Value
    remote_value: Value
    document_id: int | None = None  # None: the service has a document we never sent
    document_number: str = ""
    remote_id: str = ""
    remote_number: str = ""

    @property
    def description(self) -> str:
        where = self.document_number or f"remote {self.remote_number or self.remote_id}"
        if self.kind is FindingKind.MISSING_REMOTELY:
            return f"{where}: sent as remote id {self.remote_id or '?'}, but the service does not list it"
        if self.kind is FindingKind.UNKNOWN_LOCALLY:
            return f"{where}: the service has it, but no document here was sent as remote id {self.remote_id}"
        return f"{where}: {self.field} is {_text(self.local_value)} here, {_text(self.remote_value)} remotely"


@dataclass(frozen=True)
class ReconciliationReport:
    connection_id: int
    findings: list[Finding] = field(default_factory=list)
    compared: int = 0  # pairs of local and remote documents compared field by field
    local_count: int = 0
    remote_count: int = 0
    pulled_at: dt.datetime | None = None  # when the remote side was last pulled: how fresh the comparison is

    @property
    def clean(self) -> bool:
        return not self.findings

    def of_kind(self, kind: FindingKind) -> list[Finding]:
        return [finding for finding in self.findings if finding.kind is kind]


def reconcile_documents(
    connection_id: int,
    sent: Iterable[SentDocument],
    remote: Iterable[RemoteDocument],
    *,
    pending_keys: Collection[str] = (),
    pulled_at: dt.datetime | None = None,
) -> ReconciliationReport:
    """Every difference between the sent documents and the remote ones, local documents in id order."""
    sent_list = sorted(sent, key=lambda item: (item.document.id or 0, item.remote_id))
    remote_by_id: dict[str, RemoteDocument] = {}
    for document in remote:
        remote_by_id.setdefault(document.remote_id, document)
    findings: list[Finding] = []
    paired: set[str] = set()
    compared = 0
    for item in sent_list:
        counterpart = remote_by_id.get(item.remote_id) if item.remote_id else None
        if counterpart is None:
            missing = _finding(FindingKind.MISSING_REMOTELY, item, None, "", item.expected_number, None)
            findings.append(missing)
            continue
        paired.add(counterpart.remote_id)
        compared += 1
        findings.extend(compare_document(item, counterpart))
    for remote_id, document in sorted(remote_by_id.items(), key=lambda pair: _id_order(pair[0])):
        if remote_id in paired or (document.key and document.key in pending_keys):
            continue
        findings.append(Finding(FindingKind.UNKNOWN_LOCALLY, "", None, document.remote_number,
                                remote_id=remote_id, remote_number=document.remote_number))
    return ReconciliationReport(connection_id, findings, compared, len(sent_list), len(remote_by_id),
                                pulled_at)


def compare_document(sent: SentDocument, remote: RemoteDocument) -> list[Finding]:
    """The differences between one local document and its remote counterpart."""
    local = sent.document
    findings: list[Finding] = []

    def differ(kind: FindingKind, name: str, local_value: Value, remote_value: Value) -> None:
        findings.append(_finding(kind, sent, remote, name, local_value, remote_value))

    if sent.expected_number and sent.expected_number != remote.remote_number:
        differ(FindingKind.NUMBER, "number", sent.expected_number, remote.remote_number)
    if local.doc_type != remote.doc_type:
        differ(FindingKind.DOCUMENT_TYPE, "doc_type", str(local.doc_type), str(remote.doc_type))
    if local.currency.upper() != remote.currency.upper():
        differ(FindingKind.CURRENCY, "currency", local.currency, remote.currency)
    if local.issue_date != remote.issue_date:
        differ(FindingKind.DATE, "issue_date", local.issue_date, remote.issue_date)
    if remote.tax_point_date is not None and local.effective_tax_point != remote.tax_point_date:
        differ(FindingKind.DATE, "tax_point_date", local.effective_tax_point, remote.tax_point_date)
    if remote.due_date is not None and local.due_date is not None and local.due_date != remote.due_date:
        differ(FindingKind.DATE, "due_date", local.due_date, remote.due_date)
    totals = compute_totals(local)
    allowance = rounding_allowance(local)
    for name, mine, theirs, allowed in (
        ("total_net", totals.net, remote.total_net, Decimal(0)),
        ("total_vat", totals.vat, remote.total_vat, allowance),
        ("total_gross", totals.gross, remote.total_gross, allowance),
    ):
        if abs(mine - theirs) > allowed:
            differ(FindingKind.TOTAL, name, mine, theirs)
    for name, mine, theirs in compare_lines(local.lines, remote.lines):
        differ(FindingKind.LINES, name, mine, theirs)
    return findings


def rounding_allowance(document: Document) -> Decimal:
    """How far VAT may differ only because the service rounds per rate and the document per line."""
    if document.rounding is not RoundingMode.PER_LINE:
        return Decimal(0)
    return Decimal(len(document.lines)).scaleb(-currency_exponent(document.currency))


def compare_lines(local: list[DocumentLine], remote: list[DocumentLine]) -> list[tuple[str, Value, Value]]:
    """(field, local value, remote value) for each line difference; a different count is one difference."""
    if len(remote) == len(local):
        return _compare_pairs(local, remote, with_discount=True)
    expanded = _with_discount_lines(local)
    if len(remote) == len(expanded[0]):
        return _compare_pairs(expanded[0], remote, with_discount=False, origin=expanded[1])
    return [("lines", len(local), len(remote))]


def _compare_pairs(
    local: list[DocumentLine],
    remote: list[DocumentLine],
    *,
    with_discount: bool,
    origin: list[int] | None = None,
) -> list[tuple[str, Value, Value]]:
    differences: list[tuple[str, Value, Value]] = []
    for index, (mine, theirs) in enumerate(zip(local, remote, strict=True)):
        where = f"lines[{origin[index] if origin else index}]"
        if mine.quantity != theirs.quantity:
            differences.append((f"{where}.quantity", mine.quantity, theirs.quantity))
        if mine.unit_price != theirs.unit_price:
            differences.append((f"{where}.unit_price", mine.unit_price, theirs.unit_price))
        if not _same_rate(mine, theirs):
            differences.append((f"{where}.vat_rate", mine.vat_rate, theirs.vat_rate))
        if with_discount and mine.discount != theirs.discount:
            differences.append((f"{where}.discount", mine.discount, theirs.discount))
    return differences


def _same_rate(local: DocumentLine, remote: DocumentLine) -> bool:
    if local.vat_rate == remote.vat_rate:
        return True
    # Services without categories carry no rate on a line that bears no VAT of theirs.
    return VatCategory(local.vat_category) is not VatCategory.STANDARD and remote.vat_rate == 0


def _with_discount_lines(lines: list[DocumentLine]) -> tuple[list[DocumentLine], list[int]]:
    """The lines as a service without discounts holds them, and which local line each came from."""
    expanded: list[DocumentLine] = []
    origin: list[int] = []
    for index, line in enumerate(lines):
        expanded.append(line)
        origin.append(index)
        if line.discount:
            # Same sign rule as the line: a credit note's negative quantity turns the discount positive.
            sign = -1 if line.quantity >= 0 else 1
            expanded.append(DocumentLine(name=line.name, quantity=Decimal(1), unit_price=sign * line.discount,
                                         vat_rate=line.vat_rate, vat_category=line.vat_category))
            origin.append(index)
    return expanded, origin


def _finding(
    kind: FindingKind,
    sent: SentDocument,
    remote: RemoteDocument | None,
    name: str,
    local_value: Value,
    remote_value: Value,
) -> Finding:
    return Finding(
        kind,
        name,
        local_value,
        remote_value,
        document_id=sent.document.id,
        document_number=sent.document.number,
        remote_id=remote.remote_id if remote is not None else sent.remote_id,
        remote_number=remote.remote_number if remote is not None else sent.remote_number,
    )


def _id_order(remote_id: str) -> tuple[int, int, str]:
    # Numeric ids in numeric order (most services count), others after them in text order.
    return (0, int(remote_id), "") if remote_id.isdigit() else (1, 0, remote_id)


def _text(value: Value) -> str:
    if value is None or value == "":
        return "(none)"
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)
