"""The memo caches that reading and rendering the briefs fill, emptied once a build no longer needs them.

They speed up rendering a whole archive (links, names and YAML scalars repeat
a lot), and are bounded; but a one-off build keeps every page's HTML in memory
after they are filled, and what they hold (about 12 MB) would only add to its
peak. A preview keeps them for its next round.
"""

from __future__ import annotations

from generator import dates, translation
from generator.anchoring import locate, release
from generator.rendering import brief_page, links, prose, templating
from generator.sidecar import languages, readiness, yaml_positions

# Each module that memoises offers forget_memos(); tests/test_memos.py fails when one is missing here.
_FORGETTERS = (dates.forget_memos, locate.forget_memos, release.forget_memos, brief_page.forget_memos,
               links.forget_memos, prose.forget_memos, templating.forget_memos, yaml_positions.forget_memos,
               languages.forget_memos, translation.forget_memos, readiness.forget_memos)


def forget_memos() -> None:
    """Empty every memo cache of reading and rendering."""
    for forget in _FORGETTERS:
        forget()
