"""Measure newsbriefs at several archive sizes and print a Markdown table.

    python benchmarks/run.py [COUNT ...]        (default: 100 1000 10000)

For each count it writes a synthetic project under $BENCH_DIR (default
/tmp/newsbriefs-bench), then measures: ``briefs check``; the full
``mkdocs build``; the same pages built by plain MkDocs from what
``briefs render`` writes (the floor for any MkDocs site); peak memory of the
build; site bytes per brief; the search index; the bytes a reader's first
search downloads, in headless Chromium; and the rebuild after one sidecar edit
under ``mkdocs serve``. Times are wall-clock seconds on this machine; compare
the ratios, which are measured in the same run.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.synth import write_project  # noqa: E402
from generator.publishing.site import VERDICT_CSS  # noqa: E402
from tests.conftest import use_pagefind  # noqa: E402

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
CHROMIUM = "/usr/bin/chromium"
REPEAT = int(os.environ.get("BENCH_REPEAT", "2"))
# Parts to leave out of a long run, e.g. BENCH_SKIP=serve,plain at 10,000 briefs.
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
NOT_RUN = float("nan")
SEARCH_PATIENCE_S = 120


def timed(command: list[str], cwd: Path) -> tuple[float, int]:
    """Wall time and peak resident memory (KiB) of a command."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}: {process.stderr.read().decode()[-2000:]}")
    return elapsed, usage.ru_maxrss


def plain_project(project: Path) -> Path:
    """The same site as plain MkDocs pages: ``briefs render`` output, no briefs plugin."""
    plain = project.parent / f"{project.name}-plain"
    shutil.rmtree(plain, ignore_errors=True)
    subprocess.run([BIN / "briefs", "render", str(plain / "docs")], cwd=project, env=ENV, check=True,
                   capture_output=True)
    for page in (project / "docs").iterdir():
        shutil.copy(page, plain / "docs" / page.name)
    shutil.copytree(project / "theme_overrides", plain / "theme_overrides")
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    config["plugins"] = [p for p in config["plugins"] if not (isinstance(p, dict) and "briefs" in p)]
    config["extra_css"] = [*config.get("extra_css", []), VERDICT_CSS]
    (plain / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return plain


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def first_search_bytes(site: Path, *, pagefind: bool = False) -> tuple[int, bool]:
    """Bytes a reader's browser downloads for its first search, and whether a result showed.

    The search starts on the home page (Material's search) or on the Search page (Pagefind).
    """
    from playwright.sync_api import TimeoutError as NoResult
    from playwright.sync_api import sync_playwright

    from tests.browser.conftest import CHROMIUM_ARGS, serve

    server = serve(site)
    url = next(server)
    sizes: list[int] = []
    found = True
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            page.goto(url + ("search/" if pagefind else ""))
            page.wait_for_load_state("networkidle")
            page.on("response", lambda r: sizes.append(len(r.body())))
            if pagefind:
                page.get_by_role("textbox").fill("Actor Name 0042")
            else:
                page.locator(".md-search__input").click()
                page.keyboard.type("Actor Name 0042", delay=20)
            result = ".pagefind-ui__result-link" if pagefind else ".md-search-result__item"
            try:
                page.wait_for_selector(result, timeout=SEARCH_PATIENCE_S * 1000)
                page.wait_for_load_state("networkidle")
            except NoResult:
                found = False
            browser.close()
    finally:
        server.close()
    if pagefind:
        return sum(sizes), found
    # Material fetches its index when the page loads, before the first keystroke.
    return max(sum(sizes), (site / "search" / "search_index.json").stat().st_size), found


def serve_rebuild(project: Path) -> float:
    """Seconds from a sidecar edit to the served page showing it, under ``mkdocs serve --dirty``."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([BIN / "mkdocs", "serve", "--dirty", "-a", f"127.0.0.1:{port}"], cwd=project,
                              env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    page = f"http://127.0.0.1:{port}/briefs/brief-00000/"
    try:
        wait_for(page, "Synthetic brief 0 ")
        sidecar = project / "briefs" / "brief-00000.yaml"
        text = sidecar.read_text(encoding="utf-8")
        started = time.monotonic()
        sidecar.write_text(text.replace("Synthetic brief 0 ", "Edited brief 0 "), encoding="utf-8")
        wait_for(page, "Edited brief 0 ")
        return time.monotonic() - started
    finally:
        server.terminate()
        server.wait()


def wait_for(url: str, text: str, limit: float = 3600) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(0.2)
    raise SystemExit(f"{url} never showed {text!r}")


def taking_turns(runs: dict[str, tuple[list[str], Path]]) -> dict[str, tuple[float, int]]:
    """Each command's fastest time and highest peak memory over REPEAT rounds of all of them.

    The commands take turns, so every one meets the same spells of a shared
    machine's speed and the ratios of their times stay fair when it drifts.
    """
    runs_of: dict[str, list[tuple[float, int]]] = {name: [] for name in runs}
    for _ in range(REPEAT):
        for name, (command, cwd) in runs.items():
            runs_of[name].append(timed(command, cwd))
    return {name: (min(t for t, _ in r), max(m for _, m in r)) for name, r in runs_of.items()}


def pagefind_project(project: Path) -> Path:
    """The same project with the Pagefind search option instead of Material's search."""
    target = project.parent / f"{project.name}-pagefind"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(project, target, ignore=shutil.ignore_patterns("site", ".cache"))
    return use_pagefind(target)


def measure(count: int, root: Path) -> dict[str, Any]:
    project = write_project(count, root / f"briefs-{count}")
    build = [str(BIN / "mkdocs"), "build", "-q"]
    runs = {"check": ([str(BIN / "briefs"), "check"], project), "build": (build, project)}
    if "plain" not in SKIP:
        runs["plain"] = (build, plain_project(project))
    times = taking_turns(runs)
    check, (build_time, memory) = times["check"][0], times["build"]
    floor = times["plain"][0] if "plain" in times else NOT_RUN
    site = project / "site"
    with_pagefind = pagefind_project(project)
    pagefind_build, _ = timed(build, with_pagefind)
    return {"count": count, "check": check, "build": build_time, "floor": floor, "memory_mb": memory / 1024,
            "bytes_per_brief": folder_bytes(site) / count,
            "search_mb": (site / "search" / "search_index.json").stat().st_size / 1e6,
            "first_search": first_search_bytes(site),
            "pagefind_build": pagefind_build,
            "pagefind_first_search": first_search_bytes(with_pagefind / "site", pagefind=True),
            "rebuild": NOT_RUN if "serve" in SKIP else serve_rebuild(project)}


def table(rows: list[dict[str, Any]]) -> str:
    head = ("| briefs | check s | build s | plain MkDocs s | build / plain | build / check | peak MB "
            "| KB per brief | search index MB | first search MB | Pagefind build s "
            "| Pagefind first search MB | serve --dirty rebuild s | rebuild / build |")
    lines = [head, "|" + "---|" * 14]
    for r in rows:
        cells = [f"{r['count']:,}", f"{r['check']:.1f}", f"{r['build']:.1f}", f"{r['floor']:.1f}",
                 f"{r['build'] / r['floor']:.2f}", f"{r['build'] / r['check']:.0f}", f"{r['memory_mb']:.0f}",
                 f"{r['bytes_per_brief'] / 1024:.1f}", f"{r['search_mb']:.1f}",
                 _search_cell(r["first_search"]),
                 f"{r['pagefind_build']:.1f}", _search_cell(r["pagefind_first_search"]),
                 f"{r['rebuild']:.1f}", f"{r['rebuild'] / r['build']:.2f}"]
        lines.append("| " + " | ".join(c.replace("nan", "not run") for c in cells) + " |")
    return "\n".join(lines)


def _search_cell(search: tuple[int, bool]) -> str:
    size, found = search
    return f"{size / 1e6:.2f}" + ("" if found else f" (no result in {SEARCH_PATIENCE_S} s)")


def main() -> None:
    counts = [int(a) for a in sys.argv[1:]] or [100, 1000, 10000]
    root = Path(os.environ.get("BENCH_DIR", "/tmp/newsbriefs-bench"))
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for count in counts:
        rows.append(measure(count, root))
        print(table(rows[-1:]).splitlines()[-1], file=sys.stderr, flush=True)
    print(table(rows))


if __name__ == "__main__":
    main()
