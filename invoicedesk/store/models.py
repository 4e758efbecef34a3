"""The database schema as SQLAlchemy 2 typed declarative models.

Rows are an implementation detail of the store: repositories turn them into the dataclasses of
invoicedesk.core (or small row dataclasses) before anything above the store sees them. Every change here
needs a migration in store/migrations/versions; a test compares the migrated schema with these models.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from invoicedesk.store.types import ExactDecimal, UtcDateTime, utc_now

# Stable constraint names let later migrations alter constraints on SQLite (batch mode) and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

MONEY_SCALE = 4  # places kept for amounts, prices and quantities
RATE_SCALE = 6  # places kept for exchange rates

# SQLite only auto-increments an INTEGER PRIMARY KEY, never a BIGINT one.
BigId = BigInteger().with_variant(Integer(), "sqlite")

OUTBOX_STATES = ("pending", "in_flight", "done", "retry_wait", "needs_attention")


def Money() -> ExactDecimal:  # a column-type factory, named like one
    return ExactDecimal(scale=MONEY_SCALE)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class CompanyModel(Base):
    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    country: Mapped[str] = mapped_column(String(2))
    registration_id: Mapped[str] = mapped_column(String(40), default="")
    vat_id: Mapped[str] = mapped_column(String(40), default="")
    local_tax_id: Mapped[str] = mapped_column(String(40), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    address_country: Mapped[str] = mapped_column(String(2), default="")
    region: Mapped[str] = mapped_column(String(10), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    is_vat_payer: Mapped[bool] = mapped_column(Boolean, default=True)
    default_currency: Mapped[str] = mapped_column(String(3))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    bank_accounts: Mapped[list[CompanyBankAccountModel]] = relationship(
        back_populates="company", cascade="all, delete-orphan", order_by="CompanyBankAccountModel.position"
    )


class CompanyBankAccountModel(Base):
    __tablename__ = "company_bank_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    iban: Mapped[str] = mapped_column(String(40))
    bic: Mapped[str] = mapped_column(String(11), default="")
    name: Mapped[str] = mapped_column(String(100), default="")
    currency: Mapped[str] = mapped_column(String(3), default="")

    company: Mapped[CompanyModel] = relationship(back_populates="bank_accounts")


class ClientModel(Base):
    __tablename__ = "clients"
    __table_args__ = (
        # NULL external ids never collide, so clients typed in by hand need none.
        UniqueConstraint("company_id", "external_id", name="uq_clients_company_external_id"),
        Index("ix_clients_company_vat_id", "company_id", "vat_id"),
        Index("ix_clients_company_name", "company_id", "name"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    external_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    name: Mapped[str] = mapped_column(String(200))
    registration_id: Mapped[str] = mapped_column(String(40), default="")
    vat_id: Mapped[str] = mapped_column(String(40), default="")
    local_tax_id: Mapped[str] = mapped_column(String(40), default="")
    personal_id: Mapped[str] = mapped_column(String(40), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    street: Mapped[str] = mapped_column(String(200), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    region: Mapped[str] = mapped_column(String(10), default="")
    is_vat_payer: Mapped[bool] = mapped_column(Boolean, default=True)
    is_business: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class OrderModel(Base):
    __tablename__ = "orders"
    __table_args__ = (
        UniqueConstraint("company_id", "external_id", name="uq_orders_company_external_id"),
        Index("ix_orders_company_order_date", "company_id", "order_date"),
        Index("ix_orders_company_buyer_name", "company_id", "buyer_name"),
        Index("ix_orders_company_total_gross", "company_id", "total_gross"),
        Index("ix_orders_company_status", "company_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    external_id: Mapped[str] = mapped_column(String(100))
    order_date: Mapped[dt.date] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(50), default="new")
    payment_status: Mapped[str] = mapped_column(String(20), default="unpaid")
    payment_method: Mapped[str] = mapped_column(String(30), default="")
    shipping_method: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    # The buyer as the order named them: a later change of the client record must not rewrite old orders.
    buyer_name: Mapped[str] = mapped_column(String(200))
    buyer: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Denormalised so that lists can sort and page by them in SQL.
    total_gross: Mapped[Decimal] = mapped_column(Money())
    line_count: Mapped[int] = mapped_column(Integer)
    # SHA-256 of the imported content: a re-import of identical data is recognised without comparing lines.
    content_hash: Mapped[str] = mapped_column(String(64))
    source_file: Mapped[str] = mapped_column(String(260), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)

    lines: Mapped[list[OrderLineModel]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="OrderLineModel.position"
    )


class OrderLineModel(Base):
    __tablename__ = "order_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    sku: Mapped[str] = mapped_column(String(100), default="")
    quantity: Mapped[Decimal] = mapped_column(Money())
    unit: Mapped[str] = mapped_column(String(20), default="ks")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    vat_rate: Mapped[Decimal] = mapped_column(Money())
    price_includes_vat: Mapped[bool] = mapped_column(Boolean, default=False)

    order: Mapped[OrderModel] = relationship(back_populates="lines")


class ConnectionModel(Base):
    __tablename__ = "connections"
    __table_args__ = (UniqueConstraint("company_id", "name", name="uq_connections_company_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    service: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    # Non-secret values only (slug, e-mail, base URL…); secrets live in the OS keyring under secret_ref.
    settings: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    secret_ref: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class PaymentMethodMappingModel(Base):
    __tablename__ = "payment_method_mappings"
    __table_args__ = (
        UniqueConstraint("connection_id", "local_code", name="uq_payment_method_mappings_connection_local"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    connection_id: Mapped[int] = mapped_column(ForeignKey("connections.id", ondelete="CASCADE"))
    local_code: Mapped[str] = mapped_column(String(30))
    remote_code: Mapped[str] = mapped_column(String(100))


class NumberSeriesModel(Base):
    __tablename__ = "number_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"), index=True)
    # A series belongs to at most one connection: two services numbering from one counter would collide.
    connection_id: Mapped[int | None] = mapped_column(
        ForeignKey("connections.id", ondelete="SET NULL"), nullable=True, index=True
    )
    doc_type: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(100), default="")
    pattern: Mapped[str] = mapped_column(String(100))
    reset: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


class SeriesCounterModel(Base):
    __tablename__ = "series_counters"

    series_id: Mapped[int] = mapped_column(
        ForeignKey("number_series.id", ondelete="CASCADE"), primary_key=True
    )
    period_key: Mapped[str] = mapped_column(String(10), primary_key=True)  # "" / "2026" / "2026-11"
    last_value: Mapped[int] = mapped_column(Integer)


class DocumentModel(Base):
    __tablename__ = "documents"
    __table_args__ = (
        Index("ix_documents_company_issue_date", "company_id", "issue_date"),
        Index("ix_documents_company_number", "company_id", "number"),
        CheckConstraint("status IN ('draft', 'issued', 'cancelled')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    doc_type: Mapped[str] = mapped_column(String(20))
    number: Mapped[str] = mapped_column(String(60), default="")
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("number_series.id", ondelete="RESTRICT"), index=True
    )
    issue_date: Mapped[dt.date] = mapped_column(Date)
    tax_point_date: Mapped[dt.date | None] = mapped_column(Date)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    currency: Mapped[str] = mapped_column(String(3))
    exchange_rate: Mapped[Decimal] = mapped_column(ExactDecimal(scale=RATE_SCALE), default=Decimal("1"))
    payment_method: Mapped[str] = mapped_column(String(30), default="bank_transfer")
    rounding: Mapped[str] = mapped_column(String(20))
    corrects_document_id: Mapped[int | None] = mapped_column(
        ForeignKey("documents.id", ondelete="RESTRICT"), index=True
    )
    corrects_number: Mapped[str] = mapped_column(String(60), default="")
    corrects_issue_date: Mapped[dt.date | None] = mapped_column(Date)
    correction_reason: Mapped[str] = mapped_column(Text, default="")
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id", ondelete="SET NULL"), index=True)
    order_external_id: Mapped[str] = mapped_column(String(100), default="")
    client_id: Mapped[int | None] = mapped_column(ForeignKey("clients.id", ondelete="SET NULL"), index=True)
    # Snapshots: a document must keep showing the parties exactly as they were when it was issued.
    buyer: Mapped[dict[str, Any]] = mapped_column(JSON)
    seller: Mapped[dict[str, Any]] = mapped_column(JSON)
    variable_symbol: Mapped[str] = mapped_column(String(20), default="")
    vat_exemption_reason: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    total_net: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    total_vat: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    total_gross: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))
    status: Mapped[str] = mapped_column(String(20), default="draft")
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    lines: Mapped[list[DocumentLineModel]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="DocumentLineModel.position"
    )


class DocumentLineModel(Base):
    __tablename__ = "document_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    sku: Mapped[str] = mapped_column(String(100), default="")
    quantity: Mapped[Decimal] = mapped_column(Money())
    unit: Mapped[str] = mapped_column(String(20), default="ks")
    unit_price: Mapped[Decimal] = mapped_column(Money())
    vat_rate: Mapped[Decimal] = mapped_column(Money())
    vat_category: Mapped[str] = mapped_column(String(3), default="S")
    discount: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0"))

    document: Mapped[DocumentModel] = relationship(back_populates="lines")


class OutboxJobModel(Base):
    __tablename__ = "outbox_jobs"
    __table_args__ = (
        UniqueConstraint(
            "document_id", "connection_id", "operation", name="uq_outbox_jobs_document_connection_op"
        ),
        Index("ix_outbox_jobs_state_next_attempt", "state", "next_attempt_at"),
        Index("ix_outbox_jobs_connection_state", "connection_id", "state"),
        CheckConstraint("state IN " + str(OUTBOX_STATES), name="state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    connection_id: Mapped[int] = mapped_column(ForeignKey("connections.id", ondelete="CASCADE"))
    operation: Mapped[str] = mapped_column(String(30))
    state: Mapped[str] = mapped_column(String(20), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    lease_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime)
    idempotency_key: Mapped[str] = mapped_column(String(100))
    remote_id: Mapped[str] = mapped_column(String(100), default="")
    remote_number: Mapped[str] = mapped_column(String(100), default="")
    last_error_category: Mapped[str] = mapped_column(String(40), default="")
    last_error_message: Mapped[str] = mapped_column(Text, default="")
    field_errors: Mapped[list[Any]] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)


class SyncLogModel(Base):
    __tablename__ = "sync_log"
    # Every screen filter is "newest first", optionally per connection, outcome or service: one index each.
    __table_args__ = (
        Index("ix_sync_log_at", "at"),
        Index("ix_sync_log_connection_at", "connection_id", "at"),
        Index("ix_sync_log_outcome_at", "outcome", "at"),
        Index("ix_sync_log_service_at", "service", "at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    # No foreign key: the log must outlive a deleted connection and never slow down or fail a write.
    connection_id: Mapped[int | None] = mapped_column(Integer)
    service: Mapped[str] = mapped_column(String(40), default="")
    method: Mapped[str] = mapped_column(String(10), default="")
    path: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[int | None] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(30), default="")
    error_category: Mapped[str] = mapped_column(String(40), default="")
    request_bytes: Mapped[int] = mapped_column(Integer, default=0)
    response_bytes: Mapped[int] = mapped_column(Integer, default=0)
    idempotency_key: Mapped[str] = mapped_column(String(100), default="")
    remote_id: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class ArchiveFileModel(Base):
    __tablename__ = "archive_files"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    path: Mapped[str] = mapped_column(String(500))  # relative to the archive folder, so the data dir can move
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)


# Feature modules define their tables on the same metadata; importing them here means anything that loads
# the models (the schema comparison, alembic) sees every table. At the end: they import Base from above.
from invoicedesk.store import models_efactura, models_remote  # noqa: E402, F401
