"""Each private internal of MkDocs, ProperDocs and Material that the caches use is still there.

Checked against the installed engines' real objects: an upgrade that renames one fails here,
naming the internal and the module to update, instead of breaking a build with no test saying why.
"""

from __future__ import annotations

import importlib
import inspect
from importlib.metadata import version
from pathlib import Path
from typing import Any

import pytest

from generator.caching.engine_internals import INTERNALS, TESTED_ON, gone

ENGINES = {"MkDocs": "mkdocs", "ProperDocs": "properdocs"}


def engine_objects(package: str, folder: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """A real page, configuration and build module of an engine, and the source of its page build."""
    files = importlib.import_module(f"{package}.structure.files")
    pages = importlib.import_module(f"{package}.structure.pages")
    defaults = importlib.import_module(f"{package}.config.defaults")
    build = importlib.import_module(f"{package}.commands.build")
    config = defaults.MkDocsConfig()
    page = pages.Page(None, files.File("index.md", str(folder), str(folder / "site"), True), config)
    return ({"Page": page, "MkDocsConfig": config, "build": build},
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
