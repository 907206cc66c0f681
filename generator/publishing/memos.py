"""The memo caches that reading and rendering the briefs fill, emptied once a build no longer needs them.

They speed up rendering a whole archive (links, names and YAML scalars repeat
a lot), and are bounded; but a one-off build keeps every page's HTML in memory
after they are filled, and what they hold (about 12 MB) would only add to its
peak. A preview keeps them for its next round.
"""

from __future__ import annotations

from generator.anchoring.locate import _changed_piece, normalise
from generator.rendering.brief_page import _name_pattern
from generator.rendering.links import _relative
from generator.rendering.prose import prose_html
from generator.sidecar.yaml_positions import _implicit_tag


def forget_memos() -> None:
    """Empty every memo cache of reading and rendering."""
    for memo in (_relative, _name_pattern, prose_html, _implicit_tag, normalise, _changed_piece):
        memo.cache_clear()
