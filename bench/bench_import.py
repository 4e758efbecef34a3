"""Speed and memory of the orders import, as ratios against plain parsing of the same file in the same run.

    .venv/bin/python bench/bench_import.py [--orders 100000] [--format csv|json|both] [--repeat 1]
                                           [--vat-ids 0.0]

For each format it writes a file of N orders (1-3 lines each, ~2 lines on average, buyers reused), then
measures (1) a baseline pass that only parses the file (csv.reader / ijson.items) and (2) the full import
into a fresh SQLite database: validation, client matching, writes, one transaction. Time is measured
without tracemalloc (it slows Python down), peak memory in a second run with it. The ratios are what to
watch: time should stay a small multiple of parsing; peak memory must not grow with the file (streaming).

Wall time is what a user waits; CPU time (this process, all its threads) is steadier when other programs
load the machine. --repeat N keeps the best of N runs of each (every import into a new database).
--vat-ids S gives that share of the buyers a (valid) Czech IČO and DIČ, which are checked on every order.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import ijson  # noqa: E402
from stdnum.cz import dic as cz_dic  # noqa: E402

from invoicedesk.app.companies import add_company  # noqa: E402
from invoicedesk.app.context import AppContext  # noqa: E402
from invoicedesk.app.order_import import import_orders  # noqa: E402
from invoicedesk.core.documents import Company, Country  # noqa: E402
from invoicedesk.secrets.store import open_secret_store  # noqa: E402

COLUMNS = [
    "order_id",
    "order_date",
    "currency",
    "payment_status",
    "payment_method",
    "buyer_id",
    "buyer_name",
    "buyer_email",
    "buyer_city",
    "buyer_country",
    "line_name",
    "line_sku",
    "line_quantity",
    "line_unit_price",
    "line_vat_rate",
    "line_price_includes_vat",
]


def company_ids(buyer: int, vat_ids: float) -> dict[str, str]:
    """A valid IČO and DIČ for `vat_ids` of the buyers (the same ones on every run), else nothing."""
    if random.Random(buyer).random() >= vat_ids:
        return {}
    digits = f"{buyer % 10_000_000:07d}"
    ico = digits + cz_dic.calc_check_digit_legal(digits)
    return {"registration_id": ico, "vat_id": "CZ" + ico}


def generate_orders(count: int, seed: int = 7, vat_ids: float = 0.0):
    rng = random.Random(seed)
    for index in range(count):
        buyer = rng.randrange(max(count // 4, 1))
        lines = [
            {
                "name": f"Product {rng.randrange(500)}",
                "sku": f"SKU-{rng.randrange(500)}",
                "quantity": str(rng.randrange(1, 10)),
                "unit_price": f"{rng.randrange(100, 100000) / 100:.2f}",
                "vat_rate": rng.choice(["21", "12", "0"]),
                "price_includes_vat": rng.choice(["true", "false"]),
            }
            for _ in range(rng.randrange(1, 4))
        ]
        yield {
            "order_id": f"B-{index:07d}",
            "order_date": f"2025-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "currency": "CZK",
            "payment_status": rng.choice(["paid", "unpaid"]),
            "payment_method": rng.choice(["card", "bank_transfer", "cash_on_delivery"]),
            "buyer": {
                "id": f"C-{buyer}",
                "name": f"Buyer {buyer}",
                "email": f"buyer{buyer}@example.com",
                "city": "Brno",
                "country": "CZ",
                **company_ids(buyer, vat_ids),
            },
            "lines": lines,
        }


def write_csv(path: Path, count: int, vat_ids: float = 0.0) -> None:
    id_columns = ["buyer_registration_id", "buyer_vat_id"] if vat_ids else []
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS + id_columns)
        for order in generate_orders(count, vat_ids=vat_ids):
            buyer = order["buyer"]
            ids = [buyer.get("registration_id", ""), buyer.get("vat_id", "")] if vat_ids else []
            for line in order["lines"]:
                writer.writerow(
                    [
                        order["order_id"],
                        order["order_date"],
                        order["currency"],
                        order["payment_status"],
                        order["payment_method"],
                        buyer["id"],
                        buyer["name"],
                        buyer["email"],
                        buyer["city"],
                        buyer["country"],
                        line["name"],
                        line["sku"],
                        line["quantity"],
                        line["unit_price"],
                        line["vat_rate"],
                        line["price_includes_vat"],
                        *ids,
                    ]
                )


def write_json(path: Path, count: int, vat_ids: float = 0.0) -> None:
    with path.open("w", encoding="utf-8") as handle:
        handle.write("[\n")
        for index, order in enumerate(generate_orders(count, vat_ids=vat_ids)):
            if index:
                handle.write(",\n")
            json.dump(order, handle)
        handle.write("\n]\n")


def parse_csv(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as handle:
        return sum(1 for _ in csv.reader(handle))


def parse_json(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(len(order["lines"]) for order in ijson.items(handle, "item"))


def run_import(path: Path, workdir: Path, *, measure: Callable[[Callable[[], int]], object]) -> object:
    """Import `path` into a new database and company; only the import itself is measured."""
    folder = Path(tempfile.mkdtemp(dir=workdir))
    context = AppContext.open(data_dir=folder, secrets=open_secret_store(allow_memory=True))
    try:
        company = add_company(context, Company(name="Bench s.r.o.", country=Country.CZ))
        company_id = company.id
        assert company_id is not None

        def work() -> int:
            result = import_orders(context, path, company_id)
            if result.problems:
                raise SystemExit(f"the generated file did not import: {result.problems[:3]}")
            return result.orders_created

        return measure(work)
    finally:
        context.close()


class Times:
    """Wall and CPU seconds of one run; the best of several runs keeps the fastest of each."""

    def __init__(self, wall: float, cpu: float) -> None:
        self.wall, self.cpu = wall, cpu

    def best(self, other: Times) -> Times:
        return Times(min(self.wall, other.wall), min(self.cpu, other.cpu))


def timed(action: Callable[[], int]) -> tuple[Times, int]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = action()
    return Times(time.perf_counter() - wall, time.process_time() - cpu), value


def best_of(repeat: int, run: Callable[[], tuple[Times, int]]) -> tuple[Times, int]:
    times, value = run()
    for _ in range(repeat - 1):
        times = times.best(run()[0])
    return times, value


def peak_memory(action: Callable[[], int]) -> int:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def bench(kind: str, orders: int, workdir: Path, repeat: int, vat_ids: float) -> None:
    path = workdir / f"orders.{kind}"
    (write_csv if kind == "csv" else write_json)(path, orders, vat_ids)
    parse = parse_csv if kind == "csv" else parse_json
    base, _ = best_of(repeat, lambda: timed(lambda: parse(path)))
    imported, created = best_of(repeat, lambda: run_import(path, workdir, measure=timed))  # type: ignore[arg-type, return-value]
    base_peak = peak_memory(lambda: parse(path))
    import_peak = int(run_import(path, workdir, measure=peak_memory))  # type: ignore[call-overload]
    size_mb = path.stat().st_size / 1e6
    best = f", best of {repeat}" if repeat > 1 else ""
    print(f"{kind.upper()}: {created} orders, file {size_mb:.1f} MB{best}")
    for label, times, peak in (
        ("baseline parse", base, base_peak),
        ("import        ", imported, import_peak),
    ):
        print(f"  {label} : {times.wall:8.2f} s wall {times.cpu:8.2f} s CPU   peak {peak / 1e6:8.1f} MB")
    memory_ratio = import_peak / max(base_peak, 1)
    print(
        f"  ratio          : {imported.wall / base.wall:8.1f} x wall {imported.cpu / base.cpu:6.1f} x CPU"
        f"   {memory_ratio:6.1f} x memory"
    )
    per_file = import_peak / path.stat().st_size
    print(f"  ({created / imported.wall:,.0f} orders/s; import peak = {per_file:.2f} x file size)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000)
    parser.add_argument("--format", choices=["csv", "json", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=1, help="keep the best of this many runs")
    parser.add_argument("--vat-ids", type=float, default=0.0, help="share of buyers with an IČO and DIČ")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="invoicedesk-bench-") as folder:
        for kind in ["csv", "json"] if args.format == "both" else [args.format]:
            bench(kind, args.orders, Path(folder), max(args.repeat, 1), args.vat_ids)


if __name__ == "__main__":
    main()
