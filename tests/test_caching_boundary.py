"""The pipeline's stages know nothing of the caches: they are handed a ``remember`` function."""

from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"
STAGES = ("reading", "sidecar", "anchoring", "linking", "rendering", "publishing")


def imported_modules(source: Path) -> set[str]:
    """Every module a source file imports, by its dotted name."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_stage_imports_the_caching_package() -> None:
    offenders = [f"{source.relative_to(GENERATOR.parent)} imports {module}"
                 for stage in STAGES for source in sorted((GENERATOR / stage).rglob("*.py"))
                 for module in imported_modules(source)
                 if module == "generator.caching" or module.startswith("generator.caching.")]
    assert not offenders, ("a stage must take a remember function (generator/linking/remember.py), "
                           "not import the caches: " + "; ".join(offenders))


def test_the_check_sees_an_import_of_the_caches(tmp_path: Path) -> None:
    planted = tmp_path / "module.py"
    planted.write_text("from generator.caching.folders import CACHE_DIR\n", encoding="utf-8")
    assert "generator.caching.folders" in imported_modules(planted)


def test_the_plugin_is_glue_no_method_over_30_lines() -> None:
    tree = ast.parse((GENERATOR / "plugin.py").read_text(encoding="utf-8"))
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)" for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.end_lineno
            and node.end_lineno - node.lineno + 1 > 30]
    assert not long, ("generator/plugin.py adapts MkDocs' events to the core and to "
                      "generator/caching/build_caches.py; move the work there: " + ", ".join(long))
