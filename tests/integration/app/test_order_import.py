from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from invoicedesk.app.order_import import MAX_PROBLEMS, ImportResult, import_orders
from invoicedesk.app.orders import list_orders
from invoicedesk.app.paging import PageRequest
from invoicedesk.store.models import ClientModel, OrderLineModel, OrderModel
from invoicedesk.store.repositories.orders import OrderRepository

# Validation does not depend on the engine: rule-by-rule tests run on SQLite only.
sqlite_only = pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)

BASE_ROW = {
    "order_id": "A-1",
    "order_date": "2025-05-05",
    "currency": "CZK",
    "buyer_id": "B-1",
    "buyer_name": "Buyer s.r.o.",
    "buyer_email": "b@example.com",
    "buyer_country": "CZ",
    "line_name": "Thing",
    "line_quantity": "1",
    "line_unit_price": "100",
    "line_vat_rate": "21",
}


def write_csv(path: Path, rows: list[dict[str, str]], delimiter: str = ",") -> Path:
    columns = list(dict.fromkeys(key for row in rows for key in row))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def row(**changes: str) -> dict[str, str]:
    return {**BASE_ROW, **changes}


def counts(app_context) -> tuple[int, int, int]:
    with app_context.database.read_session() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (OrderModel, OrderLineModel, ClientModel)
        )


def only_problem(result: ImportResult):
    assert result.orders_created == 0
    assert len(result.problems) == 1, result.problems
    return result.problems[0]


def test_the_csv_sample_imports_exactly(app_context, company, resources) -> None:
    seen: list[int] = []
    result = import_orders(app_context, resources / "orders-sample.csv", company.id, progress=seen.append)
    assert (result.orders_created, result.orders_already_present, result.lines_read, result.problems) == (
        4,
        0,
        7,
        [],
    )
    assert seen == [4]
    with app_context.database.read_session() as session:
        order = OrderRepository(session).get_by_external_id(company.id, "WEB-1002")
    assert order is not None
    [line] = order.lines
    assert (line.name, line.quantity, line.unit_price, line.vat_rate, line.price_includes_vat) == (
        'Gift box "Morning"',
        Decimal("2"),
        Decimal("349.50"),
        Decimal("12"),
        True,
    )
    assert order.note == "Leave at the door" and order.shipping_method == "Zásilkovna"


def test_the_json_sample_imports_exactly(app_context, company, resources) -> None:
    result = import_orders(app_context, resources / "orders-sample.json", company.id)
    assert (result.orders_created, result.lines_read, result.problems) == (3, 5, [])
    with app_context.database.read_session() as session:
        order = OrderRepository(session).get_by_external_id(company.id, "SHOP-2002")
    assert order is not None
    assert [(line.quantity, line.unit_price) for line in order.lines] == [
        (Decimal("1"), Decimal("850.5")),
        (Decimal("2.5"), Decimal("107.36")),
    ]


def test_importing_the_same_file_twice_creates_nothing(app_context, company, resources) -> None:
    first = import_orders(app_context, resources / "orders-sample.csv", company.id)
    before = counts(app_context)
    again = import_orders(app_context, resources / "orders-sample.csv", company.id)
    assert (first.orders_created, again.orders_created, again.orders_already_present) == (4, 0, 4)
    assert again.problems == []
    assert counts(app_context) == before


def test_a_bad_row_imports_nothing_and_names_the_row_and_field(app_context, company, resources) -> None:
    result = import_orders(app_context, resources / "orders-bad-row.csv", company.id)
    problem = only_problem(result)
    assert (problem.file, problem.row, problem.field) == ("orders-bad-row.csv", 5, "line_vat_rate")
    assert "15 % is not a VAT rate of CZ on 2025-03-04" in problem.message
    assert "21 %, 12 % or 0 %" in problem.hint
    assert counts(app_context) == (0, 0, 0)


def test_a_changed_order_is_a_problem_that_names_both_versions(app_context, company, tmp_path) -> None:
    assert import_orders(app_context, write_csv(tmp_path / "first.csv", [row()]), company.id).succeeded
    changed = write_csv(tmp_path / "second.csv", [row(order_id="A-2"), row(line_unit_price="120")])
    problem = only_problem(import_orders(app_context, changed, company.id))
    assert (problem.file, problem.row, problem.field) == ("second.csv", 3, "order_id")
    assert "already imported from first.csv" in problem.message and "id 1" in problem.message
    assert "lines" in problem.message
    assert counts(app_context)[0] == 1  # A-2 was rolled back with the rest


@sqlite_only
@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"order_date": "5.5.2025"}, "order_date", "YYYY-MM-DD"),
        ({"order_date": "2025-02-30"}, "order_date", "YYYY-MM-DD"),
        ({"currency": "KCS"}, "currency", "ISO 4217"),
        ({"buyer_country": "Czechia"}, "buyer_country", "two-letter"),
        ({"buyer_country": "UK"}, "buyer_country", "GB"),
        ({"buyer_vat_id": "CZ25596642"}, "buyer_vat_id", ""),
        ({"buyer_registration_id": "1234"}, "buyer_registration_id", ""),
        ({"payment_method": "bitcoin"}, "payment_method", "bank_transfer"),
        ({"payment_status": "settled"}, "payment_status", "paid"),
        ({"line_quantity": "1.2.3"}, "line_quantity", "not a number"),
        ({"line_quantity": "0"}, "line_quantity", "0"),
        ({"line_unit_price": "0.00001"}, "line_unit_price", "decimal places"),
        ({"line_unit_price": "-5"}, "line_unit_price", "negative"),
        ({"line_vat_rate": "20"}, "line_vat_rate", "not a VAT rate"),
        ({"line_price_includes_vat": "maybe"}, "line_price_includes_vat", "yes/no"),
        ({"buyer_name": ""}, "buyer_name", "required"),
        ({"buyer_name": "x" * 201}, "buyer_name", "at most 200"),
    ],
)
def test_each_rule_names_row_field_and_fix(app_context, company, tmp_path, changes, field, words) -> None:
    file = write_csv(tmp_path / "orders.csv", [row(order_id="OK-1"), row(**changes)])
    problem = only_problem(import_orders(app_context, file, company.id))
    assert (problem.row, problem.field) == (3, field)
    assert words in problem.message + problem.hint
    assert problem.hint
    assert counts(app_context) == (0, 0, 0)


@sqlite_only
def test_semicolons_and_decimal_commas_from_spreadsheets_are_read(app_context, company, tmp_path) -> None:
    file = write_csv(tmp_path / "excel.csv", [row(line_unit_price="1 234,50", line_quantity="1,5")], ";")
    assert import_orders(app_context, file, company.id).orders_created == 1
    [order_row] = list_orders(app_context, company.id, PageRequest()).rows
    assert order_row.total_gross == Decimal("2240.62")  # 1851.75 net + 388.87 VAT


@sqlite_only
def test_rows_of_one_order_must_be_consecutive(app_context, company, tmp_path) -> None:
    file = write_csv(tmp_path / "mixed.csv", [row(), row(order_id="A-2"), row()])
    problem = only_problem(import_orders(app_context, file, company.id))
    assert (problem.row, problem.field) == (4, "order_id")
    assert "line 2" in problem.message and "consecutive" in problem.message


@sqlite_only
def test_order_columns_must_repeat_on_every_line_of_the_order(app_context, company, tmp_path) -> None:
    file = write_csv(tmp_path / "mixed.csv", [row(), row(buyer_city="Brno")])
    problem = only_problem(import_orders(app_context, file, company.id))
    assert (problem.row, problem.field) == (3, "buyer_city")


@sqlite_only
def test_problems_are_capped_and_the_rest_counted(app_context, company, tmp_path) -> None:
    rows = [row(order_id=f"X-{index}", currency="???") for index in range(MAX_PROBLEMS + 30)]
    result = import_orders(app_context, write_csv(tmp_path / "many.csv", rows), company.id)
    assert len(result.problems) == MAX_PROBLEMS + 1
    assert result.problems[-1].message == "… and 30 more problems"
    assert [problem.row for problem in result.problems[:3]] == [2, 3, 4]


@sqlite_only
def test_a_file_that_is_not_utf8_is_refused_with_advice(app_context, company, tmp_path) -> None:
    file = tmp_path / "cp1250.csv"
    file.write_bytes(
        ("\n".join([",".join(BASE_ROW), ",".join(row(buyer_name="Žluťoučký").values())]) + "\n").encode(
            "cp1250"
        )
    )
    problem = only_problem(import_orders(app_context, file, company.id))
    assert "not UTF-8" in problem.message and "CSV UTF-8" in problem.hint


@sqlite_only
def test_missing_and_unknown_columns_are_named(app_context, company, tmp_path) -> None:
    missing = {key: value for key, value in BASE_ROW.items() if key != "line_vat_rate"}
    problem = only_problem(import_orders(app_context, write_csv(tmp_path / "a.csv", [missing]), company.id))
    assert (problem.row, problem.field) == (1, "line_vat_rate")
    problem = only_problem(
        import_orders(app_context, write_csv(tmp_path / "b.csv", [row(vat_rate="21")]), company.id)
    )
    assert (problem.row, problem.field) == (1, "vat_rate") and "Unknown column" in problem.message


@sqlite_only
def test_a_missing_file_is_a_problem_not_a_crash(app_context, company, tmp_path) -> None:
    problem = only_problem(import_orders(app_context, tmp_path / "nope.csv", company.id))
    assert "does not exist" in problem.message


def test_buyers_become_clients_matched_by_id_then_vat_then_name_and_email(app_context, company, tmp_path):
    rows = [
        row(order_id="1", buyer_id="B-1"),
        row(order_id="2", buyer_id="B-1", buyer_name="Renamed s.r.o."),  # same external id
        row(order_id="3", buyer_id="", buyer_name="V", buyer_vat_id="CZ25596641"),
        row(order_id="4", buyer_id="B-9", buyer_name="V2", buyer_vat_id="CZ25596641"),  # same VAT id
        row(order_id="5", buyer_id="", buyer_name="Jana", buyer_email="J@x.example"),
        row(order_id="6", buyer_id="", buyer_name="jana", buyer_email="j@x.example"),  # same name + e-mail
        row(order_id="7", buyer_id="", buyer_name="Jana", buyer_email="other@x.example"),
    ]
    assert import_orders(app_context, write_csv(tmp_path / "c.csv", rows), company.id).succeeded
    with app_context.database.read_session() as session:
        by_order = dict(session.execute(select(OrderModel.external_id, OrderModel.client_id)).all())
        buyer_names = dict(session.execute(select(OrderModel.external_id, OrderModel.buyer_name)).all())
        assert session.scalar(select(func.count()).select_from(ClientModel)) == 4
    assert by_order["1"] == by_order["2"]
    assert by_order["3"] == by_order["4"]
    assert by_order["5"] == by_order["6"] != by_order["7"]
    assert buyer_names["2"] == "Renamed s.r.o."  # the order keeps the buyer as written on it
    # A later file matches the clients made by this one.
    more = [row(order_id="8", buyer_id="B-1"), row(order_id="9", buyer_id="", buyer_vat_id="CZ25596641")]
    assert import_orders(app_context, write_csv(tmp_path / "d.csv", more), company.id).succeeded
    with app_context.database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(ClientModel)) == 4


def test_a_failure_while_writing_rolls_everything_back(app_context, company, tmp_path, monkeypatch) -> None:
    import invoicedesk.app.order_import as order_import

    monkeypatch.setattr(order_import, "BATCH_SIZE", 2)
    original = OrderRepository.add_many
    calls = []

    def fail_on_second_batch(self, company_id, orders):
        calls.append(1)
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return original(self, company_id, orders)

    monkeypatch.setattr(OrderRepository, "add_many", fail_on_second_batch)
    rows = [row(order_id=f"R-{index}") for index in range(5)]
    with pytest.raises(RuntimeError, match="disk full"):
        import_orders(app_context, write_csv(tmp_path / "r.csv", rows), company.id)
    assert counts(app_context) == (0, 0, 0)


def write_json(path: Path, orders: object) -> Path:
    path.write_text(json.dumps(orders), encoding="utf-8")
    return path


JSON_ORDER = {
    "order_id": "J-1",
    "order_date": "2025-05-05",
    "currency": "CZK",
    "buyer": {"name": "Buyer", "country": "CZ"},
    "lines": [{"name": "Thing", "quantity": 1, "unit_price": "10", "vat_rate": 21}],
}


@sqlite_only
def test_json_problems_name_the_order_index_and_path(app_context, company, tmp_path) -> None:
    bad = json.loads(json.dumps(JSON_ORDER))
    bad["order_id"] = "J-2"
    bad["lines"].append({"name": "Other", "quantity": 1, "unit_price": "10", "vat_rate": 19})
    bad["buyer"]["colour"] = "blue"
    result = import_orders(app_context, write_json(tmp_path / "o.json", [JSON_ORDER, bad]), company.id)
    assert result.orders_created == 0
    assert sorted((problem.row, problem.field) for problem in result.problems) == [
        (1, "buyer.colour"),
        (1, "lines[1].vat_rate"),
    ]


@sqlite_only
def test_json_with_the_same_order_twice_is_refused(app_context, company, tmp_path) -> None:
    problem = only_problem(
        import_orders(app_context, write_json(tmp_path / "o.json", [JSON_ORDER, JSON_ORDER]), company.id)
    )
    assert (problem.row, problem.field) == (1, "order_id") and "twice" in problem.message


@sqlite_only
@pytest.mark.parametrize(
    ("text", "words"),
    [('{"orders": []}', "array"), ('[{"order_id": "J-1"}, {"order_id": ', "broken"), ("", "array")],
)
def test_broken_json_is_a_problem_not_a_crash(app_context, company, tmp_path, text, words) -> None:
    file = tmp_path / "broken.json"
    file.write_text(text, encoding="utf-8")
    problem = only_problem(import_orders(app_context, file, company.id))
    assert words in problem.message


def test_the_format_document_describes_every_column() -> None:
    import re

    from invoicedesk.app.order_sources import ALL_COLUMNS, REQUIRED_COLUMNS

    document = (Path(__file__).resolve().parents[3] / "docs" / "import-format.md").read_text(encoding="utf-8")
    table_rows = dict(re.findall(r"^\| `(\w+)` \|[^|]*\| ([^|]*) \|", document, flags=re.MULTILINE))
    assert set(table_rows) == set(ALL_COLUMNS)
    assert {name for name, required in table_rows.items() if required.strip() == "yes"} == set(
        REQUIRED_COLUMNS
    )


@sqlite_only
def test_a_repeated_bad_identifier_is_reported_on_every_row_that_has_it(
    app_context, company, tmp_path
) -> None:
    from invoicedesk.app.order_validation import identifier_problems

    before = identifier_problems.cache_info().hits
    rows = [row(order_id=f"V-{index}", buyer_vat_id="CZ25596642") for index in range(3)]
    rows.append(row(order_id="V-3", buyer_vat_id="CZ25596641"))
    result = import_orders(app_context, write_csv(tmp_path / "v.csv", rows), company.id)
    assert [(problem.row, problem.field) for problem in result.problems] == [
        (2, "buyer_vat_id"),
        (3, "buyer_vat_id"),
        (4, "buyer_vat_id"),
    ]
    assert len({(problem.message, problem.hint) for problem in result.problems}) == 1
    assert identifier_problems.cache_info().hits >= before + 2  # checked once, remembered for the rest
    assert counts(app_context) == (0, 0, 0)


@sqlite_only
def test_a_wrong_vat_rate_is_reported_on_every_order_that_has_it(app_context, company, tmp_path) -> None:
    rows = [
        row(order_id=f"R-{index}", line_vat_rate=rate) for index, rate in enumerate(["21", "20", "21", "20"])
    ]
    result = import_orders(app_context, write_csv(tmp_path / "r.csv", rows), company.id)
    assert [(problem.row, problem.field) for problem in result.problems] == [
        (3, "line_vat_rate"),
        (5, "line_vat_rate"),
    ]


@sqlite_only
@pytest.mark.parametrize(
    ("line", "where", "words"),
    [
        ({"quantity": "1e30", "unit_price": "1"}, (0, "lines[0].quantity"), "too large"),
        ({"quantity": 1, "unit_price": 10**14}, (0, "lines[0].unit_price"), "14 digits"),
        (
            {"quantity": "99999999999999", "unit_price": "99999999999999"},
            (0, "lines[0].quantity"),
            "too large",
        ),
        ({"quantity": 60_000_000_000_000, "unit_price": 1, "price_includes_vat": False}, (0, ""), "total"),
    ],
)
def test_amounts_too_large_to_store_are_problems_not_crashes(
    app_context, company, tmp_path, line, where, words
):
    order = {
        **JSON_ORDER,
        "lines": [{"name": "Thing", "vat_rate": 21, **line}, {"name": "Thing", "vat_rate": 21, **line}],
    }
    if isinstance(line["quantity"], str) and "e" in line["quantity"]:
        text = json.dumps([order]).replace('"1e30"', "1e30")  # a JSON number, not text
        file = tmp_path / "big.json"
        file.write_text(text, encoding="utf-8")
    else:
        file = write_json(tmp_path / "big.json", [order])
    result = import_orders(app_context, file, company.id)
    assert result.orders_created == 0
    assert (result.problems[0].row, result.problems[0].field) == where
    assert words in result.problems[0].message
    assert counts(app_context) == (0, 0, 0)


def test_a_quoted_value_over_several_lines_keeps_the_line_numbers_right(
    app_context, company, tmp_path
) -> None:
    file = tmp_path / "notes.csv"
    header = ",".join([*BASE_ROW, "note"])
    first = ",".join([*row(order_id="N-1").values(), '"two\nlines\r\nand a third"'])
    second = ",".join([*row(order_id="N-2", line_vat_rate="20").values(), ""])
    file.write_bytes(f"{header}\n{first}\n\n{second}\n".encode())
    problem = only_problem(import_orders(app_context, file, company.id))
    assert (problem.row, problem.field) == (6, "line_vat_rate")  # header, 3 lines of N-1, a blank line
    file.write_bytes(f"{header}\n{first}\n".encode())
    assert import_orders(app_context, file, company.id).orders_created == 1
    with app_context.database.read_session() as session:
        order = OrderRepository(session).get_by_external_id(company.id, "N-1")
    assert order is not None and order.note == "two\nlines\r\nand a third"


def test_the_buyer_is_stored_exactly_and_every_batch_matches_clients(
    app_context, company, tmp_path, monkeypatch
):
    import invoicedesk.app.order_import as order_import

    monkeypatch.setattr(order_import, "BATCH_SIZE", 2)
    buyer = {
        "buyer_id": "K-1",
        "buyer_name": 'Kavárna "U Mostu" s.r.o.',
        "buyer_email": "Objednávky@umostu.example",
        "buyer_registration_id": "25596641",
        "buyer_street": "Mostecká 12\\3",
        "buyer_city": "Praha 1",
    }
    rows = [row(order_id=f"K-{index}", **buyer) for index in range(5)]
    assert import_orders(app_context, write_csv(tmp_path / "k.csv", rows), company.id).orders_created == 5
    with app_context.database.read_session() as session:
        stored = [OrderRepository(session).get_by_external_id(company.id, f"K-{index}") for index in range(5)]
        assert session.scalar(select(func.count()).select_from(ClientModel)) == 1
        client_ids = set(session.scalars(select(OrderModel.client_id)))
    assert len(client_ids) == 1 and None not in client_ids
    for order in stored:
        assert order is not None
        assert (order.buyer.name, order.buyer.email, order.buyer.address.street) == (
            'Kavárna "U Mostu" s.r.o.',
            "Objednávky@umostu.example",
            "Mostecká 12\\3",
        )
        assert (order.buyer.registration_id, order.buyer.is_business, order.buyer.is_vat_payer) == (
            "25596641",
            True,
            False,
        )


@sqlite_only
def test_a_first_import_still_refuses_an_order_twice_in_different_batches(
    app_context, company, tmp_path, monkeypatch
) -> None:
    import invoicedesk.app.order_import as order_import

    monkeypatch.setattr(order_import, "BATCH_SIZE", 2)
    orders = [{**JSON_ORDER, "order_id": f"J-{index}"} for index in range(5)] + [
        JSON_ORDER | {"order_id": "J-1"}
    ]
    problem = only_problem(import_orders(app_context, write_json(tmp_path / "o.json", orders), company.id))
    assert (problem.row, problem.field) == (5, "order_id") and "index 1 and 5" in problem.message
    assert counts(app_context) == (0, 0, 0)


@sqlite_only
def test_changed_orders_beyond_the_shown_problems_are_counted_without_loading_them(
    app_context, company, tmp_path, monkeypatch
) -> None:
    first = [row(order_id=f"C-{index}") for index in range(MAX_PROBLEMS + 20)]
    assert import_orders(app_context, write_csv(tmp_path / "first.csv", first), company.id).succeeded
    loads = []
    original_get = OrderRepository.get
    monkeypatch.setattr(
        OrderRepository, "get", lambda self, order_id: loads.append(order_id) or original_get(self, order_id)
    )
    changed = [row(order_id=f"C-{index}", line_unit_price="101") for index in range(MAX_PROBLEMS + 20)]
    result = import_orders(app_context, write_csv(tmp_path / "second.csv", changed), company.id)
    assert len(loads) == MAX_PROBLEMS
    assert all("lines" in problem.message for problem in result.problems[:MAX_PROBLEMS])
    assert result.problems[-1].message == "… and 20 more problems"
    assert counts(app_context)[0] == MAX_PROBLEMS + 20


@sqlite_only
def test_json_broken_inside_the_first_order_says_so(app_context, company, tmp_path) -> None:
    file = tmp_path / "broken.json"
    file.write_text('[{"order_id": "J-1", "currency": CZK}]', encoding="utf-8")
    problem = only_problem(import_orders(app_context, file, company.id))
    assert problem.row == 0 and "broken in the first order" in problem.message


def test_a_file_that_breaks_after_written_batches_imports_nothing(
    app_context, company, tmp_path, monkeypatch
):
    import invoicedesk.app.order_import as order_import

    monkeypatch.setattr(order_import, "BATCH_SIZE", 2)
    orders = [{**JSON_ORDER, "order_id": f"J-{index}"} for index in range(7)]
    file = tmp_path / "cut.json"
    file.write_text(json.dumps(orders)[:-40], encoding="utf-8")  # the last order is cut short
    problem = only_problem(import_orders(app_context, file, company.id))
    assert "broken after the order at index 5" in problem.message
    assert counts(app_context) == (0, 0, 0)


def test_a_reimport_in_batches_adds_only_the_new_orders(app_context, company, tmp_path, monkeypatch) -> None:
    import invoicedesk.app.order_import as order_import

    monkeypatch.setattr(order_import, "BATCH_SIZE", 2)
    first = [row(order_id=f"P-{index}") for index in range(0, 9, 2)]
    assert (
        import_orders(app_context, write_csv(tmp_path / "first.csv", first), company.id).orders_created == 5
    )
    both = [row(order_id=f"P-{index}") for index in range(9)]
    again = import_orders(app_context, write_csv(tmp_path / "both.csv", both), company.id)
    assert (again.orders_created, again.orders_already_present, again.problems) == (4, 5, [])
    with app_context.database.read_session() as session:
        stored = set(session.scalars(select(OrderModel.external_id)))
    assert stored == {f"P-{index}" for index in range(9)}
    assert counts(app_context)[2] == 1  # every order's buyer is the one client


@sqlite_only
def test_json_order_ids_written_as_numbers_are_ids_like_any_other(app_context, company, tmp_path) -> None:
    numbered = [{**JSON_ORDER, "order_id": 5}, {**JSON_ORDER, "order_id": "6"}]
    assert (
        import_orders(app_context, write_json(tmp_path / "n.json", numbered), company.id).orders_created == 2
    )
    with app_context.database.read_session() as session:
        assert set(session.scalars(select(OrderModel.external_id))) == {"5", "6"}
    again = [{**JSON_ORDER, "order_id": 7, "currency": "???"}, {**JSON_ORDER, "order_id": "7"}]
    result = import_orders(app_context, write_json(tmp_path / "again.json", again), company.id)
    assert [(problem.row, problem.field) for problem in result.problems] == [(0, "currency"), (1, "order_id")]
    assert "twice (order at index 0 and 1)" in result.problems[1].message
