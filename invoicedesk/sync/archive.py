"""The document archive: files a service gave us for a document (PDFs, signed receipts), kept byte for byte.

Files are written to a temporary name and renamed into place, so a crash never leaves half a file under the
final name; the database row (relative path, SHA-256, size) is added in the caller's transaction.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from invoicedesk.store.models import ArchiveFileModel

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(text: str) -> str:
    """A file name made of a document number such as "FV2026/0001" (slashes and the like become "_")."""
    cleaned = _UNSAFE.sub("_", text).strip("._")
    return cleaned or "document"


def write_atomically(target: Path, data: bytes) -> None:
    """Write to a temporary file beside `target`, flush it to disk, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".part-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def archive_bytes(
    session: Session,
    archive_dir: Path,
    *,
    document_id: int,
    company_id: int,
    kind: str,
    filename: str,
    data: bytes,
) -> Path:
    """Store `data` under archive/<company>/<kind>/<filename> and record it; returns the absolute path."""
    relative = Path(str(company_id)) / safe_name(kind) / safe_name(filename)
    target = archive_dir / relative
    write_atomically(target, data)
    session.add(
        ArchiveFileModel(
            document_id=document_id,
            kind=kind,
            path=relative.as_posix(),
            sha256=hashlib.sha256(data).hexdigest(),
            size=len(data),
        )
    )
    session.flush()
    return target


def archived_files(session: Session, document_id: int) -> list[ArchiveFileModel]:
    return list(
        session.scalars(
            select(ArchiveFileModel)
            .where(ArchiveFileModel.document_id == document_id)
            .order_by(ArchiveFileModel.id)
        )
    )
