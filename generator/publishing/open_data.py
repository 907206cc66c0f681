"""Open data: each brief as JSON and as W3C Web Annotations, plus a site-wide index (pure).

Character offsets in both formats count Unicode code points (not bytes, not
UTF-16 units) into ``text``: the published article, which is the captured
article minus its omitted lines (for a brief published as excerpts, only the
annotated passages, joined by ``[…]``). ``text[start:end]`` in Python, or
``Array.from(text).slice(start, end).join("")`` in JavaScript, gives the quote.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from generator.anchoring.assemble import AnchoredClaim, AnchoredNote, Brief
from generator.anchoring.locate import Span
from generator.linking.corpus import Corpus
from generator.rendering.links import Linker, absolute_url, annotations_file, brief_page, data_file
from generator.settings import Settings
from generator.sidecar.model import NOTE_KINDS, Capture, SourceLink, SourceRef

FORMAT_VERSION = 1
CONTEXT_CHARS = 32


def source_refs(sources: tuple[SourceRef, ...]) -> list[dict[str, str]]:
    """Sources as ``{url, title, …}`` objects: each field only when the author gave it, dates as
    ISO 8601, the kind by its id."""
    refs = []
    for source in sources:
        if isinstance(source, SourceLink):
            given = {"url": source.url, "title": source.title, "author": source.author,
                     "outlet": source.outlet, "published": source.published, "accessed": source.accessed,
                     "archive": source.archive, "kind": source.kind}
            refs.append({key: value.isoformat() if isinstance(value, dt.date) else value
                         for key, value in given.items() if value})
        else:
            refs.append({"url": source})
    return refs


ARTICLE_TEXT_EXCLUDED = ("The article text (`text`, and each `quote`) is not under this licence: "
                         "it stays its publisher's.")


def licence_data(settings: Settings) -> dict[str, Any]:
    """The open data's licence: it covers our annotations, never the article texts they quote."""
    licence = settings.data_licence
    return {"name": licence.name, "url": licence.url or None,
            "covers": "the annotations: summaries, claims, verdicts, explanations, notes, sources",
            "excludes": ARTICLE_TEXT_EXCLUDED}


def brief_data(brief: Brief, corpus: Corpus, url: str, settings: Settings) -> dict[str, Any]:
    """Everything a brief says, with the code point offsets of every quote, and its licence."""
    sidecar = brief.sidecar
    return {
        "format": f"newsbriefs-brief/{FORMAT_VERSION}",
        "offsets": "Unicode code points into `text`",
        "license": licence_data(settings),
        "rights": sidecar.rights or ("" if brief.excerpt else settings.rights) or None,
        "id": brief.stem, "url": url, "title": brief.title, "summary": sidecar.summary,
        "source": {"outlet": sidecar.source.outlet, "headline": brief.article.headline,
                   "author": sidecar.source.author, "url": sidecar.source.url,
                   "archive": sidecar.source.archive, "published": brief.published.isoformat(),
                   "perspective": sidecar.source.perspective, "language": sidecar.language},
        "reviewed": sidecar.reviewed.isoformat() if sidecar.reviewed else None,
        "writer": sidecar.writer, "reviewers": list(sidecar.reviewers),
        "changes": [{"date": c.date.isoformat(), "kind": c.kind, "text": c.text} for c in sidecar.changes],
        "status": sidecar.status, "publish": "excerpt" if brief.excerpt else "full",
        "event": ({"date": sidecar.event.date.isoformat() if sidecar.event.date else None,
                   "place": sidecar.event.place} if sidecar.event else None),
        "tags": list(sidecar.tags),
        "actors": [_actor_data(corpus, brief, actor_id) for actor_id in corpus.brief_actors[brief.stem]],
        "claims": [_claim_data(brief, claim) for claim in brief.claims],
        "notes": [_note_data(brief, note) for note in brief.notes],
        "omitted": list(brief.omitted),
        "text": brief.text,
        **({"capture": capture_data(sidecar.capture)} if sidecar.capture else {}),
    }


def capture_data(capture: Capture) -> dict[str, Any]:
    """The capture's evidence: the fingerprints of the reviewed capture and of each later one."""
    return {"sha256": capture.sha256, "warc": capture.warc, "warc_sha256": capture.warc_sha256,
            "checked": capture.checked.isoformat() if capture.checked else None,
            "versions": [{"fetched": v.fetched.isoformat(), "state": v.state, "file": v.file,
                          "sha256": v.sha256, "warc": v.warc, "warc_sha256": v.warc_sha256,
                          "passages": [{"was": p.was, "state": p.state, "now": p.now, "prefix": p.prefix,
                                        "suffix": p.suffix} for p in v.passages]}
                         for v in capture.versions]}


def _actor_data(corpus: Corpus, brief: Brief, actor_id: str) -> dict[str, Any]:
    actor = corpus.actors[actor_id]
    return {"id": actor.id, "name": actor.name, "kind": actor.kind, "aliases": list(actor.aliases),
            "description": actor.description, "member_of": actor.member_of,
            "wikidata": actor.wikidata, "role": corpus.roles.get((brief.stem, actor_id))}


def _claim_data(brief: Brief, claim: AnchoredClaim) -> dict[str, Any]:
    written = claim.claim
    return {"id": claim.id, "by": written.by, "about": list(written.about), "claim": written.claim,
            "paraphrase": written.paraphrase, "verdict": claim.verdict, "explanation": written.explanation,
            "sources": source_refs(written.sources),
            "quote": claim.words(brief.text), "translation": written.translation,
            "start": claim.span.start, "end": claim.span.end,
            "pieces": [{"quote": brief.text[s.start:s.end], "start": s.start, "end": s.end}
                       for s in claim.spans]}


def _note_data(brief: Brief, note: AnchoredNote) -> dict[str, Any]:
    span = note.span
    return {"id": note.id, "kind": note.note.kind, "text": note.note.text,
            "sources": source_refs(note.note.sources),
            "quote": brief.text[span.start:span.end] if span else None,
            "start": span.start if span else None, "end": span.end if span else None}


def web_annotations(brief: Brief, url: str, settings: Settings) -> dict[str, Any]:
    """The brief's claims and notes as a W3C Web Annotation collection (JSON-LD)."""
    items = [_annotation(brief, url, f"claim-{c.id}", c.spans, "assessing", _claim_body(c, settings))
             for c in brief.claims]
    items += [_annotation(brief, url, n.id, (n.span,), NOTE_KINDS[n.note.kind].motivation, n.note.text)
              for n in brief.notes if n.span]
    if settings.data_licence.url:  # the Web Annotation model's `rights` is the licence's address
        items = [{**item, "rights": settings.data_licence.url} for item in items]
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": f"{url}#annotations",
            "type": "AnnotationCollection", "label": brief.title, "total": len(items),
            "first": {"type": "AnnotationPage", "items": items}}


def _claim_body(claim: AnchoredClaim, settings: Settings) -> str:
    verdict = settings.verdict(claim.verdict).label
    explanation = f" {claim.claim.explanation}" if claim.claim.explanation else ""
    reported = " (Reported speech, not a direct quotation.)" if claim.claim.paraphrase else ""
    return f"{claim.claim.claim}{reported} Verdict: {verdict}.{explanation}"


def _annotation(brief: Brief, url: str, fragment: str, spans: tuple[Span, ...], motivation: str,
                body: str) -> dict[str, Any]:
    """One annotation; a quote in several pieces has one target per piece."""
    targets = [_target(brief.text, url, span) for span in spans]
    return {
        "id": f"{url}#{fragment}", "type": "Annotation", "motivation": motivation,
        "body": {"type": "TextualBody", "value": body, "format": "text/markdown"},
        "target": targets[0] if len(targets) == 1 else targets,
    }


def _target(text: str, url: str, span: Span) -> dict[str, Any]:
    start, end = span.start, span.end
    return {"source": url, "selector": [
        {"type": "TextQuoteSelector", "exact": text[start:end],
         "prefix": text[max(0, start - CONTEXT_CHARS):start], "suffix": text[end:end + CONTEXT_CHARS]},
        {"type": "TextPositionSelector", "start": start, "end": end},
    ]}


def data_index(corpus: Corpus, settings: Settings, linker: Linker) -> dict[str, Any]:
    """One entry per brief, with the addresses of its page and data files."""
    return {"format": f"newsbriefs-index/{FORMAT_VERSION}", "license": licence_data(settings), "briefs": [
        {"id": b.stem, "title": b.title, "published": b.published.isoformat(),
         "url": absolute_url(settings, linker, brief_page(b.stem)),
         "data": absolute_url(settings, linker, data_file(b.stem)),
         "annotations": absolute_url(settings, linker, annotations_file(b.stem)),
         "claims": len(b.claims), "notes": len(b.notes)}
        for b in corpus.briefs]}
