"""Pull a connection's documents or clients from its service into the local snapshots (the UI's "Refresh
from service" and the headless `invoicedesk pull`)."""

from __future__ import annotations

from invoicedesk.app.connections import SyncLogRecorder, build_connector, get_connection
from invoicedesk.app.context import AppContext
from invoicedesk.connectors import registry
from invoicedesk.connectors.contract import BuildOptions, Connector
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.sync import pull
from invoicedesk.sync.pull import PullReport


def pull_documents(
    ctx: AppContext, connection_id: int, *, full: bool = False, options: BuildOptions | None = None
) -> PullReport:
    """Store what changed at the service since the last pull; `full` reads everything again and forgets
    documents the service no longer has. Raises ConnectorError (nothing stored) when the service fails."""
    refuse_foreign_documents(ctx, connection_id)
    connector = build_connector(ctx, connection_id, options=options)
    try:
        return pull.pull_documents(ctx.database, connector, connection_id, full=full)
    finally:
        _close(connector)


def pull_clients(
    ctx: AppContext, connection_id: int, *, full: bool = False, options: BuildOptions | None = None
) -> PullReport:
    """Store the service's clients, make local clients of the new ones and, where the service takes them,
    create there the local clients it does not know."""
    connection = get_connection(ctx, connection_id)
    connector = build_connector(ctx, connection_id, options=options)
    try:
        return pull.pull_clients(ctx.database, connector, connection_id, connection.company_id, full=full)
    finally:
        _close(connector)


def refuse_foreign_documents(ctx: AppContext, connection_id: int) -> None:
    """A service whose pull yields documents sent TO the company (ANAF's inbox) has its own import."""
    connection = get_connection(ctx, connection_id)
    if not registry.spec(connection.service).capabilities.pulls_own_documents:
        raise DomainValidationError.single(
            "connection_id",
            f"{connection.service_name} keeps no copy of your own documents to pull or reconcile",
            "Its received invoices are imported with `invoicedesk efactura inbox`.",
        )


def _close(connector: Connector) -> None:
    connector.close()
    # Calls the database was too busy to log wait in memory; give them one more chance before they go.
    if isinstance(connector.recorder, SyncLogRecorder):
        connector.recorder.flush()
