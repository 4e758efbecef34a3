"""Which services exist: service id → its spec and the factory that builds a connector for one connection.

Adding a service is one entry in `_ENTRIES` pointing at its package's `SPEC` and `build`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from invoicedesk.connectors import fakturoid
from invoicedesk.connectors.anaf import connector as anaf_connector
from invoicedesk.connectors.anaf import spec as anaf_spec
from invoicedesk.connectors.calls import CallRecorder
from invoicedesk.connectors.contract import BuildOptions, Connector, SecretReader, ServiceSpec


class ConnectorFactory(Protocol):
    def __call__(
        self,
        settings: Mapping[str, str],
        secrets: SecretReader,
        *,
        recorder: CallRecorder = ...,
        connection_id: int | None = ...,
        options: BuildOptions | None = ...,
    ) -> Connector: ...


@dataclass(frozen=True)
class ServiceEntry:
    spec: ServiceSpec
    build: ConnectorFactory


_ENTRIES: dict[str, ServiceEntry] = {
    fakturoid.SPEC.id: ServiceEntry(fakturoid.SPEC, fakturoid.build),
    anaf_spec.SPEC.id: ServiceEntry(anaf_spec.SPEC, anaf_connector.build),
}


class UnknownServiceError(LookupError):
    pass


def entry(service_id: str) -> ServiceEntry:
    try:
        return _ENTRIES[service_id]
    except KeyError:
        known = ", ".join(sorted(_ENTRIES))
        raise UnknownServiceError(
            f"There is no service called {service_id!r}; the services are: {known}") from None


def spec(service_id: str) -> ServiceSpec:
    return entry(service_id).spec


def services() -> list[ServiceSpec]:
    return [e.spec for e in _ENTRIES.values()]


def register(spec_: ServiceSpec, build: ConnectorFactory) -> None:
    """For services defined outside this package (and tests of the registry itself)."""
    _ENTRIES[spec_.id] = ServiceEntry(spec_, build)
