"""Shared fixtures: the repository's own site, built for real once per test session."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SEED_STEM = "2024-01-03-kerman-bombings"


def run_mkdocs_build(project: Path, site_dir: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the real ``mkdocs build`` of a project into ``site_dir``."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(project / "mkdocs.yml"),
         "-d", str(site_dir), *extra],
        capture_output=True, text=True, env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
        check=False)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repository's own content built with ``mkdocs build --strict``."""
    site = tmp_path_factory.mktemp("site")
    result = run_mkdocs_build(ROOT, site)
    assert result.returncode == 0, result.stderr
    return site


def make_project(folder: Path, briefs: Path | None = None) -> Path:
    """A project in ``folder``: the repository's mkdocs.yml, docs and theme, and a copy of ``briefs``."""
    for part in ("docs", "theme_overrides"):
        shutil.copytree(ROOT / part, folder / part)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    if briefs is not None:
        shutil.copytree(briefs, folder / "briefs")
    else:
        (folder / "briefs").mkdir()
    return folder


def use_pagefind(project: Path, *, keep_material_search: bool = False) -> Path:
    """Switch a project to the Pagefind search option (``search: pagefind``)."""
    config_file = project / "mkdocs.yml"
    config = yaml.load(config_file.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    if not keep_material_search:
        config["plugins"] = [p for p in config["plugins"] if p != "search"]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "briefs" in plugin:
            plugin["briefs"]["search"] = "pagefind"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    return project
