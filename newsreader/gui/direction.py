"""Right-to-left: the window's direction from its language, an article's from its text (issue 17).

Two directions, decided separately (docs/DECISIONS.md, "Right-to-left"):

- The window follows the language it speaks: `ui_direction` is the chosen locale's text
  direction, and `install_translators` sets it on the application before any widget exists,
  so with LANG=ar_EG.UTF-8 or he_IL.UTF-8 the window is mirrored (tree on the right) even
  where Newsreader has no catalogue for the language. It is set, not left to Qt: Qt flips the
  layout only when a loaded catalogue says so (its qtbase_ar/he/fa do, a language it has no
  catalogue for does not), and only once the LanguageChange event is delivered.
- An article reads in the direction of its own text: the parsers keep no feed language, so
  `text_direction` takes the first strong directional character (Unicode bidi class L, or R
  and AL) of its title, else of its body. A Hebrew article in an English window is laid out
  right to left, an English one in a Hebrew window left to right.

Pure functions plus one call on the application; GUI thread.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

_TAG = re.compile(r"<[^>]*>")
_HIDDEN = re.compile(r"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_SCAN_LIMIT = 4096  # characters looked at per text: a strong letter comes long before that


def first_strong(text: str) -> Qt.LayoutDirection | None:
    """The direction of the first strong character of `text`, None when it has none."""
    for char in text[:_SCAN_LIMIT]:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return Qt.LayoutDirection.LeftToRight
        if kind in ("R", "AL"):
            return Qt.LayoutDirection.RightToLeft
    return None


def html_text(fragment: str) -> str:
    """The readable text of an HTML fragment (tags and their attributes are not text)."""
    return html.unescape(_TAG.sub(" ", _HIDDEN.sub(" ", fragment[: _SCAN_LIMIT * 4])))


def text_direction(
    texts: Iterable[str | None], default: Qt.LayoutDirection = Qt.LayoutDirection.LeftToRight
) -> Qt.LayoutDirection:
    """The direction of the first of `texts` (plain text or HTML) that has a strong letter."""
    for text in texts:
        if not text:
            continue
        found = first_strong(html_text(text) if "<" in text else text)
        if found is not None:
            return found
    return default


def is_rtl(text: str | None) -> bool:
    """Whether `text` (a title, a feed name) reads right to left."""
    return bool(text) and first_strong(text or "") == Qt.LayoutDirection.RightToLeft


def ui_direction(locale: QLocale) -> Qt.LayoutDirection:
    """The window's direction for the language it speaks (Arabic, Hebrew, Persian: mirrored)."""
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        return Qt.LayoutDirection.RightToLeft
    return Qt.LayoutDirection.LeftToRight


def apply_ui_direction(locale: QLocale) -> Qt.LayoutDirection:
    """Lay the application out in `locale`'s direction; widgets built afterwards follow it."""
    direction = ui_direction(locale)
    QGuiApplication.setLayoutDirection(direction)
    return direction
