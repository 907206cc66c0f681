"""requirements.lock pins, with hashes, a version of every dependency within pyproject.toml's ranges."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.conftest import ROOT

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def _pins() -> dict[str, str]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    pins = {canonicalize_name(m.group(1)): m.group(2) for line in text.splitlines() if (m := PIN.match(line))}
    assert text.count("==") == len(pins)  # every line that pins was read
    return pins


def _requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [*project["dependencies"]]
    for extra in ("test", "zensical", "pagefind"):
        wanted.extend(project["optional-dependencies"][extra])
    return [Requirement(r) for r in wanted]


def test_the_lock_pins_every_dependency_inside_its_range() -> None:
    pins = _pins()
    outside = [f"{r}: {pins.get(canonicalize_name(r.name), 'not in requirements.lock')}"
               for r in _requirements()
               if canonicalize_name(r.name) not in pins
               or pins[canonicalize_name(r.name)] not in r.specifier]
    assert outside == [], "run `make lock` after changing pyproject.toml"


def test_every_pin_carries_a_hash() -> None:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    for block in re.split(r"\n(?=\S)", text):
        if PIN.match(block):
            assert "--hash=sha256:" in block, block.splitlines()[0]
