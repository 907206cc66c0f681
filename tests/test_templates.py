"""The reader-facing markup comes from templates a site can override from its theme's custom_dir.

A newsroom copies ``generator/templates/briefs/claim_card.html`` to
``theme_overrides/briefs/claim_card.html`` and edits it: every claim card of the
site changes, whichever engine builds it, and the engine still escapes every value.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup, Tag

from generator.rendering.templating import PACKAGE_TEMPLATES, templates_for
from tests.conftest import SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build
from tests.engine_sites import BIN, ENV, run_tool, zensical_build

CLAIM_CARD = "briefs/claim_card.html"
CARD_OPENING = '<li class="nb-card nb-card--claim'
BRIEF_PAGE = f"briefs/{SEED_STEM}/index.html"
CLAIMS_INDEX = "claims/index.html"


def override_claim_card(project: Path, desk: str) -> None:
    """The site's own claim card: the package's, each card marked as checked by ``desk``."""
    card = (PACKAGE_TEMPLATES / CLAIM_CARD).read_text(encoding="utf-8")
    assert CARD_OPENING in card
    marked = card.replace(CARD_OPENING, f'<li data-desk="{desk}" class="nb-card nb-card--claim', 1)
    override = project / "theme_overrides" / CLAIM_CARD
    override.parent.mkdir(parents=True, exist_ok=True)
    override.write_text(marked, encoding="utf-8")


def claim_cards(site: Path, page: str) -> list[Tag]:
    """The claim cards of a built page."""
    soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
    return soup.select("li.nb-card--claim")


def actor_pages_with_cards(site: Path) -> list[str]:
    """The actor pages that list at least one claim card."""
    pages = sorted(p.relative_to(site).as_posix() for p in (site / "actors").glob("*/index.html"))
    return [page for page in pages if claim_cards(site, page)]


@pytest.fixture(scope="module")
def desk_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed project whose theme_overrides replace the claim card with one marked ``desk-7``."""
    project = make_project(tmp_path_factory.mktemp("desk") / "project", SEED_BRIEFS)
    override_claim_card(project, "desk-7")
    return project


def _build(engine: str, project: Path, folder: Path) -> Path:
    if engine == "mkdocs":
        result = run_mkdocs_build(project, folder / "site")
        assert result.returncode == 0, result.stderr
        return folder / "site"
    if engine == "properdocs":
        run_tool("properdocs", "build", "--strict", "-f", project / "mkdocs.yml", "-d", folder / "site",
                 cwd=project)
        return folder / "site"
    return zensical_build(project, folder / "zensical")


@pytest.mark.parametrize("engine", ["mkdocs", "properdocs", "zensical"])
def test_an_overridden_claim_card_shows_wherever_claims_are_listed(engine: str, desk_project: Path,
                                                                   tmp_path: Path) -> None:
    site = _build(engine, desk_project, tmp_path)
    actor_pages = actor_pages_with_cards(site)
    assert actor_pages, "some actor of the seed brief has claims"
    for page in [BRIEF_PAGE, CLAIMS_INDEX, *actor_pages]:
        cards = claim_cards(site, page)
        assert cards, page
        assert {card.get("data-desk") for card in cards} == {"desk-7"}, page


def test_without_an_override_the_package_card_is_published(built_site: Path) -> None:
    cards = claim_cards(built_site, BRIEF_PAGE)
    assert cards
    assert all(card.get("data-desk") is None for card in cards)


def test_a_template_edited_between_two_cached_builds_changes_the_pages(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    override_claim_card(project, "first-desk")
    first = tmp_path / "first"
    assert run_mkdocs_build(project, first).returncode == 0
    assert (project / ".cache").is_dir(), "the builds keep their caches"
    assert {c.get("data-desk") for c in claim_cards(first, BRIEF_PAGE)} == {"first-desk"}

    override_claim_card(project, "second-desk")
    second = tmp_path / "second"
    result = run_mkdocs_build(project, second)
    assert result.returncode == 0, result.stderr
    for page in (BRIEF_PAGE, CLAIMS_INDEX):
        assert {c.get("data-desk") for c in claim_cards(second, page)} == {"second-desk"}, page

    (project / "theme_overrides" / CLAIM_CARD).unlink()
    third = tmp_path / "third"
    assert run_mkdocs_build(project, third).returncode == 0
    assert {c.get("data-desk") for c in claim_cards(third, BRIEF_PAGE)} == {None}


HOSTILE = """<script>alert("pwned")</script> & 'quoted' <img src=x onerror=alert(1)>"""


def test_a_hostile_claim_comes_out_as_text_through_the_template(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    sidecar = project / "briefs" / f"{SEED_STEM}.yaml"
    text = sidecar.read_text(encoding="utf-8")
    original = "    claim: Israel is to blame for the Kerman bombings.\n"
    assert original in text
    sidecar.write_text(text.replace(original, f"    claim: '{HOSTILE.replace(chr(39), chr(39) * 2)}'\n"),
                       encoding="utf-8")
    site = tmp_path / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    for page in (BRIEF_PAGE, CLAIMS_INDEX):
        html = (site / page).read_text(encoding="utf-8")
        soup = BeautifulSoup(html, "html.parser")
        claims = [p.get_text() for p in soup.select(".nb-card__claim")]
        assert HOSTILE in claims, page
        cards = soup.select_one(".nb-cards")
        assert cards is not None and not cards.find_all(["script", "img"]), page
        assert "&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; &amp; &#x27;quoted&#x27;" in html, page


def test_the_package_ships_its_templates() -> None:
    pyproject = (PACKAGE_TEMPLATES.parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    assert '"templates/**/*.html"' in pyproject
    assert (PACKAGE_TEMPLATES / CLAIM_CARD).is_file()


def test_templates_the_site_does_not_override_stay_the_packages(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    key = (PACKAGE_TEMPLATES / "briefs" / "key.html").read_text(encoding="utf-8")
    (project / "theme_overrides" / "briefs").mkdir()
    (project / "theme_overrides" / "briefs" / "key.html").write_text(
        key.replace("Key to the highlights", "How to read this page"), encoding="utf-8")
    site = tmp_path / "site"
    assert run_mkdocs_build(project, site).returncode == 0
    soup = BeautifulSoup((site / BRIEF_PAGE).read_text(encoding="utf-8"), "html.parser")
    summary = soup.select_one("details.nb-key summary")
    assert summary is not None and summary.get_text() == "How to read this page"
    assert claim_cards(site, BRIEF_PAGE)
    assert all(card.get("data-desk") is None for card in claim_cards(site, BRIEF_PAGE))


def test_the_authoring_guide_lists_every_template() -> None:
    guide = (PACKAGE_TEMPLATES.parent.parent / "docs" / "guide.md").read_text(encoding="utf-8")
    section = guide.split("## Changing the look", 1)[1].split("\n## ", 1)[0]
    shipped = sorted(p.relative_to(PACKAGE_TEMPLATES).as_posix() for p in PACKAGE_TEMPLATES.rglob("*.html"))
    assert shipped
    assert [name for name in shipped if f"`{name}`" not in section] == []


@pytest.mark.parametrize(("mistake", "message"), [
    # Jinja finds an unclosed block at the end of the file.
    ("{% if claim %}",
     "theme_overrides/briefs/claim_card.html:6:0: Unexpected end of template. Jinja was looking for the "
     "following tags: 'elif' or 'else' or 'endif'. The innermost block that needs to be closed is 'if'"),
    ("{{ claim.verdcit }}",
     "theme_overrides/briefs/claim_card.html:4:0: 'generator.rendering.views.ClaimView object' has no "
     "attribute 'verdcit'"),
])
@pytest.mark.parametrize("face", ["mkdocs", "briefs render"])
def test_a_broken_override_stops_the_build_with_its_file_and_line(face: str, mistake: str, message: str,
                                                                  tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    override = project / "theme_overrides" / CLAIM_CARD
    override.parent.mkdir(parents=True)
    card = (PACKAGE_TEMPLATES / CLAIM_CARD).read_text(encoding="utf-8").splitlines(keepends=True)
    override.write_text("".join([*card[:3], mistake + "\n", *card[3:]]), encoding="utf-8")
    if face == "mkdocs":
        result = subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "-d", str(tmp_path / "site")],
                                cwd=project, env=ENV, capture_output=True, text=True, check=False)
    else:
        result = subprocess.run([str(BIN / "briefs"), "render", str(tmp_path / "docs")], cwd=project, env=ENV,
                                capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if "claim_card.html" in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].endswith(f"{message}; correct the template, or delete it to use the one newsbriefs ships")


def test_an_overridden_link_macro_changes_every_badge(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project", SEED_BRIEFS)
    links = (PACKAGE_TEMPLATES / "briefs" / "links.html").read_text(encoding="utf-8")
    assert links.count('<a class="nb-verdict') == 1
    (project / "theme_overrides" / "briefs").mkdir()
    (project / "theme_overrides" / "briefs" / "links.html").write_text(
        links.replace('<a class="nb-verdict', '<a data-badge="ours" class="nb-verdict'), encoding="utf-8")
    site = tmp_path / "site"
    assert run_mkdocs_build(project, site).returncode == 0
    for page in (BRIEF_PAGE, CLAIMS_INDEX):
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        badges = soup.select("li.nb-card--claim a.nb-verdict")
        assert badges and {badge.get("data-badge") for badge in badges} == {"ours"}, page


def test_the_templates_key_follows_templates_not_stylesheets_or_the_projects_place(tmp_path: Path) -> None:
    # The key of every brief's kept pages: a moved project keeps them, an edited template does not.
    here, there = tmp_path / "here" / "theme_overrides", tmp_path / "there" / "theme_overrides"
    for folder in (here, there):
        (folder / "briefs").mkdir(parents=True)
        (folder / "briefs" / "key.html").write_text("<p>key</p>\n", encoding="utf-8")
        (folder / "extra.css").write_text("a {}\n", encoding="utf-8")
    key = templates_for(here).digest
    assert templates_for(there).digest == key
    (here / "extra.css").write_text("a { color: red }\n", encoding="utf-8")
    assert templates_for(here).digest == key
    (here / "briefs" / "key.html").write_text("<p>our key</p>\n", encoding="utf-8")
    assert templates_for(here).digest != key
