"""Message lists: by days and paginated; messages of uploads, errors and received invoices; `eroare` texts."""

from __future__ import annotations

import pytest

from tests.integration.sandbox_anaf.conftest import (
    BUYER,
    NO_RIGHTS_CERT,
    OTHER,
    OTHER_CERT,
    SELLER,
    index_of,
    minimal_invoice,
)

DAY = 86400


def _ms(anaf, offset_seconds: float = 0.0) -> str:
    return str(int((anaf.clock.now() + offset_seconds) * 1000))


def _page(anaf, start: str, end: str, pagina: str = "1", cif: str = SELLER, **extra) -> dict:
    response = anaf.get(
        "listaMesajePaginatieFactura", startTime=start, endTime=end, cif=cif, pagina=pagina, **extra
    )
    assert response.status_code == 200, response.text
    return response.json()


def _eroare(response) -> str:
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"eroare", "titlu"}, body
    assert body["titlu"] == "Lista Mesaje"
    return body["eroare"]


def test_sent_invoice_lists_for_the_seller_and_reaches_the_buyers_inbox(anaf):
    index = index_of(anaf.upload(minimal_invoice()))
    sent = anaf.get("listaMesajeFactura", zile="1", cif=SELLER).json()
    assert sent["serial"] == "AAAA0001" and sent["cui"] == SELLER
    assert sent["titlu"] == "Lista Mesaje disponibile din ultimele 1 zile"
    [message] = sent["mesaje"]
    assert message == {
        "data_creare": "202603021000",
        "cif": SELLER,
        "id_solicitare": index,
        "detalii": f"Factura cu id_incarcare={index} emisa de cif_emitent={SELLER} pentru "
        f"cif_beneficiar={BUYER}",
        "tip": "FACTURA TRIMISA",
        "id": message["id"],
    }
    received = anaf.get("listaMesajeFactura", zile="1", cif=BUYER, filtru="P").json()["mesaje"]
    assert [(m["tip"], m["id"], m["id_solicitare"]) for m in received] == [
        ("FACTURA PRIMITA", message["id"], index)
    ]


def test_rejected_invoice_lists_as_erori_factura_and_does_not_reach_the_buyer(anaf):
    index = index_of(anaf.upload(minimal_invoice(customization=None)))
    [message] = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru="E").json()["mesaje"]
    assert message["tip"] == "ERORI FACTURA"
    assert message["detalii"] == f"Erori de validare identificate la factura primita cu id_incarcare={index}"
    assert (
        _eroare(anaf.get("listaMesajeFactura", zile="1", cif=BUYER)) == "Nu exista mesaje in ultimele 1 zile"
    )


def test_self_billing_and_extern_details(anaf):
    self_billed = index_of(anaf.upload(minimal_invoice("AUTO-1"), cif=BUYER, autofactura="DA"))
    [sent] = anaf.get("listaMesajeFactura", zile="1", cif=BUYER, filtru="T").json()["mesaje"]
    expected = (
        f"Factura cu id_incarcare={self_billed} transmisa de cif={BUYER} ca autofactura in numele "
        f"cif={SELLER}"
    )
    assert sent["detalii"] == expected
    [received] = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru="P").json()["mesaje"]
    assert received["detalii"] == expected

    index_of(anaf.upload(minimal_invoice("EXT-1"), extern="DA"))
    inbox = anaf.get("listaMesajeFactura", zile="1", cif=BUYER, filtru="P")
    assert _eroare(inbox) == "Nu exista mesaje in ultimele 1 zile"  # an extern buyer gets no SPV message


def test_filters_split_the_list(anaf):
    index_of(anaf.upload(minimal_invoice("F-1")))
    index_of(anaf.upload(minimal_invoice("F-2", customization=None)))
    anaf.emulator.receive_invoice(SELLER, minimal_invoice("SUP-1", seller_vat="RO14399840"))
    everything = anaf.get("listaMesajeFactura", zile="1", cif=SELLER).json()["mesaje"]
    assert sorted(m["tip"] for m in everything) == ["ERORI FACTURA", "FACTURA PRIMITA", "FACTURA TRIMISA"]
    for filtru, tip in (("E", "ERORI FACTURA"), ("T", "FACTURA TRIMISA"), ("P", "FACTURA PRIMITA")):
        listed = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru=filtru).json()["mesaje"]
        assert [m["tip"] for m in listed] == [tip]
    assert (
        _eroare(anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru="R"))
        == "Nu exista mesaje in ultimele 1 zile"
    )


def test_received_invoice_helper_fills_the_inbox(anaf):
    upload = anaf.emulator.receive_invoice(SELLER, minimal_invoice("SUP-9", seller_vat="RO14399840"))
    [message] = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, filtru="P").json()["mesaje"]
    assert message["tip"] == "FACTURA PRIMITA"
    assert message["id"] == str(upload.download_id) and message["id_solicitare"] == str(upload.index)
    assert message["detalii"] == (
        f"Factura cu id_incarcare={upload.index} emisa de cif_emitent={OTHER} pentru cif_beneficiar={SELLER}"
    )


def test_simple_list_window_in_days(anaf):
    index_of(anaf.upload(minimal_invoice("OLD-1")))
    anaf.clock.advance(3 * DAY)
    index_of(anaf.upload(minimal_invoice("NEW-1")))
    assert len(anaf.get("listaMesajeFactura", zile="1", cif=SELLER).json()["mesaje"]) == 1
    assert len(anaf.get("listaMesajeFactura", zile="4", cif=SELLER).json()["mesaje"]) == 2


def test_simple_list_refuses_more_than_500_messages(anaf):
    for number in range(501):
        anaf.emulator.receive_invoice(SELLER, minimal_invoice(f"BULK-{number}", seller_vat="RO14399840"))
    assert _eroare(anaf.get("listaMesajeFactura", zile="1", cif=SELLER)) == (
        "Lista de mesaje este mai mare decat numarul de 500 elemente permise in pagina. "
        "Folositi endpoint-ul cu paginatie."
    )
    first = _page(anaf, _ms(anaf, -3600), _ms(anaf))
    assert first["numar_total_inregistrari"] == 501 and first["numar_total_pagini"] == 2
    assert first["numar_inregistrari_in_pagina"] == 500
    second = _page(anaf, _ms(anaf, -3600), _ms(anaf), pagina="2")
    assert second["numar_inregistrari_in_pagina"] == 1 and second["index_pagina_curenta"] == 2
    ids = {m["id"] for m in first["mesaje"]} | {m["id"] for m in second["mesaje"]}
    assert len(ids) == 501
    assert (
        _eroare(
            anaf.get(
                "listaMesajePaginatieFactura",
                startTime=_ms(anaf, -3600),
                endTime=_ms(anaf),
                cif=SELLER,
                pagina="3",
            )
        )
        == "Pagina solicitata 3 este mai mare decat numarul toatal de pagini 2"
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"zile": "1", "cif": "RO12345674"}, "CIF introdus= RO12345674 nu este un numar"),
        ({"zile": "x", "cif": SELLER}, "Numarul de zile introdus= x nu este un numar intreg"),
        ({"zile": "61", "cif": SELLER}, "Numarul de zile trebuie sa fie intre 1 si 60"),
        ({"zile": "0", "cif": SELLER}, "Numarul de zile trebuie sa fie intre 1 si 60"),
        (
            {"zile": "1", "cif": SELLER, "filtru": "X"},
            "Valorile acceptate pentru parametrul filtru sunt E, T, P sau R",
        ),
        ({"zile": "1", "cif": OTHER}, f"Nu aveti drept in SPV pentru CIF={OTHER}"),
    ],
)
def test_simple_list_errors(anaf, params, message):
    assert _eroare(anaf.get("listaMesajeFactura", **params)) == message


def test_simple_list_missing_parameters_is_400(anaf):
    response = anaf.get("listaMesajeFactura", cif=SELLER)
    assert response.status_code == 400
    assert response.json()["message"] == "Parametrii zile si cif sunt obligatorii"


def test_certificate_without_rights_cannot_list(anaf):
    response = anaf.get("listaMesajeFactura", zile="1", cif=SELLER, serial=NO_RIGHTS_CERT)
    assert _eroare(response) == "Nu exista niciun CIF pentru care sa aveti drept in SPV"


def test_paginated_envelope(anaf):
    index = index_of(anaf.upload(minimal_invoice()))
    start, end = _ms(anaf, -DAY), _ms(anaf)
    body = _page(anaf, start, end)
    assert body["numar_inregistrari_in_pagina"] == 1
    assert body["numar_total_inregistrari_per_pagina"] == 500
    assert body["numar_total_inregistrari"] == 1
    assert body["numar_total_pagini"] == 1
    assert body["index_pagina_curenta"] == 1
    assert body["serial"] == "AAAA0001" and body["cui"] == SELLER
    assert (
        body["titlu"] == "Lista Mesaje disponibile din intervalul 01-03-2026 10:00:00 - 02-03-2026 10:00:00"
    )
    assert [m["id_solicitare"] for m in body["mesaje"]] == [index]


def test_paginated_window_is_inclusive_and_in_milliseconds(anaf):
    created = _ms(anaf)
    index_of(anaf.upload(minimal_invoice()))
    anaf.clock.advance(10)
    assert _page(anaf, created, _ms(anaf))["numar_total_inregistrari"] == 1
    later = str(int(created) + 1)
    assert (
        _eroare(
            anaf.get(
                "listaMesajePaginatieFactura", startTime=later, endTime=_ms(anaf), cif=SELLER, pagina="1"
            )
        )
        == "Nu exista mesaje in intervalul selectat"
    )


def test_end_time_in_the_future_quotes_the_emulator_clock(anaf):
    # A client whose clock runs two seconds ahead of ANAF's.
    response = anaf.get(
        "listaMesajePaginatieFactura",
        startTime=_ms(anaf, -3600),
        endTime=_ms(anaf, 2),
        cif=SELLER,
        pagina="1",
    )
    assert _eroare(response) == (
        "endTime = 02-03-2026 10:00:02 nu poate in viitor fata de momentul requestului = 02-03-2026 10:00:00"
    )


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (
            -61 * DAY,
            0,
            "startTime = 31-12-2025 10:00:00 nu poate fi mai vechi de 60 de zile fata de momentul "
            "requestului",
        ),
        (-60, -120, "endTime = 02-03-2026 09:58:00 nu poate fi <= startTime = 02-03-2026 09:59:00"),
    ],
)
def test_paginated_window_errors(anaf, start, end, message):
    response = anaf.get(
        "listaMesajePaginatieFactura",
        startTime=_ms(anaf, start),
        endTime=_ms(anaf, end),
        cif=SELLER,
        pagina="1",
    )
    assert _eroare(response) == message


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("startTime", "aaa", "startTime = aaa nu este un numar sau nu are o valoare acceptata de sistem"),
        ("endTime", "1.5", "endTime = 1.5 nu este un numar sau nu are o valoare acceptata de sistem"),
        ("pagina", "aa", "pagina = aa nu este un numar sau nu are o valoare acceptata de sistem"),
        ("pagina", "0", "pagina = 0 nu este un numar sau nu are o valoare acceptata de sistem"),
        (
            "endTime",
            "99999999999999999999",
            "endTime = 99999999999999999999 nu este un numar sau nu are o valoare acceptata de sistem",
        ),
        ("cif", "RO1", "CIF introdus= RO1 nu este un numar sau nu are o valoare acceptata de sistem"),
    ],
)
def test_paginated_parameter_errors(anaf, field, value, message):
    params = {"startTime": _ms(anaf, -60), "endTime": _ms(anaf), "cif": SELLER, "pagina": "1", field: value}
    assert _eroare(anaf.get("listaMesajePaginatieFactura", **params)) == message


def test_paginated_missing_parameters_is_400(anaf):
    response = anaf.get("listaMesajePaginatieFactura", startTime=_ms(anaf, -60), cif=SELLER, pagina="1")
    assert response.status_code == 400
    assert response.json()["message"] == "Parametrii startTime, endTime, cif si pagina sunt obligatorii"


def test_empty_paginated_list_is_the_benign_eroare(anaf):
    response = anaf.get(
        "listaMesajePaginatieFactura",
        startTime=_ms(anaf, -60),
        endTime=_ms(anaf),
        cif=OTHER,
        pagina="1",
        serial=OTHER_CERT,
    )
    assert _eroare(response) == "Nu exista mesaje in intervalul selectat"


def test_lists_can_lag_behind_the_status(make_anaf):
    anaf = make_anaf(list_delay_seconds=900)
    index = index_of(anaf.upload(minimal_invoice()))
    assert 'stare="ok"' in anaf.settle(index).text
    assert (
        _eroare(anaf.get("listaMesajeFactura", zile="1", cif=SELLER)) == "Nu exista mesaje in ultimele 1 zile"
    )
    anaf.clock.advance(900)
    assert len(anaf.get("listaMesajeFactura", zile="1", cif=SELLER).json()["mesaje"]) == 1


def test_daily_list_limits_per_cui(make_anaf):
    anaf = make_anaf(simple_lists_per_day=3)
    for _ in range(3):
        anaf.get("listaMesajeFactura", zile="1", cif=SELLER)
    assert (
        _eroare(anaf.get("listaMesajeFactura", zile="1", cif=SELLER))
        == "S-au facut deja 3 interogari de lista mesaje de catre utilizator in cursul zilei"
    )
    assert (
        _eroare(anaf.get("listaMesajeFactura", zile="1", cif=BUYER)) == "Nu exista mesaje in ultimele 1 zile"
    )
