"""Files written whole or not at all, and what is left of a write that was stopped.

Every file the generator writes (a sidecar and an article by ``briefs new`` and
``briefs capture``, the rendered sources and their marker, each cache entry)
goes through here. The content is written to a temporary file in the target's
own folder, then renamed over the target (:func:`write_file`) or linked to a
name that must not exist yet (:func:`create_file`): a reader sees the old file
or the new one, never a part, and a full disk, a read-only file system or a
refused permission leaves no half-written file behind, only an ``OSError``
that :func:`why_not_written` says in a few words. Exclusive creation is a hard
link of the finished file, which the file system refuses if the name was
taken meanwhile: two commands racing for one name give one clear refusal.

A temporary file is named ``.<name>.<pid>.<n>.tmp``: hidden, so the briefs
folder's reader and the docs folder's copy pass over it, and naming the
process that writes it, so a later run can remove those of a process that was
killed (:func:`sweep_temporaries`) and leave those of one still writing.
"""

from __future__ import annotations

import errno
import itertools
import os
import re
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

_COUNTER = itertools.count()
_TEMPORARY = re.compile(r"^\..+\.(\d+)\.\d+\.tmp$")
# Where a file system has no hard links, exclusive creation falls back to claiming the name first.
_NO_LINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS, errno.EXDEV}
_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EROFS: "the file system is read-only",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EEXIST: "it already exists",
    errno.ENOENT: "its folder does not exist",
    errno.ENOTDIR: "a file stands where its folder should be",
    errno.EISDIR: "a folder stands there",
}


def temporary_for(path: Path) -> Path:
    """A new temporary name beside ``path``, naming this process."""
    return path.with_name(f".{path.name}.{os.getpid()}.{next(_COUNTER)}.tmp")


def write_file(path: Path, data: bytes, *, durable: bool = False, mode: int = 0o666) -> None:
    """Replace ``path`` with ``data`` in one step; on any error the old file is left as it was.

    ``durable`` also flushes the file and its folder to the disk before returning (for
    an author's files; a cache can be made again). Raises the ``OSError`` met.
    """
    temporary = _written_temporary(path, data, durable, mode)
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove(temporary)
        raise
    if durable:
        _sync_folder(path.parent)


def write_in_folder(path: Path, data: bytes) -> None:
    """:func:`write_file`, making ``path``'s folder first if it does not exist."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, data)


def make_parent(path: str, made: set[str]) -> None:
    """Create the folder ``path`` goes in, unless ``made`` (the folders known to exist) holds it."""
    parent = os.path.dirname(path)
    if parent not in made:
        os.makedirs(parent, exist_ok=True)
        made.add(parent)


def create_file(path: Path, data: bytes, *, durable: bool = True, mode: int = 0o666) -> None:
    """Create ``path`` holding ``data``, whole; ``FileExistsError`` if the name is taken, even meanwhile.

    On any error nothing is left under either name. Raises the ``OSError`` met.
    """
    temporary = _written_temporary(path, data, durable, mode)
    try:
        try:
            os.link(temporary, path)
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            _claim_then_replace(temporary, path)
    finally:
        _remove(temporary)
    if durable:
        _sync_folder(path.parent)


def _claim_then_replace(temporary: Path, path: Path) -> None:
    """Exclusive creation without hard links: an empty file claims the name, the content replaces it."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    try:
        os.replace(temporary, path)
    except BaseException:
        _remove(path)
        raise


def _written_temporary(path: Path, data: bytes, durable: bool, mode: int) -> Path:
    temporary = temporary_for(path)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), mode)
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(descriptor, view):]
            if durable:
                os.fsync(descriptor)
        finally:
            os.close(descriptor)  # a network file system may report a failed write only here
    except BaseException:
        _remove(temporary)
        raise
    return temporary


def _sync_folder(folder: Path) -> None:
    """Flush the folder's entry for a renamed file (POSIX: the rename itself is otherwise volatile)."""
    with suppress(OSError):  # not every system can open a folder; the file's data is on disk already
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def remove_quietly(paths: Iterable[Path]) -> None:
    """Delete each of ``paths`` that exists, passing over any that cannot be (the error is told already)."""
    for path in paths:
        _remove(path)


def _remove(path: Path) -> None:
    with suppress(OSError):
        os.unlink(path)


def why_not_written(error: OSError) -> str:
    """A few words for why a write failed: "the disk is full", "permission denied", …"""
    return _REASONS.get(error.errno or 0) or (error.strerror or str(error) or type(error).__name__).lower()


def not_written(path: Path | str, error: OSError) -> str:
    """The one line a command prints when ``path`` could not be written."""
    return f"{path}: not written: {why_not_written(error)}"


def owner_alive(pid: int) -> bool:
    """Whether process ``pid`` still runs (one of another user's counts as running)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def folders_of_ended_builds(where: Path, name: re.Pattern[str]) -> list[Path]:
    """The folders in ``where`` whose ``name`` match gives, as its first group, the id of a process that
    has ended (a build killed before it removed them), made by this user."""
    found = []
    with suppress(OSError), os.scandir(where) as entries:
        for entry in entries:
            owned = name.match(entry.name)
            with suppress(OSError):
                if owned and entry.is_dir(follow_symlinks=False) and entry.stat().st_uid == os.getuid() \
                        and not owner_alive(int(owned.group(1))):
                    found.append(Path(entry.path))
    return found


def owner_of(name: str) -> int | None:
    """The process that wrote the temporary file ``name``, or None if it is not one of ours."""
    found = _TEMPORARY.match(name)
    return int(found.group(1)) if found else None


def sweep_temporaries(names: Iterable[str], folder: Path) -> int:
    """Delete the temporary files among ``names`` (in ``folder``) whose process has ended; how many."""
    swept = 0
    for name in names:
        pid = owner_of(name)
        if pid is not None and not owner_alive(pid):
            try:
                os.unlink(folder / name)
            except OSError:
                continue
            swept += 1
    return swept


def sweep_folder(folder: Path) -> int:
    """:func:`sweep_temporaries` for every file directly in ``folder`` (none if it cannot be read)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return 0
    return sweep_temporaries(names, folder)
