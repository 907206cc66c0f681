"""PyYAML's safe loader and dumper, in C when PyYAML was built with libyaml (shared by every stage).

libyaml parses and emits the same YAML as the pure-Python classes (same values,
same quoting, the same marks on each node), several times faster; a PyYAML
built without it falls back to them. Both are safe: no tag runs code.
"""

from __future__ import annotations

import yaml

SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SAFE_DUMPER: type[yaml.SafeDumper] = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
