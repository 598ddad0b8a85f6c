"""Layer rules import-linter cannot express: services use QtCore only (no widgets, no GUI)."""

from __future__ import annotations

import ast
from pathlib import Path

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
