"""Shared fixtures: a project built from fixtures under ``tests/``, built for real once per session.

The repository's ``briefs/`` folder is a newsroom's content, not a fixture: no test but
``test_repository_content`` reads it, so adding, editing or removing briefs there changes no
other test's outcome.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
# A copy of the first brief the project published, kept as a fixture so the content can change.
SEED_BRIEFS = FIXTURES / "seed_briefs"
SEED_STEM = "2024-01-03-kerman-bombings"
FIXTURE_SITE_URL = "https://briefs.example.org/"
FIXTURE_PUBLISHER = "newsbriefs"
FIXTURE_RIGHTS = "Republished in full for the tests of newsbriefs."


def run_mkdocs_build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the real ``mkdocs build`` of a project into ``site_dir``."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site_dir), *extra],
        capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        check=False)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed fixture project built with ``mkdocs build --strict``."""
    project = make_project(tmp_path_factory.mktemp("seed") / "project", SEED_BRIEFS)
    site = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


@pytest.fixture(scope="session")
def reader_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed brief and a second brief of the next day (``fixtures/reader``), built for real."""
    project = make_project(tmp_path_factory.mktemp("reader") / "project", SEED_BRIEFS)
    for extra in (FIXTURES / "reader").iterdir():
        shutil.copy(extra, project / "briefs" / extra.name)
    site = tmp_path_factory.mktemp("reader-site")
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def make_project(folder: Path, briefs: Path | None = None) -> Path:
    """A project in ``folder``: the repository's mkdocs.yml, docs and theme, and a copy of ``briefs``.

    ``briefs`` is a fixture folder (``SEED_BRIEFS`` or one a test made); without it the
    project has an empty briefs folder. The repository's own ``briefs/`` is never copied.
    """
    for part in ("docs", "theme_overrides"):
        shutil.copytree(ROOT / part, folder / part)
    # What a newsroom sets for its own site (name, address, reviewer) is fixed here, line by line
    # so the file keeps its layout, and tests can expect it whatever the repository's mkdocs.yml says.
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    for key, value in (("site_name", FIXTURE_PUBLISHER), ("site_url", FIXTURE_SITE_URL),
                       ("review_author", FIXTURE_PUBLISHER)):
        config = re.sub(rf"^([ \t]*){key}:.*$", rf"\g<1>{key}: {value}", config, count=1, flags=re.MULTILINE)
    # Test sites publish their articles whole, so that tests can read every sentence of them;
    # the example publishes excerpts (tests/test_repository_content.py).
    config = re.sub(r"^([ \t]*)review_author: .*\n", "\\g<0>\\g<1>publish: full\n\\g<1>rights: "
                    f"{FIXTURE_RIGHTS}\n", config, count=1, flags=re.MULTILINE)
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    if briefs is not None:
        shutil.copytree(briefs, folder / "briefs")
    else:
        (folder / "briefs").mkdir()
    return folder


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty fixture project, made the working folder as an author's shell would be."""
    folder = make_project(tmp_path / "project")
    monkeypatch.chdir(folder)
    return folder


def every_file(folder: Path) -> list[str]:
    """Every file under ``folder``, hidden ones (a temporary file) included, by relative path."""
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))


class QuietHandler(BaseHTTPRequestHandler):
    """A test server's handler that logs nothing and answers in one call."""

    def answer(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
               **headers: str) -> None:
        """Send ``status``, the headers (``X_Outlet`` is sent as ``X-Outlet``) and ``body``."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


def local_server(handler: Callable[..., BaseHTTPRequestHandler]) -> Iterator[str]:
    """A server on a free local port answering with ``handler``, by its address (no trailing
    slash), for the duration of the generator: what a test fetches never leaves the machine."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def use_pagefind(project: Path, *, keep_material_search: bool = False) -> Path:
    """Switch a project to the Pagefind search option (``search: pagefind``)."""
    config_file = project / "mkdocs.yml"
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    if not keep_material_search:
        config["plugins"] = [p for p in config["plugins"]
                             if p != "search" and not (isinstance(p, dict) and "search" in p)]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "briefs" in plugin:
            plugin["briefs"]["search"] = "pagefind"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return project


# The engine builds (ProperDocs, Zensical) are session fixtures too, shared by the build and browser tests.
from tests.engine_sites import hostile_sites, properdocs_site, seed_project, zensical_site  # noqa: E402, F401
