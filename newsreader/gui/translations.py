"""Loading the window's translations: Qt's own strings and Newsreader's (issue 17).

Two QTranslators are installed on the application before the window is built: qtbase_<lang>
from PySide6's `Qt/translations` folder (the Yes/No/Cancel of message boxes, the line edits'
context menus) and newsreader_<lang> from `resources/translations/` (built by
`make translations`). English has a catalogue too: it holds only the numerus forms, so
"%n feed(s)" reads "1 feed" / "2 feeds". GUI thread only.
"""

from __future__ import annotations

import gettext
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from newsreader.core.texts import TextTranslator, catalogue_pairs
from newsreader.gui.direction import apply_ui_direction
from newsreader.gui.resources import resources_dir

# The languages Newsreader ships, by the code its files carry; "English" is the source text.
SHIPPED = ("en", "de")
_TAG = "newsreader-translator"  # the objectName of the translators installed here
# The tr context of the English lines core, usecases and update write (core/texts.py):
# `core_text(line)` asks for it, and only the CoreTextTranslator answers it.
CORE_CONTEXT = "CoreText"
DOMAIN = "newsreader"  # the gettext domain the CLI uses too (app/i18n.py)


class CoreTextTranslator(QTranslator):
    """Answers CORE_CONTEXT from the gettext catalogue the CLI uses (one translation of
    each error line for both edges, docs/DECISIONS.md "Error texts"); nothing else.

    Installed first, so Qt asks it last; GUI thread (Qt calls translators there)."""

    def __init__(self, texts: TextTranslator, parent: QCoreApplication) -> None:
        super().__init__(parent)
        self.setObjectName(_TAG)
        self._texts = texts

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context != CORE_CONTEXT or not source:
            return None  # a null string: Qt goes on to the next translator
        return self._texts(source)

    def isEmpty(self) -> bool:
        return False


def core_text(line: str) -> str:
    """A line from core/usecases/update (an error, a feed's last error) in the window's
    language; as it is when no catalogue has it (the server's words, English)."""
    return QCoreApplication.translate(CORE_CONTEXT, line) if line else line


def _core_texts(locale: QLocale) -> TextTranslator:
    names = [locale.name(), QLocale.languageToCode(locale.language())]
    catalogue = gettext.translation(
        DOMAIN, localedir=str(resources_dir() / "locale"), languages=names, fallback=True
    )
    return TextTranslator(catalogue_pairs(catalogue))


def translations_dir() -> Path:
    """Where newsreader_<lang>.qm lives (a checkout's or the frozen bundle's resources)."""
    return resources_dir() / "translations"


def qt_translations_dir() -> Path:
    """PySide6's folder of Qt's own .qm files (QLibraryInfo, else beside the module)."""
    path = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if (path / "qtbase_de.qm").is_file():
        return path
    return Path(PySide6.__file__).resolve().parent / "Qt" / "translations"


def chosen_locale(language: str) -> QLocale:
    """The locale the window speaks: the default one for "system", else the chosen language.

    Choosing a language keeps the user's own locale when it already speaks it (de_AT stays
    de_AT), otherwise that language's main country's formats are used.
    """
    current = QLocale()
    if language not in SHIPPED:  # "system", or a language this build does not ship
        return current
    wanted = QLocale(language)
    if current.language() == wanted.language():
        return current
    return wanted


def install_translators(language: str = "system") -> QLocale:
    """Install Qt's and Newsreader's translators for `language` ("system", "en", "de").

    Replaces the ones an earlier call installed (tests build several windows). A language
    other than "system" also becomes the default locale, so dates follow the chosen language.
    The application takes the locale's layout direction (gui/direction.py: Arabic or Hebrew
    lay the window out mirrored). Returns the locale used.
    """
    app = QCoreApplication.instance()
    assert app is not None, "install_translators needs a running QApplication"
    remove_translators()
    locale = chosen_locale(language)
    if language in SHIPPED:
        QLocale.setDefault(locale)
    apply_ui_direction(locale)
    texts = _core_texts(locale)
    if texts:  # first, so Qt asks it after the .qm catalogues
        QCoreApplication.installTranslator(CoreTextTranslator(texts, app))
    qt = QTranslator(app)
    qt.setObjectName(_TAG)
    if qt.load(locale, "qtbase", "_", str(qt_translations_dir())):
        QCoreApplication.installTranslator(qt)
    else:  # English, or a language Qt has no catalogue for
        qt.setParent(None)
    ours = QTranslator(app)
    ours.setObjectName(_TAG)
    folder = str(translations_dir())
    # Not a shipped language: English (whose catalogue gives the plurals their forms).
    if ours.load(locale, "newsreader", "_", folder) or ours.load("newsreader_en", folder):
        QCoreApplication.installTranslator(ours)
    else:  # not built (`make catalogs`): the source English, with "(s)" plurals
        ours.setParent(None)
    return locale


def remove_translators() -> None:
    """Uninstall the translators `install_translators` installed (the source English stays)."""
    app = QCoreApplication.instance()
    if app is None:
        return
    for old in app.findChildren(QTranslator, _TAG):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
