"""Sharing, as a reader's link preview and another site's embed see it, whichever engine built the site.

Each brief and actor page carries Open Graph and Twitter tags; each brief and
each published claim has a 1200 × 630 PNG share image, and each claim an
embeddable card with an oEmbed file pointing to it. A Persian quote is drawn
in a font that has a glyph for every one of its characters.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from fontTools.ttLib import TTFont
from PIL import Image

from tests.conftest import FIXTURE_SITE_URL, FIXTURES, SEED_STEM, make_project, run_mkdocs_build

BRIEF = f"briefs/{SEED_STEM}/index.html"
PERSIAN = FIXTURES / "persian"
PERSIAN_STEM = "2024-01-05-persian-quote"
PERSIAN_CLAIM = "khamenei-not-afraid-of-talks"
PERSIAN_WORDS = "ما هرگز از مذاکره با دشمن نمی‌ترسیم، اما فریب هم نمی‌خوریم"
SHIPPED_FONTS = sorted((Path(__file__).resolve().parent.parent / "generator" / "fonts").glob("*.ttf"))


def _head(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")


def _meta(soup: BeautifulSoup) -> dict[str, str]:
    """The page's Open Graph and Twitter tags, by property or name."""
    tags = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or ""
        if str(key).startswith(("og:", "twitter:")):
            assert key not in tags, f"{key} given twice"
            tags[str(key)] = str(tag["content"])
    return tags


def _site_file(site: Path, url: str) -> Path:
    assert url.startswith(FIXTURE_SITE_URL), url
    path = site / url.removeprefix(FIXTURE_SITE_URL)
    return path / "index.html" if url.endswith("/") else path


def _claim_ids(site: Path, stem: str = SEED_STEM) -> list[str]:
    data = json.loads((site / f"data/briefs/{stem}.json").read_text(encoding="utf-8"))
    return [claim["id"] for claim in data["claims"]]


def _assert_share_png(path: Path) -> None:
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", path
    with Image.open(path) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630)), path


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs", "zensical"])
def test_a_brief_page_shares_its_title_summary_image_and_address(engine: str,
                                                                 request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue("built_site" if engine == "mkdocs" else f"{engine}_site")
    soup = _head(site, BRIEF)
    meta = _meta(soup)
    assert meta["og:title"] == meta["twitter:title"] == soup.find("h1").get_text(strip=True)
    assert meta["og:description"].startswith("Two bombs killed scores of people at a memorial")
    assert "Iran's president blamed Israel" in meta["og:description"]  # escaped once, read as written
    assert meta["og:url"] == f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/"
    assert (meta["og:type"], meta["og:site_name"], meta["twitter:card"]) == (
        "article", "newsbriefs", "summary_large_image")
    assert meta["og:image"] == meta["twitter:image"] == f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/share.png"
    assert (meta["og:image:width"], meta["og:image:height"], meta["og:image:type"]) == (
        "1200", "630", "image/png")
    assert "World Israel News, 3 January 2024" in meta["og:image:alt"]
    _assert_share_png(_site_file(site, meta["og:image"]))


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_an_actor_page_shares_who_they_are(engine: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue("built_site" if engine == "mkdocs" else f"{engine}_site")
    meta = _meta(_head(site, "actors/ebrahim-raisi/index.html"))
    assert meta["og:title"] == "Ebrahim Raisi"
    assert meta["og:url"] == f"{FIXTURE_SITE_URL}actors/ebrahim-raisi/"
    assert re.search(r"\b1 claim by Ebrahim Raisi in 1 brief\b", meta["og:description"]), meta
    assert (meta["og:type"], meta["twitter:card"]) == ("profile", "summary")
    assert "og:image" not in meta  # an actor has no card of its own


def test_pages_without_a_preview_of_their_own_carry_no_share_tags(built_site: Path) -> None:
    assert _meta(_head(built_site, "claims/index.html")) == {}


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_every_published_claim_has_a_share_image_an_embed_page_and_an_oembed_file(
        engine: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue("built_site" if engine == "mkdocs" else f"{engine}_site")
    claims = _claim_ids(site)
    assert len(claims) == 7
    for claim in claims:
        folder = site / "briefs" / SEED_STEM / claim
        _assert_share_png(folder / "share.png")
        oembed = json.loads((folder / "oembed.json").read_text(encoding="utf-8"))
        embed_url = f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/{claim}/embed.html"
        assert (oembed["version"], oembed["type"], oembed["provider_name"]) == ("1.0", "rich", "newsbriefs")
        assert oembed["thumbnail_url"] == f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/{claim}/share.png"
        frame = BeautifulSoup(oembed["html"], "html.parser").find("iframe")
        assert frame["src"] == embed_url and _site_file(site, embed_url).is_file()
        assert (int(frame["width"]), int(frame["height"])) == (oembed["width"], oembed["height"])


def test_the_embed_page_shows_speaker_quote_and_verdict_and_links_to_the_review(built_site: Path) -> None:
    claim = "ghaani-predicts-disgrace"
    page = BeautifulSoup((built_site / "briefs" / SEED_STEM / claim / "embed.html").read_text(
        encoding="utf-8"), "html.parser")
    assert page.html["lang"] == "en"
    assert page.find(class_="speaker").get_text() == "Esmail Ghaani"
    assert page.blockquote.get_text(strip=True).startswith("“the one who has failed in this field")
    assert page.find(class_="verdict").get_text() == "Not checkable"
    link = page.find("a", string=re.compile("Read the review"))
    assert link["href"] == f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/{claim}/"  # the claim's own page
    assert link["target"] == "_blank"
    assert (built_site / "briefs" / SEED_STEM / claim / "index.html").is_file()
    assert not page.find_all("script") and not page.find_all("link", rel="stylesheet")  # self-contained


def test_a_hand_written_page_with_a_share_mapping_gets_the_tags_and_the_oembed_link(tmp_path: Path) -> None:
    """What a claim page carries: the same `share` entry, with its oEmbed file's address."""
    project = make_project(tmp_path / "project", FIXTURES / "seed_briefs")
    (project / "docs" / "shared.md").write_text(
        "---\nshare:\n  title: A <b>claim</b> & “its” verdict\n  description: Why.\n"
        "  url: https://briefs.example.org/shared/\n  type: article\n  site_name: newsbriefs\n"
        "  oembed: https://briefs.example.org/x/oembed.json\n---\n\n# Shared\n", encoding="utf-8")
    site = tmp_path / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    soup = _head(site, "shared/index.html")
    assert _meta(soup)["og:title"] == "A <b>claim</b> & “its” verdict"  # escaped, shown as written
    link = soup.find("link", type="application/json+oembed")
    assert link["href"] == "https://briefs.example.org/x/oembed.json"


@pytest.fixture(scope="module")
def persian_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = make_project(tmp_path_factory.mktemp("persian") / "project", PERSIAN)
    site = tmp_path_factory.mktemp("persian-site")
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def test_a_persian_quote_is_drawn_right_aligned_in_a_font_with_every_glyph(persian_site: Path) -> None:
    """No character of the quote falls back to the font's missing-glyph box (checked in each shipped
    face's character map), and the quote, written right to left, is aligned on the right."""
    for face in SHIPPED_FONTS:
        with TTFont(face) as font:
            mapped = font.getBestCmap()
            missing = [f"U+{ord(c):04X}" for c in f"«{PERSIAN_WORDS}»"
                       if not c.isspace() and ord(c) not in mapped]
            assert missing == [], face.name
    path = persian_site / "briefs" / PERSIAN_STEM / PERSIAN_CLAIM / "share.png"
    _assert_share_png(path)
    with Image.open(path) as image:
        quote = image.convert("L").crop((0, 200, 1200, 340))  # the quote's lines, below the speaker
        left, _, right, _ = quote.point(lambda p: 255 if p < 128 else 0).getbbox() or (0, 0, 0, 0)
    assert right > 1100 and left > 72, (left, right)  # flush with the right margin, not the left
    embed = BeautifulSoup((path.parent / "embed.html").read_text(encoding="utf-8"), "html.parser")
    assert embed.blockquote["dir"] == "rtl"
    assert embed.blockquote.get_text(strip=True) == f"«{PERSIAN_WORDS}»"


def _build_log(project: Path, site: Path) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site)],
        capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        cwd=project, check=False)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_a_claim_whose_card_is_unchanged_is_not_drawn_again(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", PERSIAN)
    site = tmp_path / "site"
    assert "share images: 2 drawn, 0 reused" in _build_log(project, site)  # the brief's and the claim's
    first = (site / "briefs" / PERSIAN_STEM / PERSIAN_CLAIM / "share.png").read_bytes()
    assert "share images: 0 drawn, 2 reused" in _build_log(project, site)
    assert (site / "briefs" / PERSIAN_STEM / PERSIAN_CLAIM / "share.png").read_bytes() == first
    sidecar = project / "briefs" / f"{PERSIAN_STEM}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "title: A leader's words", "title: The leader's words"), encoding="utf-8")
    assert "share images: 1 drawn, 1 reused" in _build_log(project, site)  # only the brief's title changed


def test_the_build_names_the_characters_a_share_image_cannot_draw(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", PERSIAN)
    sidecar = project / "briefs" / f"{PERSIAN_STEM}.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace(
        "title: A leader's words", "title: Слова лидера, a leader's words"), encoding="utf-8")
    log = " ".join(_build_log(project, tmp_path / "site").split())  # --strict: a note, not a warning
    assert (f"briefs: {PERSIAN_STEM}: the share images cannot draw 'Словаидер' (not in the shipped font, "
            "Vazirmatn: Latin and Arabic script); they show as boxes") in log


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_a_claim_page_shares_its_claim_verdict_image_and_embed(engine: str,
                                                              request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue("built_site" if engine == "mkdocs" else f"{engine}_site")
    claim = _claim_ids(site)[0]
    soup = _head(site, f"briefs/{SEED_STEM}/{claim}/index.html")
    meta = _meta(soup)
    folder = f"{FIXTURE_SITE_URL}briefs/{SEED_STEM}/{claim}/"
    assert meta["og:url"] == folder and meta["og:image"] == f"{folder}share.png"
    assert meta["og:title"] == meta["twitter:title"] and meta["og:title"]
    assert (meta["og:image:width"], meta["og:image:height"]) == ("1200", "630")
    _assert_share_png(_site_file(site, meta["og:image"]))
    discovery = soup.find("link", attrs={"type": "application/json+oembed"})
    assert discovery is not None and discovery["href"] == f"{folder}oembed.json"
    embed = json.loads(_site_file(site, str(discovery["href"])).read_text(encoding="utf-8"))
    assert embed["thumbnail_url"] == meta["og:image"]
    card = BeautifulSoup(_site_file(site, f"{folder}embed.html").read_text(encoding="utf-8"), "html.parser")
    assert any(a.get("href") == folder for a in card.find_all("a"))  # "Read the review": the claim's page


def test_hostile_text_reaches_the_share_tags_as_written_whichever_engine_built_it(
        hostile_sites: tuple[Path, Path]) -> None:
    """Markup, quotes and ampersands in a title or summary are escaped once by MkDocs and by Zensical."""
    mkdocs, zensical = hostile_sites
    pages = sorted(p.relative_to(mkdocs) for p in (mkdocs / "briefs").glob("*/index.html"))
    assert pages
    for page in pages:
        shown = [_meta(_head(site, str(page))) for site in (mkdocs, zensical)]
        assert "<script>" in shown[0]["og:title"] and shown[1] == shown[0], page  # text, not markup
        assert "&lt;" not in shown[0]["og:title"] + shown[0]["og:description"], page  # not escaped twice
