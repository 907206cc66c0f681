"""The JSON Schema of the sidecar format, generated from the model classes.

Editors with the YAML language server use it to complete and check sidecars
as the author types. It is derived from ``generator.sidecar.model`` and never written
by hand; ``briefs schema`` prints it and the site publishes it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import TypeAdapter

from generator.sidecar.model import UNRATED, PeopleRegistry, Registry, Sidecar

SIDECAR_SCHEMA_PATH = "schema/sidecar.schema.json"
REGISTRY_SCHEMA_PATH = "schema/actors.schema.json"
PEOPLE_SCHEMA_PATH = "schema/people.schema.json"


def sidecar_schema(verdict_ids: Sequence[str]) -> dict[str, Any]:
    """The sidecar schema, with the verdict scale's ids (``Settings.verdict_ids``) as the verdict's choices.

    It takes the ids rather than the settings: the settings are validated with the
    sidecar's machinery, so the format cannot depend on them.
    """
    schema = TypeAdapter(Sidecar).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsbriefs sidecar (format version 1)"
    verdict = schema["$defs"]["Claim"]["properties"]["verdict"]
    verdict.pop("anyOf", None)
    verdict.update({"enum": list(verdict_ids), "default": UNRATED,
                    "description": "One step of the verdict scale configured in mkdocs.yml."})
    return schema


def registry_schema() -> dict[str, Any]:
    """The schema of ``briefs/actors.yaml``."""
    schema = TypeAdapter(Registry).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsbriefs actor registry"
    return schema


def people_schema() -> dict[str, Any]:
    """The schema of ``briefs/people.yaml``."""
    schema = TypeAdapter(PeopleRegistry).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "newsbriefs people registry"
    return schema


def schema_text(schema: dict[str, Any]) -> str:
    """Stable, readable JSON for a schema file."""
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
