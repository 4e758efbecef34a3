"""Emulator of Fakturoid API v3 (client credentials, invoices, subjects, payments, PDFs, rate limits)."""

from invoicedesk.sandbox.fakturoid.emulator import FakturoidEmulator

__all__ = ["FakturoidEmulator"]
