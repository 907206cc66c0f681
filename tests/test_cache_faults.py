"""The build caches only save work: whatever happened to ``.cache/`` (a build killed while writing
it, files flipped, truncated, swapped or emptied, a folder nobody can write to, a full disk, a
file planted to run code), the next ``mkdocs build --strict`` ends with exit 0 or one clear line,
never a traceback, runs nothing it finds there, and writes the same site, byte for byte, as a
build that found no cache.

All builds use one project folder: the caches key some entries on the project's path, and a
cache copied into another folder would not be read at all.
"""

from __future__ import annotations

import random
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.cache_faults import (
    DAMAGES,
    MKDOCS_ENV,
    as_if_another_version_wrote,
    build_command,
    cache_files,
    check_build,
    fill,
    genuine_header,
    planted_pickle,
    read_only,
    run_build,
    site_difference,
    site_files,
    small_tmpfs,
    watched_build,
)
from tests.conftest import FIXTURES, SEED_BRIEFS, make_project

pytestmark = pytest.mark.slow

CACHE = ".cache"
KILLS = 10  # builds killed at random moments, each followed by one that must recover
KILL_SEED = 22
FULL_DISK = 64 * 1024  # bytes: the size of the tmpfs the full-disk test mounts on .cache


@dataclass(frozen=True)
class Warmed:
    """The project, the site a build without caches writes, and its caches at three stages."""

    project: Path
    reference: dict[str, bytes]
    # "cold": no cache; "half": after one build (pages converted, no final page yet); "warm": after two.
    caches: dict[str, Path]  # no entry for "cold"
    # How long a build from each stage's caches writes to them: from its first write to its end, seconds.
    writing: dict[str, float]


@pytest.fixture(scope="module")
def warmed(tmp_path_factory: pytest.TempPathFactory) -> Warmed:
    """The seed brief and a second one, built once without caches (the reference), then warmed."""
    base = tmp_path_factory.mktemp("cache-faults")
    project = make_project(base / "project", SEED_BRIEFS)
    for extra in (FIXTURES / "reader").iterdir():
        shutil.copy(extra, project / "briefs" / extra.name)
    caches: dict[str, Path] = {}
    writing = {}
    reference: dict[str, bytes] = {}
    for stage, next_stage in (("cold", "half"), ("half", "warm"), ("warm", None)):
        run = watched_build(project, project / CACHE)
        assert run.result.returncode == 0, run.result.stderr
        if run.first_write is not None:
            writing[stage] = run.end - run.first_write
        if not reference:
            reference = site_files(project / "site")
        else:  # the caches the faults start from must themselves give the reference site
            difference = site_difference(reference, site_files(project / "site"))
            assert not difference, f"the build from the {stage} caches: {difference}"
        if next_stage:
            caches[next_stage] = base / next_stage
            shutil.copytree(project / CACHE, base / next_stage, symlinks=True)
    assert cache_files(base / "warm"), "a build left no cache files to damage"
    assert "cold" in writing and "half" in writing, f"the builds that write their caches: {writing}"
    return Warmed(project, reference, caches, writing)


@pytest.fixture
def project(warmed: Warmed) -> Iterator[Path]:
    """The shared project with no cache and no site; both are removed again after the test."""
    clear(warmed.project)
    yield warmed.project
    clear(warmed.project)


def clear(project: Path) -> None:
    for folder in (project / CACHE, project / "site"):
        if folder.is_dir() and not folder.is_symlink():
            shutil.rmtree(folder)
        else:
            folder.unlink(missing_ok=True)


def use_cache(project: Path, warmed: Warmed, stage: str) -> None:
    """Put the caches of ``stage`` in the project, replacing what it has."""
    clear(project)
    kept = warmed.caches.get(stage)
    if kept is not None:
        shutil.copytree(kept, project / CACHE, symlinks=True)


def build(project: Path, warmed: Warmed, what: str) -> None:
    """Build the project and check it ended cleanly and wrote the reference site."""
    result = run_build(project)
    check_build(result, project / "site", warmed.reference, what)


def test_a_build_killed_at_any_moment_leaves_caches_the_next_build_recovers_from(
        project: Path, warmed: Warmed) -> None:
    # Cold builds write the most (and fork a second process), so they come up most often; "left"
    # starts from whatever the last recovery left. Each is killed at a random moment while it
    # writes its caches: from its first write to about when such a build ends.
    stages = ["cold", "half", "cold", "left"]
    chance = random.Random(KILL_SEED)
    killed, tried = 0, 0
    while killed < KILLS and tried < 2 * KILLS:
        stage = stages[tried % len(stages)]
        delay = chance.uniform(0, 0.95) * warmed.writing["half" if stage == "left" else stage]
        tried += 1
        if stage != "left":
            use_cache(project, warmed, stage)
        if not watched_build(project, project / CACHE, kill_after_first_write=delay).killed:
            continue
        killed += 1
        build(project, warmed, f"a {stage} build killed {delay:.2f} s after it first wrote its cache "
              f"(kill {killed})")
    assert killed >= KILLS, f"only {killed} of {tried} builds were still running when killed"


@pytest.mark.parametrize("damage", DAMAGES)
def test_damaged_cache_files_are_made_again(project: Path, warmed: Warmed, damage: str) -> None:
    use_cache(project, warmed, "warm")
    files = cache_files(project / CACHE)
    before = {file: file.read_bytes() for file in files}
    DAMAGES[damage](files)
    assert any(file.read_bytes() != data for file, data in before.items()), "nothing was damaged"
    build(project, warmed, damage)


def test_a_cache_another_version_wrote_is_dropped_unread(project: Path, warmed: Warmed) -> None:
    """After newsbriefs, Python or a library is upgraded, every entry names another writer: the
    build says so in one line (not that the entries were damaged) and starts as a cold build."""
    use_cache(project, warmed, "warm")
    entries = as_if_another_version_wrote(project / CACHE)
    result = run_build(project)
    check_build(result, project / "site", warmed.reference, "entries written by another version")
    output = result.stderr + result.stdout
    assert f"build cache: {len(entries)} entries written by another version" in output, output
    assert "damaged" not in output, output
    assert "render cache: 0 page(s)" in output, output


def test_an_upgrade_of_another_library_keeps_the_share_images(project: Path, warmed: Warmed,
                                                               tmp_path: Path) -> None:
    """A library installed or upgraded that does not draw them (here a new distribution on the path)
    empties the page caches but keeps every share image: drawing them is most of a cold build."""
    use_cache(project, warmed, "warm")
    (tmp_path / "newly_installed-1.0.dist-info").mkdir()
    (tmp_path / "newly_installed-1.0.dist-info" / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: newly-installed\nVersion: 1.0\n", encoding="utf-8")
    result = subprocess.run(build_command(project), capture_output=True, text=True, check=False,
                            env={**MKDOCS_ENV, "PYTHONPATH": str(tmp_path)})
    check_build(result, project / "site", warmed.reference, "another library installed")
    output = result.stderr + result.stdout
    assert "entries written by another version" in output, output
    assert re.search(r"share images: 0 drawn, [1-9]\d* reused", output), output


@pytest.mark.parametrize("stage", ["cold", "half", "stale", "outdated"])
def test_a_read_only_cache_folder_does_not_stop_the_build(project: Path, warmed: Warmed, stage: str) -> None:
    """A cold build finds nowhere to write; a half-warm one has pages to add; a stale one, entries to drop;
    an outdated one, folders to empty."""
    use_cache(project, warmed, "warm" if stage in ("stale", "outdated") else stage)
    for file in cache_files(project / CACHE) if stage == "stale" else ():
        # The same entries under other names: what pages since removed or changed left behind.
        shutil.copy(file, file.with_name(f"stale-{file.name}"))
    if stage == "outdated":
        as_if_another_version_wrote(project / CACHE)
    (project / CACHE / "briefs").mkdir(parents=True, exist_ok=True)
    with read_only(project / CACHE) as means:
        build(project, warmed, f"the {stage} cache folder made read-only by {means}")


def test_a_file_where_the_cache_folder_should_be_does_not_stop_the_build(
        project: Path, warmed: Warmed) -> None:
    (project / CACHE).mkdir()
    (project / CACHE / "briefs").write_text("not a folder\n", encoding="utf-8")
    build(project, warmed, "a file put where the .cache/briefs folder should be")


def test_a_full_cache_disk_does_not_stop_the_build(project: Path, warmed: Warmed) -> None:
    kept = sum(file.stat().st_size for file in cache_files(warmed.caches["warm"]))
    assert kept > 4 * FULL_DISK, f"the caches ({kept} bytes) would fit the small disk"
    with small_tmpfs(project / CACHE, FULL_DISK):
        fill(project / CACHE, leave=FULL_DISK // 8)
        assert shutil.disk_usage(project / CACHE).free <= FULL_DISK // 4, "the disk was not filled"
        build(project, warmed, "a cold build on a full 64 KiB cache disk")
        # What the first build managed to keep, perhaps cut short, is read by the next.
        build(project, warmed, "a second build on the same full cache disk")


@pytest.mark.parametrize("placement", ["raw", "behind the genuine header"])
def test_a_planted_cache_file_runs_no_code(project: Path, warmed: Warmed, tmp_path: Path,
                                           placement: str) -> None:
    use_cache(project, warmed, "warm")
    marker = tmp_path / "planted-code-ran"
    payload = planted_pickle(marker)
    files = cache_files(project / CACHE)
    for file in files:
        header = genuine_header(file.read_bytes()) if placement != "raw" else b""
        file.write_bytes(header + payload)
    result = run_build(project)
    assert not marker.exists(), (f"loading the {len(files)} cache file(s) replaced by a pickle "
                                 f"({placement}) ran its code")
    check_build(result, project / "site", warmed.reference,
                f"a pickle planted {placement} in every cache file")
