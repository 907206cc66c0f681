"""Rebuilds re-read only what changed, and long builds say how far they are (quietly under -q)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from generator.caching.rebuild_cache import RebuildCache
from generator.linking.corpus import load_corpus
from generator.publishing.site import render_site
from generator.rendering.links import Linker
from generator.settings import Settings
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build


def test_unchanged_files_come_from_the_cache_and_an_edit_is_validated_again(tmp_path: Path) -> None:
    briefs = tmp_path / "briefs"
    shutil.copytree(SEED_BRIEFS, briefs)
    cache = RebuildCache()
    settings = Settings(briefs_dir=briefs)
    first, problems = load_corpus(settings, display_root=tmp_path, cache=cache)
    assert problems == [] and cache.hits == 0
    again, _ = load_corpus(settings, display_root=tmp_path, cache=cache)
    assert cache.hits == 3 and again.briefs[0] is first.briefs[0]  # article, sidecar, anchored brief
    sidecar = briefs / f"{SEED_STEM}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "quote: \"ISIS has carried out attacks in Iran before\"",
        "quote: \"ISIS has carried out attacks in Iraq before\""), encoding="utf-8")
    _, problems = load_corpus(settings, display_root=tmp_path, cache=cache)
    assert cache.hits == 4  # the article only
    assert [p.field for p in problems] == ["claims[8].quote"]


def test_a_rebuild_shows_every_edit_a_fresh_build_shows(tmp_path: Path) -> None:
    """Kept pages are reused only while what they show is unchanged: a renamed actor or
    relabelled verdict reaches every brief page that shows it."""
    briefs = tmp_path / "briefs"
    shutil.copytree(SEED_BRIEFS, briefs)
    cache, linker = RebuildCache(), Linker()
    settings = Settings(briefs_dir=briefs)

    def rebuild(settings: Settings) -> dict[str, str]:
        corpus, problems = load_corpus(settings, display_root=tmp_path, cache=cache)
        assert problems == []
        site = render_site(corpus, settings, linker, cache.remember, remember_listing=cache.remember)
        cache.forget_unseen()
        return site

    def fresh(settings: Settings) -> dict[str, str]:
        return render_site(load_corpus(settings, display_root=tmp_path)[0], settings, linker)

    page = f"briefs/{SEED_STEM}.md"
    assert rebuild(settings) == fresh(settings)
    registry = briefs / "actors.yaml"
    registry.write_text(registry.read_text(encoding="utf-8").replace(
        "name: Matthew Miller", "name: Matt Miller"), encoding="utf-8")
    renamed = rebuild(settings)
    assert renamed == fresh(settings) and ">Matt Miller</a>" in renamed[page]
    relabelled = replace(settings, verdicts=tuple(replace(v, label=v.label.upper())
                                                  for v in settings.verdicts))
    assert rebuild(relabelled) == fresh(relabelled)
    assert "ACCURATE</a>" in rebuild(relabelled)[page]


def test_a_build_reports_what_the_generator_did_and_stays_silent_with_quiet(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    loud = run_mkdocs_build(project, tmp_path / "loud")
    quiet = run_mkdocs_build(project, tmp_path / "quiet", "-q")
    assert loud.returncode == quiet.returncode == 0
    assert "INFO    -  briefs: 1 brief(s) read and " in loud.stderr
    assert "briefs:" not in quiet.stderr
