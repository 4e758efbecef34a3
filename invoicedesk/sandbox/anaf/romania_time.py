"""ANAF's clock as it shows in replies: Romania local time in ANAF's own text formats."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def _romania() -> tzinfo:
    try:
        return ZoneInfo("Europe/Bucharest")
    except ZoneInfoNotFoundError:
        # Windows without the tzdata package: EET is right for half the year and close enough for an emulator.
        return timezone(timedelta(hours=2), "EET")


ROMANIA = _romania()


def local(epoch: float) -> datetime:
    return datetime.fromtimestamp(epoch, ROMANIA)


def stamp_minutes(epoch: float) -> str:
    """`dateResponse` / `data_creare`: YYYYMMDDHHmm."""
    return local(epoch).strftime("%Y%m%d%H%M")


def stamp_seconds(epoch: float) -> str:
    """The dd-MM-yyyy HH:mm:ss of CustomErrorMessage timestamps and list errors."""
    return local(epoch).strftime("%d-%m-%Y %H:%M:%S")


def iso_date(epoch: float) -> str:
    return local(epoch).strftime("%Y-%m-%d")


def day_key(epoch: float) -> str:
    """The calendar day (Romania time) that ANAF's daily limits count in."""
    return iso_date(epoch)


def iso_utc(epoch: float) -> str:
    """Spring's default error timestamp, used by ANAF's 404 bodies."""
    moment = datetime.fromtimestamp(epoch, UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}+00:00"
