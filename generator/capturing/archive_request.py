"""Asking a public web archive to keep a copy of a page (the Internet Archive's Save Page Now).

The archive is asked with a plain request to its save address followed by the page's address;
it answers, once it holds a copy, by redirecting to the copy (``/web/<14-digit time>/<address>``)
or naming it in ``Content-Location``. Only such an answer counts: the copy's address is returned
then, and a :class:`DownloadError` otherwise, so no address is ever recorded that the archive
has not confirmed.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from generator.capturing.download import DownloadError, download

SAVE_PAGE_NOW = "https://web.archive.org/save/"
_COPY = re.compile(r"/web/(\d{14})[a-z_]*/(.+)$")


def request_archive(url: str, service: str, timeout: float, *, allow_private: bool = False) -> str:
    """The address of the archive's copy of ``url`` once ``service`` confirms it holds one."""
    try:
        answer = download(service + url, timeout, allow_private=allow_private)
    except DownloadError as error:
        raise DownloadError(f"the archive did not keep a copy: {error}") from None
    named = [value for key, value in answer.headers if key.lower() == "content-location"]
    for candidate in (answer.url, *named):
        copy = urljoin(answer.url, candidate)
        parts = urlsplit(copy)
        found = _COPY.search(parts.path + (f"?{parts.query}" if parts.query else ""))
        if found and _same_page(found.group(2), url):
            return copy
    raise DownloadError(f"{service}: the archive answered without confirming a copy of {url}; "
                        "no archive address recorded")


def _same_page(archived: str, url: str) -> bool:
    """Whether the archive's copy is of ``url`` (archives may drop the scheme or a trailing slash)."""
    def plain(address: str) -> str:
        return re.sub(r"^https?://", "", address).rstrip("/")
    return plain(archived) == plain(url)
