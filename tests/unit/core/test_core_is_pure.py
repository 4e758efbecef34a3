"""The domain stays pure: no I/O modules, nothing of the application outside core, no Qt."""

import ast
from pathlib import Path

import invoicedesk.core

CORE = Path(invoicedesk.core.__file__).parent
ALLOWED = {
    "__future__",
    "collections",
    "dataclasses",
    "datetime",
    "decimal",
    "enum",
    "re",
    "typing",
    "stdnum",
}


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_core_imports_only_pure_modules():
    offenders = {}
    for path in sorted(CORE.glob("*.py")):
        bad = {
            name
            for name in imported_modules(path)
            if name.split(".")[0] not in ALLOWED
            and not name.startswith("invoicedesk.core")
            and name != "invoicedesk.core"
        }
        if bad:
            offenders[path.name] = sorted(bad)
    assert offenders == {}


def test_the_scan_sees_imports():
    # Guard against a scan that silently finds nothing.
    assert "stdnum.pl" in imported_modules(CORE / "identifiers.py")
    assert "invoicedesk.core.documents" in imported_modules(CORE / "totals.py")
