"""Snapshots of what a service holds: its documents and clients as last pulled, and how far each pull got.

Rows are keyed by (connection, remote id) and overwritten by newer pulls; they are the service's side of a
reconciliation, never a source of local documents. They share `Base` with invoicedesk.store.models; the
migration that creates them is 0004_remote_snapshots.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from invoicedesk.store.models import Base, Money
from invoicedesk.store.types import UtcDateTime, utc_now

PULL_KINDS = ("documents", "clients")


class RemoteDocumentModel(Base):
    """One document as the service showed it at `pulled_at`. Lines are JSON with amounts as text."""

    __tablename__ = "remote_documents"
    __table_args__ = (
        UniqueConstraint("connection_id", "remote_id", name="uq_remote_documents_connection_remote_id"),
        Index("ix_remote_documents_connection_number", "connection_id", "remote_number"),
        Index("ix_remote_documents_connection_key", "connection_id", "key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_id: Mapped[int] = mapped_column(ForeignKey("connections.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(100))
    remote_number: Mapped[str] = mapped_column(String(100), default="")
    key: Mapped[str] = mapped_column(String(100), default="")  # our idempotency key, when we created it
    doc_type: Mapped[str] = mapped_column(String(20))
    issue_date: Mapped[dt.date | None] = mapped_column(Date)
    tax_point_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3), default="")
    total_net: Mapped[Decimal] = mapped_column(Money())
    total_vat: Mapped[Decimal] = mapped_column(Money())
    total_gross: Mapped[Decimal] = mapped_column(Money())
    lines: Mapped[list[Any]] = mapped_column(default=list)
    buyer_name: Mapped[str] = mapped_column(String(200), default="")
    buyer_registration_id: Mapped[str] = mapped_column(String(40), default="")
    buyer_vat_id: Mapped[str] = mapped_column(String(40), default="")
    status: Mapped[str] = mapped_column(String(40), default="")
    payment_status: Mapped[str] = mapped_column(String(20), default="")
    corrects_remote_id: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)  # the service's change time
    pulled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class RemoteClientModel(Base):
    """One client (contact) as the service showed it, and the local client it stands for."""

    __tablename__ = "remote_clients"
    __table_args__ = (
        UniqueConstraint("connection_id", "remote_id", name="uq_remote_clients_connection_remote_id"),
        Index("ix_remote_clients_connection_client", "connection_id", "client_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_id: Mapped[int] = mapped_column(ForeignKey("connections.id", ondelete="CASCADE"))
    remote_id: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100), default="")  # the service's custom / external id
    # The link: set when the remote client was matched to, created as, or pushed from a local client.
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200), default="")
    registration_id: Mapped[str] = mapped_column(String(40), default="")
    vat_id: Mapped[str] = mapped_column(String(40), default="")
    local_tax_id: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    updated_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    pulled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class PullWatermarkModel(Base):
    """The newest change time a connection's pull has seen, per kind; the next pull asks only for later."""

    __tablename__ = "pull_watermarks"
    __table_args__ = (CheckConstraint("kind IN " + str(PULL_KINDS), name="kind"),)

    connection_id: Mapped[int] = mapped_column(
        ForeignKey("connections.id", ondelete="CASCADE"), primary_key=True
    )
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)  # one of PULL_KINDS
    watermark: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    last_pulled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
