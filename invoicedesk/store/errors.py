"""Errors the store raises for conditions a person must resolve; their messages say what to do."""

from __future__ import annotations


class DatabaseOpenError(Exception):
    """The database cannot be opened or used as it is (bad URL, not an InvoiceDesk database, unreadable)."""


class NewerDatabaseError(DatabaseOpenError):
    """The database was written by a newer InvoiceDesk; this version refuses it without changing anything."""

    def __init__(self, location: str, revisions: list[str]) -> None:
        self.location = location
        self.revisions = revisions
        schema = ", ".join(revisions)
        super().__init__(
            f"The database {location} was written by a newer InvoiceDesk (schema {schema}); "
            "install that version or newer. Nothing was changed."
        )
