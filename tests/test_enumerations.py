"""Each closed list (note kinds, actor kinds, the default verdict scale) has one source,
and every place that must know its values (tables, stylesheet, guide) covers all of them."""

from __future__ import annotations

import re
import typing

import yaml

from generator.settings import DEFAULT_VERDICTS, UNRATED, Settings, settings_from_mapping
from generator.sidecar.model import ACTOR_SCHEMA_TYPES, NOTE_KINDS, ActorKind, NoteKind
from tests.conftest import ROOT

STYLESHEET = ROOT / "theme_overrides" / "assets" / "stylesheets" / "briefs.css"
GUIDE = ROOT / "docs" / "guide.md"


def test_each_table_of_meanings_covers_exactly_the_values_of_its_list() -> None:
    assert list(NOTE_KINDS) == list(typing.get_args(NoteKind))
    assert set(ACTOR_SCHEMA_TYPES) == set(typing.get_args(ActorKind))


def test_the_stylesheet_marks_and_frames_every_note_kind_in_its_own_colour() -> None:
    """Each kind has a colour of its own in each palette, used by its underline and its card."""
    css = STYLESHEET.read_text(encoding="utf-8")
    for rule, prop in (("mark.nb-note--", "text-decoration-color"), (".nb-note-card--", "border-left-color")):
        used = {kind: re.search(rf"{re.escape(rule)}{kind}\s*{{[^}}]*{prop}:\s*var\(--nb-{kind}\)", css)
                for kind in NOTE_KINDS}
        assert all(used.values()), [rule + k for k, m in used.items() if not m]
    for palette in ('[data-md-color-scheme="default"]', '[data-md-color-scheme="slate"]'):
        block = css[css.index(palette):].split("}", 1)[0]
        colours = {kind: re.search(rf"--nb-{kind}:\s*(#[0-9a-f]{{6}})", block) for kind in NOTE_KINDS}
        assert all(colours.values()), palette
        assert len({m.group(1) for m in colours.values() if m}) == len(NOTE_KINDS)


def test_the_guide_lists_every_note_kind_and_actor_kind() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    for key, vocabulary in (("kind: correction", NoteKind), ("kind: person", ActorKind)):
        listed = re.search(rf"{key} +# (.+)", guide)
        assert listed is not None
        assert {v.strip() for v in listed.group(1).split("|")} == set(typing.get_args(vocabulary))


def test_the_default_scale_is_spelled_only_in_the_settings() -> None:
    """A copy of the scale elsewhere drifts from it, as the repository's mkdocs.yml once did.

    Naming a step or two in an example is fine; a file naming three or more spells the scale
    ("false" and "unrated" are left out of the count: the guide must name them).
    """
    spelling = {}
    # The code, the theme and the guide the project ships; a newsroom's own pages in docs/ and
    # its mkdocs.yml may spell out a scale of its own.
    shipped = [p for folder in ("generator", "theme_overrides") for p in (ROOT / folder).rglob("*")]
    for path in [*shipped, GUIDE]:
        if path.suffix in (".py", ".md", ".css", ".html", ".js"):
            text = path.read_text(encoding="utf-8")
            named = [v.id for v in DEFAULT_VERDICTS if v.id not in ("false", UNRATED)
                     if re.search(rf"[\"'`]{re.escape(v.id)}[\"'`]|--{re.escape(v.id)}\b", text)]
            if len(named) >= 3:
                spelling[str(path.relative_to(ROOT))] = named
    assert list(spelling) == ["generator/settings.py"], spelling


def test_the_guides_example_scale_is_a_valid_setting() -> None:
    guide = GUIDE.read_text(encoding="utf-8")
    example = next(block for block in re.findall(r"```yaml\n(.*?)```", guide, re.S) if "verdicts:" in block)
    options = yaml.safe_load(example)["plugins"][0]["briefs"]
    settings = settings_from_mapping(options, ROOT)
    assert isinstance(settings, Settings), settings
    assert settings.verdict("false").label == "False"
