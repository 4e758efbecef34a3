"""The ZIP that `descarcare` hands out: `{id}.xml` and its seal `semnatura_{id}.xml`."""

from __future__ import annotations

import io
import zipfile

from invoicedesk.sandbox.anaf import romania_time


def build_zip(download_id: int, document: bytes, sealed: bytes, created_at: float) -> bytes:
    """Deterministic bytes for one message, so repeated downloads return the same archive."""
    moment = romania_time.local(created_at)
    date_time = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in ((f"{download_id}.xml", document), (f"semnatura_{download_id}.xml", sealed)):
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
