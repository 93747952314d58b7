"""The verb a deal size belongs to and the party that is its subject: the verb nearest the
size (Korean and Japanese: after it), and among the parties before it the one not in an
apposition, a relative clause or a quoted source, with the parties coordinated with it."""

from __future__ import annotations

import re

from shared.tagging.amounts import Amount
from shared.tagging.appositions import described
from shared.tagging.parties import VERBS, LexHit, Party
from shared.tagging.role_cues import RoleCues


class SubjectCues(RoleCues):
    """Verb and subject cues; ``roles.SentenceRoles`` reads the roles from them."""

    headline = False  # headline style: a comma means "and" ("Foxconn, Nvidia to build ...")

    def _verb(self, amount: Amount) -> LexHit | None:
        verbs = [h for h in self.lex if h[2] in VERBS]
        if not verbs:
            return None
        before = [h for h in verbs if h[1] <= amount.start]
        after = [h for h in verbs if h[0] >= amount.end]
        if not self.cjk:
            # "earmarked 200 billion yen in subsidies to Rapidus": the aid noun right after
            # the sum says what the money is, whatever verb set it aside
            aid = [h for h in after if h[2] == "grant"
                   and _AID_GAP.fullmatch(self.low, amount.end, h[0])]
            if aid:
                return aid[0]
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
        # "ByteDance, the owner of TikTok, bought ...": the party inside the apposition is not
        # the subject when the one it describes stands right before it
        cands = [i for i in cands if not (self._apposed(i) or self._described(i))] or cands
        # "Tenstorrent, which counts Samsung among its investors, has placed ...": a party
        # inside a relative clause is not the subject either
        cands = [i for i in cands if not self._in_relative(self.parties[i])] or cands
        # "Segundo a empresa, a Nscale vai instalar ...": the source quoted is no subject
        cands = [i for i in cands if not _ACCORDING.search(
            self.low, max(self.start, self.parties[i].start - 16), self.parties[i].start)] or cands
        if not cands:
            return []
        shared = self._shared_subject(amount, cands)
        if shared is not None:
            cands = shared  # (none: the first verb's subject is a name the data lacks)
        if not cands:
            return []

        def rank(i: int) -> tuple[int, int, int, int]:
            p = self.parties[i]
            return (
                # Korean and Japanese mark the subject or topic with a particle
                1 if self.cjk and _TOPIC.match(self.low, p.end) else 0,
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
            if len(gap) > 30 or not self._is_and(gap, comma=len(group) > 1 or self.headline):
                break
            group.insert(0, k)
            j = k
        return group

    def _shared_subject(self, amount: Amount, cands: list[int]) -> list[int] | None:
        """'Telefónica comprará 10.000 chips a Nvidia y destinará 1.200 millones ...': a verb
        right after 'and' (no party between) shares the subject of the verb before it."""
        verb = None if self.cjk else self._verb(amount)
        if verb is None:
            return None
        and_verb = _AND_VERB.get(self.lang)
        if and_verb is None:
            return None
        m = and_verb.search(self.low, max(self.start, verb[0] - 40), verb[0])
        if m is None or any(m.start() < self.parties[i].end <= verb[0] for i in cands):
            return None
        earlier = [h for h in self.lex if h[2] in VERBS and h[1] <= m.start()]
        if not earlier:
            # "Kakao a démenti un projet avec OpenAI, tout en confirmant l'achat de ...": no
            # deal verb before, so the clause's first party is its subject
            before = [i for i in cands if self.parties[i].end <= m.start()]
            return before[:1] or None
        first = max(earlier, key=lambda h: h[0])
        return [i for i in cands if self.parties[i].end <= first[0]]

    def _in_relative(self, p: Party) -> bool:
        opened = max((m.end() for m in _REL_OPEN.finditer(self.low, self.start, p.start)),
                     default=None)
        return opened is not None and "," not in self.low[opened : p.start]

    def _apposed(self, i: int) -> bool:
        p = self.parties[i]
        prev = [q for q in self.parties if q.end <= p.start]
        if not prev or not self.low[p.end : p.end + 2].lstrip().startswith(","):
            return False
        q = max(prev, key=lambda q: q.end)
        return bool(_APPOSITION.fullmatch(self.low, q.end, p.start))

    def _described(self, i: int) -> bool:
        p = self.parties[i]
        return described(self.low, [q for q in self.parties if q.end <= p.start], p)

    def _each(self, amount: Amount, subject_end: int) -> bool:
        return any(
            cat == "each" and subject_end <= s and e <= amount.start + 40
            for s, e, cat, _ in self.lex
        )


# " in subsidies", " en aides", " an Subventionen", " as grants": the noun of the sum
_AID_GAP = re.compile(r"\s+(?:in|en|an|as|als|di|de|em|como|comme|of)\s+")
# ", the parent of ", ", filiale d'", ", Tochter von ": a noun phrase that ends in "of"
_APPOSITION = re.compile(
    r",\s[^,;:.()]{0,40}?(?:\b(?:of|de|du|des|von|der|di|del|della|dello|van|da|do)\s+|\bd')"
    r"(?:(?:groupe|group|grupo|gruppo|konzerns?|groep)\s+)?"  # "filiale du groupe Iliad"
)
_ACCORDING = re.compile(
    r"\b(?:according to|segundo|selon|laut|según|secondo|volgens|d'après)\s[^,;]{0,12}$"
)
# a relative clause set off by commas
_REL_OPEN = re.compile(
    r", (?:which|who|whose|qui|dont|die|der|das|welche|che|cui|que|quien|dat|wat|die)\b"
)
# "and" right before a verb, an auxiliary or two between: "y destinará", "e investir",
# "et qu'il achèterait", "mais confirme l'achat"
_AND_WORDS = {
    "en": "and|but|while", "fr": "et|mais|tout en", "de": "und|aber", "es": "y|e|pero",
    "it": "e|ed|ma", "pt": "e|mas", "nl": "en|maar",
}
_AND_VERB = {
    lang: re.compile(rf"\b(?:{words}) (?:[\w'-]+ ){{0,2}}(?:[dl]'|qu')?$")
    for lang, words in _AND_WORDS.items()
}
_TOPIC = re.compile(r"(?:은|는|이|가|は|が)(?![가-힣])")
