"""The parties of a story: who can sell or buy in its deals.

Named entities, plus references the lexicon knows: "the government" (the home country's),
"the country", "the company" (resolved later to the company meant), sentence-initial pronouns,
and unnamed groups with a nationality ("Chinese tech companies": buyer null, country CN).
Prepositions around a party (``PrepRules``) tell its role.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from shared.tagging.amounts import CJK_LANGS
from shared.tagging.text import Doc

if TYPE_CHECKING:
    from shared.tagging.entities import Mention
    from shared.tagging.knowledge import Knowledge

UNAMBIGUOUS_FROM = frozenset(
    ("from", "von", "vom", "bei", "beim", "chez", "da", "dal", "dall'", "dalla", "dai", "dagli")
)
VERBS = ("supply", "buy", "invest", "raise", "grant", "contract", "equity", "pay")

@dataclass(frozen=True, slots=True)
class Party:
    start: int
    end: int
    name: str | None
    country: str | None
    kind: str  # company, institution, country, group, ref
    vendor_type: bool = False
    chip: bool = False
    canon: str | None = None  # the party it counts as (a government counts as its country)
    lead: bool = False  # the first party of its sentence (usually its subject)


@dataclass(frozen=True)
class PrepRules:
    """Prepositions (Korean/Japanese: particles after the name) that mark a party's role."""

    before: dict[str, re.Pattern[str]]
    after: dict[str, re.Pattern[str]]

    @classmethod
    def build(cls, words: dict[str, list[str]]) -> PrepRules:
        before: dict[str, re.Pattern[str]] = {}
        after: dict[str, re.Pattern[str]] = {}
        for kind, forms in words.items():
            alts = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True)) or "(?!)"
            word = rf"(?<![\w'])(?:{alts})(?:(?<=')|(?!\w))"
            # the last such word in the window
            before[kind] = re.compile(rf"(?<![\w'])({alts})(?:(?<=')|(?!\w))(?!.*{word})")
            after[kind] = re.compile(rf"({alts})")
        return cls(before, after)


LexHit = tuple[int, int, str, str]  # start, end, category, value

# German case articles mark a role only right before the name ("liefert der Telekom").
_ARTICLES = frozenset(("der", "dem", "des", "den"))
_PARTY_WORDS = frozenset(("gov", "country_ref", "company_ref", "pronoun", "group_noun"))
_MAKER_AFTER_UNIT = re.compile(r" (?:de |d'|di |del |von |de la )?$")

# Between a maker and a unit noun, a preposition ("to Nvidia for AI chips") or a count
# ("liefert Samsung 30.000 Chips": the maker is the one receiving them) means the maker is
# not the one whose chips these are.
_PURPOSE_GAP = re.compile(
    r"\b(?:for|with|to|into|pour|avec|dans|für|mit|zu|para|con|per|nel|nei|with)\b|\d"
)

# Between a maker and its unit noun in Korean and Japanese ("엔비디아 GPU", "エヌビディア製GPU");
# a particle ("삼성전자에 GPU", "エヌビディアはGPU") marks a role instead.
_CJK_MAKER_GAP = frozenset(("", "의", "の", "製", "製の", "산", "社の", "社製"))

# Between a subject and its verb: an auxiliary or adverb or two, no punctuation; not a word
# that opens a purpose clause ("a la startup X para fabricar": X does not make the deal).
_SUBJECT_GAP = re.compile(r" (?!(?:para|pour|per|um|om|afin|pra|in order) )(?:[\w'-]+ ){0,2}$")


_ATTRIBUTIVE = re.compile(r"-[^\W\d_]")  # "US-Chipkonzern": an adjective, not a party


_COMPANY_NOUN = re.compile(
    r" (?:company|firm|group|giant|start-?up|chipmaker|maker|operator|provider|"
    r"unternehmen|konzern|firma|empresa|compañía|azienda|società)\b"
)


_APPOSITION = re.compile(r"^ (?:[a-zà-ÿ-]+ )?$")


LANG_DEFAULT_HOME = {"ko": "KR", "ja": "JP"}


def home_country(doc: Doc, mentions: list[Mention]) -> str | None:
    if doc.lang in LANG_DEFAULT_HOME:
        # Korean- and Japanese-language wires are written at home: "국내", "政府" are Korea's,
        # Japan's, whatever other country the story names more often
        return LANG_DEFAULT_HOME[doc.lang]
    counts = Counter(m.info.country for m in mentions if m.info.kind == "country")
    counts.pop("KP", None)
    if counts:
        return counts.most_common(1)[0][0]
    return LANG_DEFAULT_HOME.get(doc.lang)


def doc_parties(
    doc: Doc, kb: Knowledge, mentions: list[Mention], lex: list[LexHit], home: str | None
) -> list[Party]:
    out: list[Party] = []
    for m in mentions:
        if m.info.kind == "country" and _ATTRIBUTIVE.match(doc.norm, m.end):
            continue
        if m.info.kind == "country" and _COMPANY_NOUN.match(doc.low, m.end):
            # "the US company": a company named earlier, not the country
            out.append(Party(m.start, m.end, None, None, "ref"))
            continue
        out.append(Party(m.start, m.end, m.info.name, m.info.country, m.info.kind,
                         m.info.vendor, m.info.chip, m.info.party or m.info.name))
    taken = {i for p in out for i in range(p.start, p.end)}

    def free(s: int, e: int) -> bool:
        return s not in taken and e - 1 not in taken

    gov_name = _government(kb, home)
    home_name = _country_name(kb, home)
    nats = [(s, e, v) for s, e, c, v in lex if c == "nat"]
    for s, e, cat, _ in lex:
        if cat not in _PARTY_WORDS or not free(s, e):
            continue
        added: Party | None = None
        if cat == "gov":
            # "the Dutch government", "o governo brasileiro": its own country, not the home one
            code = next((home if nat == "HOME" else nat for ns, ne, nat in nats
                         if 0 <= s - ne <= 2 or 0 <= ns - e <= 2), home)
            if code == home and home:
                added = Party(s, e, gov_name, home, "institution", canon=home_name)
            elif code:
                added = Party(s, e, _government(kb, code), code, "institution",
                              canon=_country_name(kb, code))
        elif cat == "country_ref" and home:
            added = Party(s, e, home_name, home, "country", canon=home_name)
        elif cat == "company_ref" or (cat == "pronoun" and doc.sentence_at(s).start == s):
            added = Party(s, e, None, None, "ref")
        elif cat == "group_noun":
            for ns, ne, nat in nats:
                if (0 <= s - ne <= 14 or 0 <= ns - e <= 4) and free(ns, ne):
                    code = home if nat == "HOME" else nat
                    added = Party(min(s, ns), max(e, ne), None, code, "group",
                                  canon=_country_name(kb, code))
                    break
        # a group noun with no nationality beside it names no party
        if added is not None:
            out.append(added)
            taken.update(range(added.start, added.end))
    out.sort(key=lambda p: p.start)
    # "la start-up britannique Graphcore": the name, not the noun before it, is the party
    kept = [
        p for k, p in enumerate(out)
        if not (
            p.kind == "ref"
            and k + 1 < len(out)
            and out[k + 1].name
            and _APPOSITION.match(doc.low[p.end : out[k + 1].start])
        )
    ]
    seen: set[int] = set()
    for k, (p, sent) in enumerate(zip(kept, doc.indexes([p.start for p in kept]), strict=True)):
        if sent not in seen:
            seen.add(sent)
            kept[k] = Party(p.start, p.end, p.name, p.country, p.kind, p.vendor_type, p.chip,
                            p.canon, True)
    return kept


def _government(kb: Knowledge, country: str | None) -> str | None:
    if not country:
        return None
    return kb.names.get(("institution", country)) or f"{country} government"


def _country_name(kb: Knowledge, country: str | None) -> str | None:
    if not country:
        return country
    return kb.names.get(("country", country)) or country


def near(low: str, a: int, b: int, limit: int) -> bool:
    return 0 <= b - a <= limit and "," not in low[a:b] and ";" not in low[a:b]


class SentenceParties:
    """The parties of one sentence, references resolved, marked by the words around them."""

    def __init__(
        self,
        parties: list[Party],
        lex: list[LexHit],
        low: str,
        lang: str,
        preps: PrepRules,
        start: int,
        end: int,
        context: list[Party],
    ) -> None:
        self.low = low
        self.lang = lang
        self.preps = preps
        self.cjk = lang in CJK_LANGS
        self.start, self.end = start, end
        self.context = context  # parties of the previous sentences, most recent last
        self.lex = lex
        self.parties: list[Party] = []
        for p in parties:
            q = self._resolve_ref(p, [x for x in parties if x.end <= p.start])
            if q.kind != "ref":
                self.parties.append(q)
        self.from_marked: set[int] = set()
        self.to_marked: set[int] = set()
        self.in_marked: set[int] = set()
        self._mark()

    # -- parties --------------------------------------------------------------------------
    def _resolve_ref(self, p: Party, before: list[Party]) -> Party:
        """'the company', 'la start-up', a sentence-initial 'it': the company meant."""
        if p.kind != "ref":
            return p
        nat = next(
            (v for s, e, c, v in self.lex
             if c == "nat" and s - 3 <= p.end and p.start <= e + 3),
            None,
        )
        same = [q for q in before if q.kind == "company" and q.name]
        if nat:
            same = [q for q in same if q.country == nat]
        if same:
            pick = next((q for q in reversed(same) if not q.vendor_type), same[-1])
            return replace(pick, start=p.start, end=p.end)
        # "delivers ... to the US company": a recipient is rarely the maker
        buyer_side = self._prep(p, "to", 14) is not None
        found = self.salient(country=nat, buyer_side=buyer_side)
        return replace(found, start=p.start, end=p.end) if found else p

    def salient(
        self, exclude: Party | None = None, country: str | None = None, buyer_side: bool = False
    ) -> Party | None:
        """The company the story is about so far: most often named (as a sentence's subject
        counting twice), then most recent; of the given country when one is said."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for i, q in enumerate(self.context):
            if q.kind != "company" or not q.name or (exclude and q.name == exclude.name):
                continue
            if (country and q.country != country) or (buyer_side and q.vendor_type):
                continue
            counts[q.name] = counts.get(q.name, 0) + (2 if q.lead else 1)
            last[q.name] = i
        if not counts:
            return None
        name = max(counts, key=lambda n: (counts[n], last[n]))
        return self.context[last[name]]

    def _prep(self, p: Party, kind: str, reach: int) -> str | None:
        """The preposition of this kind governing the party ('to', 'von', Korean '에')."""
        low = self.low
        if self.cjk:
            m = self.preps.after[kind].match(low, p.end)
            return m.group(1) if m else None
        lo = max(self.start, p.start - reach - 16)
        m = self.preps.before[kind].search(low, lo, p.start)
        if m is None or not near(low, m.end(1), p.start, reach):
            return None
        if m.group(1) in _ARTICLES and low[m.end(1) : p.start].strip():
            return None  # "der US-Konzern Nvidia": an article of the noun before the name
        if self._party_between(m.end(1), p.start):
            return None
        return m.group(1)

    def _mark(self) -> None:
        low = self.low
        first_verb = min((s for s, _, cat, _ in self.lex if cat in VERBS), default=self.end)
        for i, p in enumerate(self.parties):
            word = self._prep(p, "from", 30)
            if word is not None and (
                self.cjk
                or word in UNAMBIGUOUS_FROM
                # "de"/"des"/"of" are mostly possessive: a maker after the verb only
                or (p.vendor_type and p.start > first_verb)
            ):
                self.from_marked.add(i)
            if self._prep(p, "to", 14) is not None:
                self.to_marked.add(i)
            if not self.cjk and self._prep(p, "in", 30) is not None:
                self.in_marked.add(i)
            if p.vendor_type and any(
                cat == "unit" and s >= p.end and near(low, p.end, s, 12)
                and not _PURPOSE_GAP.search(low, p.end, s)
                and (not self.cjk or low[p.end : s].strip() in _CJK_MAKER_GAP)
                for s, _, cat, _ in self.lex
            ):
                self.from_marked.add(i)
            if p.vendor_type and not self.cjk and any(
                # "18 000 puces Nvidia", "GPU de Nvidia": a maker right after the unit
                cat == "unit" and e <= p.start and _MAKER_AFTER_UNIT.match(low, e, p.start)
                for _, e, cat, _ in self.lex
            ):
                self.from_marked.add(i)
            if low[p.end : p.end + 2] == "'s" and p.vendor_type:
                self.from_marked.add(i)
        # "NAVER Cloud obtiendra", "Samsung erhält": a party right before a deal verb is its
        # subject, whatever preposition came before it ("l'opérateur en ligne NAVER Cloud")
        verbs = [(s, cat) for s, _, cat, _ in self.lex if cat in VERBS]
        if not self.cjk and verbs:
            for i, p in enumerate(self.parties):
                nexts = [c for s, c in verbs if s >= p.end and _SUBJECT_GAP.match(low, p.end, s)]
                # "accordera à STMicro une aide": right after its preposition, before a
                # grant noun, the party still receives
                if nexts and all(c == "grant" for c in nexts) and self._prep(p, "to", 1):
                    continue
                # "An Samsung liefert Nvidia ...", "Für die Telekom baut ...": a phrase put
                # first (German verb-second order) is no subject; the subject follows the verb
                if nexts and self._fronted_to(p):
                    continue
                # "a stake in Graphcore to build ...": after a prepositional object, "to"
                # opens a purpose clause
                if nexts and (i in self.to_marked or i in self.in_marked) and low.startswith(
                    " to ", p.end
                ):
                    continue
                if nexts:
                    self.in_marked.discard(i)
                    self.to_marked.discard(i)
        self.to_marked -= self.from_marked
        # "to Saudi Arabia's Humain": the company, not its country, receives
        for i in list(self.to_marked):
            p = self.parties[i]
            if p.kind == "country" and i + 1 < len(self.parties):
                nxt = self.parties[i + 1]
                if low[p.end : nxt.start] in ("'s ", "s' ", "' ", "'s"):
                    self.to_marked.discard(i)
                    self.to_marked.add(i + 1)

    def _fronted_to(self, p: Party) -> bool:
        """A recipient phrase opening its clause ("An Samsung", "An den Konzern X")."""
        if self.cjk or self._prep(p, "to", 16) is None:
            return False
        m = self.preps.before["to"].search(self.low, max(self.start, p.start - 32), p.start)
        if m is None:
            return False
        lead = self.low[self.start : m.start(1)].strip()
        return lead == "" or lead.endswith((",", ":", "\u00bb", "\""))

    def _party_between(self, a: int, b: int) -> bool:
        return any(a <= q.start and q.end <= b for q in self.parties)
