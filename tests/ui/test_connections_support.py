"""What the Connections and setup wizard tests share (this module holds no tests of its own).

An office: a real database opened through the app services with one Czech and one Slovak company, and no
orders (the Connections screen needs none, and an empty database opens in well under a second).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.core.documents import Company, Country
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore


@dataclass
class Office:
    context: AppContext
    company: Company  # Czech: Fakturoid is one of its own country's services
    slovak: Company  # no service of its own country yet


def open_office(root: Path) -> Office:
    """The caller closes `office.context`."""
    context = AppContext.open(data_dir=root / "data", secrets=SecretStore(MemoryKeyring()))
    company = add_company(context, Company(name="Pražírna s.r.o.", country=Country.CZ,
                                           registration_id="27082440", vat_id="CZ27082440"))
    slovak = add_company(context, Company(name="Kaviareň s.r.o.", country=Country.SK))
    return Office(context, company, slovak)
