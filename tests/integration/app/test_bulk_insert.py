"""Imports write orders, lines and clients with multi-row statements: exact on both engines, ids matched."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

import invoicedesk.store.repositories.orders as orders_module
from invoicedesk.core.documents import Address, Client, Order, OrderLine
from invoicedesk.store.models import ClientModel, OrderModel
from invoicedesk.store.repositories.clients import ClientRepository
from invoicedesk.store.repositories.orders import NewOrder, OrderRepository, bulk_insert, buyer_snapshot


def new_order(index: int, *, total: Decimal = Decimal("12.5")) -> NewOrder:
    buyer = Client(
        name=f"Buyer {index}", email=f"b{index}@example.com", address=Address(city="Brno", country="CZ")
    )
    quantities = [Decimal("2"), Decimal("2.0000"), Decimal("0.0001"), Decimal("-3.5")]
    order = Order(
        external_id=f"O-{index}",
        order_date=dt.date(2025, 1, 1 + index),
        currency="CZK",
        buyer=buyer,
        lines=[
            OrderLine(
                name=f"O-{index} line {position}",
                quantity=quantity,
                unit_price=Decimal("10.25"),
                vat_rate=Decimal("21"),
            )
            for position, quantity in enumerate(quantities[: 1 + index % 4])
        ],
    )
    return NewOrder(
        order=order,
        client_id=None,
        buyer_json=json.dumps(buyer_snapshot(buyer), ensure_ascii=False),
        total_gross=total + index,
        content_hash=f"{index:064x}",
        source_file="orders.csv",
    )


def test_orders_and_lines_are_written_exactly_and_matched_across_statements(
    app_context, company, monkeypatch
) -> None:
    monkeypatch.setattr(orders_module, "MAX_PARAMETERS", 40)  # two orders or four lines per statement
    batch = [new_order(index) for index in range(7)]
    with app_context.database.session() as session:
        assert OrderRepository(session).add_many(company.id, batch) == 7
    with app_context.database.read_session() as session:
        repository = OrderRepository(session)
        for item in batch:
            stored = repository.get_by_external_id(company.id, item.order.external_id)
            assert stored is not None
            assert [(line.name, line.quantity, line.unit_price) for line in stored.lines] == [
                (line.name, line.quantity, line.unit_price) for line in item.order.lines
            ]
            assert stored.order_date == item.order.order_date
            assert stored.buyer == Client(
                **{
                    **item.order.buyer.__dict__,
                    "company_id": company.id,
                }  # the snapshot keeps what the file said
            )
        totals = dict(session.execute(select(OrderModel.external_id, OrderModel.total_gross)).all())
        imported_at = session.scalars(select(OrderModel.imported_at)).first()
    assert totals == {item.order.external_id: item.total_gross for item in batch}
    assert all(isinstance(total, Decimal) for total in totals.values())
    assert imported_at is not None and imported_at.utcoffset() == dt.timedelta(0)


def test_each_value_still_goes_through_its_column_type(app_context, company) -> None:
    # ExactDecimal refuses more places than the column keeps rather than rounding them away.
    with pytest.raises(ValueError, match="decimal places"):
        with app_context.database.session() as session:
            OrderRepository(session).add_many(company.id, [new_order(1, total=Decimal("1.00001"))])
    with app_context.database.read_session() as session:
        assert session.scalars(select(OrderModel.id)).first() is None


def test_a_bulk_insert_must_name_every_column(app_context, company) -> None:
    with app_context.database.session() as session, pytest.raises(ValueError, match="created_at"):
        bulk_insert(session, ClientModel.__table__, ["company_id", "name"], [(company.id, "X")])


def test_new_clients_get_their_ids_in_order(app_context, company, monkeypatch) -> None:
    monkeypatch.setattr(orders_module, "MAX_PARAMETERS", 50)  # two clients per statement
    clients = [
        Client(
            name=f"Klient {index}",
            email=f"k{index}@example.com",
            external_id=f"K-{index}",
            is_vat_payer=False,
        )
        for index in range(5)
    ]
    with app_context.database.session() as session:
        ids = ClientRepository(session).add_many(clients, company.id)
    with app_context.database.read_session() as session:
        repository = ClientRepository(session)
        stored = [repository.get(client_id) for client_id in ids]
    assert [(client.external_id, client.name, client.is_vat_payer) for client in stored if client] == [
        (f"K-{index}", f"Klient {index}", False) for index in range(5)
    ]
    assert all(client is not None and client.company_id == company.id for client in stored)


def test_a_refused_row_raises_the_usual_database_error_and_writes_nothing(app_context, company) -> None:
    with app_context.database.session() as session:
        OrderRepository(session).add_many(company.id, [new_order(1)])
    with pytest.raises(IntegrityError) as refused:
        with app_context.database.session() as session:
            OrderRepository(session).add_many(company.id, [new_order(2), new_order(1)])  # O-1 is stored
    assert "b1@example.com" not in str(refused.value)  # rows are customer data: not in the message
    with app_context.database.read_session() as session:
        assert list(session.scalars(select(OrderModel.external_id))) == ["O-1"]
