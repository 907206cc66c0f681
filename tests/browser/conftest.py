"""Real headless Chromium (Debian's, never a downloaded one) on the built site, served over HTTP."""

from __future__ import annotations

import functools
import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, sync_playwright

from tests.browser.vendor_axe import AXE_JS, COMMAND, vendor
from tests.conftest import local_server

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--no-first-run"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's name
        pass


def serve(folder: Path) -> Iterator[str]:
    """Serve a folder on a free local port for the duration of the generator."""
    server = local_server(functools.partial(_QuietHandler, directory=str(folder)))
    try:
        yield f"{next(server)}/"
    finally:
        server.close()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The repository's own built site, served over HTTP."""
    yield from serve(built_site)


@pytest.fixture(scope="session")
def reader_url(reader_site: Path) -> Iterator[str]:
    """The reader-page fixture site, served over HTTP."""
    yield from serve(reader_site)


@pytest.fixture(scope="session")
def axe_js() -> Path:
    """axe-core's script for the accessibility tests, vendored on first use (``make test`` does it first)."""
    if failure := vendor():
        pytest.fail(f"{failure}; run `{COMMAND}` where the npm registry can be reached", pytrace=False)
    return AXE_JS


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A fresh desktop-sized page that records console errors in ``page.errors``."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, reduced_motion="reduce")
    context.set_default_timeout(10_000)
    page = context.new_page()
    errors: list[str] = []

    def record(message: ConsoleMessage) -> None:
        if message.type == "error":
            errors.append(message.text)

    page.on("console", record)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors  # type: ignore[attr-defined]
    yield page
    context.close()


def axe_violations(page: Page, axe_js: Path, scheme: str) -> list[str]:
    """axe-core's violations of any impact on the open page in the colour ``scheme``
    (Material's ``default`` or ``slate``), each as "rule (impact): the elements"."""
    page.evaluate(f"document.body.setAttribute('data-md-color-scheme', '{scheme}')")
    # The theme eases colours into a new scheme: axe must measure where they end, not on the way.
    page.evaluate("Promise.all(document.getAnimations().map(a => a.finished))")
    page.add_script_tag(path=str(axe_js))
    return list(page.evaluate("async () => (await axe.run(document)).violations"
                              ".map(v => v.id + ' (' + v.impact + '): '"
                              " + v.nodes.map(n => n.target.join(' ')).join(', '))"))
