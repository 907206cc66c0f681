"""Each claim's verdict history, read from the git history of its sidecar (no MkDocs here).

A brief's ``changes:`` log says what its authors chose to record; the
sidecar's revisions in git say what actually changed. Every change of a
published verdict, and every claim withdrawn, is derived from them, dated by
its commit, so a correction cannot go unseen even when nobody logged it.
Outside a git checkout, or for a file git does not track, there is no history.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.settings import UNRATED


@dataclass(frozen=True)
class VerdictChange:
    """One claim's verdict as changed by one revision (``after`` None: the claim was withdrawn)."""

    date: dt.date
    claim_id: str
    before: str
    after: str | None


def verdict_history(sidecar: Path, count_unrated: bool = False) -> tuple[VerdictChange, ...]:
    """Every verdict change across the committed revisions of ``sidecar``, oldest first.

    A claim that was unrated was not published (unless ``count_unrated``), so its
    first verdict is its publication, not a change.
    """
    revisions = _revisions(sidecar)
    changes: list[VerdictChange] = []
    for (_, older), (date, newer) in zip(revisions, revisions[1:], strict=False):
        for claim_id, before in older.items():
            after = newer.get(claim_id)
            if after == before or (before == UNRATED and not count_unrated):
                continue
            changes.append(VerdictChange(date, claim_id, before, after))
    return tuple(changes)


def _revisions(sidecar: Path) -> list[tuple[dt.date, dict[str, str]]]:
    """(commit date, claim id -> verdict) of each committed revision, oldest first."""
    log = _git(sidecar.parent, "log", "--follow", "--name-only", "--format=%x00%H %cs", "--",
               sidecar.name)
    revisions = []
    for entry in reversed(log.split("\x00")[1:]):
        lines = [line for line in entry.splitlines() if line.strip()]
        if len(lines) < 2:
            continue
        commit, date = lines[0].split()
        # `<commit>:<path>` reads a path from the repository's root, as `--name-only` gives it.
        text = _git(sidecar.parent, "show", f"{commit}:{lines[1]}")
        revisions.append((dt.date.fromisoformat(date), _verdicts(text)))
    return revisions


def _verdicts(text: str) -> dict[str, str]:
    try:
        data: Any = yaml.safe_load(text)
    except yaml.YAMLError:
        return {}
    claims = data.get("claims") if isinstance(data, dict) else None
    verdicts = {}
    for i, claim in enumerate(claims if isinstance(claims, list) else []):
        if isinstance(claim, dict):
            claim_id = str(claim.get("id") or f"{claim.get('by')}-{i + 1}")
            verdicts[claim_id] = str(claim.get("verdict") or UNRATED)
    return verdicts


def _git(folder: Path, *args: str) -> str:
    """The output of a git command run in ``folder`` ('' when git or the repository is missing)."""
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True,
                                check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return result.stdout if result.returncode == 0 else ""
