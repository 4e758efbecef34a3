"""Who exists in the emulated ANAF: registered OAuth apps and the qualified certificates on users' tokens.

Both come from emulator options; the defaults are the demo data that `invoicedesk sandbox serve` prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

DEMO_PIN = "1234"

DEMO_CLIENT_APPS: list[dict[str, Any]] = [
    {
        "client_id": "invoicedesk-sandbox-app",
        "client_secret": "sandbox-secret-9f3c2a71",
        "redirect_uris": [
            "https://localhost:9002/callback",
            "https://localhost:9003/callback",
            "https://localhost:9004/callback",
        ],
    }
]

# The CUIs satisfy the check digit; 12345674 and 76543210 are the seller and buyer of the shared examples.
DEMO_CERTIFICATES: list[dict[str, Any]] = [
    {
        "serial": "2E5A1F0C8B3D4E6F",
        "holder": "Ana Popescu (reprezentant desemnat)",
        "cifs": ["12345674", "76543210"],
    },
    {"serial": "41B7C9D2E3F40516", "holder": "Mihai Ionescu (reprezentant legal)", "cifs": ["14399840"]},
    {"serial": "7C00FFEE12345678", "holder": "Elena Radu (fara drepturi SPV)", "cifs": []},
]


@dataclass(frozen=True)
class ClientApp:
    client_id: str
    client_secret: str
    redirect_uris: tuple[str, ...]


@dataclass(frozen=True)
class Certificate:
    serial: str
    holder: str
    cifs: tuple[str, ...]

    @property
    def label(self) -> str:
        rights = ", ".join(self.cifs) if self.cifs else "fara drepturi SPV"
        return f"{self.holder} (serie {self.serial}) - CIF: {rights}"


def _require(entry: Mapping[str, Any], key: str, what: str, position: int) -> Any:
    if not isinstance(entry, Mapping) or key not in entry:
        raise ValueError(f"ANAF emulator option {what}[{position}]: missing {key!r}")
    return entry[key]


def client_apps(entries: Iterable[Mapping[str, Any]]) -> dict[str, ClientApp]:
    apps: dict[str, ClientApp] = {}
    for position, entry in enumerate(entries):
        uris = _require(entry, "redirect_uris", "client_apps", position)
        if isinstance(uris, str) or not all(isinstance(u, str) and u for u in uris):
            raise ValueError(
                f"ANAF emulator option client_apps[{position}]: redirect_uris must be a list of URLs"
            )
        app = ClientApp(
            str(_require(entry, "client_id", "client_apps", position)),
            str(_require(entry, "client_secret", "client_apps", position)),
            tuple(uris),
        )
        apps[app.client_id] = app
    return apps


def certificates(entries: Iterable[Mapping[str, Any]]) -> dict[str, Certificate]:
    found: dict[str, Certificate] = {}
    for position, entry in enumerate(entries):
        cifs = tuple(str(c) for c in _require(entry, "cifs", "certificates", position))
        for cif in cifs:
            if not re.fullmatch(r"[0-9]{2,10}", cif):
                raise ValueError(
                    f"ANAF emulator option certificates[{position}]: CIF {cif!r} must be 2-10 digits "
                    "without the RO prefix"
                )
        cert = Certificate(
            str(_require(entry, "serial", "certificates", position)),
            str(entry.get("holder", "Titular certificat")),
            cifs,
        )
        found[cert.serial] = cert
    return found
