"""The work the Connections screen and its wizard run on the task runner, composed of app services only.

No Qt here: each function runs on a worker thread and returns plain data for the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field

from invoicedesk.app.activation import ActivationFacts, activate, activation_facts
from invoicedesk.app.companies import get_company
from invoicedesk.app.connections import (
    ConnectionInfo,
    add_connection,
    delete_connection,
    get_connection,
    list_connections,
)
from invoicedesk.app.context import AppContext
from invoicedesk.app.payment_mappings import mapping_grid, set_mapping
from invoicedesk.connectors.contract import ActivationResult, BuildOptions
from invoicedesk.core.documents import Company
from invoicedesk.ui.wizard.flow import ActivationRequest

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Activated:
    connection_id: int
    result: ActivationResult


@dataclass(frozen=True)
class Resaved:
    """How saving the options ended: the connection that exists now, and what went wrong, if anything."""

    connection_id: int
    options_saved: bool
    result: ActivationResult | None = None  # the new Activate's answer, when it succeeded
    error: Exception | None = None


@dataclass(frozen=True)
class ConnectionRow:
    connection: ConnectionInfo
    facts: ActivationFacts | None  # None: Activate never succeeded


@dataclass(frozen=True)
class ConnectionsOverview:
    company: Company
    rows: list[ConnectionRow] = field(default_factory=list)


class CancelToken:
    """Shared by the GUI thread (which cancels) and the job (which finishes): exactly one of them wins."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._finished = False

    @property
    def cancelled(self) -> bool:
        with self._lock:
            return self._cancelled

    def cancel(self) -> bool:
        """True when the job will see it and undo its work; False when the job had already finished."""
        with self._lock:
            self._cancelled = True
            return not self._finished

    def finish(self) -> bool:
        """True when the job's result stands; False when it was cancelled first."""
        with self._lock:
            self._finished = True
            return not self._cancelled


def load_overview(ctx: AppContext, company_id: int) -> ConnectionsOverview:
    company = get_company(ctx, company_id)
    rows = [ConnectionRow(c, activation_facts(ctx, c.id)) for c in list_connections(ctx, company_id)]
    return ConnectionsOverview(company, rows)


def save_and_activate(
    ctx: AppContext,
    request: ActivationRequest,
    token: CancelToken,
    *,
    options: BuildOptions | None = None,
) -> Activated | None:
    """Save the connection and Activate it; a connection that does not work (or was cancelled) is not kept.

    Returns None when cancelled. Raises what add_connection (DomainValidationError) or activate
    (ConnectorError) raised, after removing the connection again.
    """
    connection = add_connection(ctx, request.company_id, request.service, request.settings, request.secrets)
    try:
        if token.cancelled:
            raise _Cancelled
        result = activate(ctx, connection.id, options=options)
    except _Cancelled:
        _remove(ctx, connection.id)
        return None
    except BaseException:
        _remove(ctx, connection.id)
        raise
    if not token.finish():
        _remove(ctx, connection.id)
        return None
    return Activated(connection.id, result)


def save_options(
    ctx: AppContext,
    connection_id: int,
    request: ActivationRequest,
    *,
    options: BuildOptions | None = None,
) -> Resaved:
    """Save the connection again with the chosen options, keeping its name and payment-method mapping.

    The app services offer no way to change a saved connection's settings, so the connection is saved
    anew and Activated again (which also remembers what Activate learns on the new one). If the new
    settings cannot be saved, the connection is put back as it was; either way the caller learns which
    connection now exists and why the step did not complete.
    """
    old = get_connection(ctx, connection_id)
    mapped = {row.local_code: row.remote_code for row in mapping_grid(ctx, connection_id) if row.remote_code}
    delete_connection(ctx, connection_id)
    try:
        new = add_connection(ctx, request.company_id, request.service, request.settings, request.secrets,
                             name=old.name)
    except Exception as refused:
        restored = add_connection(ctx, old.company_id, old.service, old.settings, request.secrets,
                                  name=old.name)
        _map(ctx, restored.id, mapped)
        return Resaved(restored.id, options_saved=False, error=refused)
    _map(ctx, new.id, mapped)
    try:
        result = activate(ctx, new.id, options=options)
    except Exception as failed:
        return Resaved(new.id, options_saved=True, error=failed)
    return Resaved(new.id, options_saved=True, result=result)


def _map(ctx: AppContext, connection_id: int, mapped: dict[str, str]) -> None:
    for local_code, remote_code in mapped.items():
        set_mapping(ctx, connection_id, local_code, remote_code)


class _Cancelled(Exception):
    pass


def _remove(ctx: AppContext, connection_id: int) -> None:
    try:
        delete_connection(ctx, connection_id)
    except Exception:
        # The original error matters more to the user; a leftover row shows in the list and can be removed.
        log.warning("could not remove the unused connection %s", connection_id, exc_info=True)
