"""Who is who: canonical keys for vendors and buyers, under any alias and in any script.

A deal's parties are compared by key, not by spelling: ``Samsung``, ``Samsung Electronics
Co., Ltd.`` and ``삼성전자`` are one company. A buyer that is a country (or its government, or
a state vehicle the table maps to it) has the same key as an unnamed buyer of that country,
so "Korean cloud providers" (buyer null, KR) and "South Korea" are one party, while a named
Korean company is not.

The table below is the ledger's own; ``parties_from_entities`` can merge in the tagger's
entity data (``shared/data/entities.json``) when it exists. Pure: no I/O here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from shared.errors import ConfigError

# A buyer party: ("org", canonical key), ("country", ISO alpha-2) or ("none", "").
PartyKey = tuple[str, str]
NO_PARTY: PartyKey = ("none", "")

_SUFFIXES = frozenset(
    {
        "co",
        "corp",
        "corporation",
        "company",
        "inc",
        "incorporated",
        "ltd",
        "limited",
        "plc",
        "llc",
        "ag",
        "sa",
        "se",
        "nv",
        "gmbh",
        "주식회사",
        "株式会社",
    }
)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_PUNCT = re.compile(r"[\s.,;:!?'\"()\[\]{}&/\\_\-\u2010-\u2015\u2018-\u201f\u00b7\u30fb]+")


def normalize(name: str) -> str:
    """Casefolded NFKC tokens without punctuation, leading 'the' or trailing corporate suffix."""
    text = unicodedata.normalize("NFKC", name).casefold()
    text = text.replace("(주)", " ").replace("㈜", " ")
    text = _POSSESSIVE.sub("", text)
    tokens = [t for t in _PUNCT.split(text) if t]
    if tokens and tokens[0] == "the":
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1] in _SUFFIXES:
        tokens.pop()
    return " ".join(tokens)


def _compact(name: str) -> str:
    return normalize(name).replace(" ", "")


@dataclass(frozen=True)
class Party:
    """One company, institution or country with its display name."""

    key: str
    name: str
    kind: str = "company"  # company, institution or country
    country: str | None = None


@dataclass(frozen=True)
class Parties:
    """Alias index: any spelling -> ``Party``."""

    by_alias: Mapping[str, Party] = field(default_factory=dict)
    # Spellings shown as another name than their party's: an institution that counts as its
    # country in a deal ("National AI Computing Center" -> KR) keeps its own name on display.
    shown: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        parties: Iterable[tuple[Party, Iterable[str]]],
        shown: Mapping[str, str] | None = None,
    ) -> Parties:
        index: dict[str, Party] = {}
        for party, aliases in parties:
            for alias in (party.name, *aliases):
                key = _compact(alias)
                if key:
                    index[key] = party
        names = {_compact(alias): name for alias, name in (shown or {}).items()}
        return cls(index, names)

    def merged(self, other: Parties) -> Parties:
        """Both tables in one; where they share a spelling, ``other``'s party absorbs ours.

        So if ``other`` calls Samsung "Samsung" and we call it "Samsung Electronics", every
        spelling either table knows ends up on one party, not two.
        """
        absorbed: dict[Party, Party] = {}
        for alias, party in other.by_alias.items():
            mine = self.by_alias.get(alias)
            if mine is not None and mine != party:
                absorbed.setdefault(mine, party)
        index = {alias: absorbed.get(party, party) for alias, party in self.by_alias.items()}
        index.update(other.by_alias)
        shown = {k: v for k, v in self.shown.items() if k not in other.by_alias}
        shown.update(other.shown)
        return Parties(index, shown)

    def lookup(self, name: str | None) -> Party | None:
        if not name:
            return None
        return self.by_alias.get(_compact(name))

    def company_key(self, name: str | None) -> str | None:
        """Canonical key of a vendor (or any named party); None when unnamed."""
        if name is None or not name.strip():
            return None
        party = self.lookup(name)
        return party.key if party else _compact(name)

    def display(self, name: str | None) -> str | None:
        """The name to show: the canonical name of the party (or of the institution)."""
        if name is None or not name.strip():
            return None
        key = _compact(name)
        if key in self.shown:
            return self.shown[key]
        party = self.by_alias.get(key)
        return party.name if party else name.strip()

    def buyer_key(self, buyer: str | None, buyer_country: str | None) -> PartyKey:
        """The buyer as a party: a named company, a country, or nobody known."""
        if buyer and buyer.strip():
            party = self.lookup(buyer)
            if party is not None and party.kind == "country" and party.country:
                return ("country", party.country)
            return ("org", party.key if party else _compact(buyer))
        if buyer_country:
            return ("country", buyer_country.upper())
        return NO_PARTY

    def country_of(self, buyer: str | None) -> str | None:
        party = self.lookup(buyer)
        return party.country if party else None


def _c(name: str, *aliases: str, country: str | None = None) -> tuple[Party, tuple[str, ...]]:
    return Party(key=_compact(name), name=name, kind="company", country=country), aliases


def _k(code: str, name: str, *aliases: str) -> tuple[Party, tuple[str, ...]]:
    return Party(key=f"country:{code}", name=name, kind="country", country=code), aliases


# The ledger's own alias table: the chip vendors and buyers that wire copy names most.
DEFAULT_TABLE: tuple[tuple[Party, tuple[str, ...]], ...] = (
    _c("Nvidia", "nvidia corp", "엔비디아", "エヌビディア", "英伟达", "輝達", country="US"),
    _c("AMD", "advanced micro devices", "에이엠디", country="US"),
    _c("Intel", "인텔", "インテル", "英特尔", country="US"),
    _c("Qualcomm", "퀄컴", country="US"),
    _c("Broadcom", "브로드컴", country="US"),
    _c("Micron", "micron technology", "마이크론", country="US"),
    _c("Samsung Electronics", "samsung", "삼성", "삼성전자", "サムスン", "サムスン電子", "三星",
       "三星电子", country="KR"),
    _c("SK Hynix", "hynix", "sk하이닉스", "하이닉스", "skハイニックス", "sk海力士", country="KR"),
    _c("SK Group", "sk", "sk inc", "sk그룹", "sk 그룹", "skグループ", country="KR"),
    _c("SK Telecom", "skt", "sk텔레콤", country="KR"),
    _c("Hyundai Motor", "hyundai", "hyundai motor group", "hyundai motor company", "현대차",
       "현대자동차", "현대차그룹", "현대자동차그룹", "ヒョンデ", "現代自動車", country="KR"),
    _c("LG", "lg group", "lg electronics", "lg전자", "lg그룹", "lg ai research", country="KR"),
    _c("Naver", "naver cloud", "naver corp", "네이버", "네이버클라우드", "네이버 클라우드",
       country="KR"),
    _c("Kakao", "카카오", country="KR"),
    _c("KT", "kt corp", "kt cloud", "케이티", country="KR"),
    _c("Rebellions", "리벨리온", country="KR"),
    _c("FuriosaAI", "furiosa ai", "furiosa", "퓨리오사ai", "퓨리오사", country="KR"),
    _c("TSMC", "taiwan semiconductor manufacturing", "台积电", "台積電", country="TW"),
    _c("OpenAI", "오픈ai", "오픈에이아이", country="US"),
    _c("Microsoft", "마이크로소프트", country="US"),
    _c("Google", "alphabet", "구글", country="US"),
    _c("Meta", "meta platforms", "메타", country="US"),
    _c("Amazon", "aws", "amazon web services", "아마존", country="US"),
    _c("Oracle", "오라클", country="US"),
    _c("xAI", "x ai", country="US"),
    _c("Anthropic", "앤트로픽", country="US"),
    _c("CoreWeave", country="US"),
    _c("Huawei", "华为", "화웨이", country="CN"),
    _c("Alibaba", "阿里巴巴", "알리바바", country="CN"),
    _c("Tencent", "腾讯", "텐센트", country="CN"),
    _c("ByteDance", "字节跳动", "바이트댄스", country="CN"),
    _c("SoftBank", "softbank group", "ソフトバンク", "소프트뱅크", country="JP"),
    _c("Arm", "arm holdings", country="GB"),
    _c("ASML", country="NL"),
    _k("KR", "South Korea", "korea", "republic of korea", "rok", "corée du sud", "coree du sud",
       "la corée du sud", "südkorea", "suedkorea", "corea del sud", "corea del sur",
       "zuid-korea", "coreia do sul", "한국", "대한민국", "韓国", "韩国", "korean government",
       "south korean government", "government of south korea", "gouvernement sud-coréen",
       "le gouvernement sud-coréen", "südkoreanische regierung", "한국 정부", "대한민국 정부",
       "national ai computing center", "centre national de calcul d'ia",
       "국가ai컴퓨팅센터", "국가 ai 컴퓨팅 센터"),
    _k("US", "United States", "usa", "us", "u s", "united states of america", "états-unis",
       "etats-unis", "usa government", "us government", "vereinigte staaten", "미국", "アメリカ",
       "米国", "美国", "estados unidos", "stati uniti"),
    _k("CN", "China", "chine", "中国", "중국", "cina", "people's republic of china", "prc"),
    _k("JP", "Japan", "japon", "日本", "일본", "giappone", "japón"),
    _k("TW", "Taiwan", "taïwan", "台湾", "臺灣", "대만"),
    _k("SA", "Saudi Arabia", "arabie saoudite", "saudi-arabien", "arabia saudita",
       "사우디아라비아", "사우디", "humain"),
    _k("AE", "United Arab Emirates", "uae", "émirats arabes unis", "emirats arabes unis",
       "vereinigte arabische emirate", "아랍에미리트", "g42"),
    _k("IN", "India", "inde", "indien", "인도"),
    _k("FR", "France", "프랑스"),
    _k("DE", "Germany", "allemagne", "deutschland", "독일"),
    _k("GB", "United Kingdom", "uk", "royaume-uni", "großbritannien", "영국"),
    _k("CH", "Switzerland", "suisse", "schweiz", "svizzera", "스위스"),
)

DEFAULT_PARTIES = Parties.build(DEFAULT_TABLE)


def parties_from_entities(data: Any, known: Parties | None = None) -> Parties:
    """Read entity data as the tagger ships it (``shared/data/entities.json``).

    Accepted shapes:

    - ``{"entities": [{"name", "kind", "country", "aliases", "case_sensitive", "party"}]}``
      (or a bare list of such objects). ``party`` names the entity it counts as in a deal
      (a government, a central bank or a state fund counts as its country); a country whose
      own ``country`` code is missing takes it from the entities that count as it, or from
      ``known`` (the ledger's own table by default).
    - ``{"Canonical Name": ["alias", ...], ...}``.
    """
    known = known if known is not None else DEFAULT_PARTIES
    items: Any = data
    if isinstance(data, Mapping):
        for wrapper in ("entities", "companies"):
            if isinstance(data.get(wrapper), list):
                items = data[wrapper]
                break
    if isinstance(items, Mapping):
        records: list[tuple[Party, tuple[str, ...]]] = []
        for name, aliases in items.items():
            if isinstance(name, str) and name.startswith("_"):
                continue  # "_comment" and the like
            if not isinstance(name, str) or not isinstance(aliases, list):
                raise ConfigError(f"entity {name!r}: expected a list of aliases")
            records.append((Party(key=_compact(name), name=name), _strings(aliases)))
        return Parties.build(records)
    if not isinstance(items, list):
        raise ConfigError("entity data: expected an object or a list")
    records, shown = _records(items, known)
    return Parties.build(records, shown)


def _strings(values: Any) -> tuple[str, ...]:
    if values is None:
        return ()
    if not isinstance(values, list):
        raise ConfigError(f"expected a list of names, got {values!r}")
    return tuple(v for v in values if isinstance(v, str))


def _records(
    items: list[Any], known: Parties
) -> tuple[list[tuple[Party, tuple[str, ...]]], dict[str, str]]:
    for item in items:
        if not isinstance(item, Mapping) or not isinstance(item.get("name"), str):
            raise ConfigError(f"entity {item!r}: expected an object with a name")
    # Country codes: the entity's own, else from those that count as it, else ours.
    codes: dict[str, str] = {}
    for item in items:
        target, code = item.get("party"), item.get("country")
        if isinstance(target, str) and isinstance(code, str):
            codes.setdefault(_compact(target), code.upper())
    own: dict[str, Party] = {}
    for item in items:
        if item.get("party"):
            continue
        name: str = item["name"]
        kind = str(item.get("kind") or "company")
        code = item.get("country")
        code = code.upper() if isinstance(code, str) else None
        if kind == "country":
            ours = known.lookup(name)
            code = code or codes.get(_compact(name)) or (ours.country if ours else None)
            if code:
                own[_compact(name)] = Party(f"country:{code}", name, "country", code)
                continue
        own[_compact(name)] = Party(_compact(name), name, kind, code)
    records: list[tuple[Party, tuple[str, ...]]] = []
    shown: dict[str, str] = {}
    for item in items:
        name = item["name"]
        aliases = (*_strings(item.get("aliases")), *_strings(item.get("case_sensitive")))
        target = item.get("party")
        if isinstance(target, str) and target:
            party = own.get(_compact(target)) or known.lookup(target)
            if party is None:
                party = Party(_compact(target), target)
            shown.update((alias, name) for alias in (name, *aliases))
        else:
            party = own[_compact(name)]
        records.append((party, (name, *aliases)))
    return records, shown
