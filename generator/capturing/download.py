"""One web page over HTTP(S), with limits, and a one-line reason for every way it can fail.

Redirects are followed (the standard library's limit of 10, loops refused);
the body is read in chunks and abandoned as soon as it passes the size
limit, or when the whole download takes longer than a few times the timeout
(which bounds each single wait, so a server trickling bytes cannot hold the
command forever); only HTML is accepted, since only HTML can be read as an
article.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

from generator.reading.article import MAX_ARTICLE_BYTES

USER_AGENT = "Mozilla/5.0 (compatible; newsbriefs capture)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 65536
WHOLE_DOWNLOAD_TIMEOUTS = 5  # the whole download may take this many timeouts


@dataclass(frozen=True)
class Page:
    """A downloaded page: the address it ended at, its bytes and the charset the server declared."""

    url: str
    body: bytes
    charset: str | None


class DownloadError(Exception):
    """Why a page could not be downloaded, as one line for the author."""


def download(url: str, timeout: float, max_bytes: int = MAX_ARTICLE_BYTES) -> Page:
    """The page at ``url``, following redirects; raises DownloadError naming what went wrong."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DownloadError(f"{url}: not a web address; give one that starts with http:// or https://")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            final = response.geturl()
            _check_type(final, response.headers)
            _check_declared_size(final, response.headers, max_bytes)
            deadline = time.monotonic() + WHOLE_DOWNLOAD_TIMEOUTS * timeout
            body = _read_limited(response, final, max_bytes, deadline)
            return Page(final, body, response.headers.get_content_charset())
    except urllib.error.HTTPError as error:
        raise DownloadError(_http_status(error)) from None
    except urllib.error.URLError as error:
        raise DownloadError(_unreachable(url, error.reason, timeout)) from None
    except TimeoutError:
        raise DownloadError(_no_answer(url, timeout)) from None
    except (http.client.HTTPException, ConnectionError, ssl.SSLError) as error:
        raise DownloadError(f"{url}: the connection failed ({error.__class__.__name__}: {error})") from None


def _check_type(url: str, headers: Message) -> None:
    kind = headers.get_content_type() if headers.get("Content-Type") else "text/html"
    if kind not in HTML_TYPES:
        raise DownloadError(f"{url}: not an HTML page (Content-Type: {kind}); briefs capture reads web "
                            "pages only; save other documents as text by hand")


def _check_declared_size(url: str, headers: Message, max_bytes: int) -> None:
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise DownloadError(_too_large(url, max_bytes))


def _read_limited(response: http.client.HTTPResponse, url: str, max_bytes: int, deadline: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        if time.monotonic() > deadline:
            raise DownloadError(f"{url}: the download was still running after "
                                f"{WHOLE_DOWNLOAD_TIMEOUTS} times --timeout; try again later")
        size += len(chunk)
        if size > max_bytes:
            raise DownloadError(_too_large(url, max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url}: the page is larger than {max_bytes:,} bytes; save the article's text by hand"


def _http_status(error: urllib.error.HTTPError) -> str:
    if 300 <= error.code < 400:
        return f"{error.url}: too many redirects or a redirect loop (HTTP {error.code})"
    hint = {401: "the page needs a login; save it from your browser instead",
            403: "the site refuses automated downloads; save the page from your browser instead",
            404: "check the address", 410: "the page was removed; look for an archived copy",
            429: "too many requests; wait and try again"}.get(
        error.code, "the site failed; try again later" if error.code >= 500 else "check the address")
    return f"{error.url}: the server answered HTTP {error.code} {error.reason}; {hint}"


def _unreachable(url: str, reason: object, timeout: float) -> str:
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror):
        return f"{url}: cannot find the host '{host}' (DNS lookup failed); check the address"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: the host '{host}' refused the connection; check the address and port"
    if isinstance(reason, TimeoutError):
        return _no_answer(url, timeout)
    if isinstance(reason, ssl.SSLError):
        return f"{url}: the secure connection failed ({reason.reason or reason}); check the address"
    return f"{url}: cannot connect ({reason}); check the address and your connection"


def _no_answer(url: str, timeout: float) -> str:
    return f"{url}: no answer within {timeout:g} s; try again later, or raise --timeout"
