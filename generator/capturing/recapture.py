"""`briefs recapture`: one brief's article fetched again and compared with the capture it was reviewed on.

:func:`recapture` decides what was found and what to keep; it writes nothing (the command does):

- **unchanged** (the same text): the sidecar records the day (``capture.checked``);
- **changed**: the new page is kept beside the reviewed one as ``<stem>.<date>.html`` with its
  WARC and a change report (``<stem>.<date>.changes.md``), and the sidecar records the version,
  its fingerprint and each annotated passage that moved (carried over), changed or went, plus an
  entry of the corrections log;
- **removed** (HTTP 404 or 410) and **replaced** (another article at the address) are findings too,
  recorded the same way;
- a subscription or consent page in place of the article is no change: :class:`Refused`.

The reviewed capture stays what the brief's anchors and verdicts refer to.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal

from generator.anchoring.omit import remove_omitted
from generator.capturing.capture import stored_bytes
from generator.capturing.compare import (
    Fate,
    ParagraphChange,
    barrier,
    fates,
    paragraph_changes,
    paragraphs,
    replaced,
)
from generator.capturing.download import HttpStatusError, Page
from generator.capturing.evidence import sha256_hex
from generator.capturing.sidecar_edit import record_check, record_fingerprint, record_version
from generator.capturing.warc import warc_bytes
from generator.errors import Problem
from generator.reading.readers import article_from_bytes
from generator.sidecar.model import Sidecar
from generator.sidecar.yaml_positions import format_field_path

GONE_STATUSES = (404, 410)
Kind = Literal["unchanged", "same-as-before", "changed", "removed", "replaced"]


class Refused(Exception):
    """Why a page fetched again cannot be compared (a paywall, a consent page, no text), in one line."""


@dataclass(frozen=True)
class Finding:
    """What fetching the article again found, and what to keep of it."""

    kind: Kind
    url: str
    fetched: dt.date
    sidecar_text: str  # the sidecar as it is to be written (unchanged when nothing is recorded)
    changes: tuple[ParagraphChange, ...] = ()
    fates: tuple[Fate, ...] = ()
    files: dict[str, bytes] = field(default_factory=dict)  # names beside the article -> content
    detail: str = ""  # the server's answer, for a removed article


def recapture(stem: str, sidecar: Sidecar, sidecar_text: str, reviewed: tuple[str, bytes], folder: Path,
              fetch: Callable[[str], Page], now: dt.datetime) -> Finding:
    """Fetch the article of brief ``stem`` again and compare it with the ``reviewed`` capture (its
    text and its file's bytes); raises DownloadError (the page could not be fetched) or Refused (it is
    not the article). Whatever is recorded, the reviewed file's fingerprint is recorded with it."""
    found = _recapture(stem, sidecar, record_fingerprint(sidecar_text, sha256_hex(reviewed[1])), reviewed[0],
                       folder, fetch, now)
    return found if found.kind != "same-as-before" else replace(found, sidecar_text=sidecar_text)


def _recapture(stem: str, sidecar: Sidecar, sidecar_text: str, reviewed_text: str, folder: Path,
               fetch: Callable[[str], Page], now: dt.datetime) -> Finding:
    url = sidecar.source.url
    if url is None:
        raise Refused("the sidecar gives no `source.url` to fetch the article from; add it")
    today = now.date()
    try:
        page = fetch(url)
    except HttpStatusError as error:
        if error.status not in GONE_STATUSES:
            raise
        version = {"fetched": today, "state": "removed"}
        log = f"The outlet removed the article: its address answered HTTP {error.status} on {today}."
        return Finding("removed", url, today, record_version(sidecar_text, version, [], log),
                       detail=str(error))
    data = stored_bytes(page)
    article = article_from_bytes(data, ".html", page.url)
    if isinstance(article, Problem):
        raise Refused(f"{article.message}; nothing recorded (is the article behind a login or a script?)")
    new_text = published_text(article.text, sidecar)
    reviewed_text = published_text(reviewed_text, sidecar)
    if paragraphs(new_text) == paragraphs(reviewed_text):  # blank lines and a line's ends aside
        return Finding("unchanged", page.url, today, record_check(sidecar_text, today))
    if _same_as_last_version(sidecar, folder, new_text):
        return Finding("same-as-before", page.url, today, sidecar_text)
    if word := barrier(reviewed_text, new_text):
        raise Refused(f"{page.url}: the page fetched looks like a subscription or consent page, not the "
                      f"article (it is much shorter and mentions \"{word}\"); nothing recorded; try again "
                      "later, or save the page from a browser that can read it")
    return _changed(stem, sidecar, sidecar_text, reviewed_text, new_text, page, data, folder, now)


def _changed(stem: str, sidecar: Sidecar, sidecar_text: str, reviewed_text: str, new_text: str, page: Page,
             data: bytes, folder: Path, now: dt.datetime) -> Finding:
    today = now.date()
    kind: Kind = "replaced" if replaced(reviewed_text, new_text) else "changed"
    base = _free_name(folder, f"{stem}.{today.isoformat()}")
    changes = tuple(paragraph_changes(reviewed_text, new_text))
    found = tuple(fates(sidecar, reviewed_text, new_text))
    warc = warc_bytes(page, now)
    version: dict[str, Any] = {"fetched": today, "state": kind, "file": f"{base}.html",
                               "sha256": sha256_hex(data), "warc": f"{base}.warc.gz",
                               "warc_sha256": sha256_hex(warc)}
    touched = [f for f in found if f.state != "same"]
    what = "replaced the article with another one" if kind == "replaced" else "changed the article"
    log = (f"The outlet {what} (fetched again on {today}): {len(changes)} paragraph(s) differ, "
           f"{len(touched)} annotated passage(s) touched.")
    report = change_report(stem, page.url, today, kind, changes, found)
    files = {f"{base}.html": data, f"{base}.warc.gz": warc, f"{base}.changes.md": report.encode("utf-8")}
    return Finding(kind, page.url, today, record_version(sidecar_text, version, list(found), log), changes,
                   found, files)


def published_text(text: str, sidecar: Sidecar) -> str:
    """The text as the brief publishes it: without the lines its ``omit`` leaves out (furniture that
    changes from one fetch to the next is no change of the article)."""
    return remove_omitted(text, sidecar.omit, lambda *_: None, "").text


def _same_as_last_version(sidecar: Sidecar, folder: Path, new_text: str) -> bool:
    """Whether the page is as the last later capture recorded it (nothing new to keep)."""
    versions = sidecar.capture.versions if sidecar.capture else ()
    if not versions or versions[-1].file is None or not (folder / versions[-1].file).is_file():
        return False
    last = article_from_bytes((folder / versions[-1].file).read_bytes(), ".html", versions[-1].file)
    return not isinstance(last, Problem) and paragraphs(published_text(last.text, sidecar)) == paragraphs(
        new_text)


def _free_name(folder: Path, base: str) -> str:
    """``base``, or ``base-2``, ``base-3``… when a capture of the same day is kept already."""
    name, n = base, 1
    while (folder / f"{name}.html").exists():
        n += 1
        name = f"{base}-{n}"
    return name


def change_report(stem: str, url: str, day: dt.date, kind: Kind, changes: tuple[ParagraphChange, ...],
                  found: tuple[Fate, ...]) -> str:
    """The change report kept beside the article (Markdown): the paragraphs, then the passages."""
    lines = [f"# {stem}: the article {kind} ({day})", "", f"Fetched again from <{url}> on {day}.", "",
             "## Paragraphs", ""]
    lines += [paragraph_line(c) for c in changes] or ["No paragraph differs."]
    lines += ["", "## Annotated passages", ""]
    lines += [f"- `{format_field_path(f.path)}`: {fate_words(f)}" for f in found] or [
        "The brief annotates no passage."]
    return "\n".join(lines) + "\n"


def paragraph_line(change: ParagraphChange) -> str:
    """One paragraph's change in words, with the words that went and came."""
    if change.kind == "added":
        return f"- added: “{change.new}”"
    if change.kind == "removed":
        return f"- removed: “{change.old}”"
    went = "; ".join(f"“{w}”" for w in change.removed_words) or "nothing"
    came = "; ".join(f"“{w}”" for w in change.added_words) or "nothing"
    return f"- changed: “{change.old}”: removed {went}, added {came}"


def fate_words(fate: Fate) -> str:
    """How a passage fared, in words, with what the author is to do."""
    if fate.state == "same":
        return f"same: “{fate.was}”"
    if fate.state == "moved":
        return f"moved: “{fate.was}” is now elsewhere in the article; carried over by itself"
    if fate.state == "changed":
        return (f"changed: “{fate.was}” is now “{fate.now}”; decide whether what the brief says of it "
                "still stands")
    return (f"gone: “{fate.was}” is no longer in the article; decide whether what the brief says of it "
            "still stands")
