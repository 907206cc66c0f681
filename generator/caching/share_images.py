"""Share images kept between builds (``.cache/briefs/share/``): a card unchanged is not drawn again.

Key: a digest of the card as plain data (its text, verdict and colours, as JSON),
under a context of the shipped fonts' bytes; the entry header names what else the
pixels depend on: the drawing code (``rendering/share_image.py`` and the
``rendering/share.py`` it reads), Pillow and the text libraries it uses, zlib and
Python. A new drawing, font or Pillow draws every card again; an upgrade of
anything else (MkDocs, a newsbriefs release that changed other code) keeps them,
though it empties the other caches. The value is the PNG's bytes, verified on read
by ``store.py`` and checked to be a PNG. Entries this build did not use are dropped
after it.
"""

from __future__ import annotations

import hashlib
import json
import sys
import zlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

import PIL
from PIL import features

from generator.caching.store import EntryFolder, Trouble, digest_of
from generator.rendering import share, share_image
from generator.rendering.share_image import BOLD, REGULAR

T = TypeVar("T")
_PNG = b"\x89PNG\r\n\x1a\n"


class KeptImages:
    """A ``remember`` function for share images, over one entry folder."""

    def __init__(self, folder: Path, trouble: Trouble) -> None:
        fonts = digest_of(*(face.read_bytes() for face in (REGULAR, BOLD)))
        self.kept = EntryFolder(folder, trouble, context=b"share images\0" + fonts, writer=drawing_digest())
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

    def used_elsewhere(self, inputs: tuple[Any, ...]) -> None:
        """Keep the entry for ``inputs`` past this build's pruning: a second process used or made it."""
        self.kept.used.add(_name(inputs))


def drawing_digest() -> bytes:
    """A digest of what a card's pixels depend on besides the card and the fonts (see the module's text)."""
    code = [Path(module.__file__ or "").read_bytes() for module in (share_image, share)]
    libraries = [f"{name}={features.version(name)}" for name in ("freetype2", "raqm", "fribidi", "harfbuzz")]
    versions = [PIL.__version__, zlib.ZLIB_RUNTIME_VERSION, sys.version, *libraries]
    return hashlib.sha256(digest_of(*code, *(version.encode() for version in versions))).digest()


def _name(inputs: tuple[Any, ...]) -> str:
    return digest_of(json.dumps(inputs, ensure_ascii=False).encode()).hex()
