"""Connections to services and their payment-method mappings (non-secret settings only)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from invoicedesk.store.models import ConnectionModel, PaymentMethodMappingModel

# Settings are stored in plain text; a key that names a secret means a caller is about to leak one.
_SECRET_LOOKING_KEY = re.compile(r"secret|password|passwd|token|api_?key|private|credential", re.IGNORECASE)


@dataclass(frozen=True)
class ConnectionRecord:
    id: int
    company_id: int
    service: str
    name: str
    settings: dict[str, Any] = field(default_factory=dict)
    secret_ref: str = ""
    created_at: dt.datetime | None = None


def _record(row: ConnectionModel) -> ConnectionRecord:
    return ConnectionRecord(
        id=row.id,
        company_id=row.company_id,
        service=row.service,
        name=row.name,
        settings=dict(row.settings or {}),
        secret_ref=row.secret_ref,
        created_at=row.created_at,
    )


def check_settings_are_not_secret(settings: dict[str, Any]) -> None:
    for key in settings:
        if _SECRET_LOOKING_KEY.search(str(key)):
            raise ValueError(
                f"The connection setting {key!r} looks like a secret; secrets belong in the OS keyring "
                "(invoicedesk.secrets), never in the database."
            )


class ConnectionRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(
        self, company_id: int, service: str, name: str, settings: dict[str, Any], secret_ref: str = ""
    ) -> ConnectionRecord:
        check_settings_are_not_secret(settings)
        row = ConnectionModel(
            company_id=company_id, service=service, name=name, settings=dict(settings), secret_ref=secret_ref
        )
        self.session.add(row)
        self.session.flush()
        return _record(row)

    def get(self, connection_id: int) -> ConnectionRecord | None:
        row = self.session.get(ConnectionModel, connection_id)
        return _record(row) if row is not None else None

    def list_for_company(self, company_id: int) -> list[ConnectionRecord]:
        rows = self.session.scalars(
            select(ConnectionModel)
            .where(ConnectionModel.company_id == company_id)
            .order_by(ConnectionModel.id)
        )
        return [_record(row) for row in rows]

    def update(
        self,
        connection_id: int,
        *,
        settings: dict[str, Any] | None = None,
        secret_ref: str | None = None,
        name: str | None = None,
    ) -> ConnectionRecord:
        row = self.session.get(ConnectionModel, connection_id)
        if row is None:
            raise LookupError(f"There is no connection with id {connection_id}.")
        if settings is not None:
            check_settings_are_not_secret(settings)
            row.settings = dict(settings)
        if secret_ref is not None:
            row.secret_ref = secret_ref
        if name is not None:
            row.name = name
        self.session.flush()
        return _record(row)

    def delete(self, connection_id: int) -> None:
        self.session.execute(delete(ConnectionModel).where(ConnectionModel.id == connection_id))

    def payment_mappings(self, connection_id: int) -> dict[str, str]:
        rows = self.session.execute(
            select(PaymentMethodMappingModel.local_code, PaymentMethodMappingModel.remote_code).where(
                PaymentMethodMappingModel.connection_id == connection_id
            )
        )
        return {row.local_code: row.remote_code for row in rows}

    def set_payment_mapping(self, connection_id: int, local_code: str, remote_code: str) -> None:
        row = self.session.scalars(
            select(PaymentMethodMappingModel).where(
                PaymentMethodMappingModel.connection_id == connection_id,
                PaymentMethodMappingModel.local_code == local_code,
            )
        ).one_or_none()
        if row is None:
            self.session.add(
                PaymentMethodMappingModel(
                    connection_id=connection_id, local_code=local_code, remote_code=remote_code
                )
            )
        else:
            row.remote_code = remote_code
        self.session.flush()
