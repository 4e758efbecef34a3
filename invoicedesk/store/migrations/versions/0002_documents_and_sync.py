"""Documents, number series, connections, the outbox, the sync log and the PDF archive.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from invoicedesk.store.types import ExactDecimal, UtcDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "connections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("settings", sa.JSON(), nullable=False),
        sa.Column("secret_ref", sa.String(length=100), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_connections_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_connections")),
        sa.UniqueConstraint("company_id", "name", name="uq_connections_company_name"),
    )
    op.create_index(op.f("ix_connections_company_id"), "connections", ["company_id"], unique=False)
    op.create_table(
        "payment_method_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("local_code", sa.String(length=30), nullable=False),
        sa.Column("remote_code", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_payment_method_mappings_connection_id_connections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payment_method_mappings")),
        sa.UniqueConstraint(
            "connection_id", "local_code", name="uq_payment_method_mappings_connection_local"
        ),
    )
    op.create_table(
        "number_series",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=True),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("pattern", sa.String(length=100), nullable=False),
        sa.Column("reset", sa.String(length=10), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_number_series_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_number_series_connection_id_connections"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_number_series")),
    )
    op.create_index(op.f("ix_number_series_company_id"), "number_series", ["company_id"], unique=False)
    op.create_index(op.f("ix_number_series_connection_id"), "number_series", ["connection_id"], unique=False)
    op.create_table(
        "series_counters",
        sa.Column("series_id", sa.Integer(), nullable=False),
        sa.Column("period_key", sa.String(length=10), nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["number_series.id"],
            name=op.f("fk_series_counters_series_id_number_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("series_id", "period_key", name=op.f("pk_series_counters")),
    )
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("series_id", sa.Integer(), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=False),
        sa.Column("tax_point_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("exchange_rate", ExactDecimal(scale=6), nullable=False),
        sa.Column("payment_method", sa.String(length=30), nullable=False),
        sa.Column("rounding", sa.String(length=20), nullable=False),
        sa.Column("corrects_document_id", sa.Integer(), nullable=True),
        sa.Column("corrects_number", sa.String(length=60), nullable=False),
        sa.Column("corrects_issue_date", sa.Date(), nullable=True),
        sa.Column("correction_reason", sa.Text(), nullable=False),
        sa.Column("order_id", sa.Integer(), nullable=True),
        sa.Column("order_external_id", sa.String(length=100), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("buyer", sa.JSON(), nullable=False),
        sa.Column("seller", sa.JSON(), nullable=False),
        sa.Column("variable_symbol", sa.String(length=20), nullable=False),
        sa.Column("vat_exemption_reason", sa.Text(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("total_net", ExactDecimal(scale=4), nullable=False),
        sa.Column("total_vat", ExactDecimal(scale=4), nullable=False),
        sa.Column("total_gross", ExactDecimal(scale=4), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("status IN ('draft', 'issued', 'cancelled')", name=op.f("ck_documents_status")),
        sa.ForeignKeyConstraint(
            ["client_id"], ["clients.id"], name=op.f("fk_documents_client_id_clients"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_documents_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["corrects_document_id"],
            ["documents.id"],
            name=op.f("fk_documents_corrects_document_id_documents"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["order_id"], ["orders.id"], name=op.f("fk_documents_order_id_orders"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["number_series.id"],
            name=op.f("fk_documents_series_id_number_series"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_index(op.f("ix_documents_client_id"), "documents", ["client_id"], unique=False)
    op.create_index(
        "ix_documents_company_issue_date", "documents", ["company_id", "issue_date"], unique=False
    )
    op.create_index("ix_documents_company_number", "documents", ["company_id", "number"], unique=False)
    op.create_index(
        op.f("ix_documents_corrects_document_id"), "documents", ["corrects_document_id"], unique=False
    )
    op.create_index(op.f("ix_documents_order_id"), "documents", ["order_id"], unique=False)
    op.create_index(op.f("ix_documents_series_id"), "documents", ["series_id"], unique=False)
    op.create_table(
        "document_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sku", sa.String(length=100), nullable=False),
        sa.Column("quantity", ExactDecimal(scale=4), nullable=False),
        sa.Column("unit", sa.String(length=20), nullable=False),
        sa.Column("unit_price", ExactDecimal(scale=4), nullable=False),
        sa.Column("vat_rate", ExactDecimal(scale=4), nullable=False),
        sa.Column("vat_category", sa.String(length=3), nullable=False),
        sa.Column("discount", ExactDecimal(scale=4), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_document_lines_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document_lines")),
    )
    op.create_index(op.f("ix_document_lines_document_id"), "document_lines", ["document_id"], unique=False)
    op.create_table(
        "outbox_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("operation", sa.String(length=30), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("lease_until", UtcDateTime(), nullable=True),
        sa.Column("idempotency_key", sa.String(length=100), nullable=False),
        sa.Column("remote_id", sa.String(length=100), nullable=False),
        sa.Column("remote_number", sa.String(length=100), nullable=False),
        sa.Column("last_error_category", sa.String(length=40), nullable=False),
        sa.Column("last_error_message", sa.Text(), nullable=False),
        sa.Column("field_errors", sa.JSON(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('pending', 'in_flight', 'done', 'retry_wait', 'needs_attention')",
            name=op.f("ck_outbox_jobs_state"),
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_outbox_jobs_connection_id_connections"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_outbox_jobs_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_outbox_jobs")),
        sa.UniqueConstraint(
            "document_id", "connection_id", "operation", name="uq_outbox_jobs_document_connection_op"
        ),
    )
    op.create_index(
        "ix_outbox_jobs_connection_state", "outbox_jobs", ["connection_id", "state"], unique=False
    )
    op.create_index(
        "ix_outbox_jobs_state_next_attempt", "outbox_jobs", ["state", "next_attempt_at"], unique=False
    )
    op.create_table(
        "sync_log",
        sa.Column(
            "id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), autoincrement=True, nullable=False
        ),
        sa.Column("at", UtcDateTime(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=True),
        sa.Column("service", sa.String(length=40), nullable=False),
        sa.Column("method", sa.String(length=10), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("status", sa.Integer(), nullable=True),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=30), nullable=False),
        sa.Column("error_category", sa.String(length=40), nullable=False),
        sa.Column("request_bytes", sa.Integer(), nullable=False),
        sa.Column("response_bytes", sa.Integer(), nullable=False),
        sa.Column("idempotency_key", sa.String(length=100), nullable=False),
        sa.Column("remote_id", sa.String(length=100), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_log")),
    )
    op.create_index("ix_sync_log_at", "sync_log", ["at"], unique=False)
    op.create_index("ix_sync_log_connection_at", "sync_log", ["connection_id", "at"], unique=False)
    op.create_index("ix_sync_log_outcome_at", "sync_log", ["outcome", "at"], unique=False)
    op.create_table(
        "archive_files",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("path", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_archive_files_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archive_files")),
    )
    op.create_index(op.f("ix_archive_files_document_id"), "archive_files", ["document_id"], unique=False)


def downgrade() -> None:
    op.drop_table("archive_files")
    op.drop_table("sync_log")
    op.drop_table("outbox_jobs")
    op.drop_table("document_lines")
    op.drop_table("documents")
    op.drop_table("series_counters")
    op.drop_table("number_series")
    op.drop_table("payment_method_mappings")
    op.drop_table("connections")
