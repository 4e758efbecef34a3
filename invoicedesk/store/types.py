"""Column types that keep money exact and timestamps in UTC on every supported engine."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Dialect, Numeric
from sqlalchemy.types import TypeDecorator, TypeEngine


class ExactDecimal(TypeDecorator[Decimal]):
    """A decimal with a fixed number of places that never passes through float.

    PostgreSQL stores it as NUMERIC(18, scale). SQLite has no decimal type (its NUMERIC affinity turns 0.1
    into a binary float), so there the value is stored as an integer count of 10**-scale units: exact, and
    still sortable and summable in SQL. A value with more places than the column holds is refused instead of
    being rounded, so no amount is ever changed silently; callers validate input against `scale` first.
    """

    impl = Numeric
    cache_ok = True

    def __init__(self, scale: int = 4, precision: int = 18) -> None:
        super().__init__(precision=precision, scale=scale, asdecimal=True)
        self.scale = scale
        self.precision = precision

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError(f"Money and quantities must be Decimal, not float ({value!r})")
        amount = Decimal(value)
        quantized = amount.quantize(Decimal(1).scaleb(-self.scale))
        if quantized != amount:
            raise ValueError(f"{amount} has more than {self.scale} decimal places; round it before storing")
        if dialect.name == "sqlite":
            return int(quantized.scaleb(self.scale))
        return quantized

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            # SUM() over an empty set or arithmetic in SQL may hand back other numeric types; ints are exact.
            if isinstance(value, float):
                raise TypeError(
                    "an ExactDecimal column produced a float; do not mix it with REAL values in SQL"
                )
            return Decimal(int(value)).scaleb(-self.scale)
        return Decimal(value).quantize(Decimal(1).scaleb(-self.scale))

    @property
    def python_type(self) -> type[Decimal]:
        return Decimal


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps. SQLite keeps no zone, so values are normalised to UTC on the way in
    and get the zone back on the way out; naive datetimes are refused because their meaning depends on the
    machine."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware (use datetime.now(UTC))")
        as_utc = value.astimezone(dt.UTC)
        return as_utc.replace(tzinfo=None) if dialect.name == "sqlite" else as_utc

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
