import pytest

from invoicedesk.core.documents import Address, BankAccount
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.identifiers import IdKind, validate_identifier, validate_party
from tests.unit.core.builders import make_client, make_company


@pytest.mark.parametrize(
    ("kind", "value", "canonical"),
    [
        (IdKind.CZ_ICO, "25596641", "25596641"),
        (IdKind.CZ_ICO, "255 96 641", "25596641"),
        (IdKind.CZ_ICO, "6947", None),  # too short even for dropped zeros
        (IdKind.CZ_ICO, "177041", "00177041"),  # a spreadsheet dropped the leading zeros
        (IdKind.CZ_DIC, "CZ25596641", "CZ25596641"),
        (IdKind.CZ_DIC, "cz 25596641", "CZ25596641"),
        (IdKind.CZ_DIC, "25596641", "CZ25596641"),
        (IdKind.CZ_DIC, "7103192745", "CZ7103192745"),  # a person's DIČ is the birth number
        (IdKind.SK_ICO, "35763469", "35763469"),
        (IdKind.SK_DIC, "2020273893", "2020273893"),
        (IdKind.SK_IC_DPH, "SK 202 274 96 19", "SK2022749619"),
        (IdKind.SK_IC_DPH, "2022749619", "SK2022749619"),
        (IdKind.PL_NIP, "123-456-32-18", "1234563218"),
        (IdKind.PL_NIP, "PL1234563218", "1234563218"),
        (IdKind.PL_REGON, "192598184", "192598184"),
        (IdKind.PL_REGON, "12345678512347", "12345678512347"),
        (IdKind.RO_CUI, "18547290", "18547290"),
        (IdKind.RO_CUI, "RO 18547290", "18547290"),
        (IdKind.RO_CIF, "RO18547290", "RO18547290"),
        (IdKind.RO_CIF, "18547290", "18547290"),
        (IdKind.RO_CNP, "1630615123457", "1630615123457"),
        (IdKind.IBAN, "CZ65 0800 0000 1920 0014 5399", "CZ6508000000192000145399"),
        (IdKind.IBAN, "pl61109010140000071219812874", "PL61109010140000071219812874"),
        (IdKind.IBAN, "RO49AAAA1B31007593840000", "RO49AAAA1B31007593840000"),
        (IdKind.BIC, "GIBACZPX", "GIBACZPX"),
        (IdKind.EU_VAT, "DE136695976", "DE136695976"),
        (IdKind.EU_VAT, "el 094259216", "EL094259216"),
        (IdKind.EU_VAT, "RO18547290", "RO18547290"),
    ],
)
def test_valid_identifiers_come_back_in_canonical_form(kind, value, canonical):
    if canonical is None:
        with pytest.raises(DomainValidationError):
            validate_identifier(kind, value, field="x")
    else:
        assert validate_identifier(kind, value, field="x") == canonical


def test_wrong_polish_nip_names_field_rule_and_fix():
    with pytest.raises(DomainValidationError) as caught:
        validate_identifier(IdKind.PL_NIP, "1234567890", field="buyer.vat_id")
    assert caught.value.errors == [
        FieldError(
            "buyer.vat_id",
            "The checksum of the Polish NIP 1234567890 is wrong",
            "Copy the NIP from the buyer's invoice or the VAT register; it has 10 digits.",
        )
    ]


@pytest.mark.parametrize(
    ("kind", "value", "message", "hint_part"),
    [
        (IdKind.CZ_ICO, "25596642", "The checksum of the Czech IČO 25596642 is wrong", "8 digits"),
        (IdKind.CZ_ICO, "2559664A", "The Czech IČO 2559664A has the wrong format", "ARES"),
        (
            IdKind.CZ_ICO,
            "123456789",
            "The Czech IČO 123456789 has the wrong number of characters",
            "8 digits",
        ),
        (IdKind.CZ_DIC, "CZ25596642", "The checksum of the Czech DIČ CZ25596642 is wrong", "CZ followed by"),
        (IdKind.SK_ICO, "35763468", "The checksum of the Slovak IČO 35763468 is wrong", "RPO/ORSR"),
        (IdKind.SK_DIC, "2020273894", "The checksum of the Slovak DIČ 2020273894 is wrong", "10 digits"),
        (IdKind.SK_DIC, "SK2020273893", "The Slovak DIČ SK2020273893 has the wrong format", "10 digits"),
        (
            IdKind.SK_IC_DPH,
            "SK2022749618",
            "The checksum of the Slovak IČ DPH SK2022749618 is wrong",
            "SK followed",
        ),
        (
            IdKind.PL_REGON,
            "192598185",
            "The checksum of the Polish REGON 192598185 is wrong",
            "9 or 14 digits",
        ),
        (IdKind.RO_CUI, "18547291", "The checksum of the Romanian CUI 18547291 is wrong", "2 to 10 digits"),
        (IdKind.RO_CIF, "RO18547291", "The checksum of the Romanian CIF RO18547291 is wrong", "RO in front"),
        (
            IdKind.IBAN,
            "CZ6508000000192000145398",
            "The checksum of the IBAN CZ6508000000192000145398 is wrong",
            "bank",
        ),
        (IdKind.BIC, "GIBACZP", "The BIC GIBACZP has the wrong number of characters", "8 or 11"),
        (IdKind.EU_VAT, "XX123456", "The EU VAT number XX123456 contains a part that cannot exist", "VIES"),
    ],
)
def test_invalid_identifiers_say_which_rule_failed(kind, value, message, hint_part):
    with pytest.raises(DomainValidationError) as caught:
        validate_identifier(kind, value, field="seller.registration_id")
    [error] = caught.value.errors
    assert error.field == "seller.registration_id"
    assert error.message.startswith(message)
    assert hint_part in error.hint


def test_a_personal_number_is_never_repeated_whole_in_a_message():
    with pytest.raises(DomainValidationError) as caught:
        validate_identifier(IdKind.RO_CNP, "1630615123458", field="buyer.personal_id")
    [error] = caught.value.errors
    assert "1630615123458" not in error.message
    assert error.message == "The checksum of the Romanian CNP ending in …3458 is wrong"
    assert error.hint == "Copy the CNP from the buyer's identity card; it has 13 digits."


@pytest.mark.parametrize(
    ("field", "whose"),
    [
        ("buyer.vat_id", "the buyer's"),
        ("seller.vat_id", "the seller's"),
        ("company.vat_id", "your company's"),
        ("clients[3].vat_id", "the client's"),
        ("vat_id", "the party's"),
    ],
)
def test_hint_speaks_of_the_party_the_field_belongs_to(field, whose):
    with pytest.raises(DomainValidationError) as caught:
        validate_identifier(IdKind.PL_NIP, "1234567890", field=field)
    assert f"from {whose} invoice" in caught.value.errors[0].hint


def test_an_empty_identifier_is_missing_not_malformed():
    with pytest.raises(DomainValidationError) as caught:
        validate_identifier(IdKind.CZ_ICO, "  ", field="company.registration_id")
    [error] = caught.value.errors
    assert (error.field, error.message) == ("company.registration_id", "The Czech IČO is missing")


def test_non_text_is_a_programming_error():
    with pytest.raises(TypeError):
        validate_identifier(IdKind.CZ_ICO, 25596641, field="x")  # type: ignore[arg-type]


# validate_party


def test_a_valid_party_has_no_errors_and_empty_ids_are_allowed():
    assert validate_party(make_company(), "CZ", prefix="seller") == []
    private_buyer = make_client(registration_id="", vat_id="", is_business=False)
    assert validate_party(private_buyer, "CZ", prefix="buyer") == []


def test_every_bad_id_of_a_party_is_reported_with_its_path():
    client = make_client(registration_id="25596642", vat_id="CZ25596642", local_tax_id="CZ1")
    errors = validate_party(client, "CZ", prefix="buyer")
    assert [e.field for e in errors] == ["buyer.registration_id", "buyer.vat_id", "buyer.local_tax_id"]
    assert "Czech IČO" in errors[0].message and "Czech DIČ" in errors[1].message


@pytest.mark.parametrize(
    ("country", "registration_id", "vat_id", "local_tax_id"),
    [
        ("SK", "35763469", "SK2022749619", "2020273893"),
        ("PL", "192598184", "PL1234563218", "1234563218"),
        ("PL", "192598184", "1234563218", ""),
        ("RO", "18547290", "RO18547290", ""),
        ("RO", "18547290", "18547290", ""),
    ],
)
def test_ids_are_read_by_the_rules_of_the_partys_country(country, registration_id, vat_id, local_tax_id):
    party = make_client(
        address=Address(country=country),
        registration_id=registration_id,
        vat_id=vat_id,
        local_tax_id=local_tax_id,
    )
    assert validate_party(party, country, prefix="buyer") == []


def test_a_prefixed_vat_id_is_named_as_its_country_knows_it():
    [error] = validate_party(make_client(vat_id="SK2022749618"), "CZ", prefix="buyer")
    assert error.message.startswith("The checksum of the Slovak IČ DPH")
    [error] = validate_party(
        make_client(address=Address(country="PL"), registration_id="", vat_id="PL1234567890"),
        "PL",
        prefix="buyer",
    )
    assert error.message == "The checksum of the Polish NIP PL1234567890 is wrong"


def test_romanian_private_buyer_cnp_is_checked():
    buyer = make_client(registration_id="", vat_id="", personal_id="1630615123458", is_business=False)
    [error] = validate_party(buyer, "RO", prefix="buyer")
    assert error.field == "buyer.personal_id"
    assert "Romanian CNP" in error.message


def test_foreign_eu_vat_ids_are_checked_with_or_without_prefix():
    assert (
        validate_party(make_client(registration_id="HRB 1", vat_id="DE136695976"), "DE", prefix="buyer") == []
    )
    assert (
        validate_party(make_client(registration_id="HRB 1", vat_id="136695976"), "DE", prefix="buyer") == []
    )
    [error] = validate_party(make_client(registration_id="HRB 1", vat_id="DE136695977"), "DE", prefix="buyer")
    assert error.field == "buyer.vat_id" and "EU VAT number" in error.message


def test_ids_outside_the_eu_are_left_alone():
    assert validate_party(make_client(registration_id="12-3", vat_id="GB123"), "GB", prefix="buyer") == []
    assert (
        validate_party(make_client(registration_id="x", vat_id="CHE-123.456.788"), "CH", prefix="buyer") == []
    )


def test_bank_accounts_of_a_company_are_checked():
    company = make_company(
        bank_accounts=[
            BankAccount("CZ6508000000192000145399", "GIBACZPX"),
            BankAccount("CZ6508000000192000145398", "GIBACZP"),
        ]
    )
    errors = validate_party(company, "CZ", prefix="company")
    assert [e.field for e in errors] == ["company.bank_accounts[1].iban", "company.bank_accounts[1].bic"]


def test_without_a_prefix_fields_are_bare():
    [error] = validate_party(make_client(vat_id="CZ25596642"), "CZ", prefix="")
    assert error.field == "vat_id"
