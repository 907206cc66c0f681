"""Raw HTML blocks of generated pages set aside while Markdown converts them, and put back after.

A generated page is mostly HTML its templates made, between a few Markdown
headings. Python-Markdown passes a raw HTML block through unchanged, but finds
where it ends by running its pure-Python HTML parser over all of it, and MkDocs
parses it once more for the anchor ids other pages may link to: a quarter of a
cold build's time at 1,000 briefs. A run of whole block elements, each starting
a line and ending at a line's end, is what Python-Markdown would pass through as
it stands; such runs are replaced by a one-line comment before the conversion
and put back in its HTML after, and their ids are read with lxml. A page whose
placeholders do not all come back exactly once is converted again as it is.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass

from lxml import etree

# Block-level elements (as Python-Markdown counts them) that hold content and have an end tag.
_BLOCKS = ("address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset",
           "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "main", "nav", "ol",
           "p", "section", "table", "ul")
_BLOCK_START = re.compile(f"<({'|'.join(_BLOCKS)})(?=[\\s>])")
_TAG_OF = {tag: re.compile(f"<(/?){tag}(?=[\\s>])") for tag in _BLOCKS}  # its start and end tags
# Raw-text elements, comments and Markdown inside HTML (md_in_html) are left to Markdown.
_LEFT_TO_MARKDOWN = re.compile(r"<(?:pre|script|style|textarea|!)|markdown", re.IGNORECASE)
_RUN_BREAK = re.compile(r"\n[ \t]*\n")
_PARSER = etree.HTMLParser()


@dataclass(frozen=True)
class SetAside:
    """A page's Markdown with its whole HTML blocks replaced by placeholders, and the blocks."""

    markdown: str
    blocks: tuple[str, ...]
    pattern: re.Pattern[str]

    def put_back(self, converted: str) -> str | None:
        """``converted`` with every block back in its place; None if a placeholder went astray."""
        if not self.blocks:
            return converted
        seen: list[int] = []

        def block(match: re.Match[str]) -> str:
            seen.append(int(match.group(1)))
            return self.blocks[int(match.group(1))]

        restored = self.pattern.sub(block, converted)
        return restored if sorted(seen) == list(range(len(self.blocks))) else None


def set_aside(markdown: str) -> SetAside:
    """``markdown`` with each run of whole HTML block elements replaced by a comment placeholder."""
    nonce = secrets.token_hex(8)
    pattern = re.compile(f"<!--nb-block-{nonce}-([0-9]+)-->")
    blocks: list[str] = []
    kept: list[str] = []
    start = 0
    for brk in [*_RUN_BREAK.finditer(markdown), None]:
        end = brk.start() if brk else len(markdown)
        run = markdown[start:end]
        body = run.lstrip("\n").rstrip()  # blank lines around a block are Markdown's, not the block's
        if _whole_blocks(body):
            head = run[:len(run) - len(run.lstrip("\n"))]
            kept.append(f"{head}<!--nb-block-{nonce}-{len(blocks)}-->{run[len(head) + len(body):]}")
            blocks.append(body)
        else:
            kept.append(run)
        if brk:
            kept.append(brk.group(0))
            start = brk.end()
    return SetAside("".join(kept), tuple(blocks), pattern)


def anchor_ids(blocks: tuple[str, ...]) -> set[str]:
    """The ids (and ``<a name>``) in ``blocks``, which MkDocs checks links to anchors against."""
    if not blocks:
        return set()
    root = etree.fromstring(f"<div>{''.join(blocks)}</div>", _PARSER)
    return {str(value) for value in root.xpath("//@id | //a/@name")}


def _whole_blocks(run: str) -> bool:
    """Whether ``run`` (lines without a blank one) is block elements each ending at a line's end."""
    if not run or _LEFT_TO_MARKDOWN.search(run):
        return False
    position = 0
    while position < len(run):
        opened = _BLOCK_START.match(run, position)
        if opened is None:
            return False
        end = _element_end(run, position, opened.group(1))
        if end is None or (end < len(run) and run[end] != "\n"):
            return False
        position = end + 1
    return True


def _element_end(run: str, start: int, tag: str) -> int | None:
    """Where the element opened at ``start`` ends (just past its end tag), counting nested ``tag``s."""
    depth = 0
    for match in _TAG_OF[tag].finditer(run, start):
        depth += -1 if match.group(1) else 1
        if depth == 0:
            close = run.find(">", match.end())
            return None if close < 0 else close + 1
    return None
