"""Each private internal of MkDocs, ProperDocs and Material that the caches use is still there.

Checked against the installed engines' real objects: an upgrade that renames one fails here,
naming the internal and the module to update, instead of breaking a build with no test saying why.
"""

from __future__ import annotations

import importlib
import inspect
import logging
import threading
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from generator.caching.engine_internals import INTERNALS, TESTED_ON, gone, placed_page_note, rebuild_request

ENGINES = {"MkDocs": "mkdocs", "ProperDocs": "properdocs"}


def engine_objects(package: str, folder: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """A real page, configuration and build module of an engine, and the source of its page build."""
    files = importlib.import_module(f"{package}.structure.files")
    pages = importlib.import_module(f"{package}.structure.pages")
    defaults = importlib.import_module(f"{package}.config.defaults")
    build = importlib.import_module(f"{package}.commands.build")
    livereload = importlib.import_module(f"{package}.livereload")
    config = defaults.MkDocsConfig()
    page = pages.Page(None, files.File("index.md", str(folder), str(folder / "site"), True), config)
    server = livereload.LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(folder))
    server.server_close()  # made, never bound: only its attributes are looked at
    return ({"Page": page, "MkDocsConfig": config, "build": build, "LiveReloadServer": server},
            {"build": inspect.getsource(build._build_page)})


@pytest.mark.parametrize("engine", ENGINES)
def test_the_engines_still_have_every_internal_the_caches_use(engine: str, tmp_path: Path) -> None:
    objects, sources = engine_objects(ENGINES[engine], tmp_path)
    missing = gone(engine, objects, sources)
    assert not missing, "\n".join(missing)


def test_material_still_has_every_internal_the_caches_use() -> None:
    from material.plugins.search.plugin import SearchIndex

    missing = gone("Material", {"SearchIndex": SearchIndex()}, {})
    assert not missing, "\n".join(missing)


def test_every_internal_is_checked_against_an_engine(tmp_path: Path) -> None:
    objects, sources = engine_objects("mkdocs", tmp_path)
    owners = {*objects, *sources, "SearchIndex"}
    assert {internal.owner for internal in INTERNALS} <= owners


def test_a_missing_internal_is_named_with_the_module_to_update(tmp_path: Path) -> None:
    objects, sources = engine_objects("mkdocs", tmp_path)
    del objects["Page"]._title_from_render
    sources["build"] = sources["build"].replace("env.get_template(", "env.get_or_select_template(")
    missing = gone("MkDocs", objects, sources)
    assert missing[0].startswith("MkDocs no longer has Page._title_from_render: update "
                                 "generator/caching/engine_internals.py")
    assert any(line.startswith("MkDocs no longer has build.env.get_template:") for line in missing)


@pytest.mark.parametrize("package", TESTED_ON)
def test_the_installed_engines_are_of_the_tested_series(package: str) -> None:
    tested, installed = TESTED_ON[package].split("."), version(package).split(".")
    assert installed[0] == tested[0], (
        f"{package} {version(package)} is installed; generator/caching/engine_internals.py was tested on "
        f"{TESTED_ON[package]}: check its internals and update TESTED_ON")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_rebuild_request_makes_the_running_server_build_again(engine: str, tmp_path: Path) -> None:
    livereload = importlib.import_module(f"{ENGINES[engine]}.livereload")
    built = threading.Event()
    server = livereload.LiveReloadServer(builder=built.set, host="127.0.0.1", port=0, root=str(tmp_path))
    request = rebuild_request(server)
    assert request is not None
    serving = threading.Thread(target=server.serve, daemon=True)
    serving.start()
    try:
        request()  # no file touched: only the request can start this build
        assert built.wait(10), f"{engine}'s server did not build when asked"
    finally:
        server.shutdown()
        serving.join(10)


def test_without_the_internals_the_preview_is_told_to_poll() -> None:
    assert rebuild_request(object()) is None


@pytest.mark.parametrize("engine", ENGINES)
def test_the_build_says_nothing_of_a_page_placed_and_still_notes_any_other_empty_page(
        engine: str, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    objects, _ = engine_objects(ENGINES[engine], tmp_path)
    placed = placed_page_note(objects["MkDocsConfig"])
    log = objects["build"].log  # the logger of the engine's page build

    def skipped(src_uri: str) -> str:
        return f"Page skipped: '{src_uri}'. Generated empty output."
    with caplog.at_level(logging.INFO, logger=log.name):
        placed("briefs/placed.md")
        log.info(skipped("briefs/other.md"))  # a page a hook emptied while one was placed
        log.info(skipped("briefs/placed.md"))
        log.info(skipped("briefs/placed.md"))  # the same page emptied again: noted
    assert [record.getMessage() for record in caplog.records] == [
        skipped("briefs/other.md"), skipped("briefs/placed.md")]
    caplog.clear()
    placed("briefs/failed.md")  # a build that failed before the engine noted this page
    placed_page_note(objects["MkDocsConfig"])  # the next build in the same process
    with caplog.at_level(logging.INFO, logger=log.name):
        log.info(skipped("briefs/failed.md"))
    assert [record.getMessage() for record in caplog.records] == [skipped("briefs/failed.md")]
