"""The briefs options in mkdocs.yml are validated like sidecars: every mistake named, all at once."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from bs4 import BeautifulSoup

from generator.settings import DEFAULT_VERDICTS, Settings, read_project_settings, settings_from_mapping
from tests.claimreview import claim_reviews_of
from tests.conftest import FIXTURES, make_project, run_mkdocs_build

FIELDS_FIXTURE = FIXTURES / "every-field"

BROKEN = {
    "verdicts": {
        "accurate": {"rating": 5},
        "misleading": {"colour": "red;}body{", "rating": "five"},
        "Not Sure": {"label": "Not sure"},
        False: {"label": "False", "rating": 1},
        "unsupported": {"rating": 3},
        "mostly-accurate": {"rating": 4},
    },
    "review_author_url": "ftp://example.org",
    "serach": "pagefind",
    "second_review": "yes",
}
# Each broken option, and a word of the fix its message must give.
EXPECTED = {
    "plugins.briefs.verdicts.misleading.colour": "#rrggbb",
    "plugins.briefs.verdicts.misleading.rating": "from 1 to 5",
    "plugins.briefs.verdicts.Not Sure": "lowercase letters",
    "plugins.briefs.verdicts: the verdict id false": 'quotes, "false"',
    "plugins.briefs.review_author_url": "https://",
    "plugins.briefs: unknown key 'serach'": "did you mean 'search'?",
    "plugins.briefs.second_review": "true or false",
    "plugins.briefs.verdicts.mostly-accurate.rating: 4 rates 'mostly-accurate' above 'unsupported'":
        "check_rating_order: false",
    "plugins.briefs.verdicts: the scale must include 'unrated'": "add `unrated: {}`",
}


def write_options(project: Path, options: dict[str, Any]) -> Path:
    """Replace the briefs plugin's options in the project's mkdocs.yml."""
    config_file = project / "mkdocs.yml"
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["plugins"] = [{"briefs": options} if isinstance(p, dict) and "briefs" in p else p
                         for p in config["plugins"]]
    config_file.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def broken_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_options(make_project(tmp_path_factory.mktemp("broken") / "project"), BROKEN)


def reported(output: str) -> list[str]:
    """The problems of mkdocs.yml in a command's output, from the file name on."""
    return [m.group(1) for line in output.splitlines() if (m := re.search(r"(mkdocs\.yml:.*)", line))]


def test_a_broken_scale_stops_mkdocs_build_naming_every_option_and_its_fix(
        broken_project: Path, tmp_path: Path) -> None:
    result = run_mkdocs_build(broken_project, tmp_path / "site")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "site" / "index.html").exists()
    for option, fix in EXPECTED.items():
        line = next((x for x in reported(result.stderr) if option in x), None)
        assert line is not None, f"{option} not reported:\n{result.stderr}"
        assert fix in line
    # Located like a sidecar's problem: the line and column of the value in mkdocs.yml.
    colour = next(x for x in reported(result.stderr) if "misleading.colour" in x)
    text = (broken_project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()
    line_no, col = map(int, re.search(r"mkdocs\.yml:(\d+):(\d+):", colour).groups())  # type: ignore[union-attr]
    assert text[line_no - 1][col - 1:].startswith("red;}body{")


def test_briefs_check_reports_the_same_problems_as_the_build(broken_project: Path, tmp_path: Path) -> None:
    build = run_mkdocs_build(broken_project, tmp_path / "site")
    check = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=broken_project,
                           capture_output=True, text=True, check=False)
    assert check.returncode == 1
    shown_by_build = reported(build.stderr)
    assert reported(check.stdout) == shown_by_build
    assert len(shown_by_build) == len(EXPECTED)


def test_ratings_that_rise_along_the_scale_are_refused_unless_the_config_allows_them() -> None:
    scale = {"accurate": {"rating": 5}, "misleading": {"rating": 2}, "unsupported": {"rating": 3},
             "false": {"rating": 1}, "unrated": None}
    refused = settings_from_mapping({"verdicts": scale}, Path("."))
    assert isinstance(refused, tuple)
    assert [p.field for p in refused] == ["plugins.briefs.verdicts.unsupported.rating"]
    assert "'misleading'" in refused[0].message and "check_rating_order: false" in refused[0].hint
    allowed = settings_from_mapping({"verdicts": scale, "check_rating_order": False}, Path("."))
    assert isinstance(allowed, Settings)
    assert [v.rating for v in allowed.verdicts] == [5, 2, 3, 1, None]
    worst_first = settings_from_mapping({"verdicts": {"false": {"rating": 1}, "accurate": {"rating": 5},
                                                      "unrated": None}}, Path("."))
    assert isinstance(worst_first, Settings)


def test_a_scale_without_unrated_is_refused() -> None:
    refused = settings_from_mapping({"verdicts": {"accurate": {}}}, Path("."))
    assert isinstance(refused, tuple)
    assert [(p.field, "'unrated'" in p.message) for p in refused] == [("plugins.briefs.verdicts", True)]


def test_the_default_scale_is_consistent_and_is_what_an_unconfigured_project_gets(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins:\n  - briefs\n", encoding="utf-8")
    settings = read_project_settings(config)
    assert isinstance(settings, Settings)
    assert settings.verdicts == DEFAULT_VERDICTS
    assert isinstance(settings_from_mapping({"verdicts": {v.id: {"rating": v.rating} for v in
                                                          DEFAULT_VERDICTS}}, tmp_path), Settings)


def test_a_listed_default_step_keeps_what_it_does_not_override() -> None:
    settings = settings_from_mapping({"verdicts": {"accurate": {"label": "Correct"}, "unrated": {}}},
                                     Path("."))
    assert isinstance(settings, Settings)
    accurate = settings.verdict("accurate")
    assert (accurate.label, accurate.colour, accurate.rating) == ("Correct", DEFAULT_VERDICTS[0].colour,
                                                                  DEFAULT_VERDICTS[0].rating)


def test_a_site_with_its_own_scale_gains_insufficient_evidence_with_one_line() -> None:
    own = {"accurate": {"label": "Correct"}, "disputed": {"label": "Disputed", "rating": 3},
           "false": {"rating": 1}, "unrated": {}}
    before = settings_from_mapping({"verdicts": own}, Path("."))
    lines = {**{k: v for k, v in own.items() if k != "unrated"}, "insufficient-evidence": {}, "unrated": {}}
    after = settings_from_mapping({"verdicts": lines}, Path("."))
    assert isinstance(before, Settings) and isinstance(after, Settings)
    assert after.verdict_ids == ["accurate", "disputed", "false", "insufficient-evidence", "unrated"]
    default = next(v for v in DEFAULT_VERDICTS if v.id == "insufficient-evidence")
    assert after.verdict("insufficient-evidence") == default and default.label == "Insufficient evidence"
    assert default.rating is None  # it rates no claim true or false, so ClaimReview gets no number


def test_a_step_written_as_text_is_told_its_keys_and_an_empty_reviewer_address_means_none() -> None:
    refused = settings_from_mapping({"verdicts": {"accurate": "green", "unrated": None}}, Path("."))
    assert isinstance(refused, tuple)
    assert [p.format() for p in refused] == [
        "mkdocs.yml: plugins.briefs.verdicts.accurate: must be a mapping with keys "
        "(label, colour, rating, description, icon), not 'green'"]
    settings = settings_from_mapping({"review_author_url": ""}, Path("."))
    assert isinstance(settings, Settings) and settings.review_author_url == ""


def test_a_configured_step_reaches_the_badge_the_stylesheet_and_the_claim_review(tmp_path: Path) -> None:
    project = write_options(make_project(tmp_path / "project", FIELDS_FIXTURE), {"verdicts": {
        "accurate": {}, "misleading": {"label": "Half true", "colour": "#123456", "icon": "½", "rating": 3},
        "unrated": {}}})
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((tmp_path / "site" / "briefs" / "every-field" / "index.html").read_text(
        encoding="utf-8"), "html.parser")
    badge = page.select_one(".nb-verdict--misleading")
    assert badge is not None and badge.get_text(" ", strip=True) == "½ Half true"
    css = (tmp_path / "site" / "assets" / "stylesheets" / "verdicts.css").read_text(encoding="utf-8")
    assert ".nb-verdict--misleading{--nb-verdict:#123456}" in css
    reviews = claim_reviews_of(tmp_path / "site", "every-field").values()  # each on its claim's page
    review = next(r for r in reviews if r["reviewRating"].get("ratingValue") == 3)
    rating = review["reviewRating"]
    assert (rating["ratingValue"], rating["alternateName"]) == (3, "Half true")


# --- hostile options: each refused at its line, in words -------------------------------------------

HOSTILE_OPTIONS = """\
      listing_size: true
      excerpt_context: 0
      review_author: Second Desk
      editorial:
        contact: "javascript://example.org/%0aalert(document.domain)"
        corrections_contact: "data:text/html,<script>alert(1)</script>"
"""


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example options with a boolean for a number, a zero excerpt, a repeated key, script links."""
    project = make_project(tmp_path_factory.mktemp("hostile") / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^      editorial:\n(        .*\n|      #.*\n)*", "", text)  # one editorial, below
    text = re.sub(r"(?m)^(      publish: full\n)", lambda m: m.group(1) + HOSTILE_OPTIONS, text, count=1)
    text = re.sub(r"(?m)^      excerpt_context: sentence\n", "", text)
    config.write_text(text, encoding="utf-8")
    return project


@pytest.fixture(scope="module")
def hostile_outputs(hostile_project: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """What `briefs check` prints, and what `mkdocs build` logs, for the hostile options."""
    check = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=hostile_project,
                           capture_output=True, text=True, check=False)
    site = tmp_path_factory.mktemp("hostile-site")
    build = run_mkdocs_build(hostile_project, site)
    assert check.returncode == build.returncode == 1
    assert not (site / "about" / "index.html").exists()
    assert "Traceback" not in check.stderr + build.stderr
    return check.stdout, build.stderr


def hostile_line(outputs: tuple[str, str], option: str, hostile_project: Path) -> str:
    """The one problem of ``option``, the same from both faces, checked to point at its line."""
    check, build = (next((x for x in reported(out) if x.split(": ")[1] == option), "") for out in outputs)
    assert check and check == build, outputs
    line_no = int(check.split(":")[1])
    return (hostile_project / "mkdocs.yml").read_text(encoding="utf-8").splitlines()[line_no - 1]


def test_a_boolean_is_not_taken_for_a_number(hostile_outputs: tuple[str, str], hostile_project: Path) -> None:
    line = hostile_line(hostile_outputs, "plugins.briefs.listing_size", hostile_project)
    assert line.strip() == "listing_size: true"
    shown = next(x for x in reported(hostile_outputs[0]) if "listing_size" in x)
    assert shown.endswith("listing_size: expected a whole number above 0, got true; "
                          "write a number without quotes, e.g. 100")


def test_a_zero_excerpt_context_is_told_what_is_expected_in_words(
        hostile_outputs: tuple[str, str], hostile_project: Path) -> None:
    assert hostile_line(hostile_outputs, "plugins.briefs.excerpt_context", hostile_project).strip() == \
        "excerpt_context: 0"
    shown = [x for x in reported(hostile_outputs[0]) if "excerpt_context" in x]
    assert len(shown) == 1 and "expected sentence, or a whole number of characters above 0, got 0" in shown[0]
    assert "Input should" not in hostile_outputs[0] + hostile_outputs[1]


def test_a_repeated_option_is_refused_at_its_line(hostile_outputs: tuple[str, str],
                                                  hostile_project: Path) -> None:
    assert hostile_line(hostile_outputs, "plugins.briefs", hostile_project).strip() == \
        "review_author: Second Desk"
    shown = next(x for x in reported(hostile_outputs[0]) if "duplicate key" in x)
    assert re.search(r"duplicate key 'review_author' \(first at line \d+, column 7\); keep one", shown)


def test_contact_addresses_accept_only_http_https_and_mailto(
        hostile_outputs: tuple[str, str], hostile_project: Path) -> None:
    for option, scheme in (("contact", "javascript:"), ("corrections_contact", "data:")):
        line = hostile_line(hostile_outputs, f"plugins.briefs.editorial.{option}", hostile_project)
        assert line.strip().startswith(f'{option}: "{scheme}')
    shown = next(x for x in reported(hostile_outputs[0]) if "editorial.contact" in x)
    assert "expected an e-mail address or an http://, https:// or mailto: address" in shown
    assert len(reported(hostile_outputs[0])) == 5


def test_a_contact_as_a_mailto_address_is_a_working_link_on_both_pages(tmp_path: Path) -> None:
    project = write_options(make_project(tmp_path / "project"), {"editorial": {
        "contact": "https://example.org/contact", "corrections_contact": "mailto:desk@example.org"}})
    (project / "briefs").rmdir()
    shutil.copytree(FIXTURES / "seed_briefs", project / "briefs")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    hrefs = {page: [a["href"] for a in BeautifulSoup((tmp_path / "site" / page / "index.html").read_text(
        encoding="utf-8"), "html.parser").select("article a[href]")] for page in ("about", "corrections")}
    assert "https://example.org/contact" in hrefs["about"]
    assert "mailto:desk@example.org" in hrefs["corrections"]
    assert not any(h.startswith("mailto:mailto:") for h in hrefs["corrections"])


def test_a_briefs_folder_without_a_brief_is_a_warning_naming_it(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    (project / "briefs" / "actors.yaml").write_text("{}\n", encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "generator.cli", "check"], cwd=project,
                           capture_output=True, text=True, check=False)
    warning = ("briefs: the briefs folder holds no brief (an article and a sidecar of the same name); "
               "check `briefs_dir` under the briefs plugin in mkdocs.yml, or add a brief")
    assert check.returncode == 0
    assert check.stderr.splitlines() == [f"warning: {warning}", "0 brief(s) checked"]
    build = run_mkdocs_build(project, tmp_path / "site")
    assert build.returncode == 1  # --strict: a warning fails the build
    assert f"WARNING -  briefs: {warning}" in build.stderr


# A wrong value for every option: each is told what is expected in words, in one message.
WRONG = {"briefs_dir": 3, "verdicts": ["accurate"], "review_author": "", "review_author_url": "javascript:x",
         "search": "lunr", "render_cache": "yes", "second_process": 1, "preview_polling": "on",
         "check_rating_order": None,
         "publish": 3, "excerpt_context": -5, "allow_unrated": "no", "verdict_history": 2,
         "structured_data": [], "second_review": "yes", "listing_size": "100", "editorial": {"contact": "ftp://example.org"},
         "rights": "", "data_licence": {"url": "ftp://example.org/licence"}}


def test_every_option_says_what_it_expects_in_words() -> None:
    from generator.settings import PluginOptions

    assert set(WRONG) == {f.name for f in dataclasses.fields(PluginOptions)}, "give each option a wrong value"
    for option, value in WRONG.items():
        problems = settings_from_mapping({option: value}, Path("."))
        assert isinstance(problems, tuple) and len(problems) == 1, (option, problems)
        said = problems[0].message + "; " + problems[0].hint
        assert not re.search(r"Input should|valid integer|greater than", said), (option, said)
        assert re.search(r"expected|must (not )?be|is not one of|is not an", said), (option, said)
