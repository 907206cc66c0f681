"""Highlights that nest or cross still cover exactly their characters, in well-formed HTML."""

from __future__ import annotations

from bs4 import BeautifulSoup, NavigableString
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.rendering.article_html import Highlight, article_html


def coverage(html: str) -> tuple[str, list[frozenset[str]]]:
    """The text a reader sees (markers left out) and, per character, the highlights around it."""
    soup = BeautifulSoup(html, "html.parser")
    for marker in soup.select(".nb-marker"):
        marker.decompose()
    text: list[str] = []
    covered: list[frozenset[str]] = []
    for piece in soup.find_all(string=True):
        assert isinstance(piece, NavigableString)
        names = frozenset(str(m["data-h"]) for m in piece.find_parents("mark"))
        text.append(str(piece))
        covered.extend([names] * len(piece))
    return "".join(text), covered


def marker(number: int) -> str:
    return f'<button class="nb-marker">{number}</button>'


def tail(punctuation: str, *numbers: int) -> str:
    return f'<span class="nb-tail">{punctuation}{"".join(marker(n) for n in numbers)}</span>'


def mark(start: int, end: int, name: str, number: int | None = None) -> Highlight:
    return Highlight(start, end, "mark", f'id="{name}" data-h="{name}"',
                     marker(number) if number else "")


def test_a_note_inside_a_claim_nests_and_both_markers_follow_their_ends() -> None:
    text = "He said we will pay the price for this crime today."
    html = article_html(text, [mark(8, 44, "claim", 1), mark(16, 29, "note", 2)])
    assert html == ('<p>He said <mark id="claim" data-h="claim">we will <mark id="note" data-h="note">'
                    f"pay the price</mark>{tail('', 2)} for this crime</mark>"
                    f"{tail('', 1)} today.</p>")


def test_crossing_highlights_are_closed_and_reopened_without_a_second_id() -> None:
    html = article_html("abcdefghij", [mark(0, 6, "a", 1), mark(3, 9, "b", 2)])
    soup = BeautifulSoup(html, "html.parser")
    for button in soup.select(".nb-marker"):
        button.decompose()
    assert [m["id"] for m in soup.select("mark[id]")] == ["a", "b"]
    assert [m.get_text() for m in soup.select("mark[data-h=b]")] == ["def", "ghi"]
    assert coverage(html)[0] == "abcdefghij"


def test_a_highlight_across_paragraphs_continues_in_the_next_one() -> None:
    html = article_html("one two\n\nthree four", [mark(4, 14, "a", 1)])
    assert html == ('<p>one <mark id="a" data-h="a">two</mark></p>\n'
                    f'<p><mark data-h="a" data-continued="">three</mark>{tail("", 1)} four</p>')


def test_a_marker_follows_the_closing_punctuation_and_quotation_mark_after_its_span() -> None:
    text = "He said, “we have no reason to believe that.” Then he left."
    html = article_html(text, [mark(10, 43, "claim", 1)])
    assert html == ('<p>He said, “<mark id="claim" data-h="claim">we have no reason to believe that</mark>'
                    f"{tail('.”', 1)} Then he left.</p>")


def test_markers_of_spans_ending_together_share_one_tail_inner_first() -> None:
    text = "“the past,” he said."
    html = article_html(text, [mark(1, 9, "claim", 1), mark(5, 9, "note", 2)])
    assert html.endswith(f"past</mark></mark>{tail(',”', 2, 1)} he said.</p>")


def test_punctuation_that_opens_another_highlight_stays_outside_the_tail() -> None:
    html = article_html("one two. three", [mark(0, 7, "a", 1), mark(7, 8, "b", 2)])
    assert html == ('<p><mark id="a" data-h="a">one two</mark>' + tail("", 1)
                    + '<mark id="b" data-h="b">.</mark>' + tail("", 2) + " three</p>")


spans = st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=6)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet="ab <&>\"'(1)\n", min_size=1, max_size=40), raw=spans)
def test_every_character_keeps_exactly_the_highlights_that_cover_it(text: str,
                                                                      raw: list[tuple[int, int]]) -> None:
    text = text.replace("\n\n", "\n").strip() or "x"
    highlights = [mark(s, min(s + n, len(text)), f"h{i}", i + 1)
                  for i, (s, n) in enumerate(raw) if s < len(text)]
    shown, covered = coverage(article_html(text, highlights))
    assert shown == text
    for at, names in enumerate(covered):
        assert names == {h.attributes.split('"')[1] for h in highlights if h.start <= at < h.end}
