"""Finding an upload whose answer was lost, through ANAF's message list, before anything is sent again.

ANAF has no lookup by a client key. What it has is the message list: an accepted upload shows as FACTURA
TRIMISA (filter T) and a rejected one as ERORI FACTURA (filter E), each with its upload index
(`id_solicitare`) and a download id, a little after processing (the list can lag status by minutes).

- A sent message is ours only if its ZIP holds the very bytes we uploaded (compared by SHA-256): ANAF hands
  the document back exactly as uploaded. Candidates are messages created since the upload began whose index
  no other submission of ours holds.
- A rejection carries only ANAF's error file, which cannot be tied to content. It is taken as ours only when
  it is the single unclaimed one in the window and no sent message matched. If that guess is wrong, the cost
  is bounded: the document shows ANAF's errors, and sending it again meets ANAF's duplicate check, whose
  answer names the original upload, which the state machine then follows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Collection
from dataclasses import dataclass
from typing import Literal

from invoicedesk.connectors.anaf.client import LIST_END_MARGIN, EfacturaClient
from invoicedesk.connectors.anaf.messages import KIND_ERRORS, KIND_SENT, ListedMessage
from invoicedesk.connectors.anaf.receipts import Receipt, UnsafeArchiveError, open_receipt, read_error_file

log = logging.getLogger(__name__)

# data_creare has minute precision and ANAF's clock may differ a little from ours.
EARLIEST_SLACK = dt.timedelta(minutes=2)


@dataclass(frozen=True)
class LostUploadSearch:
    covered: bool  # False: the list cannot show the upload yet (the window ends before it began)
    kind: Literal["sent", "rejected"] | None = None
    message: ListedMessage | None = None
    zip: bytes | None = None

    @property
    def found(self) -> bool:
        return self.message is not None


def _fits(value: str, wanted: str) -> bool:
    """A detail the message names must match; one it does not name rules nothing out."""
    return not value or not wanted or value == wanted


def _candidates(
    messages: list[ListedMessage],
    kind: str,
    earliest: dt.datetime,
    claimed: Collection[str],
    *,
    seller_cif: str = "",
    buyer_cif: str = "",
) -> list[ListedMessage]:
    found = [
        m
        for m in messages
        if m.kind == kind
        and m.upload_index not in claimed
        and (m.created_at is None or m.created_at >= earliest)
        and _fits(m.details_index, m.upload_index)
        and _fits(m.seller_cif, seller_cif)
        and _fits(m.buyer_cif, buyer_cif)
    ]
    unique = {m.id: m for m in found}
    return sorted(unique.values(), key=lambda m: (m.created_at or earliest, m.id))


def _opened(data: bytes, message: ListedMessage) -> Receipt | None:
    """A candidate whose ZIP cannot be opened safely cannot be proven ours; it is passed over, not fatal."""
    try:
        return open_receipt(data, message.id)
    except UnsafeArchiveError as error:
        log.warning("e-Factura: message %s was passed over: %s", message.id, error.detail)
        return None


def find_lost_upload(
    client: EfacturaClient,
    cif: str,
    *,
    started: dt.datetime,
    body_sha256: str,
    claimed_indexes: Collection[str],
    buyer_cif: str = "",
) -> LostUploadSearch:
    """Look for the upload of `body_sha256` begun at `started`. Raises ConnectorError when ANAF fails.

    The CIFs that `detalii` names narrow the sent candidates before any is downloaded."""
    if client.anaf_now() - LIST_END_MARGIN < started:
        return LostUploadSearch(covered=False)  # the list's window cannot reach the upload yet
    sent = client.list_messages(cif, since=started, filter="T")
    earliest = started - EARLIEST_SLACK
    for message in _candidates(
        sent.messages, KIND_SENT, earliest, claimed_indexes, seller_cif=cif, buyer_cif=buyer_cif
    ):
        data = client.download(message.id)
        receipt = _opened(data, message)
        if receipt is not None and hashlib.sha256(receipt.document).hexdigest() == body_sha256:
            return LostUploadSearch(True, "sent", message, data)
    rejected = _candidates(
        client.list_messages(cif, since=started, filter="E").messages, KIND_ERRORS, earliest, claimed_indexes
    )
    if len(rejected) == 1:
        message = rejected[0]
        data = client.download(message.id)
        receipt = _opened(data, message)
        if (
            receipt is not None
            and receipt.is_error_file
            and read_error_file(receipt.document).upload_index in ("", message.upload_index)
        ):
            return LostUploadSearch(True, "rejected", message, data)
    return LostUploadSearch(covered=True)
