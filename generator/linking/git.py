"""Running git: the one place the generator starts a git process, and its one failure policy.

``run_git`` never raises. When git is not installed, the folder is not in a
repository (or is gone), the command fails or runs too long, the caller gets a
``GitFailed`` whose ``reason`` is one line an author can act on, and decides
what it means: the verdict history has no history (a site outside git still
builds, without one), ``briefs check --staged`` stops with that line. Neither
ever shows a traceback.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

TIMEOUT_SECONDS = 600


@dataclass(frozen=True)
class GitFailed:
    """Why git gave no answer, in one line."""

    reason: str


def run_git(folder: Path, *args: str, stdin: bytes = b"") -> bytes | GitFailed:
    """The standard output of ``git -C folder args``, or why there is none."""
    try:
        result = subprocess.run(["git", "-C", str(folder), *args], input=stdin, capture_output=True,
                                check=False, timeout=TIMEOUT_SECONDS)
    except FileNotFoundError:
        return GitFailed("git is not installed (or not on the PATH)")
    except OSError as error:
        return GitFailed(f"cannot run git: {error.strerror or error}")
    except subprocess.TimeoutExpired:
        return GitFailed(f"git {args[0]} took more than {TIMEOUT_SECONDS} seconds")
    if result.returncode != 0:
        said = result.stderr.decode("utf-8", "replace").strip().splitlines()
        if said and "not a git repository" in said[0]:
            return GitFailed(f"{folder} is not in a git repository")
        return GitFailed(said[0].removeprefix("fatal: ") if said else f"git {args[0]} failed")
    return result.stdout
