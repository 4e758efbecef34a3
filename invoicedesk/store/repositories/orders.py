"""Orders and their lines, and the bulk insert that imports write them with."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from itertools import chain
from typing import Any, NamedTuple

from sqlalchemy import Connection, Dialect, Row, Table, bindparam, insert, select
from sqlalchemy.exc import DBAPIError
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


class NewOrder(NamedTuple):
    """An order ready to be written: the domain order plus what the store keeps beside it."""

    order: Order
    client_id: int | None
    buyer_json: str  # buyer_snapshot(order.buyer) as JSON text
    total_gross: Decimal
    content_hash: str
    source_file: str


# Most bound parameters in one statement: far below SQLite's limit (32766) and PostgreSQL's (65535).
MAX_PARAMETERS = 10_000
_NAMED_PARAMETER = re.compile(r"%\((\w+)\)s")


@dataclass(frozen=True)
class _InsertTemplate:
    head: str  # INSERT INTO table (columns)
    group: str  # one row's "(?, ?, …)" with positional placeholders
    order: tuple[int, ...]  # the caller's column positions in placeholder order
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (column position, bind processor)


@functools.lru_cache(maxsize=32)
def _insert_template(
    dialect: Dialect, table: Table, columns: tuple[str, ...], ready: frozenset[str]
) -> _InsertTemplate:
    given = set(columns)
    missing = sorted(c.name for c in table.columns if not c.primary_key and c.name not in given)
    if missing:  # a Python-side column default would be skipped silently
        raise ValueError(f"bulk insert into {table.name} needs every column; missing: {', '.join(missing)}")
    statement = insert(table).values({name: bindparam(name, type_=table.c[name].type) for name in columns})
    compiled = statement.compile(dialect=dialect, for_executemany=True)
    head, separator, group = str(compiled).partition(" VALUES ")
    if not separator or not (group.startswith("(") and group.endswith(")")):
        raise RuntimeError(f"unexpected INSERT shape for {table.name}: {compiled}")
    if dialect.positional:
        names = list(compiled.positiontup or ())
    else:  # pyformat (psycopg): rewrite %(name)s, which psycopg also accepts positionally as %s
        names = _NAMED_PARAMETER.findall(group)
        group = _NAMED_PARAMETER.sub("%s", group)
    if sorted(names) != sorted(columns):
        raise RuntimeError(f"unexpected parameters for {table.name}: {names}")
    processors = []
    for position, name in enumerate(columns):
        if name in ready:
            continue
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            processors.append((position, process))
    return _InsertTemplate(head, group, tuple(columns.index(name) for name in names), tuple(processors))


def bulk_insert(
    session: Session,
    table: Table,
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    returning: Sequence[str] = (),
    ready: Collection[str] = (),
) -> list[tuple[Any, ...]]:
    """Insert `rows` (values in `columns` order) with multi-row INSERTs; returns the `returning` columns of
    the new rows, in no particular order.

    Every column but the primary key must be given. Each value still goes through its column type's bind
    processing (exact money, UTC timestamps, SQLite dates), but once per distinct value of a column: an import
    repeats the same dates, rates and prices on thousands of rows, and SQLAlchemy's generic per-row parameter
    handling costs more than the insert itself. Columns in `ready` hold values already in the driver's form
    (such as JSON text for a JSON column) and are passed through unchanged.
    """
    if not rows:
        return []
    connection = session.connection()
    dialect = connection.dialect
    template = _insert_template(dialect, table, tuple(columns), frozenset(ready))
    values = [list(column) for column in zip(*rows, strict=True)]
    for position, process in template.processors:
        values[position] = _processed(process, values[position])
    ordered = list(zip(*(values[position] for position in template.order), strict=True))
    preparer = dialect.identifier_preparer
    suffix = " RETURNING " + ", ".join(preparer.format_column(table.c[name]) for name in returning)
    one_row = f"{template.head} VALUES {template.group}"
    with _database_errors(one_row, dialect):
        if dialect.driver == "psycopg":
            return _insert_each(connection, one_row, ordered, suffix, returning)
        per_statement = max(1, MAX_PARAMETERS // len(columns))
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(ordered), per_statement):
            chunk = ordered[start : start + per_statement]
            sql = f"{template.head} VALUES {', '.join([template.group] * len(chunk))}"
            parameters = tuple(chain.from_iterable(chunk))
            if returning:
                found.extend(tuple(row) for row in connection.exec_driver_sql(sql + suffix, parameters))
            else:
                connection.exec_driver_sql(sql, parameters)
        return found


@contextmanager
def _database_errors(statement: str, dialect: Dialect) -> Iterator[None]:
    """A failed insert raises SQLAlchemy's usual exception (IntegrityError, …) naming the one-row statement
    and no values: the statement sent repeats its row hundreds of times, and the values are customer data."""
    driver_error = dialect.loaded_dbapi.Error
    try:
        yield
    except DBAPIError as error:
        raise DBAPIError.instance(statement, None, error.orig, driver_error) from None
    except driver_error as error:
        raise DBAPIError.instance(statement, None, error, driver_error) from None


def _insert_each(
    connection: Connection, sql: str, rows: list[tuple[Any, ...]], suffix: str, returning: Sequence[str]
) -> list[tuple[Any, ...]]:
    """psycopg 3: the one-row statement for every row, sent in one pipeline. A multi-row statement would be
    slower there: psycopg parses a query's text in Python on every execution unless the query is short."""
    cursor = connection.connection.cursor()
    try:
        cursor.executemany(sql + suffix if returning else sql, rows, returning=bool(returning))
        found: list[tuple[Any, ...]] = []
        while returning:
            found.extend(tuple(row) for row in cursor.fetchall())
            if not cursor.nextset():
                break
        return found
    finally:
        cursor.close()


def _processed(process: Callable[[Any], Any], values: list[Any]) -> list[Any]:
    # Bind processors are pure functions of the value, and equal values (Decimal("2") and Decimal("2.0"))
    # bind alike, so each distinct value is processed once.
    try:
        distinct = set(values)
    except TypeError:  # unhashable values (dicts for a JSON column): one by one
        return [process(value) for value in values]
    done = {value: process(value) for value in distinct}
    return list(map(done.__getitem__, values))


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


_ORDER_COLUMNS = (
    "company_id",
    "client_id",
    "external_id",
    "order_date",
    "currency",
    "status",
    "payment_status",
    "payment_method",
    "shipping_method",
    "note",
    "buyer_name",
    "buyer",
    "total_gross",
    "line_count",
    "content_hash",
    "source_file",
    "imported_at",
)
_LINE_COLUMNS = (
    "order_id",
    "position",
    "name",
    "sku",
    "quantity",
    "unit",
    "unit_price",
    "vat_rate",
    "price_includes_vat",
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

    def has_orders(self, company_id: int) -> bool:
        statement = select(OrderModel.id).where(OrderModel.company_id == company_id).limit(1)
        return self.session.execute(statement).first() is not None

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
        """Insert orders and their lines with multi-row statements; returns how many orders were written."""
        batch = list(orders)
        if not batch:
            return 0
        now = utc_now()
        order_rows = [
            (
                company_id,
                item.client_id,
                item.order.external_id,
                item.order.order_date,
                item.order.currency,
                item.order.status,
                str(item.order.payment_status),
                item.order.payment_method,
                item.order.shipping_method,
                item.order.note,
                item.order.buyer.name,
                item.buyer_json,
                item.total_gross,
                len(item.order.lines),
                item.content_hash,
                item.source_file,
                now,
            )
            for item in batch
        ]
        # RETURNING gives the new rows in no particular order; the external id is unique per company, so it
        # matches each id back to its order.
        returned = bulk_insert(
            self.session,
            OrderModel.__table__,  # type: ignore[arg-type]
            _ORDER_COLUMNS,
            order_rows,
            returning=("id", "external_id"),
            ready=("buyer",),
        )
        by_external_id = {external_id: order_id for order_id, external_id in returned}
        ids = [by_external_id[item.order.external_id] for item in batch]
        line_rows = [
            (
                order_id,
                position,
                line.name,
                line.sku,
                line.quantity,
                line.unit,
                line.unit_price,
                line.vat_rate,
                line.price_includes_vat,
            )
            for order_id, item in zip(ids, batch, strict=True)
            for position, line in enumerate(item.order.lines, start=1)
        ]
        bulk_insert(self.session, OrderLineModel.__table__, _LINE_COLUMNS, line_rows)  # type: ignore[arg-type]
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
