"""A brief's language: its BCP 47 tag and the direction its script is written in.

The tag is the sidecar's ``language`` (checked by the model against the IANA
registry through ``langcodes``); a brief that names none is in
``DEFAULT_LANGUAGE``. The direction comes from the tag's script, written or
the one CLDR's likely-subtags data gives the language (``fa`` is Arabic
script, ``az-Latn`` is not), so pages can mark right-to-left text.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import langcodes

from generator.sidecar.model import DEFAULT_LANGUAGE, Sidecar

Direction = Literal["ltr", "rtl"]
# The scripts written from right to left (ISO 15924 codes) in current use.
RTL_SCRIPTS = frozenset({"Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc",
                         "Thaa", "Yezi"})


def brief_language(sidecar: Sidecar) -> str:
    """The brief's language tag: the sidecar's, or the default."""
    return sidecar.language or DEFAULT_LANGUAGE


@lru_cache(maxsize=256)
def direction(tag: str) -> Direction:
    """``rtl`` for a language written in a right-to-left script, else ``ltr``."""
    try:
        script = langcodes.Language.get(tag).maximize().script
    except (ValueError, LookupError):
        return "ltr"
    return "rtl" if script in RTL_SCRIPTS else "ltr"


def forget_memos() -> None:
    """Empty the memo of language directions."""
    direction.cache_clear()
