"""Fetching many articles politely: one request at a time, a pause between two to the same host."""

from __future__ import annotations

import time
from urllib.parse import urlsplit

from generator.capturing.download import Page, download


class PoliteFetcher:
    """Downloads one page at a time, waiting ``delay`` seconds since the last request to its host."""

    def __init__(self, timeout: float, delay: float, allow_private: bool) -> None:
        self.timeout, self.delay, self.allow_private = timeout, delay, allow_private
        self._last: dict[str, float] = {}

    def fetch(self, url: str) -> Page:
        """The page at ``url`` (see :func:`~generator.capturing.download.download`), after the pause."""
        host = urlsplit(url).hostname or ""
        if host in self._last:
            time.sleep(max(0.0, self._last[host] + self.delay - time.monotonic()))
        try:
            return download(url, self.timeout, allow_private=self.allow_private)
        finally:
            self._last[host] = time.monotonic()
