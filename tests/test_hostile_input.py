"""Broken and oversized input is refused quickly, with its place, and never executed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

from generator.linking.corpus import load_corpus
from generator.reading.control import CONTROL
from generator.settings import Settings
from generator.sidecar.validate import load_sidecar
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project

GOLDEN = Path(__file__).parent / "golden" / "problems"


def test_a_billion_laughs_sidecar_is_refused_quickly_with_its_place() -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    started = time.monotonic()
    result = load_sidecar("\n".join(lines) + "\nsummary: *a9\n", "briefs/laughs.yaml")
    assert time.monotonic() - started < 5, "alias expansion must be bounded, not merely survived"
    assert [p.format() for p in result.problems] == [
        "briefs/laughs.yaml:1:66: document expands to more than 50000 values (aliases expanding too "
        "far?); write the values out plainly"]


def test_deep_nesting_and_unsafe_tags_are_refused_not_executed() -> None:
    deep = load_sidecar("summary: " + "[" * 45 + "]" * 45 + "\n", "briefs/deep.yaml")
    assert [p.message for p in deep.problems] == ["nested deeper than 40 levels"]
    deeper = load_sidecar("summary: " + "[" * 5000 + "]" * 5000 + "\n", "briefs/deeper.yaml")
    assert [p.line for p in deeper.problems] == [1]
    assert "nesting depth" in deeper.problems[0].message
    tagged = load_sidecar("summary: !!python/object/apply:os.system [echo pwned]\n", "briefs/tag.yaml")
    assert tagged.value is None
    assert [p.format() for p in tagged.problems] == [
        "briefs/tag.yaml:1:1: required field 'source' is missing; add `source: ...`",
        "briefs/tag.yaml:1:10: summary: YAML tag '!!python/object/apply:os.system' is not allowed; "
        "write a plain value"]


def test_oversized_articles_and_sidecars_are_refused_with_their_size(tmp_path: Path) -> None:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "huge.txt").write_bytes(b"Headline\n\n" + b"word " * 4_100_000)
    (briefs / "huge.yaml").write_text("summary: x\n" + "#" * 1_000_001 + "\n", encoding="utf-8")
    _, problems = load_corpus(Settings(briefs_dir=briefs), display_root=tmp_path)
    assert [p.format() for p in sorted(problems)] == [
        "briefs/huge.txt: article is 20,500,010 bytes, more than the limit of 20,000,000; trim the "
        "capture to the article itself",
        "briefs/huge.yaml: file is larger than 1,000,000 bytes; split the annotations or trim them",
    ]


def briefs(project: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real ``briefs`` command, run in ``project``."""
    return subprocess.run([sys.executable, "-m", "generator.cli", *args], cwd=project,
                          capture_output=True, text=True, check=False)


def test_control_characters_anywhere_in_articles_and_sidecars_are_refused_at_their_place(
        tmp_path: Path) -> None:
    # An escape sequence and a vertical tab in an article, a NUL after its first 8 KB, an escape
    # by character reference in a saved page, a NUL in a sidecar and a YAML escape that makes one.
    project = make_project(tmp_path / "project", GOLDEN / "control-characters" / "briefs")
    result = briefs(project, "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines() == (GOLDEN / "control-characters" / "expected.txt").read_text(
        encoding="utf-8").splitlines()
    nul = next(line for line in result.stdout.splitlines() if "sidecar-nul.yaml" in line)
    assert nul.startswith("briefs/sidecar-nul.yaml:3:18: control character U+0000 (NUL)")


def test_a_sidecar_that_is_not_utf8_is_refused_at_its_line_and_column(tmp_path: Path) -> None:
    briefs = tmp_path / "briefs"
    briefs.mkdir()
    (briefs / "latin.txt").write_text("Headline\n\nBody.\n", encoding="utf-8")
    (briefs / "latin.yaml").write_bytes("summary: x\nsource: {outlet: Café}\n".encode("latin-1"))
    _, problems = load_corpus(Settings(briefs_dir=briefs), display_root=tmp_path)
    assert [p.format() for p in problems] == [
        "briefs/latin.yaml:2:21: not valid UTF-8 (byte e9 at offset 31); re-save the file as UTF-8"]


def test_a_build_publishes_no_control_character_and_names_each_held_back_brief(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    for name in ("escape.txt", "escape.yaml", "late-nul.txt", "late-nul.yaml"):
        shutil.copy(GOLDEN / "control-characters" / "briefs" / name, project / "briefs" / name)
    site = tmp_path / "site"
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"),
                             "-d", str(site)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr  # not --strict: the sound brief is published
    assert "WARNING -  briefs: briefs/escape.txt:3:18: control character U+001B (escape)" in result.stderr
    assert "WARNING -  briefs: briefs/late-nul.txt:5:9: control character U+0000 (NUL)" in result.stderr
    assert (site / "briefs" / SEED_STEM / "index.html").is_file()
    assert not (site / "briefs" / "escape").exists() and not (site / "briefs" / "late-nul").exists()
    published = [page for page in site.rglob("*") if page.suffix in (".html", ".json", ".xml")
                 and CONTROL.search(page.read_text(encoding="utf-8"))]
    assert published == []
