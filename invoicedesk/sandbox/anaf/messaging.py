"""e-Factura's upload, status and download endpoints under /test/FCTEL/rest and /prod/FCTEL/rest."""

from __future__ import annotations

import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

from lxml import etree

from invoicedesk.sandbox.anaf import archive, checks, replies, romania_time
from invoicedesk.sandbox.anaf.config import Certificate
from invoicedesk.sandbox.anaf.invoice_facts import RASP_ROOT, ROOT_FOR_STANDARD, read_facts
from invoicedesk.sandbox.anaf.spv import Spv, Submission, environment_matches
from invoicedesk.sandbox.base import Request, Response, route
from invoicedesk.sandbox.clock import ScaledClock

REST = r"/(?P<env>test|prod)/FCTEL/rest"
UPLOAD_STANDARDS = ("UBL", "CN", "CII", "RASP")
# Upload flags and the name ANAF's error text gives each.
UPLOAD_FLAGS = {"extern": "extern", "autofactura": "autofacturare", "executare": "executare"}
NO_RIGHTS_AT_ALL = "Nu exista niciun CIF pentru care sa aveti drept in SPV"
DAY = 86400.0

XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def is_number(text: str) -> bool:
    return re.fullmatch(r"[0-9]+", text) is not None


def rights_error(certificate: Certificate | None, cif: str) -> str | None:
    if certificate is None or not certificate.cifs:
        return NO_RIGHTS_AT_ALL
    if cif not in certificate.cifs:
        return f"Nu aveti drept in SPV pentru CIF={cif}"
    return None


def parse_document(body: bytes, expected_root: str) -> tuple[etree._Element | None, str | None]:
    """The parsed root, or ANAF's "Fisierul transmis nu este valid" text (Java SAX wording)."""
    try:
        root = etree.fromstring(body, XML_PARSER)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position if exc.position else (1, 1)
        reason = (exc.msg or "XML document structures must start and end within the same entity").split(",")[
            0
        ]
        return None, (
            f"Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: {line}; "
            f"columnNumber: {column}; {reason}. "
        )
    if root.tag != expected_root:
        line = root.sourceline or 1
        text_lines = body.decode("utf-8", "replace").splitlines()
        column = len(text_lines[line - 1]) + 1 if 0 < line <= len(text_lines) else 1
        return None, (
            f"Fisierul transmis nu este valid. org.xml.sax.SAXParseException; lineNumber: {line}; "
            f"columnNumber: {column}; cvc-elt.1.a: Cannot find the declaration of element "
            f"'{etree.QName(root).localname}'. "
        )
    return root, None


class MessagingRoutes:
    """Mixed into AnafEmulator; uses its options, clock, mailbox and token checks."""

    options: dict[str, Any]
    clock: ScaledClock
    lock: AbstractContextManager[Any]
    mutate: Callable[[], AbstractContextManager[None]]
    spv: Spv
    certificate_for: Callable[[Request], Certificate | None]
    sealer: Callable[[bytes, str], bytes]

    # ---- upload
    @route("POST", REST + r"/upload(?P<b2c>b2c)?")
    def upload(self, request: Request) -> Response:
        now = self.clock.now()
        standard, cif = request.arg("standard"), request.arg("cif")
        if not standard or not cif:
            return replies.custom_error(now, 400, "Parametrii standard si cif sunt obligatorii")
        if not request.body.strip():
            return replies.custom_error(now, 400, "Trebuie sa aveti atasat in request un fisier de tip xml")
        if standard not in UPLOAD_STANDARDS:
            return replies.upload_rejected(
                now, "Valorile acceptate pentru parametrul standard sunt UBL, CN, CII sau RASP"
            )
        flags = ["b2c"] if request.params.get("b2c") else []
        for flag, wording in UPLOAD_FLAGS.items():
            value = request.arg(flag)
            if value is None:
                continue
            if value != "DA":
                return replies.upload_rejected(
                    now, f"Daca parametrul {wording} trebuie completat, valoarea acceptata este DA"
                )
            flags.append(flag)
        if not is_number(cif):
            return replies.upload_rejected(now, f"CIF introdus= {cif} nu este un numar")
        refused = rights_error(self.certificate_for(request), cif)
        if refused:
            return replies.upload_rejected(now, refused)
        if "executare" in flags and cif not in self.options["enforcement_cifs"]:
            return replies.upload_rejected(
                now, f"CIF introdus= {cif} nu este inregistrat in Registrul RO e-Factura executari silite"
            )
        limit_mb = self.options["max_upload_bytes"] / (1024 * 1024)
        if len(request.body) > self.options["max_upload_bytes"]:
            return replies.upload_rejected(now, f"Marime fisier transmis mai mare de {limit_mb:g} MB.")
        env = request.params["env"]
        rasp_key = f"rasp:{env}:{cif}:{romania_time.day_key(now)}"
        if standard == "RASP":
            with self.lock:
                sent_today = self.spv.count(rasp_key)
            if sent_today >= self.options["rasp_per_day"]:
                return replies.upload_rejected(
                    now,
                    f"S-au incarcat deja {self.options['rasp_per_day']} de mesaje de tip RASP pentru "
                    f"cui={cif} in cursul zilei",
                )
        root, invalid = parse_document(request.body, ROOT_FOR_STANDARD[standard])
        if root is None:
            return replies.upload_rejected(now, invalid or "Fisierul transmis nu este valid.")
        facts = read_facts(root)
        errors = (
            []
            if root.tag == RASP_ROOT
            else checks.content_errors(
                request.body,
                facts,
                registered_cifs=self.options["registered_cifs"],
                validator=self.options["validator"],
            )
        )
        submission = Submission(env, cif, standard, request.body, facts, errors, flags)
        with self.mutate():
            upload = self.spv.accept(
                submission,
                now=now,
                processing_seconds=self.options["processing_seconds"],
                min_polls=self.options["processing_polls"],
            )
            if standard == "RASP":
                self.spv.bump(rasp_key)
        return replies.upload_accepted(now, upload.index)

    # ---- status
    @route("GET", REST + r"/stareMesaj")
    def status(self, request: Request) -> Response:
        now = self.clock.now()
        raw = request.arg("id_incarcare")
        if not raw:
            return replies.custom_error(now, 400, "Parametrul id_incarcare este obligatoriu")
        if not is_number(raw):
            return replies.status_error(f"Id_incarcare introdus= {raw} nu este un numar intreg")
        certificate = self.certificate_for(request)
        if certificate is None or not certificate.cifs:
            return replies.status_error("Nu exista niciun CIF petru care sa aveti drept")  # sic
        with self.mutate():
            upload = self.spv.uploads.get(int(raw))
            if upload is None or not environment_matches(upload.environment, request.params["env"]):
                return replies.status_error(f"Nu exista factura cu id_incarcare= {raw}")
            if upload.cif not in certificate.cifs and upload.seller_cif not in certificate.cifs:
                return replies.status_error(
                    f"Nu aveti dreptul de inteorgare pentru id_incarcare= {raw}"
                )  # sic
            key = f"stare:{upload.index}:{romania_time.day_key(now)}"
            limit = self.options["status_polls_per_day"]
            if self.spv.count(key) >= limit:
                # The only wording ANAF documents for this limit (swagger: "...deja 20 descarcari...").
                return replies.status_error(f"S-au facut deja {limit} descarcari de mesaj in cursul zilei")
            self.spv.bump(key)
            if not upload.finished(now):
                upload.polls += 1
                return replies.status_state("in prelucrare")
            return replies.status_state(upload.verdict, upload.download_id)

    # ---- download
    @route("GET", REST + r"/descarcare")
    def download(self, request: Request) -> Response:
        now = self.clock.now()
        raw = request.arg("id")
        if not raw:
            return replies.custom_error(now, 400, "Parametrul id este obligatoriu")
        if not is_number(raw):
            return replies.download_error(f"Id descarcare introdus= {raw} nu este un numar intreg")
        certificate = self.certificate_for(request)
        with self.mutate():
            stored = self.spv.files.get(int(raw))
            if (
                stored is None
                or not environment_matches(stored.environment, request.params["env"])
                or stored.created_at > now
            ):
                return replies.download_error(f"Pentru id={raw} nu exista inregistrata nici o factura")
            if certificate is None or not set(stored.readers) & set(certificate.cifs):
                return replies.download_error("Nu aveti dreptul sa descarcati acesta factura")  # sic
            if now - stored.created_at > self.options["retention_days"] * DAY:
                return replies.download_error(
                    "Fisierul nu mai poate fi descarcat pentru ca a trecut perioada de "
                    "60 de zile in care este disponibil"
                )
            key = f"descarcare:{stored.download_id}:{romania_time.day_key(now)}"
            limit = self.options["downloads_per_day"]
            if self.spv.count(key) >= limit:
                return replies.download_error(f"S-au facut deja {limit} descarcari de mesaj in cursul zilei")
            self.spv.bump(key)
            if stored.sealed is None:
                stored.sealed = self.sealer(stored.document, stored.environment)
        data = archive.build_zip(stored.download_id, stored.document, stored.sealed, stored.created_at)
        return Response.bytes(
            data,
            "application/zip",
            headers={"Content-Disposition": f'attachment; filename="{stored.download_id}.zip"'},
        )
