"""The payment-method grid: a row per local method, the service's choices, validated setting and clearing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from invoicedesk.app.activation import activate
from invoicedesk.app.payment_mappings import (
    MAX_FREE_TEXT,
    RemoteChoice,
    clear_mapping,
    fixed_enum_services,
    mapping_grid,
    set_mapping,
)
from invoicedesk.connectors import registry
from invoicedesk.core import payment_methods
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.store.models import PaymentMethodMappingModel

FAKTUROID_CHOICES = [
    RemoteChoice("bank", "Bank transfer"),
    RemoteChoice("cash", "Cash"),
    RemoteChoice("cod", "Cash on delivery"),
    RemoteChoice("card", "Card"),
    RemoteChoice("paypal", "PayPal"),
    RemoteChoice("custom", "Other (named)"),
]


def stored_mappings(app_context) -> int:
    with app_context.database.read_session() as session:
        return session.scalar(select(func.count()).select_from(PaymentMethodMappingModel))


def row_of(app_context, connection_id: int, local_code: str):
    return next(r for r in mapping_grid(app_context, connection_id) if r.local_code == local_code)


def test_the_fakturoid_grid_has_a_row_per_local_method_with_the_enum_and_defaults(app_context, connection):
    grid = mapping_grid(app_context, connection.id)

    assert [row.local_code for row in grid] == [m.code for m in payment_methods.all_methods()]
    assert [row.local_label for row in grid][:2] == ["Bank transfer", "Cash"]
    assert all(row.choices == FAKTUROID_CHOICES and not row.free_text for row in grid)
    assert all(row.remote_code == "" for row in grid)
    assert {row.local_code: row.default_remote_code for row in grid} == {
        "bank_transfer": "bank",
        "cash": "cash",
        "card": "card",
        "cash_on_delivery": "cod",
        "paypal": "paypal",
        "online_gateway": "",
        "offset": "custom",
        "voucher": "custom",
        "other": "custom",
    }
    assert [row.local_code for row in grid if row.needs_mapping] == ["online_gateway"]


def test_a_choice_is_saved_replaced_and_wins_over_the_default(app_context, connection):
    row = set_mapping(app_context, connection.id, "cash_on_delivery", " cash ")
    assert (row.remote_code, row.default_remote_code, row.effective_code) == ("cash", "cod", "cash")

    set_mapping(app_context, connection.id, "cash_on_delivery", "bank")
    set_mapping(app_context, connection.id, "online_gateway", "card")

    assert row_of(app_context, connection.id, "cash_on_delivery").effective_code == "bank"
    gateway = row_of(app_context, connection.id, "online_gateway")
    assert (gateway.effective_code, gateway.needs_mapping) == ("card", False)
    assert stored_mappings(app_context) == 2


def test_an_unknown_local_method_is_refused_naming_the_valid_ones(app_context, connection):
    with pytest.raises(DomainValidationError) as caught:
        set_mapping(app_context, connection.id, "bitcoin", "cash")
    (error,) = caught.value.errors
    assert error.field == "local_code" and "'bitcoin'" in error.message
    assert "bank_transfer" in error.hint and "online_gateway" in error.hint
    assert stored_mappings(app_context) == 0


def test_a_remote_code_outside_the_enum_is_refused_naming_the_choices(app_context, connection):
    for remote_code in ("bitcoin", "", "Bank", "custom:Poukaz"):
        with pytest.raises(DomainValidationError) as caught:
            set_mapping(app_context, connection.id, "voucher", remote_code)
        (error,) = caught.value.errors
        assert error.field == "remote_code" and "Fakturoid" in error.message
        assert "bank (Bank transfer)" in error.hint and "custom (Other (named))" in error.hint
    assert stored_mappings(app_context) == 0


def test_clearing_restores_the_default_and_touches_only_that_method(app_context, connection):
    set_mapping(app_context, connection.id, "card", "paypal")
    set_mapping(app_context, connection.id, "cash", "bank")

    row = clear_mapping(app_context, connection.id, "card")

    assert (row.remote_code, row.effective_code) == ("", "card")
    assert row_of(app_context, connection.id, "cash").remote_code == "bank"
    assert clear_mapping(app_context, connection.id, "card").remote_code == ""  # clearing twice is harmless
    with pytest.raises(DomainValidationError) as caught:
        clear_mapping(app_context, connection.id, "barter")
    assert caught.value.errors[0].field == "local_code"
    assert stored_mappings(app_context) == 1


def test_an_unknown_connection_is_a_lookup_error(app_context, connection):
    with pytest.raises(LookupError):
        mapping_grid(app_context, connection.id + 100)
    with pytest.raises(LookupError):
        set_mapping(app_context, connection.id + 100, "cash", "cash")


def test_mappings_belong_to_one_connection(app_context, company, connection, emulator):
    from invoicedesk.app.connections import add_connection, delete_connection

    from .conftest import fakturoid_secrets

    credentials = emulator.demo_credentials()
    other = add_connection(
        app_context,
        company.id,
        "fakturoid",
        {"slug": credentials["slug"], "email": credentials["email"], "base_url": emulator.base_url},
        fakturoid_secrets(emulator),
    )
    set_mapping(app_context, connection.id, "card", "paypal")

    assert row_of(app_context, other.id, "card").remote_code == ""
    delete_connection(app_context, connection.id)
    assert stored_mappings(app_context) == 0  # they go with their connection


def test_a_remote_list_offers_what_activate_remembered(app_context, add_fake_connection):
    connection = add_fake_connection("remote_list")

    before = mapping_grid(app_context, connection.id)
    assert all(row.choices == [] and row.default_remote_code == "" for row in before)
    with pytest.raises(DomainValidationError) as caught:
        set_mapping(app_context, connection.id, "cash", "12")
    assert caught.value.errors[0].field == "remote_code" and "Activate" in caught.value.errors[0].hint

    activate(app_context, connection.id)

    row = set_mapping(app_context, connection.id, "cash", "12")
    assert row.choices == [
        RemoteChoice("11", "Převodem"),
        RemoteChoice("12", "Hotově"),
        RemoteChoice("19", "Platební brána"),
    ]
    assert (row.remote_code, row.default_remote_code, row.free_text) == ("12", "", False)
    with pytest.raises(DomainValidationError) as caught:
        set_mapping(app_context, connection.id, "card", "99")
    assert "19 (Platební brána)" in caught.value.errors[0].hint


def test_a_free_text_service_takes_any_name_up_to_fifty_characters(app_context, add_fake_connection):
    connection = add_fake_connection("free_text")

    assert all(row.free_text and row.choices == [] for row in mapping_grid(app_context, connection.id))
    assert (
        set_mapping(app_context, connection.id, "offset", "  Zápočet pohledávek ").remote_code
        == "Zápočet pohledávek"
    )
    assert set_mapping(app_context, connection.id, "other", "x" * MAX_FREE_TEXT).remote_code == "x" * 50
    for bad in ("", "   ", "y" * (MAX_FREE_TEXT + 1)):
        with pytest.raises(DomainValidationError) as caught:
            set_mapping(app_context, connection.id, "voucher", bad)
        assert caught.value.errors[0].field == "remote_code"
    assert row_of(app_context, connection.id, "voucher").remote_code == ""


def test_every_fixed_enum_service_publishes_its_enum():
    fixed = {s.id for s in registry.services() if s.capabilities.payment_methods == "fixed_enum"}
    assert fixed <= fixed_enum_services()


def test_anaf_takes_each_methods_standard_code_and_offers_nothing_to_map(app_context):
    from invoicedesk.app.companies import add_company
    from invoicedesk.app.efactura_auth import configure_anaf
    from invoicedesk.core import payment_methods
    from invoicedesk.core.documents import Company, Country

    company = add_company(
        app_context, Company(name="Alfa Impex SRL", country=Country.RO, registration_id="14399840")
    )
    setup = configure_anaf(
        app_context, company.id, "client-id", "client-secret-value", [9002], "test", "Ion Pop"
    )

    rows = {row.local_code: row for row in mapping_grid(app_context, setup.connection_id)}

    assert set(rows) == {m.code for m in payment_methods.all_methods()}
    for method in payment_methods.all_methods():
        assert rows[method.code].effective_code == method.uncl4461
    with pytest.raises(DomainValidationError) as caught:
        set_mapping(app_context, setup.connection_id, "card", "30")
    assert caught.value.errors[0].field == "remote_code"
