"""alembic environment: always runs on the connection that invoicedesk.store.migrate hands over, inside the
transaction (and lock) that it already holds."""

from __future__ import annotations

from alembic import context

from invoicedesk.store.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Run migrations through invoicedesk.store.migrate.migrate(), which supplies the connection."
    )

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite can only alter tables by copying them; batch mode does that for every later migration.
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
