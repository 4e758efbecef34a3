"""XML namespaces and fixed identifiers of UBL 2.1 as e-Factura uses it."""

from __future__ import annotations

INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"

NSMAP_INVOICE = {None: INVOICE_NS, "cac": CAC, "cbc": CBC}
NSMAP_CREDIT_NOTE = {None: CREDIT_NOTE_NS, "cac": CAC, "cbc": CBC}
# Prefixes for XPath queries (XPath 1.0 has no default namespace).
XPATH_NS = {"inv": INVOICE_NS, "cn": CREDIT_NOTE_NS, "cac": CAC, "cbc": CBC}

INVOICE_ROOT = f"{{{INVOICE_NS}}}Invoice"
CREDIT_NOTE_ROOT = f"{{{CREDIT_NOTE_NS}}}CreditNote"

# BT-24, demanded verbatim by BR-RO-001 (CIUS-RO 1.0.1, checked by the 1.0.9 rules).
CUSTOMIZATION_ID = "urn:cen.eu:en16931:2017#compliant#urn:efactura.mfinante.ro:CIUS-RO:1.0.1"

# BT-3 codes CIUS-RO accepts (BR-RO-020).
TYPE_COMMERCIAL_INVOICE = "380"
TYPE_CREDIT_NOTE = "381"
TYPE_CORRECTED_INVOICE = "384"
TYPE_SELF_BILLED_INVOICE = "389"
TYPE_ACCOUNTING_INFORMATION = "751"
INVOICE_TYPE_CODES = frozenset(
    {TYPE_COMMERCIAL_INVOICE, TYPE_CORRECTED_INVOICE, TYPE_SELF_BILLED_INVOICE, TYPE_ACCOUNTING_INFORMATION}
)

# Private buyer without a CNP: the convention ANAF documents for B2C invoices.
ANONYMOUS_CNP = "0000000000000"
# Scheme id for a party's tax registration that is not a VAT registration (BT-32); anything but "VAT"
# satisfies the rules, and this is what Romanian software commonly writes.
NON_VAT_TAX_SCHEME = "FC"
