"""The project as staged in git: what a commit would hold, copied out of the index.

A pre-commit hook that checks the working tree can pass a commit that is
broken (a sidecar edited but not staged, an article whose sidecar was never
added) or fail one that is sound (a half-written file left unstaged). The
pre-commit framework stashes unstaged edits of tracked files, but leaves
untracked files in place; checking a copy of the index is exact either way.
"""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory


class NotStaged(Exception):
    """The project is not in a git repository, or its configuration is not staged."""


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        result = subprocess.run(["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False)
    except FileNotFoundError:
        raise NotStaged("git is not installed") from None
    if result.returncode != 0:
        raise NotStaged(result.stderr.decode(errors="replace").strip() or f"git {args[0]} failed")
    return result.stdout


@contextmanager
def staged_copy(project_dir: Path) -> Iterator[Callable[[Path], Path]]:
    """A temporary copy of the project as staged in git; yields where a real path is in the copy.

    Only the staged content is copied: unstaged edits and untracked files are not.
    """
    top = Path(_git(project_dir, "rev-parse", "--show-toplevel").decode().strip()).resolve()
    inside = project_dir.resolve().relative_to(top)
    with TemporaryDirectory(prefix="briefs-staged-") as folder:
        names = _git(top, "ls-files", "-z", "--cached", "--", str(inside))
        _git(top, "checkout-index", "-z", "--stdin", f"--prefix={folder}/", stdin=names)

        def in_copy(path: Path) -> Path:
            real = path.resolve()
            return Path(folder) / real.relative_to(top) if real.is_relative_to(top) else real
        yield in_copy
