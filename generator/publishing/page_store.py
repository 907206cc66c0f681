"""Generated pages kept as files on disk, rewritten only when their text changes.

A dirty preview (``mkdocs serve --dirty``) rebuilds only the pages whose
source file is newer than their output. Generated pages have no source file
of their own, so they are stored here: a page whose text is unchanged keeps
its old file and modification time, and is not built again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class StoredFiles:
    """Where each generated file is stored, and which of them this round rewrote."""

    paths: dict[str, Path]
    changed: tuple[str, ...]


def store_changed(files: Mapping[str, str | bytes], folder: Path, *, prune: bool = True) -> StoredFiles:
    """Write each file under ``folder`` unless it already holds that content; drop the others.

    With ``prune`` False the other stored files are kept (``files`` is a part of the site).
    """
    stored: dict[str, Path] = {}
    changed: list[str] = []
    for relative, content in files.items():
        target = folder / relative
        data = content.encode("utf-8") if isinstance(content, str) else content
        if not (target.is_file() and target.read_bytes() == data):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            changed.append(relative)
        stored[relative] = target
    if not prune:
        return StoredFiles(stored, tuple(changed))
    wanted = set(stored.values())
    for leftover in [p for p in folder.rglob("*") if p.is_file() and p not in wanted]:
        leftover.unlink()  # a brief or actor that is gone must not be served from an old copy
    return StoredFiles(stored, tuple(changed))
