"""The few facts ANAF's server reads from an uploaded document: kind, parties, number, date, specification.

Reads UBL 2.1 Invoice / CreditNote and UN/CEFACT CII. Never raises on odd content: a missing field is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

UBL = "urn:oasis:names:specification:ubl:schema:xsd:"
INVOICE_ROOT = f"{{{UBL}Invoice-2}}Invoice"
CREDIT_NOTE_ROOT = f"{{{UBL}CreditNote-2}}CreditNote"
CII_ROOT = "{urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100}CrossIndustryInvoice"
RASP_ROOT = "{mfp:anaf:dgti:spv:reqMesaj:v1}header"

# Which root element each upload `standard` (and validare/transformare standard) expects.
ROOT_FOR_STANDARD = {
    "UBL": INVOICE_ROOT,
    "CN": CREDIT_NOTE_ROOT,
    "CII": CII_ROOT,
    "RASP": RASP_ROOT,
    "FACT1": INVOICE_ROOT,
    "FCN": CREDIT_NOTE_ROOT,
}

NS = {
    "cac": f"{UBL}CommonAggregateComponents-2",
    "cbc": f"{UBL}CommonBasicComponents-2",
    "rsm": "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
    "ram": "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
    "udt": "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100",
}


@dataclass(frozen=True)
class PartyId:
    value: str  # as written, e.g. "RO12345674"
    section: str  # where it was found, e.g. "PartyTaxScheme", for ANAF-style error locations

    @property
    def romanian_cui(self) -> str | None:
        """The CUI digits when the value is a Romanian identifier (RO prefix or bare digits)."""
        match = re.fullmatch(r"\s*(?:RO)?\s*(\d{1,10})\s*", self.value, flags=re.IGNORECASE)
        return match.group(1) if match else None


@dataclass(frozen=True)
class InvoiceFacts:
    root: str
    customization_id: str | None = None
    number: str | None = None
    issue_date: str | None = None  # YYYY-MM-DD when readable
    seller_name: str | None = None
    seller_country: str | None = None
    seller_ids: tuple[PartyId, ...] = ()
    buyer_name: str | None = None
    buyer_ids: tuple[PartyId, ...] = ()
    currency: str | None = None
    payable_amount: str | None = None

    @property
    def seller_cui(self) -> str | None:
        return _first_cui(self.seller_ids)

    @property
    def buyer_cui(self) -> str | None:
        return _first_cui(self.buyer_ids)

    @property
    def buyer_identifier(self) -> str:
        """The buyer as ANAF's `detalii` names it: CUI digits, else the id as written, else empty."""
        if self.buyer_cui:
            return self.buyer_cui
        return self.buyer_ids[0].value.strip() if self.buyer_ids else ""


def _first_cui(ids: tuple[PartyId, ...]) -> str | None:
    for party_id in ids:
        if party_id.romanian_cui:
            return party_id.romanian_cui
    return None


def _text(node: etree._Element, path: str) -> str | None:
    found = node.find(path, NS)
    if found is None or found.text is None:
        return None
    return found.text.strip() or None


def read_facts(root: etree._Element) -> InvoiceFacts:
    if root.tag in (INVOICE_ROOT, CREDIT_NOTE_ROOT):
        return _read_ubl(root)
    if root.tag == CII_ROOT:
        return _read_cii(root)
    return InvoiceFacts(root=root.tag)


def _ubl_party_ids(party: etree._Element | None) -> tuple[PartyId, ...]:
    if party is None:
        return ()
    ids = []
    for section, path in (
        ("PartyTaxScheme", "cac:PartyTaxScheme/cbc:CompanyID"),
        ("PartyLegalEntity", "cac:PartyLegalEntity/cbc:CompanyID"),
        ("PartyIdentification", "cac:PartyIdentification/cbc:ID"),
    ):
        for node in party.findall(path, NS):
            if node.text and node.text.strip():
                ids.append(PartyId(node.text.strip(), section))
    return tuple(ids)


def _ubl_party_name(party: etree._Element | None) -> str | None:
    if party is None:
        return None
    return _text(party, "cac:PartyLegalEntity/cbc:RegistrationName") or _text(party, "cac:PartyName/cbc:Name")


def _read_ubl(root: etree._Element) -> InvoiceFacts:
    seller = root.find("cac:AccountingSupplierParty/cac:Party", NS)
    buyer = root.find("cac:AccountingCustomerParty/cac:Party", NS)
    payable = root.find("cac:LegalMonetaryTotal/cbc:PayableAmount", NS)
    return InvoiceFacts(
        root=root.tag,
        customization_id=_text(root, "cbc:CustomizationID"),
        number=_text(root, "cbc:ID"),
        issue_date=_text(root, "cbc:IssueDate"),
        seller_name=_ubl_party_name(seller),
        seller_country=_text(seller, "cac:PostalAddress/cac:Country/cbc:IdentificationCode")
        if seller is not None
        else None,
        seller_ids=_ubl_party_ids(seller),
        buyer_name=_ubl_party_name(buyer),
        buyer_ids=_ubl_party_ids(buyer),
        currency=_text(root, "cbc:DocumentCurrencyCode"),
        payable_amount=payable.text.strip() if payable is not None and payable.text else None,
    )


def _cii_date(raw: str | None) -> str | None:
    if raw and re.fullmatch(r"\d{8}", raw):
        return f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    return raw


def _cii_party_ids(party: etree._Element | None) -> tuple[PartyId, ...]:
    if party is None:
        return ()
    ids = [
        PartyId(node.text.strip(), "SpecifiedTaxRegistration")
        for node in party.findall("ram:SpecifiedTaxRegistration/ram:ID", NS)
        if node.text and node.text.strip()
    ]
    ids += [
        PartyId(node.text.strip(), "SpecifiedLegalOrganization")
        for node in party.findall("ram:SpecifiedLegalOrganization/ram:ID", NS)
        if node.text and node.text.strip()
    ]
    return tuple(ids)


def _read_cii(root: etree._Element) -> InvoiceFacts:
    agreement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement"
    settlement = "rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement"
    seller = root.find(f"{agreement}/ram:SellerTradeParty", NS)
    buyer = root.find(f"{agreement}/ram:BuyerTradeParty", NS)
    return InvoiceFacts(
        root=root.tag,
        customization_id=_text(
            root, "rsm:ExchangedDocumentContext/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID"
        ),
        number=_text(root, "rsm:ExchangedDocument/ram:ID"),
        issue_date=_cii_date(_text(root, "rsm:ExchangedDocument/ram:IssueDateTime/udt:DateTimeString")),
        seller_name=_text(seller, "ram:Name") if seller is not None else None,
        seller_country=_text(seller, "ram:PostalTradeAddress/ram:CountryID") if seller is not None else None,
        seller_ids=_cii_party_ids(seller),
        buyer_name=_text(buyer, "ram:Name") if buyer is not None else None,
        buyer_ids=_cii_party_ids(buyer),
        currency=_text(root, f"{settlement}/ram:InvoiceCurrencyCode"),
        payable_amount=_text(
            root, f"{settlement}/ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:DuePayableAmount"
        ),
    )
