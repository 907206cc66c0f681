"""Rebuilds re-read only what changed, and long builds say how far they are (quietly under -q)."""

from __future__ import annotations

import os
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from generator.caching import rebuild_cache
from generator.caching.rebuild_cache import RebuildCache
from generator.linking.corpus import load_corpus
from generator.publishing.site import render_site, site_jsonld
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


IRAN_QUOTE = "quote: \"ISIS has carried out attacks in Iran before\""
IRAQ_QUOTE = "quote: \"ISIS has carried out attacks in Iraq before\""


def _same_size_edit(file: Path, old: str, new: str) -> None:
    """Edit ``file`` in place keeping its size and modification time, as ``cp -p`` or a restore would."""
    before = file.stat()
    file.write_text(file.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert file.stat().st_size == before.st_size
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))


def test_an_edit_keeping_the_files_size_and_time_is_still_seen(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A preview round skips reading files unchanged since the last; an edit that keeps the size and
    modification time is not taken for unchanged. Every file counts as settled here (a file written
    within ``RACY_NS`` is always read again), so that the skip is what is tried."""
    monkeypatch.setattr(rebuild_cache, "RACY_NS", 0)
    briefs = tmp_path / "briefs"
    shutil.copytree(SEED_BRIEFS, briefs)
    cache = RebuildCache()
    settings = Settings(briefs_dir=briefs)
    sidecar = briefs / f"{SEED_STEM}.yaml"
    assert load_corpus(settings, display_root=tmp_path, cache=cache)[1] == []
    time.sleep(0.05)  # past a tick of the clock files are stamped with
    _same_size_edit(sidecar, IRAN_QUOTE, IRAQ_QUOTE)
    problems = load_corpus(settings, display_root=tmp_path, cache=cache)[1]
    assert [p.field for p in problems] == ["claims[8].quote"]
    time.sleep(0.05)
    replacement = tmp_path / "replacement.yaml"  # saved aside and renamed over it, as editors do
    replacement.write_text(sidecar.read_text(encoding="utf-8").replace(IRAQ_QUOTE, IRAN_QUOTE),
                           encoding="utf-8")
    same = sidecar.stat()
    os.utime(replacement, ns=(same.st_atime_ns, same.st_mtime_ns))
    os.replace(replacement, sidecar)
    assert load_corpus(settings, display_root=tmp_path, cache=cache)[1] == []


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


def test_a_claims_page_is_made_again_with_its_brief_and_its_review_with_it(tmp_path: Path) -> None:
    """A claim's page is kept with its brief's files: an edit of the claim reaches its page and its
    ClaimReview in the next rebuild, as in a fresh build, and a renamed claim leaves no page behind."""
    briefs = tmp_path / "briefs"
    shutil.copytree(SEED_BRIEFS, briefs)
    cache, linker = RebuildCache(), Linker()
    settings = Settings(briefs_dir=briefs, site_url="https://briefs.example.org/")
    page = f"briefs/{SEED_STEM}/raisi-blames-israel.md"

    def rebuild() -> tuple[dict[str, str], dict[str, str]]:
        corpus, problems = load_corpus(settings, display_root=tmp_path, cache=cache)
        assert problems == []
        site = dict(render_site(corpus, settings, linker, cache.remember, remember_listing=cache.remember))
        jsonld = site_jsonld(corpus, settings, linker, cache.remember)
        cache.forget_unseen()
        return site, jsonld

    def fresh() -> tuple[dict[str, str], dict[str, str]]:
        corpus = load_corpus(settings, display_root=tmp_path)[0]
        return dict(render_site(corpus, settings, linker)), site_jsonld(corpus, settings, linker)

    first, first_jsonld = rebuild()
    assert page in first and page in first_jsonld
    assert rebuild() == (first, first_jsonld) and cache.hits > 0
    sidecar = briefs / f"{SEED_STEM}.yaml"
    text = sidecar.read_text(encoding="utf-8")
    assert "claim: Israel is to blame for the Kerman bombings." in text
    edit = text.replace("claim: Israel is to blame", "claim: Israel alone is to blame")
    sidecar.write_text(edit, encoding="utf-8")
    edited, edited_jsonld = rebuild()
    assert (edited, edited_jsonld) == fresh()
    assert "Israel alone is to blame" in edited[page] and "Israel alone is to blame" in edited_jsonld[page]
    rename = text.replace("- id: raisi-blames-israel", "- id: raisi-accuses-israel")
    sidecar.write_text(rename, encoding="utf-8")
    renamed, renamed_jsonld = rebuild()
    assert (renamed, renamed_jsonld) == fresh()
    assert page not in renamed and page not in renamed_jsonld
    assert f"briefs/{SEED_STEM}/raisi-accuses-israel.md" in renamed
