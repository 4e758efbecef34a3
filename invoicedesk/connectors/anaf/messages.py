"""ANAF's answers, read: upload and status XML, message lists, and every error dialect mapped to the taxonomy.

ANAF reports errors five ways (fact sheet §5–§6): `<Errors errorMessage>` inside HTTP 200 XML (upload,
status), `{"eroare": …}` inside HTTP 200 JSON (lists, downloads), Spring's CustomErrorMessage JSON with a
4xx/5xx status, bare statuses (401, 403, 429, an undocumented 204), and the F5 firewall's HTML page inside
HTTP 200. The mappers here turn each into a ConnectorError whose detail says what happened and what to do;
decisions are made on ANAF's fixed Romanian wording (its texts are not localised, typos included).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from lxml import etree

from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.connectors.http import HttpResponse, body_excerpt
from invoicedesk.core.errors import FieldError
from invoicedesk.secrets.redaction import redact_text

SERVICE = "anaf"
# Needs the tzdata package on Windows, which has no system time-zone database.
ROMANIA = ZoneInfo("Europe/Bucharest")

UPLOAD_NS = "mfp:anaf:dgti:spv:respUploadFisier:v1"
STATUS_NS = "mfp:anaf:dgti:efactura:stareMesajFactura:v1"

STATE_OK = "ok"
STATE_NOK = "nok"
STATE_PROCESSING = "in prelucrare"
STATE_REJECTED = "XML cu erori nepreluat de sistem"
KNOWN_STATES = frozenset({STATE_OK, STATE_NOK, STATE_PROCESSING, STATE_REJECTED})

KIND_SENT = "FACTURA TRIMISA"
KIND_RECEIVED = "FACTURA PRIMITA"
KIND_ERRORS = "ERORI FACTURA"

MAX_TEXT = 500

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
_CLOCK = re.compile(r"momentul requestului\s*=\s*(\d{2}-\d{2}-\d{4} \d{2}:\d{2}:\d{2})")
_DAILY = re.compile(r"S-au (?:facut|incarcat) deja \d+", re.IGNORECASE)
_DUPLICATE = re.compile(r"a mai fost transmisa anterior cu index\s*=\s*(\d+)", re.IGNORECASE)
_SUPPORT_ID = re.compile(r"support ID is:?\s*([0-9]+)", re.IGNORECASE)
_CIF_NOT_NUMBER = re.compile(r"CIF introdus\s*=\s*\S* nu este un numar", re.IGNORECASE)


# ---- time ----------------------------------------------------------------------------------------------


def romanian_day(moment: dt.datetime) -> dt.date:
    """The calendar day in Romania, which ANAF's daily limits count in."""
    return moment.astimezone(ROMANIA).date()


def next_romanian_midnight(moment: dt.datetime) -> dt.datetime:
    local = moment.astimezone(ROMANIA)
    midnight = dt.datetime.combine(local.date() + dt.timedelta(days=1), dt.time(), ROMANIA)
    return midnight.astimezone(dt.UTC)


def parse_romanian_stamp(text: str) -> dt.datetime | None:
    """ANAF's "30-07-2026 15:15:27" (Romania time) as an aware UTC datetime."""
    try:
        local = dt.datetime.strptime(text.strip(), "%d-%m-%Y %H:%M:%S")
    except ValueError:
        return None
    return local.replace(tzinfo=ROMANIA).astimezone(dt.UTC)


def parse_list_stamp(text: str) -> dt.datetime | None:
    """A list entry's `data_creare` ("202210311452", Romania time, to the minute)."""
    try:
        local = dt.datetime.strptime(str(text).strip(), "%Y%m%d%H%M")
    except ValueError:
        return None
    return local.replace(tzinfo=ROMANIA).astimezone(dt.UTC)


# ---- parsed answers ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class UploadReply:
    index: str
    date_response: str = ""


@dataclass(frozen=True)
class StatusReply:
    state: str  # one of KNOWN_STATES
    download_id: str = ""

    @property
    def final(self) -> bool:
        return self.state != STATE_PROCESSING


@dataclass(frozen=True)
class ListedMessage:
    id: str  # the download id
    upload_index: str  # id_solicitare
    cif: str
    kind: str  # tip: FACTURA TRIMISA / FACTURA PRIMITA / ERORI FACTURA / MESAJ CUMPARATOR …
    details: str
    created_at: dt.datetime | None

    @property
    def seller_cif(self) -> str:
        match = re.search(r"cif_emitent\s*=\s*(\d+)", self.details) or re.search(
            r"in numele cif\s*=\s*(\d+)", self.details
        )
        return match.group(1) if match else ""

    @property
    def buyer_cif(self) -> str:
        match = re.search(r"cif_beneficiar\s*=\s*(\w+)", self.details)
        return match.group(1) if match else ""

    @property
    def details_index(self) -> str:
        """The upload index `detalii` names ("… id_incarcare=NNN …"), which should equal `upload_index`."""
        match = re.search(r"id_incarcare\s*=\s*(\d+)", self.details)
        return match.group(1) if match else ""


@dataclass(frozen=True)
class ListPage:
    messages: list[ListedMessage]
    page: int
    total_pages: int
    empty: bool = False  # ANAF's "Nu exista mesaje …": nothing in the window, not an error


# ---- errors --------------------------------------------------------------------------------------------


class ClockSkewError(ConnectorError):
    """ANAF refused a list window as lying in its future and quoted its own clock."""

    def __init__(self, detail: str, anaf_now: dt.datetime) -> None:
        super().__init__(ErrorCategory.PROTOCOL_SURPRISE, detail, service=SERVICE)
        self.anaf_now = anaf_now


class MessageExpiredError(ConnectorError):
    """ANAF keeps a message 60 days; after that it lists it but no longer hands it over (terminal)."""

    def __init__(self, detail: str) -> None:
        super().__init__(ErrorCategory.VALIDATION_FAILED, detail, service=SERVICE)


def _clean(text: Any) -> str:
    return redact_text(" ".join(str(text).split()))[:MAX_TEXT]


def _error(category: ErrorCategory, detail: str, **kw: Any) -> ConnectorError:
    return ConnectorError(category, detail, service=SERVICE, **kw)


def duplicate_of(text: str) -> str | None:
    """The upload index an "already sent" rejection points at ("…transmisa anterior cu index=NNN…")."""
    match = _DUPLICATE.search(text)
    return match.group(1) if match else None


def error_from_text(
    text: str, *, now: dt.datetime | None = None, http_status: int | None = None
) -> ConnectorError:
    """One of ANAF's business error texts as a ConnectorError that says what to do."""
    text = _clean(text)
    now = now or dt.datetime.now(dt.UTC)
    lowered = text.lower()
    clock = _CLOCK.search(text)
    if clock:
        anaf_now = parse_romanian_stamp(clock.group(1))
        if anaf_now is not None:
            return ClockSkewError(
                f"ANAF refused the time window as lying in its future (ANAF's clock: {clock.group(1)} "
                f"Romania time): {text}",
                anaf_now,
            )
    if _DAILY.search(text):
        midnight = next_romanian_midnight(now)
        return _error(
            ErrorCategory.RATE_LIMITED,
            f"ANAF's daily limit for this call is used up ({text}); InvoiceDesk continues after midnight "
            "Romania time",
            retry_at=midnight,
            retry_after=(midnight - now).total_seconds(),
            http_status=http_status,
        )
    if "nu aveti drept" in lowered or "nu exista niciun cif" in lowered:
        return _error(
            ErrorCategory.PERMISSION_MISSING,
            f"ANAF says the signed-in certificate has no SPV rights for this ({text}). The company's legal "
            "representative must grant the certificate holder rights for this CIF in SPV; new rights take "
            "about 24 hours to reach e-Factura",
            http_status=http_status,
        )
    if "nu mai poate fi descarcat" in lowered:
        return MessageExpiredError(
            "ANAF keeps messages for 60 days and this one is older, so it can no longer be downloaded "
            f"({text})"
        )
    if "nu exista inregistrata nici o factura" in lowered or "nu exista factura cu id_incarcare" in lowered:
        return _error(
            ErrorCategory.VALIDATION_FAILED,
            f"ANAF does not know this message ({text}). Check that the connection uses the right environment "
            "(test or production)",
            http_status=http_status,
        )
    if "eroare tehnica" in lowered:
        return _error(
            ErrorCategory.SERVICE_UNAVAILABLE,
            f"ANAF reported a technical fault ({text})",
            http_status=http_status,
        )
    if _CIF_NOT_NUMBER.search(text):
        return _error(
            ErrorCategory.VALIDATION_FAILED,
            f"ANAF refused the company's CIF ({text})",
            field_errors=[
                FieldError(
                    "seller.registration_id",
                    "ANAF needs the CIF as digits only",
                    "Enter the CUI without the RO prefix, spaces or other characters.",
                )
            ],
            http_status=http_status,
        )
    if "fisierul transmis nu este valid" in lowered or "marime fisier" in lowered:
        return _error(
            ErrorCategory.VALIDATION_FAILED,
            f"ANAF refused the file ({text})",
            field_errors=[
                FieldError(
                    "",
                    text,
                    "Correct the document and send it again; if the message "
                    "speaks of the XML schema, report it as a fault.",
                )
            ],
            http_status=http_status,
        )
    if "executari silite" in lowered:
        return _error(
            ErrorCategory.VALIDATION_FAILED,
            f"ANAF refused the enforcement flag ({text})",
            http_status=http_status,
        )
    if "folositi endpoint-ul cu paginatie" in lowered or "pagina solicitata" in lowered:
        return _error(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"ANAF refused the message-list query ({text})",
            http_status=http_status,
        )
    return _error(
        ErrorCategory.PROTOCOL_SURPRISE, f"ANAF answered with an error: {text}", http_status=http_status
    )


def _is_waf_page(response: HttpResponse) -> bool:
    head = response.content[:2048].lstrip().lower()
    return response.content_type == "text/html" or head.startswith((b"<html", b"<!doctype html"))


def common_error(response: HttpResponse) -> ConnectorError | None:
    """Statuses, CustomErrorMessage bodies and the firewall page, which every endpoint may answer."""
    status = response.status
    if status == 200 and _is_waf_page(response):
        support = _SUPPORT_ID.search(response.content.decode("utf-8", "replace"))
        support_text = f" (support ID {support.group(1)})" if support else ""
        return _error(
            ErrorCategory.SERVICE_UNAVAILABLE,
            f"ANAF's firewall rejected the request{support_text}: the request was not processed. "
            "InvoiceDesk tries again later; if it keeps happening, the firewall may object to something in "
            'the document (for example ";CP " in an address) — tell support the support ID',
            http_status=status,
        )
    if status == 204:
        # Undocumented; Odoo reads it as "You reached the limit of requests".
        return _error(
            ErrorCategory.RATE_LIMITED,
            "ANAF answered 204 (no content), which it uses when too many "
            "requests were made; InvoiceDesk waits a minute",
            retry_after=60.0,
            http_status=status,
        )
    if status < 400:
        return None
    message = ""
    if isinstance(response.data, dict):
        message = _clean(response.data.get("message") or response.data.get("error") or "")
    detail = message or body_excerpt(response.content, response.headers.get("Content-Type"))
    if status == 401:
        return _error(
            ErrorCategory.CREDENTIALS_REFUSED,
            "ANAF refused the access token. If renewing it does not help, sign in again with the qualified "
            f"certificate ({detail})",
            http_status=status,
        )
    if status == 403:
        return _error(
            ErrorCategory.PERMISSION_MISSING,
            "ANAF refused access to this address: check that the connection uses the right environment "
            "(test or production), that the OAuth application is registered for the E-Factura service and "
            f"that the certificate holder has SPV rights for the company ({detail})",
            http_status=status,
        )
    if status == 429:
        return _error(
            ErrorCategory.RATE_LIMITED,
            f"ANAF's limit of calls per minute was reached ({detail})",
            http_status=status,
        )
    if status == 404:
        return _error(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"ANAF has no such address ({response.path}): check the "
            f"API address in the connection settings ({detail})",
            http_status=status,
        )
    if status in (400, 405, 415):
        return _error(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"ANAF refused the request as malformed: {detail}",
            http_status=status,
        )
    if status >= 500:
        return _error(
            ErrorCategory.SERVICE_UNAVAILABLE, f"ANAF answered HTTP {status}: {detail}", http_status=status
        )
    return None


def _xml_root(response: HttpResponse) -> etree._Element | None:
    try:
        return etree.fromstring(response.content, _PARSER)
    except etree.XMLSyntaxError:
        return None


def _xml_errors(root: etree._Element, namespace: str) -> list[str]:
    return [_clean(e.get("errorMessage") or "") for e in root.iter(f"{{{namespace}}}Errors", "Errors")]


def upload_error(response: HttpResponse, *, now: dt.datetime | None = None) -> ConnectorError | None:
    error = common_error(response)
    if error is not None or response.status >= 300:
        return error
    root = _xml_root(response)
    if root is None or etree.QName(root).localname != "header":
        # ANAF accepted the POST, but what it made of it cannot be read: the caller must reconcile.
        return _error(
            ErrorCategory.UNCERTAIN_OUTCOME,
            f"ANAF's answer to the upload is not the expected XML: {response.excerpt()}",
            http_status=response.status,
        )
    if root.get("ExecutionStatus") == "0" and (root.get("index_incarcare") or "").isdigit():
        return None
    errors = _xml_errors(root, UPLOAD_NS)
    if root.get("ExecutionStatus") == "1" and errors:
        return error_from_text("; ".join(errors), now=now, http_status=response.status)
    return _error(
        ErrorCategory.UNCERTAIN_OUTCOME,
        f"ANAF's answer to the upload has no index: {response.excerpt()}",
        http_status=response.status,
    )


def parse_upload_reply(content: bytes) -> UploadReply:
    root = etree.fromstring(content, _PARSER)
    return UploadReply(root.get("index_incarcare") or "", root.get("dateResponse") or "")


def status_error(response: HttpResponse, *, now: dt.datetime | None = None) -> ConnectorError | None:
    error = common_error(response)
    if error is not None or response.status >= 300:
        return error
    root = _xml_root(response)
    if root is None:
        return _error(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"ANAF's status answer is not XML: {response.excerpt()}",
            http_status=response.status,
        )
    state = root.get("stare")
    if state is None:
        errors = _xml_errors(root, STATUS_NS)
        if errors:
            return error_from_text("; ".join(errors), now=now, http_status=response.status)
        return _error(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"ANAF's status answer has no state: {response.excerpt()}",
            http_status=response.status,
        )
    if state not in KNOWN_STATES:
        return _error(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"ANAF reported an unknown state {_clean(state)!r}",
            http_status=response.status,
        )
    return None


def parse_status_reply(content: bytes) -> StatusReply:
    root = etree.fromstring(content, _PARSER)
    return StatusReply(root.get("stare") or "", root.get("id_descarcare") or "")


def is_benign_empty(text: str) -> bool:
    return text.strip().lower().startswith("nu exista mesaje")


def list_error(response: HttpResponse, *, now: dt.datetime | None = None) -> ConnectorError | None:
    error = common_error(response)
    if error is not None or response.status >= 300:
        return error
    data = response.data
    if isinstance(data, dict) and data.get("eroare") and not is_benign_empty(str(data["eroare"])):
        return error_from_text(str(data["eroare"]), now=now, http_status=response.status)
    return None


def parse_list_page(data: Any, page: int) -> ListPage:
    if not isinstance(data, dict):
        raise _error(ErrorCategory.PROTOCOL_SURPRISE, "ANAF's message list is not a JSON object")
    if data.get("eroare"):
        return ListPage([], page, 0, empty=True)
    raw_messages = data.get("mesaje")
    if not isinstance(raw_messages, list):
        raise _error(ErrorCategory.PROTOCOL_SURPRISE, "ANAF's message list has no `mesaje`")
    messages = []
    for item in raw_messages:
        if not isinstance(item, dict) or not str(item.get("id", "")).isdigit():
            raise _error(
                ErrorCategory.PROTOCOL_SURPRISE,
                f"ANAF's message list holds an entry without an id: {_clean(item)}",
            )
        messages.append(
            ListedMessage(
                id=str(item["id"]),
                upload_index=str(item.get("id_solicitare") or ""),
                cif=str(item.get("cif") or ""),
                kind=str(item.get("tip") or ""),
                details=_clean(item.get("detalii") or ""),
                created_at=parse_list_stamp(str(item.get("data_creare") or "")),
            )
        )
    try:
        total_pages = int(data.get("numar_total_pagini") or 1)
        current = int(data.get("index_pagina_curenta") or page)
    except (TypeError, ValueError):
        raise _error(
            ErrorCategory.PROTOCOL_SURPRISE, "ANAF's message list has unreadable page numbers"
        ) from None
    return ListPage(messages, current, total_pages)


def download_error(response: HttpResponse, *, now: dt.datetime | None = None) -> ConnectorError | None:
    error = common_error(response)
    if error is not None or response.status >= 300:
        return error
    if response.content[:2] == b"PK":
        return None
    if response.content_type.endswith("json") or response.content[:1] == b"{":
        try:
            data = json.loads(response.content)
        except ValueError:
            data = None
        if isinstance(data, dict) and data.get("eroare"):
            return error_from_text(str(data["eroare"]), now=now, http_status=response.status)
    return _error(
        ErrorCategory.PROTOCOL_SURPRISE,
        f"ANAF's download is not a ZIP file: {response.excerpt()}",
        http_status=response.status,
    )
