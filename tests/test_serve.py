"""Live preview: ``mkdocs serve`` rebuilds on every content edit and survives content errors."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project

TIMEOUT = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class Preview:
    """A running ``mkdocs serve`` of a project, with its terminal output collected."""

    def __init__(self, project: Path, *options: str) -> None:
        self.port = free_port()
        self.output: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-f", str(project / "mkdocs.yml"),
             "-a", f"127.0.0.1:{self.port}", *options],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
        threading.Thread(target=self._collect, daemon=True).start()

    def _collect(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.output.append(line)

    def get(self, path: str) -> str:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{path}", timeout=5) as response:
                return str(response.read().decode("utf-8"))
        except (urllib.error.URLError, ConnectionError):
            return ""

    def wait_for(self, condition: Callable[[], bool]) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not condition():
            assert self.process.poll() is None, "".join(self.output)
            assert time.monotonic() < deadline, "".join(self.output[-20:])
            time.sleep(0.3)


@pytest.fixture
def project(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    second = project / "briefs" / "second-brief"
    second.with_suffix(".txt").write_text("Second headline\n\nThe minister spoke on Monday.\n",
                                          encoding="utf-8")
    second.with_suffix(".yaml").write_text(
        "summary: A second brief.\nsource: {outlet: Daily, published: 2024-02-01}\n", encoding="utf-8")
    return project


def running(server: Preview) -> Iterator[Preview]:
    server.wait_for(lambda: "Second headline" in server.get("briefs/second-brief/"))
    yield server
    server.process.terminate()
    server.process.wait(timeout=10)


@pytest.fixture(params=["file events", "polling"])
def preview(project: Path, request: pytest.FixtureRequest) -> Iterator[Preview]:
    """A preview that sees edits in the briefs folder from the system's file events, or by polling it
    (``preview_polling: true``, for a folder shared from elsewhere)."""
    if request.param == "polling":
        config = project / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace(
            "  - briefs:\n", "  - briefs:\n      preview_polling: true\n", 1), encoding="utf-8")
    yield from running(Preview(project))


@pytest.fixture
def dirty_preview(project: Path) -> Iterator[Preview]:
    yield from running(Preview(project, "--dirty"))


def test_serve_rebuilds_after_an_edit_to_a_sidecar_an_article_and_the_registry(
        project: Path, preview: Preview) -> None:
    sidecar = project / "briefs" / "second-brief.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("A second brief.", "Edited summary."),
                       encoding="utf-8")
    preview.wait_for(lambda: "Edited summary." in preview.get("briefs/second-brief/"))
    article = project / "briefs" / "second-brief.txt"
    article.write_text("Second headline\n\nThe minister spoke on Tuesday.\n", encoding="utf-8")
    preview.wait_for(lambda: "spoke on Tuesday" in preview.get("briefs/second-brief/"))
    registry = project / "briefs" / "actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "Spokesperson of the US State Department", "Chief spokesperson of the US State Department"),
        encoding="utf-8")
    preview.wait_for(lambda: "Chief spokesperson" in preview.get("actors/matthew-miller/"))


def test_a_content_error_is_shown_in_the_terminal_and_the_other_briefs_keep_serving(
        project: Path, preview: Preview) -> None:
    sidecar = project / "briefs" / "second-brief.yaml"
    sidecar.write_text("summary: A second brief.\nsource: {outlet: Daily, published: 2024-02-01}\n"
                       "claims:\n  - by: nobody\n    quote: spoke\n    claim: x\n", encoding="utf-8")
    preview.wait_for(lambda: any("briefs/second-brief.yaml:4:9: claims[0].by" in line
                                 for line in preview.output))
    assert "ISIS may be behind Iran bombings" in preview.get(f"briefs/{SEED_STEM}/")
    assert preview.process.poll() is None
    assert not any("Traceback" in line for line in preview.output)


def test_a_dirty_preview_rebuilds_only_the_pages_an_edit_changes(project: Path,
                                                                  dirty_preview: Preview) -> None:
    """Large archives preview with ``--dirty``: one sidecar edit must not rebuild every brief."""
    dirty_preview.wait_for(lambda: any("Documentation built" in line for line in dirty_preview.output))
    first_build = len(dirty_preview.output)
    sidecar = project / "briefs" / "second-brief.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("A second brief.", "Edited summary."),
                       encoding="utf-8")
    dirty_preview.wait_for(lambda: "Edited summary." in dirty_preview.get("briefs/second-brief/"))
    dirty_preview.wait_for(lambda: "Edited summary." in dirty_preview.get(""))  # the home page follows
    after = dirty_preview.output[first_build:]
    assert any("quick round: second-brief shown" in line for line in after)
    changed = next(line for line in after if "generated file(s) changed" in line)
    assert "index.md" in changed
    assert f"briefs/{SEED_STEM}.md" not in changed and "actors/" not in changed
    assert "ISIS may be behind Iran bombings" in dirty_preview.get(f"briefs/{SEED_STEM}/")
    assert not list((project / "briefs").glob("*.md")), "the preview must never write into briefs/"


def test_a_preview_left_alone_builds_nothing_more(project: Path, preview: Preview) -> None:
    """Reading the briefs is no edit: a preview that reacted to its own reads would build for ever. MkDocs
    polls the briefs folder only when told to."""
    preview.wait_for(lambda: any("Documentation built" in line for line in preview.output))
    time.sleep(3)  # six of MkDocs' polls
    assert sum("Building documentation" in line for line in preview.output) == 1, "".join(preview.output)
    watched = next(line for line in preview.output if "Watching paths for changes" in line)
    polled = "preview_polling: true" in (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert bool(re.search(r"['/]briefs'", watched)) == polled, watched
