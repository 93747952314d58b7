"""The parties of one sentence and the words around them that mark their roles.

A party (``Party``) is a named entity or a reference the lexicon knows (found for the whole
story by ``story_parties``); prepositions around a party (``PrepRules``; Korean and Japanese
particles after it) mark it as recipient, supplier or investee, and a party right before a
deal verb is its subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shared.tagging.amounts import CJK_LANGS
from shared.tagging.appositions import described

UNAMBIGUOUS_FROM = frozenset(
    ("from", "von", "vom", "bei", "beim", "chez", "da", "dal", "dall'", "dalla", "dai", "dagli",
     "door")
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
_CLOSERS = frozenset(")\uff09\u300d\u300f\"'")  # closing brackets and quotes, full-width too

_CHIP_REF = re.compile(
    r"chip[ -]?maker|fondeur|fabricant de puces|chiphersteller|chipkonzern|"
    r"fabricante de chips|produttore di chip|chipfabrikant|반도체 ?업체|半導体メーカー"
)
# German case articles mark a role only right before the name ("liefert der Telekom").
_ARTICLES = frozenset(("der", "dem", "des", "den"))
EXAMPLES = re.compile(
    r"\b(?:such as|like|including|wie|etwa|comme|tels? que|telles? que|como|tales como|come|"
    r"quali|zoals|waaronder)\s[^,;.()]{0,25}$"
)
# a capitalised word (a German noun) right before "der", not opening the sentence
_NOUN_BEFORE = re.compile(r"(?<=\w )[A-ZÄÖÜ][\w-]*[a-zäöüß] $")
_JOINED = re.compile(r" (?:and|y|e|et|und|en|i) ")
_PT_ART = frozenset(("a", "o", "as", "os"))
_NUMBER_AT = re.compile(r"(?:^|[\s$€£¥(])\d")
_MAKER_AFTER_UNIT = re.compile(r" (?:\([^()]{1,12}\) )?(?:de |d'|di |del |von |de la )?$")

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
SUBJECT_GAP = re.compile(r" (?!(?:para|pour|per|um|om|afin|pra|in order) )(?:[\w'-]+ ){0,2}$")


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
        norm: str = "",
    ) -> None:
        self.low = low
        self.norm = norm  # the text with its case ("" when the caller has none)
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
        # "40.000 puces Nvidia, a précisé l'entreprise": the maker naming the chips is no
        # actor of the sentence
        same = [q for q in before if q.kind == "company" and q.name and not self._names_units(q)
                # "Prozessoren von Herstellern wie AMD und Nvidia, teilte das Unternehmen
                # mit": companies given as examples are not the one speaking
                and not EXAMPLES.search(self.low, max(self.start, q.start - 40), q.start)]
        if nat:
            same = [q for q in same if q.country == nat]
        same = [q for q in same if not described(self.low, before, q)] or same
        if _CHIP_REF.search(self.low, p.start, p.end) and not any(q.chip for q in same):
            # "eight firms including SoftBank will invest 7.5 billion yen in the chipmaker": a
            # chip maker is meant, the one the story named before, not a firm of this sentence
            chip = [q for q in self.context if q.kind == "company" and q.chip and q.name]
            if chip:
                names = [q.name for q in chip]
                pick = max(reversed(chip), key=lambda q: names.count(q.name))
                return replace(pick, start=p.start, end=p.end)
        if same:
            pick = next((q for q in reversed(same) if not q.vendor_type), same[-1])
            return replace(pick, start=p.start, end=p.end)
        # "delivers ... to the US company": a recipient is rarely the maker
        buyer_side = self._prep(p, "to", 14) is not None
        found = self.salient(country=nat, buyer_side=buyer_side)
        return replace(found, start=p.start, end=p.end) if found else p

    def _names_units(self, q: Party) -> bool:
        """A maker right after a unit noun ("puces Nvidia", "GPU de Nvidia")."""
        return q.vendor_type and not self.cjk and any(
            cat == "unit" and e <= q.start and _MAKER_AFTER_UNIT.match(self.low, e, q.start)
            for _, e, cat, _ in self.lex
        )

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
        m = self._prep_match(p, kind, reach)
        return m.group(1) if m else None

    def _prep_match(self, p: Party, kind: str, reach: int) -> re.Match[str] | None:
        low = self.low
        if self.cjk:
            # "...(TSMC)の" in full-width brackets: the particle follows the closing bracket
            at = p.end + 1 if low[p.end : p.end + 1] in _CLOSERS else p.end
            return self.preps.after[kind].match(low, at)
        lo = max(self.start, p.start - reach - 16)
        m = self.preps.before[kind].search(low, lo, p.start)
        if m is None or not near(low, m.end(1), p.start, reach):
            return None
        if m.group(1) in _ARTICLES and low[m.end(1) : p.start].strip():
            return None  # "der US-Konzern Nvidia": an article of the noun before the name
        if (kind == "to" and self.lang == "de" and m.group(1) == "der" and self.norm
                and _NOUN_BEFORE.search(
                self.norm, max(self.start, m.start(1) - 30), m.start(1))):
            return None  # "die IT-Tochter der Schwarz-Gruppe": a genitive after a noun
        if self._party_between(m.end(1), p.start):
            return None
        if _JOINED.search(low, m.end(1), p.start):
            return None  # "... obleas al mes y SK hynix": the word governs the noun before
        if _NUMBER_AT.search(low, m.end(1), p.start):
            return None  # "put in $150 million and Samsung ...": the word governs the sum
        return m

    def _closer_in(self, p: Party, of: re.Match[str]) -> bool:
        """'5 milliards de dollars dans Intel', 'plus de 300.000 piles HBM4 à Nvidia': an
        'in' or 'to' word nearer the name than the 'de' governs it."""
        return any(
            m is not None and m.start(1) > of.start(1)
            for m in (self._prep_match(p, "in", 30), self._prep_match(p, "to", 14))
        )

    def _mark(self) -> None:
        low = self.low
        first_verb = min((s for s, _, cat, _ in self.lex if cat in VERBS), default=self.end)
        for i, p in enumerate(self.parties):
            fm = self._prep_match(p, "from", 30)
            word = fm.group(1) if fm else None
            if fm is not None and word is not None and (
                self.cjk
                or word in UNAMBIGUOUS_FROM
                # "de"/"des"/"of" are mostly possessive: a maker after the verb only
                or (p.vendor_type and p.start > first_verb and not self._closer_in(p, fm))
            ):
                self.from_marked.add(i)
            if self._prep(p, "to", 14) is not None:
                self.to_marked.add(i)
            im = None if self.cjk else self._prep_match(p, "in", 30)
            # ("in partnership with AWS": the partner, not what is invested in)
            wm = (self._prep_match(p, "with", 14)
                  if im is not None and "with" in self.preps.before else None)
            if im is not None and (wm is None or wm.start(1) < im.start(1)):
                self.in_marked.add(i)
            if p.vendor_type and any(
                cat == "unit" and s >= p.end and near(low, p.end, s, 12)
                and not _PURPOSE_GAP.search(low, p.end, s)
                and (not self.cjk or low[p.end : s].strip() in _CJK_MAKER_GAP
                     # "エヌビディア製の最新GPU": made by, whatever describes the chips
                     or low.startswith(("製", "社製"), p.end))
                for s, _, cat, _ in self.lex
            ):
                self.from_marked.add(i)
            if self._names_units(p):  # "18 000 puces Nvidia", "GPU de Nvidia"
                self.from_marked.add(i)
            if low[p.end : p.end + 2] == "'s" and p.vendor_type:
                self.from_marked.add(i)
        # "NAVER Cloud obtiendra", "Samsung erhält": a party right before a deal verb is its
        # subject, whatever preposition came before it ("l'opérateur en ligne NAVER Cloud")
        verbs = [(s, cat) for s, _, cat, _ in self.lex if cat in VERBS]
        if not self.cjk and verbs:
            for i, p in enumerate(self.parties):
                nexts = [c for s, c in verbs if s >= p.end and SUBJECT_GAP.match(low, p.end, s)]
                # "accordera à STMicro une aide": right after its preposition, before a
                # grant noun, the party still receives
                if nexts and all(c == "grant" for c in nexts) and self._prep(p, "to", 1):
                    continue
                # "An Samsung liefert Nvidia ...", "Für die Telekom baut ...": a phrase put
                # first (German verb-second order) is no subject; the subject follows the verb
                if nexts and self._fronted_to(p):
                    continue
                # "8.000 an SAP gehen": right after its preposition, the party is its object
                # (at the head of a sentence "A Oracle vai ..." has an article, not "to")
                if (nexts and not self.cjk and self._prep(p, "to", 5) is not None
                        and not self._to_opens_clause(p, 5)):
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
        if self.lang == "pt":
            # "A Microsoft tinha anunciado ...": an article before a name opening the sentence
            self.to_marked = {i for i in self.to_marked
                              if low[self.start : self.parties[i].start].strip() not in _PT_ART}
        # "to Saudi Arabia's Humain": the company, not its country, receives
        for i in list(self.to_marked):
            p = self.parties[i]
            if p.kind == "country" and i + 1 < len(self.parties):
                nxt = self.parties[i + 1]
                if low[p.end : nxt.start] in ("'s ", "s' ", "' ", "'s"):
                    self.to_marked.discard(i)
                    self.to_marked.add(i + 1)

    def _fronted_to(self, p: Party) -> bool:
        """A recipient phrase opening its clause ("An Samsung", "An den Konzern X"), in the
        verb-second languages (elsewhere "A Microsoft vai ..." opens with an article)."""
        return self.lang in ("de", "nl") and self._to_opens_clause(p, 16)

    def _to_opens_clause(self, p: Party, reach: int) -> bool:
        if self._prep(p, "to", reach) is None:
            return False
        m = self.preps.before["to"].search(self.low, max(self.start, p.start - 32), p.start)
        if m is None:
            return False
        lead = self.low[self.start : m.start(1)].strip()
        return lead == "" or lead.endswith((",", ":", "\u00bb", "\""))

    def _party_between(self, a: int, b: int) -> bool:
        return any(a <= q.start and q.end <= b for q in self.parties)
