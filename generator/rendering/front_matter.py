"""A page's YAML front matter: written for every generated page, and read apart from its Markdown.

MkDocs reads each page's front matter with PyYAML's pure-Python loader; at
10,000 briefs (44,000 generated pages) that was 7 % of a build whose pages all
came from the caches, and PyYAML's C parser saves little of it, since its
values are still built in Python. So the front matter is written as a JSON
object, which is YAML too, whenever its YAML reading is sure to give the same
values (:func:`front_matter`). A build gives MkDocs each generated page's
Markdown behind an empty front matter (:func:`split_front_matter`), and the
plugin reads the JSON itself (:func:`read_front_matter`) when the page is read.
``briefs render`` writes the pages whole, for any engine to read as YAML.

``tests/test_front_matter.py`` checks that MkDocs reads the same Markdown and
metadata either way, on every generated page of the fixtures and on random
values.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass

import yaml

from generator.fast_yaml import SAFE_DUMPER, SAFE_LOADER
from generator.rendering.prose import text_html

# MkDocs' templates do not autoescape: the theme prints these verbatim into <title>, the header and <meta>.
_PRINTED_RAW = ("title", "description")
# MkDocs' own rule (mkdocs.utils.meta): a first line of three dashes, and up to the next of dashes or dots.
_FRONT_MATTER = re.compile(rb"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)
_FRONT_MATTER_TEXT = re.compile(_FRONT_MATTER.pattern.decode(), re.DOTALL)
# Characters JSON leaves as they are and YAML reads otherwise: those PyYAML refuses as unprintable, and the
# line breaks it folds into a space (NEL, LS, PS) or a byte-order mark.
_NOT_AS_JSON = re.compile("[^\x09\x0a\x0d\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd"
                          "\U00010000-\U0010ffff]")
# Handed to MkDocs instead of the front matter: an empty mapping, read at once.
_EMPTY = b"---\n{}\n---\n"


def front_matter(meta: dict[str, object]) -> str:
    """A front matter block for ``meta``, as JSON where YAML reads it the same, else as YAML.

    ``title`` and ``description`` are HTML-escaped here, once, for every page.
    """
    return _block({k: text_html(v) if k in _PRINTED_RAW and isinstance(v, str) else v
                   for k, v in meta.items()}) + "\n"


def with_front_matter(page: str, values: dict[str, object]) -> str:
    """The page with ``values`` added at the end of its front matter (or in a new one), not escaped."""
    found = _FRONT_MATTER_TEXT.match(page)
    if found is None:
        return _block(values) + "\n" + page
    return _block({**read_front_matter(found.group(1)), **values}) + page[found.end():]


def _block(meta: dict[str, object]) -> str:
    if _same_in_json(meta):
        body = json.dumps(meta, ensure_ascii=False) + "\n"
    else:
        body = yaml.dump(meta, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False, width=1_000_000)
    return f"---\n{body}---\n"


def _same_in_json(value: object) -> bool:
    """Whether YAML reads ``value`` written as JSON as the same value (not a float: YAML 1.1 reads
    ``1e+20`` as text)."""
    if isinstance(value, str):
        return _NOT_AS_JSON.search(value) is None
    if isinstance(value, dict):
        return all(isinstance(k, str) and _same_in_json(k) and _same_in_json(v) for k, v in value.items())
    if isinstance(value, list):
        return all(_same_in_json(item) for item in value)
    return value is None or isinstance(value, (bool, int))


@dataclass(frozen=True)
class SplitPage:
    """A page's front matter (UTF-8) and the page MkDocs is given instead: the Markdown behind an
    empty front matter."""

    front_matter: bytes
    page: bytes


def split_front_matter(page: bytes) -> SplitPage | None:
    """``page``'s front matter apart from its Markdown, or None to leave the page whole.

    Only for pages whose front matter :func:`front_matter` wrote, always a
    mapping. A page without front matter is left whole.
    """
    found = _FRONT_MATTER.match(page)
    if found is None:
        return None
    return SplitPage(found.group(1), b"".join((_EMPTY, memoryview(page)[found.end():])))  # one copy, not two


def read_front_matter(front_matter: bytes | str) -> dict[str, object]:
    """The metadata MkDocs would have read from ``front_matter``."""
    if front_matter[:1] in (b"{", "{"):
        meta = json.loads(front_matter)
    else:
        meta = yaml.load(front_matter, Loader=SAFE_LOADER)  # noqa: S506 - the safe loader, in C
    return meta if isinstance(meta, dict) else {}
