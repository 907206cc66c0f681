"""Every memo cache of the generator is one a build can empty, through ``forget_memos``.

A one-off build empties them once it has rendered (``publishing/memos.py``), so
their content does not add to its peak memory. A memo added without a
``forget_memos`` in its module, or without its place in that list, fails here.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Any

import generator
from generator.linking.corpus import load_corpus
from generator.publishing.memos import forget_memos
from generator.publishing.site import render_site
from generator.rendering.links import Linker
from generator.settings import Settings
from tests.conftest import FIXTURES

# Computed once per process (or once per cache folder) and never grown by the briefs: not memos
# of reading and rendering. The store's key and headers must outlive a build's end, for its fork.
PER_PROCESS = {f"generator.caching.store.{name}" for name in (
    "generator_digest", "installed_versions", "_writer_digest", "cache_key", "_header", "_keyed")} | {
    # A model and fonts loaded once per process, and the help for a language named in words.
    "generator.authoring.language_guess._detector", "generator.rendering.share_image._covered",
    "generator.rendering.share_image._font", "generator.sidecar.model._language_named"}


def memos() -> Iterator[tuple[str, Any]]:
    """Every function of the generator wrapped by functools' caches, with its full name."""
    for info in pkgutil.walk_packages(generator.__path__, "generator."):
        if info.name == "generator.plugin":
            continue  # imports MkDocs, and holds no memo of its own
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if callable(getattr(value, "cache_clear", None)) and value.__module__ == info.name:
                full_name = f"{info.name}.{name}"
                if full_name not in PER_PROCESS:
                    yield full_name, value


def test_forget_memos_empties_every_memo_a_build_filled() -> None:
    settings = Settings(briefs_dir=FIXTURES / "newsroom")
    corpus, _ = load_corpus(settings)
    render_site(corpus, settings, Linker())
    filled = {name for name, memo in memos() if memo.cache_info().currsize}
    assert {"generator.rendering.prose.prose_html", "generator.rendering.links._relative"} <= filled

    forget_memos()

    assert [name for name, memo in memos() if memo.cache_info().currsize] == []
