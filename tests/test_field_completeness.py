"""Every field of the sidecar model reaches the brief's JSON export and its page.

The fields are read from the model itself, so a field added to the model fails
here until the fixture sets it, the export carries it and the page shows it:
a half-done field cannot pass.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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
}
# Fields that by design are not in the JSON export.
NOT_IN_THE_EXPORT = {
    # Anchoring aids again: the export gives each quote's exact text and code point offsets.
    "claims[].quote.prefix", "claims[].quote.suffix", "notes[].anchor.prefix", "notes[].anchor.suffix",
    # How lines are picked out: the export lists the lines the pattern left out ("omitted").
    "omit[].pattern",
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
    """Every text and number in the JSON export."""
    if isinstance(value, dict):
        return {v for item in value.values() for v in export_values(item)}
    if isinstance(value, list):
        return {v for item in value for v in export_values(item)}
    return {str(value)}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[set[str], str]:
    folder = tmp_path_factory.mktemp("every-field")
    project = make_project(folder / "project", FIXTURE)
    result = run_mkdocs_build(project, folder / "site")
    assert result.returncode == 0, result.stderr
    export = json.loads((folder / "site" / "data" / "briefs" / f"{STEM}.json").read_text(encoding="utf-8"))
    page = BeautifulSoup((folder / "site" / "briefs" / STEM / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    content = page.find("article") or page
    for article_text in content.select(".nb-article"):
        article_text.decompose()  # a value found in the article itself proves nothing about its field
    # Whole values are compared, so the article text (one value) cannot stand in for a field.
    return export_values(export) - {export["text"]}, str(content)


SIDECAR_DATA = yaml.safe_load((FIXTURE / f"{STEM}.yaml").read_text(encoding="utf-8"))
PATHS = sorted(set(field_paths(Sidecar)))


@pytest.mark.parametrize("path", PATHS)
def test_each_field_of_the_model_is_set_in_the_fixture(path: str) -> None:
    assert values_at(SIDECAR_DATA, path), (f"{FIXTURE / STEM}.yaml does not set {path}: give it a "
                                          "value that can be recognised on the page and in the export")


@pytest.mark.parametrize("path", [p for p in PATHS if p not in NOT_IN_THE_EXPORT])
def test_each_field_is_in_the_json_export(path: str, built: tuple[set[str], str]) -> None:
    export, _ = built
    missing = [v for v in values_at(SIDECAR_DATA, path) if v not in export]
    assert not missing, f"{path}: {missing} not in data/briefs/{STEM}.json (publishing/open_data.py)"


@pytest.mark.parametrize("path", [p for p in PATHS if p not in NOT_ON_THE_PAGE])
def test_each_field_shows_on_the_brief_page(path: str, built: tuple[set[str], str]) -> None:
    _, page = built
    missing = [v for v in values_at(SIDECAR_DATA, path) if v not in page]
    assert not missing, f"{path}: {missing} not on the brief page (rendering/brief_page.py)"


def test_the_allow_lists_name_only_real_fields() -> None:
    assert set(PATHS) >= NOT_ON_THE_PAGE | NOT_IN_THE_EXPORT


@pytest.mark.parametrize("path", PATHS)
def test_each_field_is_described_in_the_authoring_guide(path: str) -> None:
    guide = (Path(__file__).parent.parent / "docs" / "guide.md").read_text(encoding="utf-8")
    name = path.replace("[]", "").replace("{}", "").rsplit(".", 1)[-1]
    assert f"`{name}`" in guide or f"{name}:" in guide, f"docs/guide.md does not describe {path}"
