"""Git is run in one place (``generator/linking/git.py``) with one failure policy: no git, no repository
or a folder gone is one line saying so, never a traceback; the verdict history then has none, ``--staged``
stops."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.linking.corpus import load_corpus
from generator.linking.git import GitFailed, run_git
from generator.linking.verdict_history import verdict_histories
from generator.settings import Settings
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project


def commit(project: Path, message: str, date: str) -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    for args in (("add", "briefs"), ("commit", "-qm", message)):
        subprocess.run(["git", "-C", str(project), "-c", "user.name=Desk", "-c",
                        "user.email=desk@example.org", *args], check=True, capture_output=True, env=env)


def without_git(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A PATH on which no git can be found."""
    empty = tmp_path / "no-programs"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_each_failure_of_git_is_one_line_saying_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outside = run_git(tmp_path, "rev-parse", "--show-toplevel")
    assert outside == GitFailed(f"{tmp_path} is not in a git repository")
    gone = run_git(tmp_path / "gone", "rev-parse", "--show-toplevel")
    assert isinstance(gone, GitFailed) and "gone" in gone.reason and "\n" not in gone.reason
    without_git(monkeypatch, tmp_path)
    assert run_git(tmp_path, "status") == GitFailed("git is not installed (or not on the PATH)")


def test_staged_check_without_a_repository_or_without_git_stops_with_that_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    monkeypatch.chdir(project)
    outside = CliRunner().invoke(main, ["check", "--staged"])
    assert (outside.exit_code, outside.output) == (
        1, f"Error: --staged: {project.resolve()} is not in a git repository\n")
    without_git(monkeypatch, tmp_path)
    no_git = CliRunner().invoke(main, ["check", "--staged"])
    assert (no_git.exit_code, no_git.output) == (
        1, "Error: --staged: git is not installed (or not on the PATH)\n")


def test_a_claim_without_an_id_is_named_alike_on_its_page_and_in_its_verdict_history(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
    text = sidecar.read_text(encoding="utf-8").replace("  - id: us-official-suspects-isis\n    ", "  - ", 1)
    sidecar.write_text(text, encoding="utf-8")
    settings = Settings(briefs_dir=project / "briefs", verdict_history=True)
    assert verdict_histories(settings.briefs_dir, [SEED_STEM]) == {}  # outside git: no history, no error
    subprocess.run(["git", "init", "-q", str(project)], check=True)
    commit(project, "Kerman brief", "2024-01-05T12:00:00")
    sidecar.write_text(text.replace("verdict: accurate", "verdict: unsupported", 1), encoding="utf-8")
    commit(project, "New evidence", "2024-01-08T12:00:00")
    corpus, problems = load_corpus(settings, project)
    assert problems == []
    [change] = corpus.histories[SEED_STEM]
    assert (change.claim_id, change.before, change.after) == ("us-official-1", "accurate", "unsupported")
    assert corpus.briefs[0].claims[0].id == change.claim_id
    without_git(monkeypatch, tmp_path)
    assert verdict_histories(settings.briefs_dir, [SEED_STEM]) == {}
