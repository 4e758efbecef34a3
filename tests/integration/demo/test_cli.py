"""`invoicedesk --demo demo seed` prints the world it made, and leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from invoicedesk.cli.main import main

from .conftest import sandboxed


def test_demo_seed_prints_companies_documents_states_and_the_inbox(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    box = sandboxed(monkeypatch, tmp_path)

    assert main(["--demo", "demo", "seed"]) == 0

    out = capsys.readouterr().out
    first_invoice = f"FV{dt.date.today().year}-0001"
    for expected in ("Pražírna Na Kopci s.r.o. (demo)", "Cafea Bună SRL (demo)", first_invoice,
                     "needs_attention", "online_gateway", "Resend", "is ok at ANAF",
                     "Prăjitoria Carpați SRL (demo)", "Ambalaje Dunărea SRL (demo)", "PIN 1234",
                     "http://127.0.0.1:"):
        assert expected in out, expected
    assert out.count(" done ") == 4
    # The session's temporary folder is gone, and nothing was written anywhere else.
    assert list(box.temp.iterdir()) == [] and box.outside_writes() == []


def test_demo_seed_json_names_each_documents_state(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    sandboxed(monkeypatch, tmp_path)

    assert main(["--demo", "demo", "seed", "--json"]) == 0

    world = json.loads(capsys.readouterr().out)
    states = sorted((d["sent_to"], d["doc_type"], d["state"]) for d in world["documents"])
    assert states == [
        ("anaf", "invoice", "ok"),
        ("fakturoid", "credit_note", "done"),
        ("fakturoid", "invoice", "done"),
        ("fakturoid", "invoice", "done"),
        ("fakturoid", "invoice", "needs_attention"),
        ("fakturoid", "proforma", "done"),
    ]
    assert world["efactura_submission"]["state"] == "ok"
    assert len(world["received"]) == 2
    assert all(isinstance(d["total_gross"], str) for d in world["documents"])  # money stays exact text


def test_demo_seed_outside_a_demo_session_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):
    box = sandboxed(monkeypatch, tmp_path)

    assert main(["--data-dir", str(tmp_path / "data"), "demo", "seed"]) == 1

    assert "invoicedesk --demo demo seed" in capsys.readouterr().err
    assert not (tmp_path / "data").exists() and box.outside_writes() == []
