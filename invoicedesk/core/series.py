"""Number-series patterns such as "FV{YYYY}/{NNNN}", "{YY}{MM}-{NNN}" or "PF-{YYYY}-{N}".

Tokens: {YYYY} four-digit year, {YY} two-digit year, {MM} two-digit month, and exactly one counter {N…}
whose width is the count of N (zero-padded; {N} is not padded; a counter that outgrows its width simply gets
longer). The counter restarts never, every year or every month (ResetPeriod); the store keeps one counter per
period key and allocates numbers atomically. This module holds only the pure parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from invoicedesk.core.errors import DomainValidationError, FieldError

_MAX_COUNTER_WIDTH = 12
_TOKEN = re.compile(r"\{([^{}]*)\}")
_DATE_TOKENS = ("YYYY", "YY", "MM")
_TOKENS_HINT = "Use {YYYY}, {YY}, {MM} and one counter such as {NNNN}, e.g. FV{YYYY}/{NNNN}."


class ResetPeriod(StrEnum):
    NEVER = "never"
    YEARLY = "yearly"
    MONTHLY = "monthly"


def period_key(reset: ResetPeriod, on: date) -> str:
    """The key of the counter a number dated `on` draws from: "" (never resets), "2026", or "2026-11"."""
    reset = ResetPeriod(reset)
    if reset == ResetPeriod.YEARLY:
        return f"{on.year:04d}"
    if reset == ResetPeriod.MONTHLY:
        return f"{on.year:04d}-{on.month:02d}"
    return ""


@dataclass(frozen=True)
class SeriesMatch:
    """What a number written in a pattern says about itself."""

    counter: int
    year: int | None
    month: int | None


@dataclass(frozen=True)
class SeriesPattern:
    text: str
    reset: ResetPeriod
    parts: tuple[
        str, ...
    ]  # literal text and token names ("YYYY", "NNNN"), in order; tokens sit at odd indexes
    counter_width: int

    @classmethod
    def parse(cls, text: str, reset: ResetPeriod = ResetPeriod.NEVER) -> SeriesPattern:
        """Read and check a pattern; a DomainValidationError on "pattern" or "reset" says what is wrong."""
        reset = ResetPeriod(reset)
        parts = tuple(_TOKEN.split(text))  # literal, token, literal, token, …, literal
        literals, tokens = parts[0::2], parts[1::2]
        errors: list[FieldError] = []
        if not text.strip():
            raise DomainValidationError.single("pattern", "The number pattern is empty", _TOKENS_HINT)
        if any("{" in literal or "}" in literal for literal in literals):
            errors.append(FieldError("pattern", f"The pattern {text!r} has an unmatched brace", _TOKENS_HINT))
        unknown = [token for token in tokens if token not in _DATE_TOKENS and not _is_counter(token)]
        if unknown:
            names = ", ".join("{" + token + "}" for token in unknown)
            errors.append(
                FieldError("pattern", f"The pattern {text!r} has unknown tokens: {names}", _TOKENS_HINT)
            )
        counters = [token for token in tokens if _is_counter(token)]
        if not counters:
            errors.append(
                FieldError(
                    "pattern",
                    f"The pattern {text!r} has no counter, so every number would be the same",
                    "Add a counter such as {NNNN} (four digits, zero-padded) or {N} (no padding).",
                )
            )
        elif len(counters) > 1:
            errors.append(
                FieldError(
                    "pattern", f"The pattern {text!r} has {len(counters)} counters", "Keep exactly one."
                )
            )
        elif len(counters[0]) > _MAX_COUNTER_WIDTH:
            errors.append(
                FieldError(
                    "pattern",
                    f"The counter {{{counters[0]}}} is wider than {_MAX_COUNTER_WIDTH} digits",
                    "Use a shorter counter, e.g. {NNNNNN}.",
                )
            )
        has_year = "YYYY" in tokens or "YY" in tokens
        if reset in (ResetPeriod.YEARLY, ResetPeriod.MONTHLY) and not has_year:
            errors.append(
                FieldError(
                    "reset",
                    f"A {reset.value} reset needs the year in the pattern; without it next year's "
                    "numbers would repeat this year's",
                    "Add {YYYY} or {YY} to the pattern, or choose a series that never resets.",
                )
            )
        if reset == ResetPeriod.MONTHLY and "MM" not in tokens:
            errors.append(
                FieldError(
                    "reset",
                    "A monthly reset needs the month in the pattern; without it next month's numbers would "
                    "repeat this month's",
                    "Add {MM} to the pattern, or reset yearly.",
                )
            )
        if errors:
            raise DomainValidationError(errors)
        return cls(text=text, reset=reset, parts=parts, counter_width=len(counters[0]))

    def period_key(self, on: date) -> str:
        return period_key(self.reset, on)

    def format(self, on: date, counter: int) -> str:
        if isinstance(counter, bool) or not isinstance(counter, int) or counter < 1:
            raise ValueError(f"a series counter is a whole number from 1, got {counter!r}")
        values = {"YYYY": f"{on.year:04d}", "YY": f"{on.year % 100:02d}", "MM": f"{on.month:02d}"}
        out = []
        for index, part in enumerate(self.parts):
            if index % 2 == 0:
                out.append(part)
            elif _is_counter(part):
                out.append(str(counter).zfill(self.counter_width))
            else:
                out.append(values[part])
        return "".join(out)

    def match(self, number: str) -> SeriesMatch | None:
        """Read a number in this pattern back into its counter, year and month; None if it cannot be one."""
        found = self._regex().fullmatch(number)
        if not found:
            return None
        groups = {name: int(value) for name, value in found.groupdict().items() if value is not None}
        counter = groups["counter"]
        if counter < 1:
            return None
        full_year, short_year, month = groups.get("yyyy"), groups.get("yy"), groups.get("mm")
        if full_year is not None and short_year is not None and full_year % 100 != short_year:
            return None
        year = full_year if full_year is not None else (2000 + short_year if short_year is not None else None)
        return SeriesMatch(counter=counter, year=year, month=month)

    def could_have_produced(self, number: str) -> bool:
        return self.match(number) is not None

    def _regex(self) -> re.Pattern[str]:
        pieces = []
        seen: set[str] = set()
        for index, part in enumerate(self.parts):
            if index % 2 == 0:
                pieces.append(re.escape(part))
            elif _is_counter(part):
                width = self.counter_width
                pieces.append(rf"(?P<counter>\d{{{width}}}|[1-9]\d{{{width},}})")
            else:
                pieces.append(_token_regex(part, first=part not in seen))
                seen.add(part)
        return re.compile("".join(pieces), re.ASCII)


def _is_counter(token: str) -> bool:
    return bool(token) and set(token) == {"N"}


def _token_regex(token: str, *, first: bool) -> str:
    # A token may appear twice ("{YYYY}/{MM}/…/{YYYY}"); the repeat must show the same value.
    group = token.lower()
    if not first:
        return f"(?P={group})"
    body = {"YYYY": r"\d{4}", "YY": r"\d{2}", "MM": r"0[1-9]|1[0-2]"}[token]
    return f"(?P<{group}>{body})"
