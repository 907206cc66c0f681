"""The seed fixture built by ProperDocs, and rendered by ``briefs render`` then built by Zensical."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SEED_BRIEFS, make_project, run_mkdocs_build

BIN = Path(sys.executable).parent
# Where the sub-path builds say they are published: a folder below the server's root.
SUB_PATH_URL = "https://news.example.org/archive/"
ENV = {"PATH": f"{BIN}:/usr/bin:/bin", "NO_MKDOCS_2_WARNING": "1", "HOME": "/tmp"}


def run_tool(*command: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run one of the venv's commands; the test fails with its output if it fails."""
    result = subprocess.run([str(BIN / str(command[0])), *map(str, command[1:])], cwd=cwd, env=ENV,
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def set_site_url(config_file: Path, site_url: str) -> None:
    """Publish the project at ``site_url`` (a sub-path of a server)."""
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["site_url"] = site_url
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")


def zensical_build(project: Path, folder: Path, site_url: str = "") -> Path:
    """``briefs render --source-links`` with its config, then ``zensical build --strict``; the site."""
    config_file = folder / "zensical.yml"
    folder.mkdir(parents=True)
    run_tool("briefs", "render", "--source-links", "--config-out", config_file, folder / "docs",
             cwd=project)
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["site_dir"] = "site"
    if site_url:
        config["site_url"] = site_url
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    run_tool("zensical", "build", "--strict", "--clean", "-f", config_file, cwd=folder)
    return folder / "site"


@pytest.fixture(scope="session")
def seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project of the seed fixture, shared by the engine builds (none of them writes into it)."""
    return make_project(tmp_path_factory.mktemp("engines") / "project", SEED_BRIEFS)


@pytest.fixture(scope="session")
def properdocs_site(seed_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed project built by ``properdocs build --strict`` with its unchanged mkdocs.yml."""
    site = tmp_path_factory.mktemp("properdocs") / "site"
    run_tool("properdocs", "build", "--strict", "-f", seed_project / "mkdocs.yml", "-d", site,
             cwd=seed_project)
    return site


@pytest.fixture(scope="session")
def zensical_site(seed_project: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed project's rendered sources built by Zensical, to be served at a server's root."""
    return zensical_build(seed_project, tmp_path_factory.mktemp("zensical") / "root")


@pytest.fixture(scope="session")
def hostile_sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The hostile briefs (markup, quotes and script-ending text in every field) built by MkDocs
    and, from ``briefs render``, by Zensical: (MkDocs' site, Zensical's site)."""
    folder = tmp_path_factory.mktemp("hostile")
    project = make_project(folder / "project", ROOT / "tests" / "hostile" / "briefs")
    result = run_mkdocs_build(project, folder / "mkdocs")
    assert result.returncode == 0, result.stderr
    return folder / "mkdocs", zensical_build(project, folder / "zensical")
