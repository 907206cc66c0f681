"""``briefs check`` with a cache keyed by content, so a second check redoes only what changed.

Reading, validating and anchoring one brief depends only on its two files and
the settings; that result is kept on disk under the bytes of both files. What
depends on other files (actor ids against ``actors.yaml`` and the actors other
sidecars define, ``member_of`` links) is checked again on every run from the
kept sidecars, which is quick. A cache written by another version of the
generator, under other settings, or that cannot be read is ignored and written
anew; the problems reported are the ones a check without the cache reports.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from generator.anchoring.assemble import ProblemLog, assemble_brief
from generator.atomic_files import sweep_folder, write_file
from generator.caching.folders import CHECK_FILE
from generator.caching.store import Trouble, digest_of, generator_digest, read_entry, write_entry
from generator.errors import Problem
from generator.linking.corpus import (
    ActorUse,
    actor_use,
    add_sidecar_definitions,
    check_actor_references,
    check_memberships,
    display_names,
    pair_files,
    parse_article,
    parse_sidecar,
    registry_definitions,
)
from generator.linking.evidence import evidence_problems
from generator.linking.people import check_people_references, registry_people
from generator.settings import Settings
from generator.sidecar.readiness import publication_problems, source_warnings
from generator.sidecar.yaml_positions import Positions


@dataclass(frozen=True)
class _Checked:
    """What checking one brief's own files found: kept under the digest of both files."""

    digest: bytes
    problems: tuple[Problem, ...]
    use: ActorUse | None  # None when the brief cannot be linked (a file has problems)
    ready: bool  # every quote and note anchored, nothing left to fill in
    draft: bool
    warnings: tuple[Problem, ...] = ()  # advice that does not fail the check


@dataclass(frozen=True)
class CheckResult:
    """Every problem, how many briefs (and drafts) are sound, and how many were checked afresh."""

    problems: list[Problem]
    sound: int
    drafts: int
    rechecked: int
    cache_trouble: str | None = None  # why the cache could not be used (the check went on without it)
    warnings: tuple[Problem, ...] = ()  # advice printed beside the problems; the check passes with it


def check_briefs(settings: Settings, display_root: Path, cache_dir: Path | None) -> CheckResult:
    """Check every brief as :func:`~generator.linking.corpus.load_corpus` does, reusing ``cache_dir``.

    With ``cache_dir`` None nothing is read or written.
    """
    root = settings.briefs_dir
    shown = display_names(display_root)
    context = _context(settings, shown(root))
    trouble = Trouble()
    kept = _read(cache_dir, context, trouble) if cache_dir else {}
    problems: list[Problem] = []
    pairs = pair_files(root, shown, problems)
    definitions = registry_definitions(root, shown, problems)
    people = registry_people(root, shown, problems)
    checked: dict[str, _Checked] = {}
    linkable: list[tuple[str, ActorUse, Positions, str]] = []
    for stem, (article_file, sidecar_file) in pairs.items():
        article_data, sidecar_data = article_file.read_bytes(), sidecar_file.read_bytes()
        names = (shown(article_file), shown(sidecar_file))
        digest = digest_of(*(n.encode() for n in names), article_data, sidecar_data)
        entry = kept.get(stem)
        if entry is None or entry.digest != digest:
            entry = _check_files(stem, article_file, names, article_data, sidecar_data, settings, digest)
        checked[stem] = entry
        problems.extend(entry.problems)
        if entry.use is not None:
            # Positions are found from the text only if a problem among briefs needs one.
            linkable.append((stem, entry.use, Positions(sidecar_data.decode("utf-8-sig")), names[1]))
    add_sidecar_definitions([link[1:] for link in linkable], definitions, problems)
    sound = drafts = 0
    for stem, use, positions, source in linkable:
        log = ProblemLog(source, positions, problems)
        before = len(problems)
        check_actor_references(use, definitions, log)
        check_people_references(use.people, people, log)
        if checked[stem].ready and len(problems) == before:
            drafts += checked[stem].draft
            sound += not checked[stem].draft
    check_memberships(definitions, problems)
    rechecked = sum(1 for stem, entry in checked.items() if kept.get(stem) is not entry)
    if cache_dir and (rechecked or kept.keys() != checked.keys()):
        _write(cache_dir, context, checked, trouble)
    warnings = tuple(w for entry in checked.values() for w in entry.warnings)
    return CheckResult(problems, sound, drafts, rechecked, trouble.message(), warnings)


def _check_files(stem: str, article_file: Path, names: tuple[str, str], article_data: bytes,
                 sidecar_data: bytes, settings: Settings, digest: bytes) -> _Checked:
    article = parse_article(article_file, names[0], article_data)
    validated = parse_sidecar(names[1], sidecar_data)
    problems = [*validated.problems, *evidence_problems(article_data, names[0], validated, names[1])]
    if isinstance(article, Problem):
        return _Checked(digest, (*problems, article), None, False, False)
    sidecar = validated.value
    if sidecar is None:
        return _Checked(digest, tuple(problems), None, False, False)
    brief, anchor_problems = assemble_brief(stem, article, sidecar, validated.positions, names[1], settings)
    not_ready = publication_problems(sidecar, validated.positions, names[1])
    return _Checked(digest, (*problems, *anchor_problems, *not_ready), actor_use(sidecar),
                    brief is not None and not not_ready, sidecar.status == "draft",
                    tuple(source_warnings(sidecar, validated.positions, names[1])))


def _context(settings: Settings, shown_root: str) -> bytes:
    """What every kept result depends on: the generator's code, Python, the settings."""
    general = repr((sys.version, shown_root, settings.__class__.__name__,
                    sorted((k, repr(v)) for k, v in vars(settings).items() if k != "briefs_dir")))
    return digest_of(general.encode(), generator_digest())


def _read(cache_dir: Path, context: bytes, trouble: Trouble) -> dict[str, _Checked]:
    """The kept results, or none when the file is missing, unreadable, foreign or of another context."""
    entries = read_entry(cache_dir / CHECK_FILE, dict, trouble, context)
    if entries is None or not all(isinstance(e, _Checked) for e in entries.values()):
        return {}
    return entries


def _write(cache_dir: Path, context: bytes, entries: dict[str, _Checked], trouble: Trouble) -> None:
    """Replace the cache file (a read-only project is checked all the same, only not faster next time)."""
    sweep_folder(cache_dir)  # what a check killed while writing left
    if write_entry(cache_dir / CHECK_FILE, entries, trouble, context):
        ignore = cache_dir / ".gitignore"
        try:
            if not ignore.exists():
                write_file(ignore, b"# written by briefs check: nothing here belongs in git\n*\n")
        except OSError as error:
            trouble.note(error)
