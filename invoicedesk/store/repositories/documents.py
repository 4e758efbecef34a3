"""Issued documents, their lines, and the party snapshots they carry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from invoicedesk.core.documents import (
    Address,
    BankAccount,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentReference,
    DocumentType,
    RoundingMode,
    VatCategory,
)
from invoicedesk.core.totals import compute_totals
from invoicedesk.store.models import DocumentLineModel, DocumentModel
from invoicedesk.store.paging import fetch_page, search_filter
from invoicedesk.store.repositories.orders import buyer_from_snapshot, buyer_snapshot

DOCUMENT_SORT_COLUMNS = {
    "number": DocumentModel.number,
    "issue_date": DocumentModel.issue_date,
    "doc_type": DocumentModel.doc_type,
    "total_gross": DocumentModel.total_gross,
    "status": DocumentModel.status,
}


@dataclass(frozen=True)
class DocumentRow:
    id: int
    doc_type: str
    number: str
    issue_date: dt.date
    buyer_name: str
    currency: str
    total_gross: Decimal
    status: str


def seller_snapshot(company: Company) -> dict[str, Any]:
    """The seller as it stood on the day of issue; later edits of the company must not rewrite it."""
    return {
        "id": company.id,
        "name": company.name,
        "country": str(company.country),
        "street": company.address.street,
        "city": company.address.city,
        "postal_code": company.address.postal_code,
        "address_country": company.address.country,
        "region": company.address.region,
        "registration_id": company.registration_id,
        "vat_id": company.vat_id,
        "local_tax_id": company.local_tax_id,
        "email": company.email,
        "phone": company.phone,
        "is_vat_payer": company.is_vat_payer,
        "default_currency": company.default_currency,
        "bank_accounts": [
            {"iban": a.iban, "bic": a.bic, "name": a.name, "currency": a.currency}
            for a in company.bank_accounts
        ],
    }


def seller_from_snapshot(data: dict[str, Any]) -> Company:
    return Company(
        id=data.get("id"),
        name=data.get("name", ""),
        country=Country(data.get("country", "CZ")),
        address=Address(
            street=data.get("street", ""),
            city=data.get("city", ""),
            postal_code=data.get("postal_code", ""),
            country=data.get("address_country", ""),
            region=data.get("region", ""),
        ),
        registration_id=data.get("registration_id", ""),
        vat_id=data.get("vat_id", ""),
        local_tax_id=data.get("local_tax_id", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        is_vat_payer=bool(data.get("is_vat_payer", True)),
        default_currency=data.get("default_currency", ""),
        bank_accounts=[BankAccount(**account) for account in data.get("bank_accounts", [])],
    )


def document_from_model(row: DocumentModel) -> Document:
    corrects = None
    if row.corrects_number:
        corrects = DocumentReference(
            number=row.corrects_number,
            issue_date=row.corrects_issue_date or row.issue_date,
            document_id=row.corrects_document_id,
        )
    return Document(
        id=row.id,
        doc_type=DocumentType(row.doc_type),
        number=row.number,
        series_id=row.series_id,
        issue_date=row.issue_date,
        tax_point_date=row.tax_point_date,
        due_date=row.due_date,
        seller=seller_from_snapshot(row.seller),
        buyer=buyer_from_snapshot(row.buyer, client_id=row.client_id, company_id=row.company_id),
        currency=row.currency,
        exchange_rate=row.exchange_rate,
        payment_method=row.payment_method,
        rounding=RoundingMode(row.rounding),
        corrects=corrects,
        correction_reason=row.correction_reason,
        note=row.note,
        order_external_id=row.order_external_id,
        variable_symbol=row.variable_symbol,
        vat_exemption_reason=row.vat_exemption_reason,
        lines=[
            DocumentLine(
                name=line.name,
                description=line.description,
                sku=line.sku,
                quantity=line.quantity,
                unit=line.unit,
                unit_price=line.unit_price,
                vat_rate=line.vat_rate,
                vat_category=VatCategory(line.vat_category),
                discount=line.discount,
            )
            for line in row.lines
        ],
    )


class DocumentRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self, document: Document, *, company_id: int, order_id: int | None = None, status: str = "issued"
    ) -> int:
        """Store a document with its totals computed by the domain, so lists can sort by them in SQL."""
        totals = compute_totals(document)
        row = DocumentModel(
            company_id=company_id,
            doc_type=str(document.doc_type),
            number=document.number,
            series_id=document.series_id,
            issue_date=document.issue_date,
            tax_point_date=document.tax_point_date,
            due_date=document.due_date,
            currency=document.currency,
            exchange_rate=document.exchange_rate,
            payment_method=document.payment_method,
            rounding=str(document.rounding),
            corrects_document_id=document.corrects.document_id if document.corrects else None,
            corrects_number=document.corrects.number if document.corrects else "",
            corrects_issue_date=document.corrects.issue_date if document.corrects else None,
            correction_reason=document.correction_reason,
            order_id=order_id,
            order_external_id=document.order_external_id,
            client_id=document.buyer.id,
            buyer=buyer_snapshot(document.buyer),
            seller=seller_snapshot(document.seller),
            variable_symbol=document.variable_symbol,
            vat_exemption_reason=document.vat_exemption_reason,
            note=document.note,
            total_net=totals.net,
            total_vat=totals.vat,
            total_gross=totals.gross,
            status=status,
            lines=[
                DocumentLineModel(
                    position=position,
                    name=line.name,
                    description=line.description,
                    sku=line.sku,
                    quantity=line.quantity,
                    unit=line.unit,
                    unit_price=line.unit_price,
                    vat_rate=line.vat_rate,
                    vat_category=str(line.vat_category),
                    discount=line.discount,
                )
                for position, line in enumerate(document.lines)
            ],
        )
        self.session.add(row)
        self.session.flush()
        return row.id

    def get(self, document_id: int) -> Document | None:
        row = self.session.get(DocumentModel, document_id, options=[selectinload(DocumentModel.lines)])
        return document_from_model(row) if row else None

    def company_id_of(self, document_id: int) -> int | None:
        return self.session.scalar(select(DocumentModel.company_id).where(DocumentModel.id == document_id))

    def find_by_number(self, company_id: int, number: str) -> Document | None:
        row = self.session.scalars(
            select(DocumentModel)
            .where(DocumentModel.company_id == company_id, DocumentModel.number == number)
            .options(selectinload(DocumentModel.lines))
        ).first()
        return document_from_model(row) if row else None

    def page(
        self, company_id: int, *, sort: str, descending: bool, search: str, offset: int, limit: int
    ) -> tuple[list[DocumentRow], int]:
        statement = select(
            DocumentModel.id,
            DocumentModel.doc_type,
            DocumentModel.number,
            DocumentModel.issue_date,
            DocumentModel.buyer,
            DocumentModel.currency,
            DocumentModel.total_gross,
            DocumentModel.status,
        ).where(DocumentModel.company_id == company_id)
        condition = search_filter([DocumentModel.number, DocumentModel.order_external_id], search)
        if condition is not None:
            statement = statement.where(condition)
        rows, total = fetch_page(
            self.session,
            statement,
            sort_column=DOCUMENT_SORT_COLUMNS.get(sort, DocumentModel.issue_date),
            tiebreak_column=DocumentModel.id,
            descending=descending if sort else True,
            offset=offset,
            limit=limit,
        )
        return [
            DocumentRow(
                id=r.id,
                doc_type=r.doc_type,
                number=r.number,
                issue_date=r.issue_date,
                buyer_name=(r.buyer or {}).get("name", ""),
                currency=r.currency,
                total_gross=r.total_gross,
                status=r.status,
            )
            for r in rows
        ], total
