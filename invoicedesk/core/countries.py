"""Which countries are EU member states, and the prefix their VAT numbers carry."""

from __future__ import annotations

from stdnum.eu.vat import MEMBER_STATES

# python-stdnum keeps the list current; "xi" (Northern Ireland) is a VAT prefix, not a country of its own.
EU_COUNTRIES: frozenset[str] = frozenset(code.upper() for code in MEMBER_STATES if code != "xi")

# VAT numbers use EL for Greece; every other member state uses its ISO 3166-1 code.
_VAT_PREFIX_EXCEPTIONS = {"GR": "EL"}


def is_eu_country(code: str) -> bool:
    return str(code).upper() in EU_COUNTRIES


def vat_prefix(country: str) -> str:
    """The two letters that start an EU VAT number of `country` ("EL" for Greece)."""
    code = str(country).upper()
    return _VAT_PREFIX_EXCEPTIONS.get(code, code)


def country_of_vat_prefix(prefix: str) -> str | None:
    """The ISO country of a VAT number prefix, or None if it is not an EU prefix ("XI" counts as GB)."""
    code = prefix.upper()
    if code == "EL":
        return "GR"
    if code == "XI":
        return "GB"
    return code if code in EU_COUNTRIES else None
