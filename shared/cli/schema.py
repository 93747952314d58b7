"""`chipwire schema`: the JSON Schema of the canonical Story, as committed beside the model.

``chipwire schema`` prints it; ``chipwire schema --write`` regenerates
``shared/models/story.schema.json`` after a change to ``shared/models/story.py`` (a unit test
fails while the committed file and the model disagree).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from shared.models import story as story_module
from shared.models.story import SCHEMA_VERSION, Story

SCHEMA_PATH = Path(story_module.__file__).with_name("story.schema.json")
SCHEMA_ID = f"urn:chipwire:schema:story:v{SCHEMA_VERSION}"


def story_schema() -> dict[str, Any]:
    """``Story.model_json_schema()`` with ``$schema``, ``$id`` and ``version`` in front."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "version": SCHEMA_VERSION,
        **Story.model_json_schema(),
    }


def render() -> str:
    return json.dumps(story_schema(), indent=2, ensure_ascii=False) + "\n"


def run(args: argparse.Namespace) -> int:
    text = render()
    if args.write:
        SCHEMA_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_PATH}", file=sys.stderr)
        return 0
    sys.stdout.write(text)
    return 0


def register(sub: Any) -> None:
    p = sub.add_parser(
        "schema",
        help="print the JSON Schema of the canonical Story",
        description=__doc__.splitlines()[0] if __doc__ else None,
    )
    p.add_argument(
        "--write", action="store_true", help=f"write it to {SCHEMA_PATH.name} instead"
    )
    p.set_defaults(func=run)
