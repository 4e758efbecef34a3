"""Sorting, filtering and paging done in SQL, so a list of any length costs one page of rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, func, or_, select
from sqlalchemy.orm import Session


def search_filter(columns: Sequence[Any], text: str) -> ColumnElement[bool] | None:
    """Case-insensitive "contains" over any of `columns`; % and _ typed by the user match literally."""
    needle = text.strip()
    if not needle:
        return None
    return or_(*(column.icontains(needle, autoescape=True) for column in columns))


def fetch_page(
    session: Session,
    statement: Select[Any],
    *,
    sort_column: Any,
    tiebreak_column: Any,
    descending: bool,
    offset: int,
    limit: int,
) -> tuple[list[Row[Any]], int]:
    """One page of `statement` ordered by `sort_column` (ties broken by `tiebreak_column`, so pages are
    stable), and the total number of rows the statement matches."""
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery())) or 0
    ordering = (
        [sort_column.desc(), tiebreak_column.desc()]
        if descending
        else [sort_column.asc(), tiebreak_column.asc()]
    )
    rows = session.execute(statement.order_by(*ordering).offset(max(offset, 0)).limit(max(limit, 0))).all()
    return list(rows), int(total)
