"""The seam between the stages and the caches: how a stage asks for a result that may be kept.

A stage never imports ``generator.caching``. It is handed a :class:`Remember`
function (or, for reading the briefs, a :class:`Memo`) by the face that runs it;
without one it computes everything (:func:`no_cache`, :data:`NOTHING_KEPT`).
What is kept, under which key and for how long is the caching package's
business (``generator/caching/__init__.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Protocol, TypeVar

T = TypeVar("T")


class Remember(Protocol):
    """``RebuildCache.remember``, or :func:`no_cache` where nothing is kept."""

    def __call__(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T: ...


def no_cache(key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """``compute()``: what ``RebuildCache.remember`` does with nothing kept."""
    return compute()


class Memo(Protocol):
    """What :func:`~generator.linking.corpus.load_corpus` asks of a cache (``RebuildCache``)."""

    def remember(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """``compute()``, or the result kept under ``key`` when it came from equal ``inputs``."""
        ...

    def read(self, kind: str, file: Path, parse: Callable[[bytes], T]) -> T:
        """``parse(bytes)`` of the file, or the earlier result when its bytes are unchanged."""
        ...

    def kept(self, kind: str) -> dict[str, Any]:
        """Every result :meth:`read` keeps for a ``kind`` of file, by file name."""
        ...


class _NothingKept:
    """A :class:`Memo` that keeps nothing: every file is parsed, every result computed."""

    def remember(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
        return compute()

    def read(self, kind: str, file: Path, parse: Callable[[bytes], T]) -> T:
        return parse(file.read_bytes())

    def kept(self, kind: str) -> dict[str, Any]:
        return {}


NOTHING_KEPT: Memo = _NothingKept()
