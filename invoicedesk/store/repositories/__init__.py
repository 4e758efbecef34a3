"""Repositories: the only code that turns rows into the dataclasses of invoicedesk.core and back."""
