from __future__ import annotations

from pathlib import Path

import pytest

from invoicedesk.app.companies import add_company
from invoicedesk.app.order_import import import_orders
from invoicedesk.core.documents import BankAccount, Company, Country

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


@pytest.fixture
def company(app_context) -> Company:
    return add_company(
        app_context,
        Company(
            name="Pražírna s.r.o.",
            country=Country.CZ,
            registration_id="27082440",
            vat_id="CZ27082440",
            bank_accounts=[BankAccount(iban="CZ6508000000192000145399")],
        ),
    )


@pytest.fixture
def imported(app_context, company) -> Company:
    result = import_orders(app_context, RESOURCES / "orders-sample.csv", company.id)
    assert not result.problems, result.problems
    return company
