"""The newsroom's people: ``briefs/people.yaml``, and the ids each brief names as its writer and reviewers.

A brief names people by id (``writer:``, ``reviewers:``); every id must be in
the registry, or the brief is not published. Whether a published brief has
people at all is the release gate's question (``briefs check --release``),
not the build's: a preview of a brief without a byline still builds.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.anchoring.assemble import ProblemLog
from generator.errors import Problem, suggest_closest
from generator.sidecar.model import PeopleRegistry, Person, Sidecar
from generator.sidecar.validate import Validated, load_people
from generator.sidecar.yaml_positions import FieldPath

PEOPLE_NAME = "people.yaml"


def registry_people(root: Path, shown: Callable[[Path], str], problems: list[Problem]) -> dict[str, Person]:
    """The people of ``people.yaml`` in the briefs folder by id (none without the file)."""
    file = root / PEOPLE_NAME
    if not file.is_file():
        return {}
    try:
        text = file.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        problems.append(Problem(shown(file), 0, 0, f"not valid UTF-8 (offset {error.start})",
                                hint="re-save the file as UTF-8"))
        return {}
    validated: Validated[PeopleRegistry] = load_people(text, shown(file))
    problems.extend(validated.problems)
    return dict(validated.value.people) if validated.value else {}


def people_references(sidecar: Sidecar) -> tuple[tuple[FieldPath, str], ...]:
    """The person ids a sidecar names, with where: its writer, then its reviewers."""
    writer: tuple[tuple[FieldPath, str], ...] = ((("writer",), sidecar.writer),) if sidecar.writer else ()
    return (*writer, *((("reviewers", i), r) for i, r in enumerate(sidecar.reviewers)))


def check_people_references(references: tuple[tuple[FieldPath, str], ...], people: dict[str, Person],
                            log: ProblemLog) -> None:
    """Log every person id that ``people.yaml`` does not define, with the nearest id it does."""
    for path, person_id in references:
        if person_id not in people:
            hint = suggest_closest(person_id, sorted(people))
            log.add(path, f"unknown person '{person_id}'", (f"{hint} " if hint else "") +
                    f"add them under `people:` in briefs/{PEOPLE_NAME}")
