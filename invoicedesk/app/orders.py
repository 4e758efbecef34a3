"""Orders of a company: the paged list and one order with its lines."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from invoicedesk.app.context import AppContext
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.core.documents import Order
from invoicedesk.core.money import currency_exponent
from invoicedesk.store.repositories.orders import ORDER_SORT_COLUMNS, OrderRepository

ORDER_SORT_KEYS = tuple(ORDER_SORT_COLUMNS)


@dataclass(frozen=True)
class OrderRow:
    id: int
    external_id: str
    order_date: dt.date
    buyer_name: str
    status: str
    payment_status: str
    payment_method: str
    shipping_method: str
    currency: str
    total_gross: Decimal
    line_count: int


def list_orders(ctx: AppContext, company_id: int, page: PageRequest) -> Page[OrderRow]:
    """Sort keys: "external_id", "order_date" (default), "buyer_name", "status", "total_gross"."""
    request = page.checked(ORDER_SORT_KEYS)
    with ctx.database.read_session() as session:
        rows, total = OrderRepository(session).page(
            company_id,
            offset=request.offset,
            limit=request.limit,
            sort=request.sort,
            descending=request.descending,
            search=request.search,
        )
    return Page(rows=[_order_row(row._asdict()) for row in rows], total=total, offset=request.offset)


def _order_row(values: dict[str, object]) -> OrderRow:
    # The total was rounded to the currency's places when it was stored; show it with exactly those places.
    places = Decimal(1).scaleb(-currency_exponent(str(values["currency"])))
    return OrderRow(**{**values, "total_gross": Decimal(values["total_gross"]).quantize(places)})  # type: ignore[arg-type]


def get_order(ctx: AppContext, order_id: int) -> Order:
    with ctx.database.read_session() as session:
        order = OrderRepository(session).get(order_id)
    if order is None:
        raise LookupError(f"There is no order with id {order_id}.")
    return order
