"""Every field of the sidecar model reaches the brief's JSON export, its page and its JSON-LD.

The fields are read from the model itself, so a field added to the model fails
here until the fixture sets it, the export carries it, the page shows it and the
page's schema.org data carries it (or an allow-list says, with the reason, where
it goes instead): a half-done field cannot pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import extruct
import pytest
import yaml
from bs4 import BeautifulSoup

from generator.sidecar.model import Sidecar
from tests.conftest import make_project, run_mkdocs_build

FIXTURE = Path(__file__).parent / "fixtures" / "every-field"
STEM = "every-field"

# Fields that by design do not show on the brief page, each with where it does show.
NOT_ON_THE_PAGE = {
    # Anchoring aids: they pick out which occurrence is meant; the page shows the quote itself.
    "claims[].quote.prefix", "claims[].quote.suffix", "notes[].anchor.prefix", "notes[].anchor.suffix",
    # Names to find in the article: they show as links there and on the actor's own page.
    "actors{}.aliases[]",
    # The actor's own page (linked from the brief) lists these: "Part of", Wikidata, "Claims about".
    "actors{}.member_of", "actors{}.wikidata", "claims[].about[]",
    # They decide whether and how the brief is published: a draft has no page, an excerpt page
    # says so; reported speech shows as a label, not as its true/false value.
    "status", "publish", "claims[].paraphrase",
    # How lines are picked out: the page lists the lines the pattern left out.
    "omit[].pattern",
    # The capture's evidence, for machines and auditors: fingerprints and file names are in the
    # open data; the page says when the article changed and what changed in the annotated passages.
    "capture.sha256", "capture.warc", "capture.warc_sha256", "capture.versions[].file",
    "capture.versions[].sha256", "capture.versions[].warc", "capture.versions[].warc_sha256",
    # Where a moved passage sits in the later capture: the page says that it moved.
    "capture.versions[].passages[].prefix", "capture.versions[].passages[].suffix",
}
# Fields that by design are not in the JSON export.
NOT_IN_THE_EXPORT = {
    # Anchoring aids again: the export gives each quote's exact text and code point offsets.
    "claims[].quote.prefix", "claims[].quote.suffix", "notes[].anchor.prefix", "notes[].anchor.suffix",
    # How lines are picked out: the export lists the lines the pattern left out ("omitted").
    "omit[].pattern",
}
# Fields that by design are not in the page's JSON-LD (schema.org has no place for them in a
# ClaimReview of a NewsArticle); the JSON export and the page carry them.
NOT_IN_THE_JSONLD = {
    # The brief's own words about the article: the page shows them, ClaimReview has no field for them.
    "title", "summary", "tags[]", "source.perspective", "event.date", "event.place",
    # Publishing decisions, not facts about the article or the claim (the rights statement is
    # shown under the article and exported with it).
    "status", "publish", "rights", "omit[].first", "omit[].last", "omit[].pattern",
    # The corrections log: its latest date is the review's dateModified (changes[].date, checked).
    "changes[].kind", "changes[].text",
    # A ClaimReview reviews what is claimed in plain words (claimReviewed) and rates it with the
    # scale's label and rating, not the verdict's id; the quote, the reasons and sources stay on the page.
    "claims[].quote.exact", "claims[].quote.prefix", "claims[].quote.suffix", "claims[].paraphrase",
    # A reported speech's words are the outlet's, not the speaker's: neither the quote nor its
    # translation is given as the claim's text (a quoted claim's translation is its workTranslation).
    "claims[].translation",
    "claims[].verdict", "claims[].explanation", "claims[].sources[].url", "claims[].sources[].title",
    "claims[].sources[].published", "claims[].about[]",
    # The claim's author is named (and linked to Wikidata) in the ClaimReview, not by its id.
    "claims[].by", "actors{}.kind", "actors{}.aliases[]", "actors{}.description", "actors{}.member_of",
    "actors{}.role",
    # Notes are the brief's own annotations of the article; schema.org has no place for them.
    "notes[].kind", "notes[].text", "notes[].anchor.exact", "notes[].anchor.prefix",
    "notes[].anchor.suffix", "notes[].sources[].url", "notes[].sources[].title",
    "notes[].sources[].published",
    # Sources are the Article's citations (url, title, author, outlet, date, archive, the kind's label
    # as genre); schema.org has no property for the day a page was read, and the kind is its label there.
    "claims[].sources[].accessed", "claims[].sources[].kind", "notes[].sources[].accessed",
    "notes[].sources[].kind",
    # The capture's evidence and the outlet's later changes: schema.org has no place for fingerprints,
    # WARC files or a later version's passages; the open data and the page carry them.
    "capture.sha256", "capture.warc", "capture.warc_sha256", "capture.checked",
    "capture.versions[].fetched", "capture.versions[].state", "capture.versions[].file",
    "capture.versions[].sha256", "capture.versions[].warc", "capture.versions[].warc_sha256",
    "capture.versions[].passages[].was",
    "capture.versions[].passages[].state", "capture.versions[].passages[].now",
    "capture.versions[].passages[].prefix", "capture.versions[].passages[].suffix",
}
# Fields of which only some values belong in the JSON-LD, with which.
SOME_IN_THE_JSONLD = {
    # Only an actor who makes a claim is in a ClaimReview, as the claim's author.
    "actors{}.name",
}


def field_paths(model: Any, prefix: str = "") -> Iterator[str]:
    """Every leaf field of a model class, as ``claims[].quote.exact``; a union's mapping form counts."""
    for item in dataclasses.fields(model):
        yield from _paths(typing.get_type_hints(model)[item.name], f"{prefix}{item.name}")


def _paths(annotation: Any, path: str) -> Iterator[str]:
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        yield from _paths(args[0], path)
    elif origin in (typing.Union, types.UnionType):
        classes = [a for a in args if dataclasses.is_dataclass(a)]
        if classes:  # text or a mapping (a quote, a source): the mapping's fields are what is written
            yield from (p for c in classes for p in field_paths(c, f"{path}."))
        else:
            yield from _paths(next(a for a in args if a is not type(None)), path)
    elif origin is tuple:
        yield from _paths(args[0], f"{path}[]")
    elif origin is dict:
        yield from _paths(args[1], f"{path}{{}}")
    elif dataclasses.is_dataclass(annotation):
        yield from field_paths(annotation, f"{path}.")
    else:
        yield path


def values_at(data: Any, path: str) -> list[Any]:
    """The fixture's values at a field path (every list item, every mapping entry)."""
    nodes = [data]
    for part in path.replace("[]", ".[]").replace("{}", ".{}").split("."):
        if part == "[]":
            nodes = [item for node in nodes for item in node]
        elif part == "{}":
            nodes = [value for node in nodes for value in node.values()]
        else:  # a text written for a mapping (a bare quote or address) is its first field
            nodes = [node.get(part) if isinstance(node, dict) else node for node in nodes
                     if isinstance(node, dict) or part in ("exact", "url")]
        nodes = [node for node in nodes if node is not None]
    leaves = [item for node in nodes for item in (node if isinstance(node, list) else [node])]
    return [v.isoformat() if isinstance(v, dt.date) else str(v) for v in leaves]


def export_values(value: Any) -> set[str]:
    """Every text and number in JSON data (the export, the JSON-LD)."""
    if isinstance(value, dict):
        return {v for item in value.values() for v in export_values(item)}
    if isinstance(value, list):
        return {v for item in value for v in export_values(item)}
    return {str(value)}


@dataclass(frozen=True)
class Built:
    """What the build published for the fixture brief."""

    export: set[str]  # every text and number of its JSON export, but the article text
    page: str  # its whole page (head, attributes, the article element and all), without scripts
    article: str  # the article text as published, which the page carries once
    jsonld: set[str]  # every text and number of the JSON-LD the page carries

    def on_page(self, value: str) -> bool:
        """Whether the page shows ``value`` beyond the article text's own words.

        The article may contain a field's value (a quote, a speaker's name); each time it does, the
        page holds the value once as article text, so the value must be there once more.
        """
        return self.page.count(value) > self.article.count(value)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    folder = tmp_path_factory.mktemp("every-field")
    project = make_project(folder / "project", FIXTURE)
    result = run_mkdocs_build(project, folder / "site")
    assert result.returncode == 0, result.stderr
    export = json.loads((folder / "site" / "data" / "briefs" / f"{STEM}.json").read_text(encoding="utf-8"))
    html = (folder / "site" / "briefs" / STEM / "index.html").read_text(encoding="utf-8")
    # The brief's page carries our article, each rated claim's own page its ClaimReview.
    claim_pages = sorted((folder / "site" / "briefs" / STEM).glob("*/index.html"))
    jsonld = [block for source in [html, *(p.read_text(encoding="utf-8") for p in claim_pages)]
              for block in extruct.extract(source, syntaxes=["json-ld"], uniform=False)["json-ld"]]
    assert len(jsonld) > 1, "the brief's pages carry no JSON-LD"
    page = BeautifulSoup(html, "html.parser")
    for script in page.find_all("script"):
        script.decompose()  # data for machines, checked on its own below, is not what a reader sees
    # Built.on_page counts on the page carrying the article text once: a sentence no field repeats.
    assert str(page).count("declined to comment further.") == 1
    # Whole values are compared, so the article text (one value) cannot stand in for a field.
    return Built(export_values(export) - {export["text"]}, str(page), export["text"], export_values(jsonld))


SIDECAR_DATA = yaml.safe_load((FIXTURE / f"{STEM}.yaml").read_text(encoding="utf-8"))
PATHS = sorted(set(field_paths(Sidecar)))


@pytest.mark.parametrize("path", PATHS)
def test_each_field_of_the_model_is_set_in_the_fixture(path: str) -> None:
    assert values_at(SIDECAR_DATA, path), (f"{FIXTURE / STEM}.yaml does not set {path}: give it a "
                                          "value that can be recognised on the page and in the export")


@pytest.mark.parametrize("path", [p for p in PATHS if p not in NOT_IN_THE_EXPORT])
def test_each_field_is_in_the_json_export(path: str, built: Built) -> None:
    missing = [v for v in values_at(SIDECAR_DATA, path) if v not in built.export]
    assert not missing, f"{path}: {missing} not in data/briefs/{STEM}.json (publishing/open_data.py)"


@pytest.mark.parametrize("path", [p for p in PATHS if p not in NOT_ON_THE_PAGE])
def test_each_field_shows_on_the_brief_page(path: str, built: Built) -> None:
    missing = [v for v in values_at(SIDECAR_DATA, path) if not built.on_page(v)]
    assert not missing, (f"{path}: {missing} not on the brief page beyond the article text (the brief "
                         "page's template under generator/templates/briefs/, or rendering/brief_page.py)")


@pytest.mark.parametrize("path", [p for p in PATHS if p not in NOT_IN_THE_JSONLD])
def test_each_field_is_in_the_pages_json_ld(path: str, built: Built) -> None:
    """A value may sit inside a longer one: an id in an address, a Wikidata item in its URL."""
    values = values_at(SIDECAR_DATA, path)
    missing = [v for v in values if not any(v in item for item in built.jsonld)]
    if path in SOME_IN_THE_JSONLD:
        missing = missing if len(missing) == len(values) else []
    assert not missing, f"{path}: {missing} not in the brief page's JSON-LD (publishing/json_ld.py)"


def test_the_allow_lists_name_only_real_fields() -> None:
    assert set(PATHS) >= NOT_ON_THE_PAGE | NOT_IN_THE_EXPORT | NOT_IN_THE_JSONLD | SOME_IN_THE_JSONLD


@pytest.mark.parametrize("path", PATHS)
def test_each_field_is_described_in_the_authoring_guide(path: str) -> None:
    guide = (Path(__file__).parent.parent / "docs" / "guide.md").read_text(encoding="utf-8")
    name = path.replace("[]", "").replace("{}", "").rsplit(".", 1)[-1]
    assert f"`{name}`" in guide or f"{name}:" in guide, f"docs/guide.md does not describe {path}"
