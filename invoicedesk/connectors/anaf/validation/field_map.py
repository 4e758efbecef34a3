"""From a rule that failed on a UBL file to the document field a bookkeeper has to fix, and what to do.

The official rules speak of business terms (BT-52) and XPaths; the app's screens speak of fields
("buyer.address.city"). The table covers the rules that fire in practice. A `{party}` in a field path is
filled from the location (seller or buyer), `{line}` with the 0-based line index; an unknown rule falls
back to the field its location names, if any, and to the English half of ANAF's bilingual text.
"""

from __future__ import annotations

import re

_PARTY_IN_LOCATION = (("AccountingSupplierParty", "seller"), ("AccountingCustomerParty", "buyer"))
_LINE_IN_LOCATION = re.compile(r"(?:InvoiceLine|CreditNoteLine)\[(\d+)\]")

_BUCHAREST_CITY = "For an address in Bucharest the city must be the sector: Sector 1 … Sector 6."
_COUNTY = (
    "Choose the county (județ) from the list, for example Cluj or Ilfov; for Bucharest choose București."
)
_TOTALS = (
    "The amounts per VAT rate do not add up."
    " Check each line's quantity, price, discount, VAT category and rate."
)
_ZERO_RATE = "This VAT category is always 0 %. Set the line's VAT rate to 0 or choose another category."
_EXEMPTION = (
    "Lines that are exempt, reverse-charged, intra-community, exported or outside the scope of VAT need the "
    "legal reason on the document. Fill in the VAT exemption reason,"
    " for example the article of the Fiscal Code."
)

# rule id -> (field path template, bookkeeper-readable message)
RULES: dict[str, tuple[str, str]] = {
    "BR-RO-001": ("", "The file does not declare the CIUS-RO version ANAF expects. Report this as a fault."),
    "BR-RO-010": ("number", "The document number must contain at least one digit."),
    "BR-RO-020_1": ("doc_type", "ANAF accepts only invoices (380, 384, 389, 751) and credit notes (381)."),
    "BR-RO-020_2": ("doc_type", "ANAF accepts only the credit note type 381."),
    "BR-RO-030": (
        "exchange_rate",
        "A document in a foreign currency must also state its VAT in RON. Enter the exchange rate to RON.",
    ),
    "BR-53": ("exchange_rate", "The VAT in RON is missing. Enter the exchange rate to RON."),
    "BR-RO-040": ("tax_point_date", "The tax point date code must be 3, 35 or 432."),
    "BR-RO-065": (
        "seller.vat_id",
        "Enter the seller's VAT number (RO…) or, for a company that is not a VAT payer, its CUI.",
    ),
    "BR-RO-081": ("seller.address.street", "Enter the seller's street and number."),
    "BR-RO-082": ("buyer.address.street", "Enter the buyer's street and number."),
    "BR-RO-091": ("seller.address.city", "Enter the seller's city."),
    "BR-RO-092": ("buyer.address.city", "Enter the buyer's city."),
    "BR-RO-100": ("seller.address.city", _BUCHAREST_CITY),
    "BR-RO-101": ("buyer.address.city", _BUCHAREST_CITY),
    "BR-RO-110": ("seller.address.region", "The seller's county is missing or not recognised. " + _COUNTY),
    "BR-RO-111": ("buyer.address.region", "The buyer's county is missing or not recognised. " + _COUNTY),
    "BR-RO-120": (
        "buyer.registration_id",
        "Enter the buyer's CUI or VAT number. For a private person enter the CNP, or leave it empty and mark"
        " the client as a private person.",
    ),
    "BR-RO-180": ("buyer.address.street", "The delivery address (the buyer's address) needs a street."),
    "BR-RO-201": ("buyer.address.city", "The delivery address (the buyer's address) needs a city."),
    "BR-RO-202": ("buyer.address.city", _BUCHAREST_CITY),
    "BR-RO-211": (
        "buyer.address.region",
        "The delivery address (the buyer's address) needs a region, for example DE-BY for Bavaria.",
    ),
    "BR-RO-212": ("buyer.address.region", "The buyer's county is missing or not recognised. " + _COUNTY),
    "BR-RO-A020": ("note", "A document may carry at most 20 notes."),
    "BR-RO-L302": ("note", "A note may have at most 300 characters. Shorten the note."),
    "BR-RO-L1024": ("lines[{line}].name", "An item name may have at most 100 characters. Shorten it."),
    "BR-RO-L212": ("lines[{line}].description", "An item description may have at most 200 characters."),
    "BR-RO-L151": ("seller.address.street", "The seller's street may have at most 150 characters."),
    "BR-RO-L152": ("buyer.address.street", "The buyer's street may have at most 150 characters."),
    "BR-RO-L0501": ("seller.address.city", "The seller's city may have at most 50 characters."),
    "BR-RO-L0502": ("buyer.address.city", "The buyer's city may have at most 50 characters."),
    "BR-RO-L0201": ("seller.address.postal_code", "The seller's postal code may have at most 20 characters."),
    "BR-RO-L0202": ("buyer.address.postal_code", "The buyer's postal code may have at most 20 characters."),
    "BR-RO-L201": ("seller.name", "The seller's name may have at most 200 characters."),
    "BR-RO-L203": ("buyer.name", "The buyer's name may have at most 200 characters."),
    "BR-RO-L155": ("number", "The document number may have at most 200 characters."),
    "BR-RO-L156": ("corrects.number", "The corrected document's number may have at most 200 characters."),
    "BR-RO-DT001": ("issue_date", "The issue date must be a valid date (YYYY-MM-DD)."),
    "BR-RO-DT002": ("tax_point_date", "The tax point date must be a valid date (YYYY-MM-DD)."),
    "BR-RO-DT003": ("due_date", "The due date must be a valid date (YYYY-MM-DD)."),
    "BR-RO-DT003_CN": ("due_date", "The due date must be a valid date (YYYY-MM-DD)."),
    "BR-27": (
        "lines[{line}].unit_price",
        "A price cannot be negative. To reverse or credit, use a negative quantity with a positive price,"
        " or issue a credit note.",
    ),
    "BR-CO-09": (
        "{party}.vat_id",
        "A VAT number must start with the two-letter country code, for example RO12345678.",
    ),
    "BR-CO-17": ("lines", _TOTALS),
    "BR-CO-10": ("lines", _TOTALS),
    "BR-CO-13": ("lines", _TOTALS),
    "BR-CO-14": ("lines", _TOTALS),
    "BR-CO-15": ("lines", _TOTALS),
    "BR-CO-16": ("lines", _TOTALS),
    "BR-S-08": ("lines", _TOTALS),
    "BR-Z-08": ("lines", _TOTALS),
    "BR-E-08": ("lines", _TOTALS),
    "BR-AE-08": ("lines", _TOTALS),
    "BR-IC-08": ("lines", _TOTALS),
    "BR-G-08": ("lines", _TOTALS),
    "BR-O-08": ("lines", _TOTALS),
    "BR-S-09": ("lines", _TOTALS),
    "BR-CO-04": ("lines[{line}].vat_category", "Every line needs a VAT category."),
    "BR-16": ("lines", "Add at least one line."),
    "BR-02": ("number", "The document needs a number."),
    "BR-03": ("issue_date", "The document needs an issue date."),
    "BR-04": ("doc_type", "The document needs a type."),
    "BR-05": ("currency", "The document needs a currency."),
    "BR-06": ("seller.name", "Enter the seller's name."),
    "BR-07": ("buyer.name", "Enter the buyer's name."),
    "BR-08": ("seller.address", "Enter the seller's address."),
    "BR-09": ("seller.address.country", "Enter the seller's country."),
    "BR-10": ("buyer.address", "Enter the buyer's address."),
    "BR-11": ("buyer.address.country", "Enter the buyer's country."),
    "BR-22": ("lines[{line}].quantity", "Every line needs a quantity."),
    "BR-23": ("lines[{line}].unit", "Every line needs a unit."),
    "BR-24": ("lines[{line}]", "Every line needs a net amount."),
    "BR-25": ("lines[{line}].name", "Every line needs an item name."),
    "BR-26": ("lines[{line}].unit_price", "Every line needs a price."),
    "BR-55": ("corrects.number", "Enter the number of the document this one corrects."),
    "BR-61": (
        "seller.bank_accounts",
        "Payment by bank transfer needs the seller's IBAN. Add a bank account to the company.",
    ),
    "BR-49": ("payment_method", "Choose a payment method."),
    "BR-S-02": ("seller.vat_id", "Standard-rated lines need the seller's VAT number."),
    "BR-S-05": (
        "lines[{line}].vat_rate",
        "A standard-rated line needs a VAT rate above 0 %."
        " For 0 % choose zero-rated, exempt or reverse charge.",
    ),
    "BR-S-06": ("vat_rate", "A standard-rated allowance or charge needs a VAT rate above 0 %."),
    "BR-Z-02": ("seller.vat_id", "Zero-rated lines need the seller's VAT number."),
    "BR-Z-05": ("lines[{line}].vat_rate", _ZERO_RATE),
    "BR-E-02": ("seller.vat_id", "Exempt lines need the seller's VAT number or CUI."),
    "BR-E-05": ("lines[{line}].vat_rate", _ZERO_RATE),
    "BR-E-10": ("vat_exemption_reason", _EXEMPTION),
    "BR-AE-02": (
        "buyer.vat_id",
        "Reverse charge needs the seller's and the buyer's VAT numbers. Enter the buyer's VAT number.",
    ),
    "BR-AE-05": ("lines[{line}].vat_rate", _ZERO_RATE),
    "BR-AE-10": ("vat_exemption_reason", _EXEMPTION),
    "BR-IC-02": (
        "buyer.vat_id",
        "An intra-community supply needs the seller's and the buyer's VAT numbers."
        " Enter the buyer's VAT number.",
    ),
    "BR-IC-05": ("lines[{line}].vat_rate", _ZERO_RATE),
    "BR-IC-10": ("vat_exemption_reason", _EXEMPTION),
    "BR-IC-11": ("tax_point_date", "An intra-community supply needs the delivery date (tax point date)."),
    "BR-IC-12": ("buyer.address.country", "An intra-community supply needs the country of delivery."),
    "BR-G-02": ("seller.vat_id", "An export needs the seller's VAT number."),
    "BR-G-05": ("lines[{line}].vat_rate", _ZERO_RATE),
    "BR-G-10": ("vat_exemption_reason", _EXEMPTION),
    "BR-O-02": (
        "buyer.vat_id",
        "Lines outside the scope of VAT cannot be combined with VAT numbers on the document.",
    ),
    "BR-O-05": ("lines[{line}].vat_rate", "A line outside the scope of VAT has no VAT rate; set it to 0."),
    "BR-O-10": ("vat_exemption_reason", _EXEMPTION),
    "BR-O-11": (
        "lines",
        "A document with lines outside the scope of VAT cannot have lines of other categories.",
    ),
    "BR-O-12": (
        "lines",
        "A document with lines outside the scope of VAT cannot have lines of other categories.",
    ),
    "BR-CL-01": ("doc_type", "The document type code is not valid."),
    "BR-CL-04": ("currency", "The currency is not a valid ISO 4217 code, for example RON or EUR."),
    "BR-CL-05": ("currency", "The VAT accounting currency is not a valid ISO 4217 code."),
    "BR-CL-14": (
        "{party}.address.country",
        "The country is not a valid two-letter ISO code, for example RO.",
    ),
    "BR-CL-16": ("payment_method", "The payment method has no valid UNCL4461 code."),
    "BR-CL-23": ("lines[{line}].unit", "The unit is not a UN/ECE code; use a unit from the list."),
}

# For XSD errors and unknown rules: element in the location -> document field.
ELEMENTS: dict[str, str] = {
    "ID": "number",
    "IssueDate": "issue_date",
    "DueDate": "due_date",
    "PaymentDueDate": "due_date",
    "TaxPointDate": "tax_point_date",
    "DocumentCurrencyCode": "currency",
    "TaxCurrencyCode": "exchange_rate",
    "InvoiceTypeCode": "doc_type",
    "CreditNoteTypeCode": "doc_type",
    "Note": "note",
    "BillingReference": "corrects",
    "PaymentMeans": "payment_method",
    "PayeeFinancialAccount": "seller.bank_accounts",
    "InvoicedQuantity": "quantity",
    "CreditedQuantity": "quantity",
    "PriceAmount": "unit_price",
    "Price": "unit_price",
    "ClassifiedTaxCategory": "vat_category",
    "Percent": "vat_rate",
    "Name": "name",
    "Description": "description",
    "AllowanceCharge": "discount",
    "StreetName": "address.street",
    "CityName": "address.city",
    "PostalZone": "address.postal_code",
    "CountrySubentity": "address.region",
    "IdentificationCode": "address.country",
    "PostalAddress": "address",
    "PartyTaxScheme": "vat_id",
    "PartyLegalEntity": "registration_id",
    "RegistrationName": "name",
}
_LINE_OR_PARTY_FIELDS = {
    "name",
    "vat_id",
    "registration_id",
    "quantity",
    "unit_price",
    "vat_rate",
    "vat_category",
    "description",
    "discount",
}
_STEP = re.compile(r"(?:[\w-]+:)?([\w.-]+)(?:\[\d+\])?$")


def _party(location: str) -> str:
    for element, party in _PARTY_IN_LOCATION:
        if element in location:
            return party
    return ""


def _line(location: str) -> int | None:
    match = _LINE_IN_LOCATION.search(location)
    return int(match.group(1)) - 1 if match else None


def field_from_location(location: str) -> str:
    """The document field an XPath such as /Invoice[1]/cac:InvoiceLine[3]/cac:Price[1] points at, or ""."""
    steps = [step for step in location.split("/") if step]
    party, line = _party(location), _line(location)
    for step in reversed(steps):
        match = _STEP.search(step)
        name = match.group(1) if match else step
        if name not in ELEMENTS or (name == "ID" and len(steps) != 2):
            continue  # only the root's own ID is the document number
        leaf = ELEMENTS[name]
        if line is not None:
            return f"lines[{line}].{leaf}"
        if party:
            return f"{party}.{leaf}"
        if "." in leaf or leaf in _LINE_OR_PARTY_FIELDS:
            continue  # a party or line field outside a party or line: not specific enough
        return leaf
    if line is not None:
        return f"lines[{line}]"
    return party


def english_text(raw: str) -> str:
    """The English half of ANAF's "[ID]-Romanian #English" texts, without the id prefix."""
    text = raw.split("#", 1)[1] if "#" in raw else raw
    return re.sub(r"^\s*\[[^\]]*\]\s*-?\s*", "", text).strip()


def describe(rule: str, location: str, raw: str) -> tuple[str, str]:
    """(document field path, message) for one finding."""
    template, message = RULES.get(rule, ("", ""))
    if not message:
        return field_from_location(location), english_text(raw)
    party, line = _party(location), _line(location)
    if ("{party}" in template and not party) or ("{line}" in template and line is None):
        return field_from_location(location), message
    return template.format(party=party, line=line), message
