"""The plugin stays glue: the caches and the second process sit behind ``generator.caching``.

That no stage imports the caches is the import contract's to check (``tests/test_import_contract.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent / "generator"


def test_the_plugin_is_glue_no_method_over_30_lines() -> None:
    tree = ast.parse((GENERATOR / "plugin.py").read_text(encoding="utf-8"))
    long = [f"{node.name} ({node.end_lineno - node.lineno + 1} lines)" for node in ast.walk(tree)
            if isinstance(node, ast.FunctionDef) and node.end_lineno
            and node.end_lineno - node.lineno + 1 > 30]
    assert not long, ("generator/plugin.py adapts MkDocs' events to the core and to "
                      "generator/caching/build_caches.py; move the work there: " + ", ".join(long))
