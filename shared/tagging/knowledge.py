"""Everything the tagger knows, loaded once from JSON data files and passed to ``tag_story``.

Default data is the package's ``shared/data/``: ``entities.json`` (companies, institutions,
countries and their spellings), ``topics.json`` (evidence for the tags), ``deal_lexicon.json``
(words of deals), ``numbers.json`` (number writing) and ``fx_rates.json`` (currency units per
US dollar). The FX table can be replaced by a path or ``CHIPWIRE_FX_RATES``; adding a company
is a data change.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from shared.errors import ConfigError
from shared.tagging.numbers import NumberRules
from shared.tagging.trie import TermMatcher

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGS = ("en", "fr", "de", "es", "it", "ko", "ja")
ANY = "xx"  # story language unknown: every language's words at once


@dataclass(frozen=True)
class EntityInfo:
    index: int
    name: str
    kind: str
    country: str | None
    vendor: bool
    chip: bool
    party: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Knowledge:
    entities: tuple[EntityInfo, ...]
    entity_matcher: TermMatcher[int]
    topic_matchers: dict[str, TermMatcher[tuple[str, str]]]
    deal_matchers: dict[str, TermMatcher[tuple[str, str]]]
    numbers: NumberRules
    fx: dict[str, float]
    dateline_chars: int

    def topics_for(self, lang: str) -> TermMatcher[tuple[str, str]]:
        return self.topic_matchers.get(lang) or self.topic_matchers[ANY]

    def deals_for(self, lang: str) -> TermMatcher[tuple[str, str]]:
        return self.deal_matchers.get(lang) or self.deal_matchers[ANY]

    def entity_by_name(self, name: str) -> EntityInfo | None:
        for e in self.entities:
            if e.name == name:
                return e
        return None

    def to_usd(self, amount: float, currency: str) -> float | None:
        rate = self.fx.get(currency)
        if not rate:
            return None
        return round(amount / rate, 2)


def _read(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read tagger data {path}: {exc}") from exc


def _by_lang(section: dict[str, Any], lang: str) -> list[Any]:
    """Entries of a {lang: list|dict} section for one language ('*' applies to all)."""
    out: list[Any] = []
    langs = LANGS if lang == ANY else (lang,)
    for key in ("*", *langs):
        part = section.get(key)
        if isinstance(part, dict):
            out.extend(part.items())
        elif isinstance(part, list):
            out.extend((term, "") for term in part)
    return out


def _topic_matcher(data: dict[str, Any], lang: str) -> TermMatcher[tuple[str, str]]:
    specs: list[tuple[str, tuple[str, str]]] = []
    for tag in ("ai_chips", "korea"):
        for level, section in data[tag].items():
            for term, _ in _by_lang(section, lang):
                specs.append((term, (tag, level)))
    return TermMatcher(specs)


def _deal_matcher(data: dict[str, Any], lang: str) -> TermMatcher[tuple[str, str]]:
    specs: list[tuple[str, tuple[str, str]]] = []
    for cat, section in data.items():
        if cat.startswith("_"):
            continue
        if cat == "block":
            for kind, sub in section.items():
                for term, _ in _by_lang(sub, lang):
                    specs.append((term, ("block", kind)))
            continue
        for term, value in _by_lang(section, lang):
            specs.append((term, (cat, str(value))))
    return TermMatcher(specs)


def load_fx(path: Path) -> dict[str, float]:
    raw = _read(path)
    try:
        return {k.upper(): float(v) for k, v in raw.items() if not k.startswith("_")}
    except (TypeError, ValueError, AttributeError) as exc:
        raise ConfigError(f"bad FX table {path}: {exc}") from exc


def load_knowledge(data_dir: Path | None = None, fx_path: Path | None = None) -> Knowledge:
    """Load and compile the tagger's data; call once and share the result."""
    data_dir = data_dir or DATA_DIR
    if fx_path is None:
        env = os.environ.get("CHIPWIRE_FX_RATES")
        fx_path = Path(env) if env else data_dir / "fx_rates.json"
    ents = _read(data_dir / "entities.json")["entities"]
    infos: list[EntityInfo] = []
    specs: list[tuple[str, int]] = []
    for i, e in enumerate(ents):
        aliases = tuple(e.get("aliases", ())) + tuple(e.get("case_sensitive", ()))
        infos.append(
            EntityInfo(
                index=i,
                name=e["name"],
                kind=e["kind"],
                country=e.get("country"),
                vendor=bool(e.get("vendor")),
                chip=bool(e.get("chip")),
                party=e.get("party"),
                aliases=aliases,
            )
        )
        specs.extend((a, i) for a in e.get("aliases", ()))
        specs.extend(("=" + a, i) for a in e.get("case_sensitive", ()))
    topics = _read(data_dir / "topics.json")
    lexicon = _read(data_dir / "deal_lexicon.json")
    langs = (*LANGS, ANY)
    return Knowledge(
        entities=tuple(infos),
        entity_matcher=TermMatcher(specs),
        topic_matchers={lang: _topic_matcher(topics, lang) for lang in langs},
        deal_matchers={lang: _deal_matcher(lexicon, lang) for lang in langs},
        numbers=NumberRules.from_json(_read(data_dir / "numbers.json")),
        fx=load_fx(fx_path),
        dateline_chars=int(topics.get("dateline_chars", 45)),
    )
