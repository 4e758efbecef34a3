"""Clients (buyers) of a company: the paged list."""

from __future__ import annotations

from dataclasses import dataclass

from invoicedesk.app.context import AppContext
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.store.repositories.clients import CLIENT_SORT_COLUMNS, ClientRepository

CLIENT_SORT_KEYS = tuple(CLIENT_SORT_COLUMNS)


@dataclass(frozen=True)
class ClientRow:
    id: int
    name: str
    registration_id: str
    vat_id: str
    email: str
    city: str
    country: str
    order_count: int


def list_clients(ctx: AppContext, company_id: int, page: PageRequest) -> Page[ClientRow]:
    """Sort keys: "name" (default), "city", "country"."""
    request = page.checked(CLIENT_SORT_KEYS)
    with ctx.database.read_session() as session:
        rows, total = ClientRepository(session).page(
            company_id,
            offset=request.offset,
            limit=request.limit,
            sort=request.sort,
            descending=request.descending,
            search=request.search,
        )
    return Page(rows=[ClientRow(**row._asdict()) for row in rows], total=total, offset=request.offset)
