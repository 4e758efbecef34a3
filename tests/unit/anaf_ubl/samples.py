"""Documents for the e-Factura tests: one builder per situation the matrix covers.

Names and identifiers are invented; the CUIs and CNPs satisfy their check-digit formulas only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from invoicedesk.core.credit_notes import credit_note_for
from invoicedesk.core.documents import (
    Address,
    BankAccount,
    Client,
    Company,
    Country,
    Document,
    DocumentLine,
    DocumentType,
    VatCategory,
)

D = Decimal
ISSUED = dt.date(2025, 9, 15)
DUE = dt.date(2025, 10, 15)
SELLER_CUI = "12345674"
BUYER_CUI = "76543210"
VALID_CNP = "1800101420010"
BAD_CUI = "12345675"  # one off in the check digit


def seller(**changes) -> Company:
    company = Company(
        name="Exemplu Furnizor SRL",
        address=Address("Strada Memorandumului 1", "Cluj-Napoca", "400114", "RO", "Cluj"),
        registration_id=SELLER_CUI,
        vat_id=f"RO{SELLER_CUI}",
        country=Country.RO,
        bank_accounts=[BankAccount("RO49AAAA1B31007593840000", currency="RON")],
        default_currency="RON",
    )
    return dataclasses.replace(company, **changes)


def ro_buyer(**changes) -> Client:
    client = Client(
        name="Exemplu Client SA",
        address=Address("Bulevardul Eroilor 5", "Brașov", "500030", "RO", "Brașov"),
        registration_id=BUYER_CUI,
        vat_id=f"RO{BUYER_CUI}",
    )
    return dataclasses.replace(client, **changes)


def eu_buyer(**changes) -> Client:
    client = Client(
        name="Beispiel Kunde GmbH",
        address=Address("Marienplatz 1", "München", "80331", "DE", "DE-BY"),
        registration_id="HRB 123456",
        vat_id="DE136695976",
    )
    return dataclasses.replace(client, **changes)


def export_buyer(**changes) -> Client:
    client = Client(
        name="Example Customer Inc.",
        address=Address("1 Main Street", "Springfield", "62701", "US", "US-IL"),
        registration_id="EIN 12-3456789",
        vat_id="",
        is_vat_payer=False,
    )
    return dataclasses.replace(client, **changes)


def private_buyer(**changes) -> Client:
    client = Client(
        name="Ion Popescu",
        address=Address("Strada Florilor 3", "Iași", "700001", "RO", "Iasi"),
        is_business=False,
        is_vat_payer=False,
    )
    return dataclasses.replace(client, **changes)


def line(name="Servicii de consultanta", quantity="2", price="50.00", rate="21", **changes) -> DocumentLine:
    base = DocumentLine(name=name, quantity=D(quantity), unit_price=D(price), vat_rate=D(rate), unit="buc")
    return dataclasses.replace(base, **changes)


def invoice(**changes) -> Document:
    doc = Document(
        doc_type=DocumentType.INVOICE,
        number="FCT-2025-0001",
        issue_date=ISSUED,
        seller=seller(),
        buyer=ro_buyer(),
        currency="RON",
        lines=[line()],
        due_date=DUE,
    )
    return dataclasses.replace(doc, **changes)


# -- the matrix -------------------------------------------------------------------------------------------
def domestic_ron() -> Document:
    return invoice()


def several_rates() -> Document:
    return invoice(
        lines=[
            line("Laptop", "1", "3999.99", "21"),
            line("Carte tehnica", "3", "45.50", "11"),
            line("Manual scolar", "2", "20", "0", vat_category=VatCategory.ZERO),
            line("Cablu retea", "7", "3.33", "21"),
        ]
    )


def foreign_currency() -> Document:
    return invoice(
        currency="EUR",
        exchange_rate=D("4.9763"),
        seller=seller(
            bank_accounts=[
                BankAccount("RO49AAAA1B31007593840000", currency="RON"),
                BankAccount("RO09BCYP0000001234567890", currency="EUR"),
            ]
        ),
        lines=[line("Licenta software", "3", "199.90", "21"), line("Suport", "1", "80", "21")],
    )


def reverse_charge() -> Document:
    return invoice(
        buyer=eu_buyer(),
        currency="EUR",
        exchange_rate=D("4.9763"),
        lines=[line("Dezvoltare software", "10", "65", "0", vat_category=VatCategory.REVERSE_CHARGE)],
        vat_exemption_reason="Taxare inversa conform art. 44 si 196 din Directiva 2006/112/CE",
    )


def exempt() -> Document:
    return invoice(
        lines=[line("Curs de formare profesionala", "1", "1200", "0", vat_category=VatCategory.EXEMPT)],
        vat_exemption_reason="Scutit de TVA conform art. 292 alin. (1) lit. a) Cod fiscal",
    )


def intra_community() -> Document:
    return invoice(
        buyer=eu_buyer(),
        currency="EUR",
        exchange_rate=D("4.9763"),
        tax_point_date=dt.date(2025, 9, 12),
        lines=[
            line("Piese de schimb", "40", "12.75", "0", vat_category=VatCategory.INTRA_COMMUNITY, unit="kg")
        ],
        vat_exemption_reason="Livrare intracomunitara scutita conform art. 294 alin. (2) Cod fiscal",
    )


def export() -> Document:
    return invoice(
        buyer=export_buyer(),
        currency="USD",
        exchange_rate=D("4.3521"),
        lines=[line("Echipament industrial", "2", "1500", "0", vat_category=VatCategory.EXPORT)],
        vat_exemption_reason="Export scutit conform art. 294 alin. (1) lit. a) Cod fiscal",
    )


def credit_note() -> Document:
    return credit_note_for(
        several_rates(), number="CN-2025-0001", issue_date=dt.date(2025, 9, 20), reason="Marfa returnata"
    )


def storno() -> Document:
    """The same credit note, to be sent as a 380 storno invoice (type_code="380")."""
    return credit_note_for(
        line_discounts(), number="ST-2025-0001", issue_date=dt.date(2025, 9, 20), reason="Stornare factura"
    )


def b2c_without_cnp() -> Document:
    return invoice(buyer=private_buyer(), payment_method="card", due_date=None)


def b2c_with_cnp() -> Document:
    return invoice(buyer=private_buyer(personal_id=VALID_CNP), payment_method="cash", due_date=None)


def bucharest_buyer() -> Document:
    return invoice(
        buyer=ro_buyer(
            address=Address(
                "Calea Victoriei 12", "București, Sectorul 3", "030000", "RO", "Municipiul București"
            )
        )
    )


def line_discounts() -> Document:
    return invoice(
        lines=[
            line("Monitor", "2", "899.90", "21", discount=D("90")),
            line("Tastatura", "5", "119.99", "21", discount=D("25.50")),
            line("Mouse", "5", "49.90", "21"),
        ]
    )


def non_vat_payer_seller() -> Document:
    return invoice(
        seller=seller(vat_id="", is_vat_payer=False),
        lines=[line("Reparatii", "3", "150", "0"), line("Piese", "2", "35.5", "0")],
        vat_exemption_reason="Neplatitor de TVA conform art. 310 Cod fiscal",
    )


def corrected_invoice() -> Document:
    original = domestic_ron()
    return invoice(
        number="FCT-2025-0002",
        corrects=dataclasses.replace(
            credit_note().corrects, number=original.number, issue_date=original.issue_date
        ),
    )


MATRIX = {
    "domestic RON, S 21 %": (domestic_ron, None),
    "several rates 21 + 11 + 0 Z": (several_rates, None),
    "EUR with RON VAT total": (foreign_currency, None),
    "reverse charge AE, EU buyer": (reverse_charge, None),
    "exempt E with reason": (exempt, None),
    "intra-community K": (intra_community, None),
    "export G": (export, None),
    "credit note 381": (credit_note, None),
    "storno 380 with negative quantities": (storno, "380"),
    "B2C private buyer without CNP": (b2c_without_cnp, None),
    "B2C private buyer with CNP": (b2c_with_cnp, None),
    "Bucharest sector buyer": (bucharest_buyer, None),
    "line discounts": (line_discounts, None),
    "seller not registered for VAT": (non_vat_payer_seller, None),
    "corrected invoice 384": (corrected_invoice, "384"),
    "self-billed invoice 389": (domestic_ron, "389"),
}
