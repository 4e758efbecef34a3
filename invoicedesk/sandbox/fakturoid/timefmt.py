"""Fakturoid's clock face: Prague local time with its UTC offset, and ISO 8601 parsing for list filters.

The offset is computed from the EU summer-time rule so that the emulator needs no time-zone database
(Windows ships none).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

CET = timezone(timedelta(hours=1))
CEST = timezone(timedelta(hours=2))


def _last_sunday(year: int, month: int) -> date:
    day = date(year, month + 1, 1) - timedelta(days=1)
    return day - timedelta(days=(day.weekday() + 1) % 7)


def prague_zone(epoch: float) -> timezone:
    moment = datetime.fromtimestamp(epoch, UTC)
    # EU rule: summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC.
    start = datetime.combine(_last_sunday(moment.year, 3), datetime.min.time(), UTC) + timedelta(hours=1)
    end = datetime.combine(_last_sunday(moment.year, 10), datetime.min.time(), UTC) + timedelta(hours=1)
    return CEST if start <= moment < end else CET


def timestamp(epoch: float) -> str:
    """"2023-11-30T13:50:45.848+01:00"."""
    return datetime.fromtimestamp(epoch, prague_zone(epoch)).isoformat(timespec="milliseconds")


def local_date(epoch: float) -> date:
    return datetime.fromtimestamp(epoch, prague_zone(epoch)).date()


def parse_iso_instant(text: str) -> float:
    """Epoch seconds of an ISO 8601 date or date-time; naive values are Prague time. Raises ValueError."""
    value = text.strip()
    if not value:
        raise ValueError("empty date")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        guess = parsed.replace(tzinfo=CET)
        parsed = parsed.replace(tzinfo=prague_zone(guess.timestamp()))
    return parsed.timestamp()


def parse_date(value: object) -> date:
    """A calendar date "YYYY-MM-DD"; raises ValueError."""
    if not isinstance(value, str):
        raise ValueError("not a date")
    return date.fromisoformat(value.strip())
