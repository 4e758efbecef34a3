"""Companies: the firms whose documents InvoiceDesk issues (a bookkeeper keeps several)."""

from __future__ import annotations

import dataclasses

from invoicedesk.app.context import AppContext
from invoicedesk.core.documents import Company, Country
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.core.identifiers import validate_party
from invoicedesk.core.money import is_known_currency
from invoicedesk.store.repositories.companies import CompanyRepository

# The currency a company keeps its books in, unless it says otherwise.
HOME_CURRENCY = {Country.CZ: "CZK", Country.SK: "EUR", Country.PL: "PLN", Country.RO: "RON"}


def _normalised(company: Company) -> Company:
    country = Country(str(company.country).upper())
    currency = (company.default_currency or "").strip().upper()
    # Company() defaults to CZK; a company of another country that named no currency means its own.
    if not currency or (currency == "CZK" and country is not Country.CZ):
        currency = HOME_CURRENCY[country]
    address = dataclasses.replace(company.address, country=(company.address.country or country).upper())
    return dataclasses.replace(
        company,
        name=company.name.strip(),
        country=country,
        default_currency=currency,
        address=address,
        registration_id=company.registration_id.strip(),
        vat_id=company.vat_id.strip().upper(),
        local_tax_id=company.local_tax_id.strip(),
    )


def add_company(ctx: AppContext, company: Company) -> Company:
    """Store a new company after checking its name, currency and identifiers."""
    try:
        country = Country(str(company.country).upper())
    except ValueError:
        raise DomainValidationError.single(
            "country",
            f"{company.country!r} is not a country InvoiceDesk serves",
            "Use CZ, SK, PL or RO.",
        ) from None
    candidate = _normalised(dataclasses.replace(company, country=country))
    errors: list[FieldError] = []
    if not candidate.name:
        errors.append(FieldError("name", "The company name is missing", "Enter the name as registered."))
    if not is_known_currency(candidate.default_currency):
        errors.append(
            FieldError(
                "default_currency",
                f"{candidate.default_currency!r} is not an ISO 4217 currency code",
                "Use a three-letter code such as CZK, EUR, PLN or RON.",
            )
        )
    errors.extend(validate_party(candidate, str(country), prefix=""))
    with ctx.database.session() as session:
        repository = CompanyRepository(session)
        if candidate.name and repository.name_exists(candidate.name):
            errors.append(
                FieldError(
                    "name",
                    f"A company named {candidate.name!r} already exists",
                    "Choose a different name, or use the existing company.",
                )
            )
        if errors:
            raise DomainValidationError(errors)
        return repository.add(candidate)


def list_companies(ctx: AppContext) -> list[Company]:
    with ctx.database.read_session() as session:
        return CompanyRepository(session).list()


def get_company(ctx: AppContext, key: str | int) -> Company:
    """A company by id or by exact name; LookupError that lists the companies there are."""
    with ctx.database.read_session() as session:
        repository = CompanyRepository(session)
        found = None
        text = str(key).strip()
        if isinstance(key, int) or text.isdigit():
            found = repository.get(int(text))
        if found is None and text:
            found = repository.get_by_name(text)
        if found is not None:
            return found
        known = repository.list()
    if not known:
        raise LookupError(f"There is no company {text!r}: no company exists yet. Add one with `company add`.")
    listing = ", ".join(f"{company.id} ({company.name})" for company in known)
    raise LookupError(f"There is no company {text!r}. Use the id or exact name of one of: {listing}.")


def default_company(ctx: AppContext, key: str | int | None) -> Company:
    """The named company, or the only one when none is named (LookupError when that is ambiguous)."""
    if key is not None and str(key).strip():
        return get_company(ctx, key)
    companies = list_companies(ctx)
    if len(companies) == 1:
        return companies[0]
    if not companies:
        raise LookupError("No company exists yet. Add one first with `company add --name … --country …`.")
    listing = ", ".join(f"{company.id} ({company.name})" for company in companies)
    raise LookupError(f"There are {len(companies)} companies; say which one with --company: {listing}.")
