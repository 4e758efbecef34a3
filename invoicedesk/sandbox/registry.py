"""Service id → emulator class. Adding an emulator is one import and one line."""

from __future__ import annotations

from invoicedesk.sandbox.anaf import AnafEmulator
from invoicedesk.sandbox.base import Emulator
from invoicedesk.sandbox.fakturoid import FakturoidEmulator

EMULATORS: dict[str, type[Emulator]] = {
    "anaf": AnafEmulator,
    "fakturoid": FakturoidEmulator,
}
