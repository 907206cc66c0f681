"""The parts of the listing pages kept between one-off builds (``.cache/briefs/listings/``).

A listing page (an actor's page, a month of claims, the claims by verdict) is
made of parts, each one template rendered with the cards it shows. Rendering
them again took a tenth of a warm build at 10,000 briefs (py-spy), though a new
brief changes only the few parts that show it. Each part is kept under a
digest of its place (page, template, how many times the page used it), the
values it shows and the templates' digest and language; a part is rendered
only when none is kept for exactly those.

The values are digested as pickled with the pickler's memo turned off, so a
value reached twice pickles as its content each time, whichever objects are
shared: a build that reads the briefs from the cache shares other strings than
one that parsed them, and both must find the same part. The HTML is the entry,
verified by ``store.py``. Entries this build did not use are dropped after it.
"""

from __future__ import annotations

import hashlib
import io
import pickle
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

from generator.caching.store import EntryFolder, Trouble

T = TypeVar("T")


class KeptListings:
    """A ``remember`` function for the parts of listing pages, over one entry folder."""

    def __init__(self, folder: Path, trouble: Trouble) -> None:
        self.kept = EntryFolder(folder, trouble)
        self.asked = 0  # parts this build asked for

    def remember(self, key: Hashable, inputs: tuple[Any, ...], compute: Callable[[], T]) -> T:
        """The part kept for ``key`` and equal ``inputs``, else ``compute()``, kept."""
        self.asked += 1
        name = _name(key, inputs)
        if name is None:  # a value that cannot be pickled (a site's own): made every time
            return compute()
        kept = self.kept.load(name, str)
        if kept is not None:
            return kept  # type: ignore[return-value]  # what compute() returns: the part's HTML
        part = compute()
        self.kept.save(name, part)
        return part


def _name(key: Hashable, inputs: tuple[Any, ...]) -> str | None:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: equal values pickle alike, whether or not they are one object
    try:
        pickler.dump((key, inputs))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return None
    return hashlib.blake2b(buffer.getbuffer(), digest_size=20).hexdigest()
