"""Documents: issuing them from orders (numbered in a local series) and reading them back."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from invoicedesk.app.context import AppContext
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.core.credit_notes import credit_note_for
from invoicedesk.core.documents import Document, DocumentLine, DocumentType, RoundingMode
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.issuing import document_from_order
from invoicedesk.store.models import NumberSeriesModel
from invoicedesk.store.repositories.companies import CompanyRepository
from invoicedesk.store.repositories.documents import DOCUMENT_SORT_COLUMNS, DocumentRepository, DocumentRow
from invoicedesk.store.repositories.orders import OrderRepository
from invoicedesk.store.series import allocate_number

DOCUMENT_SORT_KEYS = tuple(DOCUMENT_SORT_COLUMNS)


def _check_series(
    series: NumberSeriesModel | None, *, series_id: int, company_id: int, doc_type: DocumentType
) -> None:
    if series is None or series.company_id != company_id:
        raise DomainValidationError.single(
            "series_id",
            f"There is no number series {series_id} for this company",
            "Choose one of its series.",
        )
    if series.doc_type != str(doc_type):
        raise DomainValidationError.single(
            "series_id",
            f"Series {series.pattern!r} numbers {series.doc_type} documents, not {doc_type}",
            "Choose a series made for this document type.",
        )


def issue_from_order(
    ctx: AppContext,
    order_id: int,
    *,
    doc_type: DocumentType,
    series_id: int,
    issue_date: dt.date | None = None,
    due_days: int = 14,
    rounding: RoundingMode = RoundingMode.PER_RATE,
    exchange_rate: Decimal | None = None,
) -> Document:
    """Issue a document for an order. The number is allocated in the same transaction that stores the
    document, so a failure leaves neither a document nor a used number behind."""
    on = issue_date or dt.date.today()
    with ctx.database.session() as session:
        order = OrderRepository(session).get(order_id)
        if order is None:
            raise LookupError(f"There is no order with id {order_id}.")
        seller = CompanyRepository(session).get(order.company_id)
        series = session.get(NumberSeriesModel, series_id)
        _check_series(series, series_id=series_id, company_id=order.company_id, doc_type=doc_type)
        number = allocate_number(session, series_id, on)
        document = document_from_order(
            order,
            seller=seller,
            doc_type=doc_type,
            number=number,
            issue_date=on,
            due_days=due_days,
            rounding=rounding,
            exchange_rate=exchange_rate,
        )
        document = dataclasses.replace(document, series_id=series_id)
        document_id = DocumentRepository(session).add(
            document, company_id=order.company_id, order_id=order.id
        )
        return dataclasses.replace(document, id=document_id)


def issue_credit_note(
    ctx: AppContext,
    document_id: int,
    *,
    series_id: int,
    reason: str,
    issue_date: dt.date | None = None,
    lines: list[DocumentLine] | None = None,
) -> Document:
    """Credit an invoice wholly, or the given lines of it (quantities are negated by the domain, prices stay
    positive). Numbered in a credit-note series in the same transaction that stores it."""
    on = issue_date or dt.date.today()
    with ctx.database.session() as session:
        repository = DocumentRepository(session)
        original = repository.get(document_id)
        company_id = repository.company_id_of(document_id)
        if original is None or company_id is None:
            raise LookupError(f"There is no document with id {document_id}.")
        series = session.get(NumberSeriesModel, series_id)
        _check_series(series, series_id=series_id, company_id=company_id, doc_type=DocumentType.CREDIT_NOTE)
        number = allocate_number(session, series_id, on)
        credit = credit_note_for(original, number=number, issue_date=on, reason=reason, lines=lines)
        credit = dataclasses.replace(credit, series_id=series_id)
        credit_id = repository.add(credit, company_id=company_id)
        return dataclasses.replace(credit, id=credit_id)


def save_document(ctx: AppContext, document: Document, *, company_id: int) -> Document:
    """Store a document built elsewhere (manual entry, a credit note, an import); its number must be set."""
    if not document.number.strip():
        raise DomainValidationError.single(
            "number", "The document has no number", "Number it from a series first."
        )
    with ctx.database.session() as session:
        document_id = DocumentRepository(session).add(document, company_id=company_id)
    return dataclasses.replace(document, id=document_id)


def get_document(ctx: AppContext, document_id: int) -> Document:
    with ctx.database.read_session() as session:
        document = DocumentRepository(session).get(document_id)
    if document is None:
        raise LookupError(f"There is no document with id {document_id}.")
    return document


def company_of_document(ctx: AppContext, document_id: int) -> int:
    with ctx.database.read_session() as session:
        company_id = DocumentRepository(session).company_id_of(document_id)
    if company_id is None:
        raise LookupError(f"There is no document with id {document_id}.")
    return company_id


def list_documents(ctx: AppContext, company_id: int, page: PageRequest) -> Page[DocumentRow]:
    """Sort keys: "number", "issue_date" (default, newest first), "doc_type", "total_gross", "status"."""
    request = page.checked(DOCUMENT_SORT_KEYS)
    with ctx.database.read_session() as session:
        rows, total = DocumentRepository(session).page(
            company_id,
            sort=request.sort,
            descending=request.descending,
            search=request.search,
            offset=request.offset,
            limit=request.limit,
        )
    return Page(rows=rows, total=total, offset=request.offset)
