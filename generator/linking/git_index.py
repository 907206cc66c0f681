"""The project as staged in git: what a commit would hold, copied out of the index.

A pre-commit hook that checks the working tree can pass a commit that is
broken (a sidecar edited but not staged, an article whose sidecar was never
added) or fail one that is sound (a half-written file left unstaged). The
pre-commit framework stashes unstaged edits of tracked files, but leaves
untracked files in place; checking a copy of the index is exact either way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from tempfile import TemporaryDirectory

from generator.linking.git import GitFailed, run_git


class NotStaged(Exception):
    """The project is not in a git repository, or its configuration is not staged."""


def _git(folder: Path, *args: str, stdin: bytes = b"") -> bytes:
    """Git's output; a failure (``linking.git``'s policy) stops the staged copy with its one line."""
    output = run_git(folder, *args, stdin=stdin)
    if isinstance(output, GitFailed):
        raise NotStaged(output.reason)
    return output


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
