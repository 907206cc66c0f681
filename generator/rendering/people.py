"""Our people as pages show them: a brief's byline and the About page's team list (pure)."""

from __future__ import annotations

from generator.anchoring.assemble import Brief
from generator.linking.corpus import Corpus
from generator.rendering.links import ABOUT, Linker
from generator.rendering.views import PersonRef, Source, TeamMember
from generator.sidecar.model import Person


def person_anchor(person_id: str) -> str:
    """The id of a person's entry in the About page's team list, which bylines link to."""
    return f"person-{person_id}"


def byline(brief: Brief, corpus: Corpus, linker: Linker, page: str) -> tuple[PersonRef | None,
                                                                             tuple[PersonRef, ...]]:
    """The brief's writer and reviewers as its byline names them (ids the registry lacks are skipped:
    the corpus has refused such a brief already)."""
    def ref(person_id: str) -> PersonRef | None:
        person = corpus.people.get(person_id)
        if person is None:
            return None
        return PersonRef(person.name, person.role or "", linker.href(page, ABOUT, person_anchor(person_id)))

    sidecar = brief.sidecar
    reviewers = tuple(r for r in map(ref, sidecar.reviewers) if r is not None)
    return (ref(sidecar.writer) if sidecar.writer else None), reviewers


def brief_people(brief: Brief, corpus: Corpus) -> tuple[Person | None, ...]:
    """The registry entries of the people a brief names, as a cache key of what it shows."""
    ids = (*((brief.sidecar.writer,) if brief.sidecar.writer else ()), *brief.sidecar.reviewers)
    return tuple(corpus.people.get(i) for i in ids)


def team(corpus: Corpus) -> tuple[TeamMember, ...]:
    """Everyone in ``people.yaml``, in the order it lists them."""
    return tuple(TeamMember(person_anchor(person_id), p.name, p.role or "", p.bio or "", p.photo or "",
                            tuple(Source(link.url, link.title or "") for link in p.links))
                 for person_id, p in corpus.people.items())
