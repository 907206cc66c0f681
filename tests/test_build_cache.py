"""A build that takes pages from the render cache writes the same site, byte for byte,
as a build without it: after no change, and after a new brief joins the archive."""

from __future__ import annotations

import gzip
import re
import shutil
from pathlib import Path

from benchmarks.synth import write_briefs
from tests.conftest import make_project, run_mkdocs_build

CACHES = [Path(".cache") / "briefs" / part for part in ("render", "search")]


def site_files(site: Path) -> dict[str, bytes]:
    """Every file of a built site; the gzipped sitemap by its content (gzip stamps the time)."""
    files = {}
    for file in sorted(p for p in site.rglob("*") if p.is_file()):
        data = file.read_bytes()
        files[str(file.relative_to(site))] = gzip.decompress(data) if file.suffix == ".gz" else data
    return files


def build(project: Path, site: Path) -> str:
    result = run_mkdocs_build(project, site)
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_a_cached_build_and_an_incremental_one_equal_builds_without_the_cache(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(6, project / "briefs")
    first = build(project, tmp_path / "first")
    assert "briefs: render cache: 0 page(s) and the search entries of 0 page(s) reused\n" in first
    again = build(project, tmp_path / "again")
    reused = re.search(r"render cache: (\d+) page\(s\) and the search entries of (\d+) page\(s\) reused",
                       again)
    assert reused and int(reused.group(1)) > 6 and int(reused.group(2)) > 6
    assert site_files(tmp_path / "again") == site_files(tmp_path / "first")
    # One more brief: its page, the listings and its actors' pages change; the rest is reused.
    for suffix in (".txt", ".yaml"):
        text = (project / "briefs" / f"brief-00002{suffix}").read_text(encoding="utf-8")
        (project / "briefs" / f"late-brief{suffix}").write_text(
            text.replace("Synthetic brief 2 ", "A late brief "), encoding="utf-8")
    build(project, tmp_path / "incremental")
    for cache in CACHES:
        shutil.rmtree(project / cache)
    build(project, tmp_path / "full")
    incremental, full = site_files(tmp_path / "incremental"), site_files(tmp_path / "full")
    assert "briefs/late-brief/index.html" in full
    assert incremental == full


def test_a_damaged_cache_entry_is_converted_again(tmp_path: Path) -> None:
    project = make_project(tmp_path / "project")
    write_briefs(2, project / "briefs")
    build(project, tmp_path / "first")
    for entry in [e for cache in CACHES for e in (project / cache).iterdir()]:
        entry.write_bytes(b"damaged")
    build(project, tmp_path / "again")
    assert site_files(tmp_path / "again") == site_files(tmp_path / "first")
