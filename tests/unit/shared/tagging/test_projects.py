"""Stargate is OpenAI's data-centre project as wires tell it ("the ChatGPT maker's Stargate
data centres", "il progetto Stargate"): chips delivered to it are OpenAI's purchase."""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag


def test_wafers_for_the_stargate_data_centres_are_bought_by_openai() -> None:
    t = _tag(
        "OpenAI secures DRAM from Samsung for Stargate",
        "SEOUL, Oct 1 - Samsung Electronics will supply up to 200,000 DRAM wafers a month to "
        "the Stargate data centres of OpenAI under a letter of intent, the company said.",
    )
    assert {(f[0], f[2]) for f in facts(t)} == {("OpenAI", 200000.0)}
