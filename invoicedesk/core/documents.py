"""The domain's nouns: parties, orders and sales documents.

Plain dataclasses with `Decimal` money, no I/O. The store maps them to rows, connectors map them to
service payloads; both read and write exactly these shapes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum


class Country(StrEnum):
    CZ = "CZ"
    SK = "SK"
    PL = "PL"
    RO = "RO"


class DocumentType(StrEnum):
    INVOICE = "invoice"
    PROFORMA = "proforma"
    CREDIT_NOTE = "credit_note"


class RoundingMode(StrEnum):
    """How VAT is rounded; services differ, so a document says which one it was issued with."""

    PER_LINE = "per_line"  # VAT rounded on every line, totals are sums of rounded lines
    PER_RATE = "per_rate"  # VAT computed once per rate on the summed net amounts


class VatCategory(StrEnum):
    """EN 16931 VAT category codes (UNCL5305 subset); the ones the app can issue."""

    STANDARD = "S"
    ZERO = "Z"
    EXEMPT = "E"
    REVERSE_CHARGE = "AE"
    INTRA_COMMUNITY = "K"
    EXPORT = "G"
    NOT_SUBJECT = "O"


class PaymentStatus(StrEnum):
    UNPAID = "unpaid"
    PARTIALLY_PAID = "partially_paid"
    PAID = "paid"
    REFUNDED = "refunded"


@dataclass(frozen=True)
class Address:
    street: str = ""
    city: str = ""
    postal_code: str = ""
    country: str = ""  # ISO 3166-1 alpha-2
    # ISO 3166-2 subdivision where one is needed (Romanian county: "RO-CJ", Bucharest "RO-B")
    region: str = ""


@dataclass(frozen=True)
class BankAccount:
    iban: str
    bic: str = ""
    name: str = ""
    currency: str = ""


@dataclass
class Party:
    """Anything that can stand on a document: the issuing company or a buyer."""

    name: str
    address: Address = field(default_factory=Address)
    registration_id: str = ""  # IČO (CZ/SK), REGON (PL), CUI/CIF without prefix (RO)
    vat_id: str = ""  # DIČ (CZ), IČ DPH (SK), NIP with PL prefix for EU use, RO-prefixed CUI
    local_tax_id: str = ""  # SK DIČ, PL NIP when vat_id holds the EU form
    personal_id: str = ""  # RO CNP of a private buyer, optional
    email: str = ""
    phone: str = ""
    is_vat_payer: bool = True


@dataclass
class Company(Party):
    id: int | None = None
    country: Country = Country.CZ
    bank_accounts: list[BankAccount] = field(default_factory=list)
    default_currency: str = "CZK"


@dataclass
class Client(Party):
    id: int | None = None
    company_id: int | None = None
    external_id: str = ""  # the id the order source uses
    is_business: bool = True


@dataclass
class OrderLine:
    name: str
    quantity: Decimal
    unit_price: Decimal
    vat_rate: Decimal  # percent, e.g. Decimal("21")
    unit: str = "ks"
    sku: str = ""
    price_includes_vat: bool = False


@dataclass
class Order:
    external_id: str
    order_date: dt.date
    currency: str
    lines: list[OrderLine]
    buyer: Client
    status: str = "new"
    payment_status: PaymentStatus = PaymentStatus.UNPAID
    payment_method: str = ""  # a code of core.payment_methods
    shipping_method: str = ""
    note: str = ""
    id: int | None = None
    company_id: int | None = None


@dataclass
class DocumentLine:
    name: str
    quantity: Decimal
    unit_price: Decimal  # net price per unit, in the document currency
    vat_rate: Decimal  # percent
    unit: str = "ks"
    vat_category: VatCategory = VatCategory.STANDARD
    description: str = ""
    sku: str = ""
    discount: Decimal = Decimal("0")  # absolute net amount off this line


@dataclass
class DocumentReference:
    """The document a credit note corrects (or a proforma an invoice settles)."""

    number: str
    issue_date: dt.date
    document_id: int | None = None


@dataclass
class Document:
    doc_type: DocumentType
    number: str
    issue_date: dt.date
    seller: Company
    buyer: Client
    currency: str
    lines: list[DocumentLine]
    tax_point_date: dt.date | None = None  # DUZP / data livrarii; defaults to the issue date
    due_date: dt.date | None = None
    # units of the company's accounting currency per 1 document currency
    exchange_rate: Decimal = Decimal("1")
    payment_method: str = "bank_transfer"
    rounding: RoundingMode = RoundingMode.PER_RATE
    corrects: DocumentReference | None = None
    correction_reason: str = ""
    note: str = ""
    order_external_id: str = ""
    variable_symbol: str = ""
    vat_exemption_reason: str = ""  # free text required by EN 16931 for E / AE / K / G / O lines
    id: int | None = None
    series_id: int | None = None

    @property
    def effective_tax_point(self) -> dt.date:
        return self.tax_point_date or self.issue_date
