"""Tables of the ANAF e-Factura exchange: submissions of our documents, received supplier documents, the
local count of ANAF's daily call limits, and where the inbox last looked.

They share `Base` (and its metadata) with invoicedesk.store.models, so migrations and schema checks see one
schema. The migration that creates them is 0003_efactura.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models import Base, Money
from invoicedesk.store.types import UtcDateTime, utc_now

SUBMISSION_STATES = (
    "queued",
    "validating",
    "uploading",
    "uncertain",
    "uploaded",
    "processing",
    "ok",
    "nok",
    "needs_attention",
    "retry_wait",
)
RECEIVED_STATES = ("imported", "unreadable", "expired")


class EfacturaSubmissionModel(Base):
    """One document's way through e-Factura: validation, upload, ANAF's processing, the signed receipt."""

    __tablename__ = "efactura_submissions"
    __table_args__ = (
        UniqueConstraint("document_id", "company_id", name="uq_efactura_submissions_document_company"),
        # An upload index names exactly one upload; two documents can never share one.
        UniqueConstraint("environment", "upload_index", name="uq_efactura_submissions_environment_index"),
        Index("ix_efactura_submissions_state_next_attempt", "state", "next_attempt_at"),
        Index("ix_efactura_submissions_company_state", "company_id", "state"),
        CheckConstraint("state IN " + str(SUBMISSION_STATES), name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="RESTRICT"))
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    environment: Mapped[str] = mapped_column(String(4))
    state: Mapped[str] = mapped_column(String(20), default="queued")
    resume_state: Mapped[str] = mapped_column(String(20), default="")  # where retry_wait continues
    standard: Mapped[str] = mapped_column(String(4), default="")  # UBL | CN
    upload_index: Mapped[str | None] = mapped_column(String(20), nullable=True)
    upload_sha256: Mapped[str] = mapped_column(String(64), default="")
    upload_attempts: Mapped[int] = mapped_column(Integer, default=0)
    # "" none yet, "accepted", "rejected" (ANAF answered no), "unknown" (the answer never arrived)
    upload_outcome: Mapped[str] = mapped_column(String(10), default="")
    upload_started_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    uploaded_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    polls: Mapped[int] = mapped_column(Integer, default=0)
    download_id: Mapped[str] = mapped_column(String(20), default="")
    receipt_path: Mapped[str] = mapped_column(String(500), default="")
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    retry_count: Mapped[int] = mapped_column(Integer, default=0)  # consecutive outages
    last_error_category: Mapped[str] = mapped_column(String(40), default="")
    last_error_message: Mapped[str] = mapped_column(Text, default="")
    field_errors: Mapped[list[Any]] = mapped_column(default=list)
    anaf_errors: Mapped[list[Any]] = mapped_column(default=list)  # ANAF's own texts of a `nok`
    history: Mapped[list[Any]] = mapped_column(default=list)  # earlier uploads of this document
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class EfacturaReceivedModel(Base):
    """A supplier's document from the SPV inbox: what the UBL says, and the ZIP kept as it came."""

    __tablename__ = "efactura_received"
    __table_args__ = (
        UniqueConstraint(
            "company_id", "environment", "message_id", name="uq_efactura_received_company_env_message"
        ),
        Index("ix_efactura_received_company_issue_date", "company_id", "issue_date"),
        CheckConstraint("state IN " + str(RECEIVED_STATES), name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    environment: Mapped[str] = mapped_column(String(4))
    message_id: Mapped[str] = mapped_column(String(20))  # ANAF's download id
    upload_index: Mapped[str] = mapped_column(String(20), default="")
    listed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    details: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20))
    doc_type: Mapped[str] = mapped_column(String(20), default="")
    type_code: Mapped[str] = mapped_column(String(3), default="")
    number: Mapped[str] = mapped_column(String(200), default="")
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="")
    seller_name: Mapped[str] = mapped_column(String(200), default="")
    seller_vat_id: Mapped[str] = mapped_column(String(40), default="")
    document: Mapped[dict[str, Any]] = mapped_column(default=dict)  # the whole document, amounts as text
    declared_net: Mapped[Decimal | None] = mapped_column(Money())
    declared_vat: Mapped[Decimal | None] = mapped_column(Money())
    declared_gross: Mapped[Decimal | None] = mapped_column(Money())
    declared_payable: Mapped[Decimal | None] = mapped_column(Money())
    warnings: Mapped[list[Any]] = mapped_column(default=list)
    problem: Mapped[str] = mapped_column(Text, default="")
    archive_path: Mapped[str] = mapped_column(String(500), default="")  # relative to the archive folder
    zip_sha256: Mapped[str] = mapped_column(String(64), default="")
    zip_size: Mapped[int] = mapped_column(BigInteger, default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class EfacturaCallCounterModel(Base):
    """Calls made today under one of ANAF's daily limits (per message or per CUI), counted before sending."""

    __tablename__ = "efactura_call_counters"

    environment: Mapped[str] = mapped_column(String(4), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40), primary_key=True)
    subject: Mapped[str] = mapped_column(String(40), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)  # the calendar day in Romania
    count: Mapped[int] = mapped_column(Integer, default=0)


class EfacturaInboxCursorModel(Base):
    """Where the last inbox run's window ended (ms on ANAF's clock); the next one starts a margin before."""

    __tablename__ = "efactura_inbox_cursors"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), primary_key=True)
    environment: Mapped[str] = mapped_column(String(4), primary_key=True)
    last_end_ms: Mapped[int] = mapped_column(BigInteger)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)
