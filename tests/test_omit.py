"""`omit` leaves lines out by whole line, by block or by pattern; every entry must leave something out."""

from __future__ import annotations

from pathlib import Path

from generator.linking.corpus import load_corpus
from generator.settings import Settings
from tests.conftest import FIXTURE_RIGHTS

ARTICLE = """Port reopens after strike

Share this story
Facebook
Twitter
Email

Workers returned to the docks on Monday.

Read more: Strike timeline
Read more: Who are the dockers?

"We won," said Jo Berg.

Related stories
Port profits rise
Union elects new leader
End of related stories

The port expects a busy week.
"""
HEADER = ("summary: The port reopened.\nsource: {outlet: The Coastal Herald, published: 2024-03-12}\n"
          "actors:\n  jo-berg: {name: Jo Berg, kind: person}\n"
          "claims:\n  - by: jo-berg\n    quote: We won\n    claim: The strike succeeded.\n")


def load(tmp_path: Path, omit: str) -> tuple[list[str], list[str], list[str]]:
    """(published lines, omitted lines, problems) of one brief with the given `omit:` YAML."""
    briefs = tmp_path / "briefs"
    briefs.mkdir(exist_ok=True)
    (briefs / "port.txt").write_text(ARTICLE, encoding="utf-8")
    (briefs / "port.yaml").write_text(HEADER + omit, encoding="utf-8")
    # Published whole, so the test sees every line that is not left out.
    settings = Settings(briefs_dir=briefs, publish="full", rights=FIXTURE_RIGHTS)
    corpus, problems = load_corpus(settings, display_root=tmp_path)
    if not corpus.briefs:
        return [], [], [p.format() for p in problems]
    brief = corpus.briefs[0]
    return brief.text.split("\n"), list(brief.omitted), [p.format() for p in problems]


def test_a_block_a_pattern_and_a_line_leave_out_exactly_their_lines(tmp_path: Path) -> None:
    published, omitted, problems = load(tmp_path, (
        "omit:\n"
        "  - {first: Share this story, last: Email}\n"
        "  - {pattern: '^Read more:'}\n"
        "  - first: Related stories\n    last: End of related stories\n"))
    assert problems == []
    assert published == ["Port reopens after strike", "", "Workers returned to the docks on Monday.", "",
                         "\"We won,\" said Jo Berg.", "", "The port expects a busy week.", ""]
    assert omitted == ["Share this story", "Facebook", "Twitter", "Email", "Read more: Strike timeline",
                       "Read more: Who are the dockers?", "Related stories", "Port profits rise",
                       "Union elects new leader", "End of related stories"]
    kept = [line for line in ARTICLE.split("\n") if line not in omitted]
    assert [line for line in published if line] == [line for line in kept if line]  # nothing else changed


def test_each_omit_mistake_is_reported_where_it_is_written(tmp_path: Path) -> None:
    _, _, problems = load(tmp_path, (
        "omit:\n"
        "  - {pattern: 'Read more: (Strike'}\n"
        "  - {pattern: '^Advertisement$'}\n"
        "  - {first: Related storys, last: End of related stories}\n"
        "  - {first: Related stories, last: Back to top}\n"
        "  - {first: Share this story, pattern: Email}\n"
        "  - Subscribe now\n"))
    see = "`briefs text briefs/port.txt -n` shows the article's text with line numbers"
    assert problems == [
        "briefs/port.yaml:10:15: omit[0].pattern: not a valid regular expression: missing ), unterminated "
        "subpattern at position 11; write a Python regular expression; a backslash before ( ) [ ] . * + ? | "
        "matches it as is",
        "briefs/port.yaml:11:15: omit[1].pattern: matches no line of the article; check the expression "
        "against `briefs text` of the article, or remove the entry",
        f"briefs/port.yaml:12:13: omit[2].first: line not found in the article; copy the block's first line "
        f"exactly as the article has it; {see}",
        f"briefs/port.yaml:13:36: omit[3].last: no line after the block's first line (line 15) matches; copy "
        f"the block's last line exactly as the article has it; {see}",
        "briefs/port.yaml:14:5: omit[4]: write either `first` and `last` (a block of lines) or `pattern` (a "
        "regular expression); e.g. {first: \"Related stories\", last: \"More from this author\"} or "
        "{pattern: \"^Read more\"}",
        f"briefs/port.yaml:15:5: omit[5]: line not found in the article; copy the whole line exactly as the "
        f"article has it; {see}",
    ]


def test_a_misspelt_omit_key_is_named_with_the_keys_it_could_be(tmp_path: Path) -> None:
    _, _, problems = load(tmp_path, "omit:\n  - {frist: Share this story, last: Email}\n")
    assert problems == ["briefs/port.yaml:10:6: omit[0]: unknown key 'frist'; did you mean 'first'?"]
