"""The only tests that read the repository's ``briefs/``: its content passes ``briefs check``, and
the rest of the suite gives the same outcome whatever that content is."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import FIXTURES, ROOT

# Modules whose tests once read the repository's briefs; run again on changed content below.
SITE_TEST_MODULES = ["tests/test_site_data.py", "tests/test_site_build.py", "tests/test_cli.py",
                     "tests/test_rebuilds.py", "tests/test_schema.py"]
NOT_COPIED = shutil.ignore_patterns(".git", ".venv", "site", "*.egg-info", "__pycache__", ".*_cache",
                                    ".hypothesis", "node_modules", ".cache")


def test_the_repository_briefs_pass_check(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert result.output.endswith("no problems\n")


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
