"""Every file is written whole or not at all, and a name another command took meanwhile is refused cleanly."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.atomic_files import create_file, sweep_folder, write_file
from generator.cli import main
from tests.cache_faults import fill, small_tmpfs
from tests.conftest import local_server

PAGE = (Path(__file__).parent / "fixtures" / "articles" / "dw-farmers-furniture.html").read_bytes()
STEM = "farm-protest"


class _PageWhileSomeoneWrites(BaseHTTPRequestHandler):
    """Serves the page, but first writes the stem's sidecar, as an author (or a second capture) would."""

    briefs: Path

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        (self.briefs / f"{STEM}.yaml").write_text("title: Written by hand meanwhile\n", encoding="utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture
def site(project: Path) -> Iterator[str]:
    handler = type("Handler", (_PageWhileSomeoneWrites,), {"briefs": project / "briefs"})
    yield from local_server(handler)


def test_a_sidecar_made_during_the_download_is_one_clear_refusal_and_no_lone_article(project: Path,
                                                                                    site: str) -> None:
    result = CliRunner().invoke(main, ["capture", "--allow-private", f"{site}/story", STEM])
    assert (result.exit_code, result.output) == (
        1, f"Error: briefs/{STEM}.yaml: already exists (made while the page was downloaded); briefs capture "
           "never overwrites (choose another STEM)\n")
    assert sorted(p.name for p in (project / "briefs").iterdir()) == [f"{STEM}.yaml"]  # no lone article
    kept = (project / "briefs" / f"{STEM}.yaml").read_text(encoding="utf-8")
    assert kept == "title: Written by hand meanwhile\n"


def test_creating_a_file_that_exists_refuses_and_leaves_both_files_as_they_were(tmp_path: Path) -> None:
    taken = tmp_path / "brief.yaml"
    taken.write_bytes(b"the author's\n")
    with pytest.raises(FileExistsError):
        create_file(taken, b"a draft\n")
    assert taken.read_bytes() == b"the author's\n"
    assert os.listdir(tmp_path) == ["brief.yaml"]


def test_a_file_replaced_on_a_full_disk_keeps_its_old_content(tmp_path: Path) -> None:
    disk = tmp_path / "disk"
    with small_tmpfs(disk, 64 * 1024):
        kept = disk / "kept.pickle"
        kept.write_bytes(b"old entry")
        fill(disk, leave=0)
        with pytest.raises(OSError, match="No space left"):
            write_file(kept, b"x" * 32 * 1024)
        assert kept.read_bytes() == b"old entry"
        assert sorted(os.listdir(disk)) == ["filler", "kept.pickle"]


def test_only_the_temporary_files_of_ended_processes_are_swept(tmp_path: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True, check=True)
    left = tmp_path / f".page.md.{ended.stdout.strip()}.0.tmp"
    writing = tmp_path / f".page.md.{os.getpid()}.0.tmp"
    for path in (left, writing, tmp_path / "notes.tmp"):
        path.write_bytes(b"part")
    assert sweep_folder(tmp_path) == 1
    assert sorted(os.listdir(tmp_path)) == [writing.name, "notes.tmp"]


def test_briefs_new_removes_what_a_killed_briefs_new_left(project: Path) -> None:
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                           text=True, check=True).stdout.strip()
    briefs = project / "briefs"
    (briefs / "strike.txt").write_text("“We will strike on Monday,” said Ana Kovač, the union's leader.\n",
                                       encoding="utf-8")
    (briefs / f".strike.yaml.{ended}.0.tmp").write_text("title: half a dr", encoding="utf-8")
    result = CliRunner().invoke(main, ["new", "briefs/strike.txt"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in briefs.iterdir()) == ["strike.txt", "strike.yaml"]
