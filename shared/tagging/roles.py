"""Who sells and who buys: the parties of a sentence and their roles around one deal size.

Parties are named entities plus references the lexicon knows: "the government" (the story's
home country's), "the country", "the company" (the last company named before), and unnamed
groups with a nationality ("Chinese tech companies": buyer null, country CN). Roles follow
syntactic cues per language: the verb nearest the size (supply, buy, invest, raise, grant,
contract, pay), prepositions before a party ("to"/"à"/"an"/"에"/"に" mark a recipient, "from"/
"von"/"bei"/"から" a supplier), a unit noun right after a party ("AMD chips": supplier), and
"each" distributing a size over coordinated parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from shared.tagging.amounts import CJK_LANGS, Amount

UNAMBIGUOUS_FROM = frozenset(
    ("from", "von", "vom", "bei", "beim", "chez", "da", "dal", "dall'", "dalla", "dai", "dagli")
)
VERBS = ("supply", "buy", "invest", "raise", "grant", "contract", "equity", "pay")
LexHit = tuple[int, int, str, str]  # start, end, category, value


@dataclass(frozen=True)
class Party:
    start: int
    end: int
    name: str | None
    country: str | None
    kind: str  # company, institution, country, group, ref
    vendor_type: bool = False
    chip: bool = False
    canon: str | None = None  # the party it counts as (a government counts as its country)


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


@dataclass(frozen=True)
class Roles:
    buyer: Party | None
    vendor: Party | None
    verb: str | None


def _near(low: str, a: int, b: int, limit: int) -> bool:
    return 0 <= b - a <= limit and "," not in low[a:b] and ";" not in low[a:b]


class SentenceRoles:
    """Role finder for one sentence."""

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
        same = [q for q in before if q.kind == "company" and q.name]
        if same:
            pick = next((q for q in reversed(same) if not q.vendor_type), same[-1])
            return replace(pick, start=p.start, end=p.end)
        found = self.salient()
        return replace(found, start=p.start, end=p.end) if found else p

    def salient(self, exclude: Party | None = None) -> Party | None:
        """The company the story is about so far: most often named, then most recent."""
        counts: dict[str, int] = {}
        last: dict[str, int] = {}
        for i, q in enumerate(self.context):
            if q.kind == "company" and q.name and not (exclude and q.name == exclude.name):
                counts[q.name] = counts.get(q.name, 0) + 1
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
        if m is None or not _near(low, m.end(1), p.start, reach):
            return None
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
                cat == "unit" and s >= p.end and _near(low, p.end, s, 12)
                for s, _, cat, _ in self.lex
            ):
                self.from_marked.add(i)
            if low[p.end : p.end + 2] == "'s" and p.vendor_type:
                self.from_marked.add(i)
        self.to_marked -= self.from_marked
        # "to Saudi Arabia's Humain": the company, not its country, receives
        for i in list(self.to_marked):
            p = self.parties[i]
            if p.kind == "country" and i + 1 < len(self.parties):
                nxt = self.parties[i + 1]
                if low[p.end : nxt.start] in ("'s ", "s' ", "' ", "'s"):
                    self.to_marked.discard(i)
                    self.to_marked.add(i + 1)

    def _party_between(self, a: int, b: int) -> bool:
        return any(a <= q.start and q.end <= b for q in self.parties)

    def _verb(self, amount: Amount) -> LexHit | None:
        verbs = [h for h in self.lex if h[2] in VERBS]
        if not verbs:
            return None
        before = [h for h in verbs if h[1] <= amount.start]
        after = [h for h in verbs if h[0] >= amount.end]
        # Korean and Japanese close the clause of the size with its verb; others lead with it.
        first, second = (after, before[::-1]) if self.cjk else (before[::-1], after)
        pick = first or second
        return pick[0] if pick else None

    def _subject(self, amount: Amount, prefer_non_vendor: bool) -> list[int]:
        """Index of the party the size belongs to as subject, with its coordinated partners."""
        cands = [
            i
            for i, p in enumerate(self.parties)
            if p.end <= amount.start
            and i not in self.from_marked
            and i not in self.to_marked
            and i not in self.in_marked
        ]
        if not cands:
            return []

        def rank(i: int) -> tuple[int, int, int]:
            p = self.parties[i]
            return (
                0 if p.kind == "country" else 1,
                0 if (prefer_non_vendor and p.vendor_type) else 1,
                p.start,
            )

        best = max(cands, key=rank)
        group = [best]
        j = best
        while True:
            prev = [i for i in cands if self.parties[i].end <= self.parties[j].start]
            if not prev:
                break
            k = max(prev, key=lambda i: self.parties[i].start)
            gap = self.low[self.parties[k].end : self.parties[j].start]
            if len(gap) > 30 or not self._is_and(gap):
                break
            group.insert(0, k)
            j = k
        return group

    def _is_and(self, gap: str) -> bool:
        words = gap.replace(",", " , ").split()
        if self.cjk:
            return any(w in gap for w in ("와", "과", "·", ",", "と", "や", "・")) and len(gap) <= 4
        return any(w in (",", "and", "et", "und", "y", "e") for w in words) and len(words) <= 4

    def _each(self, amount: Amount, subject_end: int) -> bool:
        return any(
            cat == "each" and subject_end <= s and e <= amount.start + 40
            for s, e, cat, _ in self.lex
        )

    # -- roles ----------------------------------------------------------------------------
    def roles(self, amount: Amount) -> list[Roles]:
        verb = self._verb(amount)
        cat = verb[2] if verb else None
        P = self.parties
        vendors = [i for i in self.from_marked]
        recip = sorted(self.to_marked, key=lambda i: self._recipient_rank(i, amount))
        vendor = P[vendors[0]] if vendors else None
        stake = self._equity_after(amount)
        if stake is not None:
            subj = self._subject(amount, prefer_non_vendor=False)
            return [Roles(stake, P[subj[-1]] if subj else None, "equity")]
        if cat == "raise":
            first = [
                i for i, p in enumerate(P)
                if p.end <= amount.start and i not in self.from_marked and p.kind != "country"
            ]
            if first:
                return [Roles(P[first[0]], None, cat)]
        if cat == "pay" and verb is not None:
            payer = [i for i, p in enumerate(P) if p.end <= verb[0]]
            payee = [i for i, p in enumerate(P) if verb[1] <= p.start and p.end <= amount.start]
            buyer = P[payer[-1]] if payer else None
            return [Roles(buyer, P[payee[0]] if payee else vendor, cat)]
        if cat == "contract":
            # "wins an order from Tesla": the maker sells, the other side buys
            makers = [p for p in P if p.vendor_type]
            clients = [p for p in P if not p.vendor_type and p.kind != "country"]
            if makers and clients:
                buyer = min(clients, key=lambda p: abs(p.start - amount.start))
                return [Roles(buyer, makers[0], cat)]
        if cat in ("supply", "contract"):
            seller = vendor or next((p for p in P if p.vendor_type), None)
            if recip:
                return [Roles(P[recip[0]], seller, cat)]
            others = [
                i for i in range(len(P))
                if P[i] is not seller and not P[i].vendor_type and i not in self.from_marked
            ]
            if others:
                i = min(others, key=lambda i: abs(P[i].start - amount.start))
                return [Roles(P[i], seller, cat)]
            if cat == "supply":
                return [Roles(None, seller, cat)]
        if cat in ("invest", "equity"):
            target = self._invest_target(amount, verb)
            subj = self._subject(amount, prefer_non_vendor=False)
            investor = P[subj[-1]] if subj else None
            if target is not None and investor is not None and target.name == investor.name:
                return [Roles(None, investor, cat)]  # "invests in a start-up": not named here
            if target is not None and target is not investor:
                return [Roles(target, investor, cat)]
            if target is None and self._invests_in_unnamed(amount):
                return [Roles(None, investor, cat)]
            if cat == "equity":
                held = self.salient(exclude=investor)
                if held is not None:
                    return [Roles(held, investor, cat)]
            return [Roles(investor, vendor, cat)]
        if cat == "grant":
            subj = self._subject(amount, prefer_non_vendor=False)
            giver = P[subj[-1]] if subj else None
            if recip:
                return [Roles(P[recip[0]], giver, cat)]
            if verb is not None and verb[1] <= amount.start:
                # "awards TSMC $6.6 billion": the party between the verb and the sum
                dative = [p for p in P if verb[1] <= p.start and p.end <= amount.start]
                if dative:
                    return [Roles(dative[-1], giver, cat)]
            return [Roles(None, giver, cat)]
        if cat in ("buy", None):
            # "comprará ... a Nvidia", "achète à Nvidia": after a buying verb, the maker sells
            for i in list(self.to_marked):
                if P[i].vendor_type:
                    self.to_marked.discard(i)
                    self.from_marked.add(i)
                    vendor = vendor or P[i]
        subj = self._subject(amount, prefer_non_vendor=True)
        if not subj:
            after = [
                i for i, p in enumerate(P)
                if p.start >= amount.end and i not in self.from_marked and not p.vendor_type
            ]
            if after:
                return [Roles(P[after[0]], vendor, cat)]
            return [Roles(None, vendor, cat)]
        if len(subj) > 1 and self._each(amount, P[subj[-1]].end):
            return [Roles(P[i], vendor, cat) for i in subj]
        if len(subj) > 1:
            named = [P[i] for i in subj if not (P[i].chip and cat in ("buy", None))]
            if len(named) == 1:
                return [Roles(named[0], vendor, cat)]
            group = named or [P[i] for i in subj]
            joint = _join([p.name or "" for p in group], self.lang)
            return [Roles(replace(group[0], name=joint), vendor, cat)]
        return [Roles(P[subj[0]], vendor, cat)]

    def _recipient_rank(self, i: int, amount: Amount) -> tuple[int, int]:
        """Korean/Japanese name the recipient before the size, the others after it."""
        p = self.parties[i]
        before = p.end <= amount.start
        first = before if self.cjk else not before
        return (0 if first else 1, abs(p.start - amount.start))

    def _invests_in_unnamed(self, amount: Amount) -> bool:
        """'invests $1 billion in a start-up': the money goes to a company not named here."""
        if self.cjk:
            return False
        for s, _, cat, _ in self.lex:
            if cat in ("group_noun", "company_ref") and amount.end <= s <= amount.end + 40:
                m = self.preps.before["in"].search(self.low, amount.end, s)
                if m is not None and s - m.end(1) <= 8:
                    return True
        return False

    def _equity_after(self, amount: Amount) -> Party | None:
        """'$2 billion of Intel shares': the company whose shares are bought."""
        for s, _, cat, _ in self.lex:
            if cat == "equity" and amount.end <= s <= amount.end + 30:
                for p in self.parties:
                    if amount.end <= p.start and p.end <= s and p.kind == "company":
                        return p
        return None

    def _invest_target(self, amount: Amount, verb: LexHit | None) -> Party | None:
        """The company or institution invested in ('in Intel', 'dans la start-up')."""
        start = verb[1] if verb is not None and verb[1] <= amount.start else amount.start
        cands = [
            p
            for i, p in enumerate(self.parties)
            if (i in self.in_marked or i in self.to_marked)
            and p.kind in ("company", "institution")
            and p.start >= start
        ]
        if not cands:
            return None
        return min(cands, key=lambda p: abs(p.start - amount.end))


def _join(names: list[str], lang: str) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]
