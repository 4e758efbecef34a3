import pytest

from invoicedesk.connectors.anaf.ubl.counties import (
    COUNTIES,
    SECTORS,
    names_bucharest,
    normalise_county,
    normalise_sector,
)
from invoicedesk.connectors.anaf.ubl.units import PIECE, unit_code

ISO_3166_2_RO = {  # the list BR-RO-110 checks against, copied from the CIUS-RO rules
    "RO-AB",
    "RO-AG",
    "RO-AR",
    "RO-B",
    "RO-BC",
    "RO-BH",
    "RO-BN",
    "RO-BR",
    "RO-BT",
    "RO-BV",
    "RO-BZ",
    "RO-CJ",
    "RO-CL",
    "RO-CS",
    "RO-CT",
    "RO-CV",
    "RO-DB",
    "RO-DJ",
    "RO-GJ",
    "RO-GL",
    "RO-GR",
    "RO-HD",
    "RO-HR",
    "RO-IF",
    "RO-IL",
    "RO-IS",
    "RO-MH",
    "RO-MM",
    "RO-MS",
    "RO-NT",
    "RO-OT",
    "RO-PH",
    "RO-SB",
    "RO-SJ",
    "RO-SM",
    "RO-SV",
    "RO-TL",
    "RO-TM",
    "RO-TR",
    "RO-VL",
    "RO-VN",
    "RO-VS",
}


def test_the_table_holds_exactly_the_codes_the_rules_accept():
    assert set(COUNTIES) == ISO_3166_2_RO


@pytest.mark.parametrize("code", sorted(ISO_3166_2_RO))
def test_every_code_and_name_normalises_to_its_code(code):
    name = COUNTIES[code]
    assert normalise_county(code) == code
    assert normalise_county(code.lower()) == code
    assert normalise_county(code.removeprefix("RO-")) == code
    assert normalise_county(name) == code
    assert normalise_county(name.upper()) == code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Argeș", "RO-AG"),
        ("Arges", "RO-AG"),
        ("Argeş", "RO-AG"),  # comma-below, none, cedilla
        ("jud. Cluj", "RO-CJ"),
        ("Județul Cluj", "RO-CJ"),
        ("Cluj County", "RO-CJ"),
        ("Bistrita Nasaud", "RO-BN"),
        ("Bistrița-Năsăud", "RO-BN"),
        ("caras severin", "RO-CS"),
        ("Satu-Mare", "RO-SM"),
        ("  timis ", "RO-TM"),
        ("Dâmbovița", "RO-DB"),
        ("Valcea", "RO-VL"),
        ("Municipiul București", "RO-B"),
        ("Bucuresti", "RO-B"),
        ("Bucharest", "RO-B"),
        ("RO B", "RO-B"),
    ],
)
def test_county_spellings_people_type(typed, code):
    assert normalise_county(typed) == code


@pytest.mark.parametrize("typed", ["", "Atlantis", "RO-XX", "Cluj-Napoca", "DE-BY", "12"])
def test_unknown_counties_are_not_guessed(typed):
    assert normalise_county(typed) is None


@pytest.mark.parametrize(
    ("city", "sector"),
    [
        ("Sector 1", "SECTOR1"),
        ("sectorul 2", "SECTOR2"),
        ("SECTOR3", "SECTOR3"),
        ("Sect. 4", "SECTOR4"),
        ("București S5", "SECTOR5"),
        ("Bucuresti, sectorul 6", "SECTOR6"),
        ("Bucharest sector 1", "SECTOR1"),
    ],
)
def test_bucharest_sectors(city, sector):
    assert normalise_sector(city) == sector
    assert sector in SECTORS


@pytest.mark.parametrize("city", ["București", "Sector 7", "Cluj-Napoca", "Sectorul"])
def test_a_city_without_a_valid_sector_is_left_alone(city):
    assert normalise_sector(city) is None


def test_names_bucharest():
    assert names_bucharest("Municipiul București")
    assert names_bucharest("Sector 3")
    assert not names_bucharest("Brașov")


@pytest.mark.parametrize(
    ("unit", "code"),
    [
        ("ks", "H87"),
        ("buc", "H87"),
        ("szt.", "H87"),
        ("hod", "HUR"),
        ("ore", "HUR"),
        ("kg", "KGM"),
        ("KG", "KGM"),
        ("m2", "MTK"),
        ("l", "LTR"),
        ("luna", "MON"),
        ("H87", "H87"),
        ("C62", "C62"),
        ("XPP", "XPP"),
    ],
)
def test_units_map_to_rec20(unit, code):
    assert unit_code(unit) == (code, True)


def test_an_unknown_unit_becomes_a_piece_and_says_so():
    assert unit_code("bucăţele mici") == (PIECE, False)
