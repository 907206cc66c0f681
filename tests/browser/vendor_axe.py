"""Fetch axe-core, pinned and integrity-checked, from the npm registry for the accessibility tests.

Run by ``make test`` before pytest; the file lands in the git-ignored ``.cache/``.
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


def main() -> int:
    """Download, verify and unpack ``axe.min.js`` unless it is already there."""
    if AXE_JS.is_file():
        return 0
    with urllib.request.urlopen(TARBALL, timeout=60) as response:
        data = response.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != INTEGRITY:
        print(f"{TARBALL}: integrity {digest} does not match the pinned {INTEGRITY}", file=sys.stderr)
        return 1
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as archive:
        member = archive.extractfile("package/axe.min.js")
        assert member is not None
        AXE_JS.parent.mkdir(parents=True, exist_ok=True)
        AXE_JS.write_bytes(member.read())
    return 0


if __name__ == "__main__":
    sys.exit(main())
