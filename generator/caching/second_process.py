"""A cold build's pages converted and rendered by two processes: this one from the front, a fork from the end.

Converting the pages' Markdown and indexing them for search take most of a
build with an empty render cache, and every page is converted on its own. At
the first page, after the navigation is made, the build forks: the second
process walks the same pages from the last one backwards and runs for each
what the build runs for it (its events, its conversion, its search entries),
which leaves the results in the render and search caches; this process walks
forward as usual and finds the other's pages there. Each takes a page by
moving a shared position, so no page is converted twice; once this process
reaches the pages the other took, it waits for the other to end (it stops
after the page at hand) and takes the rest from the caches. The pages'
templates are then shared the same way by a second fork, whose rendered
pages are handed over in a temporary folder (``HandedOver``).

The second process prints nothing: the render cache keeps what each
conversion logged and logs it again in this process, in the page's turn, so
warnings and ``--strict`` are what a build in one process gives. Should the
second process fail or die, the pages it did not finish are missing from the
caches and this process converts them itself. Should this process die (a
``kill -9``, a cancelled CI job), the second one ends too: the kernel sends it
SIGTERM (Linux's parent-death signal), and it also stops at its next page once
its parent is gone; a temporary folder it leaves is removed by the next build
(:func:`sweep_handed_over`). Nothing here imports MkDocs: the plugin passes the
pages' keys and a function that converts one.
"""

from __future__ import annotations

import atexit
import ctypes
import logging
import os
import re
import shutil
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from multiprocessing import get_context
from pathlib import Path
from types import FrameType
from typing import Any, NoReturn

from generator.atomic_files import folders_of_ended_builds
from generator.caching.cycle_collection import frozen_for_fork
from generator.caching.store import Trouble, cache_key, read_entry, write_entry

# Shared: this process's next page, the other's last, how many it finished, and of those how many
# its work function called worth telling (a share image drawn rather than found kept).
_FRONT, _BACK, _FINISHED, _TOLD = 0, 1, 2, 3
_LOCK_PATIENCE_S = 0.05  # how long a wait for the shared lock lasts before asking if the other is alive
_PR_SET_PDEATHSIG = 1  # prctl(2)
HANDED_OVER_PREFIX = "briefs-pages-"  # then the building process's id, a hyphen and a random part
_HANDED_OVER = re.compile(rf"^{HANDED_OVER_PREFIX}(\d+)-")


def can_fork() -> bool:
    """Whether a second process can run here: ``os.fork`` exists and more than one core is ours."""
    if not hasattr(os, "fork"):
        return False
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return cores > 1


@dataclass(frozen=True)
class SecondReport:
    """What the second process did, told once it has ended."""

    pages: int  # the pages it converted to the end
    told: int  # of those, the ones for which its work function returned True
    cpu_seconds: float  # user and system time
    peak_kib: int  # its largest resident set (pages shared with this process counted too)
    failed: bool  # it ended otherwise than by finishing its part


class SecondProcess:
    """The forked process converting the build's pages from the back; see the module's docstring."""

    def __init__(self, keys: Sequence[str], convert: Callable[[int], object]) -> None:
        """Fork a process that calls ``convert(i)`` for the pages ``keys[i]``, the last first (what
        it returns is counted in :attr:`SecondReport.told` when true).

        In the forked process this never returns: it ends when its part is done.
        """
        self._index = {key: number for number, key in enumerate(keys)}
        self._shared: Any = get_context("fork").Array("q", [0, len(keys), 0, 0])
        # Read and written here without the array's own locking: a process killed while holding the
        # lock never releases it, and `holding` goes on without it once the other has ended.
        self._values: Any = self._shared.get_obj()
        self.report: SecondReport | None = None
        self._ended: tuple[int, Any] | None = None  # its wait status and resource usage, once reaped
        sys.stdout.flush()
        sys.stderr.flush()
        parent = os.getpid()
        with frozen_for_fork():
            self._pid = os.fork()
            if self._pid == 0:
                _convert_from_the_back(self._shared, convert, parent)

    def number_of(self, key: str) -> int | None:
        """The page ``key``'s place among the pages, or None if it is not one of them."""
        return self._index.get(key)

    def claim(self, key: str) -> bool:
        """Before this process converts the page ``key``: False if the other process took it.

        On reaching the other's pages this process waits for it to end; the rest of the
        pages are then in the caches (or converted here, if the other failed).
        """
        number = self._index.get(key)
        if number is None:
            return True
        if self.report is not None:
            return bool(number < self._values[_BACK])
        with holding(self._shared.get_lock(), self._gone):
            self._values[_FRONT] = number + 1
            taken = number >= self._values[_BACK]
        if taken:
            self.finish()
        return not taken

    def finish(self) -> SecondReport:
        """Stop the other process after its page at hand, wait for it to end, and say what it did."""
        if self.report is None:
            with holding(self._shared.get_lock(), self._gone):
                self._values[_FRONT] = len(self._index)
            if self._ended is None:
                _, status, usage = os.wait4(self._pid, 0)
                self._ended = status, usage
            status, usage = self._ended
            self.report = SecondReport(self._values[_FINISHED], self._values[_TOLD],
                                       usage.ru_utime + usage.ru_stime,
                                       usage.ru_maxrss, os.waitstatus_to_exitcode(status) != 0)
        return self.report

    def finished_by_other(self, key: str) -> bool:
        """Once :meth:`finish` has returned: whether the other process took the page ``key`` to the end
        (it took its pages from the last one back, one at a time)."""
        number = self._index.get(key)
        report = self.finish()
        return number is not None and number >= len(self._index) - report.pages

    def _gone(self) -> bool:
        """Whether the other process has ended (reaped here, its status kept for :meth:`finish`)."""
        if self._ended is None:
            pid, status, usage = os.wait4(self._pid, os.WNOHANG)
            if pid:
                self._ended = status, usage
        return self._ended is not None


@contextmanager
def holding(lock: Any, gone: Callable[[], bool]) -> Iterator[None]:
    """The shared lock, held for the block; or, once ``gone()`` says the only other process that takes it
    has ended, the block without it. A process killed while holding the lock (``kill -9``, the
    out-of-memory killer) never releases it, and waiting for it would hang the build."""
    while not lock.acquire(timeout=_LOCK_PATIENCE_S):
        if gone():
            yield
            return
    try:
        yield
    finally:
        lock.release()


def _convert_from_the_back(shared: Any, convert: Callable[[int], object], parent: int) -> NoReturn:
    code = 1
    try:
        _end_with(parent)
        _print_nothing()
        while os.getppid() == parent:  # an orphan stops: nobody takes its pages any more
            with shared.get_lock():
                number = shared[_BACK] - 1
                if number < shared[_FRONT]:
                    break
                shared[_BACK] = number
            told = bool(convert(number))
            with shared.get_lock():
                shared[_FINISHED] += 1
                shared[_TOLD] += told
        code = 0
    finally:
        os._exit(code)  # nothing of the build after this page (handlers, exit hooks) runs here


def _end_with(parent: int) -> None:
    """Make this (forked) process end when ``parent`` dies, cleanly: its writes remove their temporary files.

    On Linux the kernel sends SIGTERM at the parent's death; elsewhere the loop's
    check of the parent stops it after the page at hand.
    """
    signal.signal(signal.SIGTERM, _stop)
    if sys.platform.startswith("linux"):
        with suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    if os.getppid() != parent:  # died before the signal was asked for
        raise SystemExit(1)


def _stop(signum: int, frame: FrameType | None) -> NoReturn:
    raise SystemExit(1)


def _print_nothing() -> None:
    """Send this process's output nowhere: what it logs reaches the build through the render cache."""
    quiet = os.open(os.devnull, os.O_WRONLY)
    os.dup2(quiet, 1)
    os.dup2(quiet, 2)
    os.close(quiet)
    nowhere = logging.NullHandler()
    for logger in [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]:
        if isinstance(logger, logging.Logger):
            logger.handlers = [nowhere]


class HandedOver:
    """Texts the second process makes for this one (rendered templates), one file per page.

    In a temporary folder, removed once the build has taken them: unlike converted
    Markdown, a page's rendered template is not kept for the next build.
    """

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=f"{HANDED_OVER_PREFIX}{os.getpid()}-"))
        atexit.register(self.remove)  # a build that ends on an error removes it too
        self.trouble = Trouble()  # a page not handed over is rendered here: nothing to tell
        cache_key()  # made before the fork, so that both processes sign with it

    def put(self, number: int, text: str) -> None:
        """Hand over the text of page ``number`` (in the second process)."""
        write_entry(self.folder / f"{number}.pickle", text, self.trouble)

    def take(self, number: int) -> str | None:
        """The text the second process made of page ``number``, or None if it did not finish it."""
        return read_entry(self.folder / f"{number}.pickle", str, self.trouble)

    def remove(self) -> None:
        """Delete the folder and what is left in it."""
        shutil.rmtree(self.folder, ignore_errors=True)
        atexit.unregister(self.remove)


def sweep_handed_over(folder: Path | None = None) -> int:
    """Remove the folders of handed-over pages (in the system's temporary folder) whose build has ended.

    A build killed while its second process rendered leaves one (about 27 MB at 400
    briefs); the next build removes it. Folders of another user, or of a build still
    running, are left alone. Returns how many were removed.
    """
    removed = 0
    for left in folders_of_ended_builds(folder or Path(tempfile.gettempdir()), _HANDED_OVER):
        with suppress(OSError):
            shutil.rmtree(left)
            removed += 1
    return removed
