"""Measure newsbriefs at several archive sizes and print a Markdown table.

    python benchmarks/run.py [COUNT ...]        (default: 100 1000 10000)

For each count it writes a synthetic project under $BENCH_DIR (default
/tmp/newsbriefs-bench), then measures: ``briefs check`` without its cache
(cold) and with it after one sidecar edit (warm); the full ``mkdocs build``
with an empty render cache (cold), with the cache of the build before and no
change (warm), and after one new brief joins the archive (incremental); the
same pages built by plain MkDocs from what ``briefs render`` writes (the
floor for any MkDocs site); peak memory of the builds; site bytes per brief;
the search index; the bytes a reader's first search downloads, in headless
Chromium; and, under ``mkdocs serve --dirty``, the time from a sidecar edit
to the edited brief's page showing it and to the listing naming it showing it (the
preview settled). Times are wall-clock seconds on this machine; CPU seconds
(user + system of the process and its children) are printed beside the
check and build times, since other work on a shared machine stretches wall
time but not CPU time; compare the ratios, which are measured in the same run.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.synth import write_project  # noqa: E402
from generator.caching.folders import CORPUS_DIR, FILES_DIR, OUTPUT_DIR, RENDER_DIR, SEARCH_DIR  # noqa: E402
from generator.publishing.site import VERDICT_CSS  # noqa: E402
from generator.settings import Settings  # noqa: E402
from tests.conftest import use_pagefind  # noqa: E402

BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
CHROMIUM = "/usr/bin/chromium"
REPEAT = int(os.environ.get("BENCH_REPEAT", "2"))
# Parts to leave out of a long run, e.g. BENCH_SKIP=serve,plain,search at 10,000 briefs.
SKIP = set(filter(None, os.environ.get("BENCH_SKIP", "").split(",")))
NOT_RUN = float("nan")
SEARCH_PATIENCE_S = 120


@dataclass(frozen=True)
class Run:
    """One command's wall time, CPU time (s) and peak resident memory (KiB)."""

    wall: float
    cpu: float
    memory: int


def timed(command: list[str], cwd: Path) -> Run:
    """Wall time, CPU time and peak resident memory of a command."""
    started = time.monotonic()
    process = subprocess.Popen(command, cwd=cwd, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.monotonic() - started
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{' '.join(command)} failed in {cwd}: {process.stderr.read().decode()[-2000:]}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)


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


def serve_rebuild(project: Path, listing: str) -> tuple[float, float]:
    """Seconds from a sidecar edit to the served brief page showing it, and to the listing page
    that names the brief (``listing``) showing it too (the preview settled), under
    ``mkdocs serve --dirty``."""
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
        wait_for(page, "Edited brief 0 ", pause=0.05)
        shown = time.monotonic() - started
        wait_for(f"http://127.0.0.1:{port}/{listing}", "Edited brief 0 ", pause=0.05)
        return shown, time.monotonic() - started
    finally:
        server.terminate()
        server.wait()


def wait_for(url: str, text: str, limit: float = 3600, pause: float = 0.2) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if text in response.read().decode("utf-8"):
                    return
        except OSError:
            pass
        time.sleep(pause)
    raise SystemExit(f"{url} never showed {text!r}")


def taking_turns(runs: dict[str, tuple[list[str], Path]],
                 before: dict[str, Callable[[], None]] | None = None) -> dict[str, Run]:
    """Each command's fastest wall and CPU time and highest peak memory over REPEAT rounds.

    The commands take turns, so every one meets the same spells of a shared
    machine's speed and the ratios of their times stay fair when it drifts.
    ``before[name]()``, if given, runs untimed before each run of ``name``.
    """
    runs_of: dict[str, list[Run]] = {name: [] for name in runs}
    for _ in range(REPEAT):
        for name, (command, cwd) in runs.items():
            if before and name in before:
                before[name]()
            runs_of[name].append(timed(command, cwd))
    return {name: Run(min(r.wall for r in rs), min(r.cpu for r in rs), max(r.memory for r in rs))
            for name, rs in runs_of.items()}


def add_one_brief(project: Path) -> Callable[[], None]:
    """A new brief (a copy of the first under a new name), a different one each time it is called."""
    briefs = project / "briefs"
    added = iter(range(1_000_000))

    def add() -> None:
        stem = f"late-{next(added):03d}"
        for suffix in (".txt", ".yaml"):
            text = (briefs / f"brief-00000{suffix}").read_text(encoding="utf-8")
            (briefs / f"{stem}{suffix}").write_text(text.replace("Synthetic brief 0 ", f"Late brief {stem} "),
                                                    encoding="utf-8")
    return add


def forget_build_caches(project: Path) -> None:
    """Empty what a build keeps for the next one (not what ``briefs check`` keeps): a cold build."""
    for folder in (RENDER_DIR, SEARCH_DIR, OUTPUT_DIR, CORPUS_DIR, FILES_DIR):
        shutil.rmtree(project / folder, ignore_errors=True)


def one_process_config(project: Path) -> Path:
    """The project's mkdocs.yml with the second process switched off, beside it."""
    text = (project / "mkdocs.yml").read_text(encoding="utf-8")
    one = project / "mkdocs-one-process.yml"
    one.write_text(re.sub(r"^(\s*)briefs_dir: briefs$", r"\g<0>\n\g<1>second_process: false", text,
                          count=1, flags=re.MULTILINE), encoding="utf-8")
    return one


def edit_one_sidecar(project: Path) -> Callable[[], None]:
    """An edit to one sidecar, different each time it is called (for the warm check)."""
    sidecar = project / "briefs" / "brief-00001.yaml"
    edits = iter(range(1_000_000))

    def edit() -> None:
        text = sidecar.read_text(encoding="utf-8")
        edited = re.sub(r"Synthetic brief 1 (\(edit \d+\) )?", f"Synthetic brief 1 (edit {next(edits)}) ",
                        text, count=1)
        sidecar.write_text(edited, encoding="utf-8")
    return edit


def pagefind_project(project: Path) -> Path:
    """The same project with the Pagefind search option instead of Material's search."""
    target = project.parent / f"{project.name}-pagefind"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(project, target, ignore=shutil.ignore_patterns("site", ".cache"))
    return use_pagefind(target)


def measure(count: int, root: Path) -> dict[str, Any]:
    project = write_project(count, root / f"briefs-{count}")
    build = [str(BIN / "mkdocs"), "build", "-q"]
    check = [str(BIN / "briefs"), "check"]
    timed(check, project)  # fills the check cache
    one_process = one_process_config(project)
    runs = {"check": ([*check, "--no-cache"], project), "warm check": (check, project),
            "build": (build, project), "one process": ([*build, "-f", one_process.name], project)}
    if "plain" not in SKIP:
        runs["plain"] = (build, plain_project(project))
    runs |= {"warm build": (build, project), "incremental": (build, project)}
    times = taking_turns(runs, before={"warm check": edit_one_sidecar(project),
                                       "build": partial(forget_build_caches, project),
                                       "one process": partial(forget_build_caches, project),
                                       "incremental": add_one_brief(project)})
    plain = times.get("plain", Run(NOT_RUN, NOT_RUN, 0))
    site = project / "site"
    row = {"count": count, "check": times["check"], "warm": times["warm check"], "build": times["build"],
           "one process": times["one process"],
           "warm build": times["warm build"], "incremental": times["incremental"],
           "plain": plain, "bytes_per_brief": folder_bytes(site) / count,
           "search_mb": (site / "search" / "search_index.json").stat().st_size / 1e6,
           "first_search": (0, False), "pagefind_build": NOT_RUN, "pagefind_first_search": (0, False),
           "preview": (NOT_RUN, NOT_RUN) if "serve" in SKIP
           else serve_rebuild(project, _listing_of_first(count))}
    if "search" not in SKIP:
        with_pagefind = pagefind_project(project)
        row |= {"first_search": first_search_bytes(site), "pagefind_build": timed(build, with_pagefind).wall,
                "pagefind_first_search": first_search_bytes(with_pagefind / "site", pagefind=True)}
    return row


def _listing_of_first(count: int) -> str:
    """The listing that names brief 0, the oldest: the home page, or its month's page in a long archive."""
    return "" if count <= Settings().listing_size else "archive/2020-01/"


def table(rows: list[dict[str, Any]]) -> str:
    head = ("| briefs | check cold s (CPU) | check after one edit s (CPU) | build cold s (CPU) "
            "| build cold, one process s (CPU) "
            "| build warm s (CPU) | one new brief s (CPU) | plain MkDocs s (CPU) | cold / plain (CPU) "
            "| one process / plain (CPU) | warm / plain (CPU) | new brief / cold (CPU) "
            "| build peak MB cold, cold one process, warm | plain peak MB "
            "| preview: edited brief shown s | preview: settled s "
            "| KB per brief | search index MB | first search MB | Pagefind build s "
            "| Pagefind first search MB |")
    lines = [head, "|" + "---|" * 21]
    for r in rows:
        check, warm, build, plain = r["check"], r["warm"], r["build"], r["plain"]
        again, new = r["warm build"], r["incremental"]
        one = r["one process"]
        cells = [f"{r['count']:,}", _run_cell(check), _run_cell(warm), _run_cell(build), _run_cell(one),
                 _run_cell(again), _run_cell(new), _run_cell(plain), _ratio(build, plain), _ratio(one, plain),
                 _ratio(again, plain), _ratio(new, build),
                 f"{build.memory / 1024:.0f}, {one.memory / 1024:.0f}, {again.memory / 1024:.0f}",
                 f"{plain.memory / 1024:.0f}",
                 f"{r['preview'][0]:.1f}", f"{r['preview'][1]:.1f}",
                 f"{r['bytes_per_brief'] / 1024:.1f}", f"{r['search_mb']:.1f}",
                 _search_cell(r["first_search"]),
                 f"{r['pagefind_build']:.1f}", _search_cell(r["pagefind_first_search"])]
        lines.append("| " + " | ".join(c.replace("nan", "not run") for c in cells) + " |")
    return "\n".join(lines)


def _ratio(run: Run, base: Run) -> str:
    return f"{run.wall / base.wall:.2f} ({run.cpu / base.cpu:.2f})"


def _run_cell(run: Run) -> str:
    return f"{run.wall:.1f} ({run.cpu:.1f})"


def _search_cell(search: tuple[int, bool]) -> str:
    size, found = search
    if size == 0:
        return "not run"
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
