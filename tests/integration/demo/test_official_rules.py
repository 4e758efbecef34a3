"""With the official e-Factura rules on the machine, the demo's invoice and its suppliers' invoices pass
them; with a damaged copy the demo still runs, and says which checks it made instead."""

from __future__ import annotations

from pathlib import Path

import pytest

from invoicedesk.app.demo import seed_demo
from invoicedesk.app.efactura import list_received, shared_validator
from invoicedesk.app.paging import PageRequest
from invoicedesk.connectors.anaf.receipts import open_receipt
from invoicedesk.connectors.anaf.validation import RulesLocation
from invoicedesk.connectors.anaf.validation.manifest import CREDIT_NOTE_XSD, INVOICE_XSD, RULES_XSLT

from .conftest import KIT, open_demo_context, sandboxed


@pytest.fixture
def rules() -> Path:
    if not (KIT / "cius-ro-1.0.9").is_dir():
        pytest.skip(f"the e-Factura validation kit is not at {KIT}")
    return KIT


def test_the_invoice_is_checked_with_the_official_rules_and_the_supplier_invoices_pass_them(
        rules: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sandboxed(monkeypatch, tmp_path)
    ctx = open_demo_context()
    try:
        world = seed_demo(ctx, rules_dir=rules)

        assert world.validation.startswith("the official e-Factura rules")
        assert str(world.efactura_submission.state) == "ok"
        validator = shared_validator(RulesLocation(rules))  # the one the seeding compiled
        received = list_received(ctx, world.romanian_company.id, PageRequest()).rows
        assert len(received) == 2
        for row in received:
            archived = (ctx.paths.archive_dir / row.archive_path).read_bytes()
            report = validator.validate(open_receipt(archived, row.message_id).document)
            assert report.ok, [(issue.rule, issue.message) for issue in report.errors]
    finally:
        ctx.close()


def test_a_damaged_copy_of_the_rules_falls_back_to_the_checks_that_need_none(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    sandboxed(monkeypatch, tmp_path)
    damaged = tmp_path / "rules"
    for name in (INVOICE_XSD, CREDIT_NOTE_XSD, RULES_XSLT):
        (damaged / name).parent.mkdir(parents=True, exist_ok=True)
        (damaged / name).write_text("<truncated", encoding="utf-8")
    ctx = open_demo_context()
    try:
        world = seed_demo(ctx, rules_dir=damaged)

        assert "missing or damaged" in world.validation
        assert str(world.efactura_submission.state) == "ok"
    finally:
        ctx.close()
