"""The last build's site deleted by a second process, while this one builds the next.

Before every build but a dirty one, MkDocs empties the site folder, one file at
a time: at 10,000 briefs that is some 150,000 files and folders, about a twelfth
of a warm build, on one core while the other waits. A one-off build that may
fork moves the folder's entries (one rename each) into a folder of its own
under ``.cache/briefs/old-site/`` just before, and a forked process deletes them
while this one reads and renders the briefs; MkDocs then finds the site folder
empty. Entries whose names start with a dot are left where they are, as MkDocs
leaves them. Whatever cannot be moved (another file system, no permission)
stays, and MkDocs deletes it as it always does.

The build waits for that process before it prunes the kept site files: a kept
copy still linked from the old site would be counted as placed elsewhere. A
build killed on the way leaves its folder behind; the next one deletes it with
its own. Nothing here imports MkDocs.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import sys
from contextlib import suppress
from pathlib import Path

from generator.atomic_files import folders_of_ended_builds

_OWNED = re.compile(r"^(\d+)-[0-9a-f]+$")  # the moving build's process id, a hyphen, a random part


class OldSiteRemoval:
    """The forked process deleting the last build's site; :meth:`wait` for it before pruning."""

    def __init__(self, pid: int) -> None:
        self._pid = pid
        self._done = False

    @classmethod
    def start(cls, site_dir: Path, old_sites: Path) -> OldSiteRemoval | None:
        """Move the entries of ``site_dir`` into a new folder under ``old_sites`` and fork a process
        that deletes them, with what killed builds left there; None when the site is empty or no such
        folder can be made."""
        try:
            names = [name for name in os.listdir(site_dir) if not name.startswith(".")]
        except OSError:  # no site yet, or not readable: MkDocs deals with it
            return None
        if not names:
            return None
        own = old_sites / f"{os.getpid()}-{secrets.token_hex(4)}"
        try:
            own.mkdir(parents=True)
        except OSError:
            return None
        for name in names:
            try:
                os.rename(site_dir / name, own / name)
            except OSError:  # another file system, or not ours to move: left for MkDocs
                break
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:
            _delete_and_exit(old_sites, own)
        return cls(pid)

    def wait(self) -> None:
        """Wait for the deleting process to end (at once if it has)."""
        if not self._done:
            with suppress(ChildProcessError):
                os.waitpid(self._pid, 0)
            self._done = True


def _delete_and_exit(old_sites: Path, own: Path) -> None:
    code = 1
    try:
        shutil.rmtree(own, ignore_errors=True)
        for folder in folders_of_ended_builds(old_sites, _OWNED):
            shutil.rmtree(folder, ignore_errors=True)
        with suppress(OSError):
            old_sites.rmdir()  # when nothing else is left in it
        code = 0
    finally:
        os._exit(code)  # nothing of the build (its handlers, exit hooks) runs here
