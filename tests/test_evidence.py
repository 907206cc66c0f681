"""`briefs capture` keeps the HTTP exchange as a WARC file and the fingerprints in the sidecar;
`briefs check` tells, at the sidecar's line, when the article file was edited by hand."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from generator.cli import main
from tests.conftest import QuietHandler, local_server

PAGE = ("<html><head><title>Dock strike enters second week</title></head><body><article>"
        "<h1>Dock strike enters second week</h1>"
        "<p>“We will not go back until the pay is fair,” said Maria Lopez, who leads the union.</p>"
        "<p>The port authority said talks would resume on Monday with a mediator from the ministry.</p>"
        "</article></body></html>").encode()


class Outlet(QuietHandler):
    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        self.answer(200, PAGE, X_Outlet="marker-header")


@pytest.fixture(scope="module")
def outlet() -> Iterator[str]:
    yield from local_server(Outlet)


def test_the_warc_a_capture_writes_reads_back_and_its_digest_matches_the_article(
        outlet: str, project: Path) -> None:
    result = CliRunner().invoke(main, ["capture", "--allow-private", f"{outlet}/strike", "strike"])
    assert result.exit_code == 0, result.output
    briefs = project / "briefs"
    article = (briefs / "strike.html").read_bytes()
    sidecar = yaml.safe_load((briefs / "strike.yaml").read_text(encoding="utf-8"))
    assert sidecar["capture"]["warc"] == "strike.warc.gz"
    warc = (briefs / "strike.warc.gz").read_bytes()
    assert sidecar["capture"]["sha256"] == hashlib.sha256(article).hexdigest()
    assert sidecar["capture"]["warc_sha256"] == hashlib.sha256(warc).hexdigest()
    with (briefs / "strike.warc.gz").open("rb") as stream:
        records = {r.rec_type: (r, r.content_stream().read()) for r in ArchiveIterator(stream)}
    response, body = records["response"]
    assert body == article
    digest = base64.b32encode(hashlib.sha256(body).digest()).decode()
    assert response.rec_headers.get_header("WARC-Payload-Digest") == f"sha256:{digest}"
    assert response.rec_headers.get_header("WARC-Target-URI") == f"{outlet}/strike"
    assert response.http_headers.get_statuscode() == "200"
    assert response.http_headers.get_header("X-Outlet") == "marker-header"
    request, _ = records["request"]
    assert request.http_headers.protocol == "GET"
    assert CliRunner().invoke(main, ["check"]).exit_code == 0


def test_an_article_edited_by_hand_after_capture_is_told_at_the_sidecars_line(
        outlet: str, project: Path) -> None:
    captured = CliRunner().invoke(main, ["capture", "--allow-private", f"{outlet}/strike", "strike"])
    assert captured.exit_code == 0, captured.output
    briefs = project / "briefs"
    article = briefs / "strike.html"
    article.write_bytes(article.read_bytes().replace(b"on Monday", b"on Tuesday"))
    line = next(n for n, text in enumerate((briefs / "strike.yaml").read_text().splitlines(), 1)
                if text.startswith("  sha256: "))
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 1
    found = hashlib.sha256(article.read_bytes()).hexdigest()
    assert result.output.startswith(
        f"briefs/strike.yaml:{line}:11: capture.sha256: briefs/strike.html is not the page that was captured "
        f"(its SHA-256 is {found[:12]}…): it was edited by hand after capture; put the captured page back")


class Archive(QuietHandler):
    """Stands in for Save Page Now: /save/<address> redirects to its copy, unless told to fail."""

    confirm = True

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path.startswith("/save/") and type(self).confirm:
            self.answer(302, b"", Location=f"/web/20261204120000/{self.path[len('/save/'):]}")
            return
        body = b"<html><body><p>Saved.</p></body></html>" if self.path.startswith("/web/") else \
            b"<html><body><p>Sorry, we could not save that page right now.</p></body></html>"
        self.answer(200, body, "text/html")


@pytest.fixture(scope="module")
def archive() -> Iterator[str]:
    yield from local_server(Archive)


def test_an_archive_address_is_recorded_only_when_the_archive_confirms_the_copy(
        outlet: str, archive: str, project: Path) -> None:
    Archive.confirm = True
    args = ["capture", "--allow-private", "--archive", "--archive-service", f"{archive}/save/"]
    result = CliRunner().invoke(main, [*args, f"{outlet}/strike", "kept"])
    assert result.exit_code == 0, result.output
    sidecar = yaml.safe_load((project / "briefs" / "kept.yaml").read_text(encoding="utf-8"))
    assert sidecar["source"]["archive"] == f"{archive}/web/20261204120000/{outlet}/strike"

    Archive.confirm = False
    result = CliRunner().invoke(main, [*args, f"{outlet}/strike", "unconfirmed"])
    assert result.exit_code == 0, result.output
    assert (f"warning: {archive}/save/: the archive answered without confirming a copy of {outlet}/strike; "
            "no archive address recorded") in result.output
    sidecar = yaml.safe_load((project / "briefs" / "unconfirmed.yaml").read_text(encoding="utf-8"))
    assert "archive" not in sidecar["source"]
