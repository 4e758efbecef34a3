"""A table model over a query that pages, sorts and filters in SQL.

The model knows the total row count from the first page and fetches further pages only when the view
asks for rows it has not seen, through the task runner; until a page arrives its rows read
"Loading…". A change of source, search or sort starts a new generation: answers that belong to an
older generation are dropped, so a slow query can never overwrite a newer one.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.ui.signals import emit
from invoicedesk.ui.tasks import TaskFailure, TaskRunner

FetchPage = Callable[[PageRequest], Page[Any]]
_ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort_key: str = ""  # empty: the service cannot sort by this column
    align_right: bool = False


class PagedTableModel(QAbstractTableModel):
    """Rows come from `fetch(PageRequest) -> Page`, run on the task runner."""

    loading_changed = Signal(bool)
    loaded = Signal(int)  # the total row count, after each first page of a generation
    load_failed = Signal(str)

    def __init__(
        self,
        runner: TaskRunner,
        columns: list[Column],
        parent: QObject | None = None,
        *,
        page_size: int = 200,
        max_cached_pages: int = 50,
    ):
        super().__init__(parent)
        self._runner = runner
        self._columns = columns
        self._page_size = page_size
        self._max_cached_pages = max_cached_pages
        self._fetch: FetchPage | None = None
        self._search = ""
        self._sort_key = ""
        self._descending = False
        self._generation = 0
        self._total = 0
        self._has_loaded = False
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._in_flight: set[int] = set()
        self._wanted: set[int] = set()
        self._failed: set[int] = set()  # not asked again until the next refresh: no retry storm
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self._request_wanted_pages)

    # --- what the screens drive ---------------------------------------------------------------------

    def set_source(self, fetch: FetchPage | None) -> None:
        """A new query (another company, say); None shows no rows at all."""
        self._fetch = fetch
        self.refresh()

    def set_search(self, text: str) -> None:
        text = text.strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def set_sort(self, sort_key: str, descending: bool = False) -> None:
        if (sort_key, descending) != (self._sort_key, self._descending):
            self._sort_key = sort_key
            self._descending = descending
            self.refresh()

    def refresh(self) -> None:
        """Forget every row and ask again (after an import, for instance)."""
        self.beginResetModel()
        self._generation += 1
        self._total = 0
        self._has_loaded = False
        self._pages.clear()
        self._in_flight.clear()
        self._wanted.clear()
        self._failed.clear()
        self.endResetModel()
        if self._fetch is not None:
            self._request_page(0)
        else:
            self._has_loaded = True
            emit(self.loaded, 0)
        self._announce_loading()

    @property
    def search(self) -> str:
        return self._search

    @property
    def sort_key(self) -> str:
        return self._sort_key

    @property
    def descending(self) -> bool:
        return self._descending

    @property
    def total(self) -> int:
        return self._total

    @property
    def has_loaded(self) -> bool:
        """Whether the first page of the current query has arrived."""
        return self._has_loaded

    @property
    def is_loading(self) -> bool:
        return bool(self._in_flight)

    def row_at(self, row: int) -> Any | None:
        """The row object if its page is loaded, else None (and its page is requested)."""
        page_number, offset = divmod(row, self._page_size)
        rows = self._pages.get(page_number)
        if rows is None:
            self._want(page_number)
            return None
        self._pages.move_to_end(page_number)
        return rows[offset] if offset < len(rows) else None

    def column_sort_key(self, column: int) -> str:
        return self._columns[column].sort_key if 0 <= column < len(self._columns) else ""

    # --- QAbstractTableModel -------------------------------------------------------------------------

    def rowCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: _ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            column = self._columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().headerData(section, orientation, role)

    def data(self, index: _ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.column() < len(self._columns):
            return None
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row_at(index.row())
            if row is None:
                return self.tr("Loading…") if index.column() == 0 else ""
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        sort_key = self.column_sort_key(column)
        if sort_key:
            self.set_sort(sort_key, order == Qt.SortOrder.DescendingOrder)

    # --- fetching ------------------------------------------------------------------------------------

    def _want(self, page_number: int) -> None:
        # data() is called while the view paints; the request is made once the paint is over.
        if page_number not in self._in_flight and page_number not in self._wanted | self._failed:
            self._wanted.add(page_number)
            self._flush_timer.start()

    def _request_wanted_pages(self) -> None:
        wanted, self._wanted = self._wanted, set()
        for page_number in sorted(wanted):
            if page_number not in self._pages and page_number not in self._in_flight:
                self._request_page(page_number)
        self._announce_loading()

    def _request_page(self, page_number: int) -> None:
        if self._fetch is None:
            return
        generation = self._generation
        request = PageRequest(
            offset=page_number * self._page_size,
            limit=self._page_size,
            sort=self._sort_key,
            descending=self._descending,
            search=self._search,
        )
        self._in_flight.add(page_number)
        self._runner.run(
            self._fetch,
            request,
            on_done=lambda page: self._page_arrived(generation, page_number, page),
            on_error=lambda failure: self._page_failed(generation, page_number, failure),
            description=f"{type(self).__name__} page {page_number}",
            owner=self,
        )

    def _page_arrived(self, generation: int, page_number: int, page: Page[Any]) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page_number)
        if not self._has_loaded or page.total != self._total:
            # First page, or rows were added or removed meanwhile: every cached offset may have moved.
            self.beginResetModel()
            self._pages.clear()
            self._pages[page_number] = list(page.rows)
            self._total = page.total
            self._has_loaded = True
            self.endResetModel()
            emit(self.loaded, self._total)
        else:
            self._pages[page_number] = list(page.rows)
            self._evict_old_pages()
            first = page_number * self._page_size
            last = min(first + len(page.rows), self._total) - 1
            if last >= first:
                emit(self.dataChanged, self.index(first, 0), self.index(last, len(self._columns) - 1))
        self._announce_loading()

    def _page_failed(self, generation: int, page_number: int, failure: TaskFailure) -> None:
        if generation != self._generation:
            return
        self._in_flight.discard(page_number)
        self._failed.add(page_number)
        self._has_loaded = True
        self._announce_loading()
        emit(self.load_failed, str(failure.exception) or type(failure.exception).__name__)

    def _evict_old_pages(self) -> None:
        while len(self._pages) > self._max_cached_pages:
            self._pages.popitem(last=False)

    def _announce_loading(self) -> None:
        emit(self.loading_changed, bool(self._in_flight))
