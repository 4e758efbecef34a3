"""A searchable, sortable table over a `PagedTableModel`, with an empty state that says what to do."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from invoicedesk.ui.paged_model import PagedTableModel

_SEARCH_DELAY_MS = 250


class PagedTable(QWidget):
    """Search box, row count, and either the table or a sentence saying why it is empty.

    `empty_text()` is shown when the query has no rows at all, `no_match_text(search)` when only the
    search hides them, `count_text(total)` under the search box.
    """

    def __init__(
        self,
        model: PagedTableModel,
        *,
        search_placeholder: str,
        empty_text: Callable[[], str],
        no_match_text: Callable[[str], str],
        count_text: Callable[[int], str],
        default_sort_column: int,
        default_descending: bool = False,
        stretch_column: int = 0,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.model = model
        self._empty_text = empty_text
        self._no_match_text = no_match_text
        self._count_text = count_text
        self._columns_sized = False
        self._error = ""

        self.search_box = QLineEdit()
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(search_placeholder)
        self.search_box.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(_SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_search)

        self.count_label = QLabel()
        self.count_label.setObjectName("rowCount")

        self.view = QTableView()
        self.view.setObjectName("table")
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setVisible(False)
        # Fixed row heights let the view scroll a million rows without measuring any of them.
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)  # the column with names
        header.setResizeContentsPrecision(0)  # measure only visible rows: never fetch pages to size columns
        header.setSortIndicator(default_sort_column, _order(default_descending))
        header.setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)
        self._last_sort = (default_sort_column, _order(default_descending))
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("emptyState")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty_label)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        model.loaded.connect(self._loaded)
        model.load_failed.connect(self._failed)
        model.modelReset.connect(self._update_state)

    @Slot()
    def apply_search(self) -> None:
        self._search_timer.stop()
        self._error = ""
        self.model.set_search(self.search_box.text())

    def update_texts(self) -> None:
        """Re-evaluate the empty state (its wording may depend on things outside the table)."""
        self._update_state()

    @Slot(int)
    def _loaded(self, _total: int) -> None:
        self._error = ""
        self._update_state()
        if self.model.total and not self._columns_sized:
            self._columns_sized = True
            self.view.resizeColumnsToContents()

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._error = message
        self._update_state()

    def _update_state(self) -> None:
        model = self.model
        if self._error:
            self.empty_label.setText(
                self.tr("The list could not be loaded: {error}").format(error=self._error)
            )
            self.stack.setCurrentWidget(self.empty_label)
        elif not model.has_loaded:
            self.empty_label.setText(self.tr("Loading…"))
            self.stack.setCurrentWidget(self.empty_label)
        elif model.total == 0:
            self.empty_label.setText(
                self._no_match_text(model.search) if model.search else self._empty_text()
            )
            self.stack.setCurrentWidget(self.empty_label)
        else:
            self.stack.setCurrentWidget(self.view)
        self.count_label.setText(
            self._count_text(model.total) if model.has_loaded and not self._error else ""
        )

    @Slot(int, Qt.SortOrder)
    def _sort_indicator_changed(self, column: int, order: Qt.SortOrder) -> None:
        if self.model.column_sort_key(column):
            self._last_sort = (column, order)
            return
        # This column cannot be sorted in SQL: put the arrow back where the sort really is.
        header = self.view.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._last_sort)
        header.blockSignals(False)


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
