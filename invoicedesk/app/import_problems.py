"""What an import reports back: one problem per broken rule, pointing at the file, row and field."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ImportProblem:
    file: str
    row: int  # CSV: line number (the header is line 1); JSON: index of the order in the array (from 0)
    field: str  # CSV column ("line_vat_rate") or JSON path ("lines[1].vat_rate"); "" for the whole row
    message: str  # what is wrong
    hint: str  # what to do about it

    def __str__(self) -> str:
        where = f"{self.file}, row {self.row}" + (f", {self.field}" if self.field else "")
        return f"{where}: {self.message}. {self.hint}".strip()
