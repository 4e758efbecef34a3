"""Validation errors that point at a field and say how to fix it.

Every layer above turns these into something a bookkeeper can act on: the import report names the row and
field, the UI highlights the field, a connector maps a service's complaint back onto the same paths.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One broken rule on one field.

    `field` is a dotted path into the document or party ("buyer.vat_id", "lines[2].vat_rate");
    `message` names the rule that failed; `hint` says what to do about it.
    """

    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.field}: {self.message}" if self.field else self.message
        return f"{text} ({self.hint})" if self.hint else text


class DomainValidationError(ValueError):
    """Raised when input breaks one or more domain rules; carries every broken rule, not just the first."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors: list[FieldError] = list(errors)
        if not self.errors:
            raise ValueError("DomainValidationError needs at least one FieldError")
        super().__init__(str(self))

    @classmethod
    def single(cls, field: str, message: str, hint: str = "") -> DomainValidationError:
        return cls([FieldError(field, message, hint)])

    def __str__(self) -> str:
        if len(self.errors) == 1:
            return str(self.errors[0])
        return f"{len(self.errors)} problems: " + "; ".join(str(error) for error in self.errors)

    def for_field(self, field: str) -> list[FieldError]:
        return [error for error in self.errors if error.field == field]
