"""Each claim's verdict history, read from the git history of its sidecar (no MkDocs here).

A brief's ``changes:`` log says what its authors chose to record; the
sidecar's revisions in git say what actually changed. Every change of a
published verdict, and every claim withdrawn, is derived from them, dated by
its commit, so a correction cannot go unseen even when nobody logged it.
Outside a git checkout, or for a file git does not track, there is no history.

The whole briefs folder costs two git processes, whatever its size: one
``git log`` lists which commits touched which sidecar, and one
``git cat-file --batch`` reads the revisions of the sidecars that have more
than one.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.fast_yaml import SAFE_LOADER
from generator.linking.git import GitFailed, run_git
from generator.settings import UNRATED
from generator.sidecar.model import SIDECAR_SUFFIX, default_claim_id


@dataclass(frozen=True)
class VerdictChange:
    """One claim's verdict as changed by one revision (``after`` None: the claim was withdrawn).

    ``words`` is the claim's text as last published: the newer revision's, or the older
    one's when the claim was withdrawn or held back by the change.
    """

    date: dt.date
    claim_id: str
    before: str
    after: str | None
    words: str = ""


def verdict_histories(briefs_dir: Path, stems: Iterable[str], count_unrated: bool = False,
                      ) -> dict[str, tuple[VerdictChange, ...]]:
    """Every verdict change across the committed revisions of each brief's sidecar, oldest first.

    A claim that was unrated was not published (unless ``count_unrated``), so its
    first verdict is its publication, not a change.
    """
    wanted = set(stems)
    revisions = _revisions(briefs_dir, wanted)
    return {stem: changes for stem, versions in revisions.items()
            if (changes := _changes(versions, count_unrated))}


_Claims = dict[str, tuple[str, str]]  # claim id -> (verdict, claim text) of one revision


def _changes(versions: list[tuple[dt.date, _Claims]], count_unrated: bool) -> tuple[VerdictChange, ...]:
    changes: list[VerdictChange] = []
    for (_, older), (date, newer) in zip(versions, versions[1:], strict=False):
        for claim_id, (before, old_words) in older.items():
            after, new_words = newer.get(claim_id, (None, ""))
            if after == before or (before == UNRATED and not count_unrated):
                continue
            hidden = after is None or (after == UNRATED and not count_unrated)
            changes.append(VerdictChange(date, claim_id, before, after, old_words if hidden else new_words))
    return tuple(changes)


def _revisions(briefs_dir: Path, stems: set[str]) -> dict[str, list[tuple[dt.date, _Claims]]]:
    """stem -> (commit date, claim id -> (verdict, text)) of each committed revision, oldest first."""
    folder = _folder_in_repository(briefs_dir)
    if folder is None:
        return {}
    log = _git(briefs_dir, "log", "--format=%x00%H %cs", "--name-only", "--no-renames", "--",
               f"*{SIDECAR_SUFFIX}")
    touched: dict[str, list[tuple[str, dt.date, str]]] = defaultdict(list)  # stem -> (commit, date, path)
    for entry in log.split("\x00")[1:]:
        header, *paths = [line for line in entry.splitlines() if line.strip()]
        commit, date = header.split()
        for path in paths:
            name = Path(path)
            if name.suffix == SIDECAR_SUFFIX and name.stem in stems and name.parent == folder:
                touched[name.stem].append((commit, dt.date.fromisoformat(date), path))
    with_history = {stem: list(reversed(found)) for stem, found in touched.items() if len(found) > 1}
    requests = [f"{commit}:{path}" for found in with_history.values() for commit, _, path in found]
    texts = iter(_read_blobs(briefs_dir, requests))
    return {stem: [(date, _verdicts(next(texts))) for _, date, _ in found]
            for stem, found in with_history.items()}


def _folder_in_repository(briefs_dir: Path) -> Path | None:
    """The briefs folder as git names it, from the repository's root (None outside a repository)."""
    root = _git(briefs_dir, "rev-parse", "--show-toplevel").strip()
    if not root:
        return None
    return briefs_dir.resolve().relative_to(Path(root).resolve())


def _read_blobs(folder: Path, requests: list[str]) -> list[str]:
    """The text of each ``commit:path``, read by one ``git cat-file --batch`` ('' for a missing one)."""
    if not requests:
        return []
    output = _git_bytes(folder, "cat-file", "--batch", stdin="\n".join(requests) + "\n")
    texts, at = [], 0
    for _ in requests:
        end = output.find(b"\n", at)
        header = output[at:end].split()
        if len(header) < 3 or header[1] == b"missing":
            texts.append("")
            at = end + 1
            continue
        size = int(header[2])
        texts.append(output[end + 1:end + 1 + size].decode("utf-8", "replace"))
        at = end + 1 + size + 1
    return texts


def _verdicts(text: str) -> _Claims:
    try:
        data: Any = yaml.load(text, Loader=SAFE_LOADER)
    except yaml.YAMLError:
        return {}
    claims = data.get("claims") if isinstance(data, dict) else None
    verdicts = {}
    for i, claim in enumerate(claims if isinstance(claims, list) else []):
        if isinstance(claim, dict):
            claim_id = str(claim.get("id") or default_claim_id(str(claim.get("by")), i))
            verdicts[claim_id] = (str(claim.get("verdict") or UNRATED), str(claim.get("claim") or ""))
    return verdicts


def _git(folder: Path, *args: str) -> str:
    """The output of a git command run in ``folder`` ('' when it fails: then there is no history)."""
    return _git_bytes(folder, *args).decode("utf-8", "replace")


def _git_bytes(folder: Path, *args: str, stdin: str = "") -> bytes:
    output = run_git(folder, *args, stdin=stdin.encode("utf-8"))
    return b"" if isinstance(output, GitFailed) else output
