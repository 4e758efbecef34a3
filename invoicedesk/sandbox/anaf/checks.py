"""The cheap server-side checks that decide `ok` / `nok` for an accepted upload (and feed `validare`).

ANAF runs the full EN 16931 + CIUS-RO rules plus private checks; the emulator runs a small set that clients
must handle the same way: the specification identifier, the seller CUI check digit, an unknown seller CIF and,
optionally, a full validator passed in by the caller. Duplicate detection lives with the upload store,
since it needs the history of uploads.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from invoicedesk.sandbox.anaf.invoice_facts import (
    CII_ROOT,
    CREDIT_NOTE_ROOT,
    INVOICE_ROOT,
    InvoiceFacts,
    PartyId,
)

CIUS_RO_ID = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1"

SCHEMATRON_PREFIX = "E: validari globale  SCHEMATRON   eroare: "

BR_01 = "[BR-01]-An Invoice shall have a Specification identifier (BT-24)."
BR_RO_001 = (
    "[BR-RO-001]-Identificatorul specificatie (BT-24) trebuie sa corespunda sintactic cu valoarea "
    "precizata in "
    "Specificatii tehnice și de utilizare a elementelor de baza ale facturii electronice - RO_CIUS - și a "
    "regulilor operationale specifice aplicabile la nivel national."
)

# Weights of the Romanian CUI check digit, aligned to the right of the digits that precede it.
_CUI_WEIGHTS = (7, 5, 3, 2, 1, 7, 5, 3, 2)

# A full validator: XML bytes in, one message per blocking finding out (empty = valid).
FullValidator = Callable[[bytes], Iterable[str]]


def cui_is_valid(digits: str) -> bool:
    """Romanian CUI check digit (2-10 digits, the last one the control digit)."""
    if not re.fullmatch(r"\d{2,10}", digits):
        return False
    body, control = digits[:-1].rjust(9, "0"), int(digits[-1])
    total = sum(int(d) * w for d, w in zip(body, _CUI_WEIGHTS, strict=True))
    return (total * 10) % 11 % 10 == control


def _is_romanian(party_id: PartyId, country: str | None) -> bool:
    # A bare number is only a CUI for a Romanian party; "RO…" always is.
    return party_id.value.upper().startswith("RO") or (country or "").upper() == "RO"


def seller_cui_errors(facts: InvoiceFacts) -> list[str]:
    """R_BT_32_cui, worded and located as `validare` reports it."""
    errors = []
    for party_id in facts.seller_ids:
        digits = party_id.romanian_cui
        if digits is None or not _is_romanian(party_id, facts.seller_country):
            continue
        if not cui_is_valid(digits):
            errors.append(
                f"E: AccountingSupplierParty (1) sectiune Party (1) sectiune {party_id.section} (1) sectiune "
                f"CompanyID (1)  eroare regula: R_BT_32_cui: Cui vanzator incorect / validare CUI ({digits}) "
            )
    return errors


def specification_errors(facts: InvoiceFacts) -> list[str]:
    if facts.root not in (INVOICE_ROOT, CREDIT_NOTE_ROOT, CII_ROOT):
        return []
    if facts.customization_id is None:
        return [SCHEMATRON_PREFIX + BR_01]
    if facts.customization_id != CIUS_RO_ID:
        return [SCHEMATRON_PREFIX + BR_RO_001]
    return []


def unknown_seller_errors(facts: InvoiceFacts, registered_cifs: frozenset[str] | None) -> list[str]:
    """R6.1: the seller's CIF is not in ANAF's taxpayer register (only when a register is configured)."""
    cui = facts.seller_cui
    if registered_cifs is None or cui is None or cui in registered_cifs:
        return []
    return [
        f"E: validari globale\n eroare regula: R6.1: CIF-ul vanzatorului nu figureaza in baza de date: {cui}"
    ]


def full_validator_errors(xml: bytes, validator: FullValidator | None) -> list[str]:
    if validator is None:
        return []
    found = []
    for message in validator(xml):
        text = str(message)
        found.append(text if text.startswith("E: ") else SCHEMATRON_PREFIX + text)
    return found


def content_errors(
    xml: bytes,
    facts: InvoiceFacts,
    *,
    registered_cifs: frozenset[str] | None,
    validator: FullValidator | None,
) -> list[str]:
    """Every finding of the content checks, in the order ANAF lists them (rules first, then ANAF's own)."""
    return (
        specification_errors(facts)
        + full_validator_errors(xml, validator)
        + seller_cui_errors(facts)
        + unknown_seller_errors(facts, registered_cifs)
    )
