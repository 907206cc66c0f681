"""The link checker on small built sites: what it must report, and what it must leave alone."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from generator.cli import main
from generator.publishing.link_check import check_site


def _site(folder: Path, pages: dict[str, str]) -> Path:
    for path, body in pages.items():
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(body, encoding="utf-8")
    return folder


def test_each_kind_of_broken_link_is_reported_with_its_page(tmp_path: Path) -> None:
    site = _site(tmp_path, {
        "index.html": '<a href="a/">ok</a><a href="a/#here">ok</a><a href="a/#gone">no id</a>'
                      '<img src="missing.png"><a href="empty/">no index</a>',
        "a/index.html": '<h2 id="here">Here</h2><a href="../">up</a><a href="../../outside/">out</a>'
                        '<link rel="stylesheet" href="../style.css"><script src="../app.js"></script>',
        "style.css": "", "empty/readme.txt": ""})
    assert [b.format() for b in check_site(site)] == [
        "a/index.html: ../../outside/: no such file",  # a browser stops at the root
        "a/index.html: ../app.js: no such file",
        "index.html: a/#gone: no element with id 'gone'",
        "index.html: empty/: folder without index.html",
        "index.html: missing.png: no such file",
    ]


def test_external_links_and_same_page_fragments_are_followed_only_as_far_as_they_go(tmp_path: Path) -> None:
    site = _site(tmp_path, {"index.html": '<a href="https://example.org/x">ext</a><a href="mailto:a@b">m</a>'
                                          '<a href="//cdn.example.org/x.js">cdn</a><p id="top"></p>'
                                          '<a href="#top">top</a><a href="#nowhere">gone</a>'})
    assert [b.format() for b in check_site(site)] == ["index.html: #nowhere: no element with id 'nowhere'"]


def test_root_absolute_links_break_when_the_site_is_served_under_a_sub_path(tmp_path: Path) -> None:
    links = '<a href="/a/">abs</a><a href="/archive/a/">sub</a><a href="a/">rel</a>'
    site = _site(tmp_path, {"index.html": links, "a/index.html": ""})
    assert [b.link for b in check_site(site, "/")] == ["/archive/a/"]
    assert [b.link for b in check_site(site, "/archive/")] == ["/a/"]


def test_the_command_lists_broken_links_and_exits_1(tmp_path: Path) -> None:
    site = _site(tmp_path, {"index.html": '<a href="gone.html">x</a>'})
    result = CliRunner().invoke(main, ["check-links", str(site)])
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == "index.html: gone.html: no such file"
    (site / "gone.html").write_text("", encoding="utf-8")
    assert CliRunner().invoke(main, ["check-links", str(site)]).exit_code == 0
