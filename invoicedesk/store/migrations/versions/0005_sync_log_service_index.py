"""An index for the sync log's service filter, which otherwise scans every row at a million calls.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_sync_log_service_at", "sync_log", ["service", "at"])


def downgrade() -> None:
    op.drop_index("ix_sync_log_service_at", table_name="sync_log")
