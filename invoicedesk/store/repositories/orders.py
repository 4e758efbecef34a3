"""Orders and their lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, insert, select
from sqlalchemy.orm import Session, selectinload

from invoicedesk.core.documents import Address, Client, Order, OrderLine, PaymentStatus
from invoicedesk.store.models import OrderLineModel, OrderModel
from invoicedesk.store.paging import fetch_page, search_filter
from invoicedesk.store.types import utc_now

ORDER_SORT_COLUMNS = {
    "external_id": OrderModel.external_id,
    "order_date": OrderModel.order_date,
    "buyer_name": OrderModel.buyer_name,
    "status": OrderModel.status,
    "total_gross": OrderModel.total_gross,
}


@dataclass(frozen=True)
class ExistingOrder:
    id: int
    content_hash: str
    source_file: str
    imported_at: dt.datetime


@dataclass(frozen=True)
class NewOrder:
    """An order ready to be written: the domain order plus what the store keeps beside it."""

    order: Order
    client_id: int | None
    buyer_snapshot: dict[str, Any]
    total_gross: Decimal
    content_hash: str
    source_file: str


def buyer_snapshot(buyer: Client) -> dict[str, Any]:
    """The buyer as JSON-safe data, stored with the order so later edits of the client do not rewrite it."""
    return {
        "external_id": buyer.external_id,
        "name": buyer.name,
        "registration_id": buyer.registration_id,
        "vat_id": buyer.vat_id,
        "local_tax_id": buyer.local_tax_id,
        "personal_id": buyer.personal_id,
        "email": buyer.email,
        "phone": buyer.phone,
        "street": buyer.address.street,
        "city": buyer.address.city,
        "postal_code": buyer.address.postal_code,
        "country": buyer.address.country,
        "region": buyer.address.region,
        "is_vat_payer": buyer.is_vat_payer,
        "is_business": buyer.is_business,
    }


def buyer_from_snapshot(data: dict[str, Any], *, client_id: int | None, company_id: int) -> Client:
    return Client(
        id=client_id,
        company_id=company_id,
        external_id=data.get("external_id", ""),
        name=data.get("name", ""),
        address=Address(
            street=data.get("street", ""),
            city=data.get("city", ""),
            postal_code=data.get("postal_code", ""),
            country=data.get("country", ""),
            region=data.get("region", ""),
        ),
        registration_id=data.get("registration_id", ""),
        vat_id=data.get("vat_id", ""),
        local_tax_id=data.get("local_tax_id", ""),
        personal_id=data.get("personal_id", ""),
        email=data.get("email", ""),
        phone=data.get("phone", ""),
        is_vat_payer=bool(data.get("is_vat_payer", True)),
        is_business=bool(data.get("is_business", True)),
    )


def order_from_model(row: OrderModel) -> Order:
    return Order(
        id=row.id,
        company_id=row.company_id,
        external_id=row.external_id,
        order_date=row.order_date,
        currency=row.currency,
        status=row.status,
        payment_status=PaymentStatus(row.payment_status),
        payment_method=row.payment_method,
        shipping_method=row.shipping_method,
        note=row.note,
        buyer=buyer_from_snapshot(row.buyer, client_id=row.client_id, company_id=row.company_id),
        lines=[
            OrderLine(
                name=line.name,
                quantity=line.quantity,
                unit_price=line.unit_price,
                vat_rate=line.vat_rate,
                unit=line.unit,
                sku=line.sku,
                price_includes_vat=line.price_includes_vat,
            )
            for line in row.lines
        ],
    )


class OrderRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, order_id: int) -> Order | None:
        row = self.session.get(OrderModel, order_id, options=[selectinload(OrderModel.lines)])
        return order_from_model(row) if row is not None else None

    def get_by_external_id(self, company_id: int, external_id: str) -> Order | None:
        row = self.session.scalars(
            select(OrderModel)
            .options(selectinload(OrderModel.lines))
            .where(OrderModel.company_id == company_id, OrderModel.external_id == external_id)
        ).one_or_none()
        return order_from_model(row) if row is not None else None

    def existing(self, company_id: int, external_ids: Sequence[str]) -> dict[str, ExistingOrder]:
        """The orders among `external_ids` that the company already has."""
        found: dict[str, ExistingOrder] = {}
        chunk = 500  # stays far below every engine's limit on bound parameters
        for start in range(0, len(external_ids), chunk):
            statement = select(
                OrderModel.external_id,
                OrderModel.id,
                OrderModel.content_hash,
                OrderModel.source_file,
                OrderModel.imported_at,
            ).where(
                OrderModel.company_id == company_id,
                OrderModel.external_id.in_(external_ids[start : start + chunk]),
            )
            for row in self.session.execute(statement):
                found[row.external_id] = ExistingOrder(
                    row.id, row.content_hash, row.source_file, row.imported_at
                )
        return found

    def add_many(self, company_id: int, orders: Iterable[NewOrder]) -> int:
        """Insert orders and their lines in two multi-row statements; returns how many orders were written."""
        batch = list(orders)
        if not batch:
            return 0
        now = utc_now()
        order_values = [
            {
                "company_id": company_id,
                "client_id": item.client_id,
                "external_id": item.order.external_id,
                "order_date": item.order.order_date,
                "currency": item.order.currency,
                "status": item.order.status,
                "payment_status": str(item.order.payment_status),
                "payment_method": item.order.payment_method,
                "shipping_method": item.order.shipping_method,
                "note": item.order.note,
                "buyer_name": item.order.buyer.name,
                "buyer": item.buyer_snapshot,
                "total_gross": item.total_gross,
                "line_count": len(item.order.lines),
                "content_hash": item.content_hash,
                "source_file": item.source_file,
                "imported_at": now,
            }
            for item in batch
        ]
        # RETURNING gives no row order on a multi-row insert (asking SQLAlchemy for one makes it insert row by
        # row); the external id is unique per company, so it matches each id back to its order.
        table = OrderModel.__table__
        returned = self.session.execute(
            insert(table).returning(table.c.id, table.c.external_id), order_values
        ).all()
        by_external_id = {row.external_id: row.id for row in returned}
        ids = [by_external_id[item.order.external_id] for item in batch]
        line_values = [
            {
                "order_id": order_id,
                "position": position,
                "name": line.name,
                "sku": line.sku,
                "quantity": line.quantity,
                "unit": line.unit,
                "unit_price": line.unit_price,
                "vat_rate": line.vat_rate,
                "price_includes_vat": line.price_includes_vat,
            }
            for order_id, item in zip(ids, batch, strict=True)
            for position, line in enumerate(item.order.lines, start=1)
        ]
        if line_values:
            self.session.execute(insert(OrderLineModel.__table__), line_values)
        return len(ids)

    def page(
        self, company_id: int, *, offset: int, limit: int, sort: str, descending: bool, search: str
    ) -> tuple[list[Row[Any]], int]:
        """Rows with the columns of app.orders.OrderRow."""
        statement = select(
            OrderModel.id,
            OrderModel.external_id,
            OrderModel.order_date,
            OrderModel.buyer_name,
            OrderModel.status,
            OrderModel.payment_status,
            OrderModel.payment_method,
            OrderModel.shipping_method,
            OrderModel.currency,
            OrderModel.total_gross,
            OrderModel.line_count,
        ).where(OrderModel.company_id == company_id)
        condition = search_filter([OrderModel.external_id, OrderModel.buyer_name, OrderModel.status], search)
        if condition is not None:
            statement = statement.where(condition)
        return fetch_page(
            self.session,
            statement,
            sort_column=ORDER_SORT_COLUMNS[sort or "order_date"],
            tiebreak_column=OrderModel.id,
            descending=descending,
            offset=offset,
            limit=limit,
        )
