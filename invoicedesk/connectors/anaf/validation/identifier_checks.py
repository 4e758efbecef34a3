"""Checks the official artefacts cannot make: the check digits of Romanian CUIs and CNPs in a UBL file.

ANAF's server rejects a wrong seller CUI (`R_BT_32_cui`) after upload; catching it here saves a round trip.
Only Romanian parties are checked, and only identifiers that are meant to be a CUI or a CNP: a Trade
Register number ("J12/1234/2020") in PartyLegalEntity is left alone, and so is the anonymous CNP
"0000000000000" that stands for a private buyer who gave none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from invoicedesk.connectors.anaf.ubl.namespaces import ANONYMOUS_CNP, XPATH_NS
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.identifiers import IdKind, validate_identifier

_CUI_SHAPE = re.compile(r"(?:RO)?(\d+)")  # any length: a wrong length is a finding too
_CNP_SHAPE = re.compile(r"\d{13}")
_PARTIES = (
    ("seller", "cac:AccountingSupplierParty/cac:Party"),
    ("buyer", "cac:AccountingCustomerParty/cac:Party"),
)


@dataclass(frozen=True)
class IdentifierProblem:
    rule: str  # "RO-CUI" or "RO-CNP"
    error: FieldError
    location: str


def _text(node: etree._Element, path: str) -> str:
    found = node.find(path, XPATH_NS)
    return (found.text or "").strip() if found is not None else ""


def _cui_digits(company_id: str) -> str | None:
    """The digits of something written as a Romanian CUI ("RO123…" or "123…"), else None."""
    match = _CUI_SHAPE.fullmatch(re.sub(r"\s+", "", company_id).upper())
    return match.group(1) if match else None


def _check(kind: IdKind, value: str, field: str, rule: str, location: str) -> list[IdentifierProblem]:
    try:
        validate_identifier(kind, value, field=field)
    except DomainValidationError as exc:
        return [IdentifierProblem(rule, error, location) for error in exc.errors]
    return []


def check_identifiers(root: etree._Element) -> list[IdentifierProblem]:
    """Problems with the CUI/CNP check digits of the Romanian seller and buyer of a UBL Invoice/CreditNote."""
    problems: list[IdentifierProblem] = []
    root_name = etree.QName(root).localname
    for party_name, path in _PARTIES:
        party = root.find(path, XPATH_NS)
        if (
            party is None
            or _text(party, "cac:PostalAddress/cac:Country/cbc:IdentificationCode").upper() != "RO"
        ):
            continue
        base = f"/{root_name}[1]/{path.replace('/', '[1]/')}[1]"
        seen: set[str] = set()
        for index, scheme in enumerate(party.findall("cac:PartyTaxScheme", XPATH_NS), start=1):
            company_id = _text(scheme, "cbc:CompanyID")
            is_vat = _text(scheme, "cac:TaxScheme/cbc:ID").upper() == "VAT"
            digits = _cui_digits(company_id)
            if digits is None:
                continue  # empty, or another country's VAT number (SE…, DE…): not a CUI
            seen.add(digits)
            field = f"{party_name}.vat_id" if is_vat else f"{party_name}.registration_id"
            problems += _check(IdKind.RO_CUI, digits, field, "RO-CUI", f"{base}/cac:PartyTaxScheme[{index}]")
        legal_id = _text(party, "cac:PartyLegalEntity/cbc:CompanyID")
        location = f"{base}/cac:PartyLegalEntity[1]"
        if _CNP_SHAPE.fullmatch(legal_id):
            if legal_id != ANONYMOUS_CNP:
                problems += _check(IdKind.RO_CNP, legal_id, f"{party_name}.personal_id", "RO-CNP", location)
        elif (digits := _cui_digits(legal_id)) is not None:
            if digits not in seen:  # the same number under a tax scheme was reported already
                problems += _check(IdKind.RO_CUI, digits, f"{party_name}.registration_id", "RO-CUI", location)
    return problems
