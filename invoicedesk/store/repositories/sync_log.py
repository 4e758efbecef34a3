"""The sync log: one row per conversation with a service. Written in batches, read newest first."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Select, and_, func, insert, or_, select
from sqlalchemy.orm import Session

from invoicedesk.store.models import SyncLogModel

APPEND_BATCH_SIZE = 1000


@dataclass(frozen=True)
class SyncLogRecord:
    """Callers redact `path` and `detail` before they get here (invoicedesk.secrets.redaction)."""

    at: dt.datetime
    connection_id: int | None = None
    service: str = ""
    method: str = ""
    path: str = ""
    status: int | None = None
    duration_ms: int = 0
    outcome: str = ""
    error_category: str = ""
    request_bytes: int = 0
    response_bytes: int = 0
    idempotency_key: str = ""
    remote_id: str = ""
    detail: str = ""
    id: int | None = None


_COLUMNS = [f.name for f in dataclasses.fields(SyncLogRecord) if f.name != "id"]


def _record(row: SyncLogModel) -> SyncLogRecord:
    return SyncLogRecord(id=row.id, **{name: getattr(row, name) for name in _COLUMNS})


class SyncLogRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def append(self, records: Iterable[SyncLogRecord], *, batch_size: int = APPEND_BATCH_SIZE) -> int:
        """Insert records with one multi-row statement per batch; returns how many were written."""
        written = 0
        batch: list[dict[str, object]] = []
        for record in records:
            batch.append({name: getattr(record, name) for name in _COLUMNS})
            if len(batch) >= batch_size:
                written += self._insert(batch)
                batch = []
        if batch:
            written += self._insert(batch)
        return written

    def _insert(self, batch: list[dict[str, object]]) -> int:
        self.session.execute(insert(SyncLogModel), batch)
        return len(batch)

    @staticmethod
    def _filters(connection_id: int | None, outcome: str | None) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = []
        if connection_id is not None:
            conditions.append(SyncLogModel.connection_id == connection_id)
        if outcome:
            conditions.append(SyncLogModel.outcome == outcome)
        return conditions

    def newest(
        self,
        *,
        limit: int = 200,
        before: tuple[dt.datetime, int] | None = None,
        connection_id: int | None = None,
        outcome: str | None = None,
    ) -> list[SyncLogRecord]:
        """A page of records, newest first. Pass the (at, id) of the last row seen as `before` for the next
        page: keyset paging walks the (…, at) indexes and stays fast at any depth, unlike OFFSET."""
        statement = self.newest_statement(
            limit=limit, before=before, connection_id=connection_id, outcome=outcome
        )
        return [_record(row) for row in self.session.scalars(statement)]

    def newest_statement(
        self,
        *,
        limit: int,
        before: tuple[dt.datetime, int] | None,
        connection_id: int | None,
        outcome: str | None,
    ) -> Select[tuple[SyncLogModel]]:
        conditions = self._filters(connection_id, outcome)
        if before is not None:
            at, row_id = before
            conditions.append(
                or_(SyncLogModel.at < at, and_(SyncLogModel.at == at, SyncLogModel.id < row_id))
            )
        return (
            select(SyncLogModel)
            .where(*conditions)
            .order_by(SyncLogModel.at.desc(), SyncLogModel.id.desc())
            .limit(limit)
        )

    def count(self, *, connection_id: int | None = None, outcome: str | None = None) -> int:
        statement = (
            select(func.count()).select_from(SyncLogModel).where(*self._filters(connection_id, outcome))
        )
        return int(self.session.scalar(statement) or 0)
