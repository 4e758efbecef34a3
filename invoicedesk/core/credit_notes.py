"""Credit notes (corrective tax documents) for an issued invoice, in full or in part."""

from __future__ import annotations

import dataclasses
from datetime import date

from invoicedesk.core.documents import Document, DocumentLine, DocumentReference, DocumentType
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.totals import compute_totals


def credit_note_for(
    original: Document,
    *,
    number: str,
    issue_date: date,
    reason: str,
    lines: list[DocumentLine] | None = None,
) -> Document:
    """A credit note that reverses `original`, wholly (lines=None) or the given lines.

    `lines` are written as they stood on the original (positive quantities for goods sold); the credit note
    negates their quantities and discounts but keeps unit prices positive, because EN 16931 BR-27 forbids a
    negative item price. Negating the discount together with the quantity keeps each line's net exactly the
    negation of the original's.
    """
    errors: list[FieldError] = []
    if original.doc_type != DocumentType.INVOICE:
        errors.append(
            FieldError(
                "corrects",
                f"Only an invoice can be credited; {original.number} is a "
                f"{DocumentType(original.doc_type).value}",
                "Credit the invoice that settled it; a proforma is cancelled, a credit note is not credited.",
            )
        )
    if not number.strip():
        errors.append(
            FieldError("number", "The credit note has no number", "Allocate a number from a series.")
        )
    if not reason.strip():
        errors.append(
            FieldError(
                "correction_reason",
                "The reason for the correction is missing",
                "Say why the invoice is corrected, e.g. 'Goods returned'; the tax rules require it.",
            )
        )
    if issue_date < original.issue_date:
        errors.append(
            FieldError(
                "issue_date",
                f"The credit note is dated {issue_date.isoformat()}, before the invoice it corrects "
                f"({original.issue_date.isoformat()})",
                "Use today's date or a date on or after the invoice's issue date.",
            )
        )
    source_lines = original.lines if lines is None else lines
    if not source_lines:
        errors.append(
            FieldError("lines", "There is nothing to credit", "Choose at least one line to credit.")
        )
    if errors:
        raise DomainValidationError(errors)

    credit = dataclasses.replace(
        original,
        doc_type=DocumentType.CREDIT_NOTE,
        number=number,
        issue_date=issue_date,
        tax_point_date=None,
        due_date=None,
        lines=[_negated(line) for line in source_lines],
        corrects=DocumentReference(original.number, original.issue_date, original.id),
        correction_reason=reason,
        variable_symbol="",
        id=None,
        series_id=None,
    )
    if lines is not None:
        _refuse_crediting_more_than_invoiced(original, credit)
    return credit


def _negated(line: DocumentLine) -> DocumentLine:
    return dataclasses.replace(line, quantity=-line.quantity, discount=-line.discount)


def _refuse_crediting_more_than_invoiced(original: Document, credit: Document) -> None:
    invoiced = compute_totals(original).gross
    credited = -compute_totals(credit).gross
    if abs(credited) > abs(invoiced):
        raise DomainValidationError.single(
            "lines",
            f"The credit note takes back {credited} {credit.currency}, more than invoice {original.number} "
            f"charged ({invoiced} {original.currency})",
            "Credit at most the quantities and prices of the original invoice.",
        )
