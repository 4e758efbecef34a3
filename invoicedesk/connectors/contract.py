"""The contract every service package implements: what the user types, what the service can do, the calls.

A service package provides a `ServiceSpec` (setup fields, prerequisites, capabilities) and a `Connector`
subclass. Callers ask `capabilities` before they call; an operation a service lacks raises
`CapabilityMissingError`, never a silent no-op.

How the seven services differ (from the API fact sheets; this is why the capabilities exist):

| capability      | Fakturoid  | iDoklad    | SuperFakt. | Fakturown. | iFirma     | inFakt     | ANAF       |
|-----------------|------------|------------|------------|------------|------------|------------|------------|
| auth            | oauth cc   | oauth cc   | static key | static key | hmac       | static key | oauth code |
| keys per area   | no         | no         | no         | no         | yes        | no         | no         |
| pushable types  | inv pro cn | inv pro cn | inv pro cn | inv pro cn | inv pro cn | inv pro cn | inv cn     |
| creates async   | no         | no         | no         | no         | no         | yes (task) | yes (poll) |
| idempotency     | key_lookup | by number  | checksum   | unique key | by number  | task ref   | server dup |
| errors in 200   | no         | yes        | yes        | some       | yes        | in poll    | yes        |
| pdf format      | binary (1) | base64     | binary     | binary (2) | binary     | binary (3) | none (4)   |
| remote series   | yes        | yes        | yes        | no (auto)  | by name    | no (auto)  | no         |
| payment methods | fixed enum | remote list| fixed enum | free text  | fixed enum | fixed enum | UNCL 4461  |
| pull documents  | yes (5)    | yes (5)    | yes (5)    | yes (6)    | window (7) | window (7) | inbox (8)  |
| client listing  | yes        | yes        | yes        | full scan  | no (9)     | full scan  | no         |
| push clients    | two-way    | two-way    | two-way    | two-way    | one-way    | two-way    | no         |
| send e-mail     | paid plans | yes        | 100 / h    | yes        | yes        | yes        | no         |
| mark paid       | yes        | yes        | yes        | yes        | yes        | yes (async)| no         |
| rate limit      | 400 / 60 s | 200 / min  | 1000 / day | undocum.   | quota      | 300 / 60 s | 1000 / min |

cc = client credentials; inv = invoice, pro = proforma, cn = credit note. (1) 204 until generated. (2) may
redirect; check `%PDF`. (3) downloading marks the invoice "printed". (4) ANAF returns a signed ZIP; a PDF only
through `transformare`. (5) by a change timestamp (`updated_since`, `DateLastChange`, `modified`). (6) ordered
by `updated_at`, no filter. (7) by date window only, no change filter. (8) received supplier invoices. (9)
search by NIP only, at most 20 rows.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from invoicedesk.connectors.calls import CallRecorder, discard
from invoicedesk.connectors.errors import CapabilityMissingError
from invoicedesk.connectors.http import HttpClient, RetryPolicy, Timeouts
from invoicedesk.core.documents import (
    BankAccount,
    Client,
    Document,
    DocumentLine,
    DocumentType,
    PaymentStatus,
)

SecretReader = Callable[[str], str]


class FieldKind(StrEnum):
    TEXT = "text"
    URL = "url"
    EMAIL = "email"
    CHOICE = "choice"
    PORT_LIST = "port_list"


@dataclass(frozen=True)
class FieldSpec:
    """One thing the user types into the setup wizard. Secret fields go to the keyring, never the database."""

    name: str
    label: str
    help: str = ""
    where_to_find: str = ""
    secret: bool = False
    required: bool = True
    kind: FieldKind = FieldKind.TEXT
    choices: tuple[tuple[str, str], ...] = ()  # (value, label) for kind=choice
    default: str = ""
    advanced: bool = False  # hidden behind "Advanced" in the wizard (e.g. the API address)


@dataclass(frozen=True)
class Prerequisite:
    """Something that must be true in the service before the connection can work; shown as a checklist."""

    id: str
    title: str
    explanation: str


PdfFormat = Literal["binary", "base64", "none"]
Idempotency = Literal[
    "key_lookup",
    "checksum",
    "unique_key_reject",
    "lookup_by_number",
    "task_reference",
    "server_duplicate_check",
]
# standard_code: the service takes a code list of a standard (EN 16931's UNCL 4461 for ANAF); every local
# method already carries its code, so there is nothing for the user to map.
PaymentMethodSource = Literal["fixed_enum", "remote_list", "free_text", "standard_code"]
AuthScheme = Literal["oauth_client_credentials", "oauth_code", "static_key", "hmac"]


@dataclass(frozen=True)
class RateLimit:
    requests: int
    per_seconds: float


@dataclass(frozen=True)
class Capabilities:
    pushable_types: frozenset[DocumentType]
    can_pull_documents: bool
    can_pull_clients: bool
    can_push_clients: bool
    two_way_clients: bool
    creates_async: bool
    pdf_format: PdfFormat
    pdf_ready_delay: float  # seconds a fresh document's PDF may take to exist (0 = at once)
    can_send_email: bool
    can_mark_paid: bool
    idempotency: Idempotency
    remote_number_series: bool
    payment_methods: PaymentMethodSource
    has_client_listing: bool
    keys_per_area: bool
    errors_in_http_200: bool
    auth: AuthScheme
    rate_limit: RateLimit | None = None
    # False where pull_documents yields documents others sent to us (ANAF's inbox), not the ones we issued:
    # such a pull is not a remote copy of our documents and cannot be reconciled against them.
    pulls_own_documents: bool = True


@dataclass(frozen=True)
class ServiceSpec:
    id: str
    display_name: str
    countries: tuple[str, ...]
    fields: tuple[FieldSpec, ...]
    prerequisites: tuple[Prerequisite, ...]
    capabilities: Capabilities
    website: str = ""

    def field(self, name: str) -> FieldSpec:
        for spec in self.fields:
            if spec.name == name:
                return spec
        raise KeyError(f"{self.id} has no setting named {name!r}")

    @property
    def secret_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.secret)

    @property
    def setting_fields(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.secret)


@dataclass(frozen=True)
class RemoteSeries:
    remote_id: str
    name: str  # the pattern as the service shows it, e.g. "#yyyy#-#dddd#"
    preview: str = ""
    is_default: bool = False
    doc_type: DocumentType | None = None  # None = the service does not say


@dataclass(frozen=True)
class RemotePaymentMethod:
    code: str  # what is sent to the service
    name: str
    is_default: bool = False


@dataclass(frozen=True)
class ActivationResult:
    """What "Activate" learned: proof that the credentials work, and what the setup needs next."""

    account_name: str
    plan: str
    vat_mode: str
    currency: str
    number_series: list[RemoteSeries] = field(default_factory=list)
    payment_methods: list[RemotePaymentMethod] = field(default_factory=list)
    bank_accounts: list[BankAccount] = field(default_factory=list)
    details: dict[str, object] = field(default_factory=dict)  # service-specific facts, and "warnings": [str]


class PushStatus(StrEnum):
    CREATED = "created"  # this call created it
    FOUND = "found"  # it already existed under this key (an earlier attempt did reach the service)
    PENDING = "pending"  # accepted for asynchronous creation; poll with `pending_reference`


@dataclass(frozen=True)
class PushResult:
    remote_id: str
    remote_number: str
    status: PushStatus
    pending_reference: str = ""


@dataclass(frozen=True)
class RemoteDocument:
    """A document as the service holds it, mapped back to domain values for import and reconciliation."""

    remote_id: str
    remote_number: str
    doc_type: DocumentType
    issue_date: dt.date | None
    currency: str
    buyer: Client
    lines: list[DocumentLine]
    total_net: Decimal
    total_vat: Decimal
    total_gross: Decimal
    key: str = ""  # our idempotency key, when the document was created by us
    tax_point_date: dt.date | None = None
    due_date: dt.date | None = None
    payment_status: PaymentStatus = PaymentStatus.UNPAID
    status: str = ""  # the service's own status word
    corrects_remote_id: str = ""
    order_number: str = ""
    variable_symbol: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class RemoteClient:
    remote_id: str
    client: Client
    key: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class BuildOptions:
    """Knobs for building a connector that only tests, benchmarks and the demo mode turn."""

    timeouts: Timeouts | None = None
    retry: RetryPolicy | None = None
    clock: Callable[[], float] | None = None  # the rate limiter's clock (an emulator's scaled clock in tests)
    sleep: Callable[[float], None] | None = None  # how waits are spent (retries, PDF polls, the rate limiter)
    reconcile_delay: float | None = None  # pause before looking up a create whose answer was lost
    share_rate_limiter: bool = True  # False gives this connector a limiter of its own (isolated tests)


class Connector(abc.ABC):
    """One connection to one service account. Not thread-safe: a sync lane uses it from one thread."""

    spec: ServiceSpec

    def __init__(
        self,
        *,
        settings: Mapping[str, str],
        secrets: SecretReader,
        http: HttpClient,
        recorder: CallRecorder = discard,
    ) -> None:
        self.settings = dict(settings)
        self.secrets = secrets
        self.http = http
        self.recorder = recorder

    @property
    def capabilities(self) -> Capabilities:
        return self.spec.capabilities

    def close(self) -> None:
        self.http.close()

    def _missing(self, operation: str) -> CapabilityMissingError:
        return CapabilityMissingError(self.spec.id, operation)

    @abc.abstractmethod
    def check(self) -> ActivationResult:
        """Prove the credentials and settings work; raise ConnectorError naming the cause otherwise."""

    @abc.abstractmethod
    def push(self, document: Document, key: str, *, corrects_remote_id: str = "") -> PushResult:
        """Create the document remotely, idempotent by `key`: calling again with that key creates nothing.

        `corrects_remote_id` is the remote id of the document a credit note corrects, when the caller knows it
        (the outbox does: it stored the original's PushResult).
        Raises ConnectorError; `uncertain_outcome` means the caller must `lookup` before trying again.
        """

    @abc.abstractmethod
    def lookup(self, key: str, document: Document) -> PushResult | None:
        """Find the document created earlier under `key` (None: it does not exist remotely)."""

    def pull_documents(self, since: dt.datetime | None) -> Iterator[RemoteDocument]:
        """Documents changed after `since` (all when None).

        The caller keeps the latest `updated_at` it saw as the next `since`, so a pull with nothing changed
        costs one request. Callers de-duplicate by remote id."""
        raise self._missing("Reading documents")

    def pull_clients(self, since: dt.datetime | None) -> Iterator[RemoteClient]:
        """Clients changed after `since` (all when None), with the same watermark rule as pull_documents."""
        raise self._missing("Reading clients")

    def push_client(self, client: Client, key: str) -> str:
        """Create or find the client under `key`; returns its remote id."""
        raise self._missing("Creating clients")

    def pdf(self, remote_id: str) -> bytes:
        raise self._missing("Downloading the PDF")

    def send_email(self, remote_id: str, to: str | None = None) -> None:
        raise self._missing("Sending the document by e-mail")

    def mark_paid(self, remote_id: str, amount: Decimal, paid_on: dt.date) -> None:
        raise self._missing("Marking the document as paid")
