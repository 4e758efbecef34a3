"""Fakturoid's side of the mapping: the connection's choice first, then the defaults, else a field error."""

from __future__ import annotations

import json

import pytest

from invoicedesk.app import connections
from invoicedesk.connectors import fakturoid
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.fakturoid import mapping
from invoicedesk.core import payment_methods
from tests.unit.connectors.samples import invoice


def payload_with_map(document, user_map: dict[str, str] | None):
    settings = {} if user_map is None else {mapping.PAYMENT_METHOD_MAP_SETTING: json.dumps(user_map)}
    return mapping.invoice_payload(document, "K-1", subject_id="16", settings=settings,
                                   account_currency="CZK").body


def test_the_app_and_the_connector_agree_on_the_setting_name():
    assert connections.PAYMENT_METHOD_MAP_SETTING == mapping.PAYMENT_METHOD_MAP_SETTING


def test_the_published_enum_and_defaults_fit_together():
    codes = [m.code for m in fakturoid.fixed_payment_methods()]
    assert codes == ["bank", "cash", "cod", "card", "paypal", "custom"]
    assert all(m.name for m in fakturoid.fixed_payment_methods())
    defaults = fakturoid.default_payment_methods()
    assert set(defaults.values()) <= set(codes)
    assert set(defaults) <= {m.code for m in payment_methods.all_methods()}
    defaults["cash"] = "changed"  # a copy: callers cannot change what the connector sends
    assert fakturoid.default_payment_methods()["cash"] == "cash"


def test_every_local_method_has_a_custom_name_within_fakturoids_limit():
    for method in payment_methods.all_methods():
        assert 0 < len(mapping.CUSTOM_PAYMENT_LABELS[method.code]) <= 20


def test_the_connections_choice_wins_over_the_default():
    body = payload_with_map(invoice(payment_method="cash_on_delivery"), {"cash_on_delivery": "cash"})
    assert body["payment_method"] == "cash" and "custom_payment_method" not in body
    assert payload_with_map(invoice(payment_method="cash_on_delivery"), None)["payment_method"] == "cod"
    assert payload_with_map(invoice(payment_method="card"), {"cash": "bank"})["payment_method"] == "card"


def test_a_method_mapped_to_custom_goes_with_its_czech_name():
    body = payload_with_map(invoice(payment_method="online_gateway"), {"online_gateway": "custom"})
    assert (body["payment_method"], body["custom_payment_method"]) == ("custom", "Online platba")
    assert mapping.payment_method("card", {"card": "custom"}) == ("custom", "Kartou")


def test_a_local_method_with_neither_mapping_nor_default_points_at_the_grid():
    with pytest.raises(ConnectorError) as caught:
        payload_with_map(invoice(payment_method="online_gateway"), {"cash": "bank"})
    error = caught.value
    assert error.category is ErrorCategory.VALIDATION_FAILED
    (problem,) = error.field_errors
    assert problem.field == "payment_method"
    assert "payment-method grid" in problem.hint and "Resend" in problem.hint
    assert "online_gateway" in error.detail


def test_a_mapping_to_a_value_fakturoid_refuses_points_at_the_grid():
    with pytest.raises(ConnectorError) as caught:
        mapping.payment_method("cash", {"cash": "bitcoin"})
    (problem,) = caught.value.field_errors
    assert problem.field == "payment_method" and "payment-method grid" in problem.hint


def test_a_code_that_is_no_local_method_lists_the_methods_instead():
    with pytest.raises(ConnectorError) as caught:
        mapping.payment_method("barter", {})
    (problem,) = caught.value.field_errors
    assert problem.field == "payment_method" and "bank transfer" in problem.hint


@pytest.mark.parametrize("text", ["{", "[1, 2]", '{"cash": 7}', '"cash"'])
def test_a_damaged_mapping_is_a_validation_failure_not_a_crash(text):
    with pytest.raises(ConnectorError) as caught:
        mapping.payment_method_map({mapping.PAYMENT_METHOD_MAP_SETTING: text})
    assert caught.value.category is ErrorCategory.VALIDATION_FAILED
    assert caught.value.field_errors[0].field == "payment_method"


def test_no_mapping_setting_means_an_empty_mapping():
    assert mapping.payment_method_map({}) == {}
    assert mapping.payment_method_map({mapping.PAYMENT_METHOD_MAP_SETTING: ""}) == {}
    assert mapping.payment_method_map({mapping.PAYMENT_METHOD_MAP_SETTING: '{"cash": "bank"}'}) == {
        "cash": "bank"}
