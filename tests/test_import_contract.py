"""The stage order of CONTRIBUTING.md's pipeline holds, and a wrong import breaks it.

``lint-imports`` reads the contracts in ``pyproject.toml`` (``[tool.importlinter]``).
The wrong imports are made in a copy of ``generator/``, which the linter analyses
in place of the installed package: its report names a line only the copy has.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sysconfig
from pathlib import Path

import pytest

from tests.conftest import ROOT

LINT_IMPORTS = Path(sysconfig.get_path("scripts")) / "lint-imports"
STAGES = "The stages import only from the stages below them"
TOOLS = "No stage of the pipeline uses authoring or capturing"
CORE = "Nothing but the plugin imports MkDocs or Material"


def lint_imports(project: Path) -> subprocess.CompletedProcess[str]:
    """``lint-imports`` run in ``project``, with that folder's ``generator`` first on the path."""
    assert LINT_IMPORTS.is_file(), f"{LINT_IMPORTS} is missing: run `make .venv/.installed` first"
    env = {**os.environ, "PYTHONPATH": str(project)}
    return subprocess.run([str(LINT_IMPORTS), "--no-cache", "--no-logo"], cwd=project, env=env,
                          capture_output=True, text=True, timeout=120, check=False)


def copied_project(folder: Path) -> Path:
    """A copy of the generator and its contracts in ``folder``."""
    shutil.copytree(ROOT / "generator", folder / "generator", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", folder / "pyproject.toml")
    return folder


def test_the_generator_keeps_every_contract() -> None:
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    for contract in (STAGES, TOOLS, CORE):
        assert f"{contract} KEPT" in result.stdout


@pytest.mark.parametrize(("module", "wrong_import", "contract", "reported"), [
    ("reading/article.py", "generator.publishing.site", STAGES,
     "generator.reading.article -> generator.publishing.site"),
    ("sidecar/json_schema.py", "generator.settings", STAGES,
     "generator.sidecar.json_schema -> generator.settings"),
    ("rendering/prose.py", "generator.capturing.download", TOOLS,
     "generator.rendering.prose -> generator.capturing.download"),
    ("settings.py", "mkdocs.config", CORE, "generator.settings -> mkdocs"),
    # The stages are handed a remember function; none may reach into the caches behind it.
    ("publishing/site.py", "generator.caching.store", STAGES,
     "generator.publishing.site -> generator.caching.store"),
])
def test_a_wrong_import_breaks_its_contract(tmp_path: Path, module: str, wrong_import: str,
                                            contract: str, reported: str) -> None:
    source = copied_project(tmp_path) / "generator" / module
    text = source.read_text(encoding="utf-8")
    source.write_text(f"{text}import {wrong_import}\n", encoding="utf-8")
    line = text.count("\n") + 1

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    assert f"{contract} BROKEN" in result.stdout
    assert f"{reported} (l.{line})" in result.stdout, result.stdout


def test_a_module_outside_every_layer_breaks_the_stage_order(tmp_path: Path) -> None:
    helpers = copied_project(tmp_path) / "generator" / "helpers.py"
    helpers.write_text('"""Placed in no layer."""\n', encoding="utf-8")

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    assert f"{STAGES} BROKEN" in result.stdout
    assert "- generator.helpers" in result.stdout

