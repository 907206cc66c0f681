"""The message catalogues: complete, compiled from their sources, and a whole site in another language.

A site built with ``theme.language: fa`` (or ``fr``) must show no English string of
the generator's: every page's text, outside the article, the quotes, what the authors
wrote and Material's own interface, is held against the English message ids.
"""

from __future__ import annotations

import io
import re
import shutil
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from bs4 import BeautifulSoup, Tag

from generator.translation import DOMAIN, LOCALE_DIR, Words
from tests.conftest import FIXTURES, ROOT, SEED_BRIEFS, SEED_STEM, make_project, run_mkdocs_build

LANGUAGES = ("fr", "de", "es", "fa", "ar")
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None, "heading": (2,)}
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _extracted() -> set[str]:
    """The message ids of the code and templates as they are now (what `make messages` extracts)."""
    with open(ROOT / "babel.cfg", encoding="utf-8") as config:
        method_map, options_map = parse_mapping_cfg(config)
    return {message if isinstance(message, str) else message[0]
            for _, _, message, *_ in extract_from_dir(ROOT / "generator", method_map, options_map,
                                                      keywords=KEYWORDS)}


def _catalogue_ids(language: str) -> set[str]:
    with open(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", "rb") as po:
        return {m.id if isinstance(m.id, str) else m.id[0] for m in read_po(po) if m.id}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_catalogue_translates_every_string_of_the_code(language: str) -> None:
    extracted = _extracted()
    with open(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", "rb") as po:
        catalogue = read_po(po)
    missing = extracted - _catalogue_ids(language)
    assert not missing, f"run `make messages` and translate: {sorted(missing)[:5]}"
    for message in catalogue:
        if not message.id:
            continue
        forms = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(forms) and not message.fuzzy, f"{language}: untranslated {message.id!r}"
        singular = message.id if isinstance(message.id, str) else message.id[0]
        for form in forms:  # a plural form may leave the number out ("one claim"), never add a value
            assert set(PLACEHOLDER.findall(form)) <= set(PLACEHOLDER.findall(singular)) | {"%(num)s"}, \
                f"{language}: {form!r} fills values {singular!r} does not give"
        if not isinstance(message.id, tuple):
            assert sorted(PLACEHOLDER.findall(forms[0])) == sorted(PLACEHOLDER.findall(singular)), \
                f"{language}: {forms[0]!r} drops a value of {singular!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_shipped_mo_file_is_compiled_from_the_po_file(language: str) -> None:
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    with open(folder / f"{DOMAIN}.po", "rb") as po:
        compiled = io.BytesIO()
        write_mo(compiled, read_po(po, locale=language))
    assert (folder / f"{DOMAIN}.mo").read_bytes() == compiled.getvalue(), "run `make messages`"


def test_counts_take_the_plural_forms_and_dates_the_words_of_the_language() -> None:
    import datetime as dt

    from generator.rendering.wording import count

    assert [count(n, "claim") for n in (0, 1, 2)] == ["0 claims", "1 claim", "2 claims"]
    assert [count(n, "claim", Words("fr")) for n in (0, 1, 2)] == [
        "0 affirmation", "1 affirmation", "2 affirmations"]
    assert [count(n, "brief", Words("ar")) for n in (1, 2, 5, 11, 100)] == [
        "تحليل واحد", "تحليلان", "5 تحليلات", "11 تحليلًا", "100 تحليل"]
    assert Words("fa").date(dt.date(2024, 1, 3)) == "3 ژانویه 2024"
    assert Words("de").date(dt.date(2024, 1, 3)) == "3. Januar 2024"


# --- a whole site in another language ---------------------------------------------------------------

# Material's own interface, translated by Material.
_THEME = (".md-header, .md-tabs, .md-sidebar, .md-footer, .md-search, .md-dialog, .md-source-file, "
          ".md-content__button, .md-skip, .md-banner, .headerlink, script, style, noscript")
# What the authors wrote and the article's own words: never the generator's.
_AUTHORS = (".nb-article, blockquote, q, .nb-summary, .nb-card__claim, .nb-card__why, "
            ".nb-card__translation, .nb-note-card > p:not(.nb-card__head):not(.nb-note-quote), "
            ".nb-popover > p:not(.nb-popover__more), "
            ".nb-sources li, .nb-source, .nb-actor, .nb-whos-who li > p, .nb-team, .nb-change, "
            ".nb-omitted, .nb-brief-title, .nb-timeline__what, .nb-card-group a, .nb-verdict-history a, "
            ".nb-rights, .nb-outlet-headline span, .nb-kind + p")


def _fragments(message: str) -> list[str]:
    """The fixed words of a message id: what an English page shows of it whatever its values."""
    text = re.sub(r"<[^>]+>", "\0", PLACEHOLDER.sub("\0", message))
    return [part.strip(" .,:;()“”") for part in text.split("\0") if len(part.strip(" .,:;()“”")) >= 4]


def _english_in(page: Path, fragments: list[str], words: set[str]) -> list[str]:
    soup = BeautifulSoup(page.read_text(encoding="utf-8"), "lxml")
    # A claim's embed page is the generator's whole page; elsewhere the theme's frame is not its words.
    content = soup.body if page.name == "embed.html" else soup.select_one(".md-content")
    if not isinstance(content, Tag):
        return []
    # What a shared link's preview says of the page (its description, its image) is the generator's too.
    previews = [str(tag.get("content", "")) for tag in soup.select(
        'meta[property="og:description"], meta[property="og:image:alt"]')]
    for element in content.select(f"{_THEME}, {_AUTHORS}"):
        element.decompose()
    found = []
    texts = [" ".join(t.split()) for t in content.find_all(string=True)]
    texts += [str(v) for tag in content.find_all(True) for k, v in tag.attrs.items()
              if k in ("aria-label", "title", "alt")] + previews
    whole = "\n".join(texts)
    for text in texts:
        if text.strip(" .,:;()") in words:
            found.append(text)
    found += [f for f in fragments if " " in f and re.search(rf"(?<!\w){re.escape(f)}(?!\w)", whole)]
    return found


@pytest.fixture(scope="module", params=LANGUAGES)
def translated_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three briefs built with the theme in each language shipped, published as excerpts, with listings of
    one item so that every listing has month pages."""
    project = make_project(tmp_path_factory.mktemp(f"site-{request.param}") / "project", SEED_BRIEFS)
    for extra in [*(FIXTURES / "reader").iterdir(), *(FIXTURES / "another_brief").iterdir()]:
        shutil.copy(extra, project / "briefs" / extra.name)
    config = project / "mkdocs.yml"
    text = re.sub(r"^  language: en$", f"  language: {request.param}", config.read_text(encoding="utf-8"),
                  count=1, flags=re.MULTILINE)
    text = re.sub(r"^([ \t]*)review_author: .*\n", "\\g<0>\\g<1>listing_size: 1\n", text, count=1,
                  flags=re.MULTILINE).replace("publish: full", "publish: excerpt")  # and the excerpt notice
    # The shipped about and funding texts, which the site's language translates, in place of the
    # repository's own words.
    text = re.sub(r"^( +)about: >-\n(\1  .*\n)+", "", text, count=1, flags=re.MULTILINE)
    text = re.sub(r"^( +)funding: .*\n", "\\1contact: news@briefs.example.org\n", text, count=1,
                  flags=re.MULTILINE)
    assert f"language: {request.param}" in text and "funding:" not in text
    config.write_text(text, encoding="utf-8")
    site = tmp_path_factory.mktemp(f"built-{request.param}")
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site


def test_a_site_in_another_language_shows_no_english_string_of_the_generator(translated_site: Path) -> None:
    language = translated_site.name.removeprefix("built-")[:2]
    with open(LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}.po", "rb") as po:
        translated = {m.id if isinstance(m.id, str) else m.id[0]:
                      " ".join(m.string) if isinstance(m.string, tuple) else m.string for m in read_po(po)}
    # The English words of every message, but those the language spells alike (Sources, Contact in French).
    fragments = sorted({f for message in _extracted() for f in _fragments(message)
                        if f not in translated.get(message, "")}, key=len, reverse=True)
    words = {f for f in fragments if " " not in f}
    docs = {path.with_suffix("").as_posix() for path in (ROOT / "docs").rglob("*.md")}
    pages = [page for page in sorted(translated_site.rglob("*.html"))
             if page.parent.relative_to(translated_site).as_posix() not in docs and page.name != "404.html"]
    assert len(pages) > 20  # briefs, actors, verdicts, months, editorial pages
    assert any("nb-excerpt-notice" in page.read_text(encoding="utf-8") for page in pages)
    english = {page.relative_to(translated_site).as_posix(): found
               for page in pages if (found := _english_in(page, fragments, words))}
    assert not english, english


def test_a_site_in_another_language_keeps_its_heading_ids(translated_site: Path) -> None:
    brief = next(p for p in (translated_site / "briefs").rglob("index.html") if "kerman" in str(p))
    soup = BeautifulSoup(brief.read_text(encoding="utf-8"), "lxml")
    for anchor in ("claims", "context-and-corrections", "whos-who", "changes-to-this-brief"):
        heading = soup.find(id=anchor)
        assert heading is not None and heading.name == "h2", anchor
        assert heading.get_text().strip() not in {"Claims", "Context and corrections", "Who's who",
                                                  "Changes to this brief"}


def _project_in(folder: Path, language: str) -> Path:
    project = make_project(folder, SEED_BRIEFS)
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = re.sub(r"^  language: en$", f"  language: {language}", text, count=1, flags=re.MULTILINE)
    config.write_text(text, encoding="utf-8")
    return project


def test_briefs_render_writes_in_the_theme_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from generator.cli import main

    monkeypatch.chdir(_project_in(tmp_path / "project", "de"))
    result = CliRunner().invoke(main, ["render", "out"])
    assert result.exit_code == 0, result.output
    page = (tmp_path / "project" / "out" / "briefs" / f"{SEED_STEM}.md").read_text(encoding="utf-8")
    assert "## Behauptungen { #claims }" in page and "## Claims" not in page
    assert "Legende der Markierungen" in page and "Key to the highlights" not in page


def test_a_language_babel_does_not_know_is_a_located_problem(tmp_path: Path) -> None:
    from generator.settings import read_project_settings

    project = _project_in(tmp_path / "project", "xx-nowhere")
    problems = read_project_settings(project / "mkdocs.yml", "mkdocs.yml")
    assert isinstance(problems, tuple)
    assert [p.format() for p in problems] == [
        "mkdocs.yml: theme.language: 'xx-nowhere' is not a language Babel knows; "
        "write a language code such as en, fr, fa or pt-BR"]


def test_the_release_gate_knows_the_shipped_editorial_wording_in_any_language(tmp_path: Path) -> None:
    from generator.publishing.release_gate import editorial_problems, read_config_text
    from generator.settings import read_project_settings

    project = _project_in(tmp_path / "project", "fa")
    config = project / "mkdocs.yml"
    text = re.sub(r"^( +)about: >-\n(\1  .*\n)+", "", config.read_text(encoding="utf-8"), count=1,
                  flags=re.MULTILINE)
    text = re.sub(r"^( +)funding: .*\n", "\\1contact: news@briefs.example.org\n", text, count=1,
                  flags=re.MULTILINE)
    config.write_text(text, encoding="utf-8")
    settings = read_project_settings(config, "mkdocs.yml")
    assert not isinstance(settings, tuple)
    assert settings.editorial.funding == "این تارنما هنوز نگفته است از کجا تأمین مالی می‌شود."
    problems = editorial_problems(read_config_text(config, "mkdocs.yml"), settings, project / "docs",
                                  lambda path: path.name)
    assert {p.message for p in problems} >= {"the about text is the shipped default",
                                             "the funding text is the shipped default"}


def test_a_preview_names_a_brief_s_problems_in_the_site_language() -> None:
    from mkdocs.utils.meta import get_data

    from generator.errors import Problem
    from generator.rendering.problem_page import render_problem_page
    from generator.rendering.templating import templates_for

    problems = [Problem("briefs/x.yaml", 3, 1, "expected a date", field="source.published")] * 2
    assert get_data(render_problem_page("x", problems))[1]["title"] == "x: 2 problem(s)"
    page = render_problem_page("x", problems, templates_for(None, "ar"))
    assert "x: مشكلتان" in page and "هذا التحليل غير منشور: مشكلتان لإصلاحهما" in page
    assert "problem" not in page.replace("nb-problems", "")
