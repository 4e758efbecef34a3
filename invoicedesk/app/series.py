"""Number series: local document numbering, one series per document type and optionally per connection."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from invoicedesk.app.context import AppContext
from invoicedesk.core.documents import DocumentType
from invoicedesk.core.series import ResetPeriod
from invoicedesk.store.models import NumberSeriesModel
from invoicedesk.store.series import create_series


@dataclass(frozen=True)
class SeriesInfo:
    id: int
    company_id: int
    connection_id: int | None
    doc_type: DocumentType
    name: str
    pattern: str
    reset: ResetPeriod


def _info(row: NumberSeriesModel) -> SeriesInfo:
    return SeriesInfo(
        id=row.id,
        company_id=row.company_id,
        connection_id=row.connection_id,
        doc_type=DocumentType(row.doc_type),
        name=row.name,
        pattern=row.pattern,
        reset=ResetPeriod(row.reset),
    )


def add_series(
    ctx: AppContext,
    company_id: int,
    *,
    doc_type: DocumentType,
    pattern: str,
    reset: ResetPeriod = ResetPeriod.YEARLY,
    name: str = "",
    connection_id: int | None = None,
) -> SeriesInfo:
    """Raises DomainValidationError when the pattern cannot number documents without repeats."""
    with ctx.database.session() as session:
        series_id = create_series(
            session,
            company_id=company_id,
            doc_type=str(doc_type),
            pattern=pattern,
            reset=reset,
            name=name,
            connection_id=connection_id,
        )
        return _info(session.get(NumberSeriesModel, series_id))


def list_series(ctx: AppContext, company_id: int) -> list[SeriesInfo]:
    with ctx.database.read_session() as session:
        rows = session.scalars(
            select(NumberSeriesModel)
            .where(NumberSeriesModel.company_id == company_id)
            .order_by(NumberSeriesModel.id)
        )
        return [_info(row) for row in rows]
