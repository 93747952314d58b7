"""Who sells and who buys around one deal size, from the parties of its sentence.

Roles follow syntactic cues per language: the verb nearest the size (supply, buy, invest,
raise, grant, contract, pay); prepositions before a party ("to", "à", "an"; Korean and
Japanese particles after it) mark a recipient, others ("from", "von", "bei") a supplier; a
unit noun right after a maker ("AMD chips") makes it the supplier; "each" distributes a
size over coordinated parties.
"""

from __future__ import annotations

import re
from dataclasses import replace

from shared.tagging.amounts import Amount
from shared.tagging.clause_cues import Roles
from shared.tagging.parties import VERBS
from shared.tagging.role_cues import join_names
from shared.tagging.subjects import SubjectCues


class SentenceRoles(SubjectCues):
    """Buyer and vendor of each deal size in one sentence."""

    # -- roles ----------------------------------------------------------------------------
    def roles(self, amount: Amount) -> list[Roles]:
        verb = self._verb(amount)
        if verb is not None and verb[2] == "buy" and not self.cjk:
            # "will take a $2 billion stake in Intel": the size is a stake's
            verb = next((h for h in self.lex if h[2] == "equity"
                         and amount.end <= h[0] <= amount.end + 12), verb)
        cat = verb[2] if verb else None
        P = self.parties
        vendors = [i for i in self.from_marked]
        recip = sorted(
            (i for i in self.to_marked if not self._other_size_between(amount, P[i])
             and not self._across_break(amount, P[i]) and not self._before_subject(P[i], verb)),
            key=lambda i: self._recipient_rank(i, amount),
        )
        vendor = P[vendors[0]] if vendors else None
        stake = self._equity_after(amount)
        if stake is not None:
            subj = self._subject(amount, prefer_non_vendor=False)
            return [Roles(stake, P[subj[-1]] if subj else None, "equity")]
        if cat == "raise":
            first = [
                i for i, p in enumerate(P)
                if p.end <= amount.start and i not in self.from_marked and p.kind != "country"
            ] or [
                # "le concepteur de processeurs SiPearl a levé": a maker named after the noun
                # describing it raises all the same
                i for i, p in enumerate(P) if p.end <= amount.start and self._names_units(p)
            ]
            raised_in = [
                i for i in sorted(self.in_marked)
                if P[i].start >= amount.end and P[i].kind == "company"
                and not _LED_BY.search(self.low, amount.end, P[i].start)
                # the round's target sits in the same clause, close after the sum
                and P[i].start - amount.end <= 60 and "," not in self.low[amount.end : P[i].start]
            ]
            if raised_in and not self.cjk:
                # "Fidelity led a $1.1 billion round in Cerebras": the company invested in
                # raises the money
                return [Roles(P[raised_in[0]], P[first[0]] if first else None, cat)]
            if first:
                return [Roles(P[first[0]], None, cat)]
        if cat == "pay" and verb is not None:
            payer = [i for i, p in enumerate(P) if p.end <= verb[0]]
            payee = [i for i, p in enumerate(P) if verb[1] <= p.start and p.end <= amount.start]
            buyer = P[payer[-1]] if payer else None
            if not payee and recip and buyer is None:
                # "L'Etat versera 80 millions à Lumina": public money paid to a named
                # company is that company's (a grant)
                return [Roles(P[recip[0]], None, "grant")]
            return [Roles(buyer, P[payee[0]] if payee else vendor, cat)]
        if cat in ("contract", "supply") and verb is not None:
            won = self._awarded(verb) or self._won_from(verb)
            if won is not None:
                return [won]
        if cat == "contract" and verb is not None:
            # "Nvidia commande ... à Samsung", "passe commande à Samsung", "Auftrag an
            # Samsung": whoever an order or contract goes to fills it
            placed = self._placed_with(verb, recip)
            if placed is not None:
                # whoever places it is named before the order word
                at_verb = replace(amount, start=verb[0], end=verb[0])
                subj = [i for i in self._subject(at_verb, prefer_non_vendor=True) if i != placed]
                return [Roles(P[subj[-1]] if subj else None, P[placed], cat)]
        if cat == "contract":
            # "wins an order from Tesla": the maker sells, the other side buys
            makers = [p for p in P if p.vendor_type]
            clients = [p for p in P if not p.vendor_type and p.kind != "country"]
            if makers and clients:
                buyer = min(clients, key=lambda p: abs(p.start - amount.start))
                return [Roles(buyer, makers[0], cat)]
        if cat in ("supply", "contract"):
            seller = vendor or next(
                (p for i, p in enumerate(P) if p.vendor_type and i not in recip[:1]), None
            )
            if recip:
                if vendor is None and seller is not None:
                    # "리벨리온과 퓨리오사AI에": a maker joined to the recipient receives too
                    joined = self._coordinated(recip[0], None, comma=False)
                    if any(P[i] is seller for i in joined):
                        seller = next((p for i, p in enumerate(P)
                                       if p.vendor_type and i not in joined), None)
                return self._recipients(recip[0], seller, cat, amount)
            if verb is not None and self.lang in _VERB_LAST and self._passive(verb):
                # "Intel wird von TSMC mit 40.000 Chips beliefert": the participle closes the
                # clause, so the parties before the count are subject and agent, not a dative
                passive = self._passive_roles(verb, vendor, seller, cat)
                if passive is not None:
                    return [passive]
            if verb is not None and not self.cjk:
                # "will sell Samsung 7,500 accelerators": a party between the verb and the
                # count is its indirect object, maker or not; German and Dutch put the verb
                # last ("wird Samsung 30.000 Chips liefern"), after the object
                lo = verb[1] if verb[1] <= amount.start else (
                    self.start if self.lang in _VERB_LAST and verb[0] >= amount.end
                    else amount.start)
                dative = [p for p in P if lo <= p.start and p.end <= amount.start
                          and p is not seller and p.kind != "country"]
                if dative:
                    return [Roles(dative[-1], seller, cat)]
            partner = self._with_partner(seller)
            if partner is not None:
                return [Roles(partner, seller, cat)]
            if verb is not None and self._passive(verb):
                passive = self._passive_roles(verb, vendor, seller, cat)
                if passive is not None:
                    return [passive]
            others = [
                i for i in range(len(P))
                if P[i] is not seller and not P[i].vendor_type and i not in self.from_marked
                and not self._other_size_between(amount, P[i])
                and not (P[i].kind == "country" and i in self.in_marked)  # "en France": where
            ]
            if others:
                i = min(others, key=lambda i: abs(P[i].start - amount.start))
                return [Roles(P[i], seller, cat)]
            whole = self._parts_group(amount, seller)
            if whole is not None:
                return [Roles(whole, seller, cat)]
            if cat == "supply":
                return [Roles(None, seller, cat)]
        if cat in ("invest", "equity"):
            target = self._invest_target(amount, verb)
            subj = self._subject(amount, prefer_non_vendor=False)
            investor = P[subj[-1]] if subj else self._speaker(amount)
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
            # with no investor here, the maker of the chips is no side of it: the investor is
            # looked for elsewhere ("A Atlantic Compute vai investir ... da Nvidia")
            return [Roles(investor, vendor if investor is not None else None, cat)]
        if cat == "grant":
            subj = self._subject(amount, prefer_non_vendor=False)
            giver = P[subj[-1]] if subj else None
            if recip:
                return [Roles(P[recip[0]], giver, cat)]
            if giver is not None and any(
                self._passive(h) for h in self.lex
                if h[2] in VERBS and giver.end <= h[0] and h[1] <= amount.start
            ):
                # "Kakao has been granted ...", "Rapidus was awarded ... by the government",
                # "s'est vu accorder": the subject of a passive grant receives it
                return [Roles(giver, vendor, cat)]
            owner = self._facility_owner(giver)
            if owner is not None:
                if giver is not None and giver.name == owner.name:
                    # a name and its bracketed short form, as Japanese copy writes them
                    giver = next((p for p in P if p.name != owner.name
                                  and p.end <= amount.start), None)
                return [Roles(owner, giver, cat)]
            if giver is not None and any(
                c == "buy" and giver.end <= st and e <= amount.start for st, e, c, _ in self.lex
            ):
                # "Rapidus will receive a subsidy of ... from the government": the subject
                # of a receiving verb is the recipient
                return [Roles(giver, vendor, cat)]
            if giver is not None and not self.cjk:
                # "the government will give Rapidus a subsidy of ...": a party right after a
                # granting verb, with another one before that verb, receives
                # (a descriptive noun may sit between: "geeft chipmachinemaker ASML")
                grant_at = [s for s, e, c, _ in self.lex
                            if c == "grant" and e <= giver.start and giver.start - e <= 28
                            and _NO_STOP.match(self.low, e, giver.start)]
                donor = [p for p in P if grant_at and p.end <= grant_at[-1]]
                if donor:
                    return [Roles(giver, donor[-1], cat)]
            if verb is not None and verb[1] <= amount.start:
                # "awards TSMC $6.6 billion": the party between the verb and the sum
                dative = [p for p in P if verb[1] <= p.start and p.end <= amount.start]
                if dative:
                    return [Roles(dative[-1], giver, cat)]
            return [self._cjk_aid(amount, cat) or Roles(None, giver, cat)]
        if cat == "buy" and verb is not None and self._passive(verb):
            # "were ordered by Microsoft from AMD": the agent of a passive purchase buys
            agent = self._agent_after(verb)
            if agent is not None:
                seller = next((p for p in P if p.vendor_type and p.name != agent.name), None)
                return [Roles(agent, vendor if vendor is not None and vendor.name != agent.name
                              else seller, cat)]
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
                # ("the largest hub in the country": where, not who)
                and not (p.kind == "country" and i in self.in_marked)
            ]
            if after:
                return [Roles(P[after[0]], vendor, cat)]
            if cat == "buy":
                # "Das Rechenzentrum der Telekom wird mit ... ausgestattet": with nobody else
                # before the size, the party marked by a case article or "for" is the buyer
                marked = [p for i, p in enumerate(P) if p.end <= amount.start
                          and i not in self.from_marked and p is not vendor]
                if marked:
                    return [Roles(marked[-1], vendor, cat)]
            return [Roles(None, vendor, cat)]
        if len(subj) > 1 and self._each(amount, P[subj[-1]].end):
            return [Roles(P[i], vendor, cat) for i in subj]
        if len(subj) > 1:
            # a chip maker among several subjects is the seller ("Nvidia and Naver agreed on
            # ..."), unless the seller is named apart: then it buys with the others ("Naver
            # and Samsung will buy ... from Nvidia")
            named = [P[i] for i in subj if not (
                P[i].chip and cat in ("buy", None)
                and (vendor is None or P[i].name == vendor.name))]
            if len(named) == 1:
                return [Roles(named[0], vendor, cat)]
            group = named or [P[i] for i in subj]
            group = [p for k, p in enumerate(group) if p.name not in {q.name for q in group[:k]}]
            joint = join_names([p.name or "" for p in group], self.lang)
            return [Roles(replace(group[0], name=joint), vendor, cat)]
        return [Roles(P[subj[0]], vendor, cat)]

_VERB_LAST = frozenset(("de", "nl"))
_NO_STOP = re.compile(r"[^,;:.()]*$")
_LED_BY = re.compile(r"\b(?:by|from|par|von|por|da|auprès)\b")
