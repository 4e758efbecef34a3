"""ANAF's error dialects, each mapped onto the taxonomy with what to do."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from invoicedesk.connectors.anaf.messages import (
    ClockSkewError,
    MessageExpiredError,
    common_error,
    download_error,
    list_error,
    status_error,
    upload_error,
)
from invoicedesk.connectors.errors import ErrorCategory
from invoicedesk.connectors.http import HttpResponse

NOW = dt.datetime(2026, 7, 30, 9, 0, tzinfo=dt.UTC)  # 12:00 in Bucharest (EEST)
UPLOAD_NS = "mfp:anaf:dgti:spv:respUploadFisier:v1"
STATUS_NS = "mfp:anaf:dgti:efactura:stareMesajFactura:v1"


def response(
    status: int = 200, body: bytes | str = b"", content_type: str = "application/xml", data=None, headers=None
) -> HttpResponse:
    content = body.encode() if isinstance(body, str) else body
    return HttpResponse(
        "GET",
        "/test/FCTEL/rest/x",
        status,
        {"Content-Type": content_type, **(headers or {})},
        content,
        data=data,
    )


def json_response(payload: dict, status: int = 200) -> HttpResponse:
    return response(status, json.dumps(payload), "application/json", data=payload)


def upload_reply(errors: str | None = None) -> HttpResponse:
    if errors is None:
        return response(body=f'<header xmlns="{UPLOAD_NS}" ExecutionStatus="0" index_incarcare="3828"/>')
    return response(
        body=f'<header xmlns="{UPLOAD_NS}" ExecutionStatus="1"><Errors errorMessage="{errors}"/></header>'
    )


def test_an_accepted_upload_is_no_error_and_a_rejected_one_says_why():
    assert upload_error(upload_reply(), now=NOW) is None
    no_rights = upload_error(upload_reply("Nu aveti drept in SPV pentru CIF=14399840"), now=NOW)
    assert no_rights.category is ErrorCategory.PERMISSION_MISSING and "24 hours" in no_rights.detail
    invalid = upload_error(
        upload_reply("Fisierul transmis nu este valid. org.xml.sax.SAXParseException"), now=NOW
    )
    assert invalid.category is ErrorCategory.VALIDATION_FAILED and invalid.field_errors
    fault = upload_error(upload_reply("A aparut o eroare tehnica. Cod: 123"), now=NOW)
    assert fault.category is ErrorCategory.SERVICE_UNAVAILABLE and fault.is_transient
    rasp = upload_error(
        upload_reply("S-au incarcat deja 1000 de mesaje de tip RASP pentru cui=1 in cursul zilei"), now=NOW
    )
    assert rasp.category is ErrorCategory.RATE_LIMITED
    assert rasp.retry_at == dt.datetime(2026, 7, 30, 21, 0, tzinfo=dt.UTC)  # midnight in Bucharest


def test_an_upload_answer_that_cannot_be_read_is_an_uncertain_outcome():
    garbled = upload_error(response(body=b"<header"), now=NOW)
    assert garbled.category is ErrorCategory.UNCERTAIN_OUTCOME


def test_status_states_pass_and_status_errors_without_a_state_are_errors():
    for state in ("ok", "nok", "in prelucrare", "XML cu erori nepreluat de sistem"):
        assert status_error(response(body=f'<header xmlns="{STATUS_NS}" stare="{state}"/>'), now=NOW) is None
    limit = status_error(
        response(
            body=f'<header xmlns="{STATUS_NS}"><Errors errorMessage="S-au facut deja 100 '
            'descarcari de mesaj in cursul zilei"/></header>'
        ),
        now=NOW,
    )
    assert limit.category is ErrorCategory.RATE_LIMITED and limit.retry_after > 3600
    odd = status_error(response(body=f'<header xmlns="{STATUS_NS}" stare="ciudat"/>'), now=NOW)
    assert odd.category is ErrorCategory.PROTOCOL_SURPRISE


def test_list_errors_share_the_eroare_field_with_no_messages():
    assert list_error(json_response({"eroare": "Nu exista mesaje in intervalul selectat"}), now=NOW) is None
    skew = list_error(
        json_response(
            {
                "eroare": "endTime = 30-07-2026 15:20:00 nu poate in viitor fata de "
                "momentul requestului = 30-07-2026 15:15:27"
            }
        ),
        now=NOW,
    )
    assert isinstance(skew, ClockSkewError)
    assert skew.anaf_now == dt.datetime(2026, 7, 30, 12, 15, 27, tzinfo=dt.UTC)
    too_far = list_error(
        json_response({"eroare": "Pagina solicitata 50 este mai mare decat numarul toatal de pagini 29"}),
        now=NOW,
    )
    assert too_far.category is ErrorCategory.PROTOCOL_SURPRISE


def test_download_errors_including_the_terminal_sixty_days():
    assert download_error(response(body=b"PK\x03\x04...", content_type="application/zip"), now=NOW) is None
    expired = download_error(
        json_response(
            {
                "eroare": "Fisierul nu mai poate fi descarcat pentru ca a trecut "
                "perioada de 60 de zile in care este disponibil"
            }
        ),
        now=NOW,
    )
    assert isinstance(expired, MessageExpiredError) and not expired.is_transient
    daily = download_error(
        json_response({"eroare": "S-au facut deja 10 descarcari de mesaj in cursul zilei"}), now=NOW
    )
    assert daily.category is ErrorCategory.RATE_LIMITED


@pytest.mark.parametrize(
    ("status", "category"),
    [
        (400, ErrorCategory.PROTOCOL_SURPRISE),
        (401, ErrorCategory.CREDENTIALS_REFUSED),
        (403, ErrorCategory.PERMISSION_MISSING),
        (404, ErrorCategory.PROTOCOL_SURPRISE),
        (429, ErrorCategory.RATE_LIMITED),
        (500, ErrorCategory.SERVICE_UNAVAILABLE),
        (503, ErrorCategory.SERVICE_UNAVAILABLE),
    ],
)
def test_custom_error_messages_by_status(status, category):
    body = {
        "timestamp": "05-08-2021 12:04:01",
        "status": status,
        "error": "x",
        "message": "Parametrii standard si cif sunt obligatorii",
    }
    error = common_error(json_response(body, status))
    assert error.category is category and error.http_status == status
    assert "Parametrii standard si cif sunt obligatorii" in error.detail


def test_the_firewall_page_and_the_204_no_content_answer():
    page = (
        "<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please "
        "consult with your administrator.<br><br>Your support ID is: 12345678901234567890</body></html>"
    )
    waf = common_error(response(body=page, content_type="text/html"))
    assert waf.category is ErrorCategory.SERVICE_UNAVAILABLE and "12345678901234567890" in waf.detail
    assert ";CP" in waf.detail  # says what in a document can trigger it
    empty = common_error(response(204))
    assert empty.category is ErrorCategory.RATE_LIMITED and empty.retry_after == 60
