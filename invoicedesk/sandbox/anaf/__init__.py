"""Emulator of Romania's ANAF e-Factura: certificate + PIN sign-in, upload, status, lists, downloads."""

from invoicedesk.sandbox.anaf.emulator import AnafEmulator

__all__ = ["AnafEmulator"]
