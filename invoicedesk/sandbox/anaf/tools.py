"""The public helpers: `validare`, `transformare` (XML to PDF) and the seal check `/api/validate/signature`.

`validare` and `transformare` exist only under /prod (404 under /test), need no token (webservicesp host) and
sit behind ANAF's F5 firewall, which answers HTTP 200 HTML for a relative xsi:schemaLocation and, on the
non-validating `/DA` render, for ";CP " in the content.
"""

from __future__ import annotations

import email.parser
import email.policy
import re
import uuid
from collections.abc import Callable
from typing import Any

from cryptography import x509
from lxml import etree

from invoicedesk.sandbox.anaf import checks, pdf, replies
from invoicedesk.sandbox.anaf.invoice_facts import (
    CREDIT_NOTE_ROOT,
    ROOT_FOR_STANDARD,
    InvoiceFacts,
    read_facts,
)
from invoicedesk.sandbox.anaf.messaging import REST, XML_PARSER, parse_document
from invoicedesk.sandbox.anaf.seal import verify
from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.clock import ScaledClock

TOOL_STANDARDS = ("FACT1", "FCN")
TOOL_MAX_BYTES = 5 * 1024 * 1024  # validare/transformare still refuse above 5 MB (swagger)

SEAL_OK = (
    "Fișierele încărcate au fost validate cu succes, din perspectiva autenticității semnăturii aplicate și "
    "a apartenenței acesteia la XML-ul ce reprezintă factura electronică. Documentul factură de tip XML cu "
    "semnătura de validare atașată, este considerat document original din perspectiva legislativă și este "
    "generat prin intermediul sistemului național RO e-Factura."
)
SEAL_BAD = (
    "Fișierele încărcate NU au putut fi validate cu succes, din perspectiva autenticității semnăturii "
    "aplicate și a apartenenței acesteia la XML-ul ce reprezintă factura electronică. Documentul factură "
    "de tip XML cu semnătura de validare atașată, NU poate fi considerat document original din "
    "perspectiva legislativă și NU este generat prin intermediul sistemului național RO e-Factura."
)
SEAL_REQUEST_BAD = (
    "Eroare tehnică: request incorect. Cauza: cel puțin unul din documente NU a fost încărcat sau "
    "NU este un fisier de tip XML specific facturii electronice."
)

_SCHEMA_LOCATION = re.compile(rb"schemaLocation\s*=\s*[\"']([^\"']*)[\"']")
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def has_relative_schema_location(body: bytes) -> bool:
    """True when an xsi:schemaLocation points at a relative path (e.g. ../../UBL-Invoice-2.1.xsd)."""
    for match in _SCHEMA_LOCATION.finditer(body):
        tokens = match.group(1).decode("utf-8", "replace").split()
        locations = tokens[1::2]
        if any(not _URI_SCHEME.match(location) for location in locations):
            return True
    return False


def _verdict(messages: list[str]) -> Response:
    body: dict[str, Any] = {"stare": "nok" if messages else "ok"}
    if messages:
        body["Messages"] = [{"message": m} for m in messages]
    body["trace_id"] = str(uuid.uuid4())
    return Response.json(body)


def _pdf_for(facts: InvoiceFacts, validated: bool) -> bytes:
    kind = "Nota de credit" if facts.root == CREDIT_NOTE_ROOT else "Factura"
    seller_id = facts.seller_ids[0].value if facts.seller_ids else "-"
    buyer_id = facts.buyer_ids[0].value if facts.buyer_ids else "-"
    lines = [
        f"Numar: {facts.number or '-'}",
        f"Data emiterii: {facts.issue_date or '-'}",
        f"Furnizor: {facts.seller_name or '-'} ({seller_id})",
        f"Cumparator: {facts.buyer_name or '-'} ({buyer_id})",
        f"Total de plata: {facts.payable_amount or '-'} {facts.currency or ''}".rstrip(),
        "",
        "Generat de emulatorul RO e-Factura (sandbox), fara valoare legala.",
    ]
    if not validated:
        lines.append("Document transformat fara validare (DA): corectitudinea nu este garantata.")
    return pdf.render(f"{kind} {facts.number or ''}".strip(), lines)


class ToolRoutes:
    """Mixed into AnafEmulator; uses its options, clock and seal certificates."""

    options: dict[str, Any]
    clock: ScaledClock
    seal_certificates: Callable[[], list[x509.Certificate]]

    def _tool_precheck(self, request: Request, tool: str) -> Response | None:
        now = self.clock.now()
        standard = request.params.get("standard") or ""
        if request.params["env"] != "prod" or not standard:
            # Only production serves these; a missing standard is a broken context path (Spring 404).
            path = request.path.removeprefix("/" + request.params["env"])
            return replies.not_found(now, path if standard else f"/FCTEL/rest/{tool}/")
        if standard not in TOOL_STANDARDS:
            return _verdict(["Valorile acceptate pentru parametrul standard sunt FACT1 si FCN"])
        if self.options["waf"] and has_relative_schema_location(request.body):
            return replies.waf_page()
        if len(request.body) > TOOL_MAX_BYTES:
            return _verdict(["Marime fisier transmis mai mare de 5 MB."])
        return None

    def _check_content(self, request: Request, *, run_rules: bool) -> tuple[InvoiceFacts | None, list[str]]:
        root, invalid = parse_document(request.body, ROOT_FOR_STANDARD[request.params["standard"]])
        if root is None:
            return None, [invalid or "Fisierul transmis nu este valid."]
        facts = read_facts(root)
        if not run_rules:
            return facts, []
        return facts, checks.content_errors(
            request.body,
            facts,
            registered_cifs=self.options["registered_cifs"],
            validator=self.options["validator"],
        )

    @route("POST", REST + r"/validare(?:/(?P<standard>[^/]*))?")
    def validate(self, request: Request) -> Response:
        refused = self._tool_precheck(request, "validare")
        if refused is not None:
            return refused
        _, messages = self._check_content(request, run_rules=True)
        return _verdict(messages)

    @route("POST", REST + r"/transformare(?:/(?P<standard>[^/]*)(?:/(?P<novld>[^/]*))?)?")
    def transform(self, request: Request) -> Response:
        novld = request.params.get("novld")
        if novld not in (None, "DA"):
            return replies.not_found(self.clock.now(), request.path.removeprefix("/" + request.params["env"]))
        refused = self._tool_precheck(request, "transformare")
        if refused is not None:
            return refused
        if novld == "DA" and self.options["waf"] and b";CP " in request.body:
            return replies.waf_page()
        facts, messages = self._check_content(request, run_rules=novld is None)
        if facts is None or messages:
            return _verdict(messages)
        return Response.bytes(_pdf_for(facts, validated=novld is None), "application/pdf")

    @route("POST", r"/api/validate/signature")
    def check_seal(self, request: Request) -> Response:
        parts = self._multipart(request)
        document, sealed = parts.get("file"), parts.get("signature")
        if not document or not sealed or not self._is_xml(document) or not self._is_xml(sealed):
            return Response.json({"msg": SEAL_REQUEST_BAD}, 400)
        trusted = self.seal_certificates()
        return Response.json({"msg": SEAL_OK if verify(document, sealed, trusted) else SEAL_BAD})

    @staticmethod
    def _is_xml(data: bytes) -> bool:
        try:
            etree.fromstring(data, XML_PARSER)
        except etree.XMLSyntaxError:
            return False
        return True

    @staticmethod
    def _multipart(request: Request) -> dict[str, bytes]:
        content_type = request.header("Content-Type") or ""
        if not content_type.lower().startswith("multipart/form-data"):
            return {}
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + request.body
        )
        found: dict[str, bytes] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            payload = part.get_payload(decode=True)
            if isinstance(name, str) and isinstance(payload, bytes):
                found[name] = payload
        return found
