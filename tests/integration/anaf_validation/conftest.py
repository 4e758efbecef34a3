"""One compiled product Validator and one oracle per test session (compiling the rules takes ~0.5 s each).

The oracle is the independent validation kit beside the repository (`../shared/validation/validate.py`),
never copied into the repository. Without it these tests are skipped.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from invoicedesk.connectors.anaf.validation import RulesLocation, Validator
from tests.integration.anaf_validation.kit import KIT


@pytest.fixture(scope="session")
def kit() -> Path:
    if not (KIT / "validate.py").is_file():
        pytest.skip(f"the e-Factura validation kit is not at {KIT}")
    return KIT


@pytest.fixture(scope="session")
def oracle(kit):
    spec = importlib.util.spec_from_file_location("efactura_validation_kit", kit / "validate.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module.Validator()


@pytest.fixture(scope="session")
def validator(kit) -> Validator:
    return Validator(RulesLocation(kit))
