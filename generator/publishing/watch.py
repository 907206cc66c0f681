"""Run a render again whenever files under some folders change (``briefs render --watch``), and tell a
preview when a file of the briefs folder changes, from the system's file events."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

# Editors save in bursts (a temporary file, a rename, a metadata change): wait for quiet first.
QUIET_SECONDS = 0.3


class _Changed(FileSystemEventHandler):
    def __init__(self, changed: Callable[[], object]) -> None:
        self.changed = changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in ("opened", "closed_no_write"):  # reading changes nothing
            self.changed()


def watch_folder(folder: Path, changed: Callable[[], object]) -> Callable[[], None] | None:
    """Call ``changed()`` whenever a file right in ``folder`` changes, as the system's file events
    (inotify, FSEvents, ReadDirectoryChangesW) report it; the function that stops watching.

    None where the system gives no such events (or no more watches): the caller polls instead. Unlike
    a poll, which lists every file of the folder twice a second, this costs nothing while nothing
    changes, whatever the folder's size.
    """
    observer = Observer()
    if isinstance(observer, PollingObserver):
        return None
    try:
        observer.schedule(_Changed(changed), str(folder), recursive=False)
        observer.start()
    except OSError:  # no such folder, or the system's limit of watches reached
        return None

    def stop() -> None:
        observer.stop()
        observer.join()
    return stop


def watch(folders: Iterable[Path], render: Callable[[], object], *,
          ready: Callable[[], object] = lambda: None, stop: threading.Event | None = None) -> None:
    """Call ``render`` each time a file under ``folders`` changes, until ``stop`` is set.

    ``ready()`` is called once changes are being watched. The render's own
    output must lie outside ``folders``.
    """
    stop = stop or threading.Event()
    changed = threading.Event()
    handler = _Changed(changed.set)
    observer = Observer()
    for folder in folders:
        observer.schedule(handler, str(folder), recursive=True)
    observer.start()
    ready()
    try:
        while not stop.is_set():
            if not changed.wait(timeout=0.2):
                continue
            while changed.is_set() and not stop.is_set():  # until a quiet spell
                changed.clear()
                stop.wait(QUIET_SECONDS)
            if not stop.is_set():
                render()
    finally:
        observer.stop()
        observer.join()
