"""``briefs new``: a first sidecar that proposes every quotation, valid before any verdict is set."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from generator.authoring.draft import candidate_names
from generator.cli import main
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build
from tests.test_settings import write_options

FIXTURES = Path(__file__).parent / "fixtures" / "articles"


def new_project(tmp_path: Path, article: Path, stem: str) -> Path:
    """A project with just mkdocs.yml, the theme overrides and one article in briefs/."""
    project = make_project(tmp_path / "project")
    shutil.copy(article, project / "briefs" / f"{stem}{article.suffix}")
    return project


def run_new(project: Path, monkeypatch: pytest.MonkeyPatch, article: str) -> tuple[int, str, dict[str, Any]]:
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["new", article])
    sidecar = Path(article).with_suffix(".yaml")
    draft = yaml.safe_load(sidecar.read_text(encoding="utf-8")) if sidecar.exists() else {}
    return result.exit_code, result.output, draft


@pytest.fixture
def seed_draft(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, Any]]:
    project = new_project(tmp_path, SEED_BRIEFS / f"{SEED_STEM}.txt", SEED_STEM)
    code, output, draft = run_new(project, monkeypatch, f"briefs/{SEED_STEM}.txt")
    assert code == 0, output
    return project, draft


def test_every_quotation_of_the_seed_is_proposed_with_its_speaker(seed_draft: tuple[Path, Any]) -> None:
    _, draft = seed_draft
    proposed = [(c["by"], [p if isinstance(p, str) else p["exact"] for p in
                           (c["quote"] if isinstance(c["quote"], list) else [c["quote"]])])
                for c in draft["claims"]]
    expected = [
        ("senior-american-official", ["It does look like a terrorist", "As far as we’re aware, that’s "]),
        ("ebrahim-raisi", ["I warn the Zionist regime, don"]),
        ("esmail-ghaani", ["And you will see by the power "]),
        ("matthew-miller", ["to address the irresponsible c", "Number one, the United States "]),
        ("matthew-miller", ["We just do not have any inform"]),
    ]
    assert len(proposed) == len(expected)
    for (by, pieces), (speaker, starts) in zip(proposed, expected, strict=True):
        assert by == speaker and len(pieces) == len(starts)
        assert all(piece.startswith(start.strip()) for piece, start in zip(pieces, starts, strict=True))
    assert {k: v["name"] for k, v in draft["actors"].items()} == {
        "senior-american-official": "Senior American official (unnamed)", "ebrahim-raisi": "Ebrahim Raisi",
        "esmail-ghaani": "Esmail Ghaani", "matthew-miller": "Matthew Miller"}


def test_the_draft_fills_what_the_article_says_and_marks_what_a_person_must(
        seed_draft: tuple[Path, Any]) -> None:
    project, draft = seed_draft
    text = (project / "briefs" / f"{SEED_STEM}.yaml").read_text(encoding="utf-8")
    assert draft["source"]["outlet"] == "World Israel News"
    assert draft["source"]["author"] == "Batya Jerenberg"
    assert draft["omit"] == ["Read\u00a0 The Russian dictator’s double terrorism standards"]
    assert "# qassem-soleimani: {name: \"Qassem Soleimani\", kind: TODO}" in text
    assert text.count("# verdict: TODO") == 5
    assert "published: " in text and "# TODO: the article's date" in text


def test_a_draft_is_checked_but_never_published(seed_draft: tuple[Path, Any], tmp_path: Path) -> None:
    project, draft = seed_draft
    assert draft["status"] == "draft"
    checked = CliRunner().invoke(main, ["check"])
    assert checked.exit_code == 0 and checked.output == "0 brief(s) and 1 draft(s) checked: no problems\n"
    site = tmp_path / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    assert not (site / "briefs" / SEED_STEM).exists()
    published = [p for p in site.rglob("*") if p.is_file() and p.suffix in (".html", ".json", ".xml")]
    # No page, listing, feed, data file or search entry names the draft's page (the authoring
    # guide names the seed's files as an example, so the address is what is looked for).
    assert not [p for p in published if f"briefs/{SEED_STEM}/" in p.read_text(encoding="utf-8")]
    assert not (site / "actors" / "senior-american-official").exists()


def test_a_draft_marked_published_with_todos_left_fails_strict_with_each_place(
        seed_draft: tuple[Path, Any], tmp_path: Path) -> None:
    project, draft = seed_draft
    sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
    text = sidecar.read_text(encoding="utf-8")
    filled = re.sub(r"    # verdict: TODO.*\n.*\n",
                    "    verdict: not-checkable\n    explanation: Reviewed by a person.\n", text)
    sidecar.write_text(filled.replace("status: draft", "status: published"), encoding="utf-8")
    lines = sidecar.read_text(encoding="utf-8").splitlines()
    summary_line = next(i for i, line in enumerate(lines, 1) if line.startswith("summary:"))
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert (f"briefs/{SEED_STEM}.yaml:{summary_line}:10: summary: still holds a TODO marker"
            in result.stderr), result.stderr
    claim_todos = [line for line in result.stderr.splitlines() if "claim: still holds a TODO" in line]
    assert len(claim_todos) == len(draft["claims"]) > 1  # one for each proposed claim
    assert all(re.search(rf"{SEED_STEM}\.yaml:\d+:\d+: claims\[\d\]\.claim:", line) for line in claim_todos)


def test_new_never_overwrites_a_sidecar(seed_draft: tuple[Path, Any]) -> None:
    project, _ = seed_draft
    sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
    sidecar.write_text("summary: my work\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["new", f"briefs/{SEED_STEM}.txt"])
    assert result.exit_code == 1
    assert result.output == (f"Error: briefs/{SEED_STEM}.yaml: already exists; briefs new never "
                             "overwrites a sidecar (edit it, or move it away first)\n")
    assert sidecar.read_text(encoding="utf-8") == "summary: my work\n"


@pytest.mark.parametrize("suffix", [".yml", ".YAML"])
def test_new_sees_a_sidecar_spelt_yml_and_writes_no_second_one(seed_draft: tuple[Path, Any],
                                                               suffix: str) -> None:
    project, _ = seed_draft
    (project / "briefs" / f"{SEED_STEM}.yaml").unlink()
    sidecar = project / "briefs" / f"{SEED_STEM}{suffix}"
    sidecar.write_text("summary: my work\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["new", f"briefs/{SEED_STEM}.txt"])
    assert result.exit_code == 1
    assert result.output == (f"Error: briefs/{SEED_STEM}{suffix}: already exists; briefs new never "
                             "overwrites a sidecar (edit it, or move it away first); "
                             f"rename it to {SEED_STEM}.yaml\n")
    assert not (project / "briefs" / f"{SEED_STEM}.yaml").exists()


def test_an_html_capture_gives_source_fields_and_speakers(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    project = new_project(tmp_path, FIXTURES / "harbour-strike-jsonld.html", "dock-strike")
    code, output, draft = run_new(project, monkeypatch, "briefs/dock-strike.html")
    assert code == 0, output
    assert "title" not in draft  # the outlet's headline is the outlet's, not the brief's title
    assert "#   \"Dock workers strike over pay\", is shown apart" in (
        project / "briefs" / "dock-strike.yaml").read_text(encoding="utf-8")
    assert draft["source"] == {"outlet": "The Coastal Herald", "author": "Mara Quint",
                               "url": "https://coastal-herald.example/2024/03/dock-strike",
                               "published": __import__("datetime").date(2024, 3, 12)}
    assert [(c["by"], c["quote"]) for c in draft["claims"]] == [
        ("jo-berg", "We have not had a real rise in six years"),
        ("port-authority", "is the best the harbour can afford this year")]
    assert draft["actors"]["port-authority"]["name"] == "Port authority (unnamed)"
    assert CliRunner().invoke(main, ["check"]).exit_code == 0


def test_the_draft_offers_the_verdicts_of_the_projects_own_scale(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_options(new_project(tmp_path, FIXTURES / "harbour-strike-jsonld.html", "dock-strike"),
                            {"verdicts": {"correct": {"rating": 5}, "disputed": {"rating": 3},
                                          "unrated": None}})
    code, output, _ = run_new(project, monkeypatch, "briefs/dock-strike.html")
    assert code == 0, output
    text = (project / "briefs" / "dock-strike.yaml").read_text(encoding="utf-8")
    offered = re.findall(r"# verdict: TODO \(([^)]*)\)", text)
    assert offered and set(offered) == {"correct, disputed"}


def test_new_refuses_a_broken_scale_as_check_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = write_options(new_project(tmp_path, FIXTURES / "harbour-strike-jsonld.html", "dock-strike"),
                            {"verdicts": {"accurate": {"colour": "green"}, "unrated": None}})
    code, output, _ = run_new(project, monkeypatch, "briefs/dock-strike.html")
    assert code == 1
    assert "mkdocs.yml:" in output and "plugins.briefs.verdicts.accurate.colour: expected #rrggbb" in output
    assert not (project / "briefs" / "dock-strike.yaml").exists()


def test_candidate_names_lose_the_words_that_open_a_sentence_but_keep_an_organisations_title() -> None:
    text = ("Yet Gordon Sondland met the State Department. Some White House aides left. "
            "Former Labour Party leaders met.")
    assert candidate_names(text) == ["Gordon Sondland", "State Department", "White House", "Labour Party"]


def test_candidate_names_take_a_particle_only_inside_a_name() -> None:
    """'Charles de Gaulle' is a name; 'Prime deals' and 'Forte declined' give no 'Prime de' or 'Forte de'."""
    text = "Charles de Gaulle spoke. Prime deals were cut. Tom Forte declined to comment."
    assert candidate_names(text) == ["Charles de Gaulle", "Tom Forte"]


def test_candidate_names_drop_a_french_opener_and_a_crosshead_in_capitals() -> None:
    """'Avec Jonathan Allen' (a credit line) offers Jonathan Allen; 'PAS L'HEURE D'UN DÉBAT', a crosshead,
    offers nothing; 'Le Monde' keeps its article."""
    text = ("Le Monde et le FBI enquêtent.\n\nPAS L'HEURE D'UN DÉBAT\n\nLa police parle.\n\n"
            "Avec Jonathan Allen à New York.")
    assert candidate_names(text) == ["Le Monde", "FBI", "Jonathan Allen", "New York"]


def test_the_other_names_offer_each_key_once_and_a_possessive_as_its_owner(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'Whole Foods' and 'Whole Foods’ strategy' would both offer `whole-foods`: a duplicate key once
    uncommented."""
    article = tmp_path / "article.txt"
    article.write_text("Halibut and a grocer\n\nWhole Foods Market cut prices. Amazon bought Whole Foods in "
                       "2017, and Whole Foods’ strategy changed. The Marine Stewardship Council certifies "
                       "the fish.\n", encoding="utf-8")
    text, _ = draft_of(tmp_path, monkeypatch, article)
    offered = re.findall(r"^  # ([\w-]+): \{name: (\"[^\"]*\")", text, re.M)
    assert ("whole-foods", '"Whole Foods"') in offered
    assert len({key for key, _ in offered}) == len(offered)
    assert not any(name.endswith(('’"', "'\"")) for _, name in offered)


LANGUAGES = FIXTURES.parent / "languages"
LIBERATION_TEXT = (LANGUAGES / "2015-04-30-nepal-earthquake-french-victims.txt").read_text(encoding="utf-8")
MEHR_TEXT = (LANGUAGES / "2025-08-09-pezeshkian-reporters-day.txt").read_text(encoding="utf-8")


def saved_page(folder: Path, stem: str, html_attributes: str, meta: str, text: str) -> Path:
    """A saved news page: its ``<html>`` attributes, its meta tags, the article's paragraphs."""
    headline, *paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = folder / f"{stem}.html"
    page.write_text(f"<!doctype html><html {html_attributes}><head><title>{headline}</title>{meta}</head>"
                    f"<body><article><h1>{headline}</h1>{body}</article></body></html>", encoding="utf-8")
    return page


def draft_of(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, article: Path) -> tuple[str, dict[str, Any]]:
    project = new_project(tmp_path, article, "2015-04-30-article")
    code, output, draft = run_new(project, monkeypatch, f"briefs/2015-04-30-article{article.suffix}")
    assert code == 0, output
    return (project / "briefs" / "2015-04-30-article.yaml").read_text(encoding="utf-8"), draft


def test_a_page_that_states_its_language_gets_that_tag_once_its_text_agrees(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = saved_page(tmp_path, "liberation", 'lang="fr-FR"', "", LIBERATION_TEXT)
    text, draft = draft_of(tmp_path, monkeypatch, page)
    assert draft["language"] == "fr-FR"
    assert "language: fr-FR  # the page says fr-FR and the text reads as fr; check\n" in text


def test_the_text_wins_over_a_page_template_that_states_another_language(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = saved_page(tmp_path, "mehr", 'lang="en"', '<meta property="og:locale" content="en_US">', MEHR_TEXT)
    text, draft = draft_of(tmp_path, monkeypatch, page)
    assert draft["language"] == "fa"
    assert "language: fa  # the text reads as fa, though the page says en; check\n" in text


def test_a_plain_text_article_is_identified_by_its_words(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "mehr.txt"
    article.write_text(MEHR_TEXT, encoding="utf-8")
    _, draft = draft_of(tmp_path, monkeypatch, article)
    assert draft["language"] == "fa"


def test_an_english_article_needs_no_language_line(seed_draft: tuple[Path, dict[str, Any]]) -> None:
    project, draft = seed_draft
    assert "language" not in draft
    assert "\nlanguage:" not in (project / "briefs" / f"{SEED_STEM}.yaml").read_text(encoding="utf-8")


def test_candidate_names_leave_out_a_headlines_title_case_and_a_mayors_title() -> None:
    """A headline's capitalised words the article never repeats ('Winter Wreaks Havoc') are no names;
    'Mayor Bill de Blasio' is offered as Bill de Blasio; a name the headline shares with the body stays."""
    text = ("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on New York\n\n"
            "Mayor Bill de Blasio said New York would cope. Con Edison crews worked all night.")
    assert candidate_names(text) == ["New York", "Bill de Blasio", "Con Edison"]
