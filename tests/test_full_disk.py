"""The authoring commands on a full disk: one line saying so, nothing half-written, and a later run works.

Each command writes onto a real 64 KB tmpfs (``mount -t tmpfs``, so root or a user namespace is
needed; the test is skipped, saying why, where it cannot be mounted) with too little room left.
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from benchmarks.synth import write_briefs
from generator.caching.folders import DIRTY_PAGES
from generator.cli import main
from tests.cache_faults import fill, read_only, resize, small_tmpfs
from tests.conftest import SEED_BRIEFS, SEED_STEM, every_file, local_server, make_project

TMPFS = 64 * 1024
ARTICLE = (SEED_BRIEFS / f"{SEED_STEM}.txt").read_bytes()
# A page larger than the whole tmpfs: no part of it may stay behind.
BIG_PAGE = (Path(__file__).parent / "fixtures" / "articles" / "dw-farmers-furniture.html").read_bytes() \
    .replace(b"</body>", b"<!--" + b"x" * 100_000 + b"--></body>")


class _Page(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(BIG_PAGE)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(BIG_PAGE)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def site() -> Iterator[str]:
    yield from local_server(_Page)


def _one_line_error(output: str, path: str, reason: str = "the disk is full") -> None:
    assert "Traceback" not in output
    assert output.count("\n") == 1 and output.startswith(f"Error: {path}"), output
    assert reason in output, output


def test_briefs_new_on_a_full_disk_writes_no_sidecar_and_works_once_there_is_room(project: Path) -> None:
    briefs = project / "briefs"
    with small_tmpfs(briefs, TMPFS):
        (briefs / "strike.txt").write_bytes(ARTICLE)
        fill(briefs, leave=4096)  # a page of the tmpfs: the draft (over 4 KB) does not fit
        before = every_file(briefs)
        result = CliRunner().invoke(main, ["new", "briefs/strike.txt"])
        assert result.exit_code == 1
        _one_line_error(result.output, "briefs/strike.yaml")
        assert every_file(briefs) == before  # no sidecar, whole or cut, and no temporary file
        (briefs / "filler").unlink()
        again = CliRunner().invoke(main, ["new", "briefs/strike.txt"])
        assert again.exit_code == 0, again.output
        assert (briefs / "strike.yaml").read_text(encoding="utf-8").count("\n  - by: ") >= 5


def test_briefs_capture_on_a_full_disk_keeps_no_part_of_the_page(project: Path, site: str) -> None:
    briefs = project / "briefs"
    with small_tmpfs(briefs, TMPFS):
        result = CliRunner().invoke(main, ["capture", "--allow-private", f"{site}/story", "farm-protest"])
        assert result.exit_code == 1
        _one_line_error(result.output, "briefs/farm-protest.html")
        assert every_file(briefs) == []
        resize(briefs, 1024 * 1024)
        again = CliRunner().invoke(main, ["capture", "--allow-private", f"{site}/story", "farm-protest"])
        assert again.exit_code == 0, again.output
        assert (briefs / "farm-protest.html").read_bytes() == BIG_PAGE
        assert every_file(briefs) == ["farm-protest.html", "farm-protest.warc.gz", "farm-protest.yaml"]


def test_briefs_render_on_a_full_disk_leaves_nothing_and_works_once_there_is_room(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(make_project(tmp_path / "project", SEED_BRIEFS))
    disk = tmp_path / "disk"
    with small_tmpfs(disk, TMPFS):  # the sources are some 300 KB
        result = CliRunner().invoke(main, ["render", str(disk / "out")])
        assert result.exit_code == 1
        _one_line_error(result.output, str(disk / "out"))
        assert every_file(disk) == []
        resize(disk, 4 * 1024 * 1024)
        again = CliRunner().invoke(main, ["render", str(disk / "out")])
        assert again.exit_code == 0, again.output
        assert (disk / "out" / "briefs" / f"{SEED_STEM}.md").is_file()
        assert not [name for name in every_file(disk) if name.endswith(".tmp")]


def test_briefs_new_in_a_folder_it_cannot_write_says_so_in_one_line(project: Path) -> None:
    briefs = project / "briefs"
    (briefs / "strike.txt").write_bytes(ARTICLE)
    with read_only(briefs) as means:
        result = CliRunner().invoke(main, ["new", "briefs/strike.txt"])
        reason = "the file system is read-only" if "bind mount" in means else "permission denied"
        assert result.exit_code == 1
        _one_line_error(result.output, "briefs/strike.yaml", reason)
    assert sorted(p.name for p in briefs.iterdir()) == ["strike.txt"]


def test_a_render_killed_while_writing_leaves_a_folder_the_next_render_replaces(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(100, project / "briefs")
    out = tmp_path / "out"
    render = subprocess.Popen([sys.executable, "-m", "generator.cli", "render", str(out)], cwd=project,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while render.poll() is None and not (out / "briefs").is_dir():
        time.sleep(0.001)
    render.kill()
    if render.wait() == 0:
        pytest.skip("the render ended before it could be killed half-way")
    assert (out / ".newsbriefs-sources").is_file()  # written before any page
    result = subprocess.run([sys.executable, "-m", "generator.cli", "render", str(out)], cwd=project,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_a_dirty_preview_whose_pages_folder_is_full_stops_with_one_line(tmp_path: Path) -> None:
    """``serve --dirty`` keeps the generated pages on disk: a full disk there stops the preview
    with one line, not a traceback."""
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    with small_tmpfs(project / DIRTY_PAGES, TMPFS):  # the seed's generated pages are some 300 KB
        serve = [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"]
        result = subprocess.run(serve, cwd=project, capture_output=True, text=True, timeout=120, check=False,
                                env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.stderr
    assert str(DIRTY_PAGES) in errors[0] and "the disk is full" in errors[0], errors[0]
