"""`briefs check` keeps results by content: the next check re-reads only what changed and
reports exactly what a check without the cache reports, whatever was edited."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from benchmarks.synth import write_briefs
from generator.caching.check_cache import check_briefs
from generator.caching.folders import CACHE_DIR
from generator.cli import main
from generator.settings import Settings, read_project_settings
from tests.conftest import make_project

COUNT = 12


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = make_project(tmp_path / "project")
    write_briefs(COUNT, folder / "briefs")
    monkeypatch.chdir(folder)
    return folder


def check(*options: str) -> Result:
    return CliRunner().invoke(main, ["check", *options])


def afresh(project: Path) -> int:
    """How many briefs a check with the project's cache reads afresh."""
    settings = read_project_settings(project / "mkdocs.yml")
    assert isinstance(settings, Settings)
    return check_briefs(settings, project, project / CACHE_DIR).rechecked


def same_as_uncached() -> Result:
    """The cached check, after asserting it prints what a check without the cache prints."""
    cached, uncached = check(), check("--no-cache")
    assert (cached.exit_code, cached.output) == (uncached.exit_code, uncached.output)
    return cached


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_second_check_reads_only_the_edited_brief_afresh(project: Path) -> None:
    assert afresh(project) == COUNT
    assert afresh(project) == 0
    edit(project / "briefs" / "brief-00003.yaml", "Claim 3-0 in plain words", "Claim 3-0 reworded")
    assert afresh(project) == 1
    assert check().output == f"{COUNT} brief(s) checked: no problems\n"
    assert (project / ".cache" / "briefs" / ".gitignore").read_text(encoding="utf-8").endswith("*\n")


def test_every_kind_of_edit_is_reported_as_a_check_without_cache_reports_it(project: Path) -> None:
    briefs = project / "briefs"
    check()
    # A quote that is not in the article any more: only this brief is read again.
    edit(briefs / "brief-00002.yaml", "will", "would")
    result = same_as_uncached()
    assert "brief-00002.yaml" in result.output and result.exit_code == 1
    edit(briefs / "brief-00002.yaml", "would", "will")
    assert same_as_uncached().exit_code == 0
    # An actor removed from the registry: unchanged briefs that name it are reported.
    registry = (briefs / "actors.yaml").read_text(encoding="utf-8")
    used = re.search(r"by: (actor-\d+)", (briefs / "brief-00007.yaml").read_text(encoding="utf-8"))
    assert used
    kept = re.sub(rf"  {used.group(1)}:\n(    .*\n)+", "", registry)
    (briefs / "actors.yaml").write_text(kept, encoding="utf-8")
    result = same_as_uncached()
    assert f"unknown actor '{used.group(1)}'" in result.output
    (briefs / "actors.yaml").write_text(registry, encoding="utf-8")
    assert same_as_uncached().exit_code == 0
    # An actor one unchanged sidecar defines, defined differently in another edited before it.
    edit(briefs / "brief-00009.yaml", "actors:\n", "actors:\n  guest:\n    name: A Guest\n")
    assert same_as_uncached().exit_code == 0
    edit(briefs / "brief-00002.yaml", "actors:\n", "actors:\n  guest:\n    name: Another Guest\n")
    result = same_as_uncached()
    assert "brief-00009.yaml:13:3: actors.guest: actor 'guest' is also defined at briefs/brief-00002.yaml" \
        in result.output


def test_a_settings_change_checks_every_brief_again(project: Path) -> None:
    check()
    edit(project / "mkdocs.yml", "      review_author: newsbriefs\n", "      review_author: newsbriefs\n"
         "      verdicts:\n        accurate: {}\n        \"false\": {}\n        unrated: {}\n")
    assert afresh(project) == COUNT
    result = same_as_uncached()
    assert result.exit_code == 1 and "'misleading' is not on the verdict scale" in result.output


def test_a_corrupt_or_foreign_cache_is_rebuilt_silently(project: Path) -> None:
    check()
    cache = project / ".cache" / "briefs" / "check.pickle"
    for garbage in (b"", b"not a cache", cache.read_bytes()[:-100]):
        cache.write_bytes(garbage)
        assert check().output == f"{COUNT} brief(s) checked: no problems\n"
        assert afresh(project) == 0  # the check above wrote it anew


def git(project: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=project, check=True, capture_output=True)


def test_staged_checks_what_the_commit_holds_not_the_working_tree(project: Path) -> None:
    """The pre-commit hook checks the index: unstaged edits and untracked files do not count."""
    git(project, "init", "-q")
    git(project, "add", ".")
    assert check("--staged").exit_code == 0
    # Broken on disk but not staged: the commit is sound.
    edit(project / "briefs" / "brief-00001.yaml", "summary:", "summery:")
    assert check().exit_code == 1
    assert check("--staged").exit_code == 0
    # Staged: the commit would hold the mistake, named at its place in the project.
    git(project, "add", "briefs/brief-00001.yaml")
    staged = check("--staged")
    assert staged.exit_code == 1 and "briefs/brief-00001.yaml:1:1:" in staged.output
    git(project, "reset", "-q", "--", "briefs/brief-00001.yaml")
    # An article staged without its sidecar: sound on disk, broken in the commit.
    edit(project / "briefs" / "brief-00001.yaml", "summery:", "summary:")
    (project / "briefs" / "late.txt").write_text("Actor Name 0001 said nothing.", encoding="utf-8")
    (project / "briefs" / "late.yaml").write_text(
        "summary: Late.\nsource: {outlet: Outlet, published: 2024-01-01}\n", encoding="utf-8")
    git(project, "add", "briefs/late.txt")
    assert check().exit_code == 0
    staged = check("--staged")
    assert staged.exit_code == 1 and "briefs/late.txt: article has no sidecar" in staged.output


def test_staged_outside_git_is_one_clear_line(project: Path) -> None:
    result = check("--staged")
    assert result.exit_code == 1
    assert result.output.startswith("Error: --staged: ") and "git" in result.output
