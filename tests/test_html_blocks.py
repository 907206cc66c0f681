"""A generated page's whole HTML blocks skip Python-Markdown's parser while it converts: the
site is byte for byte the one MkDocs writes when it parses them, and links to the anchors in
those blocks are still checked."""

from __future__ import annotations

import markdown

from generator.caching.html_blocks import anchor_ids, set_aside
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build
from tests.test_build_cache import edit, site_files

EXTENSIONS = ["attr_list", "md_in_html", "admonition", "tables", "toc"]


def converted(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def converted_set_aside(text: str) -> str | None:
    aside = set_aside(text)
    return aside.put_back(converted(aside.markdown))


def test_the_site_equals_the_one_markdown_converts_whole(tmp_path) -> None:  # type: ignore[no-untyped-def]
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    # A reader's page linking to anchors that only the brief page's HTML blocks hold: MkDocs
    # checks them against the ids it finds, here made a warning (and --strict an error).
    (project / "docs" / "reading.md").write_text(
        f"# Reading\n\nSee [the first note](briefs/{SEED_STEM}.md#card-note-1) and "
        f"[a claim](briefs/{SEED_STEM}.md#claim-raisi-blames-israel).\n", encoding="utf-8")
    edit(project / "mkdocs.yml", "docs_dir: docs\n", "docs_dir: docs\nvalidation:\n  anchors: warn\n")
    built = run_mkdocs_build(project, project / "site")
    assert built.returncode == 0, built.stderr
    set_aside_site = site_files(project / "site")
    option = "      briefs_dir: briefs\n"
    edit(project / "mkdocs.yml", option, option + "      render_cache: false\n")
    plain = run_mkdocs_build(project, tmp_path / "plain")
    assert plain.returncode == 0, plain.stderr
    assert set_aside_site == site_files(tmp_path / "plain")
    # The anchor check is live: a link to an id no block holds fails the strict build.
    page = project / "docs" / "reading.md"
    edit(page, "#card-note-1", "#card-note-999")
    edit(project / "mkdocs.yml", "      render_cache: false\n", "")
    broken = run_mkdocs_build(project, project / "site")
    assert broken.returncode != 0
    assert "card-note-999" in broken.stderr


def test_only_whole_blocks_ending_their_lines_are_set_aside() -> None:
    pages = {
        "blocks and headings": "<h1>T</h1>\n<p>a</p>\n\n## Claims\n\n"
                               "<div class=\"x\">\n<div>\n<p>b</p>\n</div>\n</div>\n",
        "text after an end tag": "<p>a</p> and *more*\n\nnext",
        "an inline element starting a line": "<p>a</p>\n<span>*b*</span>\n",
        "Markdown inside HTML": "<div markdown>\n*b*\n</div>\n",
        "an unclosed block": "<div>\n\n*b*\n\n</div>\n",
        "indented: a code block": "    <p>a</p>\n",
        "blank lines around": "\n\n\n<ul>\n<li>a</li>\n</ul>   \n\n\n\ntext",
    }
    for name, text in pages.items():
        assert converted_set_aside(text) == converted(text), name
    assert len(set_aside(pages["blocks and headings"]).blocks) == 2
    for name in ("text after an end tag", "an inline element starting a line", "Markdown inside HTML",
                 "an unclosed block", "indented: a code block"):
        assert set_aside(pages[name]).blocks == (), name


def test_a_placeholder_markdown_lost_sends_the_page_back_whole() -> None:
    page = "<p id=\"a\">a</p>\n\n<p>b <a name=\"n\">c</a></p>\n"
    aside = set_aside(page)
    assert anchor_ids(aside.blocks) == {"a", "n"}
    assert aside.put_back(converted(aside.markdown)) == converted(page)
    first_only = converted(aside.markdown).split("\n")[0]
    assert aside.put_back(first_only) is None
