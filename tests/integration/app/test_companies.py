from __future__ import annotations

import pytest

from invoicedesk.app.companies import add_company, default_company, get_company, list_companies
from invoicedesk.core.documents import Address, BankAccount, Company, Country
from invoicedesk.core.errors import DomainValidationError


def test_a_company_is_stored_with_its_bank_accounts_and_home_currency(app_context) -> None:
    added = add_company(
        app_context,
        Company(
            name=" Tatry s.r.o. ",
            country=Country.SK,
            registration_id="",
            vat_id="sk2020317068",
            address=Address(street="Hlavná 1", city="Košice", postal_code="040 01"),
            bank_accounts=[BankAccount(iban="SK3112000000198742637541")],
        ),
    )
    [stored] = list_companies(app_context)
    assert stored == added
    assert (stored.name, stored.vat_id, stored.default_currency, stored.address.country) == (
        "Tatry s.r.o.",
        "SK2020317068",
        "EUR",
        "SK",
    )
    assert [account.iban for account in stored.bank_accounts] == ["SK3112000000198742637541"]


def test_invalid_identifiers_are_refused_naming_the_field(app_context) -> None:
    with pytest.raises(DomainValidationError) as raised:
        add_company(
            app_context,
            Company(name="Wrong", country=Country.CZ, registration_id="27082441", default_currency="XXQ"),
        )
    fields = {error.field for error in raised.value.errors}
    assert fields == {"registration_id", "default_currency"}
    assert all(error.hint for error in raised.value.errors)
    assert list_companies(app_context) == []


def test_two_companies_cannot_share_a_name(app_context) -> None:
    add_company(app_context, Company(name="Same", country=Country.PL))
    with pytest.raises(DomainValidationError, match="already exists"):
        add_company(app_context, Company(name="Same", country=Country.RO))
    assert [company.default_currency for company in list_companies(app_context)] == ["PLN"]


def test_companies_are_found_by_id_or_exact_name(app_context) -> None:
    first = add_company(app_context, Company(name="Alfa", country=Country.CZ))
    second = add_company(app_context, Company(name="Beta", country=Country.RO))
    assert get_company(app_context, first.id) == first
    assert get_company(app_context, str(second.id)) == second
    assert get_company(app_context, "Beta") == second
    with pytest.raises(LookupError) as raised:
        get_company(app_context, "Gama")
    assert f"{first.id} (Alfa)" in str(raised.value) and f"{second.id} (Beta)" in str(raised.value)


def test_the_default_company_is_the_only_one_or_must_be_named(app_context) -> None:
    with pytest.raises(LookupError, match="company add"):
        default_company(app_context, None)
    only = add_company(app_context, Company(name="Only", country=Country.CZ))
    assert default_company(app_context, None) == only
    add_company(app_context, Company(name="Second", country=Country.CZ))
    with pytest.raises(LookupError, match="--company"):
        default_company(app_context, None)
    assert default_company(app_context, "Only") == only
