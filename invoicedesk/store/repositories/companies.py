"""Companies (the firms that issue documents) and their bank accounts."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from invoicedesk.core.documents import Address, BankAccount, Company, Country
from invoicedesk.store.models import CompanyBankAccountModel, CompanyModel


def company_from_row(row: CompanyModel) -> Company:
    return Company(
        id=row.id,
        name=row.name,
        country=Country(row.country),
        address=Address(
            street=row.street,
            city=row.city,
            postal_code=row.postal_code,
            country=row.address_country,
            region=row.region,
        ),
        registration_id=row.registration_id,
        vat_id=row.vat_id,
        local_tax_id=row.local_tax_id,
        email=row.email,
        phone=row.phone,
        is_vat_payer=row.is_vat_payer,
        default_currency=row.default_currency,
        bank_accounts=[
            BankAccount(iban=account.iban, bic=account.bic, name=account.name, currency=account.currency)
            for account in row.bank_accounts
        ],
    )


class CompanyRepository:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, company: Company) -> Company:
        row = CompanyModel(
            name=company.name,
            country=str(company.country),
            street=company.address.street,
            city=company.address.city,
            postal_code=company.address.postal_code,
            address_country=company.address.country or str(company.country),
            region=company.address.region,
            registration_id=company.registration_id,
            vat_id=company.vat_id,
            local_tax_id=company.local_tax_id,
            email=company.email,
            phone=company.phone,
            is_vat_payer=company.is_vat_payer,
            default_currency=company.default_currency,
            bank_accounts=[
                CompanyBankAccountModel(
                    position=index,
                    iban=account.iban,
                    bic=account.bic,
                    name=account.name,
                    currency=account.currency,
                )
                for index, account in enumerate(company.bank_accounts)
            ],
        )
        self.session.add(row)
        self.session.flush()
        return company_from_row(row)

    def list(self) -> list[Company]:
        rows = self.session.scalars(
            select(CompanyModel).options(selectinload(CompanyModel.bank_accounts)).order_by(CompanyModel.name)
        )
        return [company_from_row(row) for row in rows]

    def get(self, company_id: int) -> Company | None:
        row = self.session.get(CompanyModel, company_id, options=[selectinload(CompanyModel.bank_accounts)])
        return company_from_row(row) if row is not None else None

    def get_by_name(self, name: str) -> Company | None:
        row = self.session.scalars(
            select(CompanyModel)
            .options(selectinload(CompanyModel.bank_accounts))
            .where(CompanyModel.name == name)
        ).one_or_none()
        return company_from_row(row) if row is not None else None

    def name_exists(self, name: str) -> bool:
        return self.session.scalar(select(CompanyModel.id).where(CompanyModel.name == name)) is not None
