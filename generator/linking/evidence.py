"""Whether an article file is still the page that was captured, by the fingerprint its sidecar keeps.

``briefs capture`` and ``briefs recapture`` record the SHA-256 of the article file they write
(``capture.sha256``); an article edited by hand after that no longer matches, and the evidence
(the WARC beside it, the open data's fingerprint) no longer describes what is published.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from generator.errors import Problem
from generator.sidecar.model import Sidecar
from generator.sidecar.validate import Validated
from generator.sidecar.yaml_positions import format_field_path

_FIELD = ("capture", "sha256")


def file_sha256(data: bytes) -> str:
    """The SHA-256 fingerprint of ``data``, as 64 lowercase hexadecimal digits (as `sha256sum` prints)."""
    return hashlib.sha256(data).hexdigest()


def evidence_problems(article: Path | bytes, shown_article: str, validated: Validated[Sidecar],
                      sidecar_source: str) -> list[Problem]:
    """A problem at ``capture.sha256`` if the article (its file, or its bytes) is not the page captured."""
    sidecar = validated.value
    if sidecar is None or sidecar.capture is None or sidecar.capture.sha256 is None:
        return []
    try:
        found = file_sha256(article if isinstance(article, bytes) else article.read_bytes())
    except OSError:
        return []  # the file's own problem, if it has one, is told where it is read
    if found == sidecar.capture.sha256:
        return []
    line, col = validated.positions.of(_FIELD)
    return [Problem(sidecar_source, line, col,
                    f"{shown_article} is not the page that was captured (its SHA-256 is {found[:12]}…): "
                    "it was edited by hand after capture", field=format_field_path(_FIELD),
                    hint="put the captured page back (its WARC file holds it as served) and leave out "
                         "what is not article with `omit`; or, if the edit is meant, capture the "
                         "article again")]
