"""The ZIP that `descarcare` hands out, opened safely, and the error file of a rejected invoice made readable.

A download holds exactly `{id}.xml` (the invoice as uploaded, or ANAF's error file) and `semnatura_{id}.xml`
(the Ministry of Finance's seal). The archive comes from outside, so it is opened defensively: a bounded
number of entries, bounded sizes (declared AND actually read, so a lying header cannot smuggle a bomb), no
names other than the two expected ones (hence no paths, no `..`), and nothing is ever extracted to disk.
The ZIP itself is kept byte for byte by the caller: the XML plus the seal is the legal original.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from invoicedesk.connectors.anaf.messages import SERVICE, duplicate_of
from invoicedesk.connectors.anaf.validation.field_map import describe
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.core.errors import FieldError

ERROR_FILE_NS = "mfp:anaf:dgti:efactura:mesajEroriFactuta:v1"  # sic: ANAF's own typo

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
# Checks only ANAF's server runs (not in the published rules), with the field they are about.
_SERVER_RULES = {
    "R_BT_32_cui": ("seller.vat_id", "ANAF found the seller's CUI invalid (its check digit does not match)."),
    "R6.1": ("seller.registration_id", "ANAF does not find the seller's CIF in its taxpayer register."),
}
_RULE = re.compile(r"\[([A-Z][A-Z0-9_-]*-[A-Z0-9_-]+)\]|regula:\s*([A-Za-z][\w.-]*)")


@dataclass(frozen=True)
class ZipLimits:
    max_entries: int = 4
    max_entry_bytes: int = 20 * 1024 * 1024  # ANAF takes uploads up to 10 MB; the seal roughly doubles it
    max_total_bytes: int = 40 * 1024 * 1024
    max_ratio: int = 200  # uncompressed / compressed; XML compresses well, but not a thousandfold


class UnsafeArchiveError(ConnectorError):
    """The download is not a ZIP this client accepts; nothing of it was used."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            ErrorCategory.PROTOCOL_SURPRISE,
            f"The file ANAF sent was refused as unsafe or malformed: {detail}. It was not opened; report it "
            "to support",
            service=SERVICE,
        )


@dataclass(frozen=True)
class Receipt:
    download_id: str
    document: bytes  # {id}.xml: the invoice as uploaded, or ANAF's error file
    seal: bytes | None  # semnatura_{id}.xml

    @property
    def is_error_file(self) -> bool:
        return is_error_file(self.document)


def open_receipt(data: bytes, download_id: str, limits: ZipLimits | None = None) -> Receipt:
    """Read the two expected entries of a downloaded ZIP, refusing anything unexpected."""
    limits = limits or ZipLimits()
    download_id = str(download_id)
    if not download_id.isdigit():
        raise UnsafeArchiveError(f"the download id {download_id!r} is not a number")
    if data[:4] != b"PK\x03\x04":
        raise UnsafeArchiveError("it is not a ZIP file")
    document_name, seal_name = f"{download_id}.xml", f"semnatura_{download_id}.xml"
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError) as exc:
        raise UnsafeArchiveError(f"the ZIP cannot be read ({exc})") from None
    with archive:
        entries = archive.infolist()
        if len(entries) > limits.max_entries:
            raise UnsafeArchiveError(
                f"it holds {len(entries)} files, more than the {limits.max_entries} expected"
            )
        names = [entry.filename for entry in entries]
        if len(set(names)) != len(names):
            raise UnsafeArchiveError("it holds two files under the same name")
        for name in names:
            if (
                "/" in name
                or "\\" in name
                or ".." in name
                or ":" in name
                or name not in (document_name, seal_name)
            ):
                raise UnsafeArchiveError(
                    f"it holds a file named {name[:100]!r}; only {document_name} and {seal_name} are expected"
                )
        if document_name not in names:
            raise UnsafeArchiveError(f"it lacks {document_name}")
        declared = sum(entry.file_size for entry in entries)
        if declared > limits.max_total_bytes:
            raise UnsafeArchiveError(f"its files would unpack to {declared} bytes")
        contents: dict[str, bytes] = {}
        total = 0
        for entry in entries:
            contents[entry.filename] = _read_entry(archive, entry, limits, total)
            total += len(contents[entry.filename])
    return Receipt(download_id, contents[document_name], contents.get(seal_name))


def _read_entry(
    archive: zipfile.ZipFile, entry: zipfile.ZipInfo, limits: ZipLimits, total_so_far: int
) -> bytes:
    if entry.flag_bits & 0x1:
        raise UnsafeArchiveError(f"{entry.filename} is encrypted")
    if entry.file_size > limits.max_entry_bytes:
        raise UnsafeArchiveError(f"{entry.filename} would unpack to {entry.file_size} bytes")
    if entry.compress_size and entry.file_size / entry.compress_size > limits.max_ratio:
        raise UnsafeArchiveError(f"{entry.filename} is compressed suspiciously well (a ZIP bomb?)")
    budget = min(limits.max_entry_bytes, limits.max_total_bytes - total_so_far)
    try:
        with archive.open(entry) as stream:
            # Read one byte past the budget: a header that understates the size is caught here.
            content = stream.read(budget + 1)
    except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError) as exc:
        raise UnsafeArchiveError(f"{entry.filename} cannot be unpacked ({exc})") from None
    if len(content) > budget:
        raise UnsafeArchiveError(f"{entry.filename} unpacks to more than {budget} bytes")
    return content


# ---- error files -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ErrorFile:
    upload_index: str
    seller_cif: str
    messages: list[str]

    @property
    def duplicate_of(self) -> str | None:
        """The earlier upload this one repeats, when ANAF rejected it as already sent."""
        for message in self.messages:
            found = duplicate_of(message)
            if found:
                return found
        return None


def is_error_file(xml: bytes) -> bool:
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError:
        return False
    return root.tag == f"{{{ERROR_FILE_NS}}}header"


def read_error_file(xml: bytes) -> ErrorFile:
    """ANAF's `mesajEroriFactuta` file: one `<Error errorMessage="…">` per rejection reason."""
    try:
        root = etree.fromstring(xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise UnsafeArchiveError(f"the error file is not XML ({exc})") from None
    if root.tag != f"{{{ERROR_FILE_NS}}}header":
        raise UnsafeArchiveError(f"the error file has an unexpected root element {root.tag[:100]}")
    messages = [
        " ".join((element.get("errorMessage") or "").split())
        for element in root.iter(f"{{{ERROR_FILE_NS}}}Error")
    ]
    return ErrorFile(
        root.get("Index_incarcare") or "", root.get("Cif_emitent") or "", [m for m in messages if m]
    )


def readable_errors(messages: list[str]) -> list[FieldError]:
    """ANAF's rejection texts as field errors: the rule id, when one is named, points at the field to fix."""
    found = []
    for message in messages:
        match = _RULE.search(message)
        rule = (match.group(1) or match.group(2)) if match else ""
        if rule in _SERVER_RULES:
            field, explanation = _SERVER_RULES[rule]
        else:
            field, explanation = describe(rule, "", message) if rule else ("", "")
        if duplicate_of(message):
            found.append(
                FieldError(
                    "number",
                    "ANAF already has an invoice with this number and date",
                    f"Nothing to send again: {message}",
                )
            )
            continue
        hint = "Correct the document and send it again."
        found.append(
            FieldError(
                field,
                f"{rule}: {explanation}" if rule and explanation else message,
                f"{hint} ANAF's words: {message}" if rule and explanation else hint,
            )
        )
    return found
