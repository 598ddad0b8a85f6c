"""The CLI's messages in the user's language, through gettext (issue 17).

The engine commands start without Qt (a `refresh` from cron must not load it), so the CLI uses
the standard library's gettext, bound to the `newsreader` domain. The catalogues are
translations/newsreader_<lang>.po, compiled by `make catalogs` into
resources/locale/<lang>/LC_MESSAGES/newsreader.mo (tools/msgfmt.py). The language comes from
LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as for every other command-line program; without a
catalogue for it the messages stay English. No Qt here.
"""

from __future__ import annotations

import gettext
import os
from functools import cache
from pathlib import Path

from newsreader.core.texts import TextTranslator, catalogue_pairs

DOMAIN = "newsreader"


def locale_dir() -> Path:
    """resources/locale: NEWSREADER_RESOURCES in a frozen build, else the checkout's."""
    override = os.environ.get("NEWSREADER_RESOURCES")
    base = Path(override) if override else Path(__file__).resolve().parents[2] / "resources"
    return base / "locale"


@cache
def _catalogue() -> gettext.NullTranslations:
    return gettext.translation(DOMAIN, localedir=str(locale_dir()), fallback=True)


def _(message: str) -> str:
    """`message` in the user's language."""
    return _catalogue().gettext(message)


@cache
def _texts() -> TextTranslator:
    return TextTranslator(catalogue_pairs(_catalogue()))


def localize(line: object) -> str:
    """A line written by core, usecases or update (an error, a feed's last error) in the
    user's language (core/texts.py); as it is when no template made it."""
    return _texts()(str(line))


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form for `n` ("{n} feed" / "{n} feeds"); format it with n afterwards."""
    return _catalogue().ngettext(singular, plural, n)
