"""``briefs check --release``: what a preview lets through and going live does not, each refusal
located at the text that causes it, on fixture projects checked by the real command."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.publishing.release_gate import PLACEHOLDER_WORDING, placeholder_address
from generator.settings import Editorial
from tests.conftest import FIXTURES, SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build

SIDECAR = f"briefs/{SEED_STEM}.yaml"
LIVE = {  # what a newsroom sets before going live, each replacing the line of the shipped mkdocs.yml
    "site_name": "The Harbour Desk",
    "site_url": "https://harbourdesk.news/",
    "review_author": "The Harbour Desk",
}
EDITORIAL = """      editorial:
        about: The Harbour Desk is a two-person fact-checking desk in Portsmouth.
        funding: Funded by its readers; it takes no money from anyone it checks.
        contact: corrections@harbourdesk.news
"""


def set_line(project: Path, key: str, value: str) -> None:
    """Replace the first ``key:`` line of the project's mkdocs.yml, keeping its indentation."""
    config = project / "mkdocs.yml"
    text, count = re.subn(rf"^([ \t]*){key}:.*$", rf"\g<1>{key}: {value}", config.read_text(encoding="utf-8"),
                          count=1, flags=re.MULTILINE)
    assert count == 1, key
    config.write_text(text, encoding="utf-8")


def drop_line(project: Path, key: str) -> None:
    """Remove the first ``key:`` line of the project's mkdocs.yml (its value is then the default)."""
    config = project / "mkdocs.yml"
    text, count = re.subn(rf"^[ \t]*{key}:.*\n", "", config.read_text(encoding="utf-8"), count=1,
                          flags=re.MULTILINE)
    assert count == 1, key
    config.write_text(text, encoding="utf-8")


def set_editorial(project: Path, block: str) -> None:
    """Replace the briefs plugin's ``editorial:`` block with ``block``."""
    config = project / "mkdocs.yml"
    text = re.sub(r"^      editorial:\n(?:        .*\n|          .*\n)+", block,
                  config.read_text(encoding="utf-8"), count=1, flags=re.MULTILINE)
    config.write_text(text, encoding="utf-8")


def edit_sidecar(project: Path, old: str, new: str) -> None:
    sidecar = project / SIDECAR
    text = sidecar.read_text(encoding="utf-8")
    assert old in text, old
    sidecar.write_text(text.replace(old, new, 1), encoding="utf-8")


def shipped_project(folder: Path) -> Path:
    """The repository's mkdocs.yml, docs and theme with the seed brief: the example as shipped."""
    return make_project(folder, SEED_BRIEFS)


def live_project(folder: Path) -> Path:
    """The same project with a real address, organisation, editorial texts, contact, people and reviewers."""
    project = shipped_project(folder)
    for key, value in LIVE.items():
        set_line(project, key, value)
    set_editorial(project, EDITORIAL)
    shutil.copy(FIXTURES / "people" / "people.yaml", project / "briefs" / "people.yaml")
    edit_sidecar(project, "\nreviewed:", "\nwriter: dana-fictional\nreviewers: [omar-invented]\nreviewed:")
    return project


def release_check(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, list[str]]:
    """The exit code of ``briefs check --release`` in the project, and each problem line it printed."""
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["check", "--release", "--no-cache"])
    assert "Traceback" not in result.output
    return result.exit_code, [line for line in result.output.splitlines() if re.match(r"\S+:\d+:\d+: ", line)]


def text_at(project: Path, line: str) -> str:
    """The text of the file a problem names, from its line and column on."""
    path, number, col = re.match(r"([^:]+):(\d+):(\d+): ", line).groups()  # type: ignore[union-attr]
    return (project / path).read_text(encoding="utf-8").splitlines()[int(number) - 1][int(col) - 1:]


@pytest.fixture
def live(tmp_path: Path) -> Path:
    return live_project(tmp_path / "project")


def test_the_example_as_shipped_is_refused_with_each_placeholder_at_its_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = shipped_project(tmp_path / "project")
    code, problems = release_check(project, monkeypatch)
    assert code == 1
    located = {re.sub(r":\d+:\d+: ", ": ", p).split(";")[0]: text_at(project, p) for p in problems}
    title = 'title: "Kerman memorial bombings: who was blamed, and what the record shows"'
    assert located == {
        "mkdocs.yml: site_name: 'newsbriefs' is the name of the software, not of the site": "newsbriefs",
        "mkdocs.yml: site_url: 'briefs.example.org' is a domain reserved for examples":
            "https://briefs.example.org/",
        "mkdocs.yml: plugins.briefs.review_author: the reviews would be published by 'newsbriefs', the name "
        "of the software": "newsbriefs",
        "mkdocs.yml: plugins.briefs.editorial.corrections_contact: readers have no contact to report an "
        "error": "editorial:",
        "mkdocs.yml: plugins.briefs.editorial.about: still holds the shipped wording 'Edit this text'":
            "Edit this text in mkdocs.yml.",
        "mkdocs.yml: plugins.briefs.editorial.funding: still holds the shipped wording 'has not yet said'":
            "has not yet said how it is funded; edit `funding` in mkdocs.yml.",
        f"{SIDECAR}: writer: a published brief names no writer": title,
        f"{SIDECAR}: reviewers: a published brief names no reviewer": title,
    }


def test_the_example_as_shipped_still_builds_as_a_preview(tmp_path: Path) -> None:
    result = run_mkdocs_build(shipped_project(tmp_path / "project"), tmp_path / "site")
    assert result.returncode == 0, result.stderr


def test_a_copy_with_a_real_address_organisation_contact_people_and_reviewers_may_go_live(
        live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(live)
    result = CliRunner().invoke(main, ["check", "--release", "--no-cache"])
    assert result.exit_code == 0, result.output
    assert result.output == "1 brief(s) checked: no problems: ready to go live\n"


Breakage = Callable[[Path], None]
REFUSALS: dict[str, tuple[Breakage, str, str]] = {
    # name: (how the live project is broken, the message, the text the problem points at)
    "example.com": (lambda p: set_line(p, "site_url", "https://news.example.com/"),
                    "site_url: 'news.example.com' is a domain reserved for examples", "https://news.example.com/"),
    "example.net": (lambda p: set_line(p, "site_url", "https://example.net/briefs/"),
                    "site_url: 'example.net' is a domain reserved for examples", "https://example.net/briefs/"),
    "localhost": (lambda p: set_line(p, "site_url", "http://localhost:8000/"),
                  "site_url: 'localhost' is a local name, not a public address", "http://localhost:8000/"),
    "private address": (lambda p: set_line(p, "site_url", "http://192.168.1.20/"),
                        "site_url: '192.168.1.20' is a private or local address", "http://192.168.1.20/"),
    "loopback address": (lambda p: set_line(p, "site_url", "http://127.0.0.1:8000/"),
                         "site_url: '127.0.0.1' is a private or local address", "http://127.0.0.1:8000/"),
    "the tool as reviewer": (lambda p: set_line(p, "review_author", "NewsBriefs"),
                             "plugins.briefs.review_author: the reviews would be published by 'NewsBriefs', "
                             "the name of the software", "NewsBriefs"),
    "placeholder about": (lambda p: set_line(p, "about", "We check claims. Edit this text in mkdocs.yml."),
                          "plugins.briefs.editorial.about: still holds the shipped wording 'Edit this text'",
                          "Edit this text in mkdocs.yml."),
    "default funding": (lambda p: drop_line(p, "funding"),
                        "plugins.briefs.editorial.funding: the funding text is the shipped default",
                        "editorial:"),
    "no contact": (lambda p: drop_line(p, "contact"),
                   "plugins.briefs.editorial.corrections_contact: readers have no contact to report an error",
                   "editorial:"),
    "placeholder about page": (
        lambda p: (p / "docs" / "about.md").write_text("# About\n\nWe check claims.\nThis site has not yet "
                                                       "said how it is funded.\n", encoding="utf-8"),
        "docs/about.md: still holds the shipped wording 'has not yet said'",
        "has not yet said how it is funded."),
    "no writer": (lambda p: edit_sidecar(p, "writer: dana-fictional\n", ""),
                  f"{SIDECAR}: writer: a published brief names no writer", "title:"),
    "no reviewer": (lambda p: edit_sidecar(p, "reviewers: [omar-invented]\n", ""),
                    f"{SIDECAR}: reviewers: a published brief names no reviewer", "title:"),
    "writer as only reviewer": (lambda p: edit_sidecar(p, "[omar-invented]", "[dana-fictional]"),
                                f"{SIDECAR}: reviewers: 'dana-fictional' wrote the brief and is its only "
                                "reviewer",
                                "[dana-fictional]"),
    "no review date": (lambda p: edit_sidecar(p, "reviewed: 2026-11-24\n", ""),
                       f"{SIDECAR}: reviewed: a published brief has no review date", "title:"),
    "bare address source": (lambda p: edit_sidecar(p, "      - title: ", "      - https://example.org/bare\n"
                                                   "      - title: "),
                            "sources[0]: a source without a title", "https://example.org/bare"),
}


@pytest.mark.parametrize("name", REFUSALS)
def test_each_refusal_is_named_at_the_text_that_causes_it(name: str, live: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    breakage, message, at = REFUSALS[name]
    breakage(live)
    code, problems = release_check(live, monkeypatch)
    assert code == 1
    assert len(problems) == 1, problems
    assert message in re.sub(r":\d+:\d+: ", ": ", problems[0])
    assert text_at(live, problems[0]).startswith(at)


def test_a_source_with_an_address_but_no_title_is_refused_too(live: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    edit_sidecar(live, "      - title: ", "      - {url: https://example.org/untitled}\n      - title: ")
    code, problems = release_check(live, monkeypatch)
    assert code == 1 and len(problems) == 1
    assert "a source without a title" in problems[0]
    assert text_at(live, problems[0]).startswith("{url: https://example.org/untitled}")


def test_the_writer_may_be_the_only_reviewer_when_the_site_does_not_require_a_second_review(
        live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit_sidecar(live, "[omar-invented]", "[dana-fictional]")
    set_line(live, "briefs_dir", "briefs\n      second_review: false")
    code, problems = release_check(live, monkeypatch)
    assert (code, problems) == (0, [])


def test_a_draft_need_not_be_ready_to_go_live(live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edit_sidecar(live, "writer: dana-fictional\nreviewers: [omar-invented]\nreviewed: 2026-11-24\n",
                 "status: draft\n")
    code, problems = release_check(live, monkeypatch)
    assert (code, problems) == (0, [])


def test_the_ordinary_check_lets_through_what_only_going_live_needs(
        live: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The ordinary check (and so a preview build) lets the release gate's matters through."""
    edit_sidecar(live, "writer: dana-fictional\nreviewers: [omar-invented]\n", "")
    set_line(live, "site_url", "http://localhost:8000/")
    monkeypatch.chdir(live)
    assert CliRunner().invoke(main, ["check", "--no-cache"]).exit_code == 0


def test_the_shipped_defaults_are_all_recognised_as_placeholders() -> None:
    defaults = Editorial()
    for text in (defaults.about, defaults.funding):
        assert any(words.casefold() in text.casefold() for words in PLACEHOLDER_WORDING), text


@pytest.mark.parametrize("url", ["https://harbourdesk.news/", "https://fact.check.example.co.uk/",
                                 "http://203.0.113.5.nip.io/", "https://8.8.8.8/"])
def test_public_addresses_pass(url: str) -> None:
    assert placeholder_address(url) == ""


@pytest.mark.parametrize("url", ["", "https://example.org/", "https://a.b.example.com/", "http://intranet/",
                                 "http://[::1]:8000/", "https://10.1.2.3/", "http://172.16.0.9/",
                                 "https://news.test/", "http://briefs.local/"])
def test_placeholder_and_private_addresses_are_refused(url: str) -> None:
    assert placeholder_address(url) != ""
