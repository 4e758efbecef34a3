"""ANAF's published call limits, counted here so that they are never exceeded.

ANAF warns that ignoring its limits "poate duce la blocarea accesului la API" (can get the user, or the app,
blocked), so a call that would go over a limit is not sent: it fails at once with a `rate_limited`
ConnectorError that names the limit and the time it resets, and the caller defers the work.

- Daily limits (fact sheet §6, limiteApeluriAPI.txt): 100 `stareMesaj` per message, 10 `descarcare` per
  message, 1 500 simple and 100 000 paginated list queries per CUI. They are counted per calendar day in
  Romania (ANAF's day) in the `efactura_call_counters` table, before each call and in a transaction of their
  own: a count is a fact about a call made, so it must survive even when the caller's work rolls back, and
  it survives restarts, which an in-memory count would not.
- The per-minute limit (1 000 calls of any kind) is a sliding window held by the HTTP client's
  `RateLimiter`, which waits instead of failing; a minute is too short to matter across restarts.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Mapping
from enum import StrEnum

from sqlalchemy import delete, update
from sqlalchemy.exc import IntegrityError

from invoicedesk.connectors.anaf.messages import SERVICE, next_romanian_midnight, romanian_day
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.store.database import Database
from invoicedesk.store.models_efactura import EfacturaCallCounterModel

CALLS_PER_MINUTE = 1000
KEEP_DAYS = 7  # counters older than this are deleted; only today's matter


class DailyLimit(StrEnum):
    STATUS = "stareMesaj"  # per upload index
    DOWNLOAD = "descarcare"  # per download id
    LIST_SIMPLE = "listaMesajeFactura"  # per CUI
    LIST_PAGINATED = "listaMesajePaginatieFactura"  # per CUI


DAILY_LIMITS: Mapping[DailyLimit, int] = {
    DailyLimit.STATUS: 100,
    DailyLimit.DOWNLOAD: 10,
    DailyLimit.LIST_SIMPLE: 1500,
    DailyLimit.LIST_PAGINATED: 100_000,
}

_WHAT = {
    DailyLimit.STATUS: "status queries (stareMesaj) for message {subject}",
    DailyLimit.DOWNLOAD: "downloads (descarcare) of message {subject}",
    DailyLimit.LIST_SIMPLE: "message-list queries for CUI {subject}",
    DailyLimit.LIST_PAGINATED: "paginated message-list queries for CUI {subject}",
}


class DailyLimitReached(ConnectorError):
    """The next call would exceed one of ANAF's daily limits; it was not sent."""

    def __init__(self, limit: DailyLimit, subject: str, allowed: int, resets_at: dt.datetime) -> None:
        what = _WHAT[limit].format(subject=subject)
        super().__init__(
            ErrorCategory.RATE_LIMITED,
            f"ANAF allows {allowed} {what} a day and they are used up today; InvoiceDesk did not send "
            f"another and continues after midnight Romania time ({resets_at:%Y-%m-%d %H:%M} UTC)",
            retry_at=resets_at,
            service=SERVICE,
        )
        self.limit = limit
        self.subject = subject


class DailyCallBudget:
    """Counts calls under ANAF's daily limits for one environment (test and prod are separate systems)."""

    def __init__(
        self,
        database: Database,
        *,
        environment: str,
        clock: Callable[[], float] = time.time,
        limits: Mapping[DailyLimit, int] = DAILY_LIMITS,
    ) -> None:
        self.database = database
        self.environment = environment
        self._clock = clock
        self.limits = dict(limits)

    def _today(self) -> tuple[dt.date, dt.datetime]:
        now = dt.datetime.fromtimestamp(self._clock(), dt.UTC)
        return romanian_day(now), next_romanian_midnight(now)

    def spend(self, limit: DailyLimit, subject: str) -> int:
        """Count one call before it is sent; returns the calls counted today including this one.

        Raises DailyLimitReached, counting nothing, when the limit is already used up."""
        allowed = self.limits[limit]
        day, resets_at = self._today()
        key = (self.environment, limit.value, str(subject)[:40], day)
        model = EfacturaCallCounterModel
        with self.database.session() as session:
            for _ in range(2):
                # Check and count in one statement, so two workers can never both take the last call.
                counted = session.execute(
                    update(model)
                    .where(
                        model.environment == key[0],
                        model.kind == key[1],
                        model.subject == key[2],
                        model.day == day,
                        model.count < allowed,
                    )
                    .values(count=model.count + 1)
                    .returning(model.count)
                ).scalar_one_or_none()
                if counted is not None:
                    return counted
                if session.get(model, key) is not None:
                    raise DailyLimitReached(limit, key[2], allowed, resets_at)
                if allowed < 1:
                    raise DailyLimitReached(limit, key[2], allowed, resets_at)
                try:
                    with session.begin_nested():
                        session.add(model(environment=key[0], kind=key[1], subject=key[2], day=day, count=1))
                except IntegrityError:
                    continue  # another worker created today's row first; count on it
                session.execute(delete(model).where(model.day < day - dt.timedelta(days=KEEP_DAYS)))
                return 1
        raise DailyLimitReached(limit, key[2], allowed, resets_at)

    def used(self, limit: DailyLimit, subject: str) -> int:
        day, _ = self._today()
        with self.database.read_session() as session:
            row = session.get(
                EfacturaCallCounterModel, (self.environment, limit.value, str(subject)[:40], day)
            )
            return row.count if row is not None else 0

    def remaining(self, limit: DailyLimit, subject: str) -> int:
        return max(0, self.limits[limit] - self.used(limit, subject))
