"""Validation of e-Factura UBL before upload: UBL 2.1 XSD, EN 16931 + CIUS-RO rules, and our own checks.

The rules are ANAF's 1.0.9 Schematron compiled to XSLT 2.0 (run with saxonche) and the OASIS XSDs (run with
lxml, never touching the network). Compiling takes about half a second: build one Validator and reuse it.
Each finding is reported against the document field a bookkeeper can fix ("buyer.address.region").
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor

from invoicedesk.connectors.anaf.ubl.builder import build_ubl
from invoicedesk.connectors.anaf.ubl.namespaces import CREDIT_NOTE_ROOT, INVOICE_ROOT
from invoicedesk.connectors.anaf.ubl.problems import UblBuildError
from invoicedesk.connectors.anaf.validation.field_map import ELEMENTS, describe, field_from_location
from invoicedesk.connectors.anaf.validation.identifier_checks import check_identifiers
from invoicedesk.connectors.anaf.validation.rules import RulesError, RulesLocation
from invoicedesk.core.documents import Document
from invoicedesk.core.errors import FieldError

ERROR = "error"
WARNING = "warning"

_SVRL = "{http://purl.oclc.org/dsdl/svrl}"
_BLOCKING_FLAGS = {"fatal", "error", ""}  # an assert without a flag blocks
_PREFIXES = {
    "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2": "cac:",
    "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2": "cbc:",
}
# One step of an SVRL location: *:TaxTotal[namespace-uri()='urn:…'][1]
_SVRL_STEP = re.compile(r"\*:([\w.-]+)\[namespace-uri\(\)='([^']*)'\]")
_CLARK = re.compile(r"\{([^}]*)\}")


@dataclass(frozen=True)
class ValidationIssue:
    severity: str  # "error" blocks the upload, "warning" does not
    rule: str  # official rule id ("BR-RO-110"), "XSD", "XML", "BUILD" or our own ("RO-CUI", "RO-CNP")
    field: str  # the document field to fix ("buyer.address.region", "lines[2].unit_price"); "" if none
    message: str  # what a bookkeeper should do
    location: str = ""  # XPath in the UBL file, e.g. /Invoice[1]/cac:InvoiceLine[3]
    raw: str = ""  # the validator's own text, for support


@dataclass(frozen=True)
class ValidationReport:
    issues: list[ValidationIssue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def errors(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if issue.severity == ERROR]

    @property
    def warnings(self) -> list[ValidationIssue]:
        return [issue for issue in self.issues if issue.severity == WARNING]

    def for_field(self, field_path: str) -> list[ValidationIssue]:
        return [issue for issue in self.issues if issue.field == field_path]


def secure_parser() -> etree.XMLParser:
    """A parser for files from outside: no network access, no entity expansion."""
    return etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)


def load_schema(path: Path) -> etree.XMLSchema:
    """An XSD and the files it imports, read from disk only (an http import is skipped, never fetched)."""
    return etree.XMLSchema(etree.parse(str(path), secure_parser()))


def _advice(error: FieldError) -> str:
    """A FieldError as one message: what is wrong, then what to do."""
    message = error.message.rstrip()
    if message and message[-1] not in ".!?":
        message += "."
    return f"{message} {error.hint}".strip()


def _short_location(svrl_location: str) -> str:
    return _SVRL_STEP.sub(lambda m: _PREFIXES.get(m.group(2), "") + m.group(1), svrl_location)


def _xsd_field(message: str, path: str) -> str:
    """The field an XSD error is about: the element it names, placed by its path."""
    names = re.findall(r"Element '\{[^}]*\}([\w.-]+)'", message)
    located = field_from_location(_CLARK.sub("", path or ""))
    if located:
        return located
    return ELEMENTS.get(names[0], "") if names else ""


class Validator:
    """XSD + Schematron + identifier checks. Safe to share between threads (calls are serialised)."""

    def __init__(self, rules: RulesLocation) -> None:
        missing = rules.missing()
        if missing:
            raise RulesError(
                f"The e-Factura validation rules in {rules.root} are incomplete"
                f" (missing {', '.join(missing)}). "
                "Let the application download them again, or point it at a complete copy."
            )
        self._lock = threading.Lock()
        # Never read from the network, never expand entities: input files come from outside.
        self._parser = secure_parser()
        try:
            self._schemas = {
                INVOICE_ROOT: load_schema(rules.invoice_xsd),
                CREDIT_NOTE_ROOT: load_schema(rules.credit_note_xsd),
            }
            self._saxon = PySaxonProcessor(license=False)
            self._xslt = self._saxon.new_xslt30_processor().compile_stylesheet(
                stylesheet_file=str(rules.xslt)
            )
        except (etree.XMLSyntaxError, etree.XMLSchemaParseError, PySaxonApiError) as exc:
            raise RulesError(
                f"The e-Factura validation rules in {rules.root} could not be loaded: {exc}"
            ) from exc

    def validate(self, xml: bytes) -> ValidationReport:
        """Every finding on one UBL Invoice or CreditNote; bad input gives a report, not an exception."""
        try:
            root = etree.fromstring(xml, self._parser)
        except etree.XMLSyntaxError as exc:
            return ValidationReport(
                [ValidationIssue(ERROR, "XML", "", f"The file is not well-formed XML: {exc}", raw=str(exc))]
            )
        schema = self._schemas.get(root.tag)
        if schema is None:
            message = f"The file is not a UBL 2.1 Invoice or CreditNote (its root element is {root.tag})."
            return ValidationReport([ValidationIssue(ERROR, "XML", "", message, "/", root.tag)])

        issues: list[ValidationIssue] = []
        with self._lock:
            if not schema.validate(root):
                for err in schema.error_log:
                    issues.append(
                        ValidationIssue(
                            ERROR,
                            "XSD",
                            _xsd_field(err.message, err.path or ""),
                            f"The file does not follow the UBL 2.1 schema (line {err.line})."
                            " Report this as a fault.",
                            _CLARK.sub("", err.path or ""),
                            err.message,
                        )
                    )
            issues += self._schematron(root)
        for problem in check_identifiers(root):
            error = problem.error
            issues.append(
                ValidationIssue(
                    ERROR, problem.rule, error.field, _advice(error), problem.location, error.message
                )
            )
        return ValidationReport(issues)

    def _schematron(self, root: etree._Element) -> list[ValidationIssue]:
        try:
            node = self._saxon.parse_xml(xml_text=etree.tostring(root, encoding="unicode"))
            svrl = self._xslt.transform_to_string(xdm_node=node)
        except PySaxonApiError as exc:
            return [
                ValidationIssue(
                    ERROR,
                    "XSLT",
                    "",
                    "The rules could not be run on this file. Report this as a fault.",
                    raw=str(exc),
                )
            ]
        issues = []
        for finding in etree.fromstring(svrl.encode("utf-8")).iter(
            f"{_SVRL}failed-assert", f"{_SVRL}successful-report"
        ):
            flag = (finding.get("flag") or "").lower()
            rule = finding.get("id") or ""
            location = _short_location(finding.get("location") or "")
            raw = " ".join((finding.findtext(f"{_SVRL}text") or "").split())
            field_path, message = describe(rule, location, raw)
            severity = ERROR if flag in _BLOCKING_FLAGS else WARNING
            issues.append(ValidationIssue(severity, rule, field_path, message, location, raw))
        return issues

    def validate_document(self, doc: Document, *, type_code: str | None = None) -> ValidationReport:
        """Build the document's UBL and validate it; every issue names the document field to fix."""
        try:
            built = build_ubl(doc, type_code=type_code)
        except UblBuildError as exc:
            return ValidationReport(
                [
                    ValidationIssue(ERROR, "BUILD", error.field, _advice(error), raw=str(error))
                    for error in exc.errors
                ]
            )
        notes = [
            ValidationIssue(WARNING, "BUILD", warning.field, _advice(warning), raw=str(warning))
            for warning in built.warnings
        ]
        report = self.validate(built.xml)
        return ValidationReport(notes + report.issues)
