"""Fetch axe-core, pinned and integrity-checked, from the npm registry for the accessibility tests.

The pin (version, tarball, integrity) is ``tests/browser/axe-core.json``. ``make lock`` moves it to
the newest 4.x release (``--update``), so the tests keep running the rules axe adds. Run by
``make test`` before pytest, and by the browser tests' ``axe_js`` fixture when a single test file
runs without it; the file lands in the git-ignored ``.cache/`` and is fetched once.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import sys
import tarfile
import urllib.request
from pathlib import Path

PIN_FILE = Path(__file__).resolve().with_name("axe-core.json")
PIN = json.loads(PIN_FILE.read_text(encoding="utf-8"))
VERSION: str = PIN["version"]
TARBALL: str = PIN["tarball"]
INTEGRITY: str = PIN["integrity"]
AXE_JS = Path(__file__).resolve().parents[2] / ".cache" / f"axe-core-{VERSION}" / "axe.min.js"
COMMAND = ".venv/bin/python tests/browser/vendor_axe.py"
REGISTRY = "https://registry.npmjs.org/axe-core"
MAJOR = 4  # a new major version may change the results' shape: moving to it is a decision, not a lock
RELEASE = re.compile(rf"^{MAJOR}\.(\d+)\.(\d+)$")  # no pre-releases (4.9.1-canary.…)


def vendor() -> str:
    """Download, verify and unpack ``axe.min.js`` unless it is already there: '' when it is, else why not."""
    if AXE_JS.is_file():
        return ""
    try:
        with urllib.request.urlopen(TARBALL, timeout=60) as response:
            data = response.read()
    except OSError as error:  # no network, a proxy, a refused or timed-out connection
        return f"{TARBALL}: cannot download axe-core {VERSION}: {getattr(error, 'reason', error)}"
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        return f"{TARBALL}: integrity {digest} does not match the pinned {INTEGRITY}"
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        member = archive.extractfile("package/axe.min.js")
        assert member is not None
        AXE_JS.parent.mkdir(parents=True, exist_ok=True)
        partial = AXE_JS.with_suffix(".part")  # a run stopped midway leaves no half file behind
        partial.write_bytes(member.read())
        partial.replace(AXE_JS)
    return ""


def newest_release(versions: dict[str, dict[str, object]]) -> str:
    """The highest ``4.x.y`` release among the registry's versions (pre-releases left out)."""
    releases = [(int(m.group(1)), int(m.group(2)), v) for v in versions if (m := RELEASE.match(v))]
    return max(releases)[2]


def update() -> str:
    """Pin the newest 4.x release in ``axe-core.json``: '' when done, else why not."""
    request = urllib.request.Request(REGISTRY, headers={"Accept": "application/vnd.npm.install-v1+json"})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            versions = json.load(response)["versions"]
    except OSError as error:
        return f"{REGISTRY}: cannot read axe-core's releases: {getattr(error, 'reason', error)}"
    newest = newest_release(versions)
    dist = versions[newest]["dist"]
    pin = {"version": newest, "tarball": dist["tarball"], "integrity": dist["integrity"]}
    if pin != PIN:
        PIN_FILE.write_text(json.dumps(pin, indent=2) + "\n", encoding="utf-8")
        print(f"axe-core {VERSION} -> {newest}", file=sys.stderr)
    return ""


def main(argv: list[str]) -> int:
    """``vendor()``, or ``update()`` with ``--update``, saying why on one line when it fails."""
    if failure := (update() if argv == ["--update"] else vendor()):
        print(failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
