"""The inbox: every received supplier invoice imported once, with the totals its file declares, ZIP kept."""

from __future__ import annotations

import hashlib
import io
import zipfile
from decimal import Decimal

from lxml import etree

from invoicedesk.app.efactura import list_received, run_inbox
from invoicedesk.app.paging import PageRequest
from tests.integration.efactura.conftest import EXAMPLES, SELLER_CUI

NS = {
    "cbc": "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2",
    "cac": "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2",
}
VALID = sorted((EXAMPLES / "valid").glob("*.xml"))


def declared_in_file(xml: bytes) -> dict[str, Decimal | str]:
    """What the file itself states, read independently of the product's reader."""
    root = etree.fromstring(xml)
    currency = root.findtext("cbc:DocumentCurrencyCode", namespaces=NS)
    type_code = root.findtext("cbc:InvoiceTypeCode", namespaces=NS) or root.findtext(
        "cbc:CreditNoteTypeCode", namespaces=NS
    )
    sign = -1 if etree.QName(root).localname == "CreditNote" or type_code == "381" else 1
    total = root.find("cac:LegalMonetaryTotal", NS)
    vat = [t for t in root.findall("cac:TaxTotal/cbc:TaxAmount", NS) if t.get("currencyID") == currency]

    def amount(name: str) -> Decimal:
        return sign * Decimal(total.findtext(f"cbc:{name}", namespaces=NS))

    return {
        "number": root.findtext("cbc:ID", namespaces=NS),
        "net": amount("TaxExclusiveAmount"),
        "gross": amount("TaxInclusiveAmount"),
        "payable": amount("PayableAmount"),
        "vat": sign * Decimal(vat[0].text),
    }


def test_every_valid_example_is_imported_once_with_its_declared_totals(anaf, company):
    assert len(VALID) >= 14
    seeded = {}
    for path in VALID:
        upload = anaf.emulator.receive_invoice(SELLER_CUI, path.read_bytes())
        seeded[str(upload.download_id)] = path
    anaf.clock.advance(120)  # the list shows nothing younger than a minute

    report = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())

    assert report.complete and report.unreadable == [] and report.expired == []
    assert sorted(report.imported) == sorted(seeded)
    page = list_received(anaf.ctx, company.id, PageRequest(limit=100))
    assert page.total == len(VALID)
    for row in page.rows:
        path = seeded[row.message_id]
        expected = declared_in_file(path.read_bytes())
        found = {
            "number": row.number,
            "net": row.declared_net,
            "gross": row.declared_gross,
            "payable": row.declared_payable,
            "vat": row.declared_vat,
        }
        assert found == expected, path.name
        assert row.state == "imported"
        kept = (anaf.ctx.paths.archive_dir / row.archive_path).read_bytes()
        with zipfile.ZipFile(io.BytesIO(kept)) as archive:
            assert archive.read(f"{row.message_id}.xml") == path.read_bytes()
    downloads = len(anaf.journal("GET", "descarcare"))
    assert downloads == len(VALID)  # each message downloaded once

    anaf.clock.advance(600)
    again = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())

    assert again.imported == [] and again.complete
    assert len(anaf.journal("GET", "descarcare")) == downloads  # nothing downloaded again
    assert list_received(anaf.ctx, company.id, PageRequest(limit=100)).total == len(VALID)


def test_the_next_run_starts_where_the_last_one_ended_and_imports_only_what_is_new(anaf, company):
    anaf.emulator.receive_invoice(SELLER_CUI, (EXAMPLES / "valid" / "minimal-invoice.xml").read_bytes())
    anaf.clock.advance(120)
    first = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())
    assert len(first.imported) == 1

    anaf.clock.advance(3600)
    later = anaf.emulator.receive_invoice(
        SELLER_CUI, (EXAMPLES / "valid" / "minimal-creditnote.xml").read_bytes()
    )
    anaf.clock.advance(120)
    second = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())

    # The first message lies in the overlap: listed again, recognised, not downloaded again.
    assert second.imported == [str(later.download_id)] and second.already_known == 1
    assert len(anaf.journal("GET", "descarcare")) == 2
    [first_list, second_list] = anaf.journal("GET", "listaMesajePaginatieFactura")
    # The second window starts five minutes before the first one ended: overlap, not a 60-day rescan.
    first_end = int(first_list.query["endTime"][0])
    assert int(second_list.query["startTime"][0]) == first_end - 5 * 60 * 1000


def test_a_received_file_that_cannot_be_read_is_kept_with_the_reason(anaf, company):
    odd = b'<?xml version="1.0" encoding="UTF-8"?><Note><Text>not an invoice</Text></Note>'
    upload = anaf.emulator.receive_invoice(SELLER_CUI, odd)
    anaf.clock.advance(120)

    report = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())

    assert report.unreadable == [str(upload.download_id)] and report.imported == []
    [row] = list_received(anaf.ctx, company.id, PageRequest()).rows
    assert row.state == "unreadable" and row.problem
    kept = (anaf.ctx.paths.archive_dir / row.archive_path).read_bytes()
    assert (
        hashlib.sha256(kept).hexdigest()
        and zipfile.ZipFile(io.BytesIO(kept)).read(f"{row.message_id}.xml") == odd
    )
    # It is not downloaded again on the next run either.
    anaf.clock.advance(600)
    assert run_inbox(anaf.ctx, company.id, wiring=anaf.wiring()).already_known == 1
    assert len(anaf.journal("GET", "descarcare")) == 1


def test_an_outage_stops_the_run_without_losing_the_place(anaf, company):
    for name in ("minimal-invoice.xml", "ubl_b2g_example1.xml"):
        anaf.emulator.receive_invoice(SELLER_CUI, (EXAMPLES / "valid" / name).read_bytes())
    anaf.clock.advance(120)
    anaf.emulator.faults.inject("status", status=503, method="GET", path="descarcare", times=3)

    stopped = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())
    assert not stopped.complete and stopped.stopped.category == "service_unavailable"

    anaf.clock.advance(600)
    resumed = run_inbox(anaf.ctx, company.id, wiring=anaf.wiring())
    assert resumed.complete
    assert len(stopped.imported) + len(resumed.imported) == 2
    assert list_received(anaf.ctx, company.id, PageRequest()).total == 2
