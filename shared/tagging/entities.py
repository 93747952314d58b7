"""Companies, institutions and countries named in a story, found with one alias regex."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from shared.models.tagging import Entity
from shared.tagging.knowledge import EntityInfo, Knowledge
from shared.tagging.text import Doc


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    info: EntityInfo
    text: str


def find_entities(doc: Doc, kb: Knowledge) -> list[Mention]:
    out: list[Mention] = []
    for hit in kb.entity_matcher.find_all(doc.norm, doc.low):
        info = kb.entities[hit.payload[0]]
        out.append(Mention(hit.start, hit.end, info, doc.text[hit.start : hit.end]))
    return out


def entity_outputs(mentions: list[Mention]) -> tuple[Entity, ...]:
    """One Entity per company, institution or country, in order of first mention."""
    spellings: dict[int, list[str]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    order: list[EntityInfo] = []
    for m in mentions:
        i = m.info.index
        if i not in counts:
            order.append(m.info)
        counts[i] += 1
        if m.text not in spellings[i]:
            spellings[i].append(m.text)
    return tuple(
        Entity(
            name=info.name,
            kind=info.kind,
            country=info.country,
            aliases=tuple(spellings[info.index]),
            mentions=counts[info.index],
        )
        for info in order
    )


def company_names(entities: tuple[Entity, ...]) -> list[str]:
    return [e.name for e in entities if e.kind == "company"]
