"""What the builds' pacing of Python's cycle collector must never cost: garbage kept for good.

A preview runs for hours and a program may build several sites in one process;
objects frozen or a collector left paused by one round would pile up in the next.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from generator.caching import cycle_collection


class _Node:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.itself = self


@pytest.fixture(autouse=True)
def _collector_as_found() -> Iterator[None]:
    yield
    cycle_collection.round_starts(preview=False)  # thaws what a test's build froze, and forgets it did
    cycle_collection.round_failed()
    gc.unfreeze()


def _cycle_dropped() -> weakref.ref[_Node]:
    """A reference cycle nothing else refers to, and a weak reference telling whether it was freed."""
    return weakref.ref(_Node())


def test_a_one_off_build_frees_what_the_last_one_froze_once_that_is_garbage() -> None:
    cycle_collection.round_starts(preview=False)
    first = _Node()
    left = weakref.ref(first)
    cycle_collection.held(preview=False)
    cycle_collection.round_ended(preview=False)
    del first
    gc.collect()
    assert left() is not None, "the first build's objects were not frozen"

    cycle_collection.round_starts(preview=False)
    gc.collect()
    assert left() is None, "a garbage cycle frozen by the first build outlived the second build's start"


@pytest.mark.parametrize("preview", [True, False], ids=["preview", "build"])
@pytest.mark.parametrize("ends", ["ended", "failed"])
def test_a_round_leaves_the_collector_running_whether_it_ended_or_failed(ends: str, preview: bool) -> None:
    cycle_collection.round_starts(preview=preview)
    assert not gc.isenabled(), "the round did not pause the collector while the briefs are read"
    if ends == "ended":
        cycle_collection.held(preview=preview)
        cycle_collection.round_ended(preview=preview)
    else:
        cycle_collection.round_failed()
    assert gc.isenabled()
    gc.unfreeze()
    cycle = _cycle_dropped()
    gc.collect()
    assert cycle() is None


def test_a_preview_round_end_frees_the_garbage_made_during_the_round() -> None:
    cycle_collection.round_starts(preview=True)
    cycle = _cycle_dropped()
    cycle_collection.round_ended(preview=True)
    assert cycle() is None, "a cycle dropped during the round was frozen instead of freed"
