"""Words and sentence ends in any script, for the rules that count or split text.

Scripts written without spaces between words (Chinese, Japanese, Thai, …)
make ``str.split()`` see a whole paragraph as one word. Here a character of
such a script counts as one word, as word processors count East Asian text,
and every other run of letters, digits and joining marks between spaces is a
word. A sentence ends at the full stops of those scripts too (。！？), at the
Arabic question mark (؟) and at the Devanagari danda (।).
"""

from __future__ import annotations

import re

# Han, kana, Hangul syllables, Thai, Lao, Khmer, Myanmar: one character, one word.
UNSPACED = ("\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
            "\u0e00-\u0e7f\u0e80-\u0eff\u1780-\u17ff\u1000-\u109f")
_WORDS = re.compile(rf"[{UNSPACED}]|[^\s{UNSPACED}]+")
SENTENCE_MARKS = ".!?。！？؟।"


def word_count(text: str) -> int:
    """How many words ``text`` has, in any script (see the module's docstring)."""
    return sum(1 for _ in _WORDS.finditer(text))
