"""Reading order files (CSV and JSON) into raw orders, one at a time, without loading the file whole.

A raw order is still text: validation (app/order_validation.py) turns it into a core Order. Field names are
those of the CSV columns; `label()` gives the name the user sees for their format ("line_vat_rate" in a CSV,
"lines[2].vat_rate" in a JSON file), so every problem points at what the user can find in the file.
The format is documented in docs/import-format.md; keep the two in step.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter
from pathlib import Path
from typing import Any, BinaryIO, TextIO

import ijson

ORDER_COLUMNS = (
    "order_id",
    "order_date",
    "currency",
    "status",
    "payment_status",
    "payment_method",
    "shipping_method",
    "note",
)
BUYER_COLUMNS = (
    "buyer_id",
    "buyer_name",
    "buyer_registration_id",
    "buyer_vat_id",
    "buyer_local_tax_id",
    "buyer_personal_id",
    "buyer_email",
    "buyer_phone",
    "buyer_street",
    "buyer_city",
    "buyer_postal_code",
    "buyer_country",
    "buyer_region",
    "buyer_is_business",
)
LINE_COLUMNS = (
    "line_name",
    "line_sku",
    "line_quantity",
    "line_unit",
    "line_unit_price",
    "line_vat_rate",
    "line_price_includes_vat",
)
ALL_COLUMNS = ORDER_COLUMNS + BUYER_COLUMNS + LINE_COLUMNS
REQUIRED_COLUMNS = (
    "order_id",
    "order_date",
    "currency",
    "buyer_name",
    "buyer_country",
    "line_name",
    "line_quantity",
    "line_unit_price",
    "line_vat_rate",
)
ORDER_LEVEL_COLUMNS = ORDER_COLUMNS + BUYER_COLUMNS

# Stands for a JSON object or array found where a single value belongs; validation reports it.
NOT_A_VALUE: Any = object()

Value = str | int | Decimal | bool | None


class SourceError(Exception):
    """The file cannot be read any further (encoding, broken JSON, missing columns)."""

    def __init__(self, row: int, field: str, message: str, hint: str) -> None:
        super().__init__(message)
        self.row = row
        self.field = field
        self.message = message
        self.hint = hint


@dataclass(frozen=True)
class SourceProblem:
    """A problem found while reading (not validating): wrong shape, unknown field, inconsistent rows."""

    row: int
    field: str
    message: str
    hint: str


@dataclass(slots=True)
class RawLine:
    row: int  # CSV line number; for JSON the order's index
    index: int  # position of the line in its order, from 0
    values: dict[str, Value]


@dataclass(slots=True)
class RawOrder:
    row: int  # CSV line number of the order's first row; for JSON the order's index in the array
    values: dict[str, Value]
    lines: list[RawLine] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)


class OrderSource:
    """Iterate over raw orders of one file; `label(column, line_index)` names a field as the user wrote it.

    A source remembers the order ids it has read (the one set that grows with the file) and reports an order
    id given twice as a problem of the later order.
    """

    file_name: str

    def __iter__(self) -> Iterator[RawOrder]:
        raise NotImplementedError

    def label(self, column: str, line_index: int | None = None) -> str:
        raise NotImplementedError


def open_source(path: Path) -> OrderSource:
    """The reader for the file's format, chosen by its extension (.json, else CSV)."""
    if path.suffix.lower() == ".json":
        return JsonOrderSource(path)
    return CsvOrderSource(path)


# ---------------------------------------------------------------- CSV


class CsvOrderSource(OrderSource):
    """One row per order line; the order and buyer columns repeat on every row of the order, and the rows of
    one order are consecutive. Comma or semicolon separated (spreadsheets in CZ/SK/PL/RO save with ";")."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file_name = path.name

    def label(self, column: str, line_index: int | None = None) -> str:
        return column

    def _read_header(self, handle: TextIO) -> tuple[Any, list[str]]:
        try:
            first_line = handle.readline()
        except UnicodeDecodeError as exc:
            raise _not_utf8(1) from exc
        if not first_line.strip():
            raise SourceError(
                1,
                "",
                "The file is empty or its first line is blank",
                "The first line must name the columns; see docs/import-format.md.",
            )
        delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
        header = next(csv.reader([first_line], delimiter=delimiter))
        columns = [name.strip().lower() for name in header]
        unknown = [name for name in columns if name not in ALL_COLUMNS]
        if unknown:
            raise SourceError(
                1,
                unknown[0],
                f"Unknown column(s): {', '.join(repr(name) for name in unknown)}",
                "Rename or remove them; the columns are listed in docs/import-format.md.",
            )
        missing = [name for name in REQUIRED_COLUMNS if name not in columns]
        if missing:
            raise SourceError(
                1,
                missing[0],
                f"Required column(s) missing: {', '.join(missing)}",
                "Add them to the first line; see docs/import-format.md.",
            )
        duplicated = sorted({name for name in columns if columns.count(name) > 1})
        if duplicated:
            raise SourceError(
                1,
                duplicated[0],
                f"Column(s) named twice: {', '.join(duplicated)}",
                "Keep one column of each name.",
            )
        return csv.reader(handle, delimiter=delimiter), columns

    def __iter__(self) -> Iterator[RawOrder]:
        # utf-8-sig: spreadsheets often start UTF-8 files with a byte-order mark.
        with self.path.open(encoding="utf-8-sig", newline="") as handle:
            yield from self._orders(handle)

    def _orders(self, handle: TextIO) -> Iterator[RawOrder]:
        reader, columns = self._read_header(handle)
        width = len(columns)
        order_names = tuple(name for name in ORDER_LEVEL_COLUMNS if name in columns)
        line_names = tuple(name for name in LINE_COLUMNS if name in columns)
        order_values_of = _picker([columns.index(name) for name in order_names])
        line_values_of = _picker([columns.index(name) for name in line_names])

        # The pickers give exactly one value per name: zip(strict=True) would only cost time (twice as much).
        def line_of(record: list[str]) -> dict[str, Value]:
            return dict(zip(line_names, line_values_of(record), strict=False))

        order_id_at = columns.index("order_id")
        seen: dict[str, int] = {}
        current: RawOrder | None = None
        current_order_id, current_order_values = "", ()
        lines_before = 0  # lines the reader had consumed before the current record (the header not counted)
        try:
            for record in reader:
                # A record starts on the line after the previous one ended (a quoted value may span lines);
                # +2: the header is line 1 and was read before the reader started counting.
                row = lines_before + 2
                lines_before = reader.line_num
                if not "".join(record).strip():
                    continue
                problems: list[SourceProblem] = []
                if len(record) != width:  # rare: reported, and the record padded or cut to the header's width
                    problems.append(
                        SourceProblem(
                            row,
                            "",
                            f"This line has {len(record)} fields but the header has {width}",
                            "Check the separators and quotes on this line.",
                        )
                    )
                    record = (record + [""] * width)[:width]
                record = list(map(str.strip, record))
                order_values = order_values_of(record)
                order_id = record[order_id_at]
                if current is not None and order_id and order_id == current_order_id:
                    if order_values != current_order_values:
                        repeated = dict(zip(order_names, order_values, strict=False))
                        _check_repeated_columns(current, repeated, row, problems)
                    current.lines.append(RawLine(row, len(current.lines), line_of(record)))
                    if problems:
                        current.problems.extend(problems)
                    continue
                if current is not None:
                    yield current
                if order_id and order_id in seen:
                    problems.append(
                        SourceProblem(
                            row,
                            "order_id",
                            f"Order {order_id!r} already appeared on line {seen[order_id]}; the rows of one "
                            "order must be consecutive",
                            "Sort the file by order_id, or give the two orders different ids.",
                        )
                    )
                elif order_id:
                    seen[order_id] = row
                current = RawOrder(
                    row,
                    dict(zip(order_names, order_values, strict=False)),
                    [RawLine(row, 0, line_of(record))],
                    problems,
                )
                current_order_id, current_order_values = order_id, order_values
        except UnicodeDecodeError as exc:
            raise _not_utf8(reader.line_num + 2) from exc
        except csv.Error as exc:
            raise SourceError(
                reader.line_num + 1,
                "",
                f"The CSV cannot be read here: {exc}",
                "Check the quotes on this line.",
            ) from exc
        if current is not None:
            yield current


def _picker(indexes: list[int]) -> Callable[[list[str]], tuple[str, ...]]:
    """The values at `indexes` of a record, always as a tuple (itemgetter returns a bare value for one)."""
    if len(indexes) == 1:
        only = indexes[0]
        return lambda record: (record[only],)
    return itemgetter(*indexes)


def _check_repeated_columns(
    order: RawOrder, values: dict[str, Value], row: int, problems: list[SourceProblem]
) -> None:
    for name in ORDER_LEVEL_COLUMNS:
        if name in values and values[name] != order.values.get(name):
            problems.append(
                SourceProblem(
                    row,
                    name,
                    f"{name} is {values[name]!r} here but {order.values.get(name)!r} on line {order.row}, "
                    f"the first line of order {order.values.get('order_id')!r}",
                    "Every line of one order must repeat the same order and buyer values.",
                )
            )


def _not_utf8(row: int) -> SourceError:
    return SourceError(
        row,
        "",
        "The file is not UTF-8 text",
        'Save it as "CSV UTF-8" (Excel: File > Save As > CSV UTF-8), or as UTF-8 from your shop system.',
    )


# ---------------------------------------------------------------- JSON

_UTF8_BOM = b"\xef\xbb\xbf"
_JSON_BUYER_KEYS = {name.removeprefix("buyer_"): name for name in BUYER_COLUMNS}
_JSON_LINE_KEYS = {name.removeprefix("line_"): name for name in LINE_COLUMNS}


class JsonOrderSource(OrderSource):
    """A top-level array of orders, each with a "buyer" object and a "lines" array. Parsed with ijson, one
    order at a time, so a file of any size needs the memory of one order."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.file_name = path.name

    def label(self, column: str, line_index: int | None = None) -> str:
        if column in _LINE_LABELS:
            return f"lines[{line_index or 0}].{_LINE_LABELS[column]}"
        if column in _BUYER_LABELS:
            return f"buyer.{_BUYER_LABELS[column]}"
        return column

    def __iter__(self) -> Iterator[RawOrder]:
        with self.path.open("rb") as handle:
            yield from self._orders(handle)

    @staticmethod
    def _skip_to_array(handle: BinaryIO) -> None:
        start = handle.read(4096)
        body = start.removeprefix(_UTF8_BOM)
        if not body.lstrip(b" \t\r\n").startswith(b"["):
            raise SourceError(
                0,
                "",
                "The file does not start with a JSON array of orders",
                'Put the orders in a top-level array: [ {"order_id": …}, … ]; see docs/import-format.md.',
            )
        handle.seek(len(start) - len(body))

    def _orders(self, handle: BinaryIO) -> Iterator[RawOrder]:
        self._skip_to_array(handle)
        index = -1
        first_index: dict[str, int] = {}  # of each order id, to refuse an order given twice
        try:
            for index, item in enumerate(ijson.items(handle, "item")):
                order = self._raw_order(index, item)
                _refuse_repeated_id(order, first_index)
                yield order
        except UnicodeDecodeError as exc:
            raise SourceError(
                index + 1, "", "The file is not UTF-8 text", "Save the JSON file as UTF-8."
            ) from exc
        except ijson.JSONError as exc:
            where = f"after the order at index {index}" if index >= 0 else "in the first order"
            raise SourceError(
                index + 1,
                "",
                f"The JSON is broken {where}: {exc}",
                "Check the file with a JSON validator; every order needs its closing brace and commas.",
            ) from exc

    def _raw_order(self, index: int, item: Any) -> RawOrder:
        order = RawOrder(index, {})
        if not isinstance(item, dict):
            order.problems.append(
                SourceProblem(
                    index,
                    "",
                    "This entry is not an order object",
                    "Every entry of the array must be an object { … }.",
                )
            )
            return order
        for key, value in item.items():
            if key == "buyer":
                self._buyer(order, value)
            elif key == "lines":
                self._lines(order, value)
            elif key in ORDER_COLUMNS:
                order.values[key] = _json_scalar(value)
            else:
                order.problems.append(_unknown_key(index, key, "order", (*ORDER_COLUMNS, "buyer", "lines")))
        if "order_id" in order.values:
            order.values["order_id"] = _as_text(order.values["order_id"])
        return order

    def _buyer(self, order: RawOrder, buyer: Any) -> None:
        if not isinstance(buyer, dict):
            order.problems.append(
                SourceProblem(
                    order.row,
                    "buyer",
                    "buyer must be an object",
                    'Write the buyer as { "name": …, "country": … }.',
                )
            )
            return
        for key, value in buyer.items():
            if key in _JSON_BUYER_KEYS:
                order.values[_JSON_BUYER_KEYS[key]] = _json_scalar(value)
            else:
                order.problems.append(
                    _unknown_key(order.row, f"buyer.{key}", "buyer", tuple(_JSON_BUYER_KEYS))
                )

    def _lines(self, order: RawOrder, lines: Any) -> None:
        if not isinstance(lines, list):
            order.problems.append(
                SourceProblem(
                    order.row,
                    "lines",
                    "lines must be an array",
                    'Write the lines as [ { "name": …, "quantity": … }, … ].',
                )
            )
            return
        for position, line in enumerate(lines):
            values: dict[str, Value] = {}
            if not isinstance(line, dict):
                order.problems.append(
                    SourceProblem(
                        order.row,
                        f"lines[{position}]",
                        "A line must be an object",
                        'Write each line as { "name": …, "quantity": … }.',
                    )
                )
                continue
            for key, value in line.items():
                if key in _JSON_LINE_KEYS:
                    values[_JSON_LINE_KEYS[key]] = _json_scalar(value)
                else:
                    order.problems.append(
                        _unknown_key(order.row, f"lines[{position}].{key}", "line", tuple(_JSON_LINE_KEYS))
                    )
            order.lines.append(RawLine(order.row, position, values))


def _refuse_repeated_id(order: RawOrder, first_index: dict[str, int]) -> None:
    order_id = order.values.get("order_id")
    if not isinstance(order_id, str) or not order_id:
        return  # validation says what is wrong with it
    first = first_index.setdefault(order_id, order.row)
    if first != order.row:
        order.problems.append(
            SourceProblem(
                order.row,
                "order_id",
                f"Order {order_id!r} is in the file twice (order at index {first} and {order.row})",
                "Remove one of them or give them different ids.",
            )
        )


_BUYER_LABELS = {column: key for key, column in _JSON_BUYER_KEYS.items()}
_LINE_LABELS = {column: key for key, column in _JSON_LINE_KEYS.items()}


def _json_scalar(value: Any) -> Value:
    if value is None or isinstance(value, str | bool | int | Decimal):
        return value.strip() if isinstance(value, str) else value
    return NOT_A_VALUE


def _as_text(value: Value) -> Value:
    """An order id written as a JSON number, as the text validation will read it."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value) if isinstance(value, int | Decimal) else value


def _unknown_key(row: int, label: str, what: str, known: tuple[str, ...]) -> SourceProblem:
    return SourceProblem(
        row,
        label,
        f"Unknown {what} field {label!r}",
        f"Rename or remove it; {what} fields are: {', '.join(known)}.",
    )
