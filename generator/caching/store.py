"""The one way a cache file is written and read back: a verified entry, or a miss.

Every cache of the generator keeps its files under ``.cache/briefs/`` (or, for
the second process, a private temporary folder) through this module. A file
holds one entry::

    header   magic, format version, a digest of the code and versions that wrote it
             (newsbriefs' own code, Python, MkDocs, ProperDocs, Material and every
             other installed distribution; or, for a folder whose values depend on
             less, a digest of just that, see :class:`EntryFolder`), a digest of the
             cache's own context
    mac      HMAC-SHA256 over the header, the entry's name (its folder and file) and the payload
    payload  the value, pickled

The header is compared and the HMAC checked (``hmac.compare_digest``) *before*
the payload is unpickled, and the value's type after: an entry that fails any
test is a miss, and its file is deleted. Nothing read from the folder is
trusted, because the folder is outside input: a CI job restores it from its
cache store, a colleague may copy a project with it, a disk may flip a bit.

Why pickle, and why authenticated. Two caches keep objects of the engine
itself: a converted page's table of contents is made of MkDocs' (or
ProperDocs') ``AnchorLink`` objects, which the theme reads attribute by
attribute, and the kept briefs hold the parsed ``Article``, validated
``Sidecar`` (pydantic) and anchored ``Brief`` objects with their positions.
Writing those as JSON would need a converter per class, kept in step with
three libraries, and would still not give back the same objects. Measured on
the 1,000-brief synthetic project (``benchmarks/synth.py 1000``, a shared
2-core machine): a cold build takes about 40 s of CPU, a warm one about 6.5 s,
nearly all of the difference being entries unpickled instead of remade; the
warm build reads 5,245 entries (139 MB). Verifying them (header, HMAC-SHA256,
type) costs 0.14 s of CPU in all (0.37 s to read and unpickle them verified,
0.24 s unverified, medians of 7), and eight interleaved warm builds each way
gave a median user time of 4.24 s before and 4.26 s after (wall medians 9.9 s
and 10.4 s, fastest 6.24 s and 6.38 s: within the noise of the shared machine).
``diskcache`` and ``joblib.Memory`` were considered: both store pickles by
default (``joblib`` always) and authenticate nothing, so they would give the
same format with a dependency more and the same hole; an HMAC keyed outside
the cache closes the hole whatever the format, with no new dependency. The key (:func:`cache_key`)
never lives in ``.cache/``: it is ``NEWSBRIEFS_CACHE_KEY`` when set (CI sets it
from a secret), else a random key in a 0600 file of the user's state folder,
else a random key for this process only (the cache then serves only within one
build, which is safe). Someone who can write to ``.cache/`` but not read that
key cannot make the build load anything.

A cache folder that cannot be used (read-only, full, a file where a folder
should be, permission denied) never stops a build: the first such error is
noted in the build's :class:`Trouble`, which stops writing and deleting, and
the face logs it once; the build goes on without the cache.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import pickle
import secrets
import sys
from collections.abc import Iterator
from contextlib import suppress
from functools import cache, lru_cache
from importlib.metadata import distributions
from pathlib import Path
from typing import TypeVar

from generator.atomic_files import create_file, sweep_temporaries, write_file

T = TypeVar("T")

MAGIC = b"newsbriefs cache\n"
FORMAT = 2  # bumped whenever the layout of an entry changes
KEY_VARIABLE = "NEWSBRIEFS_CACHE_KEY"
_DIGEST = 32  # bytes of each digest in the header, and of the HMAC
_HEADER = len(MAGIC) + 1 + 2 * _DIGEST
_GENERATOR = Path(__file__).resolve().parent.parent
SUFFIX = ".pickle"


def digest_of(*parts: bytes) -> bytes:
    """A 20-byte digest of ``parts`` in order; each is length-prefixed, so no two lists collide."""
    digest = hashlib.blake2b(digest_size=20)
    for part in parts:
        digest.update(len(part).to_bytes(8, "little"))
        digest.update(part)
    return digest.digest()


@cache
def generator_digest() -> bytes:
    """A digest of the generator's own code and templates: a result kept by another version is not used."""
    sources = sorted([*_GENERATOR.rglob("*.py"), *_GENERATOR.glob("templates/**/*.html")])
    return digest_of(*(part for source in sources
                       for part in (str(source.relative_to(_GENERATOR)).encode(), source.read_bytes())))


@cache
def installed_versions() -> tuple[str, ...]:
    """Python's version and a digest of every installed distribution's metadata (its name and version among
    them), read once per process.

    The metadata are digested as read, not parsed: parsing every file's headers took a sixth of a
    ``briefs check`` that finds nothing to do, and a digest of the whole file changes whenever the name or
    version does.
    """
    metadata = ((d.read_text("METADATA") or d.read_text("PKG-INFO") or "").encode() for d in distributions())
    return (sys.version, *sorted(digest_of(text).hex() for text in metadata))


@cache
def _writer_digest() -> bytes:
    """What wrote an entry: newsbriefs' code, Python and every installed distribution (MkDocs, …)."""
    return hashlib.sha256(generator_digest() + "\0".join(installed_versions()).encode()).digest()


def key_file() -> Path:
    """Where the cache key is kept when ``NEWSBRIEFS_CACHE_KEY`` is not set: the user's state folder."""
    state = os.environ.get("XDG_STATE_HOME") or os.path.join(os.path.expanduser("~"), ".local", "state")
    return Path(state) / "newsbriefs" / "cache.key"


@cache
def cache_key() -> bytes:
    """The HMAC key: the environment's, else the user's key file (made once), else this process's own."""
    if given := os.environ.get(KEY_VARIABLE):
        return hashlib.sha256(given.encode("utf-8", "surrogateescape")).digest()
    try:
        return _key_from_file(key_file())
    except OSError:
        return secrets.token_bytes(_DIGEST)  # no writable home: entries serve only this process


def forget_key() -> None:
    """Read the key afresh at the next entry (after ``NEWSBRIEFS_CACHE_KEY`` or the key file changed)."""
    cache_key.cache_clear()
    _keyed.cache_clear()


def _key_from_file(path: Path) -> bytes:
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Made whole under another name, then linked: two builds starting at once agree on one key.
        with suppress(FileExistsError):
            create_file(path, secrets.token_bytes(_DIGEST), mode=0o600)
        key = path.read_bytes()
    if len(key) < _DIGEST:
        raise OSError(errno.EINVAL, "cache key too short", str(path))
    return key


@lru_cache(maxsize=64)
def _header(context: bytes, writer: bytes | None = None) -> bytes:
    return MAGIC + bytes([FORMAT]) + (writer or _writer_digest()) + hashlib.sha256(context).digest()


@lru_cache(maxsize=64)
def _keyed(header: bytes) -> hmac.HMAC:
    """The HMAC with the key and ``header`` taken in; copied for each entry (thousands per build)."""
    return hmac.new(cache_key(), header, hashlib.sha256)


def _mac(header: bytes, path: Path, payload: bytes | memoryview) -> bytes:
    """The entry's HMAC, bound to its name: a genuine entry copied over another's is refused."""
    mac = _keyed(header).copy()
    name = f"{path.parent.name}/{path.name}".encode("utf-8", "surrogateescape")
    mac.update(len(name).to_bytes(4, "little") + name)
    mac.update(payload)
    return mac.digest()


class Trouble:
    """The first reason a build's cache folder could not be used, and the entries it refused.

    Once a folder failed, nothing more is written or deleted in this build; the
    face logs :meth:`message` once.
    """

    def __init__(self) -> None:
        self.error: OSError | None = None
        self.refused = 0  # damaged, foreign or unauthenticated entries, dropped as misses
        self.outdated = 0  # entries of folders another version wrote, dropped unread

    @property
    def failed(self) -> bool:
        """Whether a cache folder failed in this build."""
        return self.error is not None

    def note(self, error: OSError) -> None:
        """Keep the first error (later ones only repeat it)."""
        if self.error is None:
            self.error = error

    def message(self) -> str | None:
        """One line saying what is wrong and that the build goes on without the cache; None if nothing is."""
        if self.error is None:
            return None
        what = self.error.strerror or str(self.error) or type(self.error).__name__
        where = f": {self.error.filename}" if self.error.filename else ""
        return f"the build cache cannot be used ({what}{where}); the build goes on without it"


def write_entry(path: Path, value: object, trouble: Trouble, context: bytes = b"",
                writer: bytes | None = None) -> bool:
    """Write ``value`` to ``path`` as a verified entry, in one step; False if it cannot be kept.

    The file is replaced whole, so a run stopped half-way leaves the old one intact.
    """
    if trouble.failed:
        return False
    try:
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError):
        return False  # a value that cannot be kept is made again next time
    header = _header(context, writer)
    entry = b"".join((header, _mac(header, path, payload), payload))
    try:
        try:
            write_file(path, entry)
        except FileNotFoundError:  # the folder's first entry: made here, not tried before every write
            path.parent.mkdir(parents=True, exist_ok=True)
            write_file(path, entry)
    except OSError as error:
        trouble.note(error)
        return False
    return True


def read_entry(path: Path, kind: type[T], trouble: Trouble, context: bytes = b"",
               writer: bytes | None = None) -> T | None:
    """The value kept at ``path`` if its entry is whole, authentic, from this version and a ``kind``.

    Anything else is None: a missing file is a plain miss; a file that fails a test
    is deleted and counted in ``trouble.refused``; an unreadable one is noted.
    """
    try:
        with path.open("rb") as stream:
            data = stream.read()
    except FileNotFoundError:
        return None
    except OSError as error:
        trouble.note(error)
        return None
    value = _verified(data, path, kind, _header(context, writer))
    if value is None:
        trouble.refused += 1
        remove_entry(path, trouble)
    return value


def _verified(data: bytes, path: Path, kind: type[T], header: bytes) -> T | None:
    view = memoryview(data)
    mac, payload = view[_HEADER:_HEADER + _DIGEST], view[_HEADER + _DIGEST:]
    if view[:_HEADER] != header or not hmac.compare_digest(mac, _mac(header, path, payload)):
        return None
    try:
        value = pickle.loads(payload)
    except Exception:  # noqa: BLE001 - authentic but unreadable (a class changed shape): a miss
        return None
    return value if isinstance(value, kind) else None


def _written_under_another_header(path: Path, header: bytes) -> bool:
    """Whether the entry at ``path`` is whole enough to name its writer, and names another one.

    Every entry of a folder is written under one header, which changes with newsbriefs' code, Python,
    any installed library or the folder's context (the fonts of share images): after an upgrade, one
    entry's header tells that all are outdated. A file that does not start as an entry (damaged,
    planted) tells nothing: its entries are verified one by one.
    """
    try:
        with path.open("rb") as stream:
            start = stream.read(_HEADER)
    except OSError:
        return False
    return start.startswith(MAGIC) and start != header


def remove_entry(path: Path, trouble: Trouble) -> None:
    """Delete one entry (no longer wanted, or refused), unless the folder already failed."""
    if trouble.failed:
        return
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass
    except OSError as error:
        trouble.note(error)


def entry_names(folder: Path, trouble: Trouble) -> Iterator[str]:
    """The names of the entries in ``folder`` (without their suffix); none if it does not exist.

    The temporary files of writes whose process was killed are deleted on the way.
    """
    try:
        with os.scandir(folder) as files:
            found = [file.name for file in files]
    except FileNotFoundError:
        return iter(())
    except OSError as error:
        trouble.note(error)
        return iter(())
    if not trouble.failed:
        sweep_temporaries((name for name in found if name.endswith(".tmp")), folder)
    return iter([name[:-len(SUFFIX)] for name in found if name.endswith(SUFFIX)])


class EntryFolder:
    """Entries under ``folder``, one file per key; the keys a build did not use are pruned."""

    def __init__(self, folder: Path, trouble: Trouble, context: bytes = b"",
                 writer: bytes | None = None) -> None:
        """``writer``: a 32-byte digest of what the values depend on, for a folder that depends on less
        than newsbriefs' whole code and every installed library (by default, all of those)."""
        self.folder = folder
        self.trouble = trouble
        self.context = context
        self.writer = writer
        self.used: set[str] = set()
        self.hits = 0  # values kept by an earlier build and used again (not those made during this one)
        earlier = list(entry_names(folder, trouble))
        if earlier and _written_under_another_header(self.path(earlier[0]), _header(context, writer)):
            for name in earlier:  # every entry would be refused: deleted unread, and the build is cold
                remove_entry(self.path(name), trouble)
            trouble.outdated += len(earlier)
            earlier = []
        self.earlier = frozenset(earlier)
        cache_key()  # made now, before any fork: a second process must sign with the same key

    def path(self, key: str) -> Path:
        """The file of the entry under ``key``."""
        return self.folder / f"{key}{SUFFIX}"

    def load(self, key: str, kind: type[T]) -> T | None:
        """The value kept under ``key`` if it is a verified ``kind``, else None."""
        kept = read_entry(self.path(key), kind, self.trouble, self.context, self.writer)
        if kept is not None:
            self.used.add(key)
            self.hits += key in self.earlier
        return kept

    def save(self, key: str, value: object) -> None:
        """Keep ``value`` under ``key`` (if it cannot be, the next build makes it)."""
        if write_entry(self.path(key), value, self.trouble, self.context, self.writer):
            self.used.add(key)

    def prune(self) -> None:
        """Delete what this build did not use (pages gone or changed)."""
        for name in entry_names(self.folder, self.trouble):
            if name not in self.used:
                remove_entry(self.path(name), self.trouble)
