"""Snapshots of remote documents and clients, and the per-connection pull watermarks.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

# The tables below are spelled out: a migration must not change when the models do.
from invoicedesk.store.types import ExactDecimal, UtcDateTime

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "remote_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.String(length=100), nullable=False),
        sa.Column("remote_number", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("tax_point_date", sa.Date(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_net", ExactDecimal(scale=4), nullable=False),
        sa.Column("total_vat", ExactDecimal(scale=4), nullable=False),
        sa.Column("total_gross", ExactDecimal(scale=4), nullable=False),
        sa.Column("lines", sa.JSON(), nullable=False),
        sa.Column("buyer_name", sa.String(length=200), nullable=False),
        sa.Column("buyer_registration_id", sa.String(length=40), nullable=False),
        sa.Column("buyer_vat_id", sa.String(length=40), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("payment_status", sa.String(length=20), nullable=False),
        sa.Column("corrects_remote_id", sa.String(length=100), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.Column("pulled_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_remote_documents_connection_id_connections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remote_documents")),
        sa.UniqueConstraint("connection_id", "remote_id", name="uq_remote_documents_connection_remote_id"),
    )
    op.create_index(
        "ix_remote_documents_connection_key", "remote_documents", ["connection_id", "key"], unique=False
    )
    op.create_index(
        "ix_remote_documents_connection_number",
        "remote_documents",
        ["connection_id", "remote_number"],
        unique=False,
    )
    op.create_table(
        "remote_clients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("remote_id", sa.String(length=100), nullable=False),
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("client_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("registration_id", sa.String(length=40), nullable=False),
        sa.Column("vat_id", sa.String(length=40), nullable=False),
        sa.Column("local_tax_id", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=100), nullable=False),
        sa.Column("postal_code", sa.String(length=20), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=False),
        sa.Column("updated_at", UtcDateTime(), nullable=True),
        sa.Column("pulled_at", UtcDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_remote_clients_client_id_clients"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_remote_clients_connection_id_connections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_remote_clients")),
        sa.UniqueConstraint("connection_id", "remote_id", name="uq_remote_clients_connection_remote_id"),
    )
    op.create_index(
        "ix_remote_clients_connection_client", "remote_clients", ["connection_id", "client_id"], unique=False
    )
    op.create_table(
        "pull_watermarks",
        sa.Column("connection_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("watermark", UtcDateTime(), nullable=True),
        sa.Column("last_pulled_at", UtcDateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('documents', 'clients')", name=op.f("ck_pull_watermarks_kind")),
        sa.ForeignKeyConstraint(
            ["connection_id"],
            ["connections.id"],
            name=op.f("fk_pull_watermarks_connection_id_connections"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("connection_id", "kind", name=op.f("pk_pull_watermarks")),
    )


def downgrade() -> None:
    op.drop_table("pull_watermarks")
    op.drop_index("ix_remote_clients_connection_client", table_name="remote_clients")
    op.drop_table("remote_clients")
    op.drop_index("ix_remote_documents_connection_number", table_name="remote_documents")
    op.drop_index("ix_remote_documents_connection_key", table_name="remote_documents")
    op.drop_table("remote_documents")
