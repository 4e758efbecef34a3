"""Validation of e-Factura UBL before upload, with the official rules fetched once and pinned by checksum."""

from invoicedesk.connectors.anaf.validation.rules import (
    RULES_DIR_ENV,
    RulesError,
    RulesLocation,
    ensure_rules,
    rules_location,
    verify_rules,
)
from invoicedesk.connectors.anaf.validation.validator import ValidationIssue, ValidationReport, Validator

__all__ = [
    "RULES_DIR_ENV",
    "RulesError",
    "RulesLocation",
    "ValidationIssue",
    "ValidationReport",
    "Validator",
    "ensure_rules",
    "rules_location",
    "verify_rules",
]
