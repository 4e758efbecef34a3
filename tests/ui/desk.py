"""A real database with three companies and their orders, made with the app services the window calls."""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from invoicedesk.app.companies import add_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.order_import import import_orders
from invoicedesk.core.documents import Company, Country
from invoicedesk.secrets.memory import MemoryKeyring
from invoicedesk.secrets.store import SecretStore

REPO = Path(__file__).resolve().parents[2]
SAMPLE_ORDERS = REPO / "resources" / "orders-sample.csv"
BAD_ORDERS = REPO / "resources" / "orders-bad-row.csv"
MANY_ORDERS = 450  # more than two pages of 200: paging must really happen


@dataclass
class Desk:
    context: AppContext
    alfa: Company  # the sample file's four orders
    beta: Company  # MANY_ORDERS generated orders
    empty: Company  # no orders at all


def write_generated_orders(path: Path, count: int, *, prefix: str = "B") -> Path:
    with SAMPLE_ORDERS.open(encoding="utf-8", newline="") as sample:
        header = next(csv.reader(sample))
    cities = ["Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc"]
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=header)
        writer.writeheader()
        for i in range(count):
            writer.writerow(
                {
                    "order_id": f"{prefix}-{i:04d}",
                    "order_date": (dt.date(2025, 1, 1) + dt.timedelta(days=i % 300)).isoformat(),
                    "currency": "CZK",
                    "status": "shipped" if i % 3 == 0 else "new",
                    "payment_status": "paid" if i % 2 == 0 else "unpaid",
                    "payment_method": "bank_transfer",
                    "shipping_method": "PPL",
                    "note": "",
                    "buyer_id": f"{prefix}-C{i:04d}",
                    "buyer_name": f"Buyer {i:04d}",
                    "buyer_email": f"buyer{i}@example.com",
                    "buyer_street": "Main 1",
                    "buyer_city": cities[i % len(cities)],
                    "buyer_postal_code": "602 00",
                    "buyer_country": "CZ",
                    "buyer_is_business": "no",
                    "line_name": "Coffee",
                    "line_sku": "COF",
                    "line_quantity": str(1 + i % 4),
                    "line_unit": "ks",
                    "line_unit_price": f"{100 + (i * 37) % 900}.50",
                    "line_vat_rate": "21",
                    "line_price_includes_vat": "true",
                }
            )
    return path


def open_desk(root: Path) -> Desk:
    """Open a database in `root` and fill it; the caller closes `desk.context`."""
    context = AppContext.open(data_dir=root / "data", secrets=SecretStore(MemoryKeyring()))
    alfa = add_company(
        context,
        Company(name="Alfa s.r.o.", country=Country.CZ, registration_id="27082440", vat_id="CZ27082440"),
    )
    beta = add_company(context, Company(name="Beta a.s.", country=Country.CZ, registration_id="00006947"))
    empty = add_company(context, Company(name="Gama s.r.o.", country=Country.CZ, registration_id="25596641"))
    for company, path in (
        (alfa, SAMPLE_ORDERS),
        (beta, write_generated_orders(root / "many.csv", MANY_ORDERS)),
    ):
        result = import_orders(context, path, company.id)
        assert not result.problems, result.problems
    return Desk(context, alfa, beta, empty)
