"""A cold `mkdocs build` converts pages, then renders their templates, in a second process too, and
writes the same site, byte for byte, as a build in one process; what the second process's pages warn
is told once, and `--strict` fails."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from multiprocessing import get_context
from pathlib import Path

import pytest

from benchmarks.synth import write_briefs
from generator.caching.second_process import can_fork, holding
from tests.conftest import make_project, run_mkdocs_build
from tests.test_build_cache import CACHES, site_files

pytestmark = pytest.mark.skipif(not can_fork(), reason="a second process needs fork and two cores")
SECOND = re.compile(r"second process: (\d+) page\(s\) converted in")
TEMPLATES = re.compile(r"second process: (\d+) page template\(s\) rendered in")


def one_process_config(project: Path) -> Path:
    """The project's configuration with the second process turned off."""
    config = project / "mkdocs-one.yml"
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    config.write_text(text.replace("  - briefs:\n", "  - briefs:\n      second_process: false\n", 1),
                      encoding="utf-8")
    return config


def cold_build(project: Path, site: Path, *extra: str) -> tuple[int, str]:
    """Exit code and output (the log, then what MkDocs prints on stopping) of a build without cache."""
    for cache in CACHES:
        shutil.rmtree(project / cache, ignore_errors=True)
    result = run_mkdocs_build(project, site, *extra)
    return result.returncode, result.stderr + result.stdout


def test_a_cold_build_in_two_processes_equals_one_in_one_process(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(6, project / "briefs")
    code, two = cold_build(project, tmp_path / "two")
    assert code == 0, two
    converted, rendered = SECOND.search(two), TEMPLATES.search(two)
    assert converted and int(converted.group(1)) > 0, two
    assert rendered and int(rendered.group(1)) > 0, two
    code, one = cold_build(project, tmp_path / "one", "-f", str(one_process_config(project)))
    assert code == 0, one
    assert not SECOND.search(one)
    assert site_files(tmp_path / "two") == site_files(tmp_path / "one")
    # With the cache the first build left, the second process has nothing to do and does not start.
    warm = run_mkdocs_build(project, tmp_path / "warm")
    assert warm.returncode == 0 and not SECOND.search(warm.stderr)


def test_a_warm_build_places_the_share_images_in_a_second_process_and_keeps_their_copies(
        tmp_path: Path) -> None:
    """A warm build's second process places the share images while the pages are built: the site is
    the one-process build's, the log counts every image, and the copies they link to stay kept."""
    project = make_project(tmp_path / "project")
    write_briefs(4, project / "briefs")
    code, cold = cold_build(project, tmp_path / "cold")
    assert code == 0, cold
    warm = run_mkdocs_build(project, tmp_path / "warm")
    assert warm.returncode == 0, warm.stderr
    images = sorted((tmp_path / "warm").rglob("share.png"))
    assert len(images) == 4 * 4  # each brief's and each of its three claims'
    assert f"share images: 0 drawn, {len(images)} reused" in warm.stderr + warm.stdout
    # Each image is linked to its kept copy: had the pruning after the build deleted the copies the
    # second process placed, the image would be the copy's only name left.
    unlinked = [image.name for image in images if image.stat().st_nlink < 2]
    assert not unlinked, unlinked
    code, one = cold_build(project, tmp_path / "one", "-f", str(one_process_config(project)))
    assert code == 0, one
    assert site_files(tmp_path / "warm") == site_files(tmp_path / "one")


def test_the_last_site_is_deleted_by_a_second_process_and_the_site_is_the_same(tmp_path: Path) -> None:
    """A build into the last build's site moves it aside for a second process to delete: what a killed
    build left there goes with it, entries starting with a dot stay (MkDocs spares them), and the
    site is the one a build into an empty folder makes."""
    project = make_project(tmp_path / "project")
    write_briefs(3, project / "briefs")
    site = tmp_path / "site"
    code, cold = cold_build(project, site)
    assert code == 0, cold
    (site / "gone-brief").mkdir()
    (site / "gone-brief" / "index.html").write_text("a page whose brief was deleted", encoding="utf-8")
    (site / ".nojekyll").write_text("", encoding="utf-8")
    left = project / ".cache" / "briefs" / "old-site" / "999999999-0a1b"  # a killed build's, long ended
    (left / "briefs").mkdir(parents=True)
    (left / "briefs" / "index.html").write_text("old", encoding="utf-8")
    warm = run_mkdocs_build(project, site)
    assert warm.returncode == 0, warm.stderr
    assert not (project / ".cache" / "briefs" / "old-site").exists()
    assert (site / ".nojekyll").exists()
    fresh = run_mkdocs_build(project, tmp_path / "fresh")
    assert fresh.returncode == 0, fresh.stderr
    assert site_files(site) == {".nojekyll": b"", **site_files(tmp_path / "fresh")}
    images = sorted(site.rglob("share.png"))
    assert images and all(image.stat().st_nlink >= 2 for image in images)


def test_a_warning_from_the_second_process_is_told_once_and_strict_fails(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(1, project / "briefs")  # an empty briefs folder is a warning of its own
    # Many hand-written pages, each linking a page that does not exist: the second process,
    # which starts from the last page, converts more pages than the plugin generates.
    # (Long enough that the build does not reach the last pages before the second process starts.)
    body = "".join(f"- Point {point} of the note, *in a list*.\n" for point in range(600))
    for number in range(60):
        (project / "docs" / f"note-{number:02d}.md").write_text(
            f"# Note {number}\n\nSee [the missing page](missing-{number:02d}.md).\n\n{body}",
            encoding="utf-8")
    code, two = cold_build(project, tmp_path / "two")
    converted, generated = SECOND.search(two), re.search(r"(\d+) page\(s\) and file\(s\) generated", two)
    assert converted and generated and int(converted.group(1)) > int(generated.group(1)), \
        f"{converted and converted.group()} ({generated and generated.group()})"
    code_one, one = cold_build(project, tmp_path / "one", "-f", str(one_process_config(project)))
    warnings = [line for line in two.splitlines() if line.startswith("WARNING")]
    assert len(warnings) == len(set(warnings)) == 60, two
    assert warnings == [line for line in one.splitlines() if line.startswith("WARNING")]
    assert code == code_one == 1
    assert "Aborted with 60 warnings in strict mode!" in two


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="finds the second process in /proc (Linux)")
def test_when_the_second_process_dies_the_build_converts_the_rest_itself(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(6, project / "briefs")
    build = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(tmp_path / "killed")],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    children = Path(f"/proc/{build.pid}/task/{build.pid}/children")
    killed = set()
    while build.poll() is None:  # each second process is killed as soon as it appears
        for pid in set(children.read_text().split()) - killed if children.exists() else ():
            with contextlib.suppress(ProcessLookupError):
                os.kill(int(pid), signal.SIGKILL)
            killed.add(pid)
        time.sleep(0.005)
    stdout, stderr = build.communicate()
    assert build.returncode == 0, stderr + stdout
    assert killed and "it failed, and this process converted the rest" in stderr, stderr
    cold_build(project, tmp_path / "one", "-f", str(one_process_config(project)))
    assert site_files(tmp_path / "killed") == site_files(tmp_path / "one")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the second process is a fork")
def test_a_lock_left_held_by_a_killed_process_does_not_hang_the_build() -> None:
    """The second process killed while it holds the shared lock (kill -9, the out-of-memory killer): the
    build goes on without the lock instead of waiting for it for ever."""
    lock = get_context("fork").Lock()
    pid = os.fork()
    if pid == 0:
        lock.acquire()
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)
    ran = []
    with holding(lock, gone=lambda: True):
        ran.append(True)
    assert ran == [True]
    assert not lock.acquire(timeout=0.1)  # still held by the dead process: the block ran without it


def test_a_held_lock_is_waited_for_while_its_holder_lives() -> None:
    """While the other process lives, the lock is waited for, then taken and released."""
    lock = get_context("fork").Lock()
    asked = []

    def gone() -> bool:
        asked.append(True)
        if len(asked) == 3:
            lock.release()  # the other process lets go
        return False

    lock.acquire()
    with holding(lock, gone):
        assert not lock.acquire(block=False)  # held by this block
    assert len(asked) == 3
    assert lock.acquire(block=False)  # released after the block
