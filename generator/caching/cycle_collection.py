"""When Python's cycle collector walks what a build holds: not the whole archive again and again.

CPython's collector walks every object it tracks in each full collection, and
starts one each time the objects that outlived the younger generations have
grown by a quarter. The archive a build reads (millions of objects at 10,000
briefs) sets off collection after collection while it is read and rendered,
each walking it all again, and the interpreter walks it once more on exit. A
frozen object (``gc.freeze``) is never walked; it is still freed as soon as
nothing refers to it, only a reference cycle among frozen objects is not.
Measured at 10,000 briefs (``benchmarks/README.md``), the collector's share of
a warm build went from 13.6 % to 5.3 % of its time.

- A one-off build pauses the collector while it reads the briefs, then
  freezes what it holds, again once its pages are listed, and once the build
  has ended, just before the process exits. Cycles among what it froze stay
  until then.
- A preview keeps the archive between rounds. Each full round thaws it (what
  an edit replaced may now be garbage) and pauses the collector, which would
  otherwise walk the whole archive in the middle of the round. The round's end
  freezes what it holds and asks for one collection once the preview is idle
  (:data:`IDLE_SECONDS` later, unless a round has begun since): MkDocs shows
  a rebuilt site only once the build has returned, and that walk of the
  archive took 0.3 s of a 1.7 s full round at 1,000 briefs, 2.4 to 3.7 s of
  a 14 to 16 s one at 10,000. The first build, before which nothing is
  served, collects at its end.
- A process forks with everything frozen, so that the child's collector does
  not touch (and copy) the pages the two processes share.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Long enough for a browser to reload the page the round made visible before the archive is walked.
IDLE_SECONDS = 1.0

_build_froze = False  # whether a one-off build of this process froze what it holds
_rounds = 0  # preview rounds begun so far: an idle collection asked for before the last one is called off
_walking = threading.Lock()  # held while a round begins and while the idle collection runs


def preview_round_begins() -> None:
    """At the start of every round of a preview, quick or full: no idle collection starts from now on."""
    global _rounds
    with _walking:
        _rounds += 1


def round_starts(*, preview: bool) -> None:
    """Before the briefs are read: what the last build or full round froze is thawed (it may be garbage
    now), and the collector paused while they are read (in a preview, until the round ends)."""
    global _build_froze
    if preview or _build_froze:
        gc.unfreeze()
        _build_froze = False
    gc.disable()


def held(*, preview: bool) -> None:
    """Once the briefs are read, and once the pages are listed: a one-off build freezes what it holds."""
    if not preview:
        _freeze_for_the_build()
        gc.enable()


def round_ended(*, preview: bool) -> None:
    """At the end of a build or of a preview's full round."""
    if preview:
        first = _rounds <= 1  # the preview's first build: nothing is served before it ends anyway
        if first:
            gc.collect()
        gc.freeze()  # a later round's garbage cycles wait, not walked, for the idle collection
        gc.enable()
        if not first:
            _collect_when_idle(_rounds)
    else:
        _freeze_for_the_build()  # the interpreter's last collection has nothing to walk


def round_failed() -> None:
    """A build or round that failed: the collector runs as usual again."""
    gc.enable()


@contextmanager
def frozen_for_fork() -> Iterator[None]:
    """Fork inside this block: the objects both processes hold are frozen in both."""
    gc.freeze()
    try:
        yield
    finally:
        if not _build_froze:  # a build that froze them keeps them so
            gc.unfreeze()


def _collect_when_idle(round_ended: int) -> None:
    def collect() -> None:
        with _walking:
            if _rounds == round_ended:  # no round has begun since
                gc.unfreeze()
                gc.collect()
                gc.freeze()

    timer = threading.Timer(IDLE_SECONDS, collect)
    timer.daemon = True  # a preview stopped meanwhile does not wait for it
    timer.start()


def _freeze_for_the_build() -> None:
    global _build_froze
    gc.freeze()
    _build_froze = True

