"""Tooltips that show feed text as the characters it is.

QToolTip renders any text that `Qt.mightBeRichText` accepts as HTML, so a title such as
`<img src=x>` drew an image (and read a local file) on hover. Every tooltip that carries text
from a feed goes through `plain_tooltip`, which escapes it into a paragraph: it is then always
rich text, and that rich text spells the original characters. Line breaks are kept.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt


def plain_tooltip(text: str) -> str:
    """`text` as a tooltip that displays it literally (empty stays empty: no tooltip)."""
    if not text:
        return ""
    return GuiQt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal)
