"""What a capture keeps as evidence: the WARC file's name beside the article, and the sidecar's
``capture`` block recording the fingerprints of the article file and of the WARC."""

from __future__ import annotations

import hashlib


def sha256_hex(data: bytes) -> str:
    """The SHA-256 fingerprint of ``data``, as 64 lowercase hexadecimal digits (as `sha256sum` prints)."""
    return hashlib.sha256(data).hexdigest()


def warc_name(stem: str) -> str:
    """The WARC file of the capture of brief ``stem`` (or of a later capture, ``<stem>.<date>``)."""
    return f"{stem}.warc.gz"


def capture_block(article: bytes, warc_file: str, warc: bytes) -> str:
    """The sidecar's ``capture`` block for a new capture, as YAML text ending in a line break."""
    return ("# The capture's evidence: `briefs check` tells when the article file no longer matches it\n"
            "capture:\n"
            f"  sha256: {sha256_hex(article)}\n"
            f"  warc: {warc_file}\n"
            f"  warc_sha256: {sha256_hex(warc)}\n")
