"""The emulator's state file: a restarted emulator keeps its keys, tokens, uploads, messages and counters."""

from __future__ import annotations

import json

from invoicedesk.sandbox.anaf import AnafEmulator
from tests.integration.sandbox_anaf.conftest import (
    APP,
    CERTIFICATES,
    SELLER,
    Anaf,
    index_of,
    minimal_invoice,
)


def _start(tmp_path, clock) -> Anaf:
    emulator = AnafEmulator(
        clock=clock,
        state_file=tmp_path / "anaf.json",
        client_apps=[APP],
        certificates=CERTIFICATES,
        downloads_per_day=2,
    ).start()
    return Anaf(emulator, clock)


def test_restart_keeps_tokens_uploads_and_counters(tmp_path, clock):
    first = _start(tmp_path, clock)
    tokens = first.tokens()
    index = index_of(first.upload(minimal_invoice()))
    download_id = first.settle(index).text.split('id_descarcare="')[1].split('"')[0]
    archive = first.get("descarcare", id=download_id).content
    first.http.close()
    first.emulator.stop()

    saved = json.loads((tmp_path / "anaf.json").read_text(encoding="utf-8"))
    assert saved["service"] == "anaf"
    assert tokens["access_token"] not in json.dumps(saved)  # the registry keeps token ids, not tokens

    second = _start(tmp_path, clock)
    try:
        second.remember(tokens)  # the client still holds the tokens it got before the restart
        assert f'id_descarcare="{download_id}"' in second.get("stareMesaj", id_incarcare=index).text
        listed = second.get("listaMesajeFactura", zile="1", cif=SELLER).json()["mesaje"]
        assert [m["id_solicitare"] for m in listed] == [index]
        assert second.get("descarcare", id=download_id).content == archive  # same seal, same bytes
        assert (
            second.get("descarcare", id=download_id).json()["eroare"]
            == "S-au facut deja 2 descarcari de mesaj in cursul zilei"
        )
        refreshed = second.refresh(tokens["refresh_token"])
        assert refreshed.status_code == 200
        assert int(index_of(second.upload(minimal_invoice("NEXT-1")))) == int(index) + 1
    finally:
        second.http.close()
        second.emulator.stop()
