"""Faults done to a project's build caches from outside, and what a build that meets them must still do.

Everything here acts on what a user sees: the files under ``.cache/``, the ``mkdocs build``
process, its exit status and output, and the built ``site/``. Nothing names a module of the
generator, so the checks hold whatever stores the caches.
"""

from __future__ import annotations

import contextlib
import gzip
import os
import pathlib
import pickle
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.caching.store import MAGIC

# As tests.conftest.run_mkdocs_build runs MkDocs: the killed builds need a process of their own.
MKDOCS_ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"}
SHOWN_DIFFERENCES = 5
# The start of a pickle stream (PROTO 2 to 5): what stands before it in a cache file is its header.
_PICKLE_START = re.compile(rb"\x80[\x02-\x05]")
# MkDocs' own closing line when --strict turns warnings into a failure: not a message of the build.
_STRICT_ABORT = re.compile(r"^Aborted with \d+ warnings? in strict mode!$")


# --- the site --------------------------------------------------------------------------------

def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site by its path; a gzipped file by its content (gzip stamps the time)."""
    files = {}
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        data = file.read_bytes()
        files[file.relative_to(site).as_posix()] = gzip.decompress(data) if file.suffix == ".gz" else data
    return files


def site_difference(expected: dict[str, bytes], built: dict[str, bytes]) -> str:
    """How ``built`` differs from ``expected``: the first files missing, extra or different, and
    where the first different file starts to differ; empty when they are byte-identical."""
    missing = sorted(expected.keys() - built.keys())
    extra = sorted(built.keys() - expected.keys())
    different = sorted(path for path in expected.keys() & built.keys() if expected[path] != built[path])
    if not (missing or extra or different):
        return ""
    lines = [f"{len(items)} file(s) {what}: {', '.join(items[:SHOWN_DIFFERENCES])}"
             + (", ..." if len(items) > SHOWN_DIFFERENCES else "")
             for what, items in (("missing", missing), ("extra", extra), ("different", different)) if items]
    if different:
        path = different[0]
        lines.append(f"{path} first differs at {first_difference(expected[path], built[path])}")
    return "; ".join(lines)


def first_difference(expected: bytes, built: bytes, context: int = 40) -> str:
    """The offset of the first differing byte, with what each side holds around it."""
    offset = next((i for i, (a, b) in enumerate(zip(expected, built, strict=False)) if a != b),
                  min(len(expected), len(built)))
    start = max(0, offset - context)
    return (f"byte {offset}: expected {expected[start:offset + context]!r}, "
            f"built {built[start:offset + context]!r}")


# --- the build's outcome -----------------------------------------------------------------------

def outcome_problems(code: int, output: str) -> list[str]:
    """What is wrong with how a build ended: it must exit 0, or 1 with one clear line, no traceback.

    ``output`` is what the build printed (stderr, then stdout). A line is a message when it is
    neither MkDocs' INFO log nor its closing line for --strict.
    """
    problems = []
    if "Traceback" in output:
        problems.append("it printed a traceback")
    messages = [line for line in output.splitlines()
                if line.strip() and not line.startswith("INFO") and not _STRICT_ABORT.match(line)]
    if code not in (0, 1):
        problems.append(f"it exited {code}")
    if code == 1 and not messages:
        problems.append("it exited 1 without saying why")
    if len(messages) > 1:
        problems.append(f"it printed {len(messages)} lines of messages, not one")
    return problems


def check_build(result: subprocess.CompletedProcess[str], site: Path, reference: dict[str, bytes],
                what: str) -> None:
    """Fail, saying ``what`` was done, unless the build ended cleanly and wrote the reference site."""
    output = result.stderr + result.stdout
    problems = outcome_problems(result.returncode, output)
    assert not problems, f"after {what}, the build: {'; '.join(problems)}; it ended with:\n{_tail(output)}"
    difference = site_difference(reference, site_files(site))
    assert not difference, (f"after {what}, the build (exit {result.returncode}) wrote a site unlike "
                            f"a build without caches: {difference}; it ended with:\n{_tail(output)}")


def _tail(output: str, lines: int = 8) -> str:
    return "\n".join(output.rstrip().splitlines()[-lines:])


# --- running, watching and killing a build --------------------------------------------------------

def build_command(project: Path) -> list[str]:
    """``mkdocs build --strict`` of ``project`` into its own ``site/``."""
    return [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
            "-d", str(project / "site")]


def run_build(project: Path) -> subprocess.CompletedProcess[str]:
    """A build of ``project`` into its own ``site/``."""
    return subprocess.run(build_command(project), capture_output=True, text=True, env=MKDOCS_ENV, check=False)


@dataclass(frozen=True)
class WatchedBuild:
    """How a build watched from outside went, in seconds from its start."""

    killed: bool
    first_write: float | None  # when its cache folder first changed; None if it never did
    end: float  # when it ended, or was killed
    result: subprocess.CompletedProcess[str]  # its exit status and what it printed


def watched_build(project: Path, cache: Path, kill_after_first_write: float | None = None) -> WatchedBuild:
    """Run a build, watching ``cache`` for its first write; SIGKILL it that many seconds after it.

    A build may fork helpers; they share its process group and die with it. A build that
    writes nothing to its cache is never killed.
    """
    before = cache_signature(cache)
    start = time.monotonic()
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        process = subprocess.Popen(build_command(project), stdout=stdout, stderr=stderr, text=True,
                                   env=MKDOCS_ENV, start_new_session=True)
        first_write, killed = None, False
        while process.poll() is None:
            now = time.monotonic() - start
            if first_write is None and cache_signature(cache) != before:
                first_write = now
            if first_write is not None and kill_after_first_write is not None \
                    and now >= first_write + kill_after_first_write:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
                _wait_for_group_to_end(process.pid)
                killed = True
                break
            time.sleep(0.01)
        end = time.monotonic() - start
        stdout.seek(0)
        stderr.seek(0)
        result = subprocess.CompletedProcess(process.args, process.returncode, stdout.read(), stderr.read())
    return WatchedBuild(killed, first_write, end, result)


def cache_signature(cache: Path) -> frozenset[tuple[str, int, int]]:
    """Each file under ``cache`` with its size and time of change: what a write changes."""
    found = set()
    for folder, _, names in os.walk(cache):  # os.walk passes over folders removed meanwhile
        for name in names:
            with contextlib.suppress(OSError):  # a file the build just replaced or removed
                stat = os.stat(os.path.join(folder, name))
                found.add((os.path.join(folder, name), stat.st_size, stat.st_mtime_ns))
    return frozenset(found)


def _wait_for_group_to_end(group: int, timeout: float = 5.0) -> None:
    """Wait until no live process of ``group`` is left (an orphaned helper could still write)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and _live_members(group):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(group, signal.SIGKILL)
        time.sleep(0.02)


def _live_members(group: int) -> bool:
    proc = Path("/proc")
    if not proc.is_dir():
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return False
        return True
    for stat in proc.glob("[0-9]*/stat"):
        with contextlib.suppress(OSError):
            # pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its last ')'.
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[2]) == group and fields[0] != "Z":
                return True
    return False


# --- damage to the files -----------------------------------------------------------------------

def cache_files(cache: Path) -> list[Path]:
    """Every file under ``cache``, in a stable order."""
    return sorted(p for p in cache.rglob("*") if p.is_file())


def flip_middle_byte(files: list[Path]) -> None:
    """Invert every bit of the byte in the middle of each file."""
    for file in files:
        data = bytearray(file.read_bytes())
        if data:
            data[len(data) // 2] ^= 0xFF
            file.write_bytes(bytes(data))


def truncate_to_half(files: list[Path]) -> None:
    """Cut each file to the first half of its bytes, as a write stopped half-way would."""
    for file in files:
        with file.open("r+b") as stream:
            stream.truncate(file.stat().st_size // 2)


def swap_pairs(files: list[Path]) -> None:
    """Swap the contents of files of the same folder two by two (three in a ring if one is left)."""
    folders: dict[Path, list[Path]] = {}
    for file in files:
        folders.setdefault(file.parent, []).append(file)
    for group in folders.values():
        rings = [group[i:i + 2] for i in range(0, len(group) - len(group) % 2, 2)]
        if len(group) % 2 and rings:
            rings[-1].append(group[-1])
        for ring in rings:
            contents = [file.read_bytes() for file in ring]
            for file, data in zip(ring, contents[1:] + contents[:1], strict=True):
                file.write_bytes(data)


def empty_files(files: list[Path]) -> None:
    """Replace each file with zero bytes."""
    for file in files:
        file.write_bytes(b"")


DAMAGES: dict[str, Callable[[list[Path]], None]] = {
    "one byte flipped in the middle of every cache file": flip_middle_byte,
    "every cache file truncated to half": truncate_to_half,
    "the contents of cache files of the same folder swapped in pairs": swap_pairs,
    "every cache file replaced with zero bytes": empty_files,
}


# --- planted code ------------------------------------------------------------------------------

class _TouchWhenLoaded:
    """Pickles into a call that creates ``marker``: loading it runs code."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[Callable[..., object], tuple[object, ...]]:
        return pathlib.Path.touch, (self.marker,)


def as_if_another_version_wrote(cache: Path) -> list[Path]:
    """Make every entry under ``cache`` name another writer, as an earlier version's do; the entries."""
    entries = [file for file in cache_files(cache) if file.read_bytes().startswith(MAGIC)]
    assert entries, "the cache holds no entries"
    for file in entries:
        data = bytearray(file.read_bytes())
        data[len(MAGIC) + 1] ^= 0xFF  # the first byte of the writer's digest
        file.write_bytes(bytes(data))
    return entries


def planted_pickle(marker: Path) -> bytes:
    """A pickle whose loading creates ``marker``."""
    return pickle.dumps(_TouchWhenLoaded(marker), protocol=pickle.HIGHEST_PROTOCOL)


def genuine_header(data: bytes) -> bytes:
    """What stands before a cache file's pickle stream (its version or digest), or its first 64 bytes.

    A planted pickle behind these bytes passes any check that reads only a header.
    """
    found = _PICKLE_START.search(data)
    return data[:found.start()] if found else data[:64]


# --- a cache folder nobody can write to, or that is full -----------------------------------------

def _writable(folder: Path) -> bool:
    probe = folder / ".write-probe"
    try:
        probe.write_bytes(b"x")
    except OSError:
        return False
    probe.unlink()
    return True


@contextlib.contextmanager
def read_only(folder: Path) -> Iterator[str]:
    """Make ``folder`` and everything under it unwritable, by the first means that works here.

    Yields the means used; skips the test, saying why each failed, when none does. A user
    other than root is stopped by the file modes; root only by a read-only bind mount or the
    immutable attribute.
    """
    failures = []
    for name, start, stop in _READ_ONLY_MEANS:
        try:
            start(folder)
        except (OSError, subprocess.CalledProcessError) as error:
            failures.append(f"{name}: {_reason(error)}")
            continue
        try:
            if _writable(folder):
                failures.append(f"{name}: the folder stayed writable")
                continue
            yield name
            return
        finally:
            stop(folder)
    pytest.skip("cannot make the cache folder read-only here: " + "; ".join(failures))


def _reason(error: BaseException) -> str:
    if isinstance(error, subprocess.CalledProcessError):
        said = (error.stderr or "").strip()
        return said.splitlines()[0] if said else f"{error.cmd[0]} exited {error.returncode}"
    return str(error)


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True)


def _modes(folder: Path, writable: bool) -> None:
    for path in [folder, *folder.rglob("*")]:
        mode = path.stat().st_mode
        path.chmod(mode | 0o200 if writable else mode & ~0o222)


def _bind_read_only(folder: Path) -> None:
    _run("mount", "--bind", str(folder), str(folder))
    try:
        _run("mount", "-o", "remount,ro,bind", str(folder))
    except subprocess.CalledProcessError:
        _run("umount", str(folder))
        raise


def _unmount(folder: Path) -> None:
    try:
        _run("umount", str(folder))
    except subprocess.CalledProcessError:
        _run("umount", "-l", str(folder))  # a process still holds it: detach it now, free it later


_READ_ONLY_MEANS: list[tuple[str, Callable[[Path], None], Callable[[Path], None]]] = [
    ("file modes (chmod a-w)", lambda f: _modes(f, writable=False), lambda f: _modes(f, writable=True)),
    ("a read-only bind mount", _bind_read_only, _unmount),
    ("the immutable attribute (chattr +i)", lambda f: _run("chattr", "-R", "+i", str(f)),
     lambda f: _run("chattr", "-R", "-i", str(f))),
]


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: int) -> Iterator[None]:
    """Mount a tmpfs of ``size`` bytes on ``folder`` (which must be empty) for the time of the block."""
    folder.mkdir(parents=True, exist_ok=True)
    try:
        _run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder))
    except (OSError, subprocess.CalledProcessError) as error:
        pytest.skip(f"cannot mount a tmpfs of {size} bytes on the cache folder here: {_reason(error)}")
    try:
        yield
    finally:
        _unmount(folder)


def fill(folder: Path, leave: int) -> None:
    """Write a file into ``folder`` until about ``leave`` bytes of its file system are free."""
    free = shutil.disk_usage(folder).free
    with contextlib.suppress(OSError):
        (folder / "filler").write_bytes(b"\0" * max(0, free - leave))


def resize(folder: Path, size: int) -> None:
    """Give the tmpfs mounted on ``folder`` ``size`` bytes; its files stay."""
    _run("mount", "-o", f"remount,size={size}", str(folder))
