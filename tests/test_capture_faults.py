"""`briefs capture` when the disk fills or the connection breaks: one line, and no file half-written.

The page comes from a local server; the disk is a real small tmpfs (``mount -t tmpfs``; the tests
that need one are skipped, saying why, where it cannot be mounted).
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest
from click.testing import CliRunner

from generator.cli import main
from tests.cache_faults import fill, small_tmpfs
from tests.conftest import every_file, local_server

ARTICLES = Path(__file__).parent / "fixtures" / "articles"
PAGE = (ARTICLES / "dw-farmers-furniture.html").read_bytes()
TMPFS = 256 * 1024


class Site(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        if self.path == "/cut-chunks":  # one chunk of the page, then the connection drops
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            half = PAGE[:len(PAGE) // 2]
            self.wfile.write(b"%x\r\n%s\r\n" % (len(half), half))
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            if self.path == "/cut":  # half the page, then the connection drops
                self.wfile.write(PAGE[:len(PAGE) // 2])
                self.wfile.flush()
                self.connection.shutdown(socket.SHUT_RDWR)
                return
            self.wfile.write(PAGE)

    def log_message(self, *args: object) -> None:
        """Quiet."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    yield from local_server(Site)


def _capture(url: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["capture", "--allow-private", url, "farm-protest"])
    return result.exit_code, result.output


def test_a_disk_with_room_for_the_page_but_not_its_sidecar_keeps_neither(project: Path, site: str) -> None:
    briefs = project / "briefs"
    with small_tmpfs(briefs, TMPFS):
        # Room for the page's blocks, not for the sidecar's too: the second file is the one refused.
        fill(briefs, leave=len(PAGE) + 4096 - len(PAGE) % 4096)
        (briefs / "filler").rename(briefs / ".filler")
        code, output = _capture(f"{site}/story")
        assert code == 1
        assert "Traceback" not in output and output.count("\n") == 1, output
        assert output.startswith("Error: briefs/farm-protest.") and "the disk is full" in output, output
        assert every_file(briefs) == [".filler"]  # neither file, whole or cut, and no temporary file
        (briefs / ".filler").unlink()
        code, output = _capture(f"{site}/story")
        assert code == 0, output
        assert (briefs / "farm-protest.html").read_bytes() == PAGE
        assert every_file(briefs) == ["farm-protest.html", "farm-protest.warc.gz", "farm-protest.yaml"]


@pytest.mark.parametrize("path", ["/cut", "/cut-chunks"])
def test_a_connection_that_breaks_mid_page_is_one_line_and_writes_nothing(project: Path, site: str,
                                                                          path: str) -> None:
    code, output = _capture(f"{site}{path}")
    assert code == 1
    assert "Traceback" not in output and output.count("\n") == 1, output
    assert output.startswith(f"Error: {site}{path}: ") and "connection" in output, output
    assert every_file(project / "briefs") == []
