from __future__ import annotations

from pathlib import Path

import pytest

from invoicedesk.app.companies import add_company
from invoicedesk.core.documents import Company, Country

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture
def company(app_context) -> Company:
    return add_company(
        app_context,
        Company(name="Pražírna s.r.o.", country=Country.CZ, registration_id="27082440", vat_id="CZ27082440"),
    )


@pytest.fixture
def resources() -> Path:
    return RESOURCES
