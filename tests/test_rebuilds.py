"""Rebuilds re-read only what changed, and long builds say how far they are (quietly under -q)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.cache import ReadCache
from generator.corpus import load_corpus
from generator.settings import Settings
from tests.conftest import ROOT, SEED_STEM, make_project, run_mkdocs_build


def test_unchanged_files_come_from_the_cache_and_an_edit_is_validated_again(tmp_path: Path) -> None:
    briefs = tmp_path / "briefs"
    shutil.copytree(ROOT / "briefs", briefs)
    cache = ReadCache()
    settings = Settings(briefs_dir=briefs)
    first, problems = load_corpus(settings, display_root=tmp_path, cache=cache)
    assert problems == [] and cache.hits == 0
    again, _ = load_corpus(settings, display_root=tmp_path, cache=cache)
    assert cache.hits == 2 and again.briefs[0].claims == first.briefs[0].claims
    sidecar = briefs / f"{SEED_STEM}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "quote: \"ISIS has carried out attacks in Iran before\"",
        "quote: \"ISIS has carried out attacks in Iraq before\""), encoding="utf-8")
    _, problems = load_corpus(settings, display_root=tmp_path, cache=cache)
    assert cache.hits == 3
    assert [p.field for p in problems] == ["claims[8].quote"]


def test_a_build_reports_what_the_generator_did_and_stays_silent_with_quiet(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", ROOT / "briefs")
    loud = run_mkdocs_build(project, tmp_path / "loud")
    quiet = run_mkdocs_build(project, tmp_path / "quiet", "-q")
    assert loud.returncode == quiet.returncode == 0
    assert "INFO    -  briefs: 1 brief(s) read and " in loud.stderr
    assert "briefs:" not in quiet.stderr
