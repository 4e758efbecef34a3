"""The SPV mailbox: accepted uploads, the messages they produce, the sealed files behind them, daily counters.

Pure state and rules, no HTTP. The verdict of an upload (`ok` / `nok`) is decided when it is accepted and
revealed once processing time has passed, so a timed-out upload still completes and appears in the lists.
"""

from __future__ import annotations

import base64
from dataclasses import asdict, dataclass, field
from typing import Any

from lxml import etree

from invoicedesk.sandbox.anaf import replies, romania_time
from invoicedesk.sandbox.anaf.invoice_facts import InvoiceFacts

TIP_SENT = "FACTURA TRIMISA"
TIP_RECEIVED = "FACTURA PRIMITA"
TIP_ERRORS = "ERORI FACTURA"
TIP_BUYER_SENT = "MESAJ CUMPARATOR TRANSMIS"
TIP_BUYER_RECEIVED = "MESAJ CUMPARATOR PRIMIT"
FILTER_TIPS = {
    "E": {TIP_ERRORS},
    "T": {TIP_SENT},
    "P": {TIP_RECEIVED},
    "R": {TIP_BUYER_SENT, TIP_BUYER_RECEIVED},
}

ANY_ENVIRONMENT = "*"  # seeded received invoices show in both the test and the prod tree

FIRST_INDEX = 5_000_000_001  # upload indexes look like ANAF's (e.g. 5001120362)
FIRST_DOWNLOAD_ID = 3_000_000_001  # download ids too (e.g. 3001474425)


@dataclass
class Upload:
    index: int
    environment: str
    cif: str  # the `cif` parameter: who may query it and who receives its errors
    standard: str
    uploaded_at: float
    ready_at: float  # when processing ends (emulated time)
    min_polls: int  # stareMesaj answers "in prelucrare" at least this many times
    verdict: str  # "ok" | "nok"
    download_id: int
    seller_cif: str
    buyer: str
    number: str | None = None
    issue_date: str | None = None
    flags: list[str] = field(default_factory=list)
    polls: int = 0

    def finished(self, now: float) -> bool:
        return now >= self.ready_at and self.polls >= self.min_polls


@dataclass
class Message:
    id: int  # the download id
    environment: str
    cif: str
    id_solicitare: int
    tip: str
    detalii: str
    created_at: float

    def as_listed(self) -> dict[str, str]:
        return {
            "data_creare": romania_time.stamp_minutes(self.created_at),
            "cif": self.cif,
            "id_solicitare": str(self.id_solicitare),
            "detalii": self.detalii,
            "tip": self.tip,
            "id": str(self.id),
        }


@dataclass
class SealedFile:
    download_id: int
    environment: str
    document: bytes
    sealed: bytes | None  # the seal is made at the first download and then kept
    created_at: float
    readers: list[str]  # CIFs whose SPV rights allow downloading it


def environment_matches(stored: str, requested: str) -> bool:
    return stored in (ANY_ENVIRONMENT, requested)


@dataclass
class Submission:
    """What an accepted upload carries into the mailbox."""

    environment: str
    cif: str
    standard: str
    xml: bytes
    facts: InvoiceFacts
    errors: list[str]
    flags: list[str]


class Spv:
    def __init__(self) -> None:
        self.uploads: dict[int, Upload] = {}
        self.messages: list[Message] = []
        self.files: dict[int, SealedFile] = {}
        self.counters: dict[str, int] = {}
        self.next_index = FIRST_INDEX
        self.next_download_id = FIRST_DOWNLOAD_ID

    # ---- uploads
    def duplicate_of(self, environment: str, facts: InvoiceFacts) -> Upload | None:
        """An earlier accepted invoice with the same seller CIF, number and issue date (ANAF's key)."""
        if not (facts.seller_cui and facts.number and facts.issue_date):
            return None
        for upload in self.uploads.values():
            if (
                upload.verdict == "ok"
                and environment_matches(upload.environment, environment)
                and upload.seller_cif == facts.seller_cui
                and upload.number == facts.number
                and upload.issue_date == facts.issue_date
            ):
                return upload
        return None

    def accept(
        self, submission: Submission, *, now: float, processing_seconds: float, min_polls: int
    ) -> Upload:
        facts = submission.facts
        errors = list(submission.errors)
        duplicate = self.duplicate_of(submission.environment, facts)
        if duplicate is not None and submission.standard != "RASP":
            errors.append(
                f"Factura a mai fost transmisa anterior cu index={duplicate.index} si data incarcare="
                f"{romania_time.iso_date(duplicate.uploaded_at)}"
            )
        index, download_id = self.next_index, self.next_download_id
        self.next_index += 1
        self.next_download_id += 1
        upload = Upload(
            index=index,
            environment=submission.environment,
            cif=submission.cif,
            standard=submission.standard,
            uploaded_at=now,
            ready_at=now + processing_seconds,
            min_polls=min_polls,
            verdict="nok" if errors else "ok",
            download_id=download_id,
            seller_cif=facts.seller_cui or submission.cif,
            buyer=facts.buyer_identifier,
            number=facts.number,
            issue_date=facts.issue_date,
            flags=list(submission.flags),
        )
        self.uploads[index] = upload
        if errors:
            document = replies.error_file(index, upload.seller_cif, errors)
            readers = self._add_messages(upload, [(submission.cif, TIP_ERRORS, self._errors_detail(index))])
        else:
            document = submission.xml
            readers = self._add_messages(upload, self._success_messages(upload, submission))
        self.files[download_id] = SealedFile(
            download_id, submission.environment, document, None, upload.ready_at, readers
        )
        return upload

    @staticmethod
    def _errors_detail(index: int) -> str:
        return f"Erori de validare identificate la factura primita cu id_incarcare={index}"

    def _success_messages(self, upload: Upload, submission: Submission) -> list[tuple[str, str, str]]:
        index = upload.index
        if submission.standard == "RASP":
            # A buyer's message about a received invoice reaches that invoice's seller.
            detail = f"Mesaj cumparator cu id_incarcare={index} transmis de cif={submission.cif}"
            entries = [(submission.cif, TIP_BUYER_SENT, detail)]
            target = self._rasp_target(submission)
            if target is not None and target != submission.cif:
                entries.append((target, TIP_BUYER_RECEIVED, detail))
            return entries
        if "autofactura" in upload.flags:
            detail = (
                f"Factura cu id_incarcare={index} transmisa de cif={submission.cif} ca autofactura in "
                f"numele cif={upload.seller_cif}"
            )
            entries = [(submission.cif, TIP_SENT, detail)]
            if upload.seller_cif != submission.cif:
                entries.append((upload.seller_cif, TIP_RECEIVED, detail))
            return entries
        detail = (
            f"Factura cu id_incarcare={index} emisa de cif_emitent={upload.seller_cif} pentru "
            f"cif_beneficiar={upload.buyer}"
        )
        entries = [(submission.cif, TIP_SENT, detail)]
        buyer_cui = submission.facts.buyer_cui
        if buyer_cui and "extern" not in upload.flags and "b2c" not in upload.flags:
            entries.append((buyer_cui, TIP_RECEIVED, detail))
        return entries

    def _rasp_target(self, submission: Submission) -> str | None:
        try:
            referenced = int(etree.fromstring(submission.xml).get("index_incarcare", ""))
        except (ValueError, etree.XMLSyntaxError):
            return None
        upload = self.uploads.get(referenced)
        return upload.seller_cif if upload is not None else None

    def _add_messages(self, upload: Upload, entries: list[tuple[str, str, str]]) -> list[str]:
        """Post the messages; the CIFs that received one (and may download the file behind them)."""
        for cif, tip, detail in entries:
            self.messages.append(
                Message(
                    upload.download_id, upload.environment, cif, upload.index, tip, detail, upload.ready_at
                )
            )
        return sorted({cif for cif, _, _ in entries})

    def receive(self, cif: str, xml: bytes, facts: InvoiceFacts, *, environment: str, now: float) -> Upload:
        """A supplier's invoice, already processed, waiting in `cif`'s inbox."""
        index, download_id = self.next_index, self.next_download_id
        self.next_index += 1
        self.next_download_id += 1
        seller = facts.seller_cui or (facts.seller_ids[0].value if facts.seller_ids else "")
        upload = Upload(
            index=index,
            environment=environment,
            cif=seller,
            standard="UBL",
            uploaded_at=now,
            ready_at=now,
            min_polls=0,
            verdict="ok",
            download_id=download_id,
            seller_cif=seller,
            buyer=cif,
            number=facts.number,
            issue_date=facts.issue_date,
        )
        self.uploads[index] = upload
        detail = f"Factura cu id_incarcare={index} emisa de cif_emitent={seller} pentru cif_beneficiar={cif}"
        self._add_messages(upload, [(cif, TIP_RECEIVED, detail)])
        self.files[download_id] = SealedFile(download_id, environment, xml, None, now, [cif])
        return upload

    # ---- queries
    def visible_messages(
        self,
        environment: str,
        cif: str,
        *,
        since: float,
        until: float,
        now: float,
        delay: float,
        filtru: str | None,
    ) -> list[Message]:
        """Messages of `cif` created in [since, until] and already listed (newest first)."""
        tips = FILTER_TIPS.get(filtru) if filtru else None
        found = [
            m
            for m in self.messages
            if m.cif == cif
            and environment_matches(m.environment, environment)
            and since <= m.created_at <= until
            and m.created_at + delay <= now
            and (tips is None or m.tip in tips)
        ]
        return sorted(found, key=lambda m: (m.created_at, m.id, m.tip), reverse=True)

    def count(self, key: str) -> int:
        return self.counters.get(key, 0)

    def bump(self, key: str) -> int:
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    # ---- persistence
    def dump(self) -> dict[str, Any]:
        def encode_file(stored: SealedFile) -> dict[str, Any]:
            data = asdict(stored)
            data["document"] = base64.b64encode(stored.document).decode("ascii")
            data["sealed"] = (
                None if stored.sealed is None else base64.b64encode(stored.sealed).decode("ascii")
            )
            return data

        return {
            "uploads": [asdict(u) for u in self.uploads.values()],
            "messages": [asdict(m) for m in self.messages],
            "files": [encode_file(f) for f in self.files.values()],
            "counters": dict(self.counters),
            "next_index": self.next_index,
            "next_download_id": self.next_download_id,
        }

    @classmethod
    def load(cls, data: dict[str, Any]) -> Spv:
        spv = cls()
        spv.uploads = {u["index"]: Upload(**u) for u in data.get("uploads", [])}
        spv.messages = [Message(**m) for m in data.get("messages", [])]
        for raw in data.get("files", []):
            raw = dict(
                raw,
                document=base64.b64decode(raw["document"]),
                sealed=None if raw["sealed"] is None else base64.b64decode(raw["sealed"]),
            )
            spv.files[raw["download_id"]] = SealedFile(**raw)
        spv.counters = {str(k): int(v) for k, v in data.get("counters", {}).items()}
        spv.next_index = int(data.get("next_index", FIRST_INDEX))
        spv.next_download_id = int(data.get("next_download_id", FIRST_DOWNLOAD_ID))
        return spv
