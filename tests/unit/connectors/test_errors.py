from __future__ import annotations

import datetime as dt

import pytest

from invoicedesk.connectors.errors import (
    Advice,
    CapabilityMissingError,
    ConnectorError,
    ErrorCategory,
    advice,
)
from invoicedesk.core.errors import FieldError


@pytest.mark.parametrize("category", list(ErrorCategory))
def test_every_category_has_advice_a_bookkeeper_can_act_on(category: ErrorCategory) -> None:
    shown = advice(category)
    assert isinstance(shown, Advice)
    assert shown.title and shown.cause and shown.what_to_do
    assert shown.title != shown.cause != shown.what_to_do
    assert advice(category.value) == shown


def test_advice_differs_between_categories() -> None:
    titles = {advice(c).title for c in ErrorCategory}
    assert len(titles) == len(ErrorCategory)


def test_error_carries_its_facts_and_shows_field_errors() -> None:
    at = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    error = ConnectorError(
        ErrorCategory.VALIDATION_FAILED, "Fakturoid rejected some fields",
        field_errors=[FieldError("lines[0].unit_price", "is not a number")],
        retry_after=3.0, retry_at=at, service="fakturoid", http_status=422)
    assert error.category is ErrorCategory.VALIDATION_FAILED
    assert (error.retry_after, error.retry_at, error.http_status) == (3.0, at, 422)
    assert str(error) == "fakturoid: Fakturoid rejected some fields\n  lines[0].unit_price: is not a number"
    assert error.advice == advice(ErrorCategory.VALIDATION_FAILED)
    assert not error.is_transient


@pytest.mark.parametrize(("category", "transient"), [
    (ErrorCategory.RATE_LIMITED, True), (ErrorCategory.SERVICE_UNAVAILABLE, True),
    (ErrorCategory.NETWORK, True),
    (ErrorCategory.UNCERTAIN_OUTCOME, False), (ErrorCategory.CREDENTIALS_REFUSED, False),
])
def test_only_conditions_that_pass_by_themselves_are_transient(category: ErrorCategory,
                                                               transient: bool) -> None:
    assert ConnectorError(category, "x").is_transient is transient


def test_capability_missing_names_the_operation() -> None:
    error = CapabilityMissingError("ifirma", "Reading clients")
    assert error.category is ErrorCategory.CAPABILITY_MISSING
    assert error.operation == "Reading clients"
    assert "Reading clients" in str(error) and "ifirma" in str(error)


def test_unknown_category_is_refused() -> None:
    with pytest.raises(ValueError):
        advice("everything_is_fine")
