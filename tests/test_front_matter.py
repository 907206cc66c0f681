"""Generated pages' front matter: MkDocs reads the same page whole or split as a build splits it.

``briefs render`` writes each page whole; a build gives MkDocs the page's
Markdown behind an empty front matter and the plugin reads the front matter
itself (``generator/rendering/front_matter.py``). MkDocs' own reader
(``mkdocs.utils.meta.get_data``, PyYAML's pure-Python loader) must find the
same Markdown and metadata either way, on every page rendered for fixtures in
four languages and on random values, and the JSON form must read as the YAML
form did.
"""

from __future__ import annotations

import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from generator.rendering.front_matter import front_matter, read_front_matter, split_front_matter
from generator.rendering.prose import text_html
from tests.conftest import FIXTURES, SEED_BRIEFS, make_project
from tests.engine_sites import run_tool

HAND_WRITTEN = ("guide.md", "tags.md", "workflow.md")  # the docs folder's own pages, no front matter


def read_split(page: bytes) -> tuple[str, dict[str, object]]:
    """What MkDocs reads from the page a build gives it, with the metadata the plugin sets."""
    split = split_front_matter(page)
    assert split is not None
    markdown, meta = get_data(split.page.decode("utf-8-sig"))
    assert meta == {}, "MkDocs found metadata in the page handed to it without its front matter"
    return markdown, read_front_matter(split.front_matter)


@pytest.fixture(scope="module")
def rendered_pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Every page ``briefs render`` writes for the seed, reader, every-field and Persian fixtures, and for
    the French, German and Persian articles of the languages fixture (a project of their own)."""
    pages = {}
    for name, fixtures in (("seed", ("reader", "every-field", "persian")), ("languages", ("languages",))):
        seed = SEED_BRIEFS if name == "seed" else None
        project = make_project(tmp_path_factory.mktemp(name) / "project", seed)
        for fixture in fixtures:
            for source in (FIXTURES / fixture).iterdir():
                shutil.copy(source, project / "briefs" / source.name)
        docs = project.parent / "rendered"
        run_tool("briefs", "render", docs, cwd=project)
        pages |= {f"{name}/{page.relative_to(docs).as_posix()}": page.read_bytes()
                  for page in docs.rglob("*.md")}
    return pages


def test_every_generated_page_reads_the_same_split(rendered_pages: dict[str, bytes]) -> None:
    split = {path: page for path, page in rendered_pages.items() if split_front_matter(page) is not None}
    assert len(split) > 40
    assert {path.split("/", 1)[1] for path in rendered_pages.keys() - split.keys()} <= set(HAND_WRITTEN)
    for path, page in split.items():
        whole = get_data(page.decode("utf-8-sig"))
        assert whole[1].get("title"), f"{path}: no title in the page's front matter"
        assert read_split(page) == whole, path


def test_generated_pages_carry_their_front_matter_as_json(rendered_pages: dict[str, bytes]) -> None:
    json_pages = [page for page in rendered_pages.values() if page.startswith(b"---\n{")]
    assert len(json_pages) > 40


# Text of any kind: quotes, backslashes, YAML's special words and characters, controls, line breaks, emoji.
TEXT = st.lists(st.characters(codec="utf-8") | st.sampled_from(
    ["\x85", "\u2028", "\u2029", "\ufeff", "\x7f", "\t", "\r\n", ": ", " #", "'", '"', "\\", "yes", "~"]),
    max_size=12).map("".join)
VALUES = st.recursive(st.none() | st.booleans() | st.integers() | TEXT,
                      lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
                      max_leaves=8)


@settings(max_examples=300, deadline=None)
@given(meta=st.dictionaries(TEXT, VALUES, min_size=1, max_size=5), title=TEXT, body=TEXT)
def test_any_front_matter_reads_the_same_split_and_as_yaml_did(meta: dict[str, object], title: str,
                                                                body: str) -> None:
    values = {"title": title, **meta}
    page = (front_matter(values) + body).encode("utf-8")
    whole = get_data(page.decode("utf-8"))
    assert read_split(page) == whole
    # What the page was made from, as the YAML form read it: title and description HTML-escaped.
    assert whole[1] == {key: text_html(value) if key in ("title", "description") and isinstance(value, str)
                        else value for key, value in values.items()}


@pytest.mark.parametrize("page", [
    # no blank line after the front matter, and a first line MultiMarkdown would take for metadata
    b"---\ntitle: A\n---\nNote: not metadata\n\ntext\n",
    # several blank lines, a front matter closed by dots, trailing spaces on the markers
    b"--- \ntitle: 'A: b'\ntags:\n- x\n... \n\n\n\n# A\n",
    b"---\ntitle: A\n---\n\nA line\r\nend\n",
    b'---\n{"title": "A"}\n---\n',
])
def test_edge_pages_read_the_same_split(page: bytes) -> None:
    assert read_split(page) == get_data(page.decode("utf-8"))


@pytest.mark.parametrize("page", [b"# No front matter\n\ntext\n", b"----\ntitle: A\n---\n\ntext\n"])
def test_pages_without_front_matter_are_left_whole(page: bytes) -> None:
    assert split_front_matter(page) is None
