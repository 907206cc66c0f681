"""All briefs together: file pairing, the actor registry, cross-brief links.

``load_corpus`` is the one entry point the CLI and the plugin call. It reads
every article and sidecar in the briefs folder, validates and anchors each,
resolves actor ids against the sidecar and ``actors.yaml``, and returns the
briefs that are sound together with every problem found in the others.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from functools import cached_property, partial
from pathlib import Path

from generator.anchoring.assemble import AnchoredClaim, Brief, ProblemLog, assemble_brief
from generator.anchoring.release import Released, release
from generator.errors import Problem, suggest_closest
from generator.linking.evidence import evidence_problems
from generator.linking.people import (
    PEOPLE_NAME,
    check_people_references,
    people_references,
    registry_people,
)
from generator.linking.remember import NOTHING_KEPT, Memo
from generator.linking.verdict_history import VerdictChange, verdict_histories
from generator.reading.article import Article
from generator.reading.readers import READERS, article_from_bytes
from generator.settings import Settings
from generator.sidecar.model import (
    LATER_CAPTURE_PATTERN,
    SIDECAR_SUFFIX,
    Actor,
    ActorKind,
    Person,
    Registry,
    Sidecar,
    slug_like,
)
from generator.sidecar.readiness import publication_problems
from generator.sidecar.validate import Validated, load_registry, load_sidecar
from generator.sidecar.yaml_positions import FieldPath, Positions

REGISTRY_NAME = "actors.yaml"
Shown = Callable[[Path], str]  # how a file is named in messages
STEM_PATTERN = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
LATER_CAPTURE = re.compile(LATER_CAPTURE_PATTERN)  # kept beside the article; no brief of its own


@dataclass(frozen=True)
class ResolvedActor:
    """An actor as the site shows it, wherever it was defined."""

    id: str
    name: str
    kind: ActorKind
    aliases: tuple[str, ...]
    description: str | None
    member_of: str | None
    wikidata: str | None


@dataclass(frozen=True)
class Corpus:
    """Every sound brief, newest first, and the actors they involve."""

    briefs: tuple[Brief, ...]
    actors: dict[str, ResolvedActor]
    brief_actors: dict[str, tuple[str, ...]]  # brief stem -> actor ids it involves
    roles: dict[tuple[str, str], str]  # (brief stem, actor id) -> per-brief role
    drafts: tuple[Brief, ...] = ()  # checked but never published; previewed by `mkdocs serve`
    held_back: tuple[tuple[str, str], ...] = ()  # (brief stem, claim id) of unrated claims not published
    # brief stem -> its verdict changes derived from git (with the `verdict_history` setting)
    histories: dict[str, tuple[VerdictChange, ...]] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)  # briefs/people.yaml, by id

    def briefs_of(self, actor_id: str) -> list[Brief]:
        """The briefs that involve an actor, newest first."""
        return self._briefs_by_actor.get(actor_id, [])

    def claims_by(self, actor_id: str) -> list[tuple[Brief, AnchoredClaim]]:
        """Every claim an actor makes, with its brief, newest brief first."""
        return self._claims_index[0].get(actor_id, [])

    def claims_about(self, actor_id: str) -> list[tuple[Brief, AnchoredClaim]]:
        """Every claim about an actor, with its brief, newest brief first."""
        return self._claims_index[1].get(actor_id, [])

    # Indexes built once: asking each actor page to scan every brief grows with the square.
    @cached_property
    def _briefs_by_actor(self) -> dict[str, list[Brief]]:
        index: dict[str, list[Brief]] = defaultdict(list)
        for brief in self.briefs:
            for actor_id in self.brief_actors[brief.stem]:
                index[actor_id].append(brief)
        return index

    @cached_property
    def _claims_index(self) -> tuple[dict[str, list[tuple[Brief, AnchoredClaim]]], ...]:
        by: dict[str, list[tuple[Brief, AnchoredClaim]]] = defaultdict(list)
        about: dict[str, list[tuple[Brief, AnchoredClaim]]] = defaultdict(list)
        for brief in self.briefs:
            for claim in brief.claims:
                by[claim.claim.by].append((brief, claim))
                for actor_id in dict.fromkeys(claim.claim.about):
                    about[actor_id].append((brief, claim))
        return by, about


@dataclass(frozen=True)
class Definition:
    """An actor as defined in the registry or a sidecar, and where."""

    actor: Actor
    where: str  # path:line:col of the actor's key
    member_of_at: tuple[int, int] = (0, 0)


PROGRESS_EVERY = 1000


def load_corpus(settings: Settings, display_root: Path | None = None,
                cache: Memo | None = None,
                progress: Callable[[int, int], None] | None = None,
                only: Collection[str] | None = None) -> tuple[Corpus, list[Problem]]:
    """Read, validate, anchor and link every brief in ``settings.briefs_dir``.

    With a ``cache`` (kept across rebuilds), unchanged files are not parsed again
    and unchanged briefs are not anchored again;
    ``progress(done, total)`` is called every ``PROGRESS_EVERY`` briefs.
    With ``only``, just those briefs are read and linked (for a quick preview):
    the actors other sidecars define are taken from the cache as last read, and
    the problems returned are those of the registry and of these briefs.
    """
    cache = cache or NOTHING_KEPT
    root = settings.briefs_dir
    shown = display_names(display_root or root.parent)
    problems: list[Problem] = []
    pairs = pair_files(root, shown, problems, only)
    definitions = registry_definitions(root, shown, problems)
    people = registry_people(root, shown, problems)
    loaded: list[tuple[str, Article, Validated[Sidecar], str]] = []
    definers = _cached_definers(set(only), cache, shown) if only is not None else []
    for done, (stem, (article_file, sidecar_file)) in enumerate(sorted(pairs.items()), start=1):
        if progress and done % PROGRESS_EVERY == 0:
            progress(done, len(pairs))
        article = cache.read("article", article_file,
                             partial(parse_article, article_file, shown(article_file)))
        validated = cache.read("sidecar", sidecar_file, partial(parse_sidecar, shown(sidecar_file)))
        problems.extend(validated.problems)
        problems.extend(evidence_problems(article_file, shown(article_file), validated, shown(sidecar_file)))
        if isinstance(article, Problem):
            problems.append(article)
        elif validated.value is not None:
            loaded.append((stem, article, validated, shown(sidecar_file)))
    sidecars = [(stem, v, source) for stem, _, v, source in loaded]
    if only is not None:
        # Problems those other sidecars raise were reported when they were read.
        sidecars = sorted([*sidecars, *definers])
        kept = problems
        problems = []
    add_sidecar_definitions([(actor_use(v.value), v.positions, source) for _, v, source in sidecars
                             if v.value is not None], definitions, problems)
    if only is not None:
        problems = kept + [p for p in problems if Path(p.path).stem in only]
    return _link(loaded, definitions, people, settings, problems, cache)


def no_brief_found(briefs_dir: str) -> str:
    """The warning both faces give when the briefs folder holds no brief: the site would have none."""
    return (f"{briefs_dir}: the briefs folder holds no brief (an article and a sidecar of the same name); "
            "check `briefs_dir` under the briefs plugin in mkdocs.yml, or add a brief")


def _cached_definers(skip: set[str], cache: Memo, shown: Shown,
                     ) -> list[tuple[str, Validated[Sidecar], str]]:
    """The other sidecars, as last read, that define actors of their own."""
    definers = []
    for name, validated in cache.kept("sidecar").items():
        stem = os.path.basename(name)[:-len(SIDECAR_SUFFIX)]
        if stem in skip or not isinstance(validated, Validated) or validated.value is None:
            continue
        if any(actor is not None and actor.name for actor in validated.value.actors.values()):
            definers.append((stem, validated, shown(Path(name))))
    return definers


def display_names(base: Path) -> Shown:
    """How files are named in messages: relative to ``base`` when inside it."""
    inside = os.path.join(base, "")  # compared as text: Path.relative_to is slow on every file

    def shown(path: Path) -> str:
        text = str(path)
        return text[len(inside):] if text.startswith(inside) else text
    return shown


def parse_article(file: Path, name: str, data: bytes) -> Article | Problem:
    """An article file's bytes read as an :class:`Article` (``file`` names its type)."""
    return article_from_bytes(data, file.suffix, name)


def parse_sidecar(name: str, data: bytes) -> Validated[Sidecar]:
    """A sidecar's bytes parsed and validated."""
    text = _utf8_text(data, name)
    if isinstance(text, Problem):
        return Validated(None, Positions(), (text,))
    return load_sidecar(text, name)


def _utf8_text(data: bytes, name: str) -> str | Problem:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        col = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1  # in bytes: the text is not text
        return Problem(name, line, col, f"not valid UTF-8 (byte {data[error.start:error.end].hex(' ')} at "
                       f"offset {error.start})", hint="re-save the file as UTF-8")


def pair_files(root: Path, shown: Shown, problems: list[Problem],
               only: Collection[str] | None = None) -> dict[str, tuple[Path, Path]]:
    """Each brief's article and sidecar by stem; files that do not pair up go to ``problems``.

    With ``only``, just the files of those stems are looked at.
    """
    if not root.is_dir():
        problems.append(Problem(shown(root), 0, 0, "briefs folder not found",
                                hint="create it or set `briefs_dir` under the briefs plugin"))
        return {}
    articles: dict[str, list[Path]] = defaultdict(list)
    sidecars: dict[str, Path] = {}
    with os.scandir(root) as entries:  # names and types in one call: a stat per file is slow
        listed = sorted((e.name, e.is_file()) for e in entries)
    for name, is_file in listed:
        if not is_file or name.startswith(".") or name in (REGISTRY_NAME, PEOPLE_NAME) \
                or LATER_CAPTURE.match(name):
            continue
        if only is not None and name.rsplit(".", 1)[0] not in only:
            continue
        file = root / name
        if file.suffix.lower() in READERS:
            articles[file.stem].append(file)
        elif file.suffix == SIDECAR_SUFFIX:
            sidecars[file.stem] = file
        elif file.suffix == ".yml":
            problems.append(Problem(shown(file), 0, 0, f"sidecars end in {SIDECAR_SUFFIX}",
                                    hint=f"rename it to {file.stem}{SIDECAR_SUFFIX}"))
    pairs = {}
    for stem in sorted(set(articles) | set(sidecars)):
        found, sidecar = articles.get(stem, []), sidecars.get(stem)
        problem = _pairing_problem(stem, found, sidecar, shown)
        if problem:
            problems.append(problem)
        elif sidecar is not None:
            pairs[stem] = (found[0], sidecar)
    return pairs


def _pairing_problem(stem: str, articles: list[Path], sidecar: Path | None,
                     shown: Shown) -> Problem | None:
    if not STEM_PATTERN.match(stem):
        name = shown(sidecar or articles[0])
        return Problem(name, 0, 0, f"'{stem}' cannot be a page address",
                       hint=f"rename the article and sidecar to lowercase letters, digits and "
                       f"hyphens, e.g. '{slug_like(stem, 'my-brief')}'")
    if sidecar is None:
        return Problem(shown(articles[0]), 0, 0, "article has no sidecar",
                       hint=f"add {stem}{SIDECAR_SUFFIX} beside it "
                            f"(`briefs new {shown(articles[0])}` drafts one)")
    if not articles:
        return Problem(shown(sidecar), 0, 0, "sidecar has no article",
                       hint=f"add the article as {stem}.txt (or .md or .html) or remove the sidecar")
    if len(articles) > 1:
        names = ", ".join(shown(a) for a in articles)
        return Problem(shown(sidecar), 0, 0, f"two articles for one brief: {names}",
                       hint="keep one of them")
    return None


def registry_definitions(root: Path, shown: Shown, problems: list[Problem]) -> dict[str, Definition]:
    """The actors of ``actors.yaml`` by id; its problems go to ``problems``."""
    file = root / REGISTRY_NAME
    if not file.is_file():
        return {}
    text = _utf8_text(file.read_bytes(), shown(file))
    if isinstance(text, Problem):
        problems.append(text)
        text = ""
    validated: Validated[Registry] = load_registry(text, shown(file))
    problems.extend(validated.problems)
    if validated.value is None:
        return {}
    log = ProblemLog(shown(file), validated.positions, problems)
    definitions = {}
    for actor_id, actor in validated.value.actors.items():
        if actor.name is None:
            log.add(("actors", actor_id), "a registry actor needs a name", "add `name: ...`")
        definitions[actor_id] = _definition(actor, shown(file), validated.positions, actor_id)
    return definitions


def _definition(actor: Actor, source: str, positions: Positions, actor_id: str) -> Definition:
    line, col = positions.of(("actors", actor_id), key=True)
    return Definition(actor, f"{source}:{line}:{col}",
                       positions.of(("actors", actor_id, "member_of")))


@dataclass(frozen=True)
class ActorUse:
    """What one sidecar says about actors (those it lists or defines, the ids its claims name)
    and the ids of the people it names as writer and reviewers."""

    actors: dict[str, Actor | None]
    references: tuple[tuple[FieldPath, str], ...]  # (field path, actor id)
    people: tuple[tuple[FieldPath, str], ...] = ()  # (field path, person id)


def actor_use(sidecar: Sidecar) -> ActorUse:
    """The actors a sidecar lists and the ids its claims name, in the order they are written."""
    references: list[tuple[FieldPath, str]] = []
    for i, claim in enumerate(sidecar.claims):
        references.append((("claims", i, "by"), claim.by))
        references.extend((("claims", i, "about", j), about) for j, about in enumerate(claim.about))
    return ActorUse(sidecar.actors, tuple(references), people_references(sidecar))


def add_sidecar_definitions(sidecars: list[tuple[ActorUse, Positions, str]],
                            definitions: dict[str, Definition], problems: list[Problem]) -> None:
    """Actors defined (with a name) in sidecars join the registry; disagreements are errors."""
    for use, positions, source in sidecars:
        log = ProblemLog(source, positions, problems)
        for actor_id, actor in use.actors.items():
            if actor is None or actor.name is None:
                continue
            definition = replace(actor, role=None)
            known = definitions.get(actor_id)
            if known is None:
                definitions[actor_id] = _definition(definition, source, positions, actor_id)
            elif known.actor != definition:
                log.add(("actors", actor_id), f"actor '{actor_id}' is also defined at "
                        f"{known.where}, differently", "define it once (in briefs/actors.yaml "
                        "if several briefs share it) and list it here with no fields", key=True)


def _link(loaded: list[tuple[str, Article, Validated[Sidecar], str]],
          definitions: dict[str, Definition], people: dict[str, Person], settings: Settings,
          problems: list[Problem], cache: Memo) -> tuple[Corpus, list[Problem]]:
    briefs: list[Brief] = []
    drafts: list[Brief] = []
    held_back: list[tuple[str, str]] = []
    brief_actors: dict[str, tuple[str, ...]] = {}
    roles: dict[tuple[str, str], str] = {}
    for stem, article, validated, source in loaded:
        sidecar = validated.value
        assert sidecar is not None
        log = ProblemLog(source, validated.positions, [])
        use = actor_use(sidecar)
        involved = check_actor_references(use, definitions, log)
        check_people_references(use.people, people, log)
        released, anchor_problems, not_ready = cache.remember(
            ("brief", stem), (article, validated, source, settings),
            partial(_assemble_and_release, stem, article, sidecar, validated.positions, source, settings))
        problems.extend(log.problems + anchor_problems + not_ready)
        if released is None or log.problems or not_ready:
            continue
        if sidecar.status == "draft":
            drafts.append(released.brief)
        else:
            briefs.append(released.brief)
            held_back += [(stem, claim_id) for claim_id in released.held_back]
        brief_actors[stem] = involved
        roles.update({(stem, k): a.role for k, a in sidecar.actors.items() if a and a.role})
    check_memberships(definitions, problems)
    actors = {k: _resolve(k, d) for k, d in definitions.items() if d.actor.name}
    briefs.sort(key=lambda b: (b.published, b.stem), reverse=True)
    histories = (verdict_histories(settings.briefs_dir, (b.stem for b in briefs), settings.allow_unrated)
                 if settings.verdict_history else {})
    return Corpus(tuple(briefs), actors, brief_actors, roles, tuple(drafts), tuple(held_back),
                  histories, people), problems


def _assemble_and_release(stem: str, article: Article, sidecar: Sidecar, positions: Positions, source: str,
                          settings: Settings) -> tuple[Released | None, list[Problem], list[Problem]]:
    """The brief anchored in the whole article, then cut to what is published; the anchoring's problems,
    and what keeps the brief from being published."""
    brief, problems = assemble_brief(stem, article, sidecar, positions, source, settings)
    return ((release(brief, settings) if brief else None), problems,
            publication_problems(sidecar, positions, source))


def check_actor_references(use: ActorUse, definitions: dict[str, Definition],
                           log: ProblemLog) -> tuple[str, ...]:
    """Log every actor id the sidecar uses but nobody defines; the ids it involves, in order."""
    involved: list[str] = []

    for actor_id, actor in use.actors.items():
        if actor is None or actor.name is None:
            if actor_id not in definitions:
                log.add(("actors", actor_id), f"actor '{actor_id}' has no name and is not in "
                        "briefs/actors.yaml", "add `name:` and `kind:` here, or add it to the "
                        "registry", key=True)
            continue
        involved.append(actor_id)
    for path, actor_id in use.references:
        if actor_id not in definitions:
            hint = suggest_closest(actor_id, sorted(definitions)) or ""
            log.add(path, f"unknown actor '{actor_id}'", (f"{hint} " if hint else "") +
                    "define it under `actors:` here or in briefs/actors.yaml")
        elif actor_id not in involved:
            involved.append(actor_id)
    for actor_id in use.actors:
        if actor_id in definitions and actor_id not in involved:
            involved.append(actor_id)
    return tuple(involved)


def check_memberships(definitions: dict[str, Definition], problems: list[Problem]) -> None:
    """Log every ``member_of`` that names an actor nobody defines."""
    for actor_id, definition in definitions.items():
        parent = definition.actor.member_of
        if parent and parent not in definitions:
            path = definition.where.rsplit(":", 2)[0]
            hint = suggest_closest(parent, sorted(definitions))
            problems.append(Problem(path, *definition.member_of_at, f"unknown actor '{parent}'",
                                    field=f"actors.{actor_id}.member_of", hint=hint or ""))


def _resolve(actor_id: str, definition: Definition) -> ResolvedActor:
    actor = definition.actor
    return ResolvedActor(actor_id, actor.name or actor_id, actor.kind or "other", actor.aliases,
                         actor.description, actor.member_of, actor.wikidata)
