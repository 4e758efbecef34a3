"""UBL 2.1 for e-Factura (EN 16931 + CIUS-RO): building it from a Document and reading it back."""

from invoicedesk.connectors.anaf.ubl.builder import BuiltUbl, build_ubl
from invoicedesk.connectors.anaf.ubl.problems import UblBuildError, UblReadError
from invoicedesk.connectors.anaf.ubl.reader import DeclaredTotals, ReadResult, read_ubl

__all__ = [
    "BuiltUbl",
    "DeclaredTotals",
    "ReadResult",
    "UblBuildError",
    "UblReadError",
    "build_ubl",
    "read_ubl",
]
