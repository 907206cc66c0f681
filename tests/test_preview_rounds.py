"""A dirty preview shows the edited brief first (a quick round), then settles into the same
pages a fresh preview serves; a broken brief is shown as a banner listing its problems."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.synth import write_briefs
from tests.conftest import make_project
from tests.test_serve import Preview

COUNT = 8
EDITED = "brief-00003"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    folder = make_project(tmp_path / "project")
    write_briefs(COUNT, folder / "briefs")
    return folder


@pytest.fixture
def preview(project: Path) -> Iterator[Preview]:
    server = Preview(project, "--dirty")
    server.wait_for(lambda: "Synthetic brief 3 " in server.get(f"briefs/{EDITED}/"))
    yield server
    server.process.terminate()
    server.process.wait(timeout=10)


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def settled(preview: Preview) -> None:
    """Wait until the full round that follows the last quick round has been served."""
    def done() -> bool:
        out = list(preview.output)
        quick = max(i for i, line in enumerate(out) if "quick round" in line)
        full = [i for i, line in enumerate(out) if i > quick and "generated file(s) changed" in line]
        return bool(full) and any("Reloading browsers" in line for line in out[full[0]:])
    preview.wait_for(done)


TAG_LINK = re.compile(r'<a href="[./]*tags/#tag:[^"]*" class="md-tag">([^<]*)</a>')
# The link of each line of a brief's claims at a glance to the claim's own page.
CLAIM_PAGE_LINK = re.compile(r'<li class="nb-glance__item[^"]*">.*?<p><a href="([a-z0-9-]+/)">')


def claim_pages(preview: Preview, brief: str) -> list[str]:
    """The addresses of a brief's claim pages, as its page links them."""
    return [f"{brief}{link}" for link in CLAIM_PAGE_LINK.findall(preview.get(brief))]


def pages(preview: Preview, project: Path) -> dict[str, str]:
    """Every brief page, claim page, embed card and oEmbed file, and the listings; the reload
    script and address differ between servers.

    Tag chips are compared as labels: a dirty rebuild does not read the tags page
    again, so Material links the chips of rebuilt pages only after a full build.
    """
    paths = ["", "actors/", "claims/", "timeline/"] + [
        f"briefs/{f.stem}/" for f in sorted((project / "briefs").glob("brief-*.yaml"))]
    paths += sorted({f"actors/{a}/" for a in re.findall(r"by: (actor-\d+)", "".join(
        f.read_text(encoding="utf-8") for f in (project / "briefs").glob("brief-*.yaml")))})
    claims = [claim for path in paths if path.startswith("briefs/") for claim in claim_pages(preview, path)]
    paths += claims + [f"{claim}{shared}" for claim in claims for shared in ("embed.html", "oembed.json")]
    return {path: TAG_LINK.sub(r'<span class="md-tag">\1</span>', re.sub(
        r"livereload\(\d+, ?\d+\)", "", preview.get(path))).replace(
        f"127.0.0.1:{preview.port}", "127.0.0.1:PORT") for path in paths}


def test_the_edited_brief_shows_first_and_the_preview_settles_into_a_fresh_previews_pages(
        project: Path, preview: Preview) -> None:
    sidecar = project / "briefs" / f"{EDITED}.yaml"
    edit(sidecar, "Synthetic brief 3 ", "Edited brief 3 ")
    preview.wait_for(lambda: "Edited brief 3 " in preview.get(f"briefs/{EDITED}/"))
    assert any(f"quick round: {EDITED} shown" in line for line in preview.output)
    preview.wait_for(lambda: "Edited brief 3 " in preview.get(""))  # the home page follows
    # The registry renames an actor of the brief saved last: that brief is shown first again.
    actor = re.search(r"by: actor-(\d+)", sidecar.read_text(encoding="utf-8"))
    assert actor
    edit(project / "briefs" / "actors.yaml", f"Actor Name {int(actor.group(1)):04d}", "Renamed Actor")
    preview.wait_for(lambda: "Renamed Actor" in preview.get(f"briefs/{EDITED}/"))
    preview.wait_for(lambda: "Renamed Actor" in preview.get(f"actors/actor-{actor.group(1)}/"))
    # The brief's claim pages are its own files: the one of that actor's claim is made again too.
    claims = claim_pages(preview, f"briefs/{EDITED}/")
    assert len(claims) == 3
    preview.wait_for(lambda: any("Renamed Actor" in preview.get(claim) for claim in claims))
    preview.wait_for(lambda: any("Renamed Actor" in preview.get(f"{claim}embed.html") for claim in claims))
    settled(preview)
    served = pages(preview, project)
    assert "Edited brief 3 " in served[""]
    fresh = Preview(project, "--dirty")
    try:
        fresh.wait_for(lambda: "Edited brief 3 " in fresh.get(f"briefs/{EDITED}/"))
        assert pages(fresh, project) == served
    finally:
        fresh.process.terminate()
        fresh.process.wait(timeout=10)


def test_a_broken_brief_is_previewed_as_a_banner_naming_each_problem(project: Path,
                                                                   preview: Preview) -> None:
    sidecar = project / "briefs" / f"{EDITED}.yaml"
    edit(sidecar, "- by: actor-", "- by: nobody-")
    preview.wait_for(lambda: "This brief is not published" in preview.get(f"briefs/{EDITED}/"))
    banner = preview.get(f"briefs/{EDITED}/")
    assert re.search(r"briefs/brief-00003\.yaml:\d+:\d+: claims\[0\]\.by: unknown actor", banner)
    assert any("claims[0].by: unknown actor" in line for line in preview.output)
    assert "Synthetic brief 1 " in preview.get("briefs/brief-00001/")
    edit(sidecar, "- by: nobody-", "- by: actor-")
    preview.wait_for(lambda: "Synthetic brief 3 " in preview.get(f"briefs/{EDITED}/"))
    assert preview.process.poll() is None
    assert not any("Traceback" in line for line in preview.output)


def test_stored_pages_deleted_while_the_preview_runs_are_written_again(project: Path,
                                                                      preview: Preview) -> None:
    # An author empties the cache folder while previewing, then edits a page outside the briefs
    # folder: the full round that follows must serve every generated page and file as before.
    shutil.rmtree(project / ".cache" / "briefs" / "pages")
    page = project / "docs" / "tags.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nEdited while previewing.\n", encoding="utf-8")
    preview.wait_for(lambda: "Edited while previewing." in preview.get("tags/"))
    served = pages(preview, project)
    assert not any("Traceback" in line or "Error" in line for line in preview.output)
    fresh = Preview(project, "--dirty")
    try:
        fresh.wait_for(lambda: "Edited while previewing." in fresh.get("tags/"))
        assert pages(fresh, project) == served
    finally:
        fresh.process.terminate()
        fresh.process.wait(timeout=10)
