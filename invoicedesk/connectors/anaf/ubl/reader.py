"""UBL 2.1 Invoice / CreditNote (e-Factura, EN 16931) → Document, for importing supplier documents.

`read_ubl(xml) -> ReadResult(document, declared, warnings)`:
- The document's lines are the file's lines. Document-level allowances and charges, which Document has
  no place for, become lines of their own (an allowance as quantity −1, a charge as quantity 1, with the
  allowance's VAT category and rate), so that the document's totals are the file's totals.
- Line allowances minus line charges become the line's `discount`; a price per base quantity (BT-149)
  becomes the price per unit. If quantity × price − discount does not give the line net the file states
  (rounded prices), the discount absorbs the difference and a warning says so: the file is the legal
  original, its amounts win.
- A CreditNote (or an Invoice with type code 381) is turned into the domain's sign convention for credit
  notes: negative quantities and discounts, positive prices (see core.credit_notes). `declared` is
  expressed in the same convention, so `compute_totals(result.document)` is directly comparable with it.
- VAT is recomputed per rate (EN 16931's way); when the file's VAT matches per-line rounding instead, the
  document says RoundingMode.PER_LINE. Totals that still differ from the file's are reported in warnings.
- The seller becomes a Company whose `address.country` says where it is; `Company.country` only knows
  CZ/SK/PL/RO and is set for those, so for any other supplier read the address.
Anything that cannot be read raises UblReadError naming the element and its line; nothing else escapes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import NoReturn

from lxml import etree

from invoicedesk.connectors.anaf.ubl import namespaces as ns
from invoicedesk.connectors.anaf.ubl.problems import UblReadError
from invoicedesk.core import payment_methods
from invoicedesk.core.documents import (
    Address,
    BankAccount,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentReference,
    DocumentType,
    RoundingMode,
    VatCategory,
)
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.core.money import round_money
from invoicedesk.core.totals import DocumentTotals, LineTotals, RateSummary, compute_totals

_ZERO = Decimal(0)
_ONE = Decimal(1)
_PRICE_PLACES = Decimal("1e-10")
_RATE_PLACES = Decimal("1e-6")
_CODE_TO_METHOD = {  # UNCL4461 -> the app's payment method, for codes that name one unambiguously
    "10": "cash",
    "30": "bank_transfer",
    "31": "bank_transfer",
    "42": "bank_transfer",
    "58": "bank_transfer",
    "48": "card",
    "54": "card",
    "55": "card",
    "68": "online_gateway",
    "97": "offset",
}


@dataclass(frozen=True)
class DeclaredTotals:
    """The totals the file states (BT-109, BT-110, BT-112, BT-115), in the returned Document's sign."""

    net: Decimal
    vat: Decimal
    gross: Decimal
    payable: Decimal
    prepaid: Decimal = _ZERO
    rounding: Decimal = _ZERO


@dataclass(frozen=True)
class ReadResult:
    document: Document
    declared: DeclaredTotals
    warnings: list[str]
    totals: DocumentTotals  # the file's totals per rate, cross-checked against the lines (see _file_totals)
    type_code: str


class _Source:
    """Element lookups that fail with the element's name and line instead of None or a bare exception."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root

    @staticmethod
    def text(node: etree._Element | None, path: str) -> str:
        if node is None:
            return ""
        found = node.find(path, ns.XPATH_NS)
        return " ".join((found.text or "").split()) if found is not None else ""

    def required(self, node: etree._Element, path: str, what: str) -> str:
        value = self.text(node, path)
        if not value:
            raise UblReadError(
                f"{what} ({path}) is missing under <{etree.QName(node).localname}> at line"
                f" {node.sourceline}; the file cannot be imported without it."
            )
        return value

    @staticmethod
    def decimal(node: etree._Element | None, path: str, what: str, default: Decimal | None = None) -> Decimal:
        found = node.find(path, ns.XPATH_NS) if node is not None else None
        if found is None or not (found.text or "").strip():
            if default is not None:
                return default
            where = (
                f" under <{etree.QName(node).localname}> at line {node.sourceline}"
                if node is not None
                else ""
            )
            raise UblReadError(f"{what} ({path}) is missing{where}.")
        return _Source.number(found, what)

    @staticmethod
    def number(element: etree._Element, what: str) -> Decimal:
        raw = (element.text or "").strip()
        try:
            value = Decimal(raw)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite():
            raise UblReadError(
                f"{what} (<{etree.QName(element).localname}> at line {element.sourceline}) is"
                f" {raw!r}, which is not a number."
            )
        return value

    def date(self, node: etree._Element, path: str, what: str) -> dt.date | None:
        raw = self.text(node, path)
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            line = node.find(path, ns.XPATH_NS).sourceline
            raise UblReadError(
                f"{what} ({path}) at line {line} is {raw!r}, not a date in the form YYYY-MM-DD."
            ) from None


def _parse(xml: bytes) -> etree._Element:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True, remove_comments=True)
    try:
        root = etree.fromstring(xml, parser)
    except etree.XMLSyntaxError as exc:
        raise UblReadError(f"The file is not well-formed XML: {exc}") from None
    except ValueError as exc:  # e.g. text with an encoding declaration passed as str
        raise UblReadError(f"The file could not be read as XML: {exc}") from None
    if root.tag not in (ns.INVOICE_ROOT, ns.CREDIT_NOTE_ROOT):
        raise UblReadError(
            f"The file is not a UBL 2.1 Invoice or CreditNote; its root element is {root.tag}."
        )
    return root


def _address(src: _Source, node: etree._Element | None) -> Address:
    if node is None:
        return Address()
    streets = [
        src.text(node, "cbc:StreetName"),
        src.text(node, "cbc:AdditionalStreetName"),
        src.text(node, "cac:AddressLine/cbc:Line"),
    ]
    return Address(
        street=", ".join(part for part in streets if part),
        city=src.text(node, "cbc:CityName"),
        postal_code=src.text(node, "cbc:PostalZone"),
        country=src.text(node, "cac:Country/cbc:IdentificationCode").upper(),
        region=src.text(node, "cbc:CountrySubentity"),
    )


@dataclass
class _PartyData:
    name: str
    address: Address
    registration_id: str
    vat_id: str
    personal_id: str
    is_vat_payer: bool
    is_private: bool  # identified by a CNP, or by the anonymous CNP of a buyer who gave none


def _party(src: _Source, party: etree._Element | None, role: str) -> _PartyData:
    if party is None:
        raise UblReadError(f"The {role} (cac:Party) is missing; the file cannot be imported without it.")
    name = src.text(party, "cac:PartyLegalEntity/cbc:RegistrationName") or src.text(
        party, "cac:PartyName/cbc:Name"
    )
    address = _address(src, party.find("cac:PostalAddress", ns.XPATH_NS))
    vat_id, tax_registration = "", ""
    for scheme in party.findall("cac:PartyTaxScheme", ns.XPATH_NS):
        company_id = src.text(scheme, "cbc:CompanyID")
        if src.text(scheme, "cac:TaxScheme/cbc:ID").upper() == "VAT":
            vat_id = vat_id or company_id
        else:
            tax_registration = tax_registration or company_id
    legal_id = src.text(party, "cac:PartyLegalEntity/cbc:CompanyID")
    identification = src.text(party, "cac:PartyIdentification/cbc:ID")
    personal_id = ""
    is_private = address.country == "RO" and legal_id.isdigit() and len(legal_id) == 13
    if is_private:
        personal_id = "" if legal_id == ns.ANONYMOUS_CNP else legal_id  # a private buyer's CNP
        legal_id = ""
    registration = tax_registration or legal_id or identification
    if address.country == "RO":
        digits = registration.upper().removeprefix("RO").strip()
        if not digits.isdigit() and vat_id.upper().startswith("RO"):
            # PartyLegalEntity often holds the Trade Register number (J12/…); the CUI is the VAT id's digits.
            digits = vat_id[2:].strip()
        registration = digits if digits.isdigit() else registration
    return _PartyData(name, address, registration, vat_id, personal_id, bool(vat_id), is_private)


def _country(code: str) -> Country | None:
    try:
        return Country(code)
    except ValueError:
        return None


def _bank_accounts(src: _Source, root: etree._Element) -> list[BankAccount]:
    accounts = []
    for account in root.findall("cac:PaymentMeans/cac:PayeeFinancialAccount", ns.XPATH_NS):
        iban = src.text(account, "cbc:ID").replace(" ", "")
        if iban and all(existing.iban != iban for existing in accounts):
            accounts.append(
                BankAccount(
                    iban=iban,
                    bic=src.text(account, "cac:FinancialInstitutionBranch/cbc:ID"),
                    name=src.text(account, "cbc:Name"),
                )
            )
    return accounts


# Categories EN 16931 knows but the app does not issue. Their VAT is computed like a standard rate (split
# payment in Italy, the Canary Islands' IGIC, Ceuta and Melilla's IPSI), so they are read as standard-rated.
_READ_AS_STANDARD = {"B", "L", "M"}


def _category(
    src: _Source, node: etree._Element, where: str, warnings: list[str]
) -> tuple[VatCategory, Decimal]:
    code = src.required(node, "cbc:ID", f"The VAT category of {where}").upper()
    rate = src.decimal(node, "cbc:Percent", f"The VAT rate of {where}", default=_ZERO)
    if code in _READ_AS_STANDARD:
        warnings.append(f"{where}: VAT category {code} is read as standard-rated (S) at {rate} %")
        return VatCategory.STANDARD, rate
    try:
        return VatCategory(code), rate
    except ValueError:
        raise UblReadError(
            f"The VAT category {code!r} of {where} (line {node.sourceline}) is not a valid EN 16931 category."
        ) from None


class _Reader:
    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.src = _Source(root)
        self.warnings: list[str] = []
        self.is_credit_note_root = root.tag == ns.CREDIT_NOTE_ROOT

    def read(self) -> ReadResult:
        src, root = self.src, self.root
        type_code = src.text(
            root, "cbc:CreditNoteTypeCode" if self.is_credit_note_root else "cbc:InvoiceTypeCode"
        )
        credit = self.is_credit_note_root or type_code == ns.TYPE_CREDIT_NOTE
        currency = src.required(root, "cbc:DocumentCurrencyCode", "The currency").upper()
        lines = self._lines(currency) + self._document_allowances_and_charges()
        if not lines:
            raise UblReadError("The file has no invoice lines; there is nothing to import.")
        if credit:
            lines = [
                dataclasses.replace(line, quantity=-line.quantity, discount=-line.discount) for line in lines
            ]

        declared = self._declared(currency, credit)
        seller = _party(src, root.find("cac:AccountingSupplierParty/cac:Party", ns.XPATH_NS), "seller")
        buyer = _party(src, root.find("cac:AccountingCustomerParty/cac:Party", ns.XPATH_NS), "buyer")
        company = Company(
            name=seller.name,
            address=seller.address,
            registration_id=seller.registration_id,
            vat_id=seller.vat_id,
            is_vat_payer=seller.is_vat_payer,
            bank_accounts=_bank_accounts(src, root),
            default_currency=currency,
        )
        if _country(seller.address.country) is not None:
            company.country = Country(seller.address.country)
        client = Client(
            name=buyer.name,
            address=buyer.address,
            registration_id=buyer.registration_id,
            vat_id=buyer.vat_id,
            personal_id=buyer.personal_id,
            is_vat_payer=buyer.is_vat_payer,
            is_business=not buyer.is_private,
        )
        document = Document(
            doc_type=DocumentType.CREDIT_NOTE if credit else DocumentType.INVOICE,
            number=src.required(root, "cbc:ID", "The document number"),
            issue_date=src.date(root, "cbc:IssueDate", "The issue date") or self._missing("cbc:IssueDate"),
            seller=company,
            buyer=client,
            currency=currency,
            lines=lines,
            tax_point_date=src.date(root, "cbc:TaxPointDate", "The tax point date"),
            due_date=(
                src.date(root, "cbc:DueDate", "The due date")
                or src.date(root, "cac:PaymentMeans/cbc:PaymentDueDate", "The due date")
            ),
            exchange_rate=self._exchange_rate(currency, declared),
            payment_method=self._payment_method(),
            corrects=self._reference(),
            note="\n".join(note.text.strip() for note in root.findall("cbc:Note", ns.XPATH_NS) if note.text),
            vat_exemption_reason=self._exemption_reason(),
        )
        document, totals = self._file_totals(document, declared, -1 if credit else 1)
        self._compare(totals, declared)
        return ReadResult(document, declared, self.warnings, totals, type_code)

    def _missing(self, path: str) -> NoReturn:
        raise UblReadError(f"{path} is missing; the file cannot be imported without it.")

    # -- lines -------------------------------------------------------------------------------------------
    def _lines(self, currency: str) -> list[DocumentLine]:
        src = self.src
        tag = "cac:CreditNoteLine" if self.is_credit_note_root else "cac:InvoiceLine"
        quantity_tag = "cbc:CreditedQuantity" if self.is_credit_note_root else "cbc:InvoicedQuantity"
        lines = []
        for number, node in enumerate(self.root.findall(tag, ns.XPATH_NS), start=1):
            where = f"line {number}"
            quantity = src.decimal(node, quantity_tag, f"The quantity of {where}")
            unit = (node.find(quantity_tag, ns.XPATH_NS).get("unitCode") or "").strip() or "C62"
            price = src.decimal(node, "cac:Price/cbc:PriceAmount", f"The price of {where}")
            base = src.decimal(
                node, "cac:Price/cbc:BaseQuantity", f"The price base quantity of {where}", default=_ONE
            )
            if base == 0:
                raise UblReadError(f"The price base quantity of {where} (line {node.sourceline}) is 0.")
            unit_price = price / base
            if unit_price != unit_price.quantize(_PRICE_PLACES):
                unit_price = unit_price.quantize(_PRICE_PLACES)
            discount = _ZERO
            for allowance in node.findall("cac:AllowanceCharge", ns.XPATH_NS):
                amount = src.decimal(allowance, "cbc:Amount", f"An allowance or charge amount of {where}")
                is_charge = src.text(allowance, "cbc:ChargeIndicator").lower() == "true"
                discount += -amount if is_charge else amount
            declared_net = src.decimal(node, "cbc:LineExtensionAmount", f"The net amount of {where}")
            computed_net = round_money(quantity * unit_price - discount)
            if computed_net and computed_net == -declared_net:
                # A returned item written with a positive quantity and a negative net: the net decides.
                self.warnings.append(
                    f"{where}: the quantity's sign contradicts the line's net amount"
                    f" {declared_net} {currency}; the quantity was read as {-quantity}"
                )
                quantity, discount, computed_net = -quantity, -discount, declared_net
            if computed_net != declared_net:
                self.warnings.append(
                    f"{where}: the file states a net amount of {declared_net} {currency},"
                    f" while quantity × price −"
                    f" allowances gives {computed_net}; the file's amount was kept"
                )
                discount = quantity * unit_price - declared_net
            item = node.find("cac:Item", ns.XPATH_NS)
            if item is None:
                raise UblReadError(f"The item (cac:Item) of {where} at line {node.sourceline} is missing.")
            tax = item.find("cac:ClassifiedTaxCategory", ns.XPATH_NS)
            if tax is None:
                raise UblReadError(f"The VAT category of {where} at line {node.sourceline} is missing.")
            category, rate = _category(src, tax, where, self.warnings)
            lines.append(
                DocumentLine(
                    name=src.text(item, "cbc:Name"),
                    quantity=quantity,
                    unit_price=unit_price,
                    vat_rate=rate,
                    unit=unit,
                    vat_category=category,
                    description=src.text(item, "cbc:Description"),
                    sku=src.text(item, "cac:SellersItemIdentification/cbc:ID"),
                    discount=discount,
                )
            )
        return lines

    def _document_allowances_and_charges(self) -> list[DocumentLine]:
        src = self.src
        lines = []
        for number, node in enumerate(self.root.findall("cac:AllowanceCharge", ns.XPATH_NS), start=1):
            is_charge = src.text(node, "cbc:ChargeIndicator").lower() == "true"
            kind = "charge" if is_charge else "allowance"
            amount = src.decimal(node, "cbc:Amount", f"The amount of document-level {kind} {number}")
            tax = node.find("cac:TaxCategory", ns.XPATH_NS)
            if tax is None:
                raise UblReadError(
                    f"The VAT category of document-level {kind} {number} (line {node.sourceline}) is missing."
                )
            category, rate = _category(src, tax, f"document-level {kind} {number}", self.warnings)
            reason = src.text(node, "cbc:AllowanceChargeReason") or src.text(
                node, "cbc:AllowanceChargeReasonCode"
            )
            label = "Charge" if is_charge else "Allowance"
            lines.append(
                DocumentLine(
                    name=f"{label}: {reason}" if reason else label,
                    quantity=_ONE if is_charge else -_ONE,
                    unit_price=amount,
                    vat_rate=rate,
                    unit="C62",
                    vat_category=category,
                )
            )
        return lines

    # -- header ------------------------------------------------------------------------------------------
    def _declared(self, currency: str, credit: bool) -> DeclaredTotals:
        src = self.src
        total = self.root.find("cac:LegalMonetaryTotal", ns.XPATH_NS)
        if total is None:
            raise UblReadError("The document totals (cac:LegalMonetaryTotal) are missing.")
        vat = _ZERO
        for amount in self.root.findall("cac:TaxTotal/cbc:TaxAmount", ns.XPATH_NS):
            if (amount.get("currencyID") or currency).upper() == currency:
                vat = _Source.number(amount, "The VAT total")
                break
        sign = -1 if credit else 1
        return DeclaredTotals(
            net=sign * src.decimal(total, "cbc:TaxExclusiveAmount", "The total without VAT"),
            vat=sign * vat,
            gross=sign * src.decimal(total, "cbc:TaxInclusiveAmount", "The total with VAT"),
            payable=sign * src.decimal(total, "cbc:PayableAmount", "The amount due"),
            prepaid=sign * src.decimal(total, "cbc:PrepaidAmount", "The paid amount", default=_ZERO),
            rounding=sign
            * src.decimal(total, "cbc:PayableRoundingAmount", "The rounding amount", default=_ZERO),
        )

    def _exchange_rate(self, currency: str, declared: DeclaredTotals) -> Decimal:
        src = self.src
        tax_currency = src.text(self.root, "cbc:TaxCurrencyCode").upper()
        if not tax_currency or tax_currency == currency:
            return _ONE
        stated = src.decimal(
            self.root, "cac:TaxExchangeRate/cbc:CalculationRate", "The exchange rate", default=_ZERO
        )
        if stated > 0:
            return stated
        for amount in self.root.findall("cac:TaxTotal/cbc:TaxAmount", ns.XPATH_NS):
            if (amount.get("currencyID") or "").upper() == tax_currency and declared.vat:
                converted = abs(_Source.number(amount, f"The VAT total in {tax_currency}"))
                self.warnings.append(
                    f"The exchange rate to {tax_currency} is derived from the VAT amounts and is"
                    " approximate; the file does not state it"
                )
                return (converted / abs(declared.vat)).quantize(_RATE_PLACES)
        self.warnings.append(f"The file states no exchange rate to {tax_currency}")
        return _ONE

    def _payment_method(self) -> str:
        code = self.src.text(self.root, "cac:PaymentMeans/cbc:PaymentMeansCode")
        method = _CODE_TO_METHOD.get(code)
        if method is None:
            return "other"
        try:
            return payment_methods.get(method).code
        except DomainValidationError:
            return "other"

    def _reference(self) -> DocumentReference | None:
        node = self.root.find("cac:BillingReference/cac:InvoiceDocumentReference", ns.XPATH_NS)
        if node is None:
            return None
        number = self.src.text(node, "cbc:ID")
        issued = self.src.date(node, "cbc:IssueDate", "The corrected document's issue date")
        if issued is None:
            self.warnings.append(
                f"The corrected document {number} has no issue date in the file; "
                "this document's issue date stands in for it"
            )
            issued = self.src.date(self.root, "cbc:IssueDate", "The issue date")
        return DocumentReference(number=number, issue_date=issued)

    def _exemption_reason(self) -> str:
        reasons = []
        for category in self.root.findall("cac:TaxTotal/cac:TaxSubtotal/cac:TaxCategory", ns.XPATH_NS):
            reason = self.src.text(category, "cbc:TaxExemptionReason") or self.src.text(
                category, "cbc:TaxExemptionReasonCode"
            )
            if reason and reason not in reasons:
                reasons.append(reason)
        return "; ".join(reasons)

    # -- totals ------------------------------------------------------------------------------------------
    def _breakdown(self, currency: str, sign: int) -> list[RateSummary]:
        """The file's VAT breakdown (BG-23) in the document currency, in the Document's sign."""
        src, rows = self.src, []
        ignored: list[str] = []  # category notes were already given for the lines
        for number, subtotal in enumerate(
            self.root.findall("cac:TaxTotal/cac:TaxSubtotal", ns.XPATH_NS), start=1
        ):
            amount = subtotal.find("cbc:TaxAmount", ns.XPATH_NS)
            if amount is not None and (amount.get("currencyID") or currency).upper() != currency:
                continue
            node = subtotal.find("cac:TaxCategory", ns.XPATH_NS)
            if node is None:
                raise UblReadError(
                    f"The VAT category of VAT breakdown {number} (line {subtotal.sourceline}) is missing."
                )
            category, rate = _category(src, node, f"VAT breakdown {number}", ignored)
            taxable = sign * src.decimal(
                subtotal, "cbc:TaxableAmount", f"The taxable amount of VAT breakdown {number}"
            )
            tax = sign * src.decimal(subtotal, "cbc:TaxAmount", f"The VAT of VAT breakdown {number}")
            rows.append(RateSummary(category, rate, taxable, tax, taxable + tax))
        return rows

    def _file_totals(
        self, document: Document, declared: DeclaredTotals, sign: int
    ) -> tuple[Document, DocumentTotals]:
        """Totals as the file states them per rate, cross-checked against the lines.

        EN 16931 lets a VAT breakdown differ from taxable × rate by up to one unit (BR-CO-17, BR-S-08), and
        official examples use that room. The file is the legal original, so its per-rate VAT is kept; each
        difference from the recomputation is reported.
        """
        computed = compute_totals(document)
        if computed.vat != declared.vat:
            per_line = dataclasses.replace(document, rounding=RoundingMode.PER_LINE)
            per_line_totals = compute_totals(per_line)
            if per_line_totals.vat == declared.vat:
                document, computed = per_line, per_line_totals
        breakdown = self._breakdown(document.currency, sign)
        if not breakdown:
            self.warnings.append("The file has no VAT breakdown; the VAT was computed from the lines")
            return document, computed

        groups: dict[tuple[VatCategory, Decimal], list[int]] = {}
        for index, line in enumerate(document.lines):
            groups.setdefault((VatCategory(line.vat_category), line.vat_rate), []).append(index)
        mine = {(summary.category, summary.rate): summary for summary in computed.by_rate}
        line_vats = [line.vat for line in computed.lines]
        summaries: list[RateSummary] = []
        for stated in breakdown:
            key = (stated.category, stated.rate)
            label = f"{stated.category.value} {stated.rate} %"
            ours = mine.pop(key, None)
            if ours is None:
                self.warnings.append(f"The VAT breakdown lists {label}, which no line has")
            else:
                if ours.net != stated.net:
                    self.warnings.append(
                        f"The VAT breakdown states a taxable amount of {stated.net} at {label};"
                        f" the lines give {ours.net}"
                    )
                if ours.vat != stated.vat:
                    self.warnings.append(
                        f"The VAT breakdown states {stated.vat} VAT at {label}; the lines give"
                        f" {ours.vat}. The file's amount was kept"
                    )
                    largest = max(groups[key], key=lambda i: abs(computed.lines[i].net))
                    line_vats[largest] += stated.vat - ours.vat
            summaries.append(stated)
        for key, ours in mine.items():
            self.warnings.append(
                f"The lines at {key[0].value} {key[1]} % are missing from the file's VAT breakdown"
            )
            summaries.append(ours)
        lines = tuple(
            LineTotals(t.net, vat, t.net + vat) for t, vat in zip(computed.lines, line_vats, strict=True)
        )
        vat = sum((summary.vat for summary in summaries), _ZERO)
        return document, DocumentTotals(lines, tuple(summaries), computed.net, vat, computed.net + vat)

    def _compare(self, totals: DocumentTotals, declared: DeclaredTotals) -> None:
        checks = (
            ("total without VAT", totals.net, declared.net),
            ("VAT", totals.vat, declared.vat),
            ("total with VAT", totals.gross, declared.gross),
            ("amount due", totals.gross - declared.prepaid + declared.rounding, declared.payable),
        )
        for label, computed, stated in checks:
            if computed != stated:
                self.warnings.append(f"The {label} in the file is {stated}, the lines give {computed}")


def read_ubl(xml: bytes) -> ReadResult:
    """Read one e-Factura UBL Invoice or CreditNote (see the module docstring for the conventions)."""
    root = _parse(xml)
    try:
        return _Reader(root).read()
    except DomainValidationError as exc:  # e.g. an unknown currency met while totalling
        raise UblReadError(f"The file's content cannot be used: {exc}") from None
