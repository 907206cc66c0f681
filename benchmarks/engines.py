"""Build the same archive with MkDocs, ProperDocs and Zensical side by side; print a Markdown table.

    python benchmarks/engines.py [seed] [COUNT ...]        (default: seed 1000)

``seed`` is the test suite's seed fixture; a number is a synthetic archive of
that many briefs (benchmarks/synth.py). MkDocs and ProperDocs build the
project's mkdocs.yml with the briefs plugin; Zensical builds what
``briefs render --source-links`` writes, with the configuration it writes
(the render's time is counted in Zensical's and shown apart). For each build:
wall and CPU seconds, peak resident memory (of the engine and every process it waited
for), HTML pages, broken internal links (``briefs check-links``' checker, at
the site root), brief pages with JSON-LD in ``<head>`` and with the verdict
colours linked, and how the output differs from MkDocs'. Each build runs once
(the machine is shared); $BENCH_DIR picks the scratch folder.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.synth import write_project  # noqa: E402
from generator.publishing.link_check import check_site  # noqa: E402
from generator.publishing.site import VERDICT_CSS  # noqa: E402
from tests.conftest import SEED_BRIEFS, make_project  # noqa: E402

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
GENERATOR_TAG = re.compile(rb'<meta name="generator" content="[^"]*">')
HEAD_JSONLD = re.compile(rb'<script type="application/ld\+json">.*?</head>', re.S)
VERDICT_CSS_LINK = re.compile(rb'<link rel="stylesheet" href="[./]*%s">' % re.escape(VERDICT_CSS.encode()))


def timed(command: list[str | Path], cwd: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds and peak resident memory (KiB) of a command and what it waited for."""
    started = time.monotonic()
    process = subprocess.Popen([str(c) for c in command], cwd=cwd, env=ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        assert process.stderr is not None
        raise SystemExit(f"{' '.join(map(str, command))} failed in {cwd}: "
                         f"{process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def zensical_sources(project: Path) -> tuple[Path, tuple[float, float, int]]:
    """``briefs render --source-links`` and its configuration; the config file and its cost."""
    config = project / "zensical.yml"
    shutil.rmtree(project / "rendered", ignore_errors=True)
    cost = timed([BIN / "briefs", "render", "--source-links", "--config-out", config,
                  project / "rendered"], project)
    values = yaml.safe_load(config.read_text(encoding="utf-8"))
    values["site_dir"] = "site-zensical"
    config.write_text(yaml.safe_dump(values, sort_keys=False), encoding="utf-8")
    return config, cost


def build_all(project: Path) -> dict[str, dict[str, Any]]:
    """Each engine's build of the project: its site folder, seconds and peak KiB."""
    builds: dict[str, dict[str, Any]] = {}
    for engine in ("mkdocs", "properdocs"):
        site = project / f"site-{engine}"
        seconds, cpu, memory = timed([BIN / engine, "build", "--strict", "-f", project / "mkdocs.yml",
                                      "-d", site], project)
        builds[engine] = {"site": site, "seconds": seconds, "cpu": cpu, "memory": memory}
    config, (render_seconds, render_cpu, render_memory) = zensical_sources(project)
    seconds, cpu, memory = timed([BIN / "zensical", "build", "--strict", "--clean", "-f", config],
                                 project)
    builds["zensical"] = {"site": project / "site-zensical", "seconds": render_seconds + seconds,
                          "cpu": render_cpu + cpu, "memory": max(memory, render_memory),
                          "parts": f"render {render_seconds:.1f} s / {render_memory / 1024:.0f} MB + "
                                   f"build {seconds:.1f} s / {memory / 1024:.0f} MB"}
    return builds


def html_pages(site: Path) -> dict[str, Path]:
    """The site's HTML pages by their site-relative path."""
    return {p.relative_to(site).as_posix(): p for p in site.rglob("*.html")}


def describe(site: Path, reference: Path) -> dict[str, Any]:
    """What a build published, and how it differs from the MkDocs build in ``reference``."""
    pages, expected = html_pages(site), html_pages(reference)
    briefs = [p for name, p in pages.items() if name.startswith("briefs/")]
    brief_bytes = [p.read_bytes() for p in briefs]
    same_bytes = sum(1 for name in pages.keys() & expected.keys()
                     if GENERATOR_TAG.sub(b"", pages[name].read_bytes())
                     == GENERATOR_TAG.sub(b"", expected[name].read_bytes()))
    files = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    reference_files = {p.relative_to(reference).as_posix() for p in reference.rglob("*") if p.is_file()}
    return {"pages": len(pages), "missing": len(expected.keys() - pages.keys()),
            "extra": len(pages.keys() - expected.keys()),
            "broken": len(check_site(site, "/")),
            "jsonld": sum(1 for b in brief_bytes if HEAD_JSONLD.search(b)),
            "colours": sum(1 for b in brief_bytes if VERDICT_CSS_LINK.search(b)), "briefs": len(briefs),
            "same_pages": same_bytes,
            "files_only_here": len(files - reference_files),
            "files_only_in_mkdocs": len(reference_files - files)}


def measure(name: str, project: Path) -> list[dict[str, Any]]:
    """One row per engine for the project."""
    builds = build_all(project)
    reference = builds["mkdocs"]["site"]
    rows = []
    for engine, build in builds.items():
        rows.append({"archive": name, "engine": engine, "version": version(engine),
                     **build, **describe(build["site"], reference)})
    return rows


def table(rows: list[dict[str, Any]]) -> str:
    """The rows as a Markdown table."""
    lines = ["| archive | engine | version | build s | CPU s | peak MB | pages | missing/extra vs MkDocs "
             "| broken links | brief pages with JSON-LD in head / verdict colours | pages identical to "
             "MkDocs' (generator tag aside) | files only here / only in MkDocs' |",
             "|---|---|---|---:|---:|---:|---:|---|---:|---|---:|---|"]
    for r in rows:
        seconds = f"{r['seconds']:.1f}" + (f" ({r['parts']})" if "parts" in r else "")
        lines.append(f"| {r['archive']} | {r['engine']} | {r['version']} | {seconds} | {r['cpu']:.1f} "
                     f"| {r['memory'] / 1024:.0f} | {r['pages']} | {r['missing']}/{r['extra']} "
                     f"| {r['broken']} | {r['jsonld']}/{r['briefs']} · {r['colours']}/{r['briefs']} "
                     f"| {r['same_pages']} | {r['files_only_here']} / {r['files_only_in_mkdocs']} |")
    return "\n".join(lines)


def main() -> None:
    root = Path(os.environ.get("BENCH_DIR", "/tmp/newsbriefs-engines"))
    rows, loads = [], []
    for archive in sys.argv[1:] or ["seed", "1000"]:
        project = root / archive
        if archive == "seed":
            shutil.rmtree(project, ignore_errors=True)
            make_project(project, SEED_BRIEFS)
        else:
            write_project(int(archive), project)
        loads.append(f"{archive} {os.getloadavg()[0]:.1f}")
        rows.extend(measure("seed" if archive == "seed" else f"{int(archive):,} briefs", project))
        print(table(rows[-3:]), file=sys.stderr, flush=True)
    print(table(rows))
    print(f"\nLoad average (1 minute) before each archive: {', '.join(loads)}; {os.cpu_count()} cores.")


if __name__ == "__main__":
    main()
