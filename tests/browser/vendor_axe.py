"""Fetch axe-core, pinned and integrity-checked, from the npm registry for the accessibility tests.

Run by ``make test`` before pytest, and by the browser tests' ``axe_js`` fixture when a single test file
runs without it; the file lands in the git-ignored ``.cache/`` and is fetched once.
"""

from __future__ import annotations

import base64
import hashlib
import io
import sys
import tarfile
import urllib.request
from pathlib import Path

VERSION = "4.10.3"
TARBALL = f"https://registry.npmjs.org/axe-core/-/axe-core-{VERSION}.tgz"
INTEGRITY = "sha512-Xm7bpRXnDSX2YE2YFfBk2FnF0ep6tmG7xPh8iHee8MIcrgq762Nkce856dYtJYLkuIoYZvGfTs/PbZhideTcEg=="
AXE_JS = Path(__file__).resolve().parents[2] / ".cache" / f"axe-core-{VERSION}" / "axe.min.js"
COMMAND = ".venv/bin/python tests/browser/vendor_axe.py"


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


def main() -> int:
    """``vendor()``, saying why on one line when it fails."""
    if failure := vendor():
        print(failure, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
