"""Rights and licences, on real builds.

An article is republished whole only under a stated permission, shown under it; the open data
names the licence of our annotations and keeps the article texts out of it; the code has its
licence file.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.cli import main
from generator.settings import DEFAULT_LICENCE_URL, Settings, read_project_settings, settings_from_mapping
from tests.conftest import FIXTURE_RIGHTS, ROOT, SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build

ATOM = "{http://www.w3.org/2005/Atom}"


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


# --- what the example ships ------------------------------------------------------------------------

def test_excerpts_are_the_default_and_the_example_uses_it() -> None:
    assert Settings().publish == "excerpt"
    defaults = settings_from_mapping({}, Path("."))
    assert isinstance(defaults, Settings) and defaults.publish == "excerpt" and defaults.rights == ""
    example = read_project_settings(ROOT / "mkdocs.yml")
    assert isinstance(example, Settings)
    assert example.publish == "excerpt" and example.rights == ""
    assert (example.data_licence.name, example.data_licence.url) == ("CC BY 4.0", DEFAULT_LICENCE_URL)


def test_the_repository_states_the_licence_its_package_declares() -> None:
    declared = re.search(r'(?m)^license = "(.+)"$', (ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert declared is not None and declared.group(1) == "MIT"
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in licence


# --- full publication needs a rights statement -----------------------------------------------------

def site_wide_full(folder: Path, rights: str | None) -> Path:
    """The seed project with `publish: full` for the whole site, and this rights statement or none."""
    project = make_project(folder, SEED_BRIEFS)
    config = project / "mkdocs.yml"
    text = re.sub(r"(?m)^      rights: .*\n", f"      rights: {rights}\n" if rights else "",
                  config.read_text(encoding="utf-8"), count=1)
    config.write_text(text, encoding="utf-8")
    return project


def test_a_site_publishing_whole_articles_with_no_rights_statement_is_refused_at_each_brief(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = site_wide_full(tmp_path / "project", None)
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["check", "--no-cache"])
    assert result.exit_code == 1
    # At the top of the sidecar (its first key, below the schema comment): the site chose `full`.
    assert (f"briefs/{SEED_STEM}.yaml:2:1: the site publishes whole articles (`publish: full` in "
            "mkdocs.yml), and no rights statement says this one may be") in result.output
    build = run_mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 1 and "no rights statement" in build.stderr
    assert not (tmp_path / "site" / "briefs" / SEED_STEM / "index.html").exists()


def test_a_brief_may_state_its_own_rights_and_choose_excerpts(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    project = site_wide_full(tmp_path / "project", None)
    sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "\nreviewed:", "\nrights: Republished with the *written* permission of the publisher.\nreviewed:", 1),
        encoding="utf-8")
    monkeypatch.chdir(project)
    assert CliRunner().invoke(main, ["check", "--no-cache"]).exit_code == 0
    assert run_mkdocs_build(project, tmp_path / "site").returncode == 0
    rights = soup(tmp_path / "site" / "briefs" / SEED_STEM / "index.html").select_one(".nb-rights")
    assert rights is not None and rights.find("em") is not None
    assert rights.get_text(" ", strip=True) == \
        "Rights. Republished with the written permission of the publisher."


# --- shown under the article, and stated by the open data -------------------------------------------

def test_the_rights_statement_is_shown_just_under_the_article(built_site: Path) -> None:
    page = soup(built_site / "briefs" / SEED_STEM / "index.html")
    article = page.select_one(".nb-article")
    rights = page.select_one(".nb-rights")
    assert article is not None and rights is not None
    assert rights.get_text(" ", strip=True) == f"Rights. {FIXTURE_RIGHTS}"
    assert article.find_next("p", class_="nb-rights") is rights
    assert read_json(built_site / "data" / "briefs" / f"{SEED_STEM}.json")["rights"] == FIXTURE_RIGHTS


def test_the_open_data_names_its_licence_and_leaves_the_article_text_out_of_it(built_site: Path) -> None:
    data_page = soup(built_site / "data" / "index.html")
    heading = next((h for h in data_page.find_all("h2") if h.get_text().startswith("Licence")), None)
    assert heading is not None
    said = heading.find_next("p")
    assert said is not None and "not under this licence" in said.get_text()
    link = said.find("a", rel="license")
    assert link is not None and link["href"] == DEFAULT_LICENCE_URL and link.get_text() == "CC BY 4.0"
    for data in (read_json(built_site / "data" / "index.json"),
                 read_json(built_site / "data" / "briefs" / f"{SEED_STEM}.json")):
        assert data["license"]["url"] == DEFAULT_LICENCE_URL and data["license"]["name"] == "CC BY 4.0"
        assert "`text`" in data["license"]["excludes"]
    annotations = read_json(built_site / "data" / "briefs" / f"{SEED_STEM}.annotations.jsonld")
    items = annotations["first"]["items"]
    assert items and all(item["rights"] == DEFAULT_LICENCE_URL for item in items)
    feed = ET.parse(built_site / "feed.xml").getroot()
    assert "CC BY 4.0" in (feed.findtext(f"{ATOM}rights") or "")
    assert [link.get("href") for link in feed.findall(f"{ATOM}link") if link.get("rel") == "license"] == \
        [DEFAULT_LICENCE_URL]


def test_a_site_chooses_its_own_data_licence(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "      excerpt_context: sentence\n", "      excerpt_context: sentence\n      data_licence:\n"
        "        name: CC0 1.0\n        url: https://creativecommons.org/publicdomain/zero/1.0/\n", 1),
        encoding="utf-8")
    assert run_mkdocs_build(project, tmp_path / "site").returncode == 0
    licence = read_json(tmp_path / "site" / "data" / "index.json")["license"]
    assert (licence["name"], licence["url"]) == ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/")
    assert "CC BY" not in (tmp_path / "site" / "data" / "index.html").read_text(encoding="utf-8")
