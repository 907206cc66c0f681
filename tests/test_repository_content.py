"""The only tests that read the repository's ``briefs/``: its content passes ``briefs check``, and
the rest of the suite gives the same outcome whatever that content is."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import FIXTURES, ROOT, run_mkdocs_build

# Modules whose tests once read the repository's briefs; run again on changed content below.
SITE_TEST_MODULES = ["tests/test_site_data.py", "tests/test_site_build.py", "tests/test_cli.py",
                     "tests/test_rebuilds.py", "tests/test_schema.py"]
# The example briefs: one on an English article, one on a Persian one.
ENGLISH_EXAMPLE = "2024-01-03-kerman-bombings"
PERSIAN_EXAMPLE = "2024-01-03-kerman-interior-minister"
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "site", "*.egg-info", "__pycache__", ".*_cache",
                                    ".hypothesis", "node_modules", ".cache")


def test_the_repository_briefs_pass_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("no problems\n")


def test_the_persian_example_is_published_right_to_left(tmp_path: Path) -> None:
    """Built as the repository ships (a copy, so no cache lands in it), the Persian brief's article
    is marked Persian and laid out right to left, its quotes in the article's words with their
    translation beside them; the English brief's article stays left to right. A newsroom that
    replaced the examples with its own briefs has nothing here to check."""
    if not all((ROOT / "briefs" / f"{stem}.yaml").is_file() for stem in (ENGLISH_EXAMPLE, PERSIAN_EXAMPLE)):
        pytest.skip("the example briefs were replaced by the newsroom's own")
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    result = run_mkdocs_build(copy, tmp_path / "site")
    assert result.returncode == 0, result.stderr

    def page(stem: str) -> BeautifulSoup:
        html = (tmp_path / "site" / "briefs" / stem / "index.html").read_text(encoding="utf-8")
        return BeautifulSoup(html, "html.parser")

    persian = page(PERSIAN_EXAMPLE)
    articles = persian.select(".nb-article")
    assert [(article.get("lang"), article.get("dir")) for article in articles] == [("fa", "rtl")]
    assert "اولین انفجار در بین مردم که زن و بچه و زائر بودند اتفاق افتاد" in articles[0].get_text()
    cards = persian.get_text(" ", strip=True)
    assert "The first blast happened among the people, who were women, children and pilgrims" in cards
    english = page(ENGLISH_EXAMPLE).select(".nb-article")
    assert [(article.get("lang"), article.get("dir")) for article in english] == [("en", None)]


@pytest.fixture(scope="module")
def newsroom_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the repository as a newsroom makes it: the example brief replaced by one of its own.

    Whatever ``briefs/`` holds today is replaced too, so these tests read none of it.
    """
    copy = tmp_path_factory.mktemp("newsroom") / "repo"
    shutil.copytree(ROOT, copy, ignore=NOT_COPIED)
    shutil.rmtree(copy / "briefs")
    shutil.copytree(FIXTURES / "another_brief", copy / "briefs")
    return copy


def test_a_newsroom_brief_in_place_of_the_example_passes_check(newsroom_copy: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(newsroom_copy)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output == "1 brief(s) checked: no problems\n"


@pytest.mark.parametrize("content", ["replaced", "empty"])
def test_the_site_tests_pass_whatever_the_repository_briefs_hold(newsroom_copy: Path, content: str) -> None:
    if content == "empty":
        for brief in (newsroom_copy / "briefs").iterdir():
            brief.unlink()
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *SITE_TEST_MODULES],
        cwd=newsroom_copy, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout.splitlines()[-1]


def test_the_repository_as_shipped_may_not_go_live(monkeypatch: pytest.MonkeyPatch) -> None:
    """The example is a preview: its placeholders are each refused at their line of mkdocs.yml."""
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check", "--release", "--no-cache"])
    assert result.exit_code == 1
    refused = {line.split(": ")[1] for line in result.output.splitlines() if line.startswith("mkdocs.yml:")}
    assert refused >= {"site_url", "plugins.briefs.review_author", "plugins.briefs.editorial.about",
                       "plugins.briefs.editorial.funding", "plugins.briefs.editorial.corrections_contact"}


def test_the_publish_workflow_checks_for_release_before_it_builds_what_it_deploys() -> None:
    steps = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    runs = [step.get("run", "") for step in steps["jobs"]["build"]["steps"]]
    assert runs.index("briefs check --release") < runs.index("mkdocs build --strict")
    deploy = steps["jobs"]["deploy"]
    gate = steps["jobs"]["build"]["steps"][runs.index("briefs check --release")]
    assert gate["if"] == deploy["if"]  # every run that deploys has passed it
