"""The payment-method grid of a connection: which of the service's payment methods each local method becomes.

One row per local payment method (core.payment_methods). Where the choices come from depends on the service
(Capabilities.payment_methods):
- fixed_enum: the service package's own table (e.g. fakturoid.fixed_payment_methods), with its defaults
  (a service without such a table falls back to what Activate reported, without defaults);
- remote_list: the list the last Activate remembered (app.activation); no defaults, the user chooses;
- free_text: any name of up to 50 characters; no choices to offer;
- standard_code: the code each local method carries (UNCL 4461 for ANAF), shown but not changeable.
The user's choice wins over the default; a method with neither is refused by the connector when a document
is sent, and the outbox holds that document until it is mapped here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import delete

from invoicedesk.app.activation import activation_facts
from invoicedesk.app.connections import ConnectionInfo, get_connection
from invoicedesk.app.context import AppContext
from invoicedesk.connectors import fakturoid, registry
from invoicedesk.connectors.contract import RemotePaymentMethod
from invoicedesk.core import payment_methods
from invoicedesk.core.errors import DomainValidationError
from invoicedesk.store.models import PaymentMethodMappingModel
from invoicedesk.store.repositories.connections import ConnectionRepository

MAX_FREE_TEXT = 50


@dataclass(frozen=True)
class RemoteChoice:
    code: str  # what is sent to the service
    label: str


@dataclass(frozen=True)
class MappingRow:
    local_code: str
    local_label: str  # English source text; the UI translates it
    remote_code: str  # the user's choice; "" when the user chose nothing
    default_remote_code: str  # what is sent when the user chose nothing; "" when there is no default
    choices: list[RemoteChoice] = field(default_factory=list)
    free_text: bool = False  # the service takes any name instead of one of `choices`

    @property
    def effective_code(self) -> str:
        """What a document with this method is sent with ("" means it cannot be sent yet)."""
        return self.remote_code or self.default_remote_code

    @property
    def needs_mapping(self) -> bool:
        return not self.effective_code


@dataclass(frozen=True)
class _FixedEnum:
    choices: Callable[[], tuple[RemotePaymentMethod, ...]]
    defaults: Callable[[], dict[str, str]]


# Each service whose payment methods are a fixed enum publishes it in its package.
_FIXED_ENUMS: dict[str, _FixedEnum] = {
    fakturoid.SPEC.id: _FixedEnum(fakturoid.fixed_payment_methods, fakturoid.default_payment_methods),
}


def mapping_grid(ctx: AppContext, connection_id: int) -> list[MappingRow]:
    """Every local payment method with its current mapping, its default and what it can be mapped to."""
    connection = get_connection(ctx, connection_id)
    choices, defaults, free_text = _service_side(ctx, connection)
    with ctx.database.read_session() as session:
        chosen = ConnectionRepository(session).payment_mappings(connection_id)
    return [
        MappingRow(method.code, method.label, chosen.get(method.code, ""), defaults.get(method.code, ""),
                   list(choices), free_text)
        for method in payment_methods.all_methods()
    ]


def set_mapping(ctx: AppContext, connection_id: int, local_code: str, remote_code: str) -> MappingRow:
    """Map a local method onto the service's; DomainValidationError names the field and the valid choices."""
    connection = get_connection(ctx, connection_id)
    method = payment_methods.get(local_code, field="local_code")
    choices, _defaults, free_text = _service_side(ctx, connection)
    value = (remote_code or "").strip()
    if registry.spec(connection.service).capabilities.payment_methods == "standard_code":
        raise DomainValidationError.single(
            "remote_code",
            f"{connection.service_name} takes the payment method's code from a standard code list",
            "Nothing to map: each payment method already carries its code.",
        )
    if free_text:
        _check_free_text(value, connection)
    else:
        _check_choice(value, choices, connection)
    with ctx.database.session() as session:
        ConnectionRepository(session).set_payment_mapping(connection_id, method.code, value)
    return _row(ctx, connection_id, method.code)


def clear_mapping(ctx: AppContext, connection_id: int, local_code: str) -> MappingRow:
    """Forget the user's choice for a local method: its default (if any) applies again."""
    get_connection(ctx, connection_id)
    method = payment_methods.get(local_code, field="local_code")
    with ctx.database.session() as session:
        session.execute(delete(PaymentMethodMappingModel).where(
            PaymentMethodMappingModel.connection_id == connection_id,
            PaymentMethodMappingModel.local_code == method.code,
        ))
    return _row(ctx, connection_id, method.code)


def fixed_enum_services() -> frozenset[str]:
    """The services whose payment-method enum this module knows."""
    return frozenset(_FIXED_ENUMS)


def _row(ctx: AppContext, connection_id: int, local_code: str) -> MappingRow:
    return next(row for row in mapping_grid(ctx, connection_id) if row.local_code == local_code)


def _service_side(ctx: AppContext, connection: ConnectionInfo
                  ) -> tuple[tuple[RemoteChoice, ...], dict[str, str], bool]:
    """(choices, defaults, free text?) of the connection's service."""
    source = registry.spec(connection.service).capabilities.payment_methods
    if source == "free_text":
        return (), {}, True
    if source == "standard_code":
        standard = {m.code: m.uncl4461 for m in payment_methods.all_methods()}
        return tuple(RemoteChoice(code, code) for code in sorted(set(standard.values()))), standard, False
    table = _FIXED_ENUMS.get(connection.service) if source == "fixed_enum" else None
    if table is not None:
        return tuple(RemoteChoice(m.code, m.name) for m in table.choices()), table.defaults(), False
    # A remote list, or an enum whose package publishes no table: Activate reported the methods.
    facts = activation_facts(ctx, connection.id)
    remembered = facts.payment_methods if facts is not None else []
    return tuple(RemoteChoice(m.code, m.name) for m in remembered), {}, False


def _check_choice(value: str, choices: tuple[RemoteChoice, ...], connection: ConnectionInfo) -> None:
    if not choices:
        raise DomainValidationError.single(
            "remote_code",
            f"The payment methods of {connection.name} are not known yet",
            f"Press Activate on the connection first: it loads the payment methods from "
            f"{connection.service_name}.",
        )
    if value not in {choice.code for choice in choices}:
        listed = ", ".join(f"{choice.code} ({choice.label})" for choice in choices)
        shown = repr(value) if value else "An empty value"
        raise DomainValidationError.single(
            "remote_code",
            f"{shown} is not a payment method of {connection.service_name}",
            f"Choose one of: {listed}.",
        )


def _check_free_text(value: str, connection: ConnectionInfo) -> None:
    if not value:
        raise DomainValidationError.single(
            "remote_code",
            "The payment method name is empty",
            f"Type the name {connection.service_name} should show for this method.",
        )
    if len(value) > MAX_FREE_TEXT:
        raise DomainValidationError.single(
            "remote_code",
            f"The payment method name has {len(value)} characters, more than {MAX_FREE_TEXT}",
            f"Shorten it to at most {MAX_FREE_TEXT} characters.",
        )
