"""Publishing like a fact-checking newsroom, on a real build of a fixture project.

The project holds the seed brief (``tests/fixtures/seed_briefs``) and the
``tests/fixtures/newsroom`` briefs: one published as excerpts (with a
reported-speech claim, an unrated claim, a corrections log and an archived
copy) and a draft full of TODOs.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import extruct
import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.anchoring.release import GAP
from generator.cli import main
from generator.linking.corpus import load_corpus
from generator.publishing.json_ld import brief_jsonld, claim_jsonld
from generator.publishing.site import render_site
from generator.rendering.brief_page import shortened
from generator.rendering.links import Linker
from generator.settings import Settings, settings_from_mapping
from tests.claimreview import check_article, check_claim_review, claim_reviews_of, missing_feed_fields
from tests.conftest import (
    FIXTURE_PUBLISHER,
    FIXTURE_SITE_URL,
    FIXTURES,
    SEED_BRIEFS,
    SEED_STEM,
    make_project,
    run_mkdocs_build,
)

FIXTURE = FIXTURES / "newsroom"
EXCERPT = "2024-05-02-ferry-fares"
DRAFT = "2024-05-09-school-roof"
SITE_URL = FIXTURE_SITE_URL


def newsroom_project(folder: Path) -> Path:
    """A project with the seed brief and the newsroom fixture briefs."""
    project = make_project(folder, briefs=SEED_BRIEFS)
    for brief in FIXTURE.iterdir():
        shutil.copy(brief, project / "briefs" / brief.name)
    return project


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = newsroom_project(tmp_path_factory.mktemp("newsroom"))
    built = project / "site"
    result = run_mkdocs_build(project, built)
    assert result.returncode == 0, result.stderr
    return built


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def page(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup(read(site, f"{url}index.html"), "html.parser")


def words(text: str) -> str:
    """Text as compared here: entities decoded, typographic quotes plain, white space collapsed."""
    text = html.unescape(text).translate(str.maketrans("‘’“”\u00a0", "''\"\" "))
    return re.sub(r"\s+", " ", text)


def as_text(path: Path) -> str:
    """A built file as searchable text (JSON re-serialised so escapes such as \\u2019 are decoded)."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix in (".json", ".jsonld"):
        raw = json.dumps(json.loads(raw), ensure_ascii=False)
    return words(raw)


# --- 1. excerpt publishing ------------------------------------------------------------------------


def article_sentences(stem: str = EXCERPT) -> list[str]:
    """A fixture article, sentence by sentence.

    Left aside: the headline line (shown, labelled as the outlet's) and the lines the sidecar
    omits as capture artefacts (not article text; a note may describe them).
    """
    folder = SEED_BRIEFS if stem == SEED_STEM else FIXTURE
    text = (folder / f"{stem}.txt").read_text(encoding="utf-8")
    sidecar = yaml.safe_load((folder / f"{stem}.yaml").read_text(encoding="utf-8"))
    omitted = {words(line).strip() for line in sidecar.get("omit", [])}
    body = text.split("\n", 1)[1]
    return [s for line in body.splitlines() if line.strip() and words(line).strip() not in omitted
            for s in re.split(r"(?<=[.!?”])\s+(?=[A-Z“])", line.strip())]


def leaks(sentences: list[str], outputs: dict[str, str]) -> list[str]:
    """Each run of six words of these sentences that some output holds, and where."""
    found = []
    for sentence in sentences:
        tokens = words(sentence).split()
        for i in range(max(1, len(tokens) - 5)):
            run = " ".join(tokens[i:i + 6])
            found += [f"{name}: '{run}'" for name, text in outputs.items() if run in text]
    return found


ANNOTATED = [  # the sentences that hold a published claim or note: the excerpts
    "Fuel now costs twice what it did two years ago, she told reporters at the harbour office.",
    "“We were promised that fares would be frozen until 2026,” said Tom Reyes, who chairs the "
    "islanders' association.",
    "The council's transport officer said the operator had warned of higher costs last autumn.",
    "According to the officer, the contract lets the operator pass on fuel costs once a year.",
]


def published_outputs(site: Path, stem: str = EXCERPT, *more: str) -> dict[str, str]:
    """What the build publishes about a brief: its page, data, search entries and feed."""
    outputs = {name: as_text(site / name) for name in (
        f"briefs/{stem}/index.html", f"data/briefs/{stem}.json", f"data/briefs/{stem}.annotations.jsonld",
        "feed.xml", *more)}
    # The search index also holds the authoring guide, which quotes the seed's capture as an example.
    index = json.loads(read(site, "search/search_index.json"))["docs"]
    outputs["search/search_index.json"] = words(json.dumps(
        [d for d in index if d["location"].startswith(f"briefs/{stem}/")], ensure_ascii=False))
    return outputs


def test_the_fixture_sentences_split_into_the_excerpts_and_the_rest() -> None:
    sentences = article_sentences()
    assert set(ANNOTATED) < set(sentences) and len(sentences) == 11


def test_no_sentence_outside_the_excerpts_reaches_any_published_output(site: Path) -> None:
    listings = ("index.html", "claims/index.html", "actors/tom-reyes/index.html")
    outputs = published_outputs(site, EXCERPT, *listings)
    left_out = [s for s in article_sentences() if s not in ANNOTATED]
    assert len(left_out) == 7
    # Any six words in a row of a sentence would give it away.
    assert leaks(left_out, outputs) == []


def shown_article(site: Path, stem: str) -> str:
    """The article as a reader reads it on screen (markers and print-only notes left out)."""
    article = page(site, f"briefs/{stem}/").select_one(".nb-article")
    for hidden in article.select(".nb-marker, .nb-print-note"):
        hidden.decompose()
    return article.get_text()


def test_the_excerpts_themselves_are_published_in_page_and_data(site: Path) -> None:
    shown = words(shown_article(site, EXCERPT))
    data = words(json.loads(read(site, f"data/briefs/{EXCERPT}.json"))["text"])
    for sentence in ANNOTATED:
        assert words(sentence) in shown and words(sentence) in data, sentence


def test_a_window_of_characters_keeps_whole_words_around_each_passage() -> None:
    corpus, problems = load_corpus(Settings(briefs_dir=FIXTURE, excerpt_context=12))
    assert not problems
    brief = next(b for b in corpus.briefs if b.stem == EXCERPT)
    assert brief.excerpt
    pieces = [piece.strip() for piece in re.split(re.escape(GAP), brief.text) if piece.strip()]
    full = (FIXTURE / f"{EXCERPT}.txt").read_text(encoding="utf-8")
    for piece in pieces:  # each piece is whole words of the article, cut at white space
        at = full.index(piece)
        assert (at == 0 or full[at - 1].isspace()) and full[at + len(piece)].isspace(), piece
    assert "Fuel now costs twice what it did two years ago, she told" in pieces[0]
    assert all(brief.text[c.span.start:c.span.end] == c.claim.quote for c in brief.claims)


def test_an_excerpt_keeps_every_piece_of_a_quote_in_pieces() -> None:
    written, _ = load_corpus(Settings(briefs_dir=FIXTURES / "quote-pieces"))
    cut, problems = load_corpus(Settings(briefs_dir=FIXTURES / "quote-pieces", publish="excerpt"))
    assert not problems and cut.briefs[0].excerpt
    whole, excerpt = written.briefs[0], cut.briefs[0]
    pieces = [c for c in excerpt.claims if c.more]
    assert pieces
    for before, after in zip(whole.claims, excerpt.claims, strict=True):
        assert after.words(excerpt.text) == before.words(whole.text)


def test_an_excerpt_page_marks_its_gaps_and_links_the_original_and_its_archive(site: Path) -> None:
    brief = page(site, f"briefs/{EXCERPT}/")
    notice = brief.select_one(".nb-excerpt-notice")
    links = {a.get_text(): a["href"] for a in notice.select("a")}
    assert links == {"read the whole article at The Coastal Herald":
                     "https://coastal-herald.example/2024/05/ferry-fares",
                     "its archived copy": "https://web.archive.org/web/20240502120000/"
                     "https://coastal-herald.example/2024/05/ferry-fares"}
    # Left out: the lines before the first excerpt, the sentence between the first two, the
    # sentence after the second (and the unrated claim in it), and the last paragraph.
    # Each gap crossed a paragraph break, so each stands as a paragraph of its own.
    paragraphs = [p.get_text() for p in brief.select(".nb-article > p")]
    assert paragraphs.count(GAP) == 4 and shown_article(site, EXCERPT).count(GAP) == 4
    data = json.loads(read(site, f"data/briefs/{EXCERPT}.json"))
    assert data["publish"] == "excerpt" and data["source"]["archive"].startswith("https://web.archive.org/")
    for claim in data["claims"]:
        assert data["text"][claim["start"]:claim["end"]] == claim["quote"]


# --- 2. drafts --------------------------------------------------------------------------------------


def test_a_draft_is_not_published_and_nothing_links_to_it(site: Path) -> None:
    assert not (site / "briefs" / DRAFT).exists()
    assert not (site / "actors" / "todo-speaker").exists()
    for built in site.rglob("*"):
        if built.suffix in (".html", ".json", ".xml"):
            assert DRAFT not in built.read_text(encoding="utf-8"), built


def test_a_preview_shows_a_draft_with_its_banner_and_lists_it_nowhere() -> None:
    settings = Settings(briefs_dir=FIXTURE, show_drafts=True, site_url=SITE_URL)
    corpus, problems = load_corpus(settings)
    assert not problems
    files = render_site(corpus, settings, Linker())
    draft = files[f"briefs/{DRAFT}.md"]
    assert '<p class="nb-draft-banner" role="note"><strong>Draft</strong>' in draft
    own = (f"briefs/{DRAFT}.md", f"briefs/{DRAFT}/")  # its page and its claims' pages
    assert not [path for path, text in files.items() if DRAFT in text and not path.startswith(own)]


def test_a_published_brief_with_a_todo_or_a_placeholder_fails_strict_at_each_place(tmp_path: Path) -> None:
    project = newsroom_project(tmp_path / "project")
    sidecar = project / "briefs" / f"{DRAFT}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace("status: draft", "status: published"),
                       encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    where = f"briefs/{DRAFT}.yaml"
    for expected in (f"{where}:2:10: summary: still holds a TODO marker",
                     f"{where}:6:3: actors: 'todo-speaker' is a placeholder actor",
                     f"{where}:6:24: actors.todo-speaker.name: still holds a TODO marker",
                     f"{where}:10:12: claims[0].claim: still holds a TODO marker",
                     f"{where}:4:3: source: the article's date is missing"):
        assert expected in result.stderr, (expected, result.stderr)


# --- 3 and 5. dates, corrections log, honest presentation -----------------------------------------


def test_the_seed_brief_shows_its_title_the_outlets_headline_its_dates_and_its_log(site: Path) -> None:
    sidecar = yaml.safe_load((SEED_BRIEFS / f"{SEED_STEM}.yaml").read_text(encoding="utf-8"))
    brief = page(site, f"briefs/{SEED_STEM}/")
    assert brief.select_one("article h1").get_text() == sidecar["title"]
    assert brief.select_one(".nb-outlet-headline").get_text() == (
        "Headline as published by World Israel News: ISIS may be behind Iran bombings, US says")
    dates = brief.select_one(".nb-review-dates").get_text(" ", strip=True)
    assert dates == "Updated 28 November 2026 ( see what changed ) · Reviewed 24 November 2026"
    log = brief.select("#changes-to-this-brief + ol.nb-changes > li")
    assert [li.find("time")["datetime"] for li in log] == ["2026-11-28"] * len(sidecar["changes"])
    assert "Verdict changed" in log[0].get_text()
    source = {a.get_text(): a["href"] for a in brief.select(".nb-source a")}
    assert source["original article"] == sidecar["source"]["url"]


def test_every_brief_links_the_methodology_and_the_corrections_policy(site: Path) -> None:
    for stem in (SEED_STEM, EXCERPT):
        footer = page(site, f"briefs/{stem}/").select(".nb-editorial-links a")
        links = {a.get_text(): a["href"] for a in footer}
        assert links["How we check claims"] == "../../methodology/"
        assert links["Corrections policy: report an error"] == "../../corrections/"
        for href in links.values():
            assert (site / "briefs" / stem / href / "index.html").resolve().is_file()


def test_reported_speech_is_shown_without_quotation_marks_and_exported_as_such(site: Path) -> None:
    brief = page(site, f"briefs/{EXCERPT}/")
    row = brief.select_one("#card-claim-operator-warned .nb-card__quote a").get_text()
    assert row == "the operator had warned of higher costs last autumn (reported speech)"
    quoted = brief.select_one("#card-claim-freeze-promised .nb-card__quote a").get_text()
    assert quoted == "“We were promised that fares would be frozen until 2026”"
    data = json.loads(read(site, f"data/briefs/{EXCERPT}.json"))
    assert {c["id"]: c["paraphrase"] for c in data["claims"]} == {
        "fuel-doubled": False, "freeze-promised": False, "operator-warned": True}
    reviews = claim_reviews_of(site, EXCERPT)
    assert "text" not in reviews["operator-warned"]["itemReviewed"]
    assert reviews["freeze-promised"]["itemReviewed"]["text"] == (
        "We were promised that fares would be frozen until 2026")


def test_an_unrated_claim_is_held_back_everywhere(site: Path) -> None:
    for name, text in published_outputs(site).items():
        assert "families-cross-daily" not in text and "Many families cross" not in text, name


def test_sources_show_their_date(site: Path) -> None:
    item = page(site, f"briefs/{EXCERPT}/").select_one("#card-claim-fuel-doubled ul.nb-sources li")
    assert item.get_text() == "“Fuel bills 2022-2024”, Island Ferries, 5 May 2024"


def test_the_brief_page_ends_with_each_of_its_sources_once(site: Path) -> None:
    brief = page(site, f"briefs/{SEED_STEM}/")
    headings = [h2["id"] for h2 in brief.select("article h2")]
    assert headings[-1] == "sources"
    listed = [a["href"] for a in brief.select("ul.nb-brief-sources > li > a:first-of-type")]
    sidecar = yaml.safe_load((SEED_BRIEFS / f"{SEED_STEM}.yaml").read_text(encoding="utf-8"))
    cited = [s if isinstance(s, str) else s["url"] for item in [*sidecar["claims"], *sidecar["notes"]]
             if item.get("verdict", "x") for s in item.get("sources", [])]
    assert len(listed) == len(set(listed)) and set(listed) == set(cited)
    assert len(cited) > len(listed)  # some were cited more than once, and are listed once
    state = "https://www.state.gov/briefings/department-press-briefing-january-3-2024/"
    assert brief.select("ul.nb-brief-sources li")[listed.index(state)].get_text() == (
        "“Department Press Briefing – January 3, 2024”, US Department of State, 3 January 2024")


def specific_sources_project(folder: Path) -> Path:
    """The newsroom project with the fuel claim's source told in full, and the freeze claim backed only
    by a secondary source."""
    project = newsroom_project(folder)
    sidecar = project / "briefs" / f"{EXCERPT}.yaml"
    text = sidecar.read_text(encoding="utf-8").replace(
        "        published: 2024-05-05\n",
        "        published: 2024-05-05\n        author: Finance office\n        outlet: Island Ferries plc\n"
        "        accessed: 2024-05-06\n        archive: https://web.archive.org/web/2024/fuel-bills\n"
        "        kind: primary\n", 1).replace(
        "    explanation: The 2022 contract allows a yearly rise for fuel; no freeze was agreed.\n",
        "    explanation: The 2022 contract allows a yearly rise for fuel; no freeze was agreed.\n"
        "    sources:\n      - {url: https://blog.example/fares, title: A blog on fares,\n"
        "         kind: secondary}\n", 1)
    sidecar.write_text(text, encoding="utf-8")
    return project


def test_a_source_shows_who_published_it_when_it_was_read_its_copy_and_kind(tmp_path: Path) -> None:
    project = specific_sources_project(tmp_path / "project")
    settings = Settings(briefs_dir=project / "briefs", site_url=SITE_URL)
    corpus, problems = load_corpus(settings, project)
    assert problems == []
    brief = BeautifulSoup(render_site(corpus, settings, Linker())[f"briefs/{EXCERPT}.md"], "html.parser")
    item = brief.select_one("#card-claim-fuel-doubled ul.nb-sources li")
    assert item.get_text() == ("Finance office, “Fuel bills 2022-2024”, Island Ferries, Island Ferries plc, "
                               "5 May 2024 (Primary document; read 6 May 2024; archived copy)")
    assert [a["href"] for a in item.select("a")] == ["https://island-ferries.example/fuel-bills",
                                                     "https://web.archive.org/web/2024/fuel-bills"]
    assert item.select_one("time + time, time[datetime='2024-05-06']").get_text() == "6 May 2024"
    listed = [li.get_text() for li in brief.select("ul.nb-brief-sources li")]
    assert listed[0] == item.get_text() and "A blog on fares (Secondary)" in listed
    ferry = next(b for b in corpus.briefs if b.stem == EXCERPT)
    article = brief_jsonld(ferry, corpus, settings, f"{SITE_URL}briefs/{EXCERPT}/")["@graph"][0]
    assert article["citation"][0] == {
        "@type": "CreativeWork", "url": "https://island-ferries.example/fuel-bills",
        "name": "“Fuel bills 2022-2024”, Island Ferries", "author": {"name": "Finance office"},
        "publisher": {"@type": "Organization", "name": "Island Ferries plc"}, "datePublished": "2024-05-05",
        "archivedAt": "https://web.archive.org/web/2024/fuel-bills", "genre": "Primary document"}
    assert check_article(article, f"{SITE_URL}briefs/{EXCERPT}/") == ([], [])


def test_check_warns_at_a_claim_whose_only_sources_are_secondary_and_still_passes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = specific_sources_project(tmp_path / "project")
    monkeypatch.chdir(project)
    result = CliRunner().invoke(main, ["check", "--no-cache"])
    assert result.exit_code == 0, result.output
    sidecar = (project / "briefs" / f"{EXCERPT}.yaml").read_text(encoding="utf-8").splitlines()
    line = next(i for i, text in enumerate(sidecar, 1) if "https://blog.example/fares" in text)
    assert f"warning: briefs/{EXCERPT}.yaml:{line}:7: claims[1].sources: every source of this claim is " \
        "secondary; cite the document itself" in result.output


# --- 4. editorial pages --------------------------------------------------------------------------------


def test_the_methodology_defines_every_step_of_the_scale(site: Path) -> None:
    methodology = page(site, "methodology/")
    steps = [dt.get_text(" ", strip=True) for dt in methodology.select("dl.nb-verdict-scale dt")]
    assert steps == ["✓ Accurate (rating 5)", "✓ Mostly accurate (rating 4)", "! Misleading (rating 2)",
                     "? Unsupported (rating 2)", "✗ False (rating 1)", "… Insufficient evidence",
                     "– Not checkable"]
    definitions = [dd.get_text() for dd in methodology.select("dl.nb-verdict-scale dd")]
    assert definitions[-1] == "An opinion, a threat or a prediction: nothing a fact check can settle."
    assert "not published until it has a verdict" in methodology.get_text()


def test_the_verdict_scale_page_gives_each_published_steps_rating_and_definition(site: Path) -> None:
    scale = page(site, "verdicts/")
    steps = [dt.get_text(" ", strip=True) for dt in scale.select("dl.nb-verdicts dt")]
    assert steps == ["✓ Accurate (rating 5)", "✓ Mostly accurate (rating 4)", "! Misleading (rating 2)",
                     "? Unsupported (rating 2)", "✗ False (rating 1)", "… Insufficient evidence (no rating)",
                     "– Not checkable (no rating)"]  # no "Unrated": an unrated claim is not published
    definitions = [dd.get_text() for dd in scale.select("dl.nb-verdicts dd")]
    assert definitions[5].startswith("A statement of fact the public record cannot yet settle")


def test_a_site_that_publishes_unrated_claims_lists_unrated_on_its_scale() -> None:
    settings = Settings(briefs_dir=FIXTURE, site_url=SITE_URL, allow_unrated=True)
    corpus, _ = load_corpus(settings)
    scale = BeautifulSoup(render_site(corpus, settings, Linker())["verdicts.md"], "html.parser")
    assert scale.select("dl.nb-verdicts dt")[-1].get_text(" ", strip=True) == "· Unrated (no rating)"


def test_about_and_corrections_pages_say_what_the_configuration_says(site: Path) -> None:
    about = page(site, "about/").get_text()
    assert "This site has not yet said how it is funded" in about
    assert "Report an error" in page(site, "corrections/").get_text()


# --- 6. ClaimReview --------------------------------------------------------------------------------------


def jsonld(site: Path, stem: str) -> list[dict[str, Any]]:
    blocks = extruct.extract(read(site, f"briefs/{stem}/index.html"), syntaxes=["json-ld"])["json-ld"]
    assert len(blocks) == 1
    return list(blocks[0]["@graph"])


@pytest.mark.parametrize("stem", [SEED_STEM, EXCERPT])
def test_every_claim_review_passes_the_validator(site: Path, stem: str) -> None:
    reviews = claim_reviews_of(site, stem)
    assert reviews
    for claim_id, review in reviews.items():
        assert review["url"] == f"{SITE_URL}briefs/{stem}/{claim_id}/"  # its own page
        errors, missing = check_claim_review(review, review["url"])
        assert errors == [], review["url"]
        # Where a claim first appeared is not known; every other recommended property is given.
        assert missing == ["itemReviewed.firstAppearance"], review["url"]
        assert missing_feed_fields(review) == [], review["url"]
    [article] = jsonld(site, stem)  # the brief's page: our article, no review
    assert check_article(article, f"{SITE_URL}briefs/{stem}/") == ([], [])


def test_a_brief_not_yet_reviewed_dates_its_reviews_by_its_first_change_else_by_the_article(
        tmp_path: Path) -> None:
    project = newsroom_project(tmp_path / "project")
    sidecar = project / "briefs" / f"{EXCERPT}.yaml"
    text = re.sub(r"(?m)^reviewed: .*\n", "", sidecar.read_text(encoding="utf-8"))
    sidecar.write_text(text, encoding="utf-8")
    settings = Settings(briefs_dir=project / "briefs", site_url=SITE_URL)

    def dates() -> set[tuple[str, str]]:
        corpus, _ = load_corpus(settings, project)
        brief = next(b for b in corpus.briefs if b.stem == EXCERPT)
        graph = [*brief_jsonld(brief, corpus, settings, f"{SITE_URL}briefs/{EXCERPT}/")["@graph"],
                 *(claim_jsonld(brief, claim, corpus, settings, f"{SITE_URL}briefs/{EXCERPT}/{claim.id}/")
                   for claim in brief.claims)]
        assert len(graph) == 1 + len(brief.claims)
        return {(node["datePublished"], node["dateModified"]) for node in graph}

    assert dates() == {("2024-05-06", "2024-05-06")}  # its one logged change
    sidecar.write_text(re.sub(r"(?ms)^changes:.*?(?=^\S)", "", text), encoding="utf-8")
    assert dates() == {("2024-05-02", "2024-05-02")}  # the article's own date


def test_claim_reviews_carry_the_review_dates_and_the_scales_own_range(site: Path) -> None:
    reviews = claim_reviews_of(site, EXCERPT)
    fuel = reviews["fuel-doubled"]
    assert (fuel["datePublished"], fuel["dateModified"]) == ("2024-05-03", "2024-05-06")
    assert fuel["reviewRating"] == {"@type": "Rating", "alternateName": "Mostly accurate",
                                    "name": "Mostly accurate", "ratingValue": 4, "bestRating": 5,
                                    "worstRating": 1}
    assert fuel["itemReviewed"]["appearance"]["url"] == "https://coastal-herald.example/2024/05/ferry-fares"
    assert fuel["itemReviewed"]["author"] == {"@type": "Organization", "name": "Island Ferries"}
    assert fuel["author"] == {"@type": "Organization", "name": FIXTURE_PUBLISHER, "url": SITE_URL}


def test_the_validator_reports_what_a_broken_review_lacks() -> None:
    broken = {"@type": "ClaimReview", "url": "/briefs/x/#claim-a", "claimReviewed": "x",
              "reviewRating": {"@type": "Rating", "ratingValue": 3, "bestRating": 2, "worstRating": 0},
              "author": {"@type": "Organization"}, "itemReviewd": {}}
    errors, missing = check_claim_review(broken, f"{SITE_URL}briefs/x/")
    assert errors == [
        "itemReviewd: not a schema.org property of ClaimReview",
        "url '/briefs/x/#claim-a' is not an absolute address on the page's own site",
        "reviewRating: missing required 'alternateName'",
        "reviewRating: worstRating must be at least 1",
        "reviewRating: ratingValue 3 is outside 0..2",
        "author: missing required 'name'"]
    assert missing == ["datePublished", "itemReviewed", "author.url", *(
        f"itemReviewed.{p}" for p in ("appearance", "author", "datePublished", "firstAppearance"))]


def test_structured_data_without_a_site_url_is_refused_with_the_fix(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^site_url: .*\n", "", config.read_text(encoding="utf-8")),
                      encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "set `site_url:` in mkdocs.yml" in result.stderr and "Traceback" not in result.stderr


# --- a second project: site-wide excerpts, the newsroom's own about page, a history in git ----------


def git(folder: Path, *args: str, date: str = "2024-05-03T12:00:00") -> None:
    env = {**os.environ, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    subprocess.run(["git", "-C", str(folder), "-c", "user.name=Desk", "-c", "user.email=desk@example.org",
                    *args], check=True, capture_output=True, env=env)


@pytest.fixture(scope="module")
def variant(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture project with `publish: excerpt` for the whole site, a docs/about.md of its own, and
    the ferry brief's sidecar committed twice: first rated Unsupported with a claim later withdrawn
    (the log mentions neither change), then as it is now."""
    project = newsroom_project(tmp_path_factory.mktemp("variant"))
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("publish: full", "publish: excerpt"),
                      encoding="utf-8")
    assert "verdict_history: true" in config.read_text(encoding="utf-8")
    (project / "docs" / "about.md").write_text("# About the Harbour Desk\n\nFunded by readers.\n",
                                               encoding="utf-8")
    sidecar = project / "briefs" / f"{EXCERPT}.yaml"
    text = sidecar.read_text(encoding="utf-8")
    withdrawn = ("  - {id: ticket-price, by: tom-reyes, quote: Tickets bought before June keep their "
                 "old price, claim: Old tickets stay valid., verdict: accurate, explanation: Fare rules.}\n")
    sidecar.write_text(text.replace("verdict: mostly-accurate", "verdict: unsupported")
                       .replace("notes:\n", withdrawn + "notes:\n"), encoding="utf-8")
    git(project, "init", "-q")
    git(project, "add", "briefs")
    git(project, "commit", "-qm", "Ferry fares brief")
    sidecar.write_text(text, encoding="utf-8")
    git(project, "commit", "-qam", "New evidence", date="2024-05-06T09:00:00")
    built = project / "site"
    result = run_mkdocs_build(project, built)
    assert result.returncode == 0, result.stderr
    return built


def test_the_site_wide_setting_publishes_the_seed_as_excerpts_without_the_rest(variant: Path) -> None:
    data = json.loads(read(variant, f"data/briefs/{SEED_STEM}.json"))
    assert data["publish"] == "excerpt"
    excerpt = words(data["text"])
    sentences = article_sentences(SEED_STEM)
    left_out = [s for s in sentences if words(s) not in excerpt]
    assert 0 < len(left_out) < len(sentences)
    assert leaks(left_out, published_outputs(variant, SEED_STEM)) == []


def test_a_page_the_newsroom_writes_in_docs_replaces_the_generated_one(variant: Path) -> None:
    assert "Funded by readers." in read(variant, "about/index.html")
    assert (variant / "methodology" / "index.html").is_file()


def test_verdict_changes_in_git_show_on_the_page_even_when_the_log_is_silent(variant: Path) -> None:
    brief = page(variant, f"briefs/{EXCERPT}/")
    items = brief.select("ul.nb-verdict-history li")
    # Each claim is named by its words, never by its id; a withdrawn one by its words as last published.
    assert [li.get_text() for li in items] == [
        "6 May 2024 · Old tickets stay valid: Accurate → withdrawn",
        "6 May 2024 · Fuel costs twice what it did two years ago: Unsupported → Mostly accurate"]
    assert items[0].find("a") is None  # no card to link to
    link = items[1].find("a")
    assert link["href"] == "#card-claim-fuel-doubled" and brief.select_one("#card-claim-fuel-doubled")


def test_a_long_claim_is_named_by_its_first_whole_words() -> None:
    words = ("The operator said that fuel, which it buys on the spot market every month, now costs "
             "twice what it did two years ago.")
    assert shortened(words) == ("The operator said that fuel, which it buys on the spot market every month, "
                                "now costs…")
    assert shortened("Fares rose.") == "Fares rose"


def test_a_misspelt_newsroom_option_is_named_with_the_fix() -> None:
    problems = settings_from_mapping({"publish": "exerpt", "editorial": {"fundng": "Readers."}}, Path("."))
    assert isinstance(problems, tuple)
    assert [p.format() for p in problems] == [
        "mkdocs.yml: plugins.briefs.publish: 'exerpt' is not one of: full, excerpt; did you mean 'excerpt'?",
        "mkdocs.yml: plugins.briefs.editorial: unknown key 'fundng'; did you mean 'funding'?"]
