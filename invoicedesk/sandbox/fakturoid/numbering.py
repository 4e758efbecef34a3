"""Document numbers from Fakturoid number formats such as "#yyyy#-#dddd#" (year and a 4-digit counter)."""

from __future__ import annotations

import re
from datetime import date

_TOKEN = re.compile(r"#(yyyy|yy|mm|d+)#")


def _date_part(token: str, on: date) -> str:
    if token == "yyyy":
        return f"{on.year:04d}"
    if token == "yy":
        return f"{on.year % 100:02d}"
    return f"{on.month:02d}"


def period_key(pattern: str, on: date) -> str:
    """The pattern with its date tokens filled in: documents sharing it share one counter."""
    def fill(match: re.Match[str]) -> str:
        token = match.group(1)
        return match.group(0) if token.startswith("d") else _date_part(token, on)

    return _TOKEN.sub(fill, pattern)


def render(pattern: str, on: date, counter: int) -> str:
    def fill(match: re.Match[str]) -> str:
        token = match.group(1)
        if token.startswith("d"):
            return str(counter).zfill(len(token))
        return _date_part(token, on)

    return _TOKEN.sub(fill, pattern)


def _regex(pattern: str) -> re.Pattern[str]:
    parts: list[str] = []
    position = 0
    for match in _TOKEN.finditer(pattern):
        parts.append(re.escape(pattern[position:match.start()]))
        token = match.group(1)
        if token.startswith("d"):
            parts.append(rf"(?P<counter>\d{{{len(token)},}})")
        else:
            parts.append(rf"\d{{{len(token)}}}")
        position = match.end()
    parts.append(re.escape(pattern[position:]))
    return re.compile("".join(parts))


def matches(pattern: str, number: str) -> bool:
    return _regex(pattern).fullmatch(number) is not None


def counter_of(pattern: str, number: str) -> int | None:
    match = _regex(pattern).fullmatch(number)
    if match is None or "counter" not in match.groupdict():
        return None
    return int(match.group("counter"))


def preview(pattern: str, on: date) -> str:
    return ", ".join(render(pattern, on, n) for n in (1, 2, 3))
