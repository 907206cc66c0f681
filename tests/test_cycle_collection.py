"""What the builds' pacing of Python's cycle collector must never cost: garbage kept for good.

A preview runs for hours and a program may build several sites in one process;
objects frozen or a collector left paused by one round would pile up in the next.
"""

from __future__ import annotations

import gc
import time
import weakref
from collections.abc import Iterator

import pytest

from generator.caching import cycle_collection


class _Node:
    """An object in a reference cycle: only the cycle collector frees it."""

    def __init__(self) -> None:
        self.itself = self


@pytest.fixture(autouse=True)
def _collector_as_found(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(cycle_collection, "IDLE_SECONDS", 0.05)
    monkeypatch.setattr(cycle_collection, "_rounds", 0)  # each test starts a new preview
    yield
    cycle_collection.preview_round_begins()  # calls off a test's idle collection
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


def _freed_within(cycle: weakref.ref[_Node], seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while cycle() is not None and time.monotonic() < deadline:
        time.sleep(0.01)
    return cycle() is None


def _preview_round(*, ends: bool = True) -> None:
    cycle_collection.preview_round_begins()
    cycle_collection.round_starts(preview=True)
    if ends:
        cycle_collection.held(preview=True)
        cycle_collection.round_ended(preview=True)


def test_a_preview_frees_the_garbage_of_its_first_build_before_it_serves() -> None:
    _preview_round(ends=False)
    cycle = _cycle_dropped()
    cycle_collection.round_ended(preview=True)
    assert cycle() is None, "the first build's garbage is walked while the preview serves"


def test_a_preview_frees_the_garbage_of_a_round_once_idle_not_before_it_is_shown(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cycle_collection, "IDLE_SECONDS", 0.5)  # the check below comes well before
    _preview_round()
    _preview_round(ends=False)
    cycle = _cycle_dropped()
    cycle_collection.round_ended(preview=True)
    assert cycle() is not None, "the archive was walked before MkDocs could show the round"
    assert _freed_within(cycle, 5), "a cycle dropped during the round was frozen for good"


def test_the_idle_collection_waits_for_a_round_begun_meanwhile() -> None:
    _preview_round()
    _preview_round(ends=False)
    cycle = _cycle_dropped()
    cycle_collection.round_ended(preview=True)
    cycle_collection.preview_round_begins()  # the next edit's quick round, at once
    assert not _freed_within(cycle, 0.5), "the archive was walked while a round was being built"
    _preview_round()  # the full round after it
    assert _freed_within(cycle, 5), "the garbage of the round before was never freed"
