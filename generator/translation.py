"""The site's words in its language: the one place a reader-facing string meets a message catalogue.

Every string the generator writes for readers is an English message id, looked up
in the catalogue of the site's language (``theme.language`` in mkdocs.yml, the
language Material translates its own interface to). The catalogues are gettext
``.mo`` files shipped in the package (``generator/locales/<locale>/LC_MESSAGES/
newsbriefs.mo``), compiled from the ``.po`` sources beside them by ``make
messages``. A site in English loads no catalogue: its words are the message ids
themselves, so its pages stay what they were before the catalogues existed.

Numbers and dates go through Babel for the same locale (``format_decimal``,
:mod:`generator.dates`), so a Persian page writes ``۳ ادعا`` where an English
one writes ``3 claims``.
"""

from __future__ import annotations

import datetime as dt
import gettext
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from generator.dates import DEFAULT_LOCALE as DEFAULT_LOCALE
from generator.dates import long_date

DOMAIN = "newsbriefs"
LOCALE_DIR = Path(__file__).resolve().parent / "locales"


def N_(message: str) -> str:  # noqa: N802 (gettext's name for a string marked, translated later)
    """``message`` unchanged: marks a default (a verdict's label) for ``pybabel extract``."""
    return message


def babel_locale(language: str) -> str | None:
    """The Babel locale name of a theme language (``pt-BR`` becomes ``pt_BR``), or None if Babel
    does not know the language."""
    name = language.strip().replace("-", "_") or DEFAULT_LOCALE
    if name == DEFAULT_LOCALE:
        return name
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(name))
    except (UnknownLocaleError, ValueError):
        return None


@lru_cache(maxsize=8)
def catalogue(locale: str) -> gettext.NullTranslations:
    """The compiled catalogue of ``locale`` (or of its language: ``fr`` for ``fr_CA``); none for
    English, whose words are the message ids."""
    if locale == DEFAULT_LOCALE:
        return gettext.NullTranslations()
    language = locale.split("_")[0]
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[locale, language], fallback=True)


def has_catalogue(locale: str) -> bool:
    """Whether the package ships a catalogue for ``locale`` or its language (English needs none)."""
    language = locale.split("_")[0]
    return locale == DEFAULT_LOCALE or any(
        (LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file() for name in (locale, language))


def catalogue_digest(locale: str) -> bytes:
    """A digest of the compiled catalogues ``locale`` reads (empty for English), so that a page
    kept under it is made again when a translation changes."""
    if locale == DEFAULT_LOCALE:
        return b""
    digest = hashlib.blake2b(digest_size=20)
    for name in dict.fromkeys((locale, locale.split("_")[0])):
        file = LOCALE_DIR / name / "LC_MESSAGES" / f"{DOMAIN}.mo"
        digest.update(name.encode() + b"\0" + (file.read_bytes() if file.is_file() else b""))
    return digest.digest()


@dataclass(frozen=True)
class Words:
    """The reader-facing words of a site in one locale: messages, plurals, numbers and dates."""

    locale: str = DEFAULT_LOCALE

    def gettext(self, message: str, /, **values: object) -> str:
        """``message`` in the site's language, with ``%(name)s`` filled from ``values``."""
        translated = catalogue(self.locale).gettext(message)
        return translated % values if values else translated

    def ngettext(self, singular: str, plural: str, number: int, /, **values: object) -> str:
        """The form of the message for ``number`` in the site's language (``%(num)s``: the number)."""
        translated = catalogue(self.locale).ngettext(singular, plural, number)
        return translated % {"num": self.number(number), **values}

    def number(self, number: int) -> str:
        """``number`` in the locale's digits and grouping (``1234`` stays as it is in English)."""
        if self.locale == DEFAULT_LOCALE:
            return str(number)
        return _decimal(number, self.locale)

    def date(self, day: dt.date) -> str:
        """``day`` as the locale writes a date: ``3 January 2024``."""
        return long_date(day, self.locale)


@lru_cache(maxsize=1024)
def _decimal(number: int, locale: str) -> str:
    from babel.numbers import format_decimal  # loaded only for a site in another language

    return format_decimal(number, locale=locale, group_separator=False)


def forget_memos() -> None:
    """Empty this module's memo caches (the catalogues read, numbers in words)."""
    catalogue.cache_clear()
    _decimal.cache_clear()


ENGLISH = Words()
