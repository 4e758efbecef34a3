"""Reading the sync log: pages of calls newest first, one call in full, and the choices its filters offer.

Pages are cut by keyset: the caller passes the (at, id) of the last row it has as `before`, and the next
page starts right after it. The condition is written `at <= :at AND (at < :at OR id < :id)` so that every
engine walks the (…, at) indexes from that point (a plain `at < :at OR (at = :at AND id < :id)` makes
SQLite scan the index from the newest row on, which grows with the depth of the page). No OFFSET is used:
page 500 costs what page 1 costs. Counting a million rows is slow, so the count stops at a cap and says so.

Text that came from a service (path, detail) is redacted again on the way out: a secret registered after
the row was written (a token read later in the session) is removed as well.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from invoicedesk.app.context import AppContext
from invoicedesk.connectors import registry
from invoicedesk.connectors.calls import Outcome
from invoicedesk.secrets.redaction import redact_text
from invoicedesk.store.models import CompanyModel, ConnectionModel, SyncLogModel

DEFAULT_PAGE_SIZE = 200
MAX_PAGE_SIZE = 1000
COUNT_CAP = 10_000
OUTCOMES = (Outcome.OK, Outcome.RETRIED, Outcome.FAILED)

Cursor = tuple[dt.datetime, int]  # (at, id) of the last row seen


@dataclass(frozen=True)
class SyncLogRow:
    """One call as the list shows it: everything but the detail text."""

    id: int
    at: dt.datetime  # UTC
    connection_id: int | None
    connection_name: str  # "" when the connection was deleted (the log outlives it) or there was none
    company_name: str
    service: str
    method: str
    path: str
    status: int | None  # None when no HTTP answer arrived
    duration_ms: int
    outcome: str
    error_category: str
    request_bytes: int
    response_bytes: int
    idempotency_key: str
    remote_id: str

    @property
    def cursor(self) -> Cursor:
        return (self.at, self.id)


@dataclass(frozen=True)
class SyncLogEntry(SyncLogRow):
    detail: str = ""  # redacted


@dataclass(frozen=True)
class SyncLogCount:
    """How many calls match; `capped` means there are more than `value` and counting stopped there."""

    value: int
    capped: bool = False


@dataclass(frozen=True)
class SyncLogPage:
    rows: list[SyncLogRow]
    next_before: Cursor | None  # pass as `before` for the next page; None when this was the last page
    count: SyncLogCount | None  # only on a first page (before=None): later pages do not count again


@dataclass(frozen=True)
class ConnectionChoice:
    id: int
    name: str
    company_name: str
    service: str


@dataclass(frozen=True)
class ServiceChoice:
    id: str
    display_name: str


@dataclass(frozen=True)
class SyncLogChoices:
    """What the filters can offer: every connection of every company, every known service, the outcomes."""

    connections: list[ConnectionChoice]
    services: list[ServiceChoice]
    outcomes: tuple[str, ...] = OUTCOMES

    def service_name(self, service_id: str) -> str:
        return next((s.display_name for s in self.services if s.id == service_id), service_id)


# The list's columns: the model's columns without the detail text, which may be long and is read per row.
_ROW_FIELDS = [f.name for f in fields(SyncLogRow) if f.name not in ("connection_name", "company_name")]
_ROW_COLUMNS = [getattr(SyncLogModel, name) for name in _ROW_FIELDS]


def sync_log_page(
    ctx: AppContext,
    *,
    connection_id: int | None = None,
    outcome: str | None = None,
    service: str | None = None,
    since: dt.datetime | None = None,
    before: Cursor | None = None,
    limit: int = DEFAULT_PAGE_SIZE,
) -> SyncLogPage:
    """A page of calls, newest first, filtered in SQL. `since` (timezone-aware) keeps calls at or after it."""
    if since is not None and since.tzinfo is None:
        raise ValueError("`since` must be timezone-aware (a naive time means something else on each machine)")
    limit = min(max(int(limit), 1), MAX_PAGE_SIZE)
    conditions = _conditions(connection_id, outcome, service, since)
    if before is not None:
        at, row_id = before
        conditions += [SyncLogModel.at <= at, or_(SyncLogModel.at < at, SyncLogModel.id < row_id)]
    statement = (
        select(*_ROW_COLUMNS)
        .where(*conditions)
        .order_by(SyncLogModel.at.desc(), SyncLogModel.id.desc())
        .limit(limit + 1)  # one more than asked tells whether another page follows, without counting
    )
    with ctx.database.read_session() as session:
        found = session.execute(statement).all()
        more = len(found) > limit
        found = found[:limit]
        names = _connection_names(session, {row.connection_id for row in found})
        count = None
        if before is None:
            count = (
                SyncLogCount(len(found))
                if not more
                else _capped_count(session, _conditions(connection_id, outcome, service, since))
            )
    rows = [_row(values._mapping, names) for values in found]
    return SyncLogPage(rows, rows[-1].cursor if more and rows else None, count)


def sync_log_entry(ctx: AppContext, entry_id: int) -> SyncLogEntry:
    """One call in full, detail text included (redacted). LookupError when there is no such call."""
    with ctx.database.read_session() as session:
        model = session.get(SyncLogModel, entry_id)
        if model is None:
            raise LookupError(f"There is no call {entry_id} in the sync log.")
        names = _connection_names(session, {model.connection_id})
        values = {name: getattr(model, name) for name in _ROW_FIELDS}
        detail = model.detail or ""
    row = _row(values, names)
    shared = {f.name: getattr(row, f.name) for f in fields(SyncLogRow)}
    return SyncLogEntry(**shared, detail=redact_text(detail))


def sync_log_choices(ctx: AppContext) -> SyncLogChoices:
    with ctx.database.read_session() as session:
        found = session.execute(
            select(ConnectionModel.id, ConnectionModel.name, CompanyModel.name, ConnectionModel.service)
            .join(CompanyModel, CompanyModel.id == ConnectionModel.company_id)
            .order_by(CompanyModel.name, ConnectionModel.name, ConnectionModel.id)
        ).all()
    connections = [ConnectionChoice(row[0], row[1], row[2], row[3]) for row in found]
    services = sorted(
        (ServiceChoice(spec.id, spec.display_name) for spec in registry.services()),
        key=lambda choice: choice.display_name.casefold(),
    )
    return SyncLogChoices(connections, services)


def _conditions(
    connection_id: int | None, outcome: str | None, service: str | None, since: dt.datetime | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if connection_id is not None:
        conditions.append(SyncLogModel.connection_id == connection_id)
    if outcome:
        conditions.append(SyncLogModel.outcome == outcome)
    if service:
        conditions.append(SyncLogModel.service == service)
    if since is not None:
        conditions.append(SyncLogModel.at >= since)
    return conditions


def _capped_count(session: Session, conditions: list[ColumnElement[bool]]) -> SyncLogCount:
    # Counting stops after COUNT_CAP + 1 rows: the screen says "more than 10,000" instead of waiting.
    matching = select(SyncLogModel.id).where(*conditions).limit(COUNT_CAP + 1).subquery()
    counted = int(session.scalar(select(func.count()).select_from(matching)) or 0)
    return SyncLogCount(COUNT_CAP, capped=True) if counted > COUNT_CAP else SyncLogCount(counted)


def _connection_names(session: Session, connection_ids: set[int | None]) -> dict[int, tuple[str, str]]:
    wanted = {cid for cid in connection_ids if cid is not None}
    if not wanted:
        return {}
    found = session.execute(
        select(ConnectionModel.id, ConnectionModel.name, CompanyModel.name)
        .join(CompanyModel, CompanyModel.id == ConnectionModel.company_id)
        .where(ConnectionModel.id.in_(wanted))
    ).all()
    return {row[0]: (row[1], row[2]) for row in found}


def _row(values: Mapping[str, Any], names: dict[int, tuple[str, str]]) -> SyncLogRow:
    data = {name: values[name] for name in _ROW_FIELDS}
    connection_name, company_name = names.get(data["connection_id"], ("", ""))
    data["path"] = redact_text(data["path"] or "")
    return SyncLogRow(connection_name=connection_name, company_name=company_name, **data)
