"""Cues of voice and direction in one sentence: a passive and its agent ("AMD wird vom
Konzern Samsung beliefert"), and who buys where a contract is won or awarded ("wins an order
from AMD", "ha adjudicado a HPE un contrato")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from shared.tagging.parties import LexHit, Party, SentenceParties


@dataclass(frozen=True, slots=True)
class Roles:
    buyer: Party | None
    vendor: Party | None
    verb: str | None


class ClauseCues(SentenceParties):
    """Voice and contract direction; ``role_cues.RoleCues`` adds the other cues."""

    def _passive(self, verb: LexHit) -> bool:
        word = _WORD.match(self.low, verb[0])
        if word is not None and word.group().endswith("ing"):
            return False  # "is giving": progressive, active
        if _PASSIVE.search(self.low, max(self.start, verb[0] - 24), verb[0]) is not None:
            return True
        if self.lang in ("de", "nl") and word is not None and word.group()[-1] in "dt":
            # the participle closes the clause, its auxiliary stands early ("AMD wird von
            # Samsung mit Speicher beliefert"); an infinitive is the future ("wird ... liefern")
            lo = max(self.start, self.low.rfind(",", self.start, verb[0]) + 1)
            return _AUX_BEFORE_PARTICIPLE.search(self.low, lo, verb[0]) is not None
        return False

    def _agent(self, verb: LexHit) -> Party | None:
        """The party a passive's agent word ("by", "von", "door", "par") introduces, a
        description between them allowed."""
        for p in self.parties[1:]:
            if p.end <= verb[0] and _AGENT.search(self.low, max(self.start, p.start - 48), p.start):
                return p
        return None

    def _agent_after(self, verb: LexHit) -> Party | None:
        """'Sono stati ordinati dal Cineca', 'were ordered by Microsoft': the agent named
        after the passive verb."""
        for p in self.parties:
            m = p.start >= verb[1] and _AGENT.search(self.low, max(verb[1], p.start - 48),
                                                     p.start)
            # ("bought by the university from HPE": the seller's own word comes between)
            if m and not _SOURCE.search(self.low, self.low.find(" ", m.start()), p.start):
                return p
        return None

    def _passive_roles(
        self, verb: LexHit, vendor: Party | None, seller: Party | None, cat: str
    ) -> Roles | None:
        """'Nebius wordt door AMD voorzien van ...', 'will be supplied by AMD with ...': the
        subject of a passive supply receives."""
        if vendor is None:
            # "AMD wird vom Elektronikkonzern Samsung beliefert": no seller marked right at
            # its name, the party after the passive's agent word sells
            seller = self._agent(verb) or seller
        subj = next((p for i, p in enumerate(self.parties) if p.end <= verb[0]
                     and i not in self.from_marked and p is not seller), None)
        return Roles(subj, seller, cat) if subj is not None else None

    def _won_from(self, verb: LexHit) -> Roles | None:
        """'Samsung wins an order from AMD', 'décroche un contrat de Renault': with a verb of
        winning before the contract, the party it comes from buys and the winner sells."""
        # (German and Dutch put the participle last: "hat einen Auftrag von AMD gewonnen")
        money = {h[0] for h in self.lex if h[2] == "currency"}  # "won" is also the currency
        # receiving an order is winning it: "received an order", "erhält einen Auftrag"
        if not any(
            (h[2] == "win" and h[0] not in money)
            or (verb[2] == "contract" and h[2] == "buy" and h[1] <= verb[0]
                and verb[0] - h[1] <= 12
                # ("signs a purchase order": a compound noun, not a received order)
                and not _PURCHASE.match(self.low, h[0]))
            for h in self.lex
        ):
            return None
        # (Korean and Japanese name the client first: "AMD로부터 ... 수주했다")
        client = next((p for i, p in enumerate(self.parties)
                       if i in self.from_marked and (self.cjk or p.start >= verb[0])), None)
        if client is None and self.cjk and self.parties:
            # "삼성전자, 美 텐스토렌트 … 1조4천억 원 수주": a headline names the winner first and
            # the one other company before the sum is the client
            others = [p for p in self.parties[1:] if p.kind == "company"
                      and p.name != self.parties[0].name and p.end <= verb[0]]
            if len(others) == 1:
                return Roles(others[0], self.parties[0], "contract")
        if client is None:
            return None
        winner = next((p for i, p in enumerate(self.parties)
                       if i not in self.from_marked and p.end <= verb[0]), None)
        return Roles(client, winner, "contract")

    def _awarded(self, verb: LexHit) -> Roles | None:
        """'El BSC ha adjudicado a HPE un contrato de 200 millones', 'the ministry awarded
        Fujitsu a contract worth ...': whoever awards a contract buys, the party it is
        awarded to sells (a sum awarded with no contract noun is aid: see grants)."""
        if self.cjk or verb[2] != "contract":
            return None
        award = next((h for h in self.lex if h[1] <= verb[0] and h[2] != "contract"
                      and _AWARD.match(self.low, h[0]) and not self._passive(h)), None)
        if award is None:
            return None
        awardee = next((p for p in self.parties if award[1] <= p.start and p.end <= verb[0]),
                       None)
        awarder = next((p for p in reversed(self.parties) if p.end <= award[0]), None)
        if awardee is None or awarder is None or awardee.name == awarder.name:
            return None
        return Roles(awarder, awardee, "contract")


_PASSIVE = re.compile(
    r"\b(?:been|was|were|is|are|be|being|gets?|got|se voit|s'est vue?|se verra|s'était vue?|"
    r"wurden?|wird|werden|ha ricevuto|è stat[oa]|fue|será|foi|werd|wordt|sarà|sera|seront|"
    r"serán|serão|worden|sono stat[ie]|saranno|vengono|verranno|été|fueron|sido|foram)"
    r"\s+(?:\w+\s+){0,2}$"
)
_WORD = re.compile(r"\w+")
_PURCHASE = re.compile(r"purchas|buy|achat|kauf|compra|acquist|aankoop")
_SOURCE = re.compile(r"\b(?:from|von|vom|bei|door|par|chez|dal|dalla|da|de|por)\s")
_AGENT = re.compile(
    r"\b(?:(?:by|von|vom|door|par|da|dal|dalla|por|pelo|pela)\s|dall')[^,;:.()]{0,40}$"
)
_AWARD = re.compile(
    r"award|adjudic|attribu|confi[ée]|vergibt|vergab|vergeben|beauftrag|aggiudic|affid|gun[dt]"
    r"|gegund"
)
_AUX_BEFORE_PARTICIPLE = re.compile(r"\b(?:wird|werden|wurden?|wordt|worden|werd)\b")
# Possessive link from a site to its owner, and from an owner to its site ("Micron's").
