"""Page requests and pages: how the UI and CLI ask for a slice of a long list sorted and filtered in SQL."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

MAX_PAGE_SIZE = 10_000


@dataclass(frozen=True)
class PageRequest:
    offset: int = 0
    limit: int = 200
    sort: str = ""  # a sort key of the list being asked for; "" means its default order
    descending: bool = False
    search: str = ""  # case-insensitive "contains" over the list's searchable columns

    def checked(self, sort_keys: tuple[str, ...]) -> PageRequest:
        """Raise ValueError naming the valid keys when `sort` is not one of them; clamp offset and limit."""
        if self.sort and self.sort not in sort_keys:
            raise ValueError(f"Cannot sort by {self.sort!r}; choose one of: {', '.join(sort_keys)}.")
        return PageRequest(
            offset=max(self.offset, 0),
            limit=min(max(self.limit, 0), MAX_PAGE_SIZE),
            sort=self.sort,
            descending=self.descending,
            search=self.search,
        )


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    total: int  # rows matching the request's search, across all pages
    offset: int
