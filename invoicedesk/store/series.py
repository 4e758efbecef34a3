"""Number series and gapless number allocation.

One statement allocates: an upsert of (series, period) that increments the counter and RETURNS the new
value. It runs inside the caller's transaction, so the number is consumed only if that transaction commits;
a rollback gives it back. Concurrent allocators queue on the counter row (SQLite: the write lock, taken at
BEGIN IMMEDIATE by Database.session(); PostgreSQL: the row lock that ON CONFLICT DO UPDATE takes), so no two
transactions can ever read the same value, and the next one sees the committed count: no gaps, no repeats.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from invoicedesk.core.series import ResetPeriod, SeriesPattern, period_key
from invoicedesk.store.models import NumberSeriesModel, SeriesCounterModel


def create_series(
    session: Session,
    *,
    company_id: int,
    doc_type: str,
    pattern: str,
    reset: ResetPeriod | str,
    name: str = "",
    connection_id: int | None = None,
) -> int:
    """Store a series after checking its pattern (SeriesPattern.parse raises DomainValidationError)."""
    reset_period = ResetPeriod(reset)
    SeriesPattern.parse(pattern, reset_period)
    row = NumberSeriesModel(
        company_id=company_id,
        connection_id=connection_id,
        doc_type=str(doc_type),
        name=name,
        pattern=pattern,
        reset=str(reset_period),
    )
    session.add(row)
    session.flush()
    return row.id


def allocate_number(session: Session, series_id: int, on: dt.date) -> str:
    series = session.get(NumberSeriesModel, series_id)
    if series is None:
        raise LookupError(f"There is no number series with id {series_id}.")
    reset = ResetPeriod(series.reset)
    pattern = SeriesPattern.parse(series.pattern, reset)
    key = period_key(reset, on)
    dialect = session.get_bind().dialect.name
    insert = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}[dialect]
    table = SeriesCounterModel.__table__
    statement = (
        insert(table)
        .values(series_id=series_id, period_key=key, last_value=1)
        .on_conflict_do_update(
            index_elements=[table.c.series_id, table.c.period_key],
            set_={"last_value": table.c.last_value + 1},
        )
        .returning(table.c.last_value)
    )
    counter = session.execute(statement).scalar_one()
    return pattern.format(on, counter)
