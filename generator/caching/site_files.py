"""Files of the built site placed as hard links to copies kept between builds (``.cache/briefs/files/``).

MkDocs empties the site folder before every build, so a build writes each of
its files again: at 1,000 briefs some 11,000 share images, embed pages, oEmbed
and JSON-LD files, and 4,400 pages, that did not change. On a file system that
discards the blocks a deleted file frees (ext4 mounted with ``discard``),
deleting and then creating as many small files costs several seconds of system
time. A file placed here is kept under the SHA-256 of its bytes and linked into
the site: emptying the site then frees no blocks, and the next build links the
same copy again.

A kept copy is untrusted like every cache entry: it is linked only when it is a
regular file (not a symbolic link) holding exactly the bytes this build made,
read back and compared; otherwise it is written again. Where the file system
refuses hard links (the site on another device, no links at all), the system
cannot open and link a file without following a symbolic link, or the cache
folder cannot be written, files are written into the site as before.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path

from generator.atomic_files import make_parent, sweep_temporaries, temporary_for, write_file, write_in_folder
from generator.caching.store import Trouble, remove_entry

# Errors that say this file system will not link these two folders: stop trying for this build.
_NO_LINKS = {errno.EXDEV, errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.ENOSYS}


class KeptFiles:
    """Copies of the site's files under ``folder``, by digest; the ones a build did not place are pruned."""

    def __init__(self, folder: Path, trouble: Trouble) -> None:
        self.folder = folder
        self.trouble = trouble
        self.used: set[str] = set()  # the digests this build placed
        self.linked = 0  # files placed as links to a copy an earlier build kept
        self.written = 0  # files written, into the store (then linked) or, failing that, into the site
        # False once linking or keeping failed in a way that will not change, or where a kept copy
        # cannot be opened and linked without following a symbolic link (no O_NOFOLLOW, no linkat).
        self._links = hasattr(os, "O_NOFOLLOW") and os.link in os.supports_follow_symlinks
        self._made: set[str] = set()  # folders known to exist

    def place(self, target: Path, data: bytes) -> None:
        """Put ``data`` at ``target`` (a file of the built site): a link to its kept copy, else written."""
        if self._links and not self.trouble.failed:
            name = hashlib.sha256(data).hexdigest()
            kept = os.path.join(self.folder, name)
            held = _holds(kept, data)
            if (held or self._keep(kept, data)) and self._link(kept, target):
                self.used.add(name)
                self.linked += held
                self.written += not held
                return
        write_in_folder(target, data)
        self.written += 1

    def prune(self) -> None:
        """Delete the copies this build did not place (files gone or changed), and what writes of
        killed builds left behind."""
        if self.trouble.failed:
            return  # a cache folder failed in this build: nothing more is deleted
        try:
            with os.scandir(self.folder) as entries:
                names = [entry.name for entry in entries]
        except OSError:
            return  # nothing kept, or a folder that cannot be read: nothing to prune
        sweep_temporaries((name for name in names if name.endswith(".tmp")), self.folder)
        for name in names:
            if name not in self.used and not name.endswith(".tmp") and not _linked(self.folder / name):
                remove_entry(self.folder / name, self.trouble)

    def _keep(self, kept: str, data: bytes) -> bool:
        try:
            make_parent(kept, self._made)
            write_file(Path(kept), data)
        except OSError as error:  # a read-only or full cache folder: the site is written directly
            self.trouble.note(error)
            self._links = False
            return False
        return True

    def _link(self, kept: str, target: Path) -> bool:
        try:
            make_parent(str(target), self._made)
            try:
                os.link(kept, target, follow_symlinks=False)
            except FileExistsError:  # a dirty build's site keeps its files: replaced in one step
                temporary = temporary_for(target)
                os.link(kept, temporary, follow_symlinks=False)
                try:
                    os.replace(temporary, target)
                except OSError:
                    os.unlink(temporary)
                    raise
        except OSError as error:
            if error.errno in _NO_LINKS:
                self._links = False
            return False  # written instead, as without this store
        return True


def _linked(path: Path) -> bool:
    """Whether the kept copy at ``path`` is also linked from elsewhere: placed in the site by this
    build's second process (MkDocs emptied the site before, so links of earlier builds are gone)."""
    try:
        return path.lstat().st_nlink > 1
    except OSError:
        return False


def _holds(path: str, data: bytes) -> bool:
    """Whether ``path`` is a regular file (no symbolic link followed) holding exactly ``data``."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return False
    with os.fdopen(descriptor, "rb") as stream:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode) or status.st_size != len(data):
            return False
        return stream.read(len(data) + 1) == data
