"""The buyer of a deal size when its own sentence does not say: an unnamed group before the
size, the previous grant's recipient, an unknown name opening the sentence, the supplier's
client in the sentence before, or the subject carried over from earlier sentences."""

from __future__ import annotations

import re

from shared.tagging.amounts import Amount
from shared.tagging.clause_cues import Roles
from shared.tagging.parties import VERBS, Party
from shared.tagging.roles import SentenceRoles
from shared.tagging.text import Doc

_PARTY_WORDS = frozenset(("gov", "country_ref", "company_ref", "pronoun", "group_noun"))
_PRO_DROP = frozenset(("ja", "ko", "zh", "es", "it", "pt"))


def fallback(
    roles: Roles,
    finder: SentenceRoles,
    a: Amount,
    context: list[Party],
    previous: tuple[Roles, int] | None,
    doc: Doc,
) -> Roles:
    """The roles with a buyer filled in where the story tells it (``previous``: the roles of
    the last deal found and the index of its sentence)."""
    if roles.buyer is not None or (roles.verb in ("invest", "equity") and roles.vendor):
        return roles
    sent = doc.sentence_at(a.start)
    if (previous is not None and previous[0].buyer is not None and roles.verb == "supply"
            and sent.index - previous[1] in (0, 1, 2) and _to_them(doc, finder, a)):
        # "Son compatriote AMD lui fournira ... 6 milliards de dollars": "lui" is the buyer
        # of the deal just told
        return Roles(previous[0].buyer, roles.vendor, roles.verb)
    if (
        previous is not None
        and roles.vendor is None
        # nobody named before the size: a party after it is the source ("..., reported
        # the Korea Economic Daily")
        and not any(p.end <= a.start for p in finder.parties)
        and (sent.index - previous[1] in (0, 1)
             # "계약 규모는 약 2조원이다" two sentences on, with nobody named in it
             or (sent.index - previous[1] == 2 and not finder.parties))
        and roles.verb in ("contract", previous[0].verb)
    ):
        # "Samsung will supply 100,000 stacks to Nvidia. The order is worth about $2 billion":
        # a size with nobody named, said of the same deal right after it, is that deal's
        return Roles(previous[0].buyer, previous[0].vendor, roles.verb)
    prev_roles = previous[0] if previous is not None else None
    prev_buyer = previous[0].buyer if previous is not None else None
    if (previous is not None and prev_buyer is not None
            and sent.index - previous[1] in (1, 2)
            and (roles.vendor is None or roles.vendor.name != prev_buyer.name)
            and _site_subject(finder, sent.start, a.start)):
        # "Fluidstack va investir 8,5 milliards ... Le site accueillera 250 000 puces": the
        # site named as subject is the one the deal before paid for
        return Roles(prev_buyer, roles.vendor, roles.verb)
    groups = [p for p in finder.parties if p.kind == "group" and p.end <= a.start]
    if groups:
        return Roles(groups[-1], roles.vendor, roles.verb)
    if (roles.verb == "grant" and previous is not None and prev_roles is not None
            and (prev_roles.verb == "grant" or sent.index - previous[1] <= 2)):
        # (public support said paragraphs later, with nobody named, is a programme's)
        return Roles(prev_roles.buyer, roles.vendor, roles.verb)
    opening = sent.start
    if sent.start < doc.dateline_end < a.start:  # the body's first sentence, after its dateline
        opening = len(doc.norm) - len(doc.norm[doc.dateline_end:].lstrip())
    named = _initial_name(doc, opening, a.start, finder)
    if named is not None:
        return Roles(named, roles.vendor, roles.verb)
    if roles.verb == "supply" and roles.vendor is not None:
        carried = _carried_buyer(doc, sent.index, finder, context, roles.vendor)
        if carried is not None:
            return Roles(carried, roles.vendor, roles.verb)
    if roles.verb == "supply":
        return roles  # "shipped 1.5 million GPUs" with nobody receiving them: a statistic
    giver = roles.vendor
    if roles.verb == "grant" and giver is not None and giver.kind in ("country", "institution"):
        return roles  # public aid with no recipient named: a support envelope, not a deal
    recent = [p for p in context if p.start >= doc.sentences[max(0, sent.index - 3)].start]
    # In languages that leave the subject out (Japanese, Korean, Spanish, Italian), a
    # sentence without one continues the one before: that sentence's subject (its first
    # party, a company or institution) buys.
    prev = [p for p in recent if p.start >= doc.sentences[max(0, sent.index - 1)].start]
    lead = next((p for p in prev if p.lead), None)
    if (
        doc.lang in _PRO_DROP
        and lead is not None
        and lead.kind in ("company", "institution")
        and not (roles.vendor and lead.name == roles.vendor.name)
    ):
        return Roles(lead, roles.vendor, roles.verb)
    cands = [p for p in reversed(recent) if not p.vendor_type and p.kind != "group"]
    if not cands and roles.verb in ("invest", "buy"):
        # not a seller of this sentence, named earlier too ("comprará ... al fabricante
        # Foxconn" after a headline that named Foxconn)
        sellers = {finder.parties[i].name for i in finder.from_marked}
        if roles.vendor is not None:
            sellers.add(roles.vendor.name)
        cands = [p for p in reversed(recent) if p.kind == "company" and p.name not in sellers]
    if cands:
        return Roles(cands[0], roles.vendor, roles.verb)
    return roles


def _to_them(doc: Doc, finder: SentenceRoles, a: Amount) -> bool:
    """A pronoun for the recipient stands at the verb of the size: 'lui fournira', 'les
    suministrará', 'gli fornirà', 'lhe fornecerá', 'will supply it with'."""
    dative = _DATIVE.get(doc.lang)
    for s, e, cat, _ in finder.lex:
        if cat != "supply" or e > a.start:
            continue
        if dative is not None and dative.search(doc.low, max(0, s - 24), s):
            return True
        if doc.lang == "en" and _WITH_THEM.match(doc.low, e):
            return True
    return False


_DATIVE = {lang: re.compile(rf"\b(?:{words}) (?:[\w-]+ )?$") for lang, words in {
    "fr": "lui|leur", "es": "le|les", "it": "gli", "pt": "lhe|lhes"}.items()}
_WITH_THEM = re.compile(r" (?:it|them) with\b")


def _site_subject(finder: SentenceRoles, start: int, size_at: int) -> bool:
    """A plant, site or data centre opens the sentence before its size, nobody named first."""
    if any(p.start < size_at for p in finder.parties):
        return False
    return opens_at_site(finder.low, start, size_at, finder.preps.after.get("facility"))


def opens_at_site(low: str, start: int, end: int, facility: re.Pattern[str] | None) -> bool:
    """The sentence opens with the site ("The site will host", "Dort sollen ... laufen")."""
    if _SITE_ADVERB.match(low, start, end):
        return True
    return facility is not None and facility.search(low, start, min(end, start + 28)) is not None


# "there", said of the site a deal just paid for ("Dort sollen 10.000 GPUs laufen")
_SITE_ADVERB = re.compile(r"(?:there|dort|daar|là|allí|ahí|lì|ali|lá)\b|そこ|이곳|그곳")


def _carried_buyer(
    doc: Doc, index: int, finder: SentenceRoles, context: list[Party], vendor: Party
) -> Party | None:
    """'Nvidia agreed to supply Naver with AI chips. It will ship 20,000 GPUs': the seller
    stays the subject of the next sentence of the paragraph, so its one named client there
    receives the count."""
    if index == 0 or not finder.parties:
        return None
    first = finder.parties[0]
    if first.name != vendor.name or first.start - doc.sentences[index].start > 4:
        return None
    prev = doc.sentences[index - 1]
    if prev.para != doc.sentences[index].para:
        return None
    if not any(prev.start <= h.start < prev.end and any(c in VERBS for c, _ in h.payload)
               for h in doc.hits.get("deal", ())):
        return None  # the deal itself must be said in that sentence
    before = [p for p in context if p.start >= prev.start and p.end <= prev.end]
    if not before or before[0].name != vendor.name:
        return None
    clients = [p for p in before if p.name != vendor.name and p.kind in ("company", "institution")
               and not p.vendor_type]
    if len({p.name for p in clients}) != 1:
        return None
    return clients[0]


_INITIAL_NAME = re.compile(
    r"((?:[A-ZÀ-ÖØ-Þ][\w&'.-]*)(?: [A-ZÀ-ÖØ-Þ0-9][\w&'.-]*){0,2}) (?=[a-zà-ÿ])"
)


def _initial_name(doc: Doc, start: int, end: int, finder: SentenceRoles) -> Party | None:
    """'Telefónica comprará ...': an unknown name opening the sentence, right before its verb."""
    # "La mexicana KIO Networks comprará": an article and a nationality before the name
    nat = _ARTICLE_NAT.match(doc.norm, start, end)
    if nat is not None and any(c == "nat" and s == nat.start(1) for s, _, c, _ in finder.lex):
        start = nat.end()
    m = _INITIAL_NAME.match(doc.norm, start, end)
    if m is None:
        return None
    words = m.group(1).split()
    # "A Xpto captou ...", "De Xyz koopt ...": an article before a company name
    lead = 1 if len(words) > 1 and words[0] in _ARTICLES else 0
    if words[lead] in _NOT_SUBJECTS or any(h.end == m.end(1) for h in doc.hits.get("orgcue", ())):
        return None  # ("Der Bonner Konzern kauft": a company noun ends it, a description)
    name_at = m.start(1) + (len(words[0]) + 1 if lead else 0)
    if any(p.start < m.end(1) and name_at < p.end for p in finder.parties):
        return None
    # the verb right after the name, or after an auxiliary or two ("A Start Campus vai
    # investir", "Xyz will buy", "Xyz plans to buy")
    if not any(c in VERBS and s >= m.end() and _AUXILIARIES.fullmatch(doc.norm, m.end(), s)
               for s, _, c, _ in finder.lex):
        return None
    if any(c in _PARTY_WORDS and s < m.end(1) and name_at < e for s, e, c, _ in finder.lex):
        return None  # "L'Etat", "Le gouvernement": a word the lexicon knows, not a name
    return Party(name_at, m.end(1), doc.norm[name_at : m.end(1)], None, "company")


_AUXILIARIES = re.compile(
    r"(?:(?:will|would|is|are|has|have|had|to|plans|also|va|vont|a|ont|doit|veut|wird"
    r"|hat|soll|möchte|quiere|ha|han|vai|vão|quer|pretende|vuole|intende|gaat|wil|zal|heeft"
    r"|de|d'|à) ){0,2}"
)
_ARTICLE_NAT = re.compile(r"(?:La|Le|El|Il|A|O|L'|Lo|De|Het|Die|Der|Das|The) ?([a-zà-ÿ][\w-]+) ")
_ARTICLES = frozenset(("A", "O", "The", "La", "Le", "El", "Il", "De", "Het", "Die", "Der", "Das"))
_NOT_SUBJECTS = frozenset(
    ["The", "A", "An", "It", "This", "Le", "La", "Les", "Un", "Une", "Il", "Elle", "Der", "Die",
     "Das", "Ein", "Eine", "Es", "El", "Los", "Las", "Lo", "Gli", "I", "In", "On", "At", "For",
     "Uma", "Um", "Una", "Uno", "Een"]
)
