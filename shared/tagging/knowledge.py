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
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick_rs

from shared.errors import ConfigError
from shared.tagging.lexicon import Lexicon, Payload, share_early
from shared.tagging.number_rules import NumberRules, spelled_specs
from shared.tagging.parties import PrepRules

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LANGS = ("en", "fr", "de", "es", "it", "ko", "ja")
# Languages with few words of their own in the data: read with every language's words (the
# ANY lexicon), theirs included, since their wire copy borrows English and neighbour terms.
WIDE_LANGS = ("nl", "pt")
ANY = "xx"  # story language unknown: every language's words at once
ROLE_WORDS = {
    "prep_to": "to", "prep_from": "from", "prep_in": "in", "and": "", "with": "with",
    "facility": "facility",
}


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
    lexicons: dict[str, Lexicon]  # by language; ANY when the language is unknown
    preps: dict[str, PrepRules]
    numbers: NumberRules
    fx: dict[str, float]
    dateline_chars: int
    kr_places: re.Pattern[str]  # South Korean places, read in a dateline
    kp_places: re.Pattern[str]  # North Korean ones
    chipmaking: Words  # words for making chips, every language (topics.json)
    # ("country", code): the country's name; ("institution", code): its government's name
    names: dict[tuple[str, str], str]


    def lexicon(self, lang: str) -> Lexicon:
        return self.lexicons.get(lang) or self.lexicons[ANY]

    def preps_for(self, lang: str) -> PrepRules:
        return self.preps.get(lang) or self.preps[ANY]

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
    langs = (*LANGS, *WIDE_LANGS) if lang == ANY else (lang,)
    for key in ("*", *langs):
        part = section.get(key)
        if isinstance(part, dict):
            out.extend(part.items())
        elif isinstance(part, list):
            out.extend((term, "") for term in part)
    return out


def _topic_specs(data: dict[str, Any], lang: str) -> list[tuple[str, Payload]]:
    specs: list[tuple[str, Payload]] = []
    for tag in ("ai_chips", "korea"):
        for level, section in data[tag].items():
            for term, _ in _by_lang(section, lang):
                specs.append((term, ("topic", tag, level)))
    return specs


def _deal_specs(data: dict[str, Any], lang: str) -> list[tuple[str, Payload]]:
    specs: list[tuple[str, Payload]] = []
    for cat, section in data.items():
        if cat.startswith("_") or cat in ROLE_WORDS:
            continue
        if cat == "block":
            for kind, sub in section.items():
                for term, _ in _by_lang(sub, lang):
                    specs.append((term, ("deal", "block", kind)))
            continue
        for term, value in _by_lang(section, lang):
            specs.append((term, ("deal", cat, str(value))))
    return specs


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
    ents = _read(data_dir / "entities.json")["entities"]  # (read again below for the cues)
    infos: list[EntityInfo] = []
    specs: list[tuple[str, Payload]] = []
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
        specs.extend((a, ("entity", str(i), "")) for a in e.get("aliases", ()))
        specs.extend(("=" + a, ("entity", str(i), "")) for a in e.get("case_sensitive", ()))
    ent_data = _read(data_dir / "entities.json")
    specs.extend((cue, ("orgcue", "", "")) for cue in ent_data.get("org_cues", ()))
    specs.extend((form, ("legalform", "", "")) for form in ent_data.get("legal_forms", ()))
    specs.extend((h, ("insthead", "", "")) for h in ent_data.get("institution_heads", ()))
    topics = _read(data_dir / "topics.json")
    lexicon = _read(data_dir / "deal_lexicon.json")
    numbers_data = _read(data_dir / "numbers.json")
    rules = NumberRules.from_json(numbers_data)
    lexicons: dict[str, Lexicon] = {}
    for lang in (*LANGS, ANY):
        spelled = [
            (phrase, ("spelled", str(value), ""))
            for phrase, value in spelled_specs(numbers_data, lang)
        ]
        lexicons[lang] = Lexicon(
            specs + _topic_specs(topics, lang) + _deal_specs(lexicon, lang) + spelled
        )
    share_early(lexicons.values())
    preps = {
        lang: PrepRules.build(
            {kind: [w for w, _ in _by_lang(lexicon[cat], lang)]
             for cat, kind in ROLE_WORDS.items() if kind}
        )
        for lang in (*LANGS, ANY)
    }
    return Knowledge(
        entities=tuple(infos),
        lexicons=lexicons,
        preps=preps,
        numbers=rules,
        fx=load_fx(fx_path),
        dateline_chars=int(topics.get("dateline_chars", 45)),
        kr_places=_places(topics["korea"]["medium"].get("*", [])),
        kp_places=_places(topics["korea"]["north"].get("*", [])),
        chipmaking=Words(
            [t for k, v in topics.get("chipmaking", {}).items() if not k.startswith("_") for t in v]
        ),
        names=_names(infos, lexicon.get("nat", {}).get("en", {})),
    )


def _names(infos: list[EntityInfo], adjectives: dict[str, str]) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    for e in infos:
        if not e.country:
            continue
        if e.kind == "country":
            out.setdefault(("country", e.country), e.name)
        elif e.kind == "institution" and e.name.endswith("government"):
            out.setdefault(("institution", e.country), e.name)
    # a country with no government of its own in the data: "Polish government", as a reader
    # names it, from its English adjective (the first one listed; "=" marks a cased term)
    for adjective, code in adjectives.items():
        word = adjective.removeprefix("=")
        if len(code) == 2 and code != "EU" and len(word) > 3 and "." not in word:
            title = " ".join(w[:1].upper() + w[1:] for w in word.split())
            out.setdefault(("institution", code), f"{title} government")
    return out


def _places(terms: list[str]) -> re.Pattern[str]:
    words = sorted({t.strip("*=").lower() for t in terms if t.strip("*=")}, key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words) or "(?!)")


class Words:
    """Terms found as words of a lower-cased text ('stem*' may run on; Hangul and Kana/Han
    terms are found inside longer words, as those scripts glue particles and compounds). One
    Aho-Corasick pass finds them: a regex of word-bounded alternatives tries every position
    (75 us over a headline and lead)."""

    def __init__(self, terms: list[str]) -> None:
        specs = sorted({t.lower() for t in terms if t.strip("*")})
        # (needs a word boundary before it, and after it)
        self._bounds = [(t[0] < "\u0250", t[0] < "\u0250" and not t.endswith("*")) for t in specs]
        self._auto = ahocorasick_rs.AhoCorasick([t.rstrip("*") for t in specs]) if specs else None

    def search(self, text: str, end: int) -> bool:
        """Whether a term occurs in ``text[:end]``."""
        if self._auto is None:
            return False
        head = text[:end]
        for i, s, e in self._auto.find_matches_as_indexes(head, overlapping=True):
            left, right = self._bounds[i]
            if left and s and head[s - 1].isalnum():
                continue
            if right and e < len(head) and head[e].isalnum():
                continue
            return True
        return False
