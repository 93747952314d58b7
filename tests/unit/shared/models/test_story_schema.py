"""The committed Story JSON Schema must match the model; `chipwire schema` prints it."""

from __future__ import annotations

import argparse
import json

import pytest

from shared.cli import main as cli_main
from shared.cli import schema as schema_cli
from shared.models.story import SCHEMA_VERSION, Story


def test_committed_schema_matches_the_model() -> None:
    committed = schema_cli.SCHEMA_PATH.read_text(encoding="utf-8")
    assert committed == schema_cli.render(), (
        "shared/models/story.schema.json is out of date: run `chipwire schema --write`"
    )


def test_schema_has_id_version_and_every_field() -> None:
    schema = json.loads(schema_cli.SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$id"] == f"urn:chipwire:schema:story:v{SCHEMA_VERSION}"
    assert schema["version"] == SCHEMA_VERSION
    assert set(schema["properties"]) == set(Story.model_fields)
    assert schema["additionalProperties"] is False


def test_schema_command_prints_it(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="chipwire")
    schema_cli.register(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["schema"])
    assert args.func(args) == 0
    assert capsys.readouterr().out == schema_cli.SCHEMA_PATH.read_text(encoding="utf-8")
    assert "shared.cli.schema" in cli_main.COMMAND_MODULES
