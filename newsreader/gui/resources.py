"""Locating the files under the repository's `resources/` folder (icons, default feeds).

The folder sits beside the package in a source checkout; a frozen build sets
NEWSREADER_RESOURCES to wherever it unpacked them.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


def resources_dir() -> Path:
    """The resources folder (env override first, then the checkout layout)."""
    override = os.environ.get("NEWSREADER_RESOURCES")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> Path:
    return resources_dir() / name


@cache
def icon(name: str) -> QIcon:
    """A bundled icon by file stem ("feed", "starred"); an empty icon if it is missing."""
    path = resource_path(f"icons/{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
