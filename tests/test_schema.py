"""The JSON Schema that editors use is generated from the model and agrees with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from click.testing import CliRunner

from generator.cli import main
from generator.settings import Settings, read_project_settings
from tests.conftest import ROOT, SEED_BRIEFS

GOLDEN = Path(__file__).parent / "golden" / "problems"


def as_json(path: Path) -> Any:
    """A YAML file as the JSON an editor's language server validates (dates as text)."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text(encoding="utf-8")), default=str))


def test_the_published_schemas_are_exactly_what_briefs_schema_prints() -> None:
    runner = CliRunner()
    sidecar = runner.invoke(main, ["schema", "--config", str(ROOT / "mkdocs.yml")])
    registry = runner.invoke(main, ["schema", "--registry"])
    assert sidecar.exit_code == 0 and registry.exit_code == 0
    assert sidecar.output == (ROOT / "schema" / "sidecar.schema.json").read_text(encoding="utf-8")
    assert registry.output == (ROOT / "schema" / "actors.schema.json").read_text(encoding="utf-8")


def test_a_complete_sidecar_satisfies_the_published_schema() -> None:
    schema = json.loads((ROOT / "schema" / "sidecar.schema.json").read_text(encoding="utf-8"))
    sidecars = [p for p in SEED_BRIEFS.glob("*.yaml") if p.name != "actors.yaml"]
    assert sidecars
    for sidecar in sidecars:
        jsonschema.validate(as_json(sidecar), schema)


def test_the_schema_offers_the_configured_verdicts_and_rejects_a_misspelt_key() -> None:
    schema = json.loads((ROOT / "schema" / "sidecar.schema.json").read_text(encoding="utf-8"))
    verdict = schema["$defs"]["Claim"]["properties"]["verdict"]
    settings = read_project_settings(ROOT / "mkdocs.yml")
    assert isinstance(settings, Settings)
    assert verdict["enum"] == settings.verdict_ids
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(
        as_json(GOLDEN / "unknown-keys" / "briefs" / "brief.yaml")))
    assert any("'sumary' was unexpected" in e.message for e in errors)
