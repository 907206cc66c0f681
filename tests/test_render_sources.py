"""`briefs render OUT_DIR`: the whole site's sources, kept in step with the briefs."""

from __future__ import annotations

import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import IO

import pytest
import yaml
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import FIXTURES, SEED_BRIEFS, SEED_STEM, make_project
from tests.engine_sites import BIN, ENV

OTHER_STEM = "2024-01-03-state-department-briefing"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = make_project(tmp_path / "project", SEED_BRIEFS)
    monkeypatch.chdir(folder)
    return folder


def test_the_sources_hold_docs_pages_schemas_colours_and_json_ld(project: Path) -> None:
    result = CliRunner().invoke(main, ["render", "out"])
    assert result.exit_code == 0, result.output
    out = project / "out"
    assert (out / "tags.md").read_bytes() == (project / "docs" / "tags.md").read_bytes()
    # What mkdocs.yml's exclude_docs leaves out of the site stays out of the sources: the
    # authoring guide and the workflow are the newsroom's, not the readers'.
    for for_authors in ("guide.md", "workflow.md"):
        assert (project / "docs" / for_authors).is_file() and not (out / for_authors).exists()
    for generated in ("schema/sidecar.schema.json", "assets/stylesheets/verdicts.css", "feed.xml"):
        assert (out / generated).is_file()
    page = (out / "briefs" / f"{SEED_STEM}.md").read_text(encoding="utf-8")
    front = yaml.safe_load(page.split("---\n")[1])
    assert front["title"] == "Kerman memorial bombings: who was blamed, and what the record shows"
    assert yaml.safe_load(page.split("---\n")[1])["jsonld"].startswith('{"@context": "https://schema.org"')


def test_source_links_name_the_markdown_files(project: Path) -> None:
    assert CliRunner().invoke(main, ["render", "--source-links", "out"]).exit_code == 0
    page = (project / "out" / "actors" / "matthew-miller.md").read_text(encoding="utf-8")
    assert f'href="../briefs/{SEED_STEM}.md#claim-' in page
    assert "href=\"../../briefs/" not in page


def test_a_removed_brief_leaves_the_rendered_folder_too(project: Path) -> None:
    shutil.copy(FIXTURES / "another_brief" / f"{OTHER_STEM}.txt", project / "briefs")
    shutil.copy(FIXTURES / "another_brief" / f"{OTHER_STEM}.yaml", project / "briefs")
    assert CliRunner().invoke(main, ["render", "out"]).exit_code == 0
    assert (project / "out" / "briefs" / f"{OTHER_STEM}.md").is_file()
    for suffix in (".txt", ".yaml"):
        (project / "briefs" / f"{OTHER_STEM}{suffix}").unlink()
    assert CliRunner().invoke(main, ["render", "out"]).exit_code == 0
    assert not (project / "out" / "briefs" / f"{OTHER_STEM}.md").exists()
    assert (project / "out" / "briefs" / f"{SEED_STEM}.md").is_file()


def test_a_folder_render_did_not_write_is_left_alone(project: Path) -> None:
    (project / "notes").mkdir()
    (project / "notes" / "keep.txt").write_text("mine", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "notes"])
    assert result.exit_code == 1
    assert "notes: not empty and not written by briefs render" in result.output
    assert [p.name for p in (project / "notes").iterdir()] == ["keep.txt"]


def test_render_refuses_to_write_into_the_docs_folder(project: Path) -> None:
    result = CliRunner().invoke(main, ["render", "docs/site"])
    assert result.exit_code == 1
    assert result.output == "Error: docs/site: refusing to write inside the docs folder\n"


def test_watch_renders_an_edited_brief_again(project: Path) -> None:
    page = project / "out" / "briefs" / f"{SEED_STEM}.md"
    watcher = subprocess.Popen([str(BIN / "briefs"), "render", "--watch", "out"], cwd=project, env=ENV,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        assert watcher.stderr is not None
        while not (line := watcher.stderr.readline()).startswith("watching"):
            assert line, "briefs render --watch ended before it watched"
        assert page.is_file()
        sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
        sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
            "Two bombs killed scores", "Two bombs killed many", 1), encoding="utf-8")
        # the round is over once it says what it wrote (the page itself is written before the data file)
        written = _line_from(watcher.stderr, "written:")
    finally:
        watcher.terminate()
        watcher.wait(timeout=10)  # (its output is read by the thread of _line_from until it ends)
    assert "Two bombs killed many" in page.read_text(encoding="utf-8")
    # Only the files that show the summary are rewritten, so `zensical serve` rebuilds only those.
    assert written.endswith(
        f"4 written: index.md, feed.xml, briefs/{SEED_STEM}.md, data/briefs/{SEED_STEM}.json\n")


def _line_from(stream: IO[str], marker: str, seconds: float = 20) -> str:
    """The first line of a child's output that holds ``marker``, waiting at most ``seconds``.

    A thread reads the lines, so a line the stream has buffered is never waited for again."""
    lines: queue.Queue[str] = queue.Queue()

    def read() -> None:
        for line in iter(stream.readline, ""):
            lines.put(line)
    threading.Thread(target=read, daemon=True).start()
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        if marker in line:
            return line
    raise AssertionError(f"no line with {marker!r} within {seconds} s")


def test_a_tagged_configuration_renders_but_is_not_written_out_without_its_value(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace(
        "site_name: newsbriefs\n", "site_name: newsbriefs\nsite_url: !ENV [SITE_URL, '']\n", 1),
        encoding="utf-8")
    assert CliRunner().invoke(main, ["render", "out"]).exit_code == 0
    result = CliRunner().invoke(main, ["render", "--config-out", "zensical.yml", "out"])
    assert result.exit_code == 1
    assert result.output.endswith("Error: mkdocs.yml: could not determine a constructor for the tag "
                                  "'!ENV' (line 2, column 11); briefs render writes the configuration "
                                  "as plain YAML, so replace the tag with its value\n")
    assert not (project / "zensical.yml").exists()


def test_a_newsrooms_own_about_page_replaces_the_generated_one_as_in_the_build(project: Path) -> None:
    (project / "docs" / "about.md").write_text("# About us\n\nWritten by the newsroom.\n", encoding="utf-8")
    assert CliRunner().invoke(main, ["render", "out"]).exit_code == 0
    assert (project / "out" / "about.md").read_text(encoding="utf-8") == (
        "# About us\n\nWritten by the newsroom.\n")
    assert (project / "out" / "methodology.md").read_text(encoding="utf-8").startswith("---\n")


def test_structured_data_without_a_site_url_is_refused_as_in_the_build(project: Path) -> None:
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("site_url: ", "# site_url: ", 1),
                      encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "out"])
    assert result.exit_code == 1
    assert "site_url: the ClaimReview structured data needs absolute URLs" in result.output
    assert not (project / "out").exists()


@pytest.mark.parametrize(("target", "message"), [
    ("mkdocs.yml", "mkdocs.yml: is the project's configuration; --config-out writes a separate file "
                   "(e.g. zensical.yml) that builds the rendered sources"),
    (f"briefs/{SEED_STEM}.yaml", f"briefs/{SEED_STEM}.yaml: inside the briefs folder; --config-out writes a "
                                 "configuration file, not a page"),
    (f"briefs/{SEED_STEM}.txt", f"briefs/{SEED_STEM}.txt: inside the briefs folder; --config-out writes a "
                                "configuration file, not a page"),
    ("docs/guide.md", "docs/guide.md: inside the docs folder; --config-out writes a configuration file, "
                      "not a page"),
    ("README.md", "README.md: already exists and was not written by --config-out; it is never overwritten "
                  "(choose another name, or move the file away)"),
])
def test_config_out_never_overwrites_a_file_it_did_not_write(project: Path, target: str,
                                                             message: str) -> None:
    (project / "README.md").write_text("# Our newsroom\n", encoding="utf-8")
    before = {path: path.read_bytes() for path in project.rglob("*") if path.is_file()}
    result = CliRunner().invoke(main, ["render", "--config-out", target, "out"])
    assert (result.exit_code, result.output) == (1, f"Error: {message}\n")
    assert {path: path.read_bytes() for path in project.rglob("*") if path.is_file()} == before
    assert not (project / "out").exists()  # refused before anything was rendered


def test_config_out_replaces_the_file_an_earlier_config_out_wrote(project: Path) -> None:
    assert CliRunner().invoke(main, ["render", "--config-out", "zensical.yml", "out"]).exit_code == 0
    (project / "zensical.yml").write_text((project / "zensical.yml").read_text(encoding="utf-8")
                                          + "# an edit the next render replaces\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["render", "--config-out", "zensical.yml", "out"])
    assert result.exit_code == 0, result.output
    written = (project / "zensical.yml").read_text(encoding="utf-8")
    assert written.startswith("# Written by `briefs render --config-out` from mkdocs.yml")
    assert "an edit the next render replaces" not in written
    assert [p.name for p in project.iterdir() if p.name.endswith(".tmp")] == []


def test_the_help_says_what_config_out_writes() -> None:
    help_text = " ".join(CliRunner().invoke(main, ["render", "--help"]).output.split())
    assert "a separate configuration file here (e.g. zensical.yml) that builds OUT_DIR" in help_text
    assert "Never the project's mkdocs.yml" in help_text
