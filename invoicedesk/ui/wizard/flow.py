"""The setup wizard's navigation as plain data, outside Qt.

Five steps: choose the service, confirm its prerequisites, type the access details, Activate, choose the
options. Each step reports whether it is complete, busy or in error; a failed Activate says which step and
which fields to fix. The Qt wizard only shows this state and forwards what the user does, so the whole
navigation can be tested without a window.

Everything the steps show comes from the service's `ServiceSpec`: one field per `FieldSpec`, one checklist
item per `Prerequisite`. The fields named in OPTION_FIELDS are not typed: the options step offers them as
choices from what Activate learned.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import IntEnum, StrEnum

from invoicedesk.connectors.anaf.spec import SERVICE_ID as ANAF_SERVICE_ID
from invoicedesk.connectors.contract import (
    ActivationResult,
    FieldKind,
    FieldSpec,
    Prerequisite,
    ServiceSpec,
)
from invoicedesk.connectors.errors import ConnectorError, ErrorCategory
from invoicedesk.core.errors import DomainValidationError, FieldError
from invoicedesk.secrets.redaction import redact_text

# ANAF e-Factura signs in through a browser and is set up on the e-Factura screen, not here.
SET_UP_ELSEWHERE = frozenset({ANAF_SERVICE_ID})

# The short name of each service in the screen codes support asks for ("W-FAK-3"); Fakturoid and
# Fakturownia would collide on their first three letters.
SERVICE_CODES = {
    "fakturoid": "FAK",
    "idoklad": "IDO",
    "superfaktura": "SUF",
    "fakturownia": "FKW",
    "ifirma": "IFI",
    "infakt": "INF",
}
NO_SERVICE_CODE = "CON"

# Settings chosen on the options step from what Activate listed, instead of typed as ids on step 3.
NUMBER_SERIES_FIELD = "number_format_id"
BANK_ACCOUNT_FIELD = "bank_account_id"
OPTION_FIELDS = (NUMBER_SERIES_FIELD, BANK_ACCOUNT_FIELD)
# Where a service reports its bank accounts' remote ids (BankAccount itself carries none).
BANK_ACCOUNT_IDS_DETAIL = "bank_account_ids"


class Step(IntEnum):
    SERVICE = 1
    PREREQUISITES = 2
    CREDENTIALS = 3
    ACTIVATE = 4
    OPTIONS = 5


class PageState(StrEnum):
    INCOMPLETE = "incomplete"  # something required is missing: Next waits
    VALID = "valid"
    BUSY = "busy"  # work is running: the user can only cancel
    ERROR = "error"  # the last attempt failed; the step says what to fix (Next stays possible)


class ProblemKind(StrEnum):
    REFUSED = "refused"  # the service did not accept it
    NOT_FOUND = "not_found"  # the service has no account by this name for these credentials
    INVALID = "invalid"  # InvoiceDesk's own check refused it; `message` says why


class ActivationPhase(StrEnum):
    IDLE = "idle"
    BUSY = "busy"
    FAILED = "failed"
    SUCCEEDED = "succeeded"


@dataclass(frozen=True)
class FieldProblem:
    kind: ProblemKind
    message: str = ""  # for INVALID: the check's own words (cause and fix)


@dataclass(frozen=True)
class Failure:
    """Why Activate (or saving the options) did not work, and where the user fixes it."""

    category: ErrorCategory | None  # None: not the service's answer (the connection could not be saved)
    detail: str  # redacted
    fix_step: Step | None = None  # None: nothing to fix in the wizard; try again later
    fix_fields: tuple[str, ...] = ()
    unticked: tuple[Prerequisite, ...] = ()  # prerequisites the user has not confirmed: possible causes


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    is_default: bool = False


@dataclass(frozen=True)
class ActivationRequest:
    """What step 4 saves: the connection's settings (database) and secrets (keyring)."""

    company_id: int
    service: str
    settings: dict[str, str]
    secrets: dict[str, str] = field(repr=False)


# Which step a failed Activate sends the user back to.
_FIX_STEPS = {
    ErrorCategory.CREDENTIALS_REFUSED: Step.CREDENTIALS,
    ErrorCategory.ACCOUNT_NOT_FOUND: Step.CREDENTIALS,
    ErrorCategory.PLAN_WITHOUT_API: Step.PREREQUISITES,
}


class SetupFlow:
    """The state of one run of the setup wizard for one company."""

    def __init__(self, services: Iterable[ServiceSpec], company_id: int, country: str):
        self.company_id = company_id
        self.country = str(country).upper()
        everything = list(services)
        offered = [s for s in everything if s.id not in SET_UP_ELSEWHERE]
        by_name = sorted(offered, key=lambda s: s.display_name.casefold())
        self.home_services = [s for s in by_name if self.country in s.countries]
        self.other_services = [s for s in by_name if self.country not in s.countries]
        self.elsewhere_services = [s for s in everything if s.id in SET_UP_ELSEWHERE]
        self.step = Step.SERVICE
        self.service: ServiceSpec | None = None
        self.ticked: set[str] = set()
        self._values: dict[str, str] = {}
        self.problems: dict[str, FieldProblem] = {}
        self.phase = ActivationPhase.IDLE
        self.failure: Failure | None = None
        self.result: ActivationResult | None = None
        self.connection_id: int | None = None
        self.options: dict[str, str] = {}
        self.saved_options: dict[str, str] = {}
        self.saving_options = False
        self.options_failure: Failure | None = None

    # ---- step 1: the service --------------------------------------------------------------------------

    @property
    def offered_services(self) -> list[ServiceSpec]:
        return [*self.home_services, *self.other_services]

    def choose(self, service_id: str) -> None:
        if self.phase in (ActivationPhase.BUSY, ActivationPhase.SUCCEEDED):
            raise RuntimeError("The connection is already saved; the service cannot change now.")
        if self.service is not None and self.service.id == service_id:
            return
        spec = next((s for s in self.offered_services if s.id == service_id), None)
        if spec is None:
            raise KeyError(f"{service_id!r} is not set up in this wizard")
        self.service = spec
        self.ticked.clear()
        self._values = {f.name: f.default for f in spec.fields}
        self.problems.clear()
        self.phase = ActivationPhase.IDLE
        self.failure = None

    # ---- step 2: prerequisites ------------------------------------------------------------------------

    @property
    def prerequisites(self) -> tuple[Prerequisite, ...]:
        return self.service.prerequisites if self.service is not None else ()

    def tick(self, prerequisite_id: str, ticked: bool) -> None:
        if prerequisite_id not in {p.id for p in self.prerequisites}:
            raise KeyError(f"no prerequisite {prerequisite_id!r}")
        if ticked:
            self.ticked.add(prerequisite_id)
        else:
            self.ticked.discard(prerequisite_id)

    def unticked(self) -> tuple[Prerequisite, ...]:
        return tuple(p for p in self.prerequisites if p.id not in self.ticked)

    # ---- step 3: the access details -------------------------------------------------------------------

    @property
    def credential_fields(self) -> tuple[FieldSpec, ...]:
        if self.service is None:
            return ()
        return tuple(f for f in self.service.fields if f.name not in OPTION_FIELDS)

    @property
    def option_fields(self) -> tuple[FieldSpec, ...]:
        if self.service is None:
            return ()
        return tuple(f for f in self.service.fields if f.name in OPTION_FIELDS)

    def value(self, name: str) -> str:
        return self._values.get(name, "")

    def set_value(self, name: str, value: str) -> None:
        if self.service is None:
            raise RuntimeError("Choose a service first")
        self.service.field(name)  # KeyError for a name the service does not have
        if self._values.get(name, "") != value:
            self.problems.pop(name, None)
        self._values[name] = value

    def missing_fields(self) -> list[FieldSpec]:
        return [f for f in self.credential_fields if f.required and not self.value(f.name).strip()]

    # ---- the state of each step -----------------------------------------------------------------------

    def state(self, step: Step | None = None) -> PageState:
        step = self.step if step is None else step
        if self.service is None:
            return PageState.INCOMPLETE
        if step is Step.SERVICE or step is Step.PREREQUISITES:
            return PageState.VALID
        if step is Step.CREDENTIALS:
            if self.missing_fields():
                return PageState.INCOMPLETE
            return PageState.ERROR if self.problems else PageState.VALID
        if step is Step.ACTIVATE:
            return {
                ActivationPhase.IDLE: PageState.INCOMPLETE,
                ActivationPhase.BUSY: PageState.BUSY,
                ActivationPhase.FAILED: PageState.ERROR,
                ActivationPhase.SUCCEEDED: PageState.VALID,
            }[self.phase]
        if self.saving_options:
            return PageState.BUSY
        if self.phase is not ActivationPhase.SUCCEEDED:
            return PageState.INCOMPLETE
        return PageState.ERROR if self.options_failure is not None else PageState.VALID

    @property
    def busy(self) -> bool:
        return self.phase is ActivationPhase.BUSY or self.saving_options

    def can_go_next(self) -> bool:
        if self.step is Step.OPTIONS or self.busy:
            return False
        if self.step is Step.ACTIVATE:
            return self.phase is ActivationPhase.SUCCEEDED
        return self.state() is not PageState.INCOMPLETE

    def can_go_back(self) -> bool:
        if self.step is Step.SERVICE or self.busy:
            return False
        # Once saved, the service and its access details stay as they are; the result can be seen again.
        return not (self.phase is ActivationPhase.SUCCEEDED and self.step <= Step.ACTIVATE)

    def can_activate(self) -> bool:
        return (
            self.step is Step.ACTIVATE
            and self.phase in (ActivationPhase.IDLE, ActivationPhase.FAILED)
            and self.state(Step.CREDENTIALS) is not PageState.INCOMPLETE
        )

    def can_finish(self) -> bool:
        succeeded = self.phase is ActivationPhase.SUCCEEDED
        return self.step is Step.OPTIONS and succeeded and not self.saving_options

    def go_next(self) -> Step:
        if not self.can_go_next():
            raise RuntimeError(f"step {self.step.value} is not complete")
        self.step = Step(self.step + 1)
        return self.step

    def go_back(self) -> Step:
        if not self.can_go_back():
            raise RuntimeError(f"cannot go back from step {self.step.value} now")
        self.step = Step(self.step - 1)
        return self.step

    def code(self, step: Step | None = None) -> str:
        """The screen code support asks for, e.g. "W-FAK-3"."""
        step = self.step if step is None else step
        if self.service is None:
            return f"W-{NO_SERVICE_CODE}-{step.value}"
        short = SERVICE_CODES.get(self.service.id, self.service.id[:3].upper())
        return f"W-{short}-{step.value}"

    # ---- step 4: Activate -----------------------------------------------------------------------------

    def start_activation(self) -> ActivationRequest:
        if not self.can_activate():
            raise RuntimeError("Activate needs every required field, and no other Activate running")
        assert self.service is not None
        self.phase = ActivationPhase.BUSY
        self.failure = None
        self.problems.clear()  # this attempt's answer marks the fields anew
        return ActivationRequest(self.company_id, self.service.id, self.settings(), self.secrets())

    def activation_succeeded(self, connection_id: int, result: ActivationResult) -> None:
        self.phase = ActivationPhase.SUCCEEDED
        self.connection_id = connection_id
        self.result = result
        self.failure = None
        self.problems.clear()
        self.options = {f.name: self.value(f.name) for f in self.option_fields}
        self.saved_options = dict(self.options)

    def activation_failed(self, error: BaseException) -> Failure:
        """Remember why; for the fixable causes, go back to the step (and mark the fields) to fix."""
        self.phase = ActivationPhase.FAILED
        failure = self._failure(error)
        self.failure = failure
        for name in failure.fix_fields:
            self.problems[name] = self._problem(failure, name, error)
        if failure.fix_step is not None:
            self.step = failure.fix_step
        return failure

    def activation_cancelled(self) -> None:
        if self.phase is ActivationPhase.BUSY:
            self.phase = ActivationPhase.IDLE

    # ---- step 5: options ------------------------------------------------------------------------------

    def option_choices(self, name: str) -> list[Choice]:
        """The choices for `name`, from what Activate learned (the value "" is the service's default)."""
        result = self.result
        if result is None:
            return []
        if name == NUMBER_SERIES_FIELD:
            return [
                Choice(s.remote_id, f"{s.name} ({s.preview})" if s.preview else s.name, s.is_default)
                for s in result.number_series
            ]
        if name == BANK_ACCOUNT_FIELD:
            ids = result.details.get(BANK_ACCOUNT_IDS_DETAIL)
            if isinstance(ids, Mapping):
                return [Choice(str(key), str(label) or str(key)) for key, label in ids.items()]
        return []

    def set_option(self, name: str, value: str) -> None:
        if name not in {f.name for f in self.option_fields}:
            raise KeyError(f"no option {name!r}")
        if value and value not in {choice.value for choice in self.option_choices(name)}:
            raise ValueError(f"{value!r} is not one of the choices for {name}")
        self.options[name] = value
        self.options_failure = None

    def options_changed(self) -> bool:
        return self.options != self.saved_options

    def start_saving_options(self) -> ActivationRequest:
        if not self.can_finish():
            raise RuntimeError("The options can be saved only after a successful Activate")
        assert self.service is not None
        self.saving_options = True
        self.options_failure = None
        return ActivationRequest(self.company_id, self.service.id, self.settings(), self.secrets())

    def options_saved(self, connection_id: int, result: ActivationResult) -> None:
        self.saving_options = False
        self.connection_id = connection_id
        self.result = result
        self.saved_options = dict(self.options)

    def options_not_saved(self, error: BaseException, *, connection_id: int | None = None,
                          options_saved: bool = False) -> Failure:
        """Saving the options (or the Activate after it) failed; `connection_id` is the one there now."""
        self.saving_options = False
        if connection_id is not None:
            self.connection_id = connection_id
        if options_saved:
            self.saved_options = dict(self.options)
        self.options_failure = self._failure(error)
        return self.options_failure

    def connection_lost(self, error: BaseException) -> Failure:
        """Saving the options removed the connection and could not put it back: Activate has to run again."""
        self.saving_options = False
        self.connection_id = None
        self.result = None
        self.phase = ActivationPhase.FAILED
        self.failure = self.options_failure = self._failure(error)
        return self.failure

    # ---- what is saved --------------------------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        settings = {
            f.name: self.value(f.name).strip()
            for f in self.credential_fields
            if not f.secret and self.value(f.name).strip()
        }
        source = self.options if self.phase is ActivationPhase.SUCCEEDED else self._values
        for spec_field in self.option_fields:
            chosen = source.get(spec_field.name, "").strip()
            if chosen:
                settings[spec_field.name] = chosen
        return settings

    def secrets(self) -> dict[str, str]:
        return {
            f.name: self.value(f.name).strip()
            for f in self.credential_fields
            if f.secret and self.value(f.name).strip()
        }

    # ---- failures -------------------------------------------------------------------------------------

    def _failure(self, error: BaseException) -> Failure:
        failure = describe_failure(error)
        fields: tuple[str, ...] = ()
        fix_step: Step | None = None
        if isinstance(error, ConnectorError):
            fix_step = _FIX_STEPS.get(error.category)
            if error.category is ErrorCategory.CREDENTIALS_REFUSED:
                fields = self._secret_field_names() or self._required_field_names()
            elif error.category is ErrorCategory.ACCOUNT_NOT_FOUND:
                fields = self._account_field_names()
        errors = _field_errors(error)
        by_field = self._fields_of(errors)
        if by_field:
            fields = tuple(dict.fromkeys([*by_field, *fields]))
            fix_step = fix_step or Step.CREDENTIALS
        return replace(failure, fix_step=fix_step, fix_fields=fields, unticked=self.unticked())

    def _problem(self, failure: Failure, name: str, error: BaseException) -> FieldProblem:
        own = [e for e in _field_errors(error) if _field_name(e.field) == name]
        if own:
            return FieldProblem(ProblemKind.INVALID, redact_text(_sentence(own[0])))
        if failure.category is ErrorCategory.CREDENTIALS_REFUSED:
            return FieldProblem(ProblemKind.REFUSED)
        if failure.category is ErrorCategory.ACCOUNT_NOT_FOUND:
            return FieldProblem(ProblemKind.NOT_FOUND)
        return FieldProblem(ProblemKind.INVALID, failure.detail)

    def _fields_of(self, errors: Iterable[FieldError]) -> list[str]:
        known = {f.name for f in self.credential_fields}
        return list(dict.fromkeys(name for e in errors if (name := _field_name(e.field)) in known))

    def _secret_field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.credential_fields if f.secret)

    def _required_field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.credential_fields if f.required)

    def _account_field_names(self) -> tuple[str, ...]:
        """The fields that name the account: plain required text; else the service's address."""
        names = tuple(
            f.name
            for f in self.credential_fields
            if not f.secret and f.required and not f.advanced and f.kind is FieldKind.TEXT
        )
        return names or tuple(f.name for f in self.credential_fields if f.kind is FieldKind.URL)


def describe_failure(error: BaseException) -> Failure:
    """The kind of error and its redacted detail; a non-service error (saving failed) has no category."""
    if isinstance(error, ConnectorError):
        return Failure(error.category, redact_text(error.detail))
    return Failure(None, redact_text(str(error)) or type(error).__name__)


def _field_errors(error: BaseException) -> list[FieldError]:
    if isinstance(error, ConnectorError):
        return error.field_errors
    if isinstance(error, DomainValidationError):
        return error.errors
    return []


def _field_name(path: str) -> str:
    """ "settings.slug" / "secrets.client_id" / "slug" → the FieldSpec name."""
    return path.split(".", 1)[1] if path.startswith(("settings.", "secrets.")) else path


def _sentence(error: FieldError) -> str:
    return f"{error.message}. {error.hint}" if error.hint else error.message
