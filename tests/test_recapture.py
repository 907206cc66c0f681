"""`briefs recapture` fetches a brief's article again from a local server and tells what changed.

The outlet serves the article, then a changed version (a quoted passage moved to another
paragraph, a quoted word changed, a paragraph removed), then nothing (404), then a subscription
page; each case is reported as it is, the moved passage is carried over by itself, the changed and
gone ones are left to an author at their lines, and the built page tells readers.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup
from click.testing import CliRunner

from generator.cli import main
from tests.conftest import QuietHandler, local_server, make_project, run_mkdocs_build

HEAD = "<html><head><title>Port talks collapse</title></head><body><article><h1>Port talks collapse</h1>"
SAME = "<p>“We will not go back until the pay is fair,” said Maria Lopez, who leads the dockers’ union.</p>"
TALKS = "<p>The port authority said talks would resume on {day} with a mediator from the ministry.</p>"
VESSELS = "<p>Shipping lines have diverted twelve vessels to Rotterdam since the strike began last week.</p>"
BACKING = "<p>Lopez added that the union had “no intention of backing down” before the summer holidays.</p>"
COMMENT = "<p>A spokesman for the ministry declined to comment further on the dispute.</p>"
MOVED = ("<p>Speaking outside the gates on Friday evening, Lopez said the union had “no intention of "
         "backing down” at all.</p>")
FIRST = HEAD + SAME + TALKS.format(day="Monday") + VESSELS + BACKING + COMMENT + "</article></body></html>"
SECOND = HEAD + SAME + TALKS.format(day="Thursday") + COMMENT + MOVED + "</article></body></html>"
PAYWALL = ("<html><head><title>Subscribe</title></head><body><article><h1>Port talks collapse</h1>"
           "<p>Subscribe to continue reading this article and all our reporting.</p></article></body></html>")

SIDECAR = """\
# Reviewed by the desk on 1 March; keep the quotes as the article had them.
summary: The dockers' union and the port authority disagree about the talks.
source:
  outlet: Harbour Gazette   # the local daily
  published: 2024-03-01
  url: "{url}"
reviewed: 2024-03-02
claims:
  - by: maria-lopez
    quote: "We will not go back until the pay is fair"
    claim: The strike goes on until pay is fair.
  - by: maria-lopez
    quote: "no intention of backing down"   # her words in the fourth paragraph
    claim: The union will not back down.
  - by: port-authority
    quote: "talks would resume on Monday"
    claim: Talks resume on Monday.
notes:
  - kind: context
    anchor: "diverted twelve vessels to Rotterdam"
    text: The diversions are confirmed by the shipping lines' own notices.
actors:
  maria-lopez: {{name: Maria Lopez, kind: person}}
  port-authority: {{name: Port Authority, kind: organization}}
"""


class Outlet(QuietHandler):
    """The outlet: serves whichever version the test has set."""

    page: bytes | None = FIRST.encode()

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        page = type(self).page
        status, body = (200, page) if page is not None else (404, b"<h1>Not found</h1>")
        self.answer(status, body)


@pytest.fixture(scope="module")
def outlet() -> Iterator[str]:
    yield from local_server(Outlet)


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, outlet: str) -> Path:
    folder = make_project(tmp_path / "project")
    (folder / "briefs" / "strike.html").write_text(FIRST, encoding="utf-8")
    (folder / "briefs" / "strike.yaml").write_text(SIDECAR.format(url=f"{outlet}/strike"), encoding="utf-8")
    monkeypatch.chdir(folder)
    Outlet.page = FIRST.encode()
    return folder


def recapture(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["recapture", "--allow-private", "--delay", "0", *args])
    return result.exit_code, result.output


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith(start))


def test_an_unchanged_article_records_the_day_and_keeps_the_sidecars_comments(project: Path) -> None:
    code, output = recapture("strike")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    assert code == 0, output
    assert output.startswith("briefs/strike.html: unchanged at ")
    sidecar = (project / "briefs" / "strike.yaml").read_text(encoding="utf-8")
    assert sidecar.startswith(SIDECAR.format(url=Outlet_url(project)))  # every line and comment as it was
    fingerprint = hashlib.sha256(FIRST.encode()).hexdigest()  # recorded for a brief captured without one
    assert sidecar.endswith(f"capture:\n  sha256: {fingerprint}\n  checked: {today}\n")
    assert CliRunner().invoke(main, ["check"]).exit_code == 0


def Outlet_url(project: Path) -> str:  # noqa: N802 (read back from the sidecar the fixture wrote)
    return str(yaml.safe_load((project / "briefs" / "strike.yaml").read_text())["source"]["url"])


def test_a_changed_article_is_kept_beside_the_reviewed_one_and_each_passage_reported(
        project: Path, tmp_path: Path) -> None:
    Outlet.page = SECOND.encode()
    code, output = recapture("strike")
    today = dt.datetime.now(dt.UTC).date().isoformat()
    briefs = project / "briefs"
    assert code == 1, output  # a passage changed and one went: an author decides
    later = briefs / f"strike.{today}.html"
    assert later.read_bytes() == SECOND.encode()
    assert (briefs / "strike.html").read_text(encoding="utf-8") == FIRST  # the reviewed capture stays
    assert (briefs / f"strike.{today}.warc.gz").is_file()
    report = (briefs / f"strike.{today}.changes.md").read_text(encoding="utf-8")
    assert "- removed: “Shipping lines have diverted twelve vessels" in report
    assert "removed “Monday”, added “Thursday”" in report

    text = (briefs / "strike.yaml").read_text(encoding="utf-8")
    lines = output.splitlines()
    assert lines[0].startswith(f"briefs/strike.html: changed at {Outlet_url(project)} on {today}; kept ")
    quote_line = [n for n, line in enumerate(text.splitlines(), 1) if "quote: " in line]
    anchor_line = line_of(text, "anchor: ")
    assert f"briefs/strike.yaml:{quote_line[0]}:12: claims[0].quote: same: “We will not go back until " \
           "the pay is fair”" in lines
    assert (f"briefs/strike.yaml:{quote_line[1]}:12: claims[1].quote: moved: “no intention of backing down” "
            "is now elsewhere in the article; carried over by itself") in lines
    assert (f"briefs/strike.yaml:{quote_line[2]}:12: claims[2].quote: changed: “talks would resume on "
            "Monday” is now “talks would resume on Thursday”; decide whether what the brief says of it still "
            "stands") in lines
    assert (f"briefs/strike.yaml:{anchor_line}:13: notes[0].anchor: gone: “diverted twelve vessels to "
            "Rotterdam” is no longer in the article; decide whether what the brief says of it still "
            "stands") in lines

    # The sidecar keeps every comment and every quote as the author wrote them.
    for original in SIDECAR.format(url=Outlet_url(project)).splitlines():
        assert original in text
    data = yaml.safe_load(text)
    assert [c["quote"] for c in data["claims"]] == [
        "We will not go back until the pay is fair", "no intention of backing down",
        "talks would resume on Monday"]
    version = data["capture"]["versions"][0]
    assert version["state"] == "changed" and version["file"] == later.name
    assert version["sha256"] == hashlib.sha256(SECOND.encode()).hexdigest()
    warc = (briefs / f"strike.{today}.warc.gz").read_bytes()
    assert version["warc"] == f"strike.{today}.warc.gz"
    assert version["warc_sha256"] == hashlib.sha256(warc).hexdigest()
    moved, changed, gone = version["passages"]
    assert moved == {"was": "no intention of backing down", "state": "moved",  # carried over: its new place
                     "prefix": " Lopez said the union had “", "suffix": "” at all."}
    assert changed == {"was": "talks would resume on Monday", "state": "changed",
                       "now": "talks would resume on Thursday"}
    assert gone == {"was": "diverted twelve vessels to Rotterdam", "state": "gone"}
    assert data["changes"][-1]["kind"] == "update"
    assert CliRunner().invoke(main, ["check"]).exit_code == 0, "the later capture is no brief of its own"

    site = tmp_path / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    page = BeautifulSoup((site / "briefs" / "strike" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    notice = page.select_one(".nb-capture-notice")
    assert notice is not None
    words = " ".join(notice.get_text(" ").split())
    assert f"The outlet changed this article on {dt.date.fromisoformat(today).day} " in words
    assert "“talks would resume on Monday” changed to “talks would resume on Thursday”" in words
    assert "“diverted twelve vessels to Rotterdam” is no longer in the article" in words
    assert "“no intention of backing down” moved to another place in the article" in words
    data_file = json.loads((site / "data" / "briefs" / "strike.json").read_text(encoding="utf-8"))
    assert data_file["capture"]["sha256"] == hashlib.sha256(FIRST.encode()).hexdigest()  # both versions'
    assert data_file["capture"]["versions"][0]["sha256"] == hashlib.sha256(SECOND.encode()).hexdigest()
    html = str(page)
    assert html.index("nb-capture-notice") < html.index('id="article"')  # at the top, before the article


def test_a_removed_article_is_a_finding_recorded_as_such(project: Path) -> None:
    Outlet.page = None
    code, output = recapture("strike")
    assert code == 1
    assert output.startswith(f"briefs/strike.html: removed by the outlet: {Outlet_url(project)}: the server "
                             "answered HTTP 404 Not Found")
    data = yaml.safe_load((project / "briefs" / "strike.yaml").read_text(encoding="utf-8"))
    assert data["capture"]["versions"][0]["state"] == "removed"
    assert "removed the article" in data["changes"][-1]["text"]


def test_a_subscription_page_is_refused_and_nothing_is_recorded(project: Path) -> None:
    before = sorted(p.name for p in (project / "briefs").iterdir())
    sidecar = (project / "briefs" / "strike.yaml").read_bytes()
    Outlet.page = PAYWALL.encode()
    code, output = recapture("strike")
    assert code == 1
    assert output == (f"briefs/strike.html: not compared: {Outlet_url(project)}: the page fetched looks like "
                      "a subscription or consent page, not the article (it is much shorter and mentions "
                      "\"subscribe\"); nothing recorded; try again later, or save the page from a browser "
                      "that can read it\n")
    assert sorted(p.name for p in (project / "briefs").iterdir()) == before
    assert (project / "briefs" / "strike.yaml").read_bytes() == sidecar


def test_recapture_needs_briefs_to_fetch_and_names_an_unknown_one(project: Path) -> None:
    assert recapture() == (1, "Error: name the briefs to fetch again (their STEMs), or pass --all\n")
    assert recapture("nope") == (1, "Error: briefs/nope: no such brief (an article and a sidecar named "
                                    "nope); check the name\n")


OTHER = ("<html><head><title>Council approves new cycle lanes</title></head><body><article>"
         "<h1>Council approves new cycle lanes</h1><p>The city council voted by a wide margin to build "
         "forty kilometres of protected cycle lanes over the next three years, starting in the old "
         "town.</p><p>Shopkeepers on the main square had asked for deliveries to be allowed before ten "
         "in the morning, and the plan now allows them.</p></article></body></html>")


def test_another_article_at_the_address_is_reported_as_replaced(project: Path) -> None:
    Outlet.page = OTHER.encode()
    code, output = recapture("strike")
    assert code == 1
    assert output.startswith("briefs/strike.html: replaced at ")
    data = yaml.safe_load((project / "briefs" / "strike.yaml").read_text(encoding="utf-8"))
    assert data["capture"]["versions"][0]["state"] == "replaced"
    assert {p["state"] for p in data["capture"]["versions"][0]["passages"]} == {"gone"}


def test_all_fetches_one_at_a_time_a_delay_apart_and_no_more_than_the_cap(project: Path, outlet: str) -> None:
    briefs = project / "briefs"
    for stem in ("strike-b", "strike-c"):
        (briefs / f"{stem}.html").write_text(FIRST, encoding="utf-8")
        (briefs / f"{stem}.yaml").write_text(SIDECAR.format(url=f"{outlet}/{stem}"), encoding="utf-8")
    started = time.monotonic()
    result = CliRunner().invoke(main, ["recapture", "--allow-private", "--all", "--delay", "0.4",
                                       "--max", "2"])
    assert result.exit_code == 0, result.output
    assert time.monotonic() - started >= 0.4  # the second request to the host waited
    assert result.output.count(": unchanged at ") == 2
    assert "1 brief(s) left for the next run (--max 2)" in result.output
    checked = ["checked" in (briefs / f"{s}.yaml").read_text() for s in ("strike", "strike-b", "strike-c")]
    assert checked == [True, True, False]


def test_lines_the_brief_omits_are_no_change_of_the_article(project: Path) -> None:
    sidecar = project / "briefs" / "strike.yaml"
    sidecar.write_text(sidecar.read_text(encoding="utf-8") + 'omit:\n  - {pattern: "^Most read today"}\n',
                       encoding="utf-8")
    Outlet.page = FIRST.replace("</article>", "<p>Most read today: the harbour's new ferry timetable.</p>"
                                "</article>").encode()
    code, output = recapture("strike")
    assert (code, output.split(" at ")[0]) == (0, "briefs/strike.html: unchanged"), output


def test_a_brief_with_problems_is_not_fetched_again(project: Path) -> None:
    (project / "briefs" / "strike.yaml").write_bytes(b"summary: \xff\n")
    assert recapture("strike") == (1, "briefs/strike.yaml: not fetched again: the brief has problems; run "
                                      "`briefs check`\n")
