"""The briefs command: help for every command, render output, clean user errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from mkdocs.utils.meta import get_data

from generator.cli import main
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_explains_itself(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    assert main.commands[command].help
    assert main.commands[command].help.splitlines()[0] in result.output


def test_render_writes_the_markdown_pages_the_site_publishes(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(make_project(tmp_path / "project", SEED_BRIEFS))
    result = CliRunner().invoke(main, ["render", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "out" / "briefs" / f"{SEED_STEM}.md").read_text(encoding="utf-8")
    markdown, meta = get_data(page)  # as MkDocs reads it
    assert meta["title"] == "Kerman memorial bombings: who was blamed, and what the record shows"
    assert '<div class="nb-article"' in markdown
    assert (tmp_path / "out" / "index.md").is_file()


def test_render_refuses_to_write_into_the_briefs_folder(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["render", "briefs/out"])
    assert result.exit_code == 1
    assert result.output == "Error: briefs/out: refusing to write inside the briefs folder\n"
    assert not (project / "briefs" / "out").exists()


def test_a_missing_config_is_one_clean_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    assert result.output == ("Error: mkdocs.yml: not found; run this in the project folder or "
                             "pass --config\n")
