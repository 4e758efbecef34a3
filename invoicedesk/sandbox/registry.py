"""Service id → emulator class. Adding an emulator is one import and one line."""

from __future__ import annotations

from invoicedesk.sandbox.base import Emulator

EMULATORS: dict[str, type[Emulator]] = {}
