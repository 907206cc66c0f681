"""A killed `mkdocs build` takes its second process with it, and the next build clears what it left."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.synth import write_briefs
from generator.caching.second_process import can_fork
from tests.cache_faults import MKDOCS_ENV, build_command
from tests.conftest import make_project

pytestmark = [
    pytest.mark.skipif(not can_fork(), reason="a second process needs fork and two cores"),
    pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the processes in /proc (Linux)"),
]
# Seconds: a page or two. Unstopped, the second process of 60 briefs ran on for 3 s and more, or for
# ever, waiting for a lock the killed build held.
ENDS_WITHIN = 1.5


def _children(pid: int) -> set[int]:
    """The build's forks (the second process): children running the build's own command, not git."""
    with contextlib.suppress(OSError):
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        return {int(child) for child in children if _command(int(child)) == command}
    return set()


def _command(pid: int) -> bytes | None:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None


def _running(pid: int) -> bool:
    """Whether ``pid`` runs: not gone and not a zombie (an orphan nobody reaped has ended all the same)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state not in ("Z", "X")


def _kill_build_when(project: Path, temp: Path, ready: Callable[[int], bool]) -> set[int]:
    """Start a cold build; once ``ready(build's pid)``, SIGKILL the build alone; its children then."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    build = subprocess.Popen(build_command(project), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             env={**MKDOCS_ENV, "TMPDIR": str(temp)})
    try:
        deadline = time.monotonic() + 120
        # (its children read again after `ready`: a second process may have ended in between, then wait on)
        while not (ready(build.pid) and (children := _children(build.pid))):
            assert build.poll() is None, "the build ended before it could be killed"
            assert time.monotonic() < deadline, "the build never got there"
            time.sleep(0.002)
        os.kill(build.pid, signal.SIGKILL)  # the build only, as the kernel's OOM killer would
        build.wait()
    finally:
        if build.poll() is None:
            build.kill()
            build.wait()
    return children


def _end_of(children: set[int]) -> float:
    """Seconds until every one of ``children`` ended (killed anyway after ``ENDS_WITHIN``)."""
    start = time.monotonic()
    while any(_running(pid) for pid in children) and time.monotonic() - start < ENDS_WITHIN:
        time.sleep(0.01)
    waited = time.monotonic() - start
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    return waited


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = make_project(tmp_path / "project")
    write_briefs(60, folder / "briefs")
    return folder


def _handed_over(temp: Path, pid: int) -> list[Path]:
    return list(temp.glob(f"briefs-pages-{pid}-*"))


def test_the_second_process_ends_with_a_killed_build_and_the_next_build_clears_its_leftovers(
        project: Path, tmp_path: Path) -> None:
    temp = tmp_path / "tmp"
    temp.mkdir()
    # Killed while the second process converts pages.
    children = _kill_build_when(project, temp, lambda pid: bool(_children(pid)))
    assert children
    assert _end_of(children) < ENDS_WITHIN, "the second process kept running after the build was killed"
    # Killed while the second process renders templates: its folder of handed-over pages stays behind.
    children = _kill_build_when(project, temp, lambda pid: bool(_handed_over(temp, pid) and _children(pid)))
    assert children
    assert _end_of(children) < ENDS_WITHIN, "the second process kept running after the build was killed"
    left = list(temp.iterdir())
    assert left and all(path.name.startswith("briefs-pages-") for path in left)
    # A cache file a killed process was writing (its process id is that of a process that ended).
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True, check=True).stdout.strip()
    render = project / ".cache" / "briefs" / "render"
    render.mkdir(parents=True, exist_ok=True)
    half = render / f".page.pickle.{ended}.0.tmp"
    half.write_bytes(b"half an entry")
    result = subprocess.run(build_command(project), capture_output=True, text=True,
                            env={**MKDOCS_ENV, "TMPDIR": str(temp)}, check=False)
    assert result.returncode == 0, result.stderr
    assert not half.exists()
    assert list(temp.iterdir()) == []  # its own folder removed at its end, the killed build's at its start
    assert not [p for p in (project / ".cache").rglob("*.tmp")]
