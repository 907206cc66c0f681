"""A brief -> its Markdown page (pure: returns text, writes nothing).

The page is Markdown with raw HTML blocks: fixed headings stay Markdown (so
the table of contents and search sections work) and everything that carries
article or sidecar text is built as HTML, escaped for its context, because
escaping arbitrary text for Markdown is not reliable.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from functools import lru_cache

from markupsafe import Markup

from generator.anchoring.assemble import AnchoredClaim, AnchoredNote, Brief
from generator.anchoring.release import GAP
from generator.linking.corpus import Corpus, ResolvedActor
from generator.rendering.annotation_popups import key_html, marker_html, number_key, popups_html
from generator.rendering.article_html import Highlight, article_html
from generator.rendering.capture_notice import capture_notice
from generator.rendering.claim_cards import (
    NOTE_LABELS,
    claim_view,
    note_view,
    quote,
    source_view,
)
from generator.rendering.front_matter import front_matter
from generator.rendering.links import (
    ABOUT,
    CORRECTIONS_POLICY,
    METHODOLOGY,
    Linker,
    actor_page,
    brief_page,
    claim_page,
    data_file,
)
from generator.rendering.page_context import PageContext
from generator.rendering.people import brief_people, byline
from generator.rendering.prose import text_html
from generator.rendering.templating import Templates
from generator.rendering.views import BriefHeader, Change, ClaimLinks, Source, VerdictChange
from generator.rendering.wording import heading
from generator.settings import UNRATED, Settings
from generator.sidecar.languages import brief_language, direction
from generator.sidecar.model import CHANGE_KINDS, NOTE_KINDS
from generator.translation import N_

_NOTE_ORDER = {kind: i for i, kind in enumerate(NOTE_KINDS)}
__all__ = ["NOTE_LABELS", "render_brief"]


def brief_inputs(brief: Brief, corpus: Corpus, settings: Settings, linker: Linker,
                 templates: Templates | None = None) -> tuple[object, ...]:
    """Everything a brief's own page, data and structured data are made from.

    ``templates`` are those its page is rendered with (a template edited between two
    builds changes the page); what no template makes leaves them out.
    """
    actors = tuple(corpus.actors[a] for a in corpus.brief_actors[brief.stem])
    tagged = tuple(corpus.actors.get(tag) for tag in brief.sidecar.tags)  # a tag shows an actor's name
    return (brief, actors, tagged, brief_people(brief, corpus), settings, linker,
            corpus.histories.get(brief.stem, ()), templates.digest if templates else b"")


def render_brief(brief: Brief, ctx: PageContext) -> str:
    """The Markdown page of one brief."""
    page = brief_page(brief.stem)
    numbered, numbers = _numbered_annotations(brief), annotation_numbers(brief)
    parts = [
        front_matter({"title": brief.title, "description": brief.sidecar.summary,
                      "tags": ctx.tag_names(brief.sidecar.tags)}),
        ctx.templates.render("briefs/brief_header.html", header=brief_header(ctx, page, brief)),
        capture_notice(brief, ctx),
        # Out of the search index, heading and all: the cards below hold the same words.
        *([heading(ctx.words, GLANCE_HEADING, attributes="data-search-exclude"),
           _claims_at_a_glance(brief, ctx, page)] if brief.claims else []),
        heading(ctx.words, "Article"),
        excerpt_notice(brief, ctx),
        key_html(ctx, page),
        _article(brief, numbered, numbers, ctx, page),
        rights_notice(brief, ctx),
        heading(ctx.words, "Claims"),
        _claim_cards(brief, numbered, numbers, ctx, page),
        heading(ctx.words, "Context and corrections"),
        _notes_section(brief, numbers, ctx),
        heading(ctx.words, "Who's who"),
        _whos_who(brief, ctx, page),
    ]
    if brief.omitted:
        parts += [heading(ctx.words, "Left out of the capture"),
                  ctx.templates.render("briefs/omitted.html", lines=list(brief.omitted))]
    parts += [heading(ctx.words, CHANGES_HEADING), changes_log(brief, ctx)]
    if sources := brief_sources(brief):
        parts += [heading(ctx.words, "Sources"),
                  ctx.templates.render("briefs/brief_sources.html", sources=sources)]
    parts.append(editorial_links(ctx, page))
    return "\n".join(p for p in parts if p)


def brief_sources(brief: Brief) -> list[Source]:
    """Every source of the brief's published claims and notes, once each (by address), in the order the
    page first cites them; of two citations of one address the one that says more is kept."""
    claims = [item for item in _numbered_annotations(brief) if isinstance(item, AnchoredClaim)]
    numbers = annotation_numbers(brief)
    notes = sorted(brief.notes, key=lambda n: (_NOTE_ORDER[n.note.kind], numbers[number_key(n)]))
    cited = [*(s for c in claims for s in c.claim.sources), *(s for n in notes for s in n.note.sources)]
    found: dict[str, Source] = {}
    for source in map(source_view, cited):
        kept = found.get(source.url)
        if kept is None or _detail(source) > _detail(kept):
            found[source.url] = source
    return list(found.values())


def _detail(source: Source) -> int:
    return sum(1 for value in dataclasses.astuple(source) if value)


def brief_header(ctx: PageContext, page: str, brief: Brief) -> BriefHeader:
    """What the top of the brief's page shows."""
    source, event = brief.sidecar.source, brief.sidecar.event
    writer, reviewers = byline(brief, ctx.corpus, ctx.linker, page)
    return BriefHeader(
        title=brief.title, draft=brief.sidecar.status == "draft", outlet=source.outlet,
        headline=brief.article.headline, author=source.author or "", published=source.published,
        url=source.url or "", archive=source.archive or "", perspective=source.perspective or "",
        event_date=event.date if event else None, event_place=(event.place or "") if event else "",
        updated=brief.updated, reviewed=brief.sidecar.reviewed,
        data_href=ctx.linker.href(page, data_file(brief.stem)), summary=brief.sidecar.summary,
        corrections=sum(1 for n in brief.notes if n.note.kind == "correction"),
        writer=writer, reviewers=reviewers, lang=brief.sidecar.language,
        dir=direction(brief.sidecar.language) if brief.sidecar.language else "ltr")


def _numbered_annotations(brief: Brief) -> list[AnchoredClaim | AnchoredNote]:
    """The claims and anchored notes in the order of their markers in the article."""
    anchored: list[AnchoredClaim | AnchoredNote] = [*brief.claims,
                                                    *(n for n in brief.notes if n.span)]
    return sorted(anchored, key=lambda a: (a.span.start, -a.span.end) if a.span else (0, 0))


def annotation_numbers(brief: Brief) -> dict[tuple[str, str], int]:
    """The number each claim and note shows, by :func:`number_key`: the claims 1, 2, 3 … in the order
    of the article, and each note kind its own 1, 2, 3 … (its anchored notes in the order of the
    article, then those on the whole article), so that the markers, the pop-ups and the cards,
    which list the claims, then the notes kind by kind, all count up alike."""
    numbers: dict[tuple[str, str], int] = {}
    counted: dict[str, int] = {}
    for item in [*_numbered_annotations(brief), *(n for n in brief.notes if not n.span)]:
        sequence = "claim" if isinstance(item, AnchoredClaim) else item.note.kind
        counted[sequence] = numbers[number_key(item)] = counted.get(sequence, 0) + 1
    return numbers


def claim_links(ctx: PageContext, page: str, brief: Brief, claim: AnchoredClaim, number: int) -> ClaimLinks:
    """The claim's number and its links from ``page``: its highlight, its card, its own page."""
    return ClaimLinks(number, ctx.linker.href(page, brief_page(brief.stem), f"claim-{claim.id}"),
                      ctx.linker.href(page, brief_page(brief.stem), f"card-claim-{claim.id}"),
                      ctx.linker.href(page, claim_page(brief.stem, claim.id)))


GLANCE_HEADING = N_("Claims at a glance")


def _claims_at_a_glance(brief: Brief, ctx: PageContext, page: str) -> str:
    """Every published claim in a line, before the article: who, what, the verdict, where to read on."""
    numbers = annotation_numbers(brief)
    claims = [(claim_view(ctx, page, item), shortened(item.claim.claim),
               claim_links(ctx, page, brief, item, numbers[number_key(item)]))
              for item in _numbered_annotations(brief) if isinstance(item, AnchoredClaim)]
    return ctx.templates.render("briefs/claims_at_a_glance.html", claims=claims)


def _article(brief: Brief, numbered: list[AnchoredClaim | AnchoredNote],
             numbers: dict[tuple[str, str], int], ctx: PageContext, page: str) -> str:
    shown = [numbers[number_key(item)] for item in numbered]
    highlights = [_highlight(item, marker_html(ctx, item, i + 1, shown[i]))
                  for i, item in enumerate(numbered)]
    highlights += [h for i, item in enumerate(numbered) for h in _further_pieces(ctx, item, i + 1, shown[i])]
    highlights += _actor_mentions(brief, ctx, page, highlights)
    lang = brief_language(brief.sidecar)
    return ctx.templates.render("briefs/article.html", body=Markup(article_html(brief.text, highlights)),
                                popups=Markup(popups_html(ctx, page, brief, numbered, numbers)),
                                lang=lang, dir=direction(lang))


def _highlight(item: AnchoredClaim | AnchoredNote, marker: str) -> Highlight:
    assert item.span is not None
    if isinstance(item, AnchoredClaim):
        classes = f"nb-claim nb-claim--{item.verdict}"
        return Highlight(item.span.start, item.span.end, "mark",
                         f'class="{classes}" id="claim-{item.id}"', marker)
    return Highlight(item.span.start, item.span.end, "mark",
                     f'class="nb-note nb-note--{item.note.kind}" id="{item.id}"', marker)


def _further_pieces(ctx: PageContext, item: AnchoredClaim | AnchoredNote, slot: int,
                    number: int) -> list[Highlight]:
    """The highlights of a claim's further quote pieces: each marker opens the claim's own pop-up."""
    if not isinstance(item, AnchoredClaim):
        return []
    classes = f"nb-claim nb-claim--{item.verdict}"
    return [Highlight(span.start, span.end, "mark", f'class="{classes}" data-claim="claim-{item.id}"',
                      marker_html(ctx, item, slot, number, continued=True)) for span in item.more]


# --- publishing like a newsroom: the brief's own header, its dates and its corrections log ---------

CHANGES_HEADING = N_("Changes to this brief")
CHANGES_ID = "changes-to-this-brief"


def changes_log(brief: Brief, ctx: PageContext) -> str:
    """The dated corrections log, newest first (or that nothing has changed), then the verdict history."""
    changes = sorted(brief.sidecar.changes, key=lambda c: c.date, reverse=True)
    return ctx.templates.render(
        "briefs/changes.html", reviewed=brief.sidecar.reviewed,
        changes=[Change(c.date, c.kind, CHANGE_KINDS[c.kind], c.text) for c in changes],
        history=verdict_history(brief, ctx))


def verdict_history(brief: Brief, ctx: PageContext) -> list[VerdictChange]:
    """Every verdict change the sidecar's revisions show, newest first, whether or not the log records it."""
    known = set(ctx.settings.verdict_ids)

    def label(verdict_id: str | None) -> str:
        if verdict_id is None:
            return ctx.words.gettext("withdrawn")
        if verdict_id == UNRATED and not ctx.settings.allow_unrated:
            return ctx.words.gettext("Unrated (held back from publication)")
        return ctx.settings.verdict(verdict_id).label if verdict_id in known else verdict_id

    shown = {claim.id: claim.claim.claim for claim in brief.claims}
    return [VerdictChange(c.date, shortened(shown.get(c.claim_id, c.words)),
                          f"#card-claim-{c.claim_id}" if c.claim_id in shown else "",
                          label(c.before), label(c.after))
            for c in reversed(ctx.corpus.histories.get(brief.stem, ()))]


def shortened(words: str, limit: int = 90) -> str:
    """A claim's words as a label: without a closing full stop, cut at the last whole word within
    ``limit`` characters and marked with an ellipsis."""
    words = " ".join(words.split())
    if len(words) <= limit:
        return words.removesuffix(".")
    cut = words[:limit].rsplit(" ", 1)[0] if " " in words[:limit] else words[:limit]
    return cut.rstrip(" ,;:.") + "…"


def excerpt_notice(brief: Brief, ctx: PageContext) -> str:
    """For an excerpt brief: only the annotated passages are shown; where to read the rest."""
    if not brief.excerpt:
        return ""
    source = brief.sidecar.source
    return ctx.templates.render("briefs/excerpt_notice.html", outlet=source.outlet, url=source.url or "",
                                archive=source.archive or "", gap=GAP)


def rights_notice(brief: Brief, ctx: PageContext) -> str:
    """Under the article: the brief's rights statement, or the site's for an article published whole."""
    statement = brief.sidecar.rights or ("" if brief.excerpt else ctx.settings.rights)
    if not statement:
        return ""
    return ctx.templates.render("briefs/rights.html", statement=statement,
                                outlet=brief.sidecar.source.outlet)


def editorial_links(ctx: PageContext, page: str) -> str:
    """Links to how the site works, on every brief."""
    return ctx.templates.render(
        "briefs/editorial_links.html", methodology_href=ctx.linker.href(page, METHODOLOGY),
        corrections_href=ctx.linker.href(page, CORRECTIONS_POLICY), about_href=ctx.linker.href(page, ABOUT),
        publisher=ctx.settings.review_author)


def _actor_mentions(brief: Brief, ctx: PageContext, page: str,
                    highlights: list[Highlight]) -> list[Highlight]:
    """Link each mention of a brief's actors, never inside a highlight or another link."""
    names = sorted(((name, actor_id) for actor_id in ctx.corpus.brief_actors[brief.stem]
                    for name in _names(ctx.corpus.actors[actor_id])), key=lambda n: -len(n[0]))
    taken = [(h.start, h.end) for h in highlights]
    links: list[Highlight] = []
    for name, actor_id in names:
        for match in _whole_word_matches(name, brief.text):
            if any(match.start() < end and match.end() > start for start, end in taken):
                continue
            taken.append((match.start(), match.end()))
            href = ctx.linker.href(page, actor_page(actor_id))
            links.append(Highlight(match.start(), match.end(), "a",
                                   f'class="nb-actor" href="{text_html(href)}"'))
    return links


def _whole_word_matches(name: str, text: str) -> Iterator[re.Match[str]]:
    """Matches of ``name`` not inside a longer word, as ``(?<!\\w)name(?!\\w)`` finds them.

    The check before the name is made by hand: a pattern that opens with a look-behind
    cannot search for its first letters quickly, which made this the slowest step of a build.
    """
    pattern, at = _name_pattern(name), 0
    while match := pattern.search(text, at):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before == "_":
            at = match.start() + 1
            continue
        yield match
        at = match.end()


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(name)}(?!\w)")


def forget_memos() -> None:
    """Empty this module's memo cache (the pattern of each actor's name)."""
    _name_pattern.cache_clear()


def _names(actor: ResolvedActor) -> list[str]:
    return [n for n in (actor.name, *actor.aliases) if n.strip()]


def _claim_cards(brief: Brief, numbered: list[AnchoredClaim | AnchoredNote],
                 numbers: dict[tuple[str, str], int], ctx: PageContext, page: str) -> str:
    """The claims as cards in the order of their markers, numbered alike."""
    claims = [(claim_view(ctx, page, item), quote(ctx, page, brief, item), numbers[number_key(item)])
              for item in numbered if isinstance(item, AnchoredClaim)]
    return ctx.templates.render("briefs/brief_claims.html", claims=claims)


def _notes_section(brief: Brief, numbers: dict[tuple[str, str], int], ctx: PageContext) -> str:
    """The notes as cards, kind by kind (in the order of ``NOTE_KINDS``), each kind counting up."""
    ordered = sorted(brief.notes, key=lambda n: (_NOTE_ORDER[n.note.kind], numbers[number_key(n)]))
    notes = [(note_view(brief, note), numbers[number_key(note)]) for note in ordered]
    return ctx.templates.render("briefs/brief_notes.html", notes=notes)


def _whos_who(brief: Brief, ctx: PageContext, page: str) -> str:
    actors = []
    for actor_id in ctx.corpus.brief_actors[brief.stem]:
        actor = ctx.corpus.actors[actor_id]
        role = ctx.corpus.roles.get((brief.stem, actor_id)) or actor.description or ""
        actors.append((ctx.actor_ref(page, actor_id), actor.kind, role))
    return ctx.templates.render("briefs/whos_who.html", actors=actors)
