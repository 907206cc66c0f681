"""`briefs text` shows the text that anchors, `omit` and line:col refer to."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from tests.test_problems import GOLDEN, expected

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def test_text_prints_a_plain_article_byte_for_byte(tmp_path: Path) -> None:
    article = tmp_path / "note.txt"
    article.write_text("Headline\n\n  Indented line, “curly quotes” and a trailing space \n\nLast",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["text", str(article)])
    assert result.exit_code == 0, result.output
    assert result.output == article.read_text(encoding="utf-8") + "\n"


def test_a_problems_line_and_column_point_into_the_numbered_text() -> None:
    problem = expected("anchors")[0]
    assert "(line 5, column 2; line 5, column 40)" in problem
    assert problem.endswith("`briefs text briefs/brief.txt -n` shows the article's text with line numbers")
    result = CliRunner().invoke(main, ["text", "-n", str(GOLDEN / "anchors" / "briefs" / "brief.txt")])
    assert result.exit_code == 0, result.output
    numbered = result.output.splitlines()
    number, _, line = numbered[4].partition("  ")
    assert number.strip() == "5"
    assert line[1:].startswith("We will respond") and line[39:].startswith("We will respond")


def test_text_of_a_saved_page_is_the_article_without_the_page(tmp_path: Path) -> None:
    page = tmp_path / "dw.html"
    shutil.copy(FIXTURES / "dw-farmers-furniture.html", page)
    result = CliRunner().invoke(main, ["text", "-n", str(page)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (" 1  Farmers bring 5,000 tractors to Berlin in protest at "
                                             "fertilizer rules")
    assert "Picture gallery" not in result.output


def test_text_of_a_missing_or_unreadable_file_is_one_clean_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["text", str(tmp_path / "gone.txt")])
    assert (result.exit_code, result.output) == (1, f"Error: {tmp_path / 'gone.txt'}: no such file\n")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    result = CliRunner().invoke(main, ["text", str(tmp_path / "photo.txt")])
    assert (result.exit_code, result.output) == (1, f"Error: {tmp_path / 'photo.txt'}:3:1: looks like a "
                                                 "binary file, not an article (a NUL byte here); save the "
                                                 "article as UTF-8 text (.txt, .md or .html)\n")


def test_a_page_dated_in_an_unknown_time_zone_reads_without_a_library_warning(tmp_path: Path) -> None:
    # The Globe and Mail's pages date themselves "2016-04-19 07:18:19 EDT", which dateutil warns about.
    page = tmp_path / "dated.html"
    page.write_text('<html><head><meta name="last-modified" content="2016-04-19 07:18:19 EDT">'
                    "<title>Council votes on the bridge</title></head><body><article>"
                    "<h1>Council votes on the bridge</h1><p>The city council voted on Tuesday to repair "
                    "the old bridge over the river, after two years of debate about its cost.</p>"
                    "</article></body></html>", encoding="utf-8")
    shown = subprocess.run([Path(sys.executable).parent / "briefs", "text", str(page)], capture_output=True,
                           text=True, check=False)
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith("Council votes on the bridge\n")
