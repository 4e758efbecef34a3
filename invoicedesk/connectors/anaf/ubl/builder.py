"""Document → UBL 2.1 Invoice / CreditNote as Romania's e-Factura (EN 16931 + CIUS-RO 1.0.1) wants it.

`build_ubl(doc, type_code=None) -> BuiltUbl(xml, warnings, type_code)`:
- DocumentType.INVOICE → Invoice 380 (or the `type_code` given: 384 corrected, 389 self-billed, 751
  accounting information). DocumentType.CREDIT_NOTE → CreditNote 381, or with `type_code="380"` a storno
  invoice. A proforma is not a tax document and is refused.
- Sign convention: a domain credit note carries negative quantities and discounts with positive prices
  (core.credit_notes). A UBL CreditNote states what is credited with positive amounts, so its lines are
  negated; a storno 380 keeps the negative quantities, and prices stay positive in both (BR-27).
- Line discounts become a line allowance (UNCL5189 95 "Discount"); a negative discount, as a storno of a
  discounted line has, becomes a line charge of the same amount, so the line's net stays exactly
  quantity × price − discount and the invoice's totals equal `compute_totals`.
- A seller that is not a VAT payer issues every line as "O" (outside the scope of VAT) with its CUI under
  a non-VAT tax scheme; VAT rates other than 0 on its lines are an error.
- A document in another currency than RON also states its VAT in RON (TaxCurrencyCode, a second TaxTotal;
  BR-RO-030, BR-53), converted with `doc.exchange_rate`, which for an e-Factura seller is RON per unit.
- A private buyer (Client.is_business False) is identified by its CNP, or by "0000000000000" if it gave
  none, as ANAF documents for B2C invoices (BR-RO-120 needs a buyer identifier).
- Intra-community supplies (K) state the delivery date and the buyer's address as delivery address
  (BR-IC-11/12); CIUS-RO then needs the buyer's region too.
- Without a due date an invoice is due on its issue date (BR-CO-25 wants one); for a bank transfer that
  is also a warning.
- Texts over the CIUS-RO limits are shortened and reported in `warnings` (FieldErrors on document fields):
  item names over 100 characters keep their full text in the item description; long notes are split over
  several notes (up to 20 of 300 characters).
- Data the rules would reject but the builder cannot fix (an unknown county, a negative price, a missing
  street) is written as given, so that validation reports it against the right field.
Errors that make a file impossible to write raise UblBuildError listing every field to fix.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from decimal import Decimal

from lxml import etree

from invoicedesk.connectors.anaf.ubl import namespaces as ns
from invoicedesk.connectors.anaf.ubl.counties import (
    BUCHAREST,
    names_bucharest,
    normalise_county,
    normalise_sector,
)
from invoicedesk.connectors.anaf.ubl.problems import UblBuildError
from invoicedesk.connectors.anaf.ubl.units import unit_code
from invoicedesk.core import payment_methods
from invoicedesk.core.documents import (
    Address,
    Client,
    Company,
    Document,
    DocumentLine,
    DocumentType,
    Party,
    VatCategory,
)
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.money import currency_exponent, round_money
from invoicedesk.core.totals import DocumentTotals, compute_totals, convert

RON = "RON"
MAX_ITEM_NAME = 100
MAX_DESCRIPTION = 200
MAX_NOTE = 300
MAX_NOTES = 20
MAX_EXEMPTION_REASON = 100

# Default exemption reason codes (CEF VATEX) for categories that have exactly one.
_VATEX = {
    VatCategory.REVERSE_CHARGE: "VATEX-EU-AE",
    VatCategory.INTRA_COMMUNITY: "VATEX-EU-IC",
    VatCategory.EXPORT: "VATEX-EU-G",
    VatCategory.NOT_SUBJECT: "VATEX-EU-O",
}
_TRANSFER_CODES = {"30", "58"}
_DISCOUNT_REASON_CODE = "95"  # UNCL5189 "Discount"


@dataclass(frozen=True)
class BuiltUbl:
    xml: bytes
    warnings: list[FieldError]
    type_code: str

    @property
    def is_credit_note(self) -> bool:
        return self.type_code == ns.TYPE_CREDIT_NOTE


def _q(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}"


def _cbc(parent: etree._Element, name: str, text: str | None = None, **attributes: str) -> etree._Element:
    element = etree.SubElement(parent, _q(ns.CBC, name), attributes or None)
    if text is not None:
        element.text = text
    return element


def _cac(parent: etree._Element, name: str) -> etree._Element:
    return etree.SubElement(parent, _q(ns.CAC, name))


def format_amount(value: Decimal) -> str:
    """Two decimals, half-up (BR-DEC-*), never "-0.00"."""
    rounded = round_money(value, 2)
    return f"{rounded:.2f}" if rounded else "0.00"


def format_decimal(value: Decimal, min_places: int = 0) -> str:
    """A quantity, price or percent without exponent or needless trailing zeros ("21", "2.5", "12.345")."""
    text = f"{value.normalize():f}" if value else "0"
    if min_places and ("." not in text or len(text.split(".")[1]) < min_places):
        text = f"{value:.{min_places}f}"
    return text


def _clip(text: str, limit: int, field: str, what: str, warnings: list[FieldError]) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    warnings.append(
        FieldError(
            field,
            f"The {what} is longer than {limit} characters and was shortened",
            "Shorten it if the cut-off text matters.",
        )
    )
    return text[: limit - 1].rstrip() + "…"


def _split_note(text: str, warnings: list[FieldError], room: int) -> list[str]:
    """Pieces of at most MAX_NOTE characters, cut between words where possible."""
    words = " ".join(text.split())
    pieces = []
    while words:
        if len(words) <= MAX_NOTE:
            pieces.append(words)
            break
        cut = words.rfind(" ", 0, MAX_NOTE + 1)
        cut = cut if cut > 0 else MAX_NOTE
        pieces.append(words[:cut].rstrip())
        words = words[cut:].lstrip()
    if len(pieces) > room:
        warnings.append(
            FieldError(
                "note",
                f"The note is longer than {MAX_NOTES} × {MAX_NOTE} characters and was shortened",
                "Shorten the note.",
            )
        )
        pieces = pieces[:room]
    return pieces


def _country(party: Party) -> str:
    if party.address.country:
        return party.address.country.strip().upper()
    return str(getattr(party, "country", "") or "").upper()


def _type_code(doc: Document, requested: str | None) -> str:
    if doc.doc_type == DocumentType.PROFORMA:
        raise UblBuildError.single(
            "doc_type",
            "A proforma is not a tax document and is not sent to ANAF",
            "Send the invoice that settles the proforma instead.",
        )
    if doc.doc_type == DocumentType.CREDIT_NOTE:
        code = requested or ns.TYPE_CREDIT_NOTE
        if code not in (ns.TYPE_CREDIT_NOTE, ns.TYPE_COMMERCIAL_INVOICE):
            raise UblBuildError.single(
                "doc_type", f"A credit note is sent as 381, or as a 380 storno; not {code}"
            )
        return code
    code = requested or ns.TYPE_COMMERCIAL_INVOICE
    if code not in ns.INVOICE_TYPE_CODES:
        raise UblBuildError.single(
            "doc_type",
            f"An invoice is sent with type code 380, 384, 389 or 751; not {code}",
            "Issue a credit note to take an invoice back.",
        )
    return code


def _payee_iban(seller: Company, currency: str) -> str:
    accounts = [account for account in seller.bank_accounts if account.iban.strip()]
    for account in accounts:
        if account.currency.upper() == currency.upper():
            return account.iban
    return accounts[0].iban if accounts else ""


def _check(doc: Document, payment_code: str | None, lines: list[DocumentLine]) -> list[FieldError]:
    """Everything that makes the file impossible to write correctly, reported at once."""
    errors: list[FieldError] = []
    if not doc.lines:
        errors.append(FieldError("lines", "The document has no lines", "Add at least one line."))
    try:
        currency_exponent(doc.currency)
    except DomainValidationError as exc:
        errors += exc.errors
    else:
        if doc.currency != RON and (doc.exchange_rate <= 0 or doc.exchange_rate == 1):
            errors.append(
                FieldError(
                    "exchange_rate",
                    f"A document in {doc.currency} needs the exchange rate to RON: e-Factura states the VAT"
                    " in RON too",
                    f"Enter how many RON one {doc.currency} was worth on the tax point date (the BNR rate).",
                )
            )
    if payment_code in _TRANSFER_CODES and not _payee_iban(doc.seller, doc.currency):
        errors.append(
            FieldError(
                "seller.bank_accounts",
                "Payment by bank transfer needs the seller's IBAN on the invoice",
                "Add a bank account to the company, or choose another payment method.",
            )
        )
    if not doc.seller.is_vat_payer:
        for index, line in enumerate(doc.lines):
            if line.vat_rate != 0:
                errors.append(
                    FieldError(
                        f"lines[{index}].vat_rate",
                        f"The seller is not registered for VAT and cannot charge"
                        f" {format_decimal(line.vat_rate)} % VAT",
                        "Set the VAT rate to 0, or mark the company as a VAT payer if it is one.",
                    )
                )
    categories = {VatCategory(line.vat_category) for line in lines}
    if VatCategory.EXEMPT in categories and not doc.vat_exemption_reason.strip():
        errors.append(
            FieldError(
                "vat_exemption_reason",
                "Exempt lines need the legal reason for the exemption",
                "Enter the reason, for example 'Scutit de TVA conform art. 292 alin. (2) Cod fiscal'.",
            )
        )
    if VatCategory.INTRA_COMMUNITY in categories and not doc.buyer.address.region.strip():
        errors.append(
            FieldError(
                "buyer.address.region",
                "An intra-community supply states the delivery address, and ANAF requires its region",
                "Enter the buyer's region or state, for example DE-BY for Bavaria.",
            )
        )
    return errors


def _effective_lines(doc: Document, credit_note: bool) -> list[DocumentLine]:
    lines = list(doc.lines)
    if credit_note:
        lines = [
            dataclasses.replace(line, quantity=-line.quantity, discount=-line.discount) for line in lines
        ]
    if not doc.seller.is_vat_payer:
        lines = [dataclasses.replace(line, vat_category=VatCategory.NOT_SUBJECT) for line in lines]
    return lines


def build_ubl(doc: Document, *, type_code: str | None = None) -> BuiltUbl:
    """The e-Factura XML of `doc` and the warnings about what had to be shortened (see module docstring)."""
    code = _type_code(doc, type_code)
    credit_note = code == ns.TYPE_CREDIT_NOTE

    payment_code: str | None = None
    errors: list[FieldError] = []
    try:
        payment_code = payment_methods.get(doc.payment_method).uncl4461
    except DomainValidationError as exc:
        errors += exc.errors
    lines = _effective_lines(doc, credit_note)
    errors += _check(doc, payment_code, lines)
    if errors:
        raise UblBuildError(errors)

    effective = dataclasses.replace(doc, lines=lines)
    totals = compute_totals(effective)
    writer = _Writer(effective, totals, code, payment_code or "")
    return BuiltUbl(writer.xml(), writer.warnings, code)


class _Writer:
    """Writes one document; element order follows the UBL 2.1 XSD sequence exactly."""

    def __init__(self, doc: Document, totals: DocumentTotals, type_code: str, payment_code: str) -> None:
        self.doc = doc
        self.totals = totals
        self.type_code = type_code
        self.payment_code = payment_code
        self.credit_note = type_code == ns.TYPE_CREDIT_NOTE
        self.warnings: list[FieldError] = []
        self.currency = doc.currency
        self.categories = {VatCategory(line.vat_category) for line in doc.lines}

    def xml(self) -> bytes:
        if self.credit_note:
            root = etree.Element(_q(ns.CREDIT_NOTE_NS, "CreditNote"), nsmap=ns.NSMAP_CREDIT_NOTE)
        else:
            root = etree.Element(_q(ns.INVOICE_NS, "Invoice"), nsmap=ns.NSMAP_INVOICE)
        self._header(root)
        self._supplier(_cac(_cac(root, "AccountingSupplierParty"), "Party"))
        self._customer(_cac(_cac(root, "AccountingCustomerParty"), "Party"))
        if VatCategory.INTRA_COMMUNITY in self.categories:
            self._delivery(_cac(root, "Delivery"))
        self._payment(root)
        self._tax_totals(root)
        self._monetary_total(_cac(root, "LegalMonetaryTotal"))
        for index, line in enumerate(self.doc.lines):
            self._line(root, index, line)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    # -- header ------------------------------------------------------------------------------------------
    def _notes(self) -> list[str]:
        notes: list[str] = []
        for text in (self.doc.note, self.doc.correction_reason):
            if text.strip():
                notes += _split_note(text, self.warnings, MAX_NOTES - len(notes))
        return notes

    def _header(self, root: etree._Element) -> None:
        doc = self.doc
        _cbc(root, "CustomizationID", ns.CUSTOMIZATION_ID)
        _cbc(root, "ID", doc.number.strip())
        _cbc(root, "IssueDate", doc.issue_date.isoformat())
        if self.credit_note:
            if doc.tax_point_date:
                _cbc(root, "TaxPointDate", doc.tax_point_date.isoformat())
            _cbc(root, "CreditNoteTypeCode", self.type_code)
            for note in self._notes():
                _cbc(root, "Note", note)
        else:
            _cbc(root, "DueDate", self._due_date().isoformat())
            _cbc(root, "InvoiceTypeCode", self.type_code)
            for note in self._notes():
                _cbc(root, "Note", note)
            if doc.tax_point_date:
                _cbc(root, "TaxPointDate", doc.tax_point_date.isoformat())
        _cbc(root, "DocumentCurrencyCode", self.currency)
        if self.currency != RON:
            _cbc(root, "TaxCurrencyCode", RON)  # BR-RO-030
        if doc.corrects is not None:
            reference = _cac(_cac(root, "BillingReference"), "InvoiceDocumentReference")
            _cbc(reference, "ID", doc.corrects.number.strip())
            _cbc(reference, "IssueDate", doc.corrects.issue_date.isoformat())

    def _due_date(self):
        # BR-CO-25: an amount due needs a due date or payment terms; without a stated due date the
        # invoice is payable when issued (cash, card and gateway payments are settled at once).
        if self.doc.due_date is None and self.payment_code in _TRANSFER_CODES and self.totals.gross > 0:
            self.warnings.append(
                FieldError(
                    "due_date",
                    "No due date was given; the invoice states the issue date",
                    "Enter the due date agreed with the buyer.",
                )
            )
        return self.doc.due_date or self.doc.issue_date

    # -- parties -----------------------------------------------------------------------------------------
    def _address(self, parent: etree._Element, address: Address, country: str) -> None:
        street, city, region = address.street.strip(), address.city.strip(), address.region.strip()
        if country == "RO":
            county = normalise_county(region) if region else None
            if county is None and not region and names_bucharest(city) and normalise_sector(city):
                county = BUCHAREST  # "București, Sector 3" with the county left empty
            region = county or region
            if region == BUCHAREST:
                city = normalise_sector(city) or city
        if street:
            _cbc(parent, "StreetName", street)
        if city:
            _cbc(parent, "CityName", city)
        if address.postal_code.strip():
            _cbc(parent, "PostalZone", address.postal_code.strip())
        if region:
            _cbc(parent, "CountrySubentity", region)
        if country:
            _cbc(_cac(parent, "Country"), "IdentificationCode", country)

    @staticmethod
    def _tax_scheme(party_element: etree._Element, company_id: str, scheme: str) -> None:
        tax = _cac(party_element, "PartyTaxScheme")
        _cbc(tax, "CompanyID", company_id)
        _cbc(_cac(tax, "TaxScheme"), "ID", scheme)

    @staticmethod
    def _legal_entity(party_element: etree._Element, name: str, company_id: str) -> None:
        legal = _cac(party_element, "PartyLegalEntity")
        _cbc(legal, "RegistrationName", name)
        if company_id:
            _cbc(legal, "CompanyID", company_id)

    @staticmethod
    def _vat_id(party: Party, country: str, derive_from_registration: bool) -> str:
        """The party's VAT id with its country prefix (BR-CO-09), or "" for a party without one."""
        vat_id = re.sub(r"\s+", "", party.vat_id).upper()
        if not party.is_vat_payer:
            return ""
        if not vat_id and derive_from_registration and country == "RO":
            vat_id = re.sub(r"\s+", "", party.registration_id).upper().removeprefix("RO")
        if vat_id and country == "RO" and vat_id.isdigit():
            vat_id = "RO" + vat_id  # a Romanian VAT payer's VAT id is its CUI with RO in front
        return vat_id

    def _supplier(self, party_element: etree._Element) -> None:
        seller = self.doc.seller
        country = _country(seller)
        self._address(_cac(party_element, "PostalAddress"), seller.address, country)
        registration = re.sub(r"\s+", "", seller.registration_id).upper().removeprefix("RO")
        vat_id = self._vat_id(seller, country, derive_from_registration=True)
        if vat_id:
            self._tax_scheme(party_element, vat_id, "VAT")
        elif registration:
            self._tax_scheme(party_element, registration, ns.NON_VAT_TAX_SCHEME)  # BT-32
        self._legal_entity(party_element, seller.name.strip(), registration)

    def _customer(self, party_element: etree._Element) -> None:
        buyer = self.doc.buyer
        country = _country(buyer)
        self._address(_cac(party_element, "PostalAddress"), buyer.address, country)
        if isinstance(buyer, Client) and not buyer.is_business:
            # B2C: the CNP if the buyer gave one, else ANAF's anonymous CNP (BR-RO-120 needs BT-47).
            personal = re.sub(r"\s+", "", buyer.personal_id) or ns.ANONYMOUS_CNP
            self._legal_entity(party_element, buyer.name.strip(), personal)
            return
        registration = re.sub(r"\s+", "", buyer.registration_id).upper()
        if country == "RO":
            registration = registration.removeprefix("RO")
        vat_id = self._vat_id(buyer, country, derive_from_registration=False)
        if vat_id and VatCategory.NOT_SUBJECT in self.categories:
            # BR-O-02: a document outside the scope of VAT carries no VAT ids; the number stays as BT-47.
            registration = registration or vat_id.removeprefix("RO")
            vat_id = ""
        if vat_id:
            self._tax_scheme(party_element, vat_id, "VAT")
        elif registration and country == "RO":
            self._tax_scheme(party_element, registration, ns.NON_VAT_TAX_SCHEME)
        self._legal_entity(party_element, buyer.name.strip(), registration)

    def _delivery(self, delivery: etree._Element) -> None:
        # BR-IC-11/12: an intra-community supply states when and to which country the goods went.
        _cbc(delivery, "ActualDeliveryDate", self.doc.effective_tax_point.isoformat())
        buyer = self.doc.buyer
        self._address(_cac(_cac(delivery, "DeliveryLocation"), "Address"), buyer.address, _country(buyer))

    # -- payment and totals ------------------------------------------------------------------------------
    def _payment(self, root: etree._Element) -> None:
        means = _cac(root, "PaymentMeans")
        _cbc(means, "PaymentMeansCode", self.payment_code)
        if self.credit_note and self.doc.due_date:
            _cbc(means, "PaymentDueDate", self.doc.due_date.isoformat())
        if self.payment_code in _TRANSFER_CODES:
            account = _cac(means, "PayeeFinancialAccount")
            _cbc(account, "ID", re.sub(r"\s+", "", _payee_iban(self.doc.seller, self.currency)).upper())

    def _tax_category(self, parent: etree._Element, name: str, category: VatCategory, rate: Decimal) -> None:
        element = _cac(parent, name)
        _cbc(element, "ID", category.value)
        if category != VatCategory.NOT_SUBJECT:  # BR-O-05: "O" has no rate
            _cbc(element, "Percent", format_decimal(rate))
        if name == "TaxCategory":
            if category in _VATEX:
                _cbc(element, "TaxExemptionReasonCode", _VATEX[category])
            if category in _VATEX or category == VatCategory.EXEMPT:
                reason = self.doc.vat_exemption_reason.strip()
                if reason:
                    _cbc(
                        element,
                        "TaxExemptionReason",
                        _clip(
                            reason,
                            MAX_EXEMPTION_REASON,
                            "vat_exemption_reason",
                            "VAT exemption reason",
                            self.warnings,
                        ),
                    )
        _cbc(_cac(element, "TaxScheme"), "ID", "VAT")

    def _tax_totals(self, root: etree._Element) -> None:
        tax_total = _cac(root, "TaxTotal")
        _cbc(tax_total, "TaxAmount", format_amount(self.totals.vat), currencyID=self.currency)
        for summary in self.totals.by_rate:
            subtotal = _cac(tax_total, "TaxSubtotal")
            _cbc(subtotal, "TaxableAmount", format_amount(summary.net), currencyID=self.currency)
            _cbc(subtotal, "TaxAmount", format_amount(summary.vat), currencyID=self.currency)
            self._tax_category(subtotal, "TaxCategory", VatCategory(summary.category), summary.rate)
        if self.currency != RON:
            # BR-53: the VAT total in the VAT accounting currency, converted at the document's rate.
            ron_vat = convert(self.totals.vat, self.doc.exchange_rate)
            _cbc(_cac(root, "TaxTotal"), "TaxAmount", format_amount(ron_vat), currencyID=RON)

    def _monetary_total(self, total: etree._Element) -> None:
        amounts = (
            ("LineExtensionAmount", self.totals.net),
            ("TaxExclusiveAmount", self.totals.net),
            ("TaxInclusiveAmount", self.totals.gross),
            ("PayableAmount", self.totals.gross),
        )
        for name, value in amounts:
            _cbc(total, name, format_amount(value), currencyID=self.currency)

    # -- lines -------------------------------------------------------------------------------------------
    def _line(self, root: etree._Element, index: int, line: DocumentLine) -> None:
        element = _cac(root, "CreditNoteLine" if self.credit_note else "InvoiceLine")
        _cbc(element, "ID", str(index + 1))
        code, known = unit_code(line.unit)
        if not known:
            self.warnings.append(
                FieldError(
                    f"lines[{index}].unit",
                    f"The unit {line.unit!r} is not a known unit and was sent as {code} (piece)",
                    "Choose a unit from the list.",
                )
            )
        _cbc(
            element,
            "CreditedQuantity" if self.credit_note else "InvoicedQuantity",
            format_decimal(line.quantity),
            unitCode=code,
        )
        _cbc(
            element,
            "LineExtensionAmount",
            format_amount(self.totals.lines[index].net),
            currencyID=self.currency,
        )
        if line.discount:
            self._line_discount(element, line.discount)
        self._item(_cac(element, "Item"), index, line)
        price = _cac(element, "Price")
        _cbc(price, "PriceAmount", format_decimal(line.unit_price, min_places=2), currencyID=self.currency)

    def _line_discount(self, line_element: etree._Element, discount: Decimal) -> None:
        allowance = _cac(line_element, "AllowanceCharge")
        if discount > 0:
            _cbc(allowance, "ChargeIndicator", "false")
            _cbc(allowance, "AllowanceChargeReasonCode", _DISCOUNT_REASON_CODE)
            _cbc(allowance, "AllowanceChargeReason", "Discount")
        else:
            # The reversal of a discount (storno line): a charge of the same amount keeps the net exact.
            _cbc(allowance, "ChargeIndicator", "true")
            _cbc(allowance, "AllowanceChargeReason", "Reversal of discount")
        _cbc(allowance, "Amount", format_amount(abs(discount)), currencyID=self.currency)

    def _item(self, item: etree._Element, index: int, line: DocumentLine) -> None:
        name = " ".join(line.name.split())
        description = " ".join(line.description.split())
        if len(name) > MAX_ITEM_NAME and not description:
            description = name  # keep the whole name on the invoice
        if description:
            _cbc(
                item,
                "Description",
                _clip(
                    description,
                    MAX_DESCRIPTION,
                    f"lines[{index}].description",
                    "item description",
                    self.warnings,
                ),
            )
        _cbc(item, "Name", _clip(name, MAX_ITEM_NAME, f"lines[{index}].name", "item name", self.warnings))
        if line.sku.strip():
            _cbc(_cac(item, "SellersItemIdentification"), "ID", line.sku.strip())
        self._tax_category(item, "ClassifiedTaxCategory", VatCategory(line.vat_category), line.vat_rate)
