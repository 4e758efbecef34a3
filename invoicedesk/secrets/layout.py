"""How one reference's set of secrets is laid out in keyring entries.

Every reference (e.g. "connection:12") has one manifest entry. A small set of values sits inside the manifest
itself; a larger one is split into numbered chunk entries of one "generation", and the manifest points at that
generation. Replacing the set writes a new generation first and switches the manifest last, so a crash at any
point leaves either the old set or the new set readable. Generations that may still have entries are listed in
the manifest as garbage until they are deleted, so nothing written is ever lost track of.

Everything stored is ASCII JSON (non-ASCII escaped), so an entry of at most MAX_ENTRY_CHARS characters is at
most 2000 bytes in UTF-16, under Windows Credential Manager's 2560-byte limit per entry.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field

from invoicedesk.secrets.errors import SecretCorruptedError

FORMAT_VERSION = 1
MAX_ENTRY_CHARS = 1000
MANIFEST_USERNAME = "manifest"


def chunk_username(generation: str, index: int) -> str:
    return f"chunk.{generation}.{index}"


def encode_values(values: dict[str, str]) -> str:
    return json.dumps(values, ensure_ascii=True, sort_keys=True, separators=(",", ":"))


def digest(blob: str) -> str:
    return hashlib.sha256(blob.encode("ascii")).hexdigest()


def split_blob(blob: str) -> list[str]:
    return [blob[start : start + MAX_ENTRY_CHARS] for start in range(0, len(blob), MAX_ENTRY_CHARS)]


@dataclass(frozen=True)
class Manifest:
    """What the manifest entry says. No data (inline None, generation None) means an empty set."""

    sha256: str | None = None
    inline: str | None = None
    generation: str | None = None
    chunks: int = 0
    garbage: tuple[tuple[str, int], ...] = field(default=())

    def to_entry(self) -> str:
        document: dict[str, object] = {"format": FORMAT_VERSION}
        if self.sha256 is not None:
            document["sha256"] = self.sha256
        if self.inline is not None:
            document["inline"] = self.inline
        if self.generation is not None:
            document["generation"] = self.generation
            document["chunks"] = self.chunks
        if self.garbage:
            document["garbage"] = [list(item) for item in self.garbage]
        return json.dumps(document, ensure_ascii=True, separators=(",", ":"))

    def with_garbage(self, garbage: tuple[tuple[str, int], ...]) -> Manifest:
        return Manifest(self.sha256, self.inline, self.generation, self.chunks, garbage)

    @property
    def current_generation(self) -> tuple[tuple[str, int], ...]:
        return ((self.generation, self.chunks),) if self.generation is not None else ()


def parse_manifest(entry: str, ref: str) -> Manifest:
    """Read a manifest entry; anything unexpected is a SecretCorruptedError naming the reference."""
    try:
        document = json.loads(entry)
    except ValueError:
        raise SecretCorruptedError(_damaged(ref, "its index entry is not readable")) from None
    if not isinstance(document, dict) or not isinstance(document.get("format"), int):
        raise SecretCorruptedError(_damaged(ref, "its index entry has an unknown layout"))
    if document["format"] > FORMAT_VERSION:
        raise SecretCorruptedError(
            f"The saved secrets for {ref} were written by a newer InvoiceDesk (layout {document['format']}). "
            "Use that version, or enter the credentials again to replace them."
        )
    sha256, inline = document.get("sha256"), document.get("inline")
    generation, chunks = document.get("generation"), document.get("chunks", 0)
    garbage = document.get("garbage", [])
    well_formed = (
        (sha256 is None or isinstance(sha256, str))
        and (inline is None or isinstance(inline, str))
        and (generation is None or isinstance(generation, str))
        and isinstance(chunks, int)
        and chunks >= 0
        and (inline is None or generation is None)
        and ((inline is None and generation is None) or sha256 is not None)
        and isinstance(garbage, list)
        and all(_is_garbage_item(item) for item in garbage)
    )
    if not well_formed:
        raise SecretCorruptedError(_damaged(ref, "its index entry is inconsistent"))
    return Manifest(sha256, inline, generation, chunks, tuple((str(g), int(n)) for g, n in garbage))


def _is_garbage_item(item: object) -> bool:
    return (
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[0], str)
        and isinstance(item[1], int)
        and item[1] >= 0
    )


def decode_values(blob: str, expected_sha256: str | None, ref: str) -> dict[str, str]:
    """Turn the joined entries back into the set, checking the digest first so a half value never escapes."""
    if expected_sha256 is None or not blob.isascii() or digest(blob) != expected_sha256:
        raise SecretCorruptedError(_damaged(ref, "its content does not match its checksum"))
    try:
        values = json.loads(blob)
    except ValueError:
        raise SecretCorruptedError(_damaged(ref, "its content is not readable")) from None
    if not isinstance(values, dict) or not all(
        isinstance(name, str) and isinstance(value, str) for name, value in values.items()
    ):
        raise SecretCorruptedError(_damaged(ref, "its content has an unknown layout"))
    return values


def missing_chunk_message(ref: str, index: int, total: int) -> str:
    return _damaged(ref, f"part {index + 1} of {total} is missing")


def _damaged(ref: str, what: str) -> str:
    return (
        f"The saved secrets for {ref} are damaged: {what}. Nothing of them can be used. "
        "Enter the credentials again to replace them."
    )
