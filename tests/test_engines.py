"""The seed site built by MkDocs, ProperDocs and Zensical: the same pages, links that resolve, JSON-LD.

MkDocs and ProperDocs run the plugin; Zensical runs no plugin and builds what
``briefs render`` wrote. A reader must not be able to tell which engine ran.
"""

from __future__ import annotations

import gzip
import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup

from generator.publishing.link_check import check_site
from tests.claimreview import site_claim_reviews
from tests.conftest import SEED_STEM, run_mkdocs_build
from tests.engine_sites import SUB_PATH_URL, run_tool, set_site_url, zensical_build

BRIEF_PAGE = f"briefs/{SEED_STEM}/index.html"
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def _comparable(path: Path) -> bytes:
    """A built file's content with only the engine's name taken out (and gzip's wrapper)."""
    data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
    return GENERATOR_TAG.sub(b"", data) if path.suffix == ".html" else data


def test_properdocs_builds_the_same_site_as_mkdocs(built_site: Path, properdocs_site: Path) -> None:
    files = sorted(p.relative_to(built_site) for p in built_site.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(properdocs_site) for p in properdocs_site.rglob("*") if p.is_file())
    differing = [str(f) for f in files if _comparable(built_site / f) != _comparable(properdocs_site / f)]
    assert differing == []
    tag = GENERATOR_TAG.search((properdocs_site / BRIEF_PAGE).read_bytes())
    assert tag is not None and b"ProperDocs" in tag.group()


def test_zensical_publishes_every_page_the_plugin_publishes(built_site: Path, zensical_site: Path) -> None:
    assert _pages(zensical_site) == _pages(built_site)
    for data in ("feed.xml", "data/index.json", f"data/briefs/{SEED_STEM}.json",
                 "schema/sidecar.schema.json", "schema/actors.schema.json"):
        assert (zensical_site / data).read_bytes() == (built_site / data).read_bytes(), data


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs", "zensical"])
def test_every_internal_link_resolves_at_the_site_root(engine: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue("built_site" if engine == "mkdocs" else f"{engine}_site")
    assert [b.format() for b in check_site(site, "/")] == []


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_internal_link_resolves_under_a_sub_path(engine: str, seed_project: Path,
                                                       tmp_path: Path) -> None:
    if engine == "zensical":
        site = zensical_build(seed_project, tmp_path / "zensical", site_url=SUB_PATH_URL)
    else:
        project = tmp_path / "project"
        shutil.copytree(seed_project, project)
        set_site_url(project / "mkdocs.yml", SUB_PATH_URL)
        site = tmp_path / "site"
        result = run_mkdocs_build(project, site)
        assert result.returncode == 0, result.stderr
    assert [b.format() for b in check_site(site, "/archive/")] == []
    # At the root, the 404 page's links (the only absolute ones) name the sub-path and fail.
    assert {b.page for b in check_site(site, "/")} == {"404.html"}


def _head_jsonld(site: Path, page: str = BRIEF_PAGE) -> list[Any]:
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    assert soup.head is not None
    return [json.loads(s.string or "") for s in soup.head.find_all("script", type="application/ld+json")]


def test_the_json_ld_is_in_the_head_whichever_engine_built_it(built_site: Path, zensical_site: Path) -> None:
    mkdocs, zensical = _head_jsonld(built_site), _head_jsonld(zensical_site)
    assert zensical == mkdocs
    # Our fact-check, not the outlet's article; its reviews are on the claims' own pages.
    assert [node["@type"] for node in mkdocs[0]["@graph"]] == ["Article"]
    claim_pages = sorted(site_claim_reviews(built_site))
    assert len(claim_pages) == 7  # the seed's rated claims, one page each
    assert sorted(site_claim_reviews(zensical_site)) == claim_pages
    for page in claim_pages:
        reviews = _head_jsonld(built_site, page)
        assert [review["@type"] for review in reviews] == ["ClaimReview"]
        assert _head_jsonld(zensical_site, page) == reviews, page


def test_zensical_links_the_verdict_colours_and_the_themes_assets(zensical_site: Path) -> None:
    soup = BeautifulSoup((zensical_site / BRIEF_PAGE).read_text(encoding="utf-8"), "html.parser")
    styles = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert "../../assets/stylesheets/verdicts.css" in styles
    assert "../../assets/stylesheets/briefs.css" in styles
    assert any("/stylesheets/classic/main." in s for s in styles)  # the look of the MkDocs build
    assert ".nb-verdict--accurate{--nb-verdict:#1a7f37}" in (
        zensical_site / "assets/stylesheets/verdicts.css").read_text(encoding="utf-8")


def test_rendered_sources_build_to_the_plugins_site(built_site: Path, seed_project: Path,
                                                    tmp_path: Path) -> None:
    """The plugin and `briefs render` share one code path: MkDocs builds the same pages from either."""
    config = tmp_path / "rendered.yml"
    run_tool("briefs", "render", "--config-out", config, tmp_path / "docs", cwd=seed_project)
    site = tmp_path / "site"
    run_tool("mkdocs", "build", "--strict", "-f", config, "-d", site, cwd=tmp_path)
    assert _pages(site) == _pages(built_site)
    differing = [page for page in sorted(_pages(site))
                 if (site / page).read_bytes() != (built_site / page).read_bytes()]
    assert differing == []


def test_properdocs_finds_the_plugin_in_its_own_entry_point_group() -> None:
    from properdocs.plugins import get_plugins

    assert get_plugins()["briefs"].group == "properdocs.plugins"  # not only through MkDocs' group


def test_hostile_text_reaches_zensicals_head_as_it_reaches_mkdocs(hostile_sites: tuple[Path, Path]) -> None:
    """Markup and script-ending text in a sidecar survives the trip through YAML front matter."""
    mkdocs, zensical = hostile_sites
    briefs = sorted(p.relative_to(mkdocs) for p in (mkdocs / "briefs").rglob("index.html"))
    assert briefs
    for page in briefs:
        heads = [BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser").head
                 for site in (mkdocs, zensical)]
        scripts = [[json.loads(s.string or "") for s in h.find_all("script", type="application/ld+json")]
                   for h in heads if h is not None]
        titles = [h.title.string if h is not None and h.title else None for h in heads]
        assert scripts[0] and scripts[1] == scripts[0], page
        assert titles[1] == titles[0], page


def test_zensical_maps_the_claim_pages_and_leaves_them_out_of_its_search(zensical_site: Path) -> None:
    """``search: exclude`` in a claim page's front matter keeps it out of Zensical's index, as out of
    Material's: the brief's page holds its words already."""
    brief = zensical_site / "briefs" / SEED_STEM
    claim_pages = {f"briefs/{SEED_STEM}/{folder.name}/" for folder in brief.iterdir() if folder.is_dir()}
    assert len(claim_pages) == 7
    sitemap = (zensical_site / "sitemap.xml").read_text(encoding="utf-8")
    assert all(f"{page}</loc>" in sitemap for page in claim_pages)
    items = json.loads((zensical_site / "search.json").read_text(encoding="utf-8"))["items"]
    searched = {str(item["location"]).split("#")[0] for item in items}
    assert f"briefs/{SEED_STEM}/" in searched and not searched & claim_pages
