"""Company, tax and bank identifiers of CZ, SK, PL and RO: checked with python-stdnum, messages for people.

python-stdnum does the checking. Written here only what it lacks: the Czech/Slovak IČO (stdnum checks the
same mod-11 digit only inside the Czech DIČ) and the Slovak DIČ of a non-VAT-payer (stdnum checks it only as
the IČ DPH, whose extra format rules a plain DIČ need not meet).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from stdnum import bic, iban
from stdnum.cz import dic as cz_dic
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidFormat, InvalidLength, ValidationError
from stdnum.pl import nip as pl_nip
from stdnum.pl import regon as pl_regon
from stdnum.ro import cf as ro_cf
from stdnum.ro import cnp as ro_cnp
from stdnum.ro import cui as ro_cui
from stdnum.sk import dph as sk_dph
from stdnum.sk import rc as sk_rc
from stdnum.util import clean, isdigits

from invoicedesk.core.countries import country_of_vat_prefix, is_eu_country, vat_prefix
from invoicedesk.core.documents import Party
from invoicedesk.core.errors import DomainValidationError, FieldError


class IdKind(StrEnum):
    CZ_ICO = "cz_ico"
    CZ_DIC = "cz_dic"
    SK_ICO = "sk_ico"
    SK_DIC = "sk_dic"
    SK_IC_DPH = "sk_ic_dph"
    PL_NIP = "pl_nip"
    PL_REGON = "pl_regon"
    RO_CUI = "ro_cui"  # registration code, digits only
    RO_CIF = "ro_cif"  # fiscal code: a CUI ("RO"-prefixed for VAT payers) or a person's CNP
    RO_CNP = "ro_cnp"
    IBAN = "iban"
    BIC = "bic"
    EU_VAT = "eu_vat"


def _validate_ico(value: str) -> str:
    number = clean(value, " ").strip()
    if not isdigits(number):
        raise InvalidFormat()
    # Spreadsheets drop the leading zeros of older IČOs: restore up to two; the checksum guards the rest.
    if not 6 <= len(number) <= 8:
        raise InvalidLength()
    number = number.zfill(8)
    if cz_dic.calc_check_digit_legal(number[:-1]) != number[-1]:
        raise InvalidChecksum()
    return number


def _validate_sk_dic(value: str) -> str:
    number = clean(value, " ").strip()
    if number.upper().startswith("SK"):
        raise InvalidFormat()  # that is an IČ DPH, which belongs in the VAT id field
    if not isdigits(number):
        raise InvalidFormat()
    if len(number) != 10:
        raise InvalidLength()
    if sk_rc.is_valid(number):  # a natural person's DIČ may be their birth number
        return number
    if number[0] == "0":
        raise InvalidFormat()
    if int(number) % 11:
        raise InvalidChecksum()
    return number


@dataclass(frozen=True)
class _Rule:
    label: str
    validate: Callable[[str], str]
    hint: str  # "{whose}" is replaced by the party the field belongs to
    personal: bool = False  # a personal number: never repeated whole in a message


_RULES: dict[IdKind, _Rule] = {
    IdKind.CZ_ICO: _Rule(
        "Czech IČO",
        _validate_ico,
        "Copy the IČO from the business register (ARES) or {whose} documents; it has 8 digits.",
    ),
    IdKind.CZ_DIC: _Rule(
        "Czech DIČ",
        lambda v: "CZ" + cz_dic.validate(v),
        "Copy the DIČ from {whose} invoice or the VAT register (ARES); it is CZ followed by 8 to 10 digits.",
    ),
    IdKind.SK_ICO: _Rule(
        "Slovak IČO",
        _validate_ico,
        "Copy the IČO from the register of legal entities (RPO/ORSR) or {whose} documents; it has 8 digits.",
    ),
    IdKind.SK_DIC: _Rule(
        "Slovak DIČ",
        _validate_sk_dic,
        "Copy the DIČ from {whose} invoice or the Financial Administration's register; it has 10 digits.",
    ),
    IdKind.SK_IC_DPH: _Rule(
        "Slovak IČ DPH",
        lambda v: "SK" + sk_dph.validate(v),
        "Copy the IČ DPH from {whose} invoice or the VAT register; it is SK followed by 10 digits.",
    ),
    IdKind.PL_NIP: _Rule(
        "Polish NIP",
        pl_nip.validate,
        "Copy the NIP from {whose} invoice or the VAT register; it has 10 digits.",
    ),
    IdKind.PL_REGON: _Rule(
        "Polish REGON",
        pl_regon.validate,
        "Copy the REGON from {whose} documents or the GUS register; it has 9 or 14 digits.",
    ),
    IdKind.RO_CUI: _Rule(
        "Romanian CUI",
        ro_cui.validate,
        "Copy the CUI from {whose} invoice or the ANAF register; it has 2 to 10 digits, without RO in front.",
    ),
    IdKind.RO_CIF: _Rule(
        "Romanian CIF",
        ro_cf.validate,
        "Copy the CIF from {whose} invoice or the ANAF register: the CUI, with RO in front for a VAT payer.",
    ),
    IdKind.RO_CNP: _Rule(
        "Romanian CNP",
        ro_cnp.validate,
        "Copy the CNP from {whose} identity card; it has 13 digits.",
        personal=True,
    ),
    IdKind.IBAN: _Rule(
        "IBAN",
        iban.validate,
        "Copy the IBAN from a bank statement or the bank's app; it starts with the country code, e.g. CZ65….",
    ),
    IdKind.BIC: _Rule(
        "BIC",
        bic.validate,
        "Copy the BIC (SWIFT code) from a bank statement; it has 8 or 11 letters and digits.",
    ),
    IdKind.EU_VAT: _Rule(
        "EU VAT number",
        lambda v: eu_vat.validate(v).upper(),
        "Check the number in the EU's VIES service; it starts with a country code such as CZ, SK, PL or RO.",
    ),
}

_WHOSE = {
    "buyer": "the buyer's",
    "seller": "the seller's",
    "company": "your company's",
    "client": "the client's",
    "clients": "the client's",
}


def validate_identifier(kind: IdKind, value: str, *, field: str) -> str:
    """The compact canonical form of `value` (no spaces; VAT numbers with their country prefix).

    Raises DomainValidationError whose FieldError names `field`, the rule that failed and where to find
    the right number."""
    if not isinstance(value, str):
        raise TypeError(f"{field}: identifiers are text, got {type(value).__name__}")
    rule = _RULES[IdKind(kind)]
    hint = rule.hint.format(whose=_whose(field))
    stripped = value.strip()
    if not stripped:
        raise DomainValidationError.single(field, f"The {rule.label} is missing", hint)
    try:
        return rule.validate(stripped)
    except ValidationError as error:
        raise DomainValidationError.single(field, _message(rule, stripped, error), hint) from None


def _whose(field: str) -> str:
    head = re.sub(r"\[\d+\]$", "", field.split(".", 1)[0])
    return _WHOSE.get(head, "the party's")


def _message(rule: _Rule, value: str, error: ValidationError) -> str:
    if rule.personal:
        shown = f"ending in …{value[-4:]}" if len(value) > 4 else "entered"
    else:
        shown = value if len(value) <= 40 else value[:39] + "…"
    if isinstance(error, InvalidChecksum):
        return f"The checksum of the {rule.label} {shown} is wrong"
    if isinstance(error, InvalidLength):
        return f"The {rule.label} {shown} has the wrong number of characters"
    if isinstance(error, InvalidComponent):
        return f"The {rule.label} {shown} contains a part that cannot exist (country code, date or region)"
    if isinstance(error, InvalidFormat):
        return f"The {rule.label} {shown} has the wrong format or characters that do not belong in it"
    return f"The {rule.label} {shown} is not valid"


# Which kind each party field holds in each country; absent = not checked there.
_REGISTRATION = {"CZ": IdKind.CZ_ICO, "SK": IdKind.SK_ICO, "PL": IdKind.PL_REGON, "RO": IdKind.RO_CUI}
_VAT_LOCAL = {"CZ": IdKind.CZ_DIC, "SK": IdKind.SK_IC_DPH, "PL": IdKind.PL_NIP, "RO": IdKind.RO_CIF}
_LOCAL_TAX = {"CZ": IdKind.CZ_DIC, "SK": IdKind.SK_DIC, "PL": IdKind.PL_NIP, "RO": IdKind.RO_CIF}
_PERSONAL = {"RO": IdKind.RO_CNP}


def validate_party(party: Party, country: str, *, prefix: str) -> list[FieldError]:
    """Every problem with the identifiers `party` carries, read as identifiers of `country`.

    Empty identifiers are allowed (a private buyer has none). A VAT id with a letter prefix is checked as the
    EU VAT number of the country it names; one without is read as the country's own form. Identifiers of
    countries outside CZ/SK/PL/RO are checked only where a European rule exists (VAT ids, IBAN, BIC).
    """
    code = str(country).upper()
    errors: list[FieldError] = []

    def check(kind: IdKind | None, value: str, name: str) -> None:
        if kind is None or not value or not value.strip():
            return
        try:
            validate_identifier(kind, value, field=f"{prefix}.{name}" if prefix else name)
        except DomainValidationError as error:
            errors.extend(error.errors)

    check(_REGISTRATION.get(code), party.registration_id, "registration_id")
    vat_kind, vat_value = _vat_check(code, party.vat_id)
    check(vat_kind, vat_value, "vat_id")
    check(_LOCAL_TAX.get(code), party.local_tax_id, "local_tax_id")
    check(_PERSONAL.get(code), party.personal_id, "personal_id")
    for index, account in enumerate(getattr(party, "bank_accounts", None) or []):
        check(IdKind.IBAN, account.iban, f"bank_accounts[{index}].iban")
        check(IdKind.BIC, account.bic, f"bank_accounts[{index}].bic")
    return errors


def _vat_check(country: str, value: str) -> tuple[IdKind | None, str]:
    text = value.strip()
    if len(text) >= 2 and text[:2].isalpha():
        # Prefixed: the prefix says whose rules apply; a non-EU prefix (GB, CH, …) has none here.
        prefixed_country = country_of_vat_prefix(text[:2])
        if prefixed_country in _VAT_LOCAL:  # the local rule names the number as people know it ("Czech DIČ")
            return _VAT_LOCAL[prefixed_country], text
        return (IdKind.EU_VAT if prefixed_country else None), text
    if country in _VAT_LOCAL:
        return _VAT_LOCAL[country], text
    if is_eu_country(country):
        return IdKind.EU_VAT, vat_prefix(country) + text
    return None, text
