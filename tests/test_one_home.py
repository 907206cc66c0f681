"""Knowledge that has one home keeps it: no other module of ``generator/`` spells it again."""

from __future__ import annotations

import importlib
import re

from tests.conftest import ROOT


def spelled_outside(pattern: str, home: str) -> list[str]:
    """``path:line`` of each line of ``generator/`` but ``home`` that matches ``pattern``."""
    found = re.compile(pattern)
    return [f"{path.relative_to(ROOT)}:{n}" for path in sorted((ROOT / "generator").rglob("*.py"))
            if path.relative_to(ROOT / "generator").as_posix() != home
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if found.search(line)]


def test_only_fast_yaml_looks_for_libyaml() -> None:
    assert spelled_outside(r"CSafe(Loader|Dumper)|CLoader|CDumper", "fast_yaml.py") == []


def test_only_the_format_defines_the_sidecar_suffix() -> None:
    assert spelled_outside(r"SIDECAR_SUFFIX\s*=", "sidecar/model.py") == []


def test_only_the_git_wrapper_starts_git() -> None:
    assert spelled_outside(r"""["']git["']""", "linking/git.py") == []


def test_the_theme_names_only_code_that_exists() -> None:
    """A template's comment that names where a value is made (``generator.x.y``) names a real function."""
    named = {m.group(0) for path in (ROOT / "theme_overrides").rglob("*.html")
             for m in re.finditer(r"generator(\.\w+)+", path.read_text(encoding="utf-8"))}
    missing = []
    for dotted in sorted(named):
        module, _, name = dotted.rpartition(".")
        try:
            found = hasattr(importlib.import_module(module), name)
        except ImportError:
            found = False
        if not found:
            missing.append(dotted)
    assert named and missing == []
