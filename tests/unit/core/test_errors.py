import pytest

from invoicedesk.core.errors import DomainValidationError, FieldError


def test_single_error_reads_as_field_message_and_hint():
    error = DomainValidationError([FieldError("buyer.vat_id", "The checksum is wrong", "Copy it again.")])
    assert str(error) == "buyer.vat_id: The checksum is wrong (Copy it again.)"
    assert isinstance(error, ValueError)


def test_several_errors_are_all_kept_and_counted():
    errors = [FieldError("lines[0].vat_rate", "bad rate"), FieldError("currency", "unknown", "Use CZK.")]
    error = DomainValidationError(errors)
    assert error.errors == errors
    assert str(error) == "2 problems: lines[0].vat_rate: bad rate; currency: unknown (Use CZK.)"
    assert error.for_field("currency") == [errors[1]]


def test_an_error_without_a_broken_rule_is_refused():
    with pytest.raises(ValueError, match="at least one"):
        DomainValidationError([])


def test_field_error_is_immutable():
    error = FieldError("number", "missing")
    with pytest.raises(AttributeError):
        error.field = "other"  # type: ignore[misc]
