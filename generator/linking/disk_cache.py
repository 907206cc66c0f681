"""What the caches on disk share: their folder, how a key is digested, how a file is replaced.

Every cache lives under ``.cache/briefs/`` in the project folder and only saves
work: a missing, damaged or foreign entry is made again, never reported.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from functools import cache
from importlib.metadata import distributions
from pathlib import Path

CACHE_DIR = Path(".cache") / "briefs"  # inside the project folder
_GENERATOR = Path(__file__).resolve().parent.parent


def digest_of(*parts: bytes) -> bytes:
    """A 20-byte digest of ``parts`` in order; each is length-prefixed, so no two lists collide."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.digest()


def write_pickle(path: Path, value: object, header: bytes = b"") -> bool:
    """Write ``header`` then ``value`` pickled to ``path`` in one step; False if it cannot be kept.

    The file is replaced whole, so a run stopped half-way leaves the old one intact.
    """
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with temporary.open("wb") as stream:
            stream.write(header)
            pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
    except (OSError, pickle.PicklingError):
        temporary.unlink(missing_ok=True)
        return False
    return True


@cache
def generator_digest() -> bytes:
    """A digest of the generator's own code and templates: a result kept by another version is not used."""
    sources = sorted([*_GENERATOR.rglob("*.py"), *_GENERATOR.glob("templates/**/*.html")])
    return digest_of(*(part for source in sources
                       for part in (str(source.relative_to(_GENERATOR)).encode(), source.read_bytes())))


@cache
def installed_versions() -> tuple[str, ...]:
    """Python's version and every installed distribution's, read once per process."""
    return (sys.version, *sorted(f"{d.metadata['Name']}=={d.version}" for d in distributions()))
