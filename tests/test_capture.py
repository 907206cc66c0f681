"""`briefs capture` downloads a page from a local server into briefs/ and drafts its sidecar."""

from __future__ import annotations

import contextlib
import re
import socket
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.capturing.download import DownloadError, _unreachable, checked_hop
from generator.cli import main
from generator.reading.article import MAX_ARTICLE_BYTES
from tests.conftest import local_server

DW_PAGE = (Path(__file__).parent / "fixtures" / "articles" / "dw-farmers-furniture.html").read_bytes()
STRIKE = "<p>“We will not go back until the pay is fair,” said Maria Lopez.</p></body></html>"
LONG_TITLE_PAGE = (f"<html><head><title>{'Dock strike ' * 80_000}</title></head><body><h1>Dock strike</h1>"
                   f"{STRIKE}").encode()  # a megabyte
LONG_TOKEN_PAGE = (f"<html><head><title>Dock strike</title></head><body><h1>Dock strike</h1>"
                   f"<p>{'a' * 1_000_000}</p>{STRIKE}").encode()
LATIN_PAGE = ("<html><head><title>Café owners protest</title></head><body><h1>Café owners protest</h1>"
              "<p>“We cannot pay the new rent,” said Renée Marchal, who runs a café on the square.</p>"
              "</body></html>").encode("cp1252")


class Site(BaseHTTPRequestHandler):
    """A small news site with every way a download can go wrong."""

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/story":
            self._send(200, "text/html; charset=utf-8", DW_PAGE)
        elif self.path == "/old-address":
            self._redirect("/story")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/caf%C3%A9?q=th%C3%A9":  # as a browser sends /café?q=thé
            self._send(200, "text/html; charset=utf-8", DW_PAGE)
        elif self.path == "/to-ftp":
            self._redirect("ftp://example.org/story")
        elif self.path == "/to-file":
            self._redirect("file:///etc/passwd")
        elif self.path == "/long-title":
            self._send(200, "text/html; charset=utf-8", LONG_TITLE_PAGE)
        elif self.path == "/long-token":
            self._send(200, "text/html; charset=utf-8", LONG_TOKEN_PAGE)
        elif self.path == "/drip-headers":  # every wait is short, the headers never end
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for byte in b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n" * 10:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(1)
        elif self.path == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        elif self.path == "/app-shell":  # a page whose text only a script would write
            self._send(200, "text/html", b"<html><body><div id='app'></div><script>go()</script></body>")
        elif self.path == "/latin":
            self._send(200, "text/html; charset=windows-1252", LATIN_PAGE)
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, "text/html", DW_PAGE)
        elif self.path == "/trickle":  # every wait is short, the whole never ends
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                for _ in range(40):
                    self.wfile.write(b"<p>more</p>")
                    self.wfile.flush()
                    time.sleep(0.05)
        elif self.path == "/huge":  # no Content-Length: the size shows only while reading
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            chunk = b"<p>" + b"x" * 1_000_000 + b"</p>"
            for _ in range(MAX_ARTICLE_BYTES // len(chunk) + 2):
                self.wfile.write(chunk)
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status: int, kind: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):  # a client that gave up waiting, as the timeout test does
            self.wfile.write(body)

    def _redirect(self, to: str) -> None:
        self.send_response(301)
        self.send_header("Location", to)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from local_server(Site)


def capture(*args: str, allow_private: bool = True) -> tuple[int, str]:
    """``briefs capture`` with ``args``; the test site is on 127.0.0.1, so --allow-private by default."""
    result = CliRunner().invoke(main, ["capture", *(["--allow-private"] if allow_private else []), *args])
    return result.exit_code, result.output


def test_a_captured_page_is_stored_as_sent_with_a_draft_that_passes_check(site: str, project: Path) -> None:
    code, output = capture(f"{site}/old-address")
    stem = "2020-01-19-farmers-bring-5000-tractors-to-berlin-in-protest-at"  # whole words, at most 60
    assert code == 0, output
    assert output.startswith(f"wrote briefs/{stem}.html and briefs/{stem}.yaml: ")
    assert (project / "briefs" / f"{stem}.html").read_bytes() == DW_PAGE
    sidecar = (project / "briefs" / f"{stem}.yaml").read_text(encoding="utf-8")
    final = f"{site}/story"  # where the redirect ended, not the address given
    assert f'  url: "{final}"\n' in sidecar
    archive = re.search(r'\n  archive: "https://web\.archive\.org/web/(\d{14})/(.+)"\n', sidecar)
    assert archive is not None and archive.group(2) == final
    captured = re.search(r"# Captured by `briefs capture` on (\S+ \d\d:\d\d) UTC from (\S+)\n", sidecar)
    assert captured is not None and captured.group(2) == final
    assert archive.group(1)[:12] == captured.group(1).replace("-", "").replace(" ", "").replace(":", "")
    assert "  author: \"Ben Knight\"\n" in sidecar and "  published: 2020-01-19\n" in sidecar
    assert "\nomit:" not in sidecar  # the page furniture never reached the text, so nothing to omit
    check = CliRunner().invoke(main, ["check"])
    assert check.exit_code == 0, check.output


def test_a_stem_can_be_given_and_is_never_overwritten(site: str, project: Path) -> None:
    assert capture(f"{site}/story", "farm-protest")[0] == 0
    assert (project / "briefs" / "farm-protest.html").is_file()
    code, output = capture(f"{site}/story", "farm-protest")
    assert (code, output) == (1, "Error: briefs/farm-protest.html: already exists; briefs capture never "
                                 "overwrites (choose another STEM)\n")
    code, output = capture(f"{site}/story", "Farm Protest")
    assert (code, output) == (1, "Error: 'Farm Protest' cannot be a page address; use lowercase letters, "
                                 "digits and hyphens, e.g. 2024-03-12-dock-strike\n")


def test_an_encoding_named_only_by_the_server_is_kept_by_storing_utf8(site: str, project: Path) -> None:
    assert capture(f"{site}/latin", "cafe")[0] == 0
    stored = (project / "briefs" / "cafe.html").read_bytes()
    assert stored.startswith(b'<meta charset="utf-8">\n')
    assert stored.decode("utf-8").endswith(LATIN_PAGE.decode("cp1252"))
    text = CliRunner().invoke(main, ["text", "briefs/cafe.html"]).output
    assert text == ("Café owners protest\n\n“We cannot pay the new rent,” said Renée Marchal, who runs a "
                    "café on the square.\n")


@pytest.mark.parametrize(("path", "args", "message"), [
    ("/gone", (), "{url}: the server answered HTTP 404 Not Found; check the address"),
    ("/loop", (), "{site}/loop: too many redirects or a redirect loop (HTTP 301)"),
    ("/report.pdf", (), "{url}: not an HTML page (Content-Type: application/pdf); briefs capture reads web "
                        "pages only; save other documents as text by hand"),
    ("/huge", (), "{url}: the page is larger than 20,000,000 bytes; save the article's text by hand"),
    ("/slow", ("--timeout", "0.3"), "{url}: the server did not answer within 0.3 s; try again later, or "
                                    "raise --timeout"),
    ("/trickle", ("--timeout", "1"), "{url}: the download did not finish within 1 s; try again later, or "
                                     "raise --timeout"),
    ("/app-shell", (), "{url}: the page shows no text; save the article's own page, or paste its text into "
                       "a .txt file"),
])
def test_each_failed_download_is_one_clear_line_and_writes_nothing(
        site: str, project: Path, path: str, args: tuple[str, ...], message: str) -> None:
    url = f"{site}{path}"
    code, output = capture(*args, url)
    assert (code, output) == (1, f"Error: {message.format(url=url, site=site)}\n")
    assert list((project / "briefs").iterdir()) == []


def test_a_refused_connection_and_a_bad_address_are_one_clear_line(project: Path) -> None:
    with socket.socket() as unused:
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    url = f"http://127.0.0.1:{port}/story"
    assert capture(url) == (1, f"Error: {url}: the host '127.0.0.1' refused the connection; check the "
                               "address and port\n")
    assert capture("ftp://example.org/x") == (1, "Error: ftp://example.org/x: not a web address; give one "
                                                 "that starts with http:// or https://\n")


def test_a_host_that_does_not_resolve_is_named() -> None:
    # Resolving a real name would ask a DNS server; the error the resolver raises is built here instead.
    failure = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    assert _unreachable("https://news.invalid/a", failure, 20) == (
        "https://news.invalid/a: cannot find the host 'news.invalid' (DNS lookup failed); check the address")


def test_headers_sent_a_byte_a_second_end_within_the_timeout_with_the_right_reason(
        site: str, project: Path) -> None:
    url = f"{site}/drip-headers"
    started = time.monotonic()
    code, output = capture("--timeout", "2", url)
    assert time.monotonic() - started < 10
    assert (code, output) == (1, f"Error: {url}: the server did not answer within 2 s; try again later, or "
                                 "raise --timeout\n")
    assert list((project / "briefs").iterdir()) == []


@pytest.mark.parametrize("host", ["127.0.0.1", "127.1", "2130706433", "0x7f000001", "localhost"])
def test_a_private_address_is_refused_in_any_spelling_unless_allowed(site: str, project: Path,
                                                                     host: str) -> None:
    url = site.replace("127.0.0.1", host) + "/story"
    code, output = capture(url, allow_private=False)
    assert code == 1
    assert re.fullmatch(rf"Error: {re.escape(url)}: the host '{host}' is a private or local address "
                        r"\((127\.0\.0\.1|::1)\); briefs capture reaches only public addresses; pass "
                        r"--allow-private to capture from a newsroom intranet or a local server\n", output)
    assert list((project / "briefs").iterdir()) == []
    assert capture(url, "strike")[0] == 0  # with --allow-private


@pytest.mark.parametrize("path", ["/to-ftp", "/to-file"])
def test_a_redirect_to_another_scheme_is_refused_even_when_private_addresses_are_allowed(
        site: str, project: Path, path: str) -> None:
    target = {"/to-ftp": "ftp://example.org/story", "/to-file": "file:///etc/passwd"}[path]
    assert capture(f"{site}{path}") == (1, f"Error: {site}{path}: redirected to {target}, which is not a web "
                                           "address; briefs capture follows only http:// and https:// "
                                           "redirects\n")
    assert list((project / "briefs").iterdir()) == []


@pytest.mark.parametrize("target", ["http://127.0.0.1:8080/admin", "http://[::1]/", "http://10.0.0.5/",
                                    "http://169.254.169.254/latest/meta-data/", "http://0x7f000001/",
                                    "http://192.168.1.1/", "http://[::ffff:127.0.0.1]/"])
def test_a_public_page_that_redirects_to_a_private_address_is_refused(target: str) -> None:
    with pytest.raises(DownloadError) as refused:
        checked_hop("https://news.example.org/story", target, allow_private=False)
    assert str(refused.value).startswith(f"https://news.example.org/story: redirected to {target}: the host ")
    assert " is a private or local address (" in str(refused.value)
    assert checked_hop("https://news.example.org/story", target, allow_private=True).url == target


def test_a_redirect_to_a_public_address_goes_to_the_address_checked() -> None:
    hop = checked_hop("https://news.example.org/story", "https://93.184.216.34/story", allow_private=False)
    assert hop.addresses == (("93.184.216.34", 443),)


@pytest.mark.parametrize("path", ["/long-title", "/long-token"])
def test_a_page_with_a_megabyte_title_or_token_is_captured_and_drafted_in_seconds(
        site: str, project: Path, path: str) -> None:
    started = time.monotonic()
    code, output = capture(f"{site}{path}", "strike")
    assert time.monotonic() - started < 10
    assert code == 0, output
    assert "\n  - by: maria-lopez\n" in (project / "briefs" / "strike.yaml").read_text(encoding="utf-8")


def test_a_secure_server_that_never_completes_its_handshake_is_cut_at_the_timeout(project: Path) -> None:
    with socket.socket() as silent:  # accepts the connection, then says nothing
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"https://127.0.0.1:{silent.getsockname()[1]}/story"
        started = time.monotonic()
        code, output = capture("--timeout", "1", url)
    assert time.monotonic() - started < 10
    assert (code, output) == (1, f"Error: {url}: the server did not answer within 1 s; try again later, or "
                                 "raise --timeout\n")


def test_an_address_with_letters_outside_ascii_is_asked_for_as_a_browser_would(site: str,
                                                                              project: Path) -> None:
    assert capture(f"{site}/café?q=thé", "cafe")[0] == 0
    assert (project / "briefs" / "cafe.html").read_bytes() == DW_PAGE
