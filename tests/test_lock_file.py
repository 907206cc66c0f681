"""requirements.lock pins, with hashes, a version of every dependency within pyproject.toml's ranges."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from tests.browser.vendor_axe import newest_release
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


def test_make_lock_pins_the_newest_axe_core_4_release_not_a_canary_nor_5() -> None:
    versions: dict[str, dict[str, object]] = {v: {} for v in (
        "4.9.1", "4.10.3", "4.14.0", "4.14.1", "4.15.0-canary.8390a5a", "5.0.0", "3.99.0")}
    assert newest_release(versions) == "4.14.1"


def test_make_lock_updates_the_axe_core_pin() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    lock_recipe = makefile.split("\nlock:", 1)[1].split("\n\n", 1)[0]
    assert "tests/browser/vendor_axe.py --update" in lock_recipe
