"""e-Factura: submissions of documents, received supplier documents, daily call counters, inbox cursors.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The tables below are spelled out: a migration must not change when the models do.
from invoicedesk.store.types import ExactDecimal, UtcDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "efactura_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("environment", sa.String(length=4), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("resume_state", sa.String(length=20), nullable=False),
        sa.Column("standard", sa.String(length=4), nullable=False),
        sa.Column("upload_index", sa.String(length=20), nullable=True),
        sa.Column("upload_sha256", sa.String(length=64), nullable=False),
        sa.Column("upload_attempts", sa.Integer(), nullable=False),
        sa.Column("upload_outcome", sa.String(length=10), nullable=False),
        sa.Column("upload_started_at", UtcDateTime(), nullable=True),
        sa.Column("uploaded_at", UtcDateTime(), nullable=True),
        sa.Column("polls", sa.Integer(), nullable=False),
        sa.Column("download_id", sa.String(length=20), nullable=False),
        sa.Column("receipt_path", sa.String(length=500), nullable=False),
        sa.Column("next_attempt_at", UtcDateTime(), nullable=True),
        sa.Column("lease_until", UtcDateTime(), nullable=True),
        sa.Column("retry_count", sa.Integer(), nullable=False),
        sa.Column("last_error_category", sa.String(length=40), nullable=False),
        sa.Column("last_error_message", sa.Text(), nullable=False),
        sa.Column("field_errors", sa.JSON(), nullable=False),
        sa.Column("anaf_errors", sa.JSON(), nullable=False),
        sa.Column("history", sa.JSON(), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('queued', 'validating', 'uploading', 'uncertain', 'uploaded', 'processing', 'ok', "
            "'nok', 'needs_attention', 'retry_wait')",
            name=op.f("ck_efactura_submissions_state"),
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_efactura_submissions_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_efactura_submissions_document_id_documents"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_efactura_submissions")),
        sa.UniqueConstraint("document_id", "company_id", name="uq_efactura_submissions_document_company"),
        sa.UniqueConstraint("environment", "upload_index", name="uq_efactura_submissions_environment_index"),
    )
    op.create_index(
        "ix_efactura_submissions_company_state", "efactura_submissions", ["company_id", "state"], unique=False
    )
    op.create_index(
        "ix_efactura_submissions_state_next_attempt",
        "efactura_submissions",
        ["state", "next_attempt_at"],
        unique=False,
    )
    op.create_table(
        "efactura_received",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("environment", sa.String(length=4), nullable=False),
        sa.Column("message_id", sa.String(length=20), nullable=False),
        sa.Column("upload_index", sa.String(length=20), nullable=False),
        sa.Column("listed_at", UtcDateTime(), nullable=True),
        sa.Column("details", sa.Text(), nullable=False),
        sa.Column("state", sa.String(length=20), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("type_code", sa.String(length=3), nullable=False),
        sa.Column("number", sa.String(length=200), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("seller_name", sa.String(length=200), nullable=False),
        sa.Column("seller_vat_id", sa.String(length=40), nullable=False),
        sa.Column("document", sa.JSON(), nullable=False),
        sa.Column("declared_net", ExactDecimal(scale=4), nullable=True),
        sa.Column("declared_vat", ExactDecimal(scale=4), nullable=True),
        sa.Column("declared_gross", ExactDecimal(scale=4), nullable=True),
        sa.Column("declared_payable", ExactDecimal(scale=4), nullable=True),
        sa.Column("warnings", sa.JSON(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("archive_path", sa.String(length=500), nullable=False),
        sa.Column("zip_sha256", sa.String(length=64), nullable=False),
        sa.Column("zip_size", sa.BigInteger(), nullable=False),
        sa.Column("imported_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint(
            "state IN ('imported', 'unreadable', 'expired')", name=op.f("ck_efactura_received_state")
        ),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_efactura_received_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_efactura_received")),
        sa.UniqueConstraint(
            "company_id", "environment", "message_id", name="uq_efactura_received_company_env_message"
        ),
    )
    op.create_index(
        "ix_efactura_received_company_issue_date",
        "efactura_received",
        ["company_id", "issue_date"],
        unique=False,
    )
    op.create_table(
        "efactura_call_counters",
        sa.Column("environment", sa.String(length=4), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint(
            "environment", "kind", "subject", "day", name=op.f("pk_efactura_call_counters")
        ),
    )
    op.create_table(
        "efactura_inbox_cursors",
        sa.Column("company_id", sa.Integer(), nullable=False),
        sa.Column("environment", sa.String(length=4), nullable=False),
        sa.Column("last_end_ms", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["company_id"],
            ["companies.id"],
            name=op.f("fk_efactura_inbox_cursors_company_id_companies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("company_id", "environment", name=op.f("pk_efactura_inbox_cursors")),
    )


def downgrade() -> None:
    op.drop_table("efactura_inbox_cursors")
    op.drop_table("efactura_call_counters")
    op.drop_index("ix_efactura_received_company_issue_date", table_name="efactura_received")
    op.drop_table("efactura_received")
    op.drop_index("ix_efactura_submissions_state_next_attempt", table_name="efactura_submissions")
    op.drop_index("ix_efactura_submissions_company_state", table_name="efactura_submissions")
    op.drop_table("efactura_submissions")
