"""Cues around one deal size that tell who sells and who buys, beyond the verb and its
subject: the parts of a total, a passive grant, a won contract, the owner of a funded site,
the company invested in or whose shares are bought, a company that speaks after the sum."""

from __future__ import annotations

import re
from dataclasses import replace

from shared.tagging.amounts import Amount
from shared.tagging.clause_cues import ClauseCues, Roles
from shared.tagging.parties import EXAMPLES, SUBJECT_GAP, VERBS, LexHit, Party


class RoleCues(ClauseCues):
    """The cues of one sentence; ``roles.SentenceRoles`` weighs them."""

    # the sentence's deal sizes, bracketed restatements left out
    sizes: tuple[Amount, ...] = ()

    def _other_size_between(self, amount: Amount, p: Party) -> bool:
        """'13,000 GPUs: 8,000 to Samsung, 3,000 to SK ...': with two or more smaller sizes of
        the same kind beside it, a size is a total, and a recipient with one of those parts
        between it and the total belongs to that part; a part's recipient is on its own side."""
        others = [x for x in self.sizes if x.kind == amount.kind and x.start != amount.start]
        parts = [x for x in others if x.value < amount.value]
        after = p.start >= amount.end
        lo, hi = (amount.end, p.start) if after else (p.end, amount.start)
        if len(parts) >= 2:
            return any(lo <= x.start and x.end <= hi for x in parts)
        # "12,000 to Kakao and 8,000 to Naver": a recipient comes after its size (Korean and
        # Japanese: before it), so one on the other side of another size is that size's
        if after == self.cjk:
            return any(lo <= x.start and x.end <= hi for x in others)
        return False

    def _across_break(self, amount: Amount, p: Party) -> bool:
        """'정부, AI 반도체에 1조원…리벨리온에 200억원': a headline's ellipsis or a
        semicolon between a size and a party puts them in different clauses."""
        lo, hi = (amount.end, p.start) if p.start >= amount.end else (p.end, amount.start)
        return any(b in self.low[lo:hi] for b in ("…", "...", ";"))

    def _is_and(self, gap: str, comma: bool) -> bool:
        """Coordination: "A, B and C". The last link needs a conjunction; a comma alone
        ("According to the US group, Samsung ...") ends a clause, not a list."""
        if any(c.isdigit() for c in gap):
            return False  # "KT Cloud 4,000 and NHN Cloud 3,000": pairs of a list, not partners
        words = gap.replace(",", " , ").split()
        if self.cjk:
            marks = (*_CJK_AND, ",") if comma else _CJK_AND
            return any(w in gap for w in marks) and len(gap) <= 4
        joins: tuple[str, ...] = ("and", "et", "und", "y", "e", "sowie", "ainsi")
        if self.lang == "nl":
            joins = (*joins, "en")
        if comma:
            joins = (",", *joins)
        return any(w in joins for w in words) and len(words) <= 4

    def _coordinated(
        self, first: int, seller: Party | None, comma: bool = True
    ) -> list[int]:
        """The party and those joined to it by "and" (Korean and Japanese: before it); with
        ``comma`` a comma alone joins too ("to the government, Samsung and Naver")."""
        P = self.parties
        group = [first]
        step = -1 if self.cjk else 1
        j = first
        while 0 <= j + step < len(P):
            k = j + step
            a, b = (P[k], P[j]) if step < 0 else (P[j], P[k])
            gap = self.low[a.end : b.start]
            if P[k] is seller or len(gap) > 30 or not self._is_and(gap, comma=comma):
                break
            if step > 0 and self._opens_clause(P[k]):
                break  # "to Naver Cloud, and Kakao will buy ...": a new subject, not a partner
            group.append(k)
            j = k
        return group

    def _opens_clause(self, p: Party) -> bool:
        """The party is followed by its own verb, an auxiliary or two between."""
        return any(
            cat in VERBS and s >= p.end and SUBJECT_GAP.match(self.low, p.end, s)
            for s, _, cat, _ in self.lex
        )

    def _before_subject(self, p: Party, verb: LexHit | None) -> bool:
        """'commande 18 000 puces à Nvidia, AMD fournira 6 milliards': a recipient before the
        subject of the size's own verb belongs to the clause before, when that clause's verb
        is another one ('suministrarán memoria a OpenAI: Samsung entregará 500.000 obleas'
        goes on about the same supply)."""
        if verb is None or self.cjk or p.end > verb[0]:
            return False
        own = [h for h in self.lex if h[2] in VERBS and h[1] <= p.start]
        if not own or max(own, key=lambda h: h[0])[2] == verb[2]:
            return False
        return any(p.end <= q.start and q.end <= verb[0] and self._opens_clause(q)
                   for q in self.parties)

    def _recipients(
        self, first: int, seller: Party | None, cat: str, amount: Amount
    ) -> list[Roles]:
        """The marked recipient with the parties coordinated with it ("to the government,
        Samsung and Naver", "정부와 삼성전자, 네이버에"): several recipients of one size get it
        together (named jointly, as joint buyers are) or each ("each", "각각")."""
        P = self.parties
        group = self._coordinated(first, seller)
        # a reference resolved to the same party ("to KT ..., its largest customer") is
        # not a second recipient
        group = [i for k, i in enumerate(group)
                 if P[i].name not in {P[j].name for j in group[:k]}]
        if len(group) == 1:
            return [Roles(P[first], seller, cat)]
        group.sort()
        if any(c == "each" for _, _, c, _ in self.lex):
            # "à A et B respectivement 300 et 150 millions", "A와 B에 각각 3천억 원과 1천500억
            # 원": as many different sizes as recipients pair up in order
            same = [x for x in self.sizes if x.kind == amount.kind]
            if len(same) == len(group) and len({x.value for x in same}) == len(same):
                k = next((j for j, x in enumerate(same) if x.start == amount.start), None)
                if k is not None:
                    return [Roles(P[group[k]], seller, cat)]
            return [Roles(P[i], seller, cat) for i in group]
        joint = join_names([P[i].name or "" for i in group], self.lang)
        return [Roles(replace(P[first], name=joint), seller, cat)]

    def _cjk_aid(self, amount: Amount, cat: str) -> Roles | None:
        """'経済産業省は、マイクロンが計画する…量産に対し、3200億円を補助する': public aid
        before which a ministry and a company are named goes to the company."""
        if not self.cjk:
            return None
        before = [p for p in self.parties if p.end <= amount.start]
        public = [p for p in before if p.kind in ("institution", "country")]
        firms = [p for p in before if p.kind == "company"]
        return Roles(firms[-1], public[0], cat) if public and firms else None

    def _placed_with(self, verb: LexHit, recip: list[int]) -> int | None:
        """The recipient of an order ('commande ... à', 'Auftrag an', 'pedido a'), with no
        other deal word between them: the one the order is placed with."""
        if not _ORDER.match(self.low, verb[0]):
            return None
        if not self.cjk and "with" in self.preps.before:
            # "has placed a $1.1 billion order with Samsung"
            recip = recip + [i for i, p in enumerate(self.parties)
                             if self._prep(p, "with", 12) is not None]
        for i in recip:
            p = self.parties[i]
            # ("an order for Graphcore": a chip maker gets the order; for a client it is placed)
            if p.start > verb[1] and (p.chip or not self._for_whom(p)) and not any(
                c in VERBS and verb[1] <= s and e <= p.start for s, e, c, _ in self.lex
            ):
                return i
        return None

    def _for_whom(self, p: Party) -> bool:
        """'Uma encomenda ... vai para a SK Group', 'une commande pour Orange': the order is
        for that party, not placed with it."""
        return _FOR_WHOM.search(self.low, max(self.start, p.start - 24), p.start) is not None

    def _with_partner(self, seller: Party | None) -> Party | None:
        """'SK Hynix signed a supply deal with Nvidia', 'SK하이닉스가 엔비디아와 ... 공급 계약':
        the seller's partner in a supply contract receives the goods."""
        if seller is None or "with" not in self.preps.before:
            return None
        if self.cjk and not any(h[2] == "contract" for h in self.lex):
            return None  # "와" also joins subjects; only "signs a contract with" is a partner
        return next((p for p in self.parties if p.name != seller.name
                     and p.kind in ("company", "institution")
                     and self._prep(p, "with", 12) is not None), None)

    def _facility_owner(self, giver: Party | None) -> Party | None:
        """'aid for the new plant of STMicroelectronics', 'für das Werk von Infineon', 'for
        Micron's Idaho fab': the company owning the site the money is for."""
        if "facility" not in self.preps.before:
            return None
        if self.cjk:
            return self._facility_owner_cjk(giver)
        rx = self.preps.before["facility"]
        for p in self.parties:
            if p is giver or p.kind != "company":
                continue
            m = rx.search(self.low, max(self.start, p.start - 40), p.start)
            if m is not None and _OF_OWNER.match(self.low, m.end(1), p.start):
                return p
            if _OWNER_OF.match(self.low, p.end) and rx.search(self.low, p.end, p.end + 30):
                return p
        return None

    def _facility_owner_cjk(self, giver: Party | None) -> Party | None:
        """'TSMC의 구마모토 공장에', 'TSMCの熊本第2工場に': a company marked as possessor, then
        a site that takes the recipient particle."""
        rx = self.preps.after["facility"]
        for p in self.parties:
            if p is giver or p.kind != "company":
                continue
            of = _CJK_OF.match(self.low, p.end)  # the rest of a longer name may come first
            if of is None:
                continue
            f = rx.search(self.low, of.end(), of.end() + 12)
            if f is not None and self.low[f.end() : f.end() + 1] in ("に", "에"):
                return p
        return None

    def _parts_group(self, amount: Amount, seller: Party | None) -> Party | None:
        """A total whose parts all go to parties of one country, with no recipient of its
        own: those parties together (an unnamed group of that country) receive it."""
        parts = [p for p in self.parties if p is not seller and p.kind != "country"
                 and self._other_size_between(amount, p)]
        countries = {p.country for p in parts}
        if len(parts) < 2 or len(countries) != 1 or None in countries:
            return None
        first = parts[0]
        return Party(first.start, parts[-1].end, None, first.country, "group")

    def _speaker(self, amount: Amount) -> Party | None:
        """"The investment is 1.5 billion euros, the company said": a company after the sum."""
        makers = {self.parties[i].name for i in self.from_marked}
        after = [
            p for i, p in enumerate(self.parties)
            if p.start >= amount.end and p.kind == "company" and i not in self.from_marked
            and i not in self.to_marked and i not in self.in_marked
            # "... com processadores da Nvidia, anunciou a empresa": the company speaking is
            # not the maker of the chips the sum buys
            and p.name not in makers
            # "... um acordo com a norte-americana Nvidia": a partner, not the speaker
            and ("with" not in self.preps.before or self._prep(p, "with", 30) is None)
            # "von Herstellern wie AMD und Nvidia": examples, not the speaker
            and not EXAMPLES.search(self.low, max(self.start, p.start - 40), p.start)
        ]
        return after[0] if after else None

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
            and i not in self.from_marked
            and p.kind in ("company", "institution")
            and p.start >= start
            and not self._verb_between(amount.end, p.start)
        ]
        if not cands:
            return None
        return min(cands, key=lambda p: abs(p.start - amount.end))

    def _verb_between(self, a: int, b: int) -> bool:
        """'invests 20 trillion won in a plant, and expects to supply ... to Nvidia': another
        deal verb between the size and a party puts the party in another clause."""
        return any(a <= h[0] and h[1] <= b and h[2] in _DEAL_VERBS for h in self.lex)


_CJK_OF = re.compile(r"[^\s、,。]{0,10}?(?:の|의) ?")
_DEAL_VERBS = frozenset(("supply", "buy", "invest", "raise", "grant", "contract", "pay"))
# An auxiliary right before a granting verb: the sentence's subject is the recipient.
_OF_OWNER = re.compile(
    r"s? (?:of|de|d'|du|des|von|vom|der|di|del|della|dello|do|da|van)"
    r" ?(?:the |la |le |l'|el |il |lo |o |a )?(?:[\w-]+ ){0,2}$"
)
_OWNER_OF = re.compile(r"'s? (?:[\w-]+ ){0,3}")


def join_names(names: list[str], lang: str) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return names[0] if names else ""
    return ", ".join(names[:-1]) + " and " + names[-1]
# words for an order (not a contract, which may be one to deliver)
_ORDER = re.compile(r"command|order|auftr|bestell|pedid|encomend|ordin|encarg")
_FOR_WHOM = re.compile(
    r"\b(?:para|pour|for|für|per|voor)\s+(?:(?:a|o|as|os|la|le|les|l'|the|die|der|das|den|"
    r"de|het|il|lo|el)\s+)?$"
)
_CJK_AND = ("와", "과", "·", "と", "や", "・")
