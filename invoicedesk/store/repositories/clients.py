"""Clients (buyers) of a company."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from invoicedesk.core.documents import Address, Client
from invoicedesk.store.models import ClientModel, OrderModel
from invoicedesk.store.paging import fetch_page, search_filter
from invoicedesk.store.repositories.orders import bulk_insert
from invoicedesk.store.types import utc_now

CLIENT_SORT_COLUMNS = {
    "name": ClientModel.name,
    "city": ClientModel.city,
    "country": ClientModel.country,
}


def client_from_model(row: ClientModel) -> Client:
    return Client(
        id=row.id,
        company_id=row.company_id,
        external_id=row.external_id or "",
        name=row.name,
        address=Address(
            street=row.street,
            city=row.city,
            postal_code=row.postal_code,
            country=row.country,
            region=row.region,
        ),
        registration_id=row.registration_id,
        vat_id=row.vat_id,
        local_tax_id=row.local_tax_id,
        personal_id=row.personal_id,
        email=row.email,
        phone=row.phone,
        is_vat_payer=row.is_vat_payer,
        is_business=row.is_business,
    )


def client_values(client: Client, company_id: int) -> dict[str, Any]:
    """Column values of a new client row."""
    return {
        "company_id": company_id,
        "external_id": client.external_id or None,
        "name": client.name,
        "registration_id": client.registration_id,
        "vat_id": client.vat_id,
        "local_tax_id": client.local_tax_id,
        "personal_id": client.personal_id,
        "email": client.email,
        "phone": client.phone,
        "street": client.address.street,
        "city": client.address.city,
        "postal_code": client.address.postal_code,
        "country": client.address.country,
        "region": client.address.region,
        "is_vat_payer": client.is_vat_payer,
        "is_business": client.is_business,
    }


# client_values() in order, then the creation time.
_CLIENT_COLUMNS = (*client_values(Client(name=""), 0), "created_at")


class ClientRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, client: Client, company_id: int) -> Client:
        row = ClientModel(**client_values(client, company_id))
        self.session.add(row)
        self.session.flush()
        return client_from_model(row)

    def add_many(self, clients: list[Client], company_id: int) -> list[int]:
        """Insert clients with multi-row statements; returns their ids in the same order.

        RETURNING gives the new rows in no particular order, so ids are matched back by (name, e-mail), which
        must be unique among `clients`.
        """
        if not clients:
            return []
        keys = [(client.name, client.email) for client in clients]
        if len(set(keys)) != len(keys):
            raise ValueError("add_many needs clients with distinct (name, email) pairs")
        now = utc_now()
        rows = [(*client_values(client, company_id).values(), now) for client in clients]
        returned = bulk_insert(
            self.session,
            ClientModel.__table__,  # type: ignore[arg-type]
            _CLIENT_COLUMNS,
            rows,
            returning=("id", "name", "email"),
        )
        ids = {(name, email): client_id for client_id, name, email in returned}
        return [ids[key] for key in keys]

    def get(self, client_id: int) -> Client | None:
        row = self.session.get(ClientModel, client_id)
        return client_from_model(row) if row is not None else None

    def match_keys(self, company_id: int) -> Iterator[tuple[int, str | None, str, str, str]]:
        """(id, external_id, vat_id, name, email) of every client of the company, for matching buyers."""
        statement = select(
            ClientModel.id, ClientModel.external_id, ClientModel.vat_id, ClientModel.name, ClientModel.email
        ).where(ClientModel.company_id == company_id)
        for row in self.session.execute(statement):
            yield row.id, row.external_id, row.vat_id, row.name, row.email

    def set_external_id(self, client_id: int, external_id: str) -> None:
        row = self.session.get(ClientModel, client_id)
        if row is not None:
            row.external_id = external_id
            self.session.flush()

    def page(
        self, company_id: int, *, offset: int, limit: int, sort: str, descending: bool, search: str
    ) -> tuple[list[Row[Any]], int]:
        """Rows with id, name, registration_id, vat_id, email, city, country, order_count."""
        order_count = (
            select(func.count(OrderModel.id))
            .where(OrderModel.client_id == ClientModel.id)
            .correlate(ClientModel)
            .scalar_subquery()
            .label("order_count")
        )
        statement = select(
            ClientModel.id,
            ClientModel.name,
            ClientModel.registration_id,
            ClientModel.vat_id,
            ClientModel.email,
            ClientModel.city,
            ClientModel.country,
            order_count,
        ).where(ClientModel.company_id == company_id)
        condition = search_filter(
            [
                ClientModel.name,
                ClientModel.vat_id,
                ClientModel.registration_id,
                ClientModel.email,
                ClientModel.city,
                ClientModel.external_id,
            ],
            search,
        )
        if condition is not None:
            statement = statement.where(condition)
        return fetch_page(
            self.session,
            statement,
            sort_column=CLIENT_SORT_COLUMNS[sort or "name"],
            tiebreak_column=ClientModel.id,
            descending=descending,
            offset=offset,
            limit=limit,
        )
