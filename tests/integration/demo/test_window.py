"""`invoicedesk --demo` with no command: the window opens on the seeded world, and closing it stops the
emulators and removes the temporary folder."""

from __future__ import annotations

import os
from argparse import Namespace
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Read when the QApplication is created, which happens after collection: no display is needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from invoicedesk.app.companies import list_companies
from invoicedesk.app.connections import list_connections
from invoicedesk.app.efactura_auth import anaf_setup
from invoicedesk.ui.app import run
from invoicedesk.ui.main_window import MainWindow

from .conftest import listening, sandboxed

WAIT_MS, TICK_MS = 60_000, 50


def when_open(then) -> None:
    """Call `then(window)` once the main window has its context, while run() owns the event loop."""

    def check(remaining: int) -> None:
        # The company switcher fills from a background query after the context arrives: wait for it too.
        found = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible() and w.context is not None
                 and w.company_box.count() >= 2]  # both demo companies, not the "Opening…" item
        if found:
            then(found[0])
        elif remaining:
            QTimer.singleShot(TICK_MS, lambda: check(remaining - 1))
        else:  # give up: close everything so that run() returns and the test fails on its assertions
            QApplication.closeAllWindows()

    QTimer.singleShot(TICK_MS, lambda: check(WAIT_MS // TICK_MS))


def test_the_window_opens_on_the_demo_world_and_closing_it_stops_the_emulators(
        qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    box = sandboxed(monkeypatch, tmp_path)
    seen: dict[str, object] = {}

    def look_and_close(window: MainWindow) -> None:
        ctx = window.context
        companies = list_companies(ctx)
        seen["companies"] = sorted(company.name for company in companies)
        seen["switcher"] = sorted(window.company_box.itemText(i) for i in range(window.company_box.count()))
        ports = []
        for company in companies:
            ports += [urlsplit(c.settings["base_url"]).port for c in list_connections(ctx, company.id)
                      if c.service == "fakturoid"]
            if str(company.country) == "RO":
                ports.append(urlsplit(anaf_setup(ctx, company.id).api_base_url).port)
        seen["ports"] = ports
        seen["listening"] = all(listening(port) for port in ports)
        window.close()

    when_open(look_and_close)
    assert run(Namespace(demo=True, data_dir=None, database_url=None)) == 0

    assert seen["companies"] == ["Cafea Bună SRL (demo)", "Pražírna Na Kopci s.r.o. (demo)"]
    assert all(any(name in item for item in seen["switcher"]) for name in seen["companies"])
    assert len(seen["ports"]) == 2 and seen["listening"]
    assert not any(listening(port) for port in seen["ports"])
    assert list(box.temp.iterdir()) == []
    # The database, archive and logs lived in the temporary folder; the window keeps only its own preferences
    # (language, last company) in the usual data folder.
    assert [path.name for path in box.outside_writes()] in ([], ["preferences.ini"])
