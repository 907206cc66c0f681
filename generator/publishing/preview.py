"""Quick preview rounds: after an edit, show the edited brief first, then everything else.

Under ``mkdocs serve --dirty`` a round that rebuilds the whole archive takes
time in proportion to its size. When an edit touches only a few briefs (or
``actors.yaml``), a *quick round* renders just those briefs' pages, beside the
listing pages already stored, so the browser reloads with the edited brief
within a second or two. The quick round asks, as it starts, for a *settling
round*, which the server runs as soon as the quick round is shown: an
ordinary dirty rebuild of everything, which brings listings, actor pages, the
search index and the sitemap up to date and builds the quickly shown pages
once more among all the others, so nothing stale is left once it is done.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from generator.atomic_files import write_file
from generator.errors import Problem
from generator.linking.corpus import REGISTRY_NAME, STEM_PATTERN, Corpus
from generator.linking.people import PEOPLE_NAME
from generator.rendering.links import ACTORS, CLAIMS, brief_page
from generator.rendering.problem_page import render_problem_page
from generator.rendering.templating import Templates

QUICK_LIMIT = 5  # more briefs changed at once (a checkout, a search-and-replace): one full round
_PER_ITEM = ("briefs/", "data/briefs/", "actors/", "claims/")  # one file per brief, actor, verdict
Snapshot = dict[str, tuple[int, int]]  # file name -> (modification time in ns, size)


def snapshot(folder: Path) -> Snapshot:
    """The name, modification time and size of every file in ``folder``."""
    try:
        with os.scandir(folder) as entries:
            return {e.name: (s.st_mtime_ns, s.st_size) for e in entries
                    if e.is_file() and not e.name.startswith(".") for s in (e.stat(),)}
    except OSError:
        return {}


class PreviewRounds:
    """Decides, for each rebuild of a dirty preview, between a quick round and a full one."""

    def __init__(self, briefs_dir: Path, settle_dir: Path) -> None:
        self.briefs_dir = briefs_dir
        self.settle_dir = settle_dir
        # How a round asks the server for the next one: by default a touch of the folder it polls.
        self.wake: Callable[[], object] = partial(wake_server, settle_dir)
        self.seen: Snapshot | None = None  # the briefs folder as of the last round
        self.listings: dict[str, Path] = {}  # stored generated files that are not one brief's own
        self.shown_quickly: set[str] = set()  # stored pages a quick round built since the last full one

    def plan(self) -> set[str] | None:
        """The stems a quick round should show, or None when a full round is due."""
        now = snapshot(self.briefs_dir)
        before, self.seen = self.seen, now
        if before is None or not self.listings:
            return None
        changed = {name for name in now.keys() | before.keys() if now.get(name) != before.get(name)}
        if not changed or PEOPLE_NAME in changed:
            # The settling round, an edit outside the briefs folder, or one that changes every byline.
            return None
        stems = {name.rsplit(".", 1)[0] for name in changed if name != REGISTRY_NAME}
        if REGISTRY_NAME in changed and not stems:
            # The brief being edited is taken to be the one saved last.
            stems = {max((t, n) for n, t in now.items() if n != REGISTRY_NAME)[1].rsplit(".", 1)[0]}
        gone = {name.rsplit(".", 1)[0] for name in changed if name not in now}
        if gone or len(stems) > QUICK_LIMIT or not all(STEM_PATTERN.match(s) for s in stems):
            return None
        return stems

    def remember_full_round(self, stored: dict[str, Path]) -> None:
        """After a full round: the listing files a quick round shows unchanged, and nothing pending."""
        self.listings = {path: file for path, file in stored.items()
                         if path in (ACTORS, CLAIMS) or not path.startswith(_PER_ITEM)}
        for page in self.shown_quickly:
            if page in stored:
                os.utime(stored[page])  # built again among all pages: nothing stays from a quick round
        self.shown_quickly = set()

    def ask_to_settle(self) -> None:
        """Ask the server for a full round next (through :attr:`wake`)."""
        self.wake()


def wake_server(folder: Path) -> None:
    """Touch a file in ``folder``, which the preview server watches, so that it builds again."""
    folder.mkdir(parents=True, exist_ok=True)
    write_file(folder / "round", f"{os.getpid()}{os.times().elapsed}".encode())


def problem_pages(problems: Iterable[Problem], corpus: Corpus, templates: Templates | None = None,
                  ) -> dict[str, str]:
    """For each brief left out for its problems, a page at its address that lists them."""
    sound = {brief.stem for brief in corpus.briefs}
    by_stem: dict[str, list[Problem]] = {}
    for problem in problems:
        file = Path(problem.path)
        stem = file.stem
        registry = file.name in (REGISTRY_NAME, PEOPLE_NAME)
        if file.suffix and not registry and stem not in sound and STEM_PATTERN.match(stem):
            by_stem.setdefault(stem, []).append(problem)
    return {brief_page(stem): render_problem_page(stem, found, templates) for stem, found in by_stem.items()}
