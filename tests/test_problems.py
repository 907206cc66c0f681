"""Every class of authoring mistake is caught, located and explained.

Each folder of ``tests/golden/problems`` is a small project with one kind of
mistake; ``expected.txt`` beside its ``briefs/`` is the exact list of
problems an author must see (file, line, column, field, message, hint).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.linking.corpus import load_corpus
from generator.settings import Settings
from generator.sidecar.validate import load_sidecar
from tests.conftest import ROOT, make_project, run_mkdocs_build

GOLDEN = Path(__file__).parent / "golden" / "problems"
CASES = sorted(p.name for p in GOLDEN.iterdir() if p.is_dir())


def expected(case: str) -> list[str]:
    return (GOLDEN / case / "expected.txt").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("case", CASES)
def test_each_broken_project_reports_exactly_its_expected_problems(case: str) -> None:
    corpus, problems = load_corpus(Settings(briefs_dir=GOLDEN / case / "briefs"),
                                   display_root=GOLDEN / case)
    assert [p.format() for p in sorted(problems)] == expected(case)
    assert expected(case), "a golden case must expect at least one problem"


def test_briefs_check_prints_every_problem_and_exits_1(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(GOLDEN / "anchors", project)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    result = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=project,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stdout.splitlines() == expected("anchors")
    assert result.stderr.strip() == f"{len(expected('anchors'))} problem(s) in 1 file(s)"


def test_strict_build_fails_with_the_same_messages_and_no_traceback(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", GOLDEN / "verdicts" / "briefs")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    for line in expected("verdicts"):
        assert f"WARNING -  briefs: {line}" in result.stderr


def test_a_non_strict_build_publishes_the_sound_briefs_and_names_the_broken_one(
        tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", GOLDEN / "actor-definitions" / "briefs")
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f",
                             str(project / "mkdocs.yml"), "-d", str(site)],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert (site / "briefs" / "first" / "index.html").is_file()
    assert not (site / "briefs" / "second").exists()
    assert "briefs/second.yaml:8:3: actors.nobody:" in result.stderr


def test_an_id_with_accents_or_another_script_is_hinted_in_letters_an_id_can_hold() -> None:
    problems = load_sidecar("summary: S\nsource: {outlet: O}\ntags: [Café Ré, 日本]\n", "b.yaml").problems
    assert [p.hint for p in problems] == ["use lowercase letters, digits and single hyphens, e.g. 'cafe-re'",
                                          "use lowercase letters, digits and single hyphens, e.g. 'ri-ben'"]
