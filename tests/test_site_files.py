"""The share images, embed pages, oEmbed and JSON-LD files a build keeps between builds
(``.cache/briefs/files/``) and links into its site: the published site stays what a build without
caches writes, whatever is done to the site or to those kept copies between builds."""

from __future__ import annotations

import shutil
from pathlib import Path

from benchmarks.synth import write_briefs
from tests.cache_faults import site_difference, site_files, small_tmpfs
from tests.conftest import make_project, run_mkdocs_build

KEPT = Path(".cache") / "briefs" / "files"
SITE_DISK = 64 * 1024 * 1024  # bytes: the tmpfs a site on another file system is built on


def built(project: Path, site: Path | None = None) -> dict[str, bytes]:
    """Build ``project`` (by default into its own ``site/``) and read back every file it wrote."""
    site = site or project / "site"
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return site_files(site)


def project_of_three(folder: Path) -> Path:
    project = make_project(folder)
    write_briefs(3, project / "briefs")
    return project


def kept_copies(project: Path) -> list[Path]:
    copies = sorted(path for path in (project / KEPT).rglob("*") if path.is_file())
    assert copies, "the build kept no copy of its files"
    return copies


def test_a_site_edited_in_place_or_a_deleted_cache_does_not_change_the_next_site(tmp_path: Path) -> None:
    project = project_of_three(tmp_path / "project")
    reference = built(project)
    assert built(project) == reference  # the kept copies are linked in
    # A step after the build that rewrites the site's files where they are (a minifier, an editor)
    # also rewrites what they are linked to; the next build must not publish those bytes.
    for file in (project / "site").rglob("*"):
        if file.is_file():
            with file.open("r+b") as stream:
                stream.write(b"edited")
    assert not site_difference(reference, built(project))
    # Deleting the caches after a build leaves its site whole, ready to deploy.
    shutil.rmtree(project / ".cache")
    assert not site_difference(reference, site_files(project / "site"))


def test_kept_copies_replaced_by_symbolic_links_are_not_followed(tmp_path: Path) -> None:
    project = project_of_three(tmp_path / "project")
    reference = built(project)
    outside = tmp_path / "outside"
    outside.mkdir()
    planted = []
    for number, copy in enumerate(kept_copies(project)):
        target = outside / str(number)
        shutil.copy(copy, target)  # the same bytes the build expects, held somewhere else
        copy.unlink()
        copy.symlink_to(target)
        planted.append(target)
    built(project)
    for target in planted:  # what a link to these files would now publish
        target.write_bytes(b"changed outside the project")
    difference = site_difference(reference, site_files(project / "site"))
    assert not difference, difference
    assert not any(path.is_symlink() for path in (project / "site").rglob("*"))


def test_a_site_on_another_file_system_is_written_whole(tmp_path: Path) -> None:
    project = project_of_three(tmp_path / "project")
    reference = built(project)
    elsewhere = tmp_path / "mounted-site"
    with small_tmpfs(elsewhere, SITE_DISK):
        first = built(project, elsewhere)
        assert not site_difference(reference, first)
        assert not site_difference(reference, built(project, elsewhere))


def test_pages_are_linked_to_kept_copies_and_only_an_empty_page_is_noted(tmp_path: Path) -> None:
    project = project_of_three(tmp_path / "project")
    # A hook that empties one page: the build must still say it skipped that page, and only that one.
    (project / "empty_hook.py").write_text(
        "def on_post_page(output, page, config):\n"
        "    return '' if page.file.src_uri == 'tags.md' else output\n", encoding="utf-8")
    with (project / "mkdocs.yml").open("a", encoding="utf-8") as config:
        config.write("\nhooks:\n  - empty_hook.py\n")
    for _ in range(2):  # the first build keeps the copies, the second links them again
        result = run_mkdocs_build(project, project / "site")
        assert result.returncode == 0, result.stderr
        noted = [line for line in result.stderr.splitlines() if "Page skipped" in line]
        assert len(noted) == 1 and "'tags.md'" in noted[0], noted
    pages = sorted((project / "site").rglob("index.html"))
    assert len(pages) > 10
    assert all(page.stat().st_nlink == 2 for page in pages), "a page was written, not linked"
    assert not (project / "site" / "tags").exists()
