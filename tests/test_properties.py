"""Whatever an author writes, the outcome is a valid brief or a list of located problems."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator.anchoring.locate import NormalisedText, normalise
from generator.errors import Problem
from generator.linking.corpus import load_corpus
from generator.reading.article import Article
from generator.reading.html_page import read_html
from generator.reading.readers import read_article
from generator.settings import Settings
from generator.sidecar.validate import load_sidecar

BUDGET = settings(max_examples=150, deadline=None, derandomize=True,
                  suppress_health_check=[HealthCheck.too_slow])
KEYS = ["summary", "source", "outlet", "published", "claims", "by", "quote", "claim", "notes",
        "kind", "text", "anchor", "actors", "name", "verdict", "explanation", "sources", "url",
        "exact", "prefix", "omit", "tags", "x"]
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                    st.text(max_size=30), st.dates().map(str), st.sampled_from(KEYS))
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4),
                            st.dictionaries(st.sampled_from(KEYS), inner, max_size=5)),
    max_leaves=25)


def assert_located(problems: tuple[Any, ...] | list[Any], *paths: str) -> None:
    for problem in problems:
        assert problem.path.endswith(paths)
        assert problem.message
        assert problem.line >= 0 and problem.col >= 0


@BUDGET
@given(st.text(max_size=300))
def test_arbitrary_text_as_a_sidecar_never_raises(text: str) -> None:
    result = load_sidecar(text, "briefs/x.yaml")
    assert (result.value is None) == bool(result.problems)
    assert_located(result.problems, "briefs/x.yaml")


@BUDGET
@given(documents)
def test_arbitrary_yaml_structures_are_valid_or_located(document: Any) -> None:
    result = load_sidecar(yaml.safe_dump(document), "briefs/x.yaml")
    assert (result.value is None) == bool(result.problems)
    assert_located(result.problems, "briefs/x.yaml")


article_text = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1,
                       max_size=200)


@BUDGET
@given(article_text, st.data())
def test_any_article_and_quote_give_a_brief_or_located_problems(article: str, data: Any) -> None:
    start = data.draw(st.integers(0, len(article) - 1))
    end = data.draw(st.integers(start + 1, len(article)))
    quote = data.draw(st.one_of(st.just(article[start:end]), st.text(max_size=20)))
    note = data.draw(st.one_of(st.just(article[start:]), st.text(max_size=20)))
    sidecar = {"summary": "s", "source": {"outlet": "o", "published": "2024-01-03"},
               "actors": {"a": {"name": "A", "kind": "person"}},
               "claims": [{"by": "a", "quote": quote, "claim": "c"}],
               "notes": [{"kind": "context", "anchor": note, "text": "t"}]}
    with tempfile.TemporaryDirectory() as folder:
        briefs = Path(folder) / "briefs"
        briefs.mkdir()
        (briefs / "x.txt").write_text(article, encoding="utf-8", newline="")
        (briefs / "x.yaml").write_text(yaml.safe_dump(sidecar), encoding="utf-8")
        corpus, problems = load_corpus(Settings(briefs_dir=briefs), display_root=Path(folder))
    assert len(corpus.briefs) == (0 if problems else 1)
    assert_located(problems, "x.yaml", "x.txt")
    for brief in corpus.briefs:
        for claim in brief.claims:
            assert 0 <= claim.span.start < claim.span.end <= len(brief.text)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.text(alphabet="ab \n\t\u00a0\u2019\u201c\u2026\u200be\u0301\u212b"
                            # Arabic script: yeh, kaf, teh marbuta, tatweel, fatha, ZWNJ, a Persian
                            # digit, alef with a separate madda, a presentation form, a ligature
                            "\u064a\u0643\u0629\u0640\u064e\u200c\u06f1\u0627\u0653\ufef1\ufefb",
                            max_size=40),
       data=st.data())
def test_every_normalised_range_maps_back_to_original_text_that_normalises_to_it(text: str,
                                                                                data: Any) -> None:
    view = NormalisedText(text)
    if not view.normal:
        return
    start = data.draw(st.integers(0, len(view.normal) - 1))
    end = data.draw(st.integers(start + 1, len(view.normal)))
    span = view.original_span(start, end)
    assert 0 <= span.start < span.end <= len(text)
    assert view.normal[start:end].strip() in normalise(text[span.start:span.end])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(data=st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8")),
       suffix=st.sampled_from([".txt", ".md", ".html"]))
def test_any_bytes_as_an_article_give_an_article_or_a_located_refusal(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        article = Path(folder) / f"fuzz{suffix}"
        article.write_bytes(data)
        result = read_article(article, f"briefs/fuzz{suffix}")
    assert isinstance(result, (Article, Problem))
    if isinstance(result, Problem):
        assert result.path == f"briefs/fuzz{suffix}" and result.message


@settings(max_examples=150, deadline=None, derandomize=True)
@given(markup=st.lists(st.sampled_from(["<p>", "</p>", "<article>", "<script>", "</script>", "<h1>",
                                        "<nav>", "“", "”", "<!--", "-->", "<em>", "&amp;", "word ",
                                        "<meta charset=latin-1>", "\n\n", "<div class='ad'>", "</div>"]),
                       max_size=40).map("".join))
def test_html_shaped_text_never_crashes_the_reader(markup: str) -> None:
    result = read_html(markup, "briefs/fuzz.html")
    assert isinstance(result, (Article, Problem))
    if isinstance(result, Article):
        assert result.text.strip() and result.headline == result.text.split("\n\n")[0]


PROSE_TOKENS = ["Word", "word", "é", "1", "1.", "1. ", "- ", "> ", "# ", " ", "  ", "    ", ".", ",",
                ":", ";", "'", '"', "(", ")", "-", "+", "=", "*", "**", "_", "`", "#", "!", "|", "~", "\\",
                "[", "]", "{", "}", "<",
                ">", "&", "&amp;", "<b>", "[a](b)", "<https://a.b>", "https://a.b", "\n", "\n\n", "\t",
                "\u00a0", "\u2028", "\x85", "\x02"]


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(text=st.lists(st.sampled_from(PROSE_TOKENS), min_size=1, max_size=8).map(lambda t: "Word" + "".join(t))
       | st.lists(st.sampled_from(PROSE_TOKENS), max_size=8).map("".join) | st.text(max_size=40))
def test_plain_prose_fast_path_renders_as_markdown_would(text: str) -> None:
    """Prose that skips Markdown must come out exactly as the full Markdown pipeline renders it."""
    from generator.rendering.prose import _rendered_prose, prose_html

    assert prose_html.__wrapped__(text) == _rendered_prose(text)


site_paths = st.lists(st.sampled_from(["briefs", "actors", "claims", "data", "x", "index.html", "a.json"]),
                      max_size=4).map("/".join)


@settings(max_examples=500, deadline=None, derandomize=True)
@given(target=site_paths, slash=st.booleans(), here=site_paths)
def test_relative_links_agree_with_posixpath(target: str, slash: bool, here: str) -> None:
    """The link shortcut gives the URL ``posixpath.relpath`` would, folder slash included."""
    import posixpath

    from generator.rendering.links import _relative

    target = target + "/" if slash and target else target
    expected = posixpath.relpath(target or ".", here or ".")
    if target.endswith("/") or target == "":
        expected = expected.rstrip("/") + "/" if expected != "." else "./"
    assert _relative.__wrapped__(target, here) == expected


@settings(max_examples=1500, deadline=None, derandomize=True)
@given(name=st.text(alphabet="A _é.", min_size=1, max_size=5).filter(str.strip),
       text=st.text(alphabet="A _é.1\n", max_size=30))
@example(name="A A", text="xA A A")  # a rejected match hides a good one that starts inside it
def test_actor_mentions_are_found_where_a_look_behind_pattern_finds_them(name: str, text: str) -> None:
    """The hand-made check before a name keeps exactly the matches ``(?<!\\w)name(?!\\w)`` gives."""
    import re

    from generator.rendering.brief_page import _whole_word_matches

    expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)]
    assert [m.span() for m in _whole_word_matches(name, text)] == expected
