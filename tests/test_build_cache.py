"""A build that takes pages from the caches (rendered Markdown, search entries, final page HTML)
writes the same site, byte for byte, as a build without them: after no change, after a new brief
joins the archive, and after changes to what every page shows (the navigation, the theme's
templates, the site's settings, a page's front matter)."""

from __future__ import annotations

import gzip
import re
import shutil
import subprocess
import sys
from pathlib import Path

from benchmarks.synth import write_briefs
from generator.rendering.templating import PACKAGE_TEMPLATES
from tests.conftest import make_project, run_mkdocs_build

CACHES = [Path(".cache") / "briefs" / part for part in ("render", "search", "output", "corpus", "files",
                                                                 "listings")]


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site; the gzipped sitemap by its content (gzip stamps the time)."""
    files = {}
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        data = file.read_bytes()
        files[str(file.relative_to(site))] = gzip.decompress(data) if file.suffix == ".gz" else data
    return files


def build(project: Path, site: Path | None = None) -> str:
    """Build into ``site``, by default the project's own site folder (the output cache keys on it)."""
    result = run_mkdocs_build(project, site or project / "site")
    assert result.returncode == 0, result.stderr
    return result.stderr


def one_process_project(folder: Path) -> Path:
    """A fixture project built in one process: a cold build in two keeps no page's final HTML."""
    project = make_project(folder)
    option = "      briefs_dir: briefs\n"
    edit(project / "mkdocs.yml", option, option + "      second_process: false\n")
    return project


def built_without_caches(project: Path) -> dict[str, bytes]:
    """The site as a build that finds no cache writes it."""
    for cache in CACHES:
        shutil.rmtree(project / cache)
    build(project)
    return site_files(project / "site")


def reused_outputs(log: str) -> int:
    found = re.search(r"page output cache: (\d+) page\(s\) reused", log)
    assert found, log
    return int(found.group(1))


def html_pages(site: dict[str, bytes]) -> dict[str, str]:
    # A claim's embed card (embed.html) is a file the build copies, not a page it renders.
    return {path: data.decode() for path, data in site.items()
            if path.endswith(".html") and not path.endswith("/embed.html")}


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_cached_build_and_an_incremental_one_equal_builds_without_the_cache(tmp_path: Path) -> None:
    project = one_process_project(tmp_path / "project")
    write_briefs(6, project / "briefs")
    first_log = build(project)
    assert "briefs: render cache: 0 page(s) and the search entries of 0 page(s) reused\n" in first_log
    assert reused_outputs(first_log) == 0
    first = site_files(project / "site")
    again_log = build(project)
    reused = re.search(r"render cache: (\d+) page\(s\) and the search entries of (\d+) page\(s\) reused",
                       again_log)
    assert reused and int(reused.group(1)) > 6 and int(reused.group(2)) > 6
    assert reused_outputs(again_log) == len(html_pages(first)) - 1  # every page; 404.html is no page
    assert "kept briefs: 6 of 6 brief(s) read and rendered in an earlier build" in again_log
    assert site_files(project / "site") == first
    # One more brief: its page, the listings and its actors' pages change; the rest is reused.
    for suffix in (".txt", ".yaml"):
        text = (project / "briefs" / f"brief-00002{suffix}").read_text(encoding="utf-8")
        (project / "briefs" / f"late-brief{suffix}").write_text(
            text.replace("Synthetic brief 2 ", "A late brief "), encoding="utf-8")
    assert reused_outputs(build(project)) > 6
    incremental = site_files(project / "site")
    full = built_without_caches(project)
    assert "briefs/late-brief/index.html" in full
    assert incremental == full


def reused_listing_parts(log: str) -> tuple[int, int]:
    found = re.search(r"listings: (\d+) of (\d+) part\(s\) reused", log)
    assert found, log
    return int(found.group(1)), int(found.group(2))


def test_a_listing_part_is_rendered_again_only_when_what_it_shows_changed(tmp_path: Path) -> None:
    """Listing pages are kept part by part: a claim reworded renders again only the parts showing it,
    a site's own claim card renders every card list again, and the site is a build's without caches."""
    project = one_process_project(tmp_path / "project")
    write_briefs(6, project / "briefs")
    build(project)
    reused, asked = reused_listing_parts(build(project))
    assert reused == asked > 20
    edit(project / "briefs" / "brief-00002.yaml", "Claim 2-0 in plain words.", "Claim 2-0, reworded.")
    reused, asked = reused_listing_parts(build(project))
    assert asked - 10 < reused < asked  # its claims index, verdict, month and two actors' card lists
    site = site_files(project / "site")
    assert "Claim 2-0, reworded." in site["actors/actor-" + _speaker_of(project, 2) + "/index.html"].decode()
    assert built_without_caches(project) == site
    card = project / "theme_overrides" / "briefs" / "claim_card.html"
    card.parent.mkdir(exist_ok=True)
    card.write_text((PACKAGE_TEMPLATES / "briefs" / "claim_card.html").read_text(encoding="utf-8")
                    .replace("<li", '<li data-desk="late"', 1), encoding="utf-8")
    reused, asked = reused_listing_parts(build(project))
    assert reused < asked - 10
    site = site_files(project / "site")
    assert 'data-desk="late"' in site["actors/actor-" + _speaker_of(project, 2) + "/index.html"].decode()
    assert built_without_caches(project) == site


def _speaker_of(project: Path, brief: int) -> str:
    """The number of the actor who makes the first claim of the synthetic brief ``brief``."""
    sidecar = (project / "briefs" / f"brief-{brief:05d}.yaml").read_text(encoding="utf-8")
    found = re.search(r"- by: actor-(\d+)", sidecar)
    assert found, sidecar
    return found.group(1)


def test_a_change_every_page_shows_renders_every_page_again(tmp_path: Path) -> None:
    project = one_process_project(tmp_path / "project")
    write_briefs(1, project / "briefs")
    note = project / "docs" / "claims" / "sources.md"  # a page outside the navigation
    note.parent.mkdir()
    note.write_text("# Where claims are checked\n\nAgainst the public record.\n", encoding="utf-8")
    build(project)
    config, override = project / "mkdocs.yml", project / "theme_overrides" / "main.html"
    changes = [  # (what changes, the change, what every page shows after it)
        ("a page's title in the navigation",
         lambda: edit(config, "- Timeline: timeline.md", "- Chronology: timeline.md"), "Chronology"),
        ("a theme override template",
         lambda: edit(override, "{% block extrahead %}",
                      '{% block extrahead %}<meta name="newsroom-edition" content="late">'),
         '<meta name="newsroom-edition" content="late">'),
        ("a theme template added beside the others",  # Material's footer includes this name
         lambda: (override.parent / "partials").mkdir() or (override.parent / "partials" / "copyright.html")
         .write_text('<div class="newsroom-copyright">Checked by the desk</div>', encoding="utf-8"),
         "Checked by the desk"),
        ("a setting of the site", lambda: edit(config, "site_name: newsbriefs", "site_name: Checked Daily"),
         "Checked Daily"),
    ]
    for what, change, shown in changes:
        change()
        log = build(project)
        pages = html_pages(site_files(project / "site"))
        assert not [path for path, html in pages.items() if shown not in html], what
        assert reused_outputs(log) == 0, what
    # Front matter that changes nothing in the page's text: only that page is rendered again.
    note.write_text("---\ndescription: How claims are checked.\n---\n" + note.read_text(encoding="utf-8"),
                    encoding="utf-8")
    log = build(project)
    cached = site_files(project / "site")
    pages = html_pages(cached)
    assert '<meta name="description" content="How claims are checked.">' in pages["claims/sources/index.html"]
    assert reused_outputs(log) == len(pages) - 2  # all but that page and 404.html
    assert built_without_caches(project) == cached


def test_kept_briefs_follow_the_actor_registry(tmp_path: Path) -> None:
    """A brief read in an earlier build shows an actor's new name, as speaker and as tag."""
    project = one_process_project(tmp_path / "project")
    write_briefs(2, project / "briefs")
    sidecar, registry = project / "briefs" / "brief-00000.yaml", project / "briefs" / "actors.yaml"
    edit(sidecar, "- army\n", "- actor-99\n")  # a tag naming an actor the brief does not involve
    build(project)
    for actor, name in (("0099", "Minister Renamed"), ("0028", "Speaker Renamed")):  # 28 speaks in brief 0
        edit(registry, f"name: Actor Name {actor}", f"name: {name}")
        log = build(project)
        cached = site_files(project / "site")
        assert name in cached["briefs/brief-00000/index.html"].decode()
        assert "kept briefs: 2 of 2 brief(s) read and rendered" not in log
    assert built_without_caches(project) == cached


def test_a_page_that_shows_the_build_time_is_never_reused(tmp_path: Path) -> None:
    project = one_process_project(tmp_path / "project")
    write_briefs(1, project / "briefs")  # an empty briefs folder is a warning, which --strict refuses
    edit(project / "theme_overrides" / "main.html", "{% block extrahead %}",
         '{% block extrahead %}<meta name="built" content="{{ build_date_utc }}">')
    build(project)
    first = html_pages(site_files(project / "site"))
    assert reused_outputs(build(project)) == 0
    again = html_pages(site_files(project / "site"))
    assert not [path for path, html in again.items() if html == first[path]]


def test_a_damaged_cache_entry_is_converted_again(tmp_path: Path) -> None:
    project = one_process_project(tmp_path / "project")
    write_briefs(2, project / "briefs")
    build(project)
    first = site_files(project / "site")
    for entry in [e for cache in CACHES for e in (project / cache).iterdir()]:
        entry.write_bytes(b"damaged")
    assert reused_outputs(build(project)) == 0
    assert site_files(project / "site") == first


def test_the_builds_after_a_cold_build_in_two_processes_write_the_same_site(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")  # a cold build renders templates in two processes
    write_briefs(2, project / "briefs")
    build(project)
    first = site_files(project / "site")
    build(project)  # keeps each page's final HTML
    assert site_files(project / "site") == first
    assert reused_outputs(build(project)) > 2
    assert site_files(project / "site") == first


def build_in(project: Path, config: str) -> str:
    """``mkdocs build -f config`` run in the project's folder, as a user types it."""
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-v", "-f", config],
                            cwd=project, capture_output=True, text=True, check=False,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_the_same_settings_in_another_file_and_process_reuse_every_page(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(2, project / "briefs")
    option = "      briefs_dir: briefs\n"
    one_process = (project / "mkdocs.yml").read_text(encoding="utf-8").replace(
        option, option + "      second_process: false\n")
    (project / "mkdocs-one-process.yml").write_text(one_process, encoding="utf-8")
    build_in(project, "mkdocs-one-process.yml")
    first = site_files(project / "site")
    log = build_in(project, str(project / "mkdocs.yml"))  # another file, read by its full path
    assert reused_outputs(log) == len(html_pages(first)) - 1  # every page; 404.html is no page
    assert site_files(project / "site") == first


def test_a_page_that_names_the_configuration_file_follows_it(tmp_path: Path) -> None:
    project = one_process_project(tmp_path / "project")
    write_briefs(1, project / "briefs")
    edit(project / "theme_overrides" / "main.html", "{% block extrahead %}",
         '{% block extrahead %}<meta name="config" content="{{ config.config_file_path }}">')
    shutil.copy(project / "mkdocs.yml", project / "other.yml")
    build_in(project, "mkdocs.yml")
    assert reused_outputs(build_in(project, "other.yml")) == 0
    assert 'content="other.yml"' in (project / "site" / "index.html").read_text(encoding="utf-8")
