"""alembic migrations of the InvoiceDesk schema, run programmatically by invoicedesk.store.migrate."""
