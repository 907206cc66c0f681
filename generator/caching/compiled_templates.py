"""Compiled theme templates kept across the rebuilds of one preview."""

from __future__ import annotations

from jinja2 import BytecodeCache
from jinja2.bccache import Bucket


class ReusedTemplates(BytecodeCache):
    """Jinja's compiled templates in memory, keyed by name and source checksum.

    Each MkDocs rebuild makes a new template environment and compiles every
    template again; Jinja reuses the code from here while a template's source
    is unchanged, so the pages come out the same.
    """

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        if (code := self._code.get(bucket.key)) is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()
