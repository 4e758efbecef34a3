"""What the e-Factura screen shows about a company, gathered from the app services on a worker thread."""

from __future__ import annotations

from dataclasses import dataclass

from invoicedesk.app.companies import get_company
from invoicedesk.app.context import AppContext
from invoicedesk.app.documents import list_documents
from invoicedesk.app.efactura import submission_of
from invoicedesk.app.efactura_auth import AnafNotConfiguredError, AnafSetup, TokenStatus, anaf_setup, status
from invoicedesk.app.paging import Page, PageRequest
from invoicedesk.core.documents import Company, Country
from invoicedesk.store.repositories.documents import DocumentRow
from invoicedesk.sync.efactura import Submission


@dataclass(frozen=True)
class EfacturaOverview:
    company: Company
    setup: AnafSetup | None  # None: not set up yet (or not a Romanian company)
    tokens: TokenStatus | None

    @property
    def romanian(self) -> bool:
        return self.company.country == Country.RO


def load_overview(ctx: AppContext, company_id: int) -> EfacturaOverview:
    company = get_company(ctx, company_id)
    if company.country != Country.RO:
        return EfacturaOverview(company, None, None)
    try:
        setup = anaf_setup(ctx, company_id)
    except AnafNotConfiguredError:
        return EfacturaOverview(company, None, None)
    return EfacturaOverview(company, setup, status(ctx, company_id))


@dataclass(frozen=True)
class SentRow:
    """A document of the company and its e-Factura submission, if it was ever queued."""

    document: DocumentRow
    submission: Submission | None


def list_sent(ctx: AppContext, company_id: int, request: PageRequest) -> Page[SentRow]:
    """The company's documents, paged and sorted in SQL, each with its submission (looked up per row)."""
    page = list_documents(ctx, company_id, request)
    rows = [SentRow(row, submission_of(ctx, row.id)) for row in page.rows]
    return Page(rows=rows, total=page.total, offset=page.offset)
