"""`briefs capture` stores text as text: a wrong charset in the headers and control characters are told."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from generator.reading.control import CONTROL
from tests.conftest import local_server

STORY = ("<html><head><title>Café owners protest</title></head><body><article><h1>Café owners protest</h1>"
         "<p>“We cannot pay the new rent,” said Renée Marchal, who runs a café on the square where the "
         "market stood for a hundred years.</p>\n<p>The council said the rent follows the law, and that "
         "owners may appeal within thirty days of the notice.</p></article></body></html>\n")
PAGES = {
    # A UTF-8 page whose server says ISO-8859-1: read as the header says, every accent is mojibake.
    "/mislabelled": ("text/html; charset=iso-8859-1", STORY.encode("utf-8")),
    # A UTF-8 page whose own <meta> says windows-1252 (a template's), sent without a charset.
    "/wrong-meta": ("text/html", STORY.replace("<head>", '<head><meta charset="windows-1252">')
                    .replace("Renée", "Renée Ávila").encode("utf-8")),
    # An escape sequence and a vertical tab in the text a server sent.
    "/escapes": ("text/html; charset=utf-8",
                 STORY.replace("said Renée", "said \x1b[2JRenée\x0b").encode("utf-8")),
}


class Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        kind, body = PAGES[self.path]
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from local_server(Site)


def capture(url: str) -> tuple[int, list[str]]:
    result = CliRunner().invoke(main, ["capture", "--allow-private", url, "cafe-owners"])
    return result.exit_code, result.output.splitlines()


def test_a_utf8_page_the_server_calls_latin1_is_stored_as_utf8_with_a_warning(
        site: str, project: Path) -> None:
    code, output = capture(f"{site}/mislabelled")
    assert code == 0, output
    assert output[0] == (f"warning: {site}/mislabelled: the server declared charset=iso-8859-1, but the "
                         "page is valid UTF-8 that reads differently as iso-8859-1; stored as UTF-8 "
                         "(check the text with `briefs text`)")
    assert (project / "briefs" / "cafe-owners.html").read_bytes() == STORY.encode("utf-8")
    text = CliRunner().invoke(main, ["text", "briefs/cafe-owners.html"]).output
    assert "“We cannot pay the new rent,” said Renée Marchal" in text and "Ã" not in text


def test_control_characters_a_server_sends_are_removed_from_the_capture_with_their_place(
        site: str, project: Path) -> None:
    code, output = capture(f"{site}/escapes")
    assert code == 0, output
    line, col = 1, STORY.index("Renée") + 1  # the escape stands where the name began; no \n before it
    assert output[0] == (f"warning: {site}/escapes: removed 2 control character(s) from the page, the "
                         f"first, U+001B (escape), at line {line}, column {col}: they show readers nothing")
    stored = (project / "briefs" / "cafe-owners.html").read_text(encoding="utf-8")
    assert not CONTROL.search(stored)
    assert stored == STORY.replace("said Renée", "said [2JRenée")


def test_a_page_whose_meta_charset_is_wrong_is_captured_as_sent_with_the_readers_warning(
        site: str, project: Path) -> None:
    # Before: the capture was refused whole, with a hint to re-save as UTF-8 a page that was UTF-8.
    code, output = capture(f"{site}/wrong-meta")
    assert code == 0, output
    assert output[0] == (f"warning: {site}/wrong-meta: declares charset windows-1252, but its bytes are "
                         "UTF-8, which reads differently; read as UTF-8; check the text with `briefs text`")
    assert output[1].startswith("wrote briefs/cafe-owners.html and briefs/cafe-owners.yaml")
    assert (project / "briefs" / "cafe-owners.html").read_bytes() == PAGES["/wrong-meta"][1]
