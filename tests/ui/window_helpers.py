"""Waiting for the window's lists, and reading what they display."""

from __future__ import annotations

from invoicedesk.ui.main_window import MainWindow


def settle(qtbot, model) -> None:
    """Wait until the model's query has answered and no page is on its way."""
    qtbot.waitUntil(lambda: model.has_loaded and not model.is_loading, timeout=10_000)


def select(qtbot, window: MainWindow, company_id: int) -> None:
    if window.current_company_id() != company_id:
        window.select_company(company_id)
    for key in ("orders", "clients"):
        settle(qtbot, window.screens[key].model)


def displayed(model, column: int) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]
