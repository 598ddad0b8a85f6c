"""Layer rules import-linter cannot express: services use QtCore only (no widgets, no GUI),
and the update pipeline loads without sqlite3 (its storage imports are for type checking)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "newsreader"


def qt_modules_imported(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("PySide6"))
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("PySide6"):
            module = node.module or ""
            if module == "PySide6":
                found.update(f"PySide6.{a.name}" for a in node.names)
            else:
                found.add(module)
    return found


def test_services_import_qtcore_only() -> None:
    files = sorted((PACKAGE / "services").rglob("*.py"))
    assert files, "the services package is missing"
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(mods - {"PySide6.QtCore"})
        for path in files
        if (mods := qt_modules_imported(path)) - {"PySide6.QtCore"}
    }
    assert offenders == {}


def test_the_checker_sees_widget_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6 import QtWidgets\nfrom PySide6.QtGui import QIcon\n")
    assert qt_modules_imported(sample) == {"PySide6.QtWidgets", "PySide6.QtGui"}


@pytest.mark.parametrize(
    "module",
    ["newsreader.update.refresh", "newsreader.update.offline", "newsreader.core.html_text"],
)
def test_the_pipeline_loads_without_sqlite3(module: str) -> None:
    # So the GUI may import the pipeline's value types (issue 13): "GUI never runs SQL".
    code = f"import sys, {module}; print('sqlite3' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
