"""Share images kept between builds (``.cache/briefs/share/``): a card unchanged is not drawn again.

Key: a digest of the card as plain data (its text, verdict and colours, as JSON),
under a context of the shipped fonts' bytes; the entry header adds the code and
the installed versions (Pillow's among them), so a new drawing or font draws every
card again. The value is the PNG's bytes, verified on read by ``store.py`` and
checked to be a PNG. Entries this build did not use are dropped after it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from generator.caching.store import EntryFolder, Trouble, digest_of
from generator.rendering.share_image import BOLD, REGULAR

T = TypeVar("T")
_PNG = b"\x89PNG\r\n\x1a\n"


class KeptImages:
    """A ``remember`` function for share images, over one entry folder."""

    def __init__(self, folder: Path, trouble: Trouble) -> None:
        fonts = digest_of(*(face.read_bytes() for face in (REGULAR, BOLD)))
        self.kept = EntryFolder(folder, trouble, context=b"share images\0" + fonts)
        self.drawn = 0  # images drawn in this build (not found kept)

    def remember(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The image kept for equal ``inputs`` (plain data: text and numbers), else ``compute()`` kept."""
        name = _name(inputs)
        kept = self.kept.load(name, bytes)
        if kept is not None and kept.startswith(_PNG):
            return kept  # type: ignore[return-value]  # what compute() returns: a PNG's bytes
        image = compute()
        self.drawn += 1
        self.kept.save(name, image)
        return image

    def is_kept(self, inputs: tuple[Any, ...]) -> bool:
        """Whether an earlier build kept an image for ``inputs`` (not yet checked to be whole)."""
        return _name(inputs) in self.kept.earlier


def _name(inputs: tuple[Any, ...]) -> str:
    return digest_of(json.dumps(inputs, ensure_ascii=False).encode()).hex()
