"""Companies, institutions and countries named in a story, found with one alias regex."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from shared.models.tagging import Entity
from shared.tagging.build import construct
from shared.tagging.knowledge import EntityInfo, Knowledge
from shared.tagging.text import Doc


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    info: EntityInfo
    text: str


# After a company noun ("the cloud company", "das Start-up", "la start-up coréenne"): a name of
# one to three capitalised words.
_ADJECTIVE = (
    r"(?:[a-zà-ÿ-]{3,}(?:ne|que|ais|aise|ana|ano|ese|ense|ish|ian|ean|ien|ega|ego|ica|ico|ina|"
    r"ino|esa|oise|ois|isch|ische|ischen|ienne|iana|iano|ês|esa|ota|ote|ola|ole|ale|ial|"
    r"elle|iel|eira|eiro)\s+)?"
)
_NAME_AFTER_CUE = re.compile(
    # "l'opérateur de cloud Nuvolis", "la startup italiana di chip per l'IA Tensor Labs"
    r"\s+" + _ADJECTIVE
    + r"(?:(?:de|d'|di|für|per|para|pour) ?(?:l')?(?:[a-zà-ÿ-]{3,}|AI|IA|KI)\s+){0,3}"
    + _ADJECTIVE
    # a name starts with a capital, or with one small letter before one ("iGenius")
    + r"((?:[A-ZÀ-ÖØ-Þ]|[a-z](?=[A-Z]))[\w&'-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w&'-]*){0,2})"
)
# "Xelion, a Seoul-based AI chip designer": a name set off by a comma before an indefinite
# article and a company noun.
_OPENERS = {  # indefinite articles, then definite ones and possessives, spaces included
    "en": ("a |an ", "the |[A-ZÀ-ÖØ-Þ][\\w-]+'s "), "fr": ("un |une ", "le |la |l'"),
    "de": ("ein |eine ", "der |die |das "), "es": ("un |una ", "el |la "),
    "it": ("un |una |uno ", "il |lo |la |l'"), "pt": ("um |uma ", "o |a "),
    "nl": ("een ", "de |het "),
}


def _before_cue(indefinite: str, definite: str) -> re.Pattern[str]:
    return re.compile(
        r"((?:[A-ZÀ-ÖØ-Þ][\w&'-]*)(?: [A-ZÀ-ÖØ-Þ0-9][\w&'-]*){0,2}), "
        rf"(?:(?:{indefinite})[^,.;()]{{0,40}}"
        # "Safaricom, Kenya's biggest telecoms operator", "Vsora, the French chip designer"; a
        # word must describe it ("in Cheongju, the company said" names no company)
        rf"|(?:{definite})[^,.;()]{{3,40}})$"
    )


# per language: the French "a" of "Séoul, a précisé le groupe" is a verb, not an article
_NAME_BEFORE_CUE = {lang: _before_cue(i, d) for lang, (i, d) in _OPENERS.items()}
# "University of Bristol", "Seoul National University Hospital", "Forschungszentrum Jülich",
# "Universitätsklinikum Essen": institutions the data lacks, named by their head word
_INSTITUTION = re.compile(
    r"\b((?:(?!(?:The|Le|La|Les|Die|Der|Das|El|Il|Het|De|A|O) )[A-ZÀ-ÖØ-Þ][\w'-]+ ){0,3}"
    r"(?:University|Hospital|Institute|Laboratory|Universität"
    r"|Université|Universidad|Università|Universiteit|Universidade)"
    r"(?: (?:of|de|de la|de los|de las|del|di|della|degli|do|da|dos|das|van|des|du)"
    r" [A-ZÀ-ÖØ-Þ][\w'-]+)?(?: Hospital)?"
    r"|(?:Universitätsklinikum|Klinikum|Forschungszentrum|Hôpital|Hospital|Ospedale|Instituto"
    r"|Istituto|Institut) (?:[A-ZÀ-ÖØ-Þ][\w'-]+)(?: [A-ZÀ-ÖØ-Þ][\w'-]+)?)"
)
# "Verda Oy", "Krynn GmbH": a legal form after capitalised words makes them a company name.
_FORMS = (
    r"(?:Oy|AG|GmbH|SA|S\.A\.|SpA|S\.p\.A\.|Inc\.?|Corp\.?|Ltd\.?|NV|N\.V\.|BV|B\.V\.|SE|plc|"
    r"PLC|LLC|AB|ASA|SAS|Srl|S\.r\.l\.|KK|Co\., Ltd\.?)(?![\w])"
)
_ONLY_FORM = re.compile(_FORMS + r"\.?")
_LEGAL_NAME = re.compile(r"\b((?:[A-ZÀ-ÖØ-Þ][\w&'-]*)(?: [A-ZÀ-ÖØ-Þ][\w&'-]*){0,2}) " + _FORMS)
_NOT_NAMES = frozenset(
    [
        "The", "Le", "La", "Les", "Der", "Die", "Das", "El", "Il", "In", "On", "Mit", "Und",
        "And", "Et", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December", "Montag", "Dienstag", "Mittwoch",
        "Donnerstag", "Freitag",
    ]
)


def find_entities(doc: Doc, kb: Knowledge) -> list[Mention]:
    out: list[Mention] = []
    for hit in doc.hits.get("entity", ()):
        info = kb.entities[int(hit.payload[0][0])]
        out.append(Mention(hit.start, hit.end, info, doc.text[hit.start : hit.end]))
    return _add_unknown(doc, out)


def _add_unknown(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Companies missing from the data, named right after a company noun."""
    names: list[str] = []
    found: list[tuple[int, str]] = []
    for cue in doc.hits.get("orgcue", ()):
        m = _NAME_AFTER_CUE.match(doc.norm, cue.end)
        if m is not None:
            found.append((m.start(1), m.group(1)))
        before = _NAME_BEFORE_CUE.get(doc.lang)
        b = before.search(doc.norm, max(0, cue.start - 90), cue.start) if before else None
        if b is not None:
            found.append((b.start(1), b.group(1)))
    # Most stories name no legal form (the lexicon finds them, in "legal_forms" of the entity
    # data): they are spared the name scan, which costs ~35 us over a whole story.
    if "legalform" in doc.hits:
        found.extend((m.start(1), m.group(1)) for m in _LEGAL_NAME.finditer(doc.norm))
    # the name scan costs ~75 us over a whole story: only where the lexicon saw a head word
    institutions = [(m.start(1), m.group(1)) for m in _INSTITUTION.finditer(doc.norm)
                    if " " in m.group(1)] if "insthead" in doc.hits else []  # not "Universität"
    found.extend(institutions)
    for at, raw in found:
        name = raw.strip(".,'")
        if name.split()[0] in _NOT_NAMES or len(name) < 3 or _ONLY_FORM.fullmatch(name):
            continue  # ("Sony Group Corp.": after the cue "Group" comes a legal form, no name)
        if name.isupper() and len(name) <= 4:
            continue  # "HBM", "GPU": an acronym of a product, not an unknown company
        if any(k.start <= at < k.end for k in known):
            continue
        if name not in names:
            names.append(name)
    if not names:
        return known
    out = list(known)
    kinds = {n.strip(".,'"): "institution" for _, n in institutions}
    for k, name in enumerate(names):
        info = EntityInfo(-1 - k, name, kinds.get(name, "company"), None, False, False, None,
                          (name,))
        pos = doc.norm.find(name)
        while pos >= 0:
            if not any(m.start <= pos < m.end for m in known):
                out.append(Mention(pos, pos + len(name), info, doc.text[pos : pos + len(name)]))
            pos = doc.norm.find(name, pos + len(name))
    out.sort(key=lambda m: m.start)
    return out


def entity_outputs(mentions: list[Mention]) -> tuple[Entity, ...]:
    """One Entity per company, institution or country, in order of first mention."""
    spellings: dict[int, list[str]] = defaultdict(list)
    counts: dict[int, int] = defaultdict(int)
    order: list[EntityInfo] = []
    for m in mentions:
        i = m.info.index
        if i not in counts:
            order.append(m.info)
        counts[i] += 1
        if m.text not in spellings[i]:
            spellings[i].append(m.text)
    return tuple(
        construct(
            Entity,
            name=info.name,
            kind=info.kind,
            country=info.country,
            aliases=tuple(spellings[info.index]),
            mentions=counts[info.index],
        )
        for info in order
    )


def company_names(entities: tuple[Entity, ...]) -> list[str]:
    return [e.name for e in entities if e.kind == "company"]
