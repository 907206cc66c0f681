"""One web page over HTTP(S), with limits, and a one-line reason for every way it can fail.

Only public addresses are fetched: the host is resolved, every address it
resolves to is checked (so ``localhost``, ``127.1``, ``2130706433`` and
``0x7f000001`` are all caught), and the connection goes to the address that
was checked, not to a second lookup. A newsroom intranet or a test server is
reached with ``allow_private``. Redirects are followed here, not by a library,
so each one is checked the same way: at most ten, loops refused, and only to
http:// and https://.

The timeout bounds the whole download, from the connection to the last byte:
a watchdog closes the connection when it runs out, so a server that trickles
its headers or its page a byte at a time cannot hold the command. The body is
abandoned as soon as it passes the size limit; only HTML is accepted, since
only HTML can be read as an article.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import Message
from urllib.parse import quote, urljoin, urlsplit

from generator.reading.article import MAX_ARTICLE_BYTES

USER_AGENT = "Mozilla/5.0 (compatible; newsbriefs capture)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
WEB_SCHEMES = ("http", "https")
REDIRECTS = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 10
_CHUNK = 65536
_URL_SAFE = "/:@!$&'()*+,;=%?~"  # what a path and query may hold as it is; '%' keeps what is encoded
_PRIVATE_HINT = ("briefs capture reaches only public addresses; pass --allow-private to capture from a "
                 "newsroom intranet or a local server")


@dataclass(frozen=True)
class Page:
    """A downloaded page: the address it ended at, its bytes and the charset the server declared."""

    url: str
    body: bytes
    charset: str | None
    status: int = 200
    reason: str = "OK"
    headers: tuple[tuple[str, str], ...] = ()  # the response's, as sent (kept in the capture's WARC)


class DownloadError(Exception):
    """Why a page could not be downloaded, as one line for the author."""


class HttpStatusError(DownloadError):
    """The server answered, with a status that is not a page (``status``: 404, 410, 500…)."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Hop:
    """One address to fetch: its URL, and the checked addresses of its host to connect to, in order."""

    url: str
    addresses: tuple[tuple[str, int], ...]


class _Deadline:
    """The moment the whole download must be over, and a watchdog that cuts the connection then."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds
        self._cut = threading.Event()
        self._socket: socket.socket | None = None

    def track(self, opened: socket.socket) -> None:
        """The socket to cut when the time is up (the connection lets go of it once headers arrive)."""
        self._socket = opened
        if self.passed:  # the time ran out while connecting, before there was a socket to cut
            opened.close()
            raise TimeoutError

    def left(self) -> float:
        """Seconds left; a TimeoutError once there are none."""
        remaining = self._end - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        return remaining

    @property
    def passed(self) -> bool:
        """Whether the time is up (or the watchdog already cut the connection)."""
        return self._cut.is_set() or time.monotonic() >= self._end

    @contextlib.contextmanager
    def watching(self) -> Iterator[None]:
        """Shut the tracked socket when the time is up, so no read can outlast it."""

        def cut() -> None:
            self._cut.set()
            if self._socket is not None:
                with contextlib.suppress(OSError):
                    # The socket's own shutdown, not TLS's: a read in progress ends at once.
                    socket.socket.shutdown(self._socket, socket.SHUT_RDWR)

        timer = threading.Timer(max(0.0, self._end - time.monotonic()), cut)
        timer.daemon = True
        timer.start()
        try:
            yield
        finally:
            timer.cancel()


def download(url: str, timeout: float, max_bytes: int = MAX_ARTICLE_BYTES, *,
             allow_private: bool = False) -> Page:
    """The page at ``url``, following redirects; raises DownloadError naming what went wrong.

    ``timeout`` is the whole download's: connecting, the server's answer and the page together.
    """
    parts = urlsplit(url)
    if parts.scheme not in WEB_SCHEMES or not parts.hostname:
        raise DownloadError(f"{url}: not a web address; give one that starts with http:// or https://")
    deadline = _Deadline(timeout)
    hop = checked_hop(url, url, allow_private)
    seen = {url}
    status = 0
    for _ in range(MAX_REDIRECTS + 1):
        fetched = _fetch(hop, deadline, max_bytes)
        if isinstance(fetched, Page):
            return fetched
        status, location = fetched
        target = urljoin(hop.url, location)
        if target in seen:
            break
        seen.add(target)
        hop = checked_hop(hop.url, target, allow_private)
    raise DownloadError(f"{hop.url}: too many redirects or a redirect loop (HTTP {status})")


def checked_hop(source: str, url: str, allow_private: bool) -> Hop:
    """``url`` (where ``source`` redirects, or ``source`` itself) if it may be fetched, with the address.

    Refused: a scheme other than http or https, and unless ``allow_private``, a host any of
    whose addresses is private, loopback, link-local or otherwise not public.
    """
    where = url if url == source else f"{source}: redirected to {url}"
    parts = urlsplit(url)
    if parts.scheme not in WEB_SCHEMES or not parts.hostname:
        raise DownloadError(f"{where}, which is not a web address; briefs capture follows only http:// "
                            "and https:// redirects")
    host = parts.hostname
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except ValueError:
        raise DownloadError(f"{where}: the port is not a number from 0 to 65535; check the address") from None
    except (socket.gaierror, UnicodeError) as error:
        raise DownloadError(_unreachable(url, error, 0) if url == source else
                            f"{where}: cannot find the host '{host}' (DNS lookup failed)") from None
    addresses = tuple(dict.fromkeys((str(info[4][0]), port) for info in found))
    if not allow_private:
        for address, _ in addresses:
            if not is_public(address):
                raise DownloadError(f"{where}: the host '{host}' is a private or local address "
                                    f"({address}); {_PRIVATE_HINT}")
    return Hop(url, addresses)


def is_public(address: str) -> bool:
    """Whether an IP address is reachable on the public internet (not private, loopback, link-local…)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def _fetch(hop: Hop, deadline: _Deadline, max_bytes: int) -> Page | tuple[int, str]:
    """One request: the page, or a redirect's status and Location."""
    connection = _connection(hop, deadline)
    answered = False
    try:
        with deadline.watching():
            connection.request("GET", _request_target(hop.url), headers=request_headers(hop.url))
            response = connection.getresponse()
            answered = True
            if response.status in REDIRECTS and response.getheader("Location"):
                return response.status, response.getheader("Location", "")
            return _page(hop.url, response, deadline, max_bytes)
    except (TimeoutError, OSError, http.client.HTTPException) as error:
        raise DownloadError(_failure(hop.url, error, deadline, answered)) from None
    finally:
        connection.close()


def request_headers(url: str) -> dict[str, str]:
    """The headers every request for ``url`` is sent with."""
    return {"Host": _host_header(url), "User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5",
            "Connection": "close"}


def request_line(url: str) -> str:
    """The request line sent for ``url``: ``GET /path?query HTTP/1.1``."""
    return f"GET {_request_target(url)} HTTP/1.1"


def _request_target(url: str) -> str:
    """The path and query to ask for, with any letter outside ASCII percent-encoded as browsers send it."""
    parts = urlsplit(url)
    return quote((parts.path or "/") + (f"?{parts.query}" if parts.query else ""), safe=_URL_SAFE)


def _host_header(url: str) -> str:
    """The Host header: the address's host and port, an international name in its ASCII form."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    if host.isascii():
        return host
    ascii_name = (parts.hostname or "").encode("idna").decode("ascii")
    return f"{ascii_name}:{parts.port}" if parts.port else ascii_name


def _page(url: str, response: http.client.HTTPResponse, deadline: _Deadline, max_bytes: int) -> Page:
    """The page a response carries, if it is a whole HTML page within the limits."""
    if not 200 <= response.status < 300:
        raise HttpStatusError(_http_status(url, response.status, response.reason), response.status)
    _check_type(url, response.headers)
    _check_declared_size(url, response.headers, max_bytes)
    body = _read_limited(response, url, max_bytes)
    if deadline.passed:  # the watchdog cut the page short: what arrived is not the whole page
        raise TimeoutError
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and len(body) < int(declared):  # http.client ends such a read quietly
        raise DownloadError(f"{url}: the connection broke after {len(body):,} of the page's "
                            f"{int(declared):,} bytes; nothing was saved; try again")
    return Page(url, body, response.headers.get_content_charset(), response.status, response.reason,
                tuple(response.getheaders()))


def _failure(url: str, error: Exception, deadline: _Deadline, answered: bool) -> str:
    """Why a request failed: the deadline first, since a cut connection fails in any of these ways."""
    if deadline.passed or isinstance(error, TimeoutError):
        return _unfinished(url, deadline.seconds) if answered else _no_answer(url, deadline.seconds)
    if isinstance(error, ConnectionRefusedError | ssl.SSLError):
        return _unreachable(url, error, deadline.seconds)
    if isinstance(error, http.client.IncompleteRead | ConnectionResetError) and answered:
        return f"{url}: the connection broke before the whole page arrived; nothing was saved; try again"
    return f"{url}: the connection failed ({error.__class__.__name__}: {error})"


def _connection(hop: Hop, deadline: _Deadline) -> http.client.HTTPConnection:
    """A connection to the hop's checked address (never a second lookup of its name).

    TLS is set up here rather than by ``HTTPSConnection``, so that the watchdog holds the very
    socket every read goes through, from the handshake on.
    """
    parts = urlsplit(hop.url)
    try:
        left = deadline.left()
    except TimeoutError:
        raise DownloadError(_no_answer(hop.url, deadline.seconds)) from None
    connection = http.client.HTTPConnection(parts.hostname or "", hop.addresses[0][1], timeout=left)

    def to_checked_address(_: tuple[str, int], timeout: float | None,
                           source: tuple[str, int] | None = None) -> socket.socket:
        opened = _connect(hop.addresses, timeout, source)
        try:
            if parts.scheme == "https":
                opened = ssl.create_default_context().wrap_socket(
                    opened, server_hostname=parts.hostname, do_handshake_on_connect=False)
            deadline.track(opened)
            if isinstance(opened, ssl.SSLSocket):
                opened.do_handshake()
        except BaseException:
            opened.close()
            raise
        return opened

    connection._create_connection = to_checked_address  # type: ignore[attr-defined]
    return connection


def _connect(addresses: tuple[tuple[str, int], ...], timeout: float | None,
             source: tuple[str, int] | None) -> socket.socket:
    """A socket connected to the first of ``addresses`` that answers (as ``create_connection`` tries)."""
    failure: OSError = ConnectionRefusedError()
    for address in addresses:
        try:
            return socket.create_connection(address, timeout, source)
        except TimeoutError:
            raise
        except OSError as error:
            failure = error
    raise failure


def _check_type(url: str, headers: Message) -> None:
    kind = headers.get_content_type() if headers.get("Content-Type") else "text/html"
    if kind not in HTML_TYPES:
        raise DownloadError(f"{url}: not an HTML page (Content-Type: {kind}); briefs capture reads web "
                            "pages only; save other documents as text by hand")


def _check_declared_size(url: str, headers: Message, max_bytes: int) -> None:
    declared = headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise DownloadError(_too_large(url, max_bytes))


def _read_limited(response: http.client.HTTPResponse, url: str, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(_CHUNK):
        size += len(chunk)
        if size > max_bytes:
            raise DownloadError(_too_large(url, max_bytes))
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(url: str, max_bytes: int) -> str:
    return f"{url}: the page is larger than {max_bytes:,} bytes; save the article's text by hand"


def _http_status(url: str, code: int, reason: str) -> str:
    hint = {401: "the page needs a login; save it from your browser instead",
            403: "the site refuses automated downloads; save the page from your browser instead",
            404: "check the address", 410: "the page was removed; look for an archived copy",
            429: "too many requests; wait and try again"}.get(
        code, "the site failed; try again later" if code >= 500 else "check the address")
    return f"{url}: the server answered HTTP {code} {reason}; {hint}"


def _unreachable(url: str, reason: object, timeout: float) -> str:
    host = urlsplit(url).hostname or url
    if isinstance(reason, socket.gaierror | UnicodeError):
        return f"{url}: cannot find the host '{host}' (DNS lookup failed); check the address"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: the host '{host}' refused the connection; check the address and port"
    if isinstance(reason, TimeoutError):
        return _no_answer(url, timeout)
    if isinstance(reason, ssl.SSLError):
        return f"{url}: the secure connection failed ({reason.reason or reason}); check the address"
    return f"{url}: cannot connect ({reason}); check the address and your connection"


def _no_answer(url: str, timeout: float) -> str:
    return f"{url}: the server did not answer within {timeout:g} s; try again later, or raise --timeout"


def _unfinished(url: str, timeout: float) -> str:
    return f"{url}: the download did not finish within {timeout:g} s; try again later, or raise --timeout"
