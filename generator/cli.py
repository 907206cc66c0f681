"""The ``briefs`` command: check, render and scaffold briefs without MkDocs."""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import click

from generator.errors import Problem
from generator.linking.corpus import Corpus, load_corpus
from generator.reading.article import Article
from generator.reading.readers import READERS, read_article
from generator.settings import Settings, read_project_settings
from generator.sidecar.json_schema import registry_schema, schema_text, sidecar_schema
from generator.sidecar.model import SLUG_PATTERN

DEFAULT_TIMEOUT_S = 20.0
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


def _load(config_file: Path) -> tuple[Corpus, list[Problem]]:
    settings = _settings(config_file)
    return load_corpus(settings, display_root=Path.cwd())


def _report(problems: list[Problem]) -> None:
    for problem in sorted(problems):
        click.echo(problem.format())
    files = len({p.path for p in problems})
    click.echo(f"{len(problems)} problem(s) in {files} file(s)", err=True)


@main.command()
@CONFIG_OPTION
def check(config_file: Path) -> None:
    """Validate every brief; print path:line:col: message lines; exit 1 on problems."""
    corpus, problems = _load(config_file)
    if problems:
        _report(problems)
        sys.exit(1)
    drafts = f" and {len(corpus.drafts)} draft(s)" if corpus.drafts else ""
    click.echo(f"{len(corpus.briefs)} brief(s){drafts} checked: no problems", err=True)


@main.command()
@CONFIG_OPTION
@click.option("--flat-urls", is_flag=True, help="Link pages as x.html instead of x/.")
@click.argument("out_dir", type=click.Path(file_okay=False, path_type=Path))
def render(config_file: Path, out_dir: Path, flat_urls: bool) -> None:
    """Write the Markdown pages the site would publish into OUT_DIR."""
    # Rendering and drafting import Markdown and more; `briefs check` should start without them.
    from generator.publishing.site import render_site
    from generator.rendering.links import Linker

    settings = _settings(config_file)
    if out_dir.resolve().is_relative_to(settings.briefs_dir.resolve()):
        raise click.ClickException(f"{out_dir}: refusing to write inside the briefs folder")
    corpus, problems = load_corpus(settings, display_root=Path.cwd())
    if problems:
        _report(problems)
        sys.exit(1)
    files = render_site(corpus, settings, Linker(directory_urls=not flat_urls))
    for path, content in files.items():
        target = out_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    click.echo(f"wrote {len(files)} file(s) to {out_dir}", err=True)


@main.command()
@CONFIG_OPTION
@click.option("--registry", is_flag=True, help="Print the schema of briefs/actors.yaml instead.")
def schema(config_file: Path, registry: bool) -> None:
    """Print the JSON Schema of sidecars (with the configured verdict scale)."""
    if registry:
        click.echo(schema_text(registry_schema()), nl=False)
        return
    settings = _settings(config_file) if config_file.is_file() else Settings()
    click.echo(schema_text(sidecar_schema(settings)), nl=False)


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
    return read


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


@main.command()
@CONFIG_OPTION
@click.argument("article", type=click.Path(dir_okay=False, path_type=Path))
def new(config_file: Path, article: Path) -> None:
    """Draft a sidecar for ARTICLE (.txt, .md or .html); never overwrites."""
    sidecar = article.with_suffix(".yaml")
    if sidecar.exists():
        raise click.ClickException(f"{sidecar}: already exists; briefs new never overwrites a "
                                   "sidecar (edit it, or move it away first)")
    _require_article(article)
    settings = _settings(config_file)
    read = _read_or_fail(article)
    from generator.authoring.draft import draft_sidecar

    text = draft_sidecar(read, dt.date.today(), settings.verdict_ids)
    try:
        with sidecar.open("x", encoding="utf-8") as out:
            out.write(text)
    except FileExistsError:
        raise click.ClickException(f"{sidecar}: already exists; briefs new never overwrites a "
                                   "sidecar") from None
    claims = text.count("\n  - by: ")
    click.echo(f"wrote {sidecar}: {claims} claim(s) proposed; fill in every TODO, then run "
               "`briefs check`", err=True)


@main.command()
@CONFIG_OPTION
@click.option("--timeout", default=DEFAULT_TIMEOUT_S, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds to wait for the server at each step.")
@click.argument("url")
@click.argument("stem", required=False)
def capture(config_file: Path, url: str, stem: str | None, timeout: float) -> None:
    """Download the page at URL into the briefs folder and draft its sidecar.

    The page is saved as STEM.html (default: the article's date and headline
    words) with STEM.yaml beside it, as `briefs new` drafts it, plus the
    address the download ended at, the capture time and an archive link.
    Never overwrites.
    """
    from generator.capturing.capture import capture_sidecar, default_stem, stored_bytes
    from generator.capturing.download import DownloadError, download
    from generator.reading.readers import article_from_bytes

    settings = _settings(config_file)
    briefs_dir = settings.briefs_dir
    if stem is not None:
        _check_new_stem(briefs_dir, stem)
    captured = dt.datetime.now(dt.UTC).replace(microsecond=0)
    try:
        page = download(url, timeout)
    except DownloadError as error:
        raise click.ClickException(str(error)) from None
    data = stored_bytes(page)
    article = article_from_bytes(data, ".html", page.url)
    if isinstance(article, Problem):
        raise click.ClickException(article.format())
    if stem is None:
        stem = default_stem(article, captured.date())
        _check_new_stem(briefs_dir, stem)
    html, sidecar = briefs_dir / f"{stem}.html", briefs_dir / f"{stem}.yaml"
    text = capture_sidecar(article, page.url, captured, settings.verdict_ids)
    with html.open("xb") as out:
        out.write(data)
    with sidecar.open("x", encoding="utf-8") as out:
        out.write(text)
    claims = text.count("\n  - by: ")
    click.echo(f"wrote {html} and {sidecar}: {claims} claim(s) proposed; check the text with "
               f"`briefs text {html}`, fill in every TODO, then run `briefs check`", err=True)


def _check_new_stem(briefs_dir: Path, stem: str) -> None:
    """Refuse a stem that cannot be a page address or that a brief already uses."""
    if not re.fullmatch(SLUG_PATTERN, stem):
        raise click.ClickException(f"'{stem}' cannot be a page address; use lowercase letters, digits and "
                                   "hyphens, e.g. 2024-03-12-dock-strike")
    taken = sorted(p.name for p in briefs_dir.glob(f"{stem}.*") if p.suffix in (*READERS, ".yaml"))
    if taken:
        raise click.ClickException(f"{briefs_dir / taken[0]}: already exists; briefs capture never "
                                   "overwrites (choose another STEM)")


if __name__ == "__main__":
    main()
