"""The ``briefs`` command: check, render and scaffold briefs without MkDocs."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from generator.atomic_files import create_file, not_written, remove_quietly, sweep_folder, write_file
from generator.caching.check_cache import CheckResult, check_briefs
from generator.caching.folders import CACHE_DIR
from generator.capturing.archive_request import SAVE_PAGE_NOW
from generator.errors import Problem
from generator.linking.corpus import display_names, load_corpus, no_brief_found, pair_files
from generator.linking.git_index import NotStaged, staged_copy
from generator.reading.article import Article
from generator.reading.readers import READERS, read_article
from generator.settings import Settings, read_project_settings
from generator.sidecar.json_schema import people_schema, registry_schema, schema_text, sidecar_schema
from generator.sidecar.model import SIDECAR_SUFFIX, SLUG_PATTERN

DEFAULT_TIMEOUT_S = 20.0
DEFAULT_DELAY_S = 5.0  # between two requests of `briefs recapture` to one host
DEFAULT_MOST = 100  # articles `briefs recapture` fetches in one run

if TYPE_CHECKING:
    from generator.caching.rebuild_cache import RebuildCache
    from generator.caching.share_images import KeptImages
    from generator.capturing.polite import PoliteFetcher
    from generator.capturing.recapture import Finding
    from generator.publishing.sources import ProjectConfig
    from generator.rendering.links import Linker

CONFIG_OPTION = click.option(
    "--config", "-f", "config_file", default="mkdocs.yml", show_default=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The project's mkdocs.yml, which holds the briefs settings.")


@click.group()
@click.version_option(package_name="newsbriefs")
def main() -> None:
    """Check and render annotated news briefs."""


def _settings(config_file: Path) -> Settings:
    if not config_file.is_file():
        raise click.ClickException(f"{config_file}: not found; run this in the project folder "
                                   "or pass --config")
    settings = read_project_settings(config_file)
    if isinstance(settings, tuple):
        _report(list(settings))
        sys.exit(1)
    return settings


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems):
        click.echo(problem.format())
    files = len({p.path for p in problems})
    click.echo(f"{len(problems)} problem(s) in {files} file(s)", err=True)


@main.command()
@CONFIG_OPTION
@click.option("--no-cache", is_flag=True,
              help=f"Check every brief afresh, without reading or writing {CACHE_DIR}/.")
@click.option("--staged", is_flag=True,
              help="Check the project as staged in git (what a commit would hold), not as it is on disk.")
@click.option("--release", is_flag=True,
              help="Also refuse what may not go live: placeholder settings and editorial texts, no "
                   "contact for corrections, published briefs without writer, reviewers or review date, "
                   "sources without a title.")
def check(config_file: Path, no_cache: bool, staged: bool, release: bool) -> None:
    """Validate every brief; print path:line:col: message lines; exit 1 on problems.

    Results are kept in .cache/briefs/ under the project, by the content of each
    brief's files, so the next check re-checks only what changed. With --release,
    passing means the site may go live.
    """
    cache_dir = None if no_cache else config_file.resolve().parent / CACHE_DIR
    if staged:
        try:
            with staged_copy(config_file.resolve().parent) as in_copy:
                if not in_copy(config_file).is_file():
                    raise click.ClickException(f"{config_file}: not staged in git; `git add` it")
                result, empty = _check(in_copy(config_file), in_copy(Path.cwd()), cache_dir, release,
                                       shown_config=str(config_file))
        except NotStaged as error:
            raise click.ClickException(f"--staged: {error}") from None
    else:
        result, empty = _check(config_file, Path.cwd(), cache_dir, release, shown_config=str(config_file))
    if result.cache_trouble:
        click.echo(f"briefs check: {result.cache_trouble}", err=True)
    for warning in sorted(result.warnings):
        click.echo(f"warning: {warning.format()}", err=True)
    if result.problems:
        _report(result.problems)
        sys.exit(1)
    if empty:  # a misspelt briefs_dir would publish an empty site
        click.echo(f"warning: {empty}", err=True)
        click.echo("0 brief(s) checked", err=True)
        return
    drafts = f" and {result.drafts} draft(s)" if result.drafts else ""
    ready = ": ready to go live" if release else ""
    click.echo(f"{result.sound} brief(s){drafts} checked: no problems{ready}", err=True)


def _check(config_file: Path, display_root: Path, cache_dir: Path | None, release: bool,
           shown_config: str) -> tuple[CheckResult, str]:
    """The ordinary check, and with ``release`` the release gate's problems after its own; and
    the warning for a briefs folder holding no brief (empty if it holds one)."""
    settings = _settings(config_file)
    result = check_briefs(settings, display_root, cache_dir)
    empty = "" if result.sound or result.drafts or result.problems else \
        no_brief_found(display_names(display_root)(settings.briefs_dir))
    if not release:
        return result, empty
    from generator.publishing.release_gate import read_config_text, release_problems
    from generator.publishing.sources import SourcesError, read_config

    try:
        docs_dir = read_config(config_file).docs_dir
    except SourcesError as error:
        raise click.ClickException(str(error)) from None
    config = read_config_text(config_file, shown_config)
    gate = release_problems(config, settings, docs_dir, display_names(display_root))
    return replace(result, problems=[*result.problems, *gate]), empty


@main.command()
@CONFIG_OPTION
@click.option("--flat-urls", is_flag=True, help="Publish pages as x.html instead of x/.")
@click.option("--source-links", is_flag=True,
              help="Write links relative to each Markdown file (x.md), for Zensical, which resolves "
                   "links that way; the default links the published pages, as MkDocs reads them.")
@click.option("--config-out", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a separate configuration file here (e.g. zensical.yml) that builds OUT_DIR "
                   "with Zensical or MkDocs without the briefs plugin. Never the project's mkdocs.yml, a "
                   "path in the briefs or docs folder, or a file an earlier --config-out did not write.")
@click.option("--watch", is_flag=True, help="Keep running; render again when a brief or docs page changes.")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def render(config_file: Path, out_dir: Path, flat_urls: bool, source_links: bool,
           config_out: Path | None, watch: bool) -> None:
    """Write the whole site's sources into OUT_DIR: pages, data, assets, JSON-LD.

    OUT_DIR then builds as the plugin's site with any engine that reads
    mkdocs.yml, with no plugin: see --config-out. Files OUT_DIR held from an
    earlier render that the site no longer has are removed.
    """
    # Rendering imports Markdown and more; `briefs check` should start without them.
    from generator.caching.rebuild_cache import RebuildCache
    from generator.publishing.site import structured_data_problem
    from generator.publishing.sources import SourcesError, config_out_refusal, engine_config, read_config
    from generator.rendering.links import Linker

    settings = replace(_settings(config_file), show_drafts=watch)  # a preview shows drafts, as serve does
    if problem := structured_data_problem(settings, str(config_file)):
        raise click.ClickException(problem.format())
    try:
        config = read_config(config_file)
    except SourcesError as error:
        raise click.ClickException(str(error)) from None
    for name, folder in (("briefs", settings.briefs_dir), ("docs", config.docs_dir)):
        if out_dir.resolve().is_relative_to(folder.resolve()):
            raise click.ClickException(f"{out_dir}: refusing to write inside the {name} folder")
    if config_out is not None and (refusal := config_out_refusal(config_out, config, settings.briefs_dir)):
        raise click.ClickException(refusal)
    directory_urls = config.directory_urls and not flat_urls
    linker = Linker(directory_urls=directory_urls, source_relative=source_links)
    cache = RebuildCache() if watch else None

    def render_once() -> bool:
        return _render_sources(settings, config, linker, out_dir, cache)

    if not render_once() and not watch:
        sys.exit(1)
    if config_out is not None:
        try:
            written = engine_config(config, out_dir, config_out, directory_urls)
            write_file(config_out, written.encode("utf-8"), durable=True)
        except SourcesError as error:
            raise click.ClickException(str(error)) from None
        except OSError as error:
            raise click.ClickException(not_written(config_out, error)) from None
        click.echo(f"wrote {config_out}: build with `zensical build -f {config_out}` "
                   f"or `mkdocs build -f {config_out}`", err=True)
    if watch:
        from generator.publishing.watch import watch as watch_folders

        folders = [settings.briefs_dir, config.docs_dir]
        with contextlib.suppress(KeyboardInterrupt):
            watch_folders(folders, render_once, ready=lambda: click.echo(
                f"watching {' and '.join(map(str, folders))}; Ctrl+C stops", err=True))


def _render_sources(settings: Settings, config: ProjectConfig, linker: Linker, out_dir: Path,
                    cache: RebuildCache | None) -> bool:
    """One render of the site's sources into ``out_dir``; False (and nothing written) on problems."""
    from generator.linking.remember import no_cache
    from generator.publishing.sources import SourcesError, site_sources, write_sources
    from generator.rendering.templating import TemplateFault

    corpus, problems = load_corpus(settings, display_root=Path.cwd(), cache=cache)
    if problems:
        _report(problems)
        click.echo(f"{out_dir}: left as it was until the problems are fixed", err=True)
        return False
    remember = cache.remember if cache else no_cache
    images = _kept_images(settings, config)
    try:
        files = site_sources(corpus, settings, linker, config.docs_dir, remember, config.excluded,
                             remember_listing=remember, keep_images=images.remember if images else no_cache,
                             language=_language(config))
    except TemplateFault as fault:
        raise click.ClickException(fault.problem.format()) from None
    if cache:
        cache.forget_unseen()
    try:
        stored = write_sources(files, out_dir)  # draws the share images not kept yet
    except SourcesError as error:
        raise click.ClickException(str(error)) from None
    if images:
        images.kept.prune()  # once every image was asked for: the rest belong to no card now
    shown = ", ".join(stored.changed[:5]) + (", …" if len(stored.changed) > 5 else "")
    click.echo(f"{out_dir}: {len(files)} file(s), {len(stored.changed)} written"
               f"{': ' + shown if shown else ''}", err=True)
    return True


def _kept_images(settings: Settings, config: ProjectConfig) -> KeptImages | None:
    """The share images kept between renders, as a build keeps them (none with ``render_cache: false``)."""
    from generator.caching.folders import SHARE_DIR
    from generator.caching.share_images import KeptImages
    from generator.caching.store import Trouble

    return KeptImages(config.path.parent / SHARE_DIR, Trouble()) if settings.render_cache else None


def _language(config: ProjectConfig) -> str:
    """The site's language, as the theme states it in the configuration (``en`` when it does not)."""
    theme = config.values.get("theme")
    return str(theme.get("language") or "en") if isinstance(theme, dict) else "en"


@main.command("check-links")
@click.option("--base-path", default="/", show_default=True,
              help="The URL path the site is served under, e.g. /archive/.")
@click.argument("site_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
def check_links(site_dir: Path, base_path: str) -> None:
    """List every internal href and src of a built site that leads nowhere."""
    from generator.publishing.link_check import check_site

    broken = check_site(site_dir, base_path)
    for link in broken:
        click.echo(link.format())
    pages = sum(1 for _ in site_dir.rglob("*.html"))
    click.echo(f"{len(broken)} broken link(s) in {pages} page(s) served under {base_path}", err=True)
    if broken:
        sys.exit(1)


@main.command()
@CONFIG_OPTION
@click.option("--registry", is_flag=True, help="Print the schema of briefs/actors.yaml instead.")
@click.option("--people", is_flag=True, help="Print the schema of briefs/people.yaml instead.")
def schema(config_file: Path, registry: bool, people: bool) -> None:
    """Print the JSON Schema of sidecars (with the configured verdict scale)."""
    if registry or people:
        click.echo(schema_text(registry_schema() if registry else people_schema()), nl=False)
        return
    settings = _settings(config_file) if config_file.is_file() else Settings()
    click.echo(schema_text(sidecar_schema(settings.verdict_ids)), nl=False)


def _require_article(article: Path) -> None:
    """A one-line error unless ARTICLE is an existing file of a type briefs reads."""
    if article.suffix.lower() not in READERS:
        raise click.ClickException(f"{article}: not an article type briefs can read; use one of: "
                                   f"{', '.join(sorted(READERS))}")
    if not article.is_file():
        raise click.ClickException(f"{article}: no such file")


def _read_or_fail(article: Path) -> Article:
    """ARTICLE read as the generator reads it, or a one-line error naming the problem."""
    _require_article(article)
    read = read_article(article, str(article))
    if isinstance(read, Problem):
        raise click.ClickException(read.format())
    _warn(read)
    return read


def _warn(article: Article) -> None:
    """What the author should check in the text read, one line each on standard error."""
    for warning in article.warnings:
        click.echo(f"warning: {warning}", err=True)


@main.command()
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
@click.option("-n", "--line-numbers", is_flag=True, help="Number the lines as line:col in problems does.")
def text(article: Path, line_numbers: bool) -> None:
    """Print ARTICLE's text exactly as the generator reads it.

    This is the text every quote anchor and `omit` line is matched against and
    every line:col in a problem counts in: for a saved web page, the article
    without the page around it.
    """
    lines = _read_or_fail(article).text.split("\n")
    if not line_numbers:
        click.echo("\n".join(lines))
        return
    width = len(str(len(lines)))
    click.echo("\n".join(f"{number:>{width}}  {line}".rstrip() for number, line in enumerate(lines, 1)))


def _existing_sidecar(sidecar: Path) -> Path | None:
    """The sidecar already beside an article, spelt ``.yaml`` or ``.yml`` in any case, if there is one."""
    if sidecar.exists():
        return sidecar
    try:
        names = {p.name for p in sidecar.parent.iterdir()}
    except OSError:
        return None
    return next((sidecar.with_name(sidecar.stem + suffix) for suffix in (".yml", ".YML", ".YAML", ".Yml")
                 if sidecar.stem + suffix in names), None)


@main.command()
@CONFIG_OPTION
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
def new(config_file: Path, article: Path) -> None:
    """Draft a sidecar for ARTICLE (.txt, .md or .html); never overwrites."""
    sidecar = article.with_suffix(SIDECAR_SUFFIX)
    if existing := _existing_sidecar(sidecar):
        raise click.ClickException(f"{existing}: already exists; briefs new never overwrites a "
                                   "sidecar (edit it, or move it away first)"
                                   + ("" if existing == sidecar else f"; rename it to {sidecar.name}"))
    _require_article(article)
    settings = _settings(config_file)
    read = _read_or_fail(article)
    from generator.authoring.draft import draft_sidecar

    text = draft_sidecar(read, dt.date.today(), settings.verdict_ids)
    sweep_folder(sidecar.parent)  # what an earlier command killed while writing left
    try:
        create_file(sidecar, text.encode("utf-8"))
    except FileExistsError:
        raise click.ClickException(f"{sidecar}: already exists; briefs new never overwrites a "
                                   "sidecar") from None
    except OSError as error:
        raise click.ClickException(not_written(sidecar, error)) from None
    claims = text.count("\n  - by: ")
    click.echo(f"wrote {sidecar}: {claims} claim(s) proposed; fill in every TODO, then run "
               "`briefs check`", err=True)


@main.command()
@CONFIG_OPTION
@click.option("--timeout", default=DEFAULT_TIMEOUT_S, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds the whole download may take: connecting, the server's answer and the page.")
@click.option("--allow-private", is_flag=True,
              help="Also capture from private, loopback and link-local addresses (a newsroom intranet, "
                   "a local test server); refused by default, after each redirect too.")
@click.option("--archive", "archive", is_flag=True,
              help="Also ask a public web archive (the Internet Archive's Save Page Now) to keep a copy, "
                   "and record its address as source.archive only once the archive confirms it.")
@click.option("--archive-service", default=SAVE_PAGE_NOW, show_default=True, metavar="URL",
              help="The archive's save address; the page's address is appended to it.")
@click.argument("url")
@click.argument("stem", required=False)
def capture(config_file: Path, url: str, stem: str | None, timeout: float, allow_private: bool,
            archive: bool, archive_service: str) -> None:
    """Download the page at URL into the briefs folder and draft its sidecar.

    The page is saved as STEM.html (default: the article's date and headline
    words) with STEM.yaml beside it, as `briefs new` drafts it, plus the
    address the download ended at, the capture time and an archive link.
    Never overwrites. Only http:// and https:// pages are fetched, and only
    from public addresses unless --allow-private is given.
    """
    from generator.capturing.capture import capture_sidecar, default_stem, stored_bytes, storing_notes
    from generator.capturing.download import DownloadError, download
    from generator.capturing.evidence import capture_block, warc_name
    from generator.capturing.warc import warc_bytes
    from generator.reading.readers import article_from_bytes

    settings = _settings(config_file)
    briefs_dir = settings.briefs_dir
    if stem is not None:
        _check_new_stem(briefs_dir, stem)
    captured = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        page = download(url, timeout, allow_private=allow_private)
    except DownloadError as error:
        raise click.ClickException(str(error)) from None
    data = stored_bytes(page)
    for note in storing_notes(page):
        click.echo(f"warning: {note}", err=True)
    article = article_from_bytes(data, ".html", page.url)
    if isinstance(article, Problem):
        raise click.ClickException(article.format())
    _warn(article)
    if stem is None:
        stem = default_stem(article, captured.date())
        _check_new_stem(briefs_dir, stem)
    html, sidecar = briefs_dir / f"{stem}.html", briefs_dir / f"{stem}{SIDECAR_SUFFIX}"
    text = capture_sidecar(article, page.url, captured, settings.verdict_ids)
    if archive:
        text = _confirmed_archive(text, page.url, archive_service, timeout, allow_private)
    warc = briefs_dir / warc_name(stem)
    exchange = warc_bytes(page, captured)
    text = text.rstrip("\n") + "\n" + capture_block(data, warc.name, exchange)
    _create_all([(html, data), (warc, exchange), (sidecar, text.encode("utf-8"))])
    claims = text.count("\n  - by: ")
    click.echo(f"wrote {html} and {sidecar}: {claims} claim(s) proposed; check the text with "
               f"`briefs text {html}`, fill in every TODO, then run `briefs check` (the HTTP exchange "
               f"is kept in {warc})", err=True)


def _confirmed_archive(draft: str, url: str, service: str, timeout: float, allow_private: bool) -> str:
    """The draft with the archive's confirmed copy as ``source.archive``, or with none if unconfirmed."""
    import json

    from generator.capturing.archive_request import request_archive
    from generator.capturing.download import DownloadError

    try:
        copy = request_archive(url, service, timeout, allow_private=allow_private)
    except DownloadError as error:
        click.echo(f"warning: {error}", err=True)
        return re.sub(r"^  archive: .*\n", "", draft, count=1, flags=re.MULTILINE)
    return re.sub(r"^  archive: .*$", lambda _: f"  archive: {json.dumps(copy)}", draft, count=1,
                  flags=re.MULTILINE)


def _create_all(files: list[tuple[Path, bytes]]) -> None:
    """Create each file whole, or none of them: one line says why not."""
    sweep_folder(files[0][0].parent)  # what an earlier command killed while writing left
    made: list[Path] = []
    for path, data in files:
        try:
            create_file(path, data)
        except OSError as error:
            remove_quietly(made)
            if isinstance(error, FileExistsError):
                raise click.ClickException(f"{path}: already exists (made while the page was downloaded); "
                                           "briefs capture never overwrites (choose another STEM)") from None
            raise click.ClickException(not_written(path, error)) from None
        made.append(path)


@main.command()
@CONFIG_OPTION
@click.option("--all", "every", is_flag=True,
              help="Fetch the article of every brief that gives a source.url.")
@click.option("--timeout", default=DEFAULT_TIMEOUT_S, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds each download may take: connecting, the server's answer and the page.")
@click.option("--delay", default=DEFAULT_DELAY_S, show_default=True, type=click.FloatRange(min=0),
              help="Seconds to wait between two requests to the same host.")
@click.option("--max", "most", default=DEFAULT_MOST, show_default=True, type=click.IntRange(min=1),
              help="The most articles fetched in one run; the rest wait for the next.")
@click.option("--allow-private", is_flag=True,
              help="Also fetch from private, loopback and link-local addresses (a newsroom intranet, "
                   "a local test server); refused by default, after each redirect too.")
@click.argument("stems", nargs=-1)
def recapture(config_file: Path, stems: tuple[str, ...], every: bool, timeout: float, delay: float,
              most: int, allow_private: bool) -> None:
    """Fetch each brief's article again and compare it with the reviewed capture.

    Unchanged: the sidecar records the day. Changed: the new page is kept beside the article as
    STEM.<date>.html with its WARC and a change report (STEM.<date>.changes.md); the sidecar records
    the version, its fingerprint and each annotated passage that moved (carried over by itself),
    changed or went (for you to decide), and the corrections log says so. A removed article
    (HTTP 404 or 410) or another article at the address is recorded as such; a subscription or
    consent page is refused. One request at a time, DELAY seconds apart on one host, at most MAX.
    Exit status 1 when a passage changed or went, the article is gone, or a page could not be read.
    """
    from generator.capturing.polite import PoliteFetcher

    settings = _settings(config_file)
    if not stems and not every:
        raise click.ClickException("name the briefs to fetch again (their STEMs), or pass --all")
    pairs = _recapture_pairs(settings, stems, every)
    fetcher = PoliteFetcher(timeout, delay, allow_private)
    outcome = [_recapture_one(stem, files, fetcher) for stem, files in pairs[:most]]
    if len(pairs) > most:
        click.echo(f"{len(pairs) - most} brief(s) left for the next run (--max {most})", err=True)
    if not all(outcome):
        sys.exit(1)


def _recapture_pairs(settings: Settings, stems: tuple[str, ...],
                     every: bool) -> list[tuple[str, tuple[Path, Path]]]:
    """Each brief to fetch again with its article and sidecar: those named, or all by stem."""
    problems: list[Problem] = []
    pairs = pair_files(settings.briefs_dir, display_names(Path.cwd()), problems)
    unknown = [stem for stem in stems if stem not in pairs]
    if unknown:
        raise click.ClickException(f"{settings.briefs_dir / unknown[0]}: no such brief (an article and "
                                   f"a sidecar named {unknown[0]}); check the name")
    return [(stem, pairs[stem]) for stem in (sorted(pairs) if every else stems)]


def _recapture_one(stem: str, files: tuple[Path, Path], fetcher: PoliteFetcher) -> bool:
    """Fetch one brief's article again, keep what was found, and say so; False when an author must act."""
    from generator.capturing.download import DownloadError
    from generator.capturing.recapture import Refused, recapture
    from generator.sidecar.validate import load_sidecar

    article_file, sidecar_file = files
    shown = display_names(Path.cwd())
    try:
        sidecar_text = sidecar_file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        sidecar_text = ""  # told as a problem of the brief below
    validated = load_sidecar(sidecar_text, shown(sidecar_file))
    reviewed = read_article(article_file, shown(article_file))
    if not sidecar_text or validated.value is None or isinstance(reviewed, Problem):
        click.echo(f"{shown(sidecar_file)}: not fetched again: the brief has problems; run `briefs check`")
        return False
    if validated.value.source.url is None:
        click.echo(f"{shown(sidecar_file)}: not fetched again: no `source.url`")
        return True
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        finding = recapture(stem, validated.value, sidecar_text, (reviewed.text, article_file.read_bytes()),
                            article_file.parent, fetcher.fetch, now)
    except (DownloadError, Refused) as error:
        click.echo(f"{shown(article_file)}: not compared: {error}")
        return False
    _keep(finding, article_file.parent, sidecar_file)
    return _tell(finding, shown(article_file), shown(sidecar_file))


def _keep(finding: Finding, folder: Path, sidecar_file: Path) -> None:
    """Write the later capture's files, then the sidecar: each whole, or a one-line error."""
    if finding.files:
        _create_all([(folder / name, data) for name, data in finding.files.items()])
    try:
        write_file(sidecar_file, finding.sidecar_text.encode("utf-8"), durable=True)
    except OSError as error:
        raise click.ClickException(not_written(sidecar_file, error)) from None


def _tell(finding: Finding, article: str, sidecar: str) -> bool:
    """Print what was found, each passage at its line of the sidecar as now written; True if all is well."""
    from generator.capturing.recapture import fate_words, paragraph_line
    from generator.sidecar.validate import load_sidecar
    from generator.sidecar.yaml_positions import format_field_path

    if finding.kind == "unchanged":
        click.echo(f"{article}: unchanged at {finding.url} on {finding.fetched}; recorded in {sidecar}")
        return True
    if finding.kind == "same-as-before":
        click.echo(f"{article}: as its last later capture recorded it; nothing new to keep")
        return True
    if finding.kind == "removed":
        click.echo(f"{article}: removed by the outlet: {finding.detail}; recorded in {sidecar}")
        return False
    click.echo(f"{article}: {finding.kind} at {finding.url} on {finding.fetched}; kept "
               f"{', '.join(finding.files)} beside it and recorded in {sidecar}")
    for change in finding.changes:
        click.echo(f"  {paragraph_line(change)[2:]}")
    positions = load_sidecar(finding.sidecar_text, sidecar).positions
    for fate in finding.fates:
        line, col = positions.of(fate.path)
        click.echo(f"{sidecar}:{line}:{col}: {format_field_path(fate.path)}: {fate_words(fate)}")
    return finding.kind == "changed" and all(f.state in ("same", "moved") for f in finding.fates)


def _check_new_stem(briefs_dir: Path, stem: str) -> None:
    """Refuse a stem that cannot be a page address or that a brief already uses."""
    if not re.fullmatch(SLUG_PATTERN, stem):
        raise click.ClickException(f"'{stem}' cannot be a page address; use lowercase letters, digits and "
                                   "hyphens, e.g. 2024-03-12-dock-strike")
    taken = sorted(p.name for p in briefs_dir.glob(f"{stem}.*") if p.suffix in (*READERS, SIDECAR_SUFFIX))
    if taken:
        raise click.ClickException(f"{briefs_dir / taken[0]}: already exists; briefs capture never "
                                   "overwrites (choose another STEM)")


if __name__ == "__main__":
    main()
