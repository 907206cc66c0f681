"""``briefs new`` drafts any article in seconds: a page-long token, title or article takes no longer.

The quotation patterns once scanned a word again from each of its letters, so a
40,000-character token took 11 s and a 1 MB one hours. The bound here is
generous (a loaded machine is slow); only a return of that growth can pass it.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.authoring.draft import MAX_PROPOSED_CLAIMS
from generator.cli import main
from tests.conftest import make_project

SECONDS = 10.0
MB = 1_000_000
SAID = "“We will not go back until the pay is fair,” said Maria Lopez, who leads the union."


def draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str,
          content: str) -> tuple[float, dict[str, Any]]:
    """``briefs new`` on one article: the seconds it took and the sidecar it wrote."""
    project = make_project(tmp_path / "project")
    (project / "briefs" / name).write_text(content, encoding="utf-8")
    monkeypatch.chdir(project)
    started = time.monotonic()
    result = CliRunner().invoke(main, ["new", f"briefs/{name}"])
    took = time.monotonic() - started
    assert result.exit_code == 0, result.output
    sidecar = (project / "briefs" / name).with_suffix(".yaml")
    return took, yaml.safe_load(sidecar.read_text(encoding="utf-8"))


def speakers(sidecar: dict[str, Any]) -> list[str]:
    return [claim["by"] for claim in sidecar["claims"]]


@pytest.mark.parametrize("token", [
    "a" * MB,  # the pattern of roles read a possessive ("Lopez’s") from every letter
    "T" * MB + "’s",
    "Ab-c’" * (MB // 5),
    "." * MB,
])
def test_a_megabyte_token_is_drafted_in_seconds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 token: str) -> None:
    article = f"Dock strike\n\n{token} the minister said.\n\n“{token},” she said.\n\n{SAID}\n"
    took, sidecar = draft(tmp_path, monkeypatch, "strike.txt", article)
    assert took < SECONDS
    assert speakers(sidecar)[-1] == "maria-lopez"  # the article's real quotation is still read


@pytest.mark.parametrize("head", [
    f"<title>{'Dock strike ' * (MB // 12)}{'x' * MB}</title>",
    f"<title>Dock strike</title><meta name='author' content='{'a' * MB}'>",  # read for a web address
    f"<title>Dock strike</title><meta property='og:site_name' content='{'Port-news' * (MB // 9)}'>",
])
def test_a_megabyte_title_or_name_is_drafted_in_seconds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        head: str) -> None:
    page = f"<html><head>{head}</head><body><h1>Dock strike</h1>{f'<p>{SAID}</p>' * 3}</body></html>"
    took, sidecar = draft(tmp_path, monkeypatch, "strike.html", page)
    assert took < SECONDS
    assert speakers(sidecar) == ["maria-lopez"] * 3


def test_a_hundred_thousand_line_article_is_drafted_in_seconds(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"“Day {i} of the strike, and we hold,” said Maria Lopez." if i % 100 == 0 else f"Day {i}."
             for i in range(100_000)]
    took, sidecar = draft(tmp_path, monkeypatch, "strike.txt", "Dock strike\n\n" + "\n".join(lines) + "\n")
    assert took < SECONDS
    assert speakers(sidecar) == ["maria-lopez"] * MAX_PROPOSED_CLAIMS  # the first ones; the rest counted


def test_quotations_past_the_limit_are_counted_in_the_draft(tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"“Day {i} of the strike, and we hold,” said Maria Lopez."
             for i in range(MAX_PROPOSED_CLAIMS + 2)]
    project = make_project(tmp_path / "project")
    article = "Dock strike\n\n" + "\n\n".join(lines) + "\n"
    (project / "briefs" / "strike.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["new", "briefs/strike.txt"])
    assert result.output.startswith(f"wrote briefs/strike.yaml: {MAX_PROPOSED_CLAIMS} claim(s) proposed")
    text = (project / "briefs" / "strike.yaml").read_text(encoding="utf-8")
    assert text.endswith(f"# 2 more quotation(s) of the article are not proposed: a draft proposes the first "
                         f"{MAX_PROPOSED_CLAIMS}; add the ones that matter by hand\n")
    check = CliRunner().invoke(main, ["check"])
    assert check.exit_code == 0, check.output
