"""The whole site as Markdown sources in a folder, for any engine that reads ``mkdocs.yml``.

``briefs render`` writes what the plugin hands MkDocs at build time, so that an
engine which runs no MkDocs plugin (Zensical) publishes the same site: the
hand-written pages of the docs folder, every generated page and file of
:func:`~generator.publishing.site.render_site` (verdict colours and schemas
included), and each brief page's JSON-LD and each page's link preview in its front matter,
where the theme's ``main.html`` prints ``page.meta.jsonld`` and ``page.meta.share``
into ``<head>``.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath
from typing import Any

import pathspec
import yaml

from generator.atomic_files import remove_quietly, why_not_written
from generator.linking.corpus import Corpus
from generator.linking.remember import Remember, no_cache
from generator.publishing.page_store import PageFolder, StoredFiles
from generator.publishing.sharing import share_image, site_sharing
from generator.publishing.site import VERDICT_CSS, render_site, site_jsonld, without_hand_written
from generator.rendering.front_matter import with_front_matter
from generator.rendering.links import Linker
from generator.rendering.templating import templates_for
from generator.settings import PLUGIN_NAME, Settings

# Written into every rendered folder: a later render may replace a folder holding it, and no other.
# A rendered source file: text, bytes, or what makes its bytes when it is written (a share image).
SourceFile = str | bytes | Callable[[], bytes]
MARKER = ".newsbriefs-sources"
MARKER_TEXT = "Written by `briefs render`: every file here is replaced on the next render.\n"


# The first line of every configuration --config-out writes: the only kind of file it replaces.
CONFIG_OUT_MARK = "# Written by `briefs render --config-out`"


class SourcesError(Exception):
    """The sources cannot be written where asked, or the configuration cannot be carried over."""


@dataclass(frozen=True)
class ProjectConfig:
    """The parts of the project's ``mkdocs.yml`` that rendering the sources needs."""

    path: Path
    values: dict[str, Any]
    # Why the values cannot be written out again (a YAML tag such as !ENV read as None), or "".
    not_copyable: str = ""

    @property
    def docs_dir(self) -> Path:
        """The folder of hand-written pages, as the engines resolve it (beside the config file)."""
        return self.path.parent / str(self.values.get("docs_dir") or "docs")

    @property
    def excluded(self) -> Callable[[str], bool]:
        """Whether a docs folder path is left out of the site (``exclude_docs``, read as MkDocs reads it)."""
        spec = pathspec.GitIgnoreSpec.from_lines(str(self.values.get("exclude_docs") or "").splitlines())
        return spec.match_file

    @property
    def directory_urls(self) -> bool:
        """Whether pages are published as ``x/`` (the default) rather than ``x.html``."""
        return bool(self.values.get("use_directory_urls", True))


def read_config(path: Path) -> ProjectConfig:
    """The project's ``mkdocs.yml``, read with the safe loader (tags it cannot build read as None)."""
    try:
        text = path.read_text(encoding="utf-8")
        not_copyable = ""
        try:
            values = yaml.safe_load(text) or {}
        except yaml.constructor.ConstructorError as error:
            not_copyable = (f"{path}: {error.problem}{_where(error)}; briefs render writes the "
                            "configuration as plain YAML, so replace the tag with its value")
            values = yaml.load(text, Loader=_TagsAsNone) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise SourcesError(f"{path}: cannot read the configuration: {error}") from None
    if not isinstance(values, dict):
        raise SourcesError(f"{path}: the configuration is not a YAML mapping")
    return ProjectConfig(path, values, not_copyable)


class _TagsAsNone(yaml.SafeLoader):
    """The safe loader, reading a value with an application's tag (``!ENV``) as None."""


_TagsAsNone.add_multi_constructor("", lambda loader, suffix, node: None)


def _where(error: yaml.MarkedYAMLError) -> str:
    mark = error.problem_mark
    return f" (line {mark.line + 1}, column {mark.column + 1})" if mark else ""


def site_sources(corpus: Corpus, settings: Settings, linker: Linker, docs_dir: Path,
                 remember: Remember = no_cache,
                 excluded: Callable[[str], bool] = lambda path: False,
                 remember_listing: Remember = no_cache, keep_images: Remember = no_cache,
                 language: str = "en") -> dict[str, SourceFile]:
    """Every source file of the site by its path in the docs folder.

    The hand-written pages and assets come first, but for those ``excluded``
    leaves out (the configuration's ``exclude_docs``, such as the authoring
    guide); a generated file of the same path replaces one, except an editorial
    page (about, methodology, corrections), which the newsroom's own replaces:
    as in the plugin's build. Share images are drawn through ``keep_images`` when they are
    written (each a function that gives its bytes), not all held at once; embed pages are in
    ``language``, the site's.
    """
    files: dict[str, SourceFile] = {}
    if docs_dir.is_dir():
        for path in sorted(docs_dir.rglob("*")):
            relative = PurePosixPath(path.relative_to(docs_dir).as_posix())
            # MkDocs and Zensical leave dot-files out of a site by default.
            if (path.is_file() and not any(part.startswith(".") for part in relative.parts)
                    and not excluded(str(relative))):
                files[str(relative)] = path.read_bytes()
    generated = without_hand_written(render_site(corpus, settings, linker, remember,
                                                 remember_listing=remember_listing),
                                     lambda page: page in files)
    sharing = site_sharing(corpus, settings, linker, templates_for(settings.theme_dir, settings.locale),
                           language)
    meta: dict[str, dict[str, Any]] = {}
    for page, script in site_jsonld(corpus, settings, linker, remember).items():
        meta.setdefault(page, {})["jsonld"] = script
    for page, share in sharing.previews.items():
        meta.setdefault(page, {})["share"] = share  # what the plugin sets as page.meta.share
    for page, values in meta.items():
        if page in generated:
            generated[page] = with_front_matter(generated[page], values)
    files.update(generated)
    files.update(sharing.files)
    files.update({path: partial(share_image, card, keep_images) for path, card in sharing.cards.items()})
    files[MARKER] = MARKER_TEXT
    return files


def write_sources(files: dict[str, SourceFile], out_dir: Path) -> StoredFiles:
    """Make ``out_dir`` hold exactly ``files``, rewriting only those whose content changed.

    Refuses a folder that has files of its own: only an empty folder or one an
    earlier render wrote is replaced. The marker is written first, so a render
    stopped half-way leaves a folder the next render replaces; a render that
    fails (a full disk) removes every file and folder it made, and says why in one line.
    """
    if out_dir.is_dir() and any(out_dir.iterdir()) and not (out_dir / MARKER).is_file():
        raise SourcesError(f"{out_dir}: not empty and not written by briefs render; render into a "
                           "new or empty folder (its files would be deleted)")
    existed = out_dir.exists()
    store = PageFolder(out_dir)
    try:
        for relative in sorted(files, key=lambda relative: relative != MARKER):  # the marker first
            content = files[relative]
            store.put(relative, content() if callable(content) else content)
        store.prune()
    except OSError as error:
        remove_quietly(store.created)
        _remove_empty_folders(out_dir, remove_top=not existed)
        raise SourcesError(f"{out_dir}: not written: {why_not_written(error)}; the render left no new "
                           "file there") from None
    return StoredFiles(store.paths, tuple(store.changed))


def _remove_empty_folders(top: Path, remove_top: bool) -> None:
    """Remove every empty folder under ``top`` (the ones a failed render made), deepest first."""
    for folder, _, _ in sorted(os.walk(top), key=lambda entry: -len(entry[0])):
        if folder != str(top) or remove_top:
            with contextlib.suppress(OSError):
                os.rmdir(folder)


def engine_config(config: ProjectConfig, out_dir: Path, config_out: Path,
                  directory_urls: bool) -> str:
    """A ``mkdocs.yml`` that builds the rendered sources with no briefs plugin.

    Paths are rewritten relative to where the new file is written: the docs
    folder becomes ``out_dir``, the site folder and the theme's ``custom_dir``
    stay the project's; the verdict colours join ``extra_css``, as the plugin
    adds them, and Zensical is asked for Material's classic look. Other paths
    (``hooks``, ``watch``) are copied unchanged, and the plugin's Pagefind
    indexing, if set, does not run.
    """
    if config.not_copyable:
        raise SourcesError(config.not_copyable)
    values = dict(config.values)
    here = config_out.resolve().parent
    project = config.path.resolve().parent
    values["docs_dir"] = _relative(out_dir.resolve(), here)
    values["site_dir"] = _relative(project / str(values.get("site_dir") or "site"), here)
    values["use_directory_urls"] = directory_urls
    theme = values.get("theme")
    if isinstance(theme, dict):
        theme = values["theme"] = dict(theme)
        if theme.get("custom_dir"):
            theme["custom_dir"] = _relative(project / str(theme["custom_dir"]), here)
        if theme.get("name") == "material":
            # Zensical's own look is its "modern" variant; "classic" is the look of the MkDocs
            # build. MkDocs and Material ignore the key.
            theme.setdefault("variant", "classic")
    values["plugins"] = [p for p in values.get("plugins") or []
                         if not (p == PLUGIN_NAME or (isinstance(p, dict) and PLUGIN_NAME in p))]
    extra_css = list(values.get("extra_css") or [])
    values["extra_css"] = extra_css + ([VERDICT_CSS] if VERDICT_CSS not in extra_css else [])
    return (f"{CONFIG_OUT_MARK} from {config.path.name}: it builds the "
            f"rendered sources in {values['docs_dir']}\n# without the briefs plugin (MkDocs, "
            "ProperDocs or Zensical). Edit the original, not this file.\n"
            + yaml.safe_dump(values, sort_keys=False, allow_unicode=True))


def config_out_refusal(config_out: Path, config: ProjectConfig, briefs_dir: Path) -> str | None:
    """Why ``config_out`` must not be written (a file --config-out did not write), or None.

    Refused: the project's own configuration, any path inside the briefs or the docs
    folder, and an existing file whose first line is not :data:`CONFIG_OUT_MARK`.
    """
    target = config_out.resolve()
    if target == config.path.resolve() or _same_file(config_out, config.path):
        return (f"{config_out}: is the project's configuration; --config-out writes a separate file "
                "(e.g. zensical.yml) that builds the rendered sources")
    for name, folder in (("briefs", briefs_dir), ("docs", config.docs_dir)):
        if target.is_relative_to(folder.resolve()):
            return (f"{config_out}: inside the {name} folder; --config-out writes a configuration "
                    "file, not a page")
    if not config_out.exists():
        return None
    try:
        with config_out.open("rb") as stream:
            first = stream.readline(len(CONFIG_OUT_MARK) + 1)
    except OSError as error:
        return (f"{config_out}: cannot be read ({error.strerror or error}); --config-out replaces "
                "only a file it wrote")
    if not first.startswith(CONFIG_OUT_MARK.encode()):
        return (f"{config_out}: already exists and was not written by --config-out; it is never "
                "overwritten (choose another name, or move the file away)")
    return None


def _same_file(one: Path, other: Path) -> bool:
    try:
        return os.path.samefile(one, other)
    except OSError:
        return False


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()
