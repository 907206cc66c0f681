"""The byline and the team list, in real headless Chromium: accessible in both colour schemes,
and the byline's links land on the person in the About page."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import axe_violations, serve
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build
from tests.test_people import with_people

BRIEF = f"briefs/{SEED_STEM}/"


@pytest.fixture(scope="module")
def people_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("people-pages")
    project = with_people(make_project(folder / "project", SEED_BRIEFS), "dana-fictional", ["omar-invented"])
    result = run_mkdocs_build(project, folder / "site")
    assert result.returncode == 0, result.stderr
    yield from serve(folder / "site")


def test_following_a_name_in_the_byline_shows_that_person_on_the_about_page(page: Page,
                                                                           people_url: str) -> None:
    page.goto(people_url + BRIEF)
    page.locator(".nb-byline a", has_text="Omar Invented").click()
    entry = page.locator("#person-omar-invented")
    expect(entry).to_be_in_viewport()
    expect(entry).to_contain_text("Senior editor")


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("path", [BRIEF, "about/"])
def test_axe_finds_no_violation_in_the_byline_or_the_team(
        page: Page, people_url: str, path: str, scheme: str, axe_js: Path) -> None:
    page.goto(people_url + path)
    page.wait_for_load_state("load")
    assert axe_violations(page, axe_js, scheme) == []
