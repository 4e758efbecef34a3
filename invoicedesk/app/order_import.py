"""Importing orders from a CSV or JSON file: all of the file or nothing.

The file is streamed (csv module / ijson) and written in batches inside ONE transaction. Any problem anywhere
rolls the whole import back and returns every problem found (up to MAX_PROBLEMS). Orders are keyed by company
and order id: importing the same file again creates nothing, and an order id that is already stored with
different content is a problem, because silently keeping either version could lose a change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from invoicedesk.app.context import AppContext
from invoicedesk.app.import_problems import ImportProblem
from invoicedesk.app.order_sources import OrderSource, RawOrder, SourceError, open_source
from invoicedesk.app.order_validation import OrderValidator, ValidatedOrder, differences
from invoicedesk.core.documents import Client, Company
from invoicedesk.store.repositories.clients import ClientRepository
from invoicedesk.store.repositories.companies import CompanyRepository
from invoicedesk.store.repositories.orders import NewOrder, OrderRepository

__all__ = ["MAX_PROBLEMS", "ImportProblem", "ImportResult", "import_orders"]

log = logging.getLogger(__name__)

MAX_PROBLEMS = 100
BATCH_SIZE = 1000


@dataclass(frozen=True)
class ImportResult:
    file: str
    orders_created: int
    orders_already_present: int
    lines_read: int
    problems: list[ImportProblem]  # non-empty => nothing was imported

    @property
    def succeeded(self) -> bool:
        return not self.problems


class _Rollback(Exception):
    """Raised inside the import transaction to undo it after problems were found."""


@dataclass
class _Problems:
    file: str
    kept: list[ImportProblem] = field(default_factory=list)
    total: int = 0

    @property
    def full(self) -> bool:
        """True once no further problem would be shown (only counted)."""
        return len(self.kept) >= MAX_PROBLEMS

    def add(self, problems: Iterable[ImportProblem]) -> None:
        for problem in problems:
            self.total += 1
            if len(self.kept) < MAX_PROBLEMS:
                self.kept.append(problem)

    def report(self) -> list[ImportProblem]:
        if self.total <= len(self.kept):
            return list(self.kept)
        more = self.total - len(self.kept)
        return [
            *self.kept,
            ImportProblem(
                self.file,
                0,
                "",
                f"… and {more} more problems",
                "Fix the problems above and import again to see the rest.",
            ),
        ]


class _ClientRef:
    """A buyer's client row: an existing id, or a new client that gets its id when its batch is written."""

    def __init__(self, client_id: int | None = None, new: Client | None = None) -> None:
        self.id = client_id
        self.new = new


class _ClientIndex:
    """Matches buyers to clients: by the buyer's external id, else VAT id, else name + e-mail."""

    def __init__(self, rows: Iterable[tuple[int, str | None, str, str, str]]) -> None:
        self.by_external: dict[str, _ClientRef] = {}
        self.by_vat: dict[str, _ClientRef] = {}
        self.by_name_email: dict[tuple[str, str], _ClientRef] = {}
        for client_id, external_id, vat_id, name, email in rows:
            self._register(_ClientRef(client_id), external_id or "", vat_id, name, email)

    def _register(self, ref: _ClientRef, external_id: str, vat_id: str, name: str, email: str) -> None:
        if external_id:
            self.by_external.setdefault(external_id, ref)
        if vat_id:
            self.by_vat.setdefault(vat_id.upper(), ref)
        self.by_name_email.setdefault((name.casefold(), email.casefold()), ref)

    def resolve(self, buyer: Client) -> _ClientRef:
        ref = (
            (self.by_external.get(buyer.external_id) if buyer.external_id else None)
            or (self.by_vat.get(buyer.vat_id.upper()) if buyer.vat_id else None)
            or self.by_name_email.get((buyer.name.casefold(), buyer.email.casefold()))
        )
        if ref is None:
            ref = _ClientRef(new=buyer)
            self._register(ref, buyer.external_id, buyer.vat_id, buyer.name, buyer.email)
        return ref


def import_orders(
    ctx: AppContext, path: Path, company_id: int, *, progress: Callable[[int], None] | None = None
) -> ImportResult:
    """Import every order of `path` (.json = JSON, anything else = CSV) into the company, or none.

    `progress`, if given, is called with the number of orders read so far after every batch.
    """
    path = Path(path)
    problems = _Problems(path.name)
    counts = {"created": 0, "present": 0, "lines": 0}
    if not path.is_file():
        problems.add(
            [
                ImportProblem(
                    path.name,
                    0,
                    "",
                    f"The file {path} does not exist or is not a file",
                    "Check the path and try again.",
                )
            ]
        )
        return _result(path, counts, problems)
    try:
        with ctx.database.session() as session:
            company = CompanyRepository(session).get(company_id)
            if company is None:
                raise LookupError(f"There is no company with id {company_id}.")
            _import(session, company, open_source(path), problems, counts, progress)
            if problems.total:
                raise _Rollback
    except _Rollback:
        counts["created"] = 0
    except SourceError as error:
        problems.add([ImportProblem(path.name, error.row, error.field, error.message, error.hint)])
        counts["created"] = 0
    except OSError as error:
        problems.add(
            [
                ImportProblem(
                    path.name,
                    0,
                    "",
                    f"The file cannot be read: {error.strerror or error}",
                    "Check that it exists and that you may read it.",
                )
            ]
        )
        counts["created"] = 0
    result = _result(path, counts, problems)
    log.info(
        "Import of %s: %d created, %d already present, %d problems",
        path.name,
        result.orders_created,
        result.orders_already_present,
        problems.total,
    )
    return result


def _result(path: Path, counts: dict[str, int], problems: _Problems) -> ImportResult:
    return ImportResult(path.name, counts["created"], counts["present"], counts["lines"], problems.report())


def _batches(source: OrderSource, size: int) -> Iterator[list[RawOrder]]:
    batch: list[RawOrder] = []
    for raw in source:
        batch.append(raw)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _import(
    session: Session,
    company: Company,
    source: OrderSource,
    problems: _Problems,
    counts: dict[str, int],
    progress: Callable[[int], None] | None,
) -> None:
    assert company.id is not None
    orders = OrderRepository(session)
    clients = _ClientIndex(ClientRepository(session).match_keys(company.id))
    validator = OrderValidator(source, company)
    # Orders of a company that had none when the import began can only come from this file (duplicates within
    # it are caught below; the unique key guards the rest), so its batches need no lookup of stored orders.
    check_stored = orders.has_orders(company.id)
    read = 0
    for batch in _batches(source, BATCH_SIZE):
        valid = _checked(batch, validator, problems, counts)
        read += len(batch)
        if check_stored:
            valid = _skip_already_present(orders, company.id, valid, source, problems, counts)
        if not problems.total:
            counts["created"] += _write(session, clients, company.id, valid, source.file_name)
        if progress is not None:
            progress(read)


def _checked(
    batch: list[RawOrder], validator: OrderValidator, problems: _Problems, counts: dict[str, int]
) -> list[ValidatedOrder]:
    """The orders of `batch` that pass every check (an order id given twice is the source's problem);
    the others' problems go to `problems`."""
    valid: list[ValidatedOrder] = []
    for raw in batch:
        counts["lines"] += len(raw.lines)
        checked, found = validator.validate(raw)
        if checked is not None:
            valid.append(checked)
        else:
            problems.add(found)
    return valid


def _skip_already_present(
    orders: OrderRepository,
    company_id: int,
    batch: list[ValidatedOrder],
    source: OrderSource,
    problems: _Problems,
    counts: dict[str, int],
) -> list[ValidatedOrder]:
    existing = orders.existing(company_id, [item.order.external_id for item in batch])
    new = []
    for item in batch:
        stored = existing.get(item.order.external_id)
        if stored is None:
            new.append(item)
        elif stored.content_hash == item.content_hash:
            counts["present"] += 1
        else:
            external_id = item.order.external_id
            message = (
                f"Order {external_id!r} here differs from order {external_id!r} already imported from "
                f"{stored.source_file or 'another file'} on {stored.imported_at:%Y-%m-%d} (id {stored.id})"
            )
            if not problems.full:  # loading the stored order to say what differs is worth it only if shown
                stored_order = orders.get(stored.id)
                changed = differences(item.order, stored_order) if stored_order is not None else ["details"]
                message += ": " + "; ".join(changed)
            hint = (
                "If the order really changed, give the new version its own order id or delete the stored "
                "order first; otherwise import the file the order came from unchanged."
            )
            problems.add([ImportProblem(source.file_name, item.row, source.label("order_id"), message, hint)])
    return new


def _write(
    session: Session, clients: _ClientIndex, company_id: int, batch: list[ValidatedOrder], file_name: str
) -> int:
    refs = [clients.resolve(item.order.buyer) for item in batch]
    pending: dict[int, _ClientRef] = {}
    for ref in refs:
        if ref.id is None and ref.new is not None:
            pending.setdefault(id(ref), ref)
    new_clients = [ref.new for ref in pending.values() if ref.new is not None]
    ids = ClientRepository(session).add_many(new_clients, company_id)
    for ref, client_id in zip(pending.values(), ids, strict=True):
        ref.id, ref.new = client_id, None
    return OrderRepository(session).add_many(
        company_id,
        (
            NewOrder(
                order=item.order,
                client_id=ref.id,
                buyer_json=item.buyer_json,
                total_gross=item.total_gross,
                content_hash=item.content_hash,
                source_file=file_name,
            )
            for item, ref in zip(batch, refs, strict=True)
        ),
    )
