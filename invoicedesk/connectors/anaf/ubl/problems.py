"""The errors of the UBL builder and reader.

Both speak in `core.errors.FieldError`s (a document field path such as "buyer.address.region" or
"lines[2].name", what is wrong, what to do), so the UI shows them like any other validation result.
"""

from __future__ import annotations

from invoicedesk.core.errors import DomainValidationError


class UblBuildError(DomainValidationError):
    """The document cannot be expressed as an e-Factura UBL file; `errors` says which fields to fix."""


class UblReadError(ValueError):
    """A UBL file could not be turned into a Document; the message names the element and its line."""
