"""A cache folder is outside input: nothing planted in it runs, and one that cannot be written never
stops a build. Each test builds the seed fixture for real and compares the site with one built
without caches."""

from __future__ import annotations

import gzip
import os
import pickle
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.caching.folders import CACHE_DIR, CHECK_FILE
from generator.caching.store import MAGIC
from generator.cli import main
from tests.conftest import FIXTURES, SEED_BRIEFS, make_project, run_mkdocs_build

FOLDERS = ("corpus", "render", "search", "output")
HEADER_AND_MAC = 114  # an entry's first bytes: magic, format, two digests (generator/caching/store.py), HMAC
NOT_USED = "the build goes on without it"


class Planted:
    """A value whose unpickling runs a shell command that touches ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return os.system, (f"touch {self.marker}",)


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site; the gzipped sitemap by its content (gzip stamps the time)."""
    return {str(file.relative_to(site)): gzip.decompress(file.read_bytes()) if file.suffix == ".gz"
            else file.read_bytes() for file in sorted(site.rglob("*")) if file.is_file()}


def build(project: Path) -> str:
    """``mkdocs build --strict`` into the project's own site folder; what it logged."""
    result = run_mkdocs_build(project, project / "site")
    assert result.returncode == 0, result.stderr
    return result.stderr


def without_caches(folder: Path, briefs: list[Path]) -> dict[str, bytes]:
    """The site of the seed fixture plus ``briefs``, built where no cache was ever written."""
    project = make_project(folder, SEED_BRIEFS)
    for extra in briefs:
        shutil.copy(extra, project / "briefs" / extra.name)
    build(project)
    return site_files(project / "site")


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` and every folder in it made read-only: nothing can be created or deleted in them.

    Root ignores permissions, so as root the folders are made immutable (``chattr +i``).
    """
    folders = [folder, *sorted(p for p in folder.rglob("*") if p.is_dir())]
    as_root = os.geteuid() == 0
    if as_root:
        made = subprocess.run(["chattr", "+i", *map(str, folders)], capture_output=True, check=False)
        if made.returncode != 0:
            subprocess.run(["chattr", "-i", *map(str, folders)], capture_output=True, check=False)
            pytest.skip(f"chattr cannot make folders immutable here: {made.stderr.decode().strip()}")
    else:
        for each in folders:
            each.chmod(0o555)
    try:
        try:
            (folder / "probe").touch()
        except OSError:
            pass
        else:
            (folder / "probe").unlink()
            pytest.skip("this file system lets a read-only folder be written")
        yield
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", *map(str, folders)], capture_output=True, check=False)
        else:
            for each in folders:
                each.chmod(0o755)


def test_a_read_only_cache_gives_the_site_a_build_without_caches_gives(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    build(project)
    build(project)  # every cache folder now holds entries
    added = sorted((FIXTURES / "reader").iterdir())
    for extra in added:  # a new brief: entries to write, and pages whose old entries are pruned
        shutil.copy(extra, project / "briefs" / extra.name)
    with read_only(project / CACHE_DIR):
        log = build(project)
    told = [line for line in log.splitlines() if NOT_USED in line]
    assert len(told) == 1, log
    assert "cannot be used" in told[0] and "Traceback" not in log
    assert site_files(project / "site") == without_caches(tmp_path / "fresh", added)


def test_a_file_where_the_cache_folder_should_be_gives_the_same_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    (project / CACHE_DIR).parent.mkdir()
    (project / CACHE_DIR).write_text("not a folder", encoding="utf-8")
    log = build(project)
    assert len([line for line in log.splitlines() if NOT_USED in line]) == 1, log
    assert site_files(project / "site") == without_caches(tmp_path / "fresh", [])


def planted_entries(project: Path, marker: Path, *, copy_header: bool) -> int:
    """Replace every entry of every cache folder by one that runs a command if unpickled.

    With ``copy_header`` the entry keeps the real one's header and MAC, only its payload replaced.
    """
    payload = pickle.dumps(Planted(marker))
    entries = [entry for name in FOLDERS for entry in (project / CACHE_DIR / name).glob("*.pickle")]
    for entry in entries:
        kept = entry.read_bytes()
        assert kept.startswith(MAGIC)
        entry.write_bytes(kept[:HEADER_AND_MAC] + payload if copy_header else payload)
    return len(entries)


@pytest.mark.parametrize("copy_header", [False, True], ids=["bare pickle", "copied header and MAC"])
def test_a_planted_entry_is_never_unpickled(tmp_path: Path, copy_header: bool) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    build(project)
    build(project)
    first = site_files(project / "site")
    assert {name for name in FOLDERS if any((project / CACHE_DIR / name).glob("*.pickle"))} == set(FOLDERS)
    marker = tmp_path / "the planted code ran"
    planted = planted_entries(project, marker, copy_header=copy_header)
    log = build(project)
    assert not marker.exists()
    assert f"{planted} damaged, foreign or unauthenticated entries dropped" in log
    assert site_files(project / "site") == first


def test_a_planted_check_cache_is_never_unpickled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    monkeypatch.chdir(project)
    first = CliRunner().invoke(main, ["check"])
    kept = project / CACHE_DIR / CHECK_FILE
    marker = tmp_path / "the planted code ran"
    payload = pickle.dumps(Planted(marker))
    for planted in (payload, kept.read_bytes()[:HEADER_AND_MAC] + payload):
        kept.write_bytes(planted)
        again = CliRunner().invoke(main, ["check"])
        assert not marker.exists()
        assert (again.exit_code, again.output) == (first.exit_code, first.output)


def test_a_read_only_check_cache_checks_all_the_same(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    monkeypatch.chdir(project)
    CliRunner().invoke(main, ["check"])
    for extra in (FIXTURES / "reader").iterdir():
        shutil.copy(extra, project / "briefs" / extra.name)
    uncached = CliRunner().invoke(main, ["check", "--no-cache"])
    (project / CACHE_DIR / CHECK_FILE).unlink()
    with read_only(project / CACHE_DIR):
        cached = CliRunner().invoke(main, ["check"])
    assert cached.exit_code == uncached.exit_code == 0
    told = [line for line in cached.output.splitlines() if NOT_USED in line]
    assert len(told) == 1 and cached.output.replace(told[0] + "\n", "") == uncached.output
