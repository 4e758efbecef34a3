"""The shapes of ANAF's answers: XML headers, JSON `eroare`, Spring's CustomErrorMessage, the F5 WAF page.

Texts and element names follow the e-Factura swagger examples; every business error is HTTP 200.
"""

from __future__ import annotations

import secrets

from lxml import etree

from invoicedesk.sandbox.anaf import romania_time
from invoicedesk.sandbox.base import Response

UPLOAD_NS = "mfp:anaf:dgti:spv:respUploadFisier:v1"
STATUS_NS = "mfp:anaf:dgti:efactura:stareMesajFactura:v1"
ERROR_FILE_NS = "mfp:anaf:dgti:efactura:mesajEroriFactuta:v1"  # sic: ANAF's own typo

XML_TYPE = "application/xml"

HTTP_REASONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


XML_DECLARATION = b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def _xml(root: etree._Element) -> bytes:
    # Written by hand: lxml quotes the declaration with ' while ANAF (Java) uses ".
    return XML_DECLARATION + etree.tostring(root, encoding="UTF-8")


def upload_accepted(now: float, index: int) -> Response:
    root = etree.Element(f"{{{UPLOAD_NS}}}header", nsmap={None: UPLOAD_NS})
    root.set("dateResponse", romania_time.stamp_minutes(now))
    root.set("ExecutionStatus", "0")
    root.set("index_incarcare", str(index))
    return Response.bytes(_xml(root), XML_TYPE)


def upload_rejected(now: float, message: str) -> Response:
    root = etree.Element(f"{{{UPLOAD_NS}}}header", nsmap={None: UPLOAD_NS})
    root.set("dateResponse", romania_time.stamp_minutes(now))
    root.set("ExecutionStatus", "1")
    etree.SubElement(root, f"{{{UPLOAD_NS}}}Errors").set("errorMessage", message)
    return Response.bytes(_xml(root), XML_TYPE)


def status_state(stare: str, download_id: int | None = None) -> Response:
    root = etree.Element(f"{{{STATUS_NS}}}header", nsmap={None: STATUS_NS})
    root.set("stare", stare)
    if download_id is not None:
        root.set("id_descarcare", str(download_id))
    return Response.bytes(_xml(root), XML_TYPE)


def status_error(message: str) -> Response:
    """A failed status query: <Errors> and no `stare` (the query failed, not the invoice)."""
    root = etree.Element(f"{{{STATUS_NS}}}header", nsmap={None: STATUS_NS})
    etree.SubElement(root, f"{{{STATUS_NS}}}Errors").set("errorMessage", message)
    return Response.bytes(_xml(root), XML_TYPE)


def error_file(index: int, seller_cif: str, messages: list[str]) -> bytes:
    """The XML inside a `nok` ZIP."""
    root = etree.Element(f"{{{ERROR_FILE_NS}}}header", nsmap={None: ERROR_FILE_NS})
    root.set("Index_incarcare", str(index))
    root.set("Cif_emitent", seller_cif)
    for message in messages:
        etree.SubElement(root, f"{{{ERROR_FILE_NS}}}Error").set("errorMessage", message)
    return _xml(root)


def custom_error(now: float, status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """Spring's CustomErrorMessage JSON, used for 400/500 and missing parameters."""
    body = {
        "timestamp": romania_time.stamp_seconds(now),
        "status": status,
        "error": HTTP_REASONS.get(status, "Error"),
        "message": message,
    }
    return Response.json(body, status, headers)


def not_found(now: float, path: str) -> Response:
    """Spring's default 404 body, as ANAF answers an unknown path (e.g. validare under /test)."""
    return Response.json(
        {"timestamp": romania_time.iso_utc(now), "status": 404, "error": "Not Found", "path": path}, 404
    )


def list_error(message: str) -> Response:
    return Response.json({"eroare": message, "titlu": "Lista Mesaje"})


def download_error(message: str) -> Response:
    return Response.json({"eroare": message, "titlu": "Descarcare mesaj"})


def waf_page() -> Response:
    """The F5 application firewall's block page: HTTP 200, text/html, a support ID."""
    support_id = str(secrets.randbelow(10**19) + 10**19)
    page = (
        "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. "
        "Please consult with your administrator.<br><br>Your support ID is: "
        + support_id
        + "<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>"
    )
    return Response.text(page, 200, "text/html; charset=utf-8")
