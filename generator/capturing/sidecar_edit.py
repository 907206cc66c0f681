"""Recording what `briefs recapture` found in an author's sidecar, keeping the rest of it as written.

The sidecar is edited with ruamel.yaml's round trip, which keeps comments, key order, quoting and
layout; only the ``capture`` block (and an entry of the corrections log) is added or changed. No
quote, anchor, verdict or note of the author is ever rewritten here: a passage's new words are
recorded beside the old, under ``capture.versions``, for an author to decide on.
"""

from __future__ import annotations

import datetime as dt
from io import StringIO
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.capturing.compare import Fate


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold an author's long line
    yaml.indent(mapping=2, sequence=4, offset=2)  # `  - by: …`, as the drafts and the guide write lists
    return yaml


def _edited(text: str, change: Any) -> str:
    yaml = _yaml()
    data = yaml.load(text)
    change(data)
    out = StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def _capture(data: CommentedMap) -> CommentedMap:
    if data.get("capture") is None:
        data["capture"] = CommentedMap()
    block: CommentedMap = data["capture"]
    return block


def record_fingerprint(text: str, sha256: str) -> str:
    """The sidecar ``text`` with ``capture.sha256`` set to the reviewed article's fingerprint, if it has
    none (a brief captured before fingerprints were kept): the fingerprint of the file as it stands."""

    def change(data: CommentedMap) -> None:
        capture = _capture(data)
        if capture.get("sha256") is None:
            capture.insert(0, "sha256", sha256)

    return _edited(text, change)


def record_check(text: str, day: dt.date) -> str:
    """The sidecar ``text`` with ``capture.checked`` set to ``day``: the article was found unchanged."""
    return _edited(text, lambda data: _capture(data).__setitem__("checked", day))


def record_version(text: str, version: dict[str, Any], fates: list[Fate], log_entry: str) -> str:
    """The sidecar ``text`` with a later capture added to ``capture.versions`` (its passages: each
    annotated passage that moved, changed or went) and ``log_entry`` added to ``changes``."""

    def change(data: CommentedMap) -> None:
        entry = CommentedMap(version)
        passages = CommentedSeq([_passage(f) for f in fates if f.state != "same"])
        if passages:
            entry["passages"] = passages
        capture = _capture(data)
        if capture.get("versions") is None:
            capture["versions"] = CommentedSeq()
        capture["versions"].append(entry)
        if data.get("changes") is None:
            data["changes"] = CommentedSeq()
        data["changes"].append(CommentedMap(date=version["fetched"], kind="update", text=log_entry))

    return _edited(text, change)


def _passage(fate: Fate) -> CommentedMap:
    passage = CommentedMap(was=fate.was, state=fate.state)
    if fate.now:
        passage["now"] = fate.now
    if fate.state == "moved":  # carried over: where the passage now sits
        passage["prefix"], passage["suffix"] = fate.prefix, fate.suffix
    return passage
