from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from invoicedesk.store.database import Database


@pytest.fixture
def database(database_url: str, tmp_path: Path) -> Iterator[Database]:
    opened = Database.open(database_url, backups_dir=tmp_path / "backups")
    try:
        yield opened
    finally:
        opened.dispose()
