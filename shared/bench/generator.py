"""A seeded generator of synthetic wire stories for the benchmark (pure: no I/O, no clock).

``generate(n, seed)`` returns ``n`` distinct stories in every format ingest reads: agency
plain text in the house styles of ATS/SDA, AFP, Reuters, dpa, Yonhap, EFE, ANSA, Kyodo, ANP and
Lusa; ninjs 1.x, 2.x and 3.x; NewsML-G2; RSS 2.0; Atom. Languages: fr, en, de, ko, es, it, ja,
nl, pt. Each payload is about 2 KB. About 30% of stories are about AI chips, about 25% about
South Korea (10% both), and about half of the AI-chip stories state a deal (a quantity of
chips, a vendor, a buyer, often an amount of money). The text comes from the templates and
word lists in :mod:`shared.bench.templates`, written for this project.

Determinism: the same ``(n, seed)`` gives byte-identical stories, and ``generate(n + m, seed)``
starts with ``generate(n, seed)``, so a benchmark can take a second, fresh slice of the same
wire. Stories carry explicit ids (ninjs ``uri``, NewsML ``guid``, RSS ``guid``, Atom ``id``)
that embed the seed and the index; agency plain text has no id, and ingest derives one from
the agency, the slug or headline or first words of the lead, and the day, so the generator
keeps those first words (and headlines) unique within a run and falls back to a unique slug
line when it cannot.
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from shared.bench import templates as tp

FORMATS: dict[str, float] = {
    "agency-text": 0.45,
    "ninjs-1": 0.05,
    "ninjs-2": 0.06,
    "ninjs-3": 0.09,
    "newsml-g2": 0.13,
    "rss": 0.12,
    "atom": 0.10,
}
# Topic mix: ai-chips and korea, the two tags chipwire looks for.
CATEGORIES: dict[str, float] = {"ai_kr": 0.10, "ai": 0.20, "kr": 0.15, "other": 0.55}
DEAL_SHARE_AI = 0.5
SNACK_SHARE_OTHER = 0.04
TARGET_BYTES = 2048
FIRST_DAY = date(2026, 1, 5)
DAYS = 290
_MAX_REDRAWS = 40
_NON_WORD = re.compile(r"[\W_]+")
_SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
_NUMBER_SLOTS = re.compile(r"\{(?:pct|rate|n|num|person)\}")
# Bytes a paragraph adds besides its text, per format (separators, tags, escaping).
_PARAGRAPH_OVERHEAD = {"agency-text": 2, "ninjs-1": 4, "ninjs-2": 7, "ninjs-3": 4,
                       "newsml-g2": 16, "rss": 21, "atom": 21}


@dataclass(frozen=True)
class WireStory:
    """One generated wire message and what the generator meant it to say."""

    index: int
    key: str
    """Kafka key: the story's explicit id, or a generator id for agency plain text."""
    payload: bytes
    format: str
    """agency-text, ninjs-1, ninjs-2, ninjs-3, newsml-g2, rss or atom."""
    language: str
    agency: str
    category: str
    """ai_kr, ai, kr or other."""
    has_deal: bool
    published: datetime
    duplicate_of: int | None = None
    topics: frozenset[str] = field(default_factory=frozenset)


def generate(
    n: int,
    seed: int = 1,
    *,
    duplicates: float = 0.0,
    target_bytes: int = TARGET_BYTES,
) -> list[WireStory]:
    """``n`` stories; with ``duplicates`` > 0 that share of them re-sends an earlier story's
    exact bytes under another key (ingest must drop those)."""
    return list(iter_stories(n, seed, duplicates=duplicates, target_bytes=target_bytes))


def iter_stories(
    n: int, seed: int = 1, *, duplicates: float = 0.0, target_bytes: int = TARGET_BYTES
) -> Iterator[WireStory]:
    if n < 0:
        raise ValueError("n must be >= 0")
    if not 0.0 <= duplicates < 1.0:
        raise ValueError("duplicates must be in [0, 1)")
    gen = _Generator(seed, target_bytes)
    made: list[WireStory] = []
    dup_rng = random.Random(f"chipwire-bench-dup:{seed}")
    for i in range(n):
        if made and duplicates and dup_rng.random() < duplicates:
            original = made[dup_rng.randrange(len(made))]
            story = WireStory(
                index=i,
                key=f"dup-{seed}-{i}",
                payload=original.payload,
                format=original.format,
                language=original.language,
                agency=original.agency,
                category=original.category,
                has_deal=original.has_deal,
                published=original.published,
                duplicate_of=original.index,
                topics=original.topics,
            )
        else:
            story = gen.story(i)
            made.append(story)
        yield story


def normalise_words(text: str) -> list[str]:
    """Casefolded, accent-free words, as ingest folds a lead or headline into an id."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in _NON_WORD.split(folded) if w]


# ---------------------------------------------------------------------------------------------
# numbers and money


def _group(value: int, sep: str) -> str:
    return f"{value:,}".replace(",", sep)


def _decimal(value: float, lang: str, digits: int = 1) -> str:
    text = f"{value:.{digits}f}"
    if digits and text.endswith("0" * digits):
        text = text[: -(digits + 1)]
    return text if lang in ("en", "ko", "ja") else text.replace(".", ",")


def _thousands_sep(lang: str, agency: str) -> str:
    if lang == "en":
        return ","
    if lang == "fr":
        return "'" if agency in ("ATS", "SDA") else "\u00a0"
    if lang == "de":
        return "'" if agency == "SDA" else "."
    if lang == "it" and agency == "ATS":
        return "'"
    return "."


def _cjk_number(value: int, lang: str) -> str:
    units = ((10**12, "조" if lang == "ko" else "兆"), (10**8, "억" if lang == "ko" else "億"),
             (10**4, "만" if lang == "ko" else "万"))
    out = []
    for size, name in units:
        q, value = divmod(value, size)
        if q:
            out.append(_cjk_chunk(q, lang) + name)
    if value:
        out.append(_cjk_chunk(value, lang))
    return "".join(out) or "0"


def _cjk_chunk(q: int, lang: str) -> str:
    if lang == "ko" and q >= 1000:
        rest = q % 1000
        return f"{q // 1000}천" + (str(rest) if rest else "")
    return str(q)


def format_count(value: int, lang: str, agency: str, rng: random.Random) -> str:
    if lang in ("ko", "ja") and value >= 10_000 and rng.random() < 0.7:
        return _cjk_number(value, lang)
    if lang in ("ko", "ja"):
        return f"{value:,}"
    if value < 10_000 and lang in ("es", "pt", "fr") and rng.random() < 0.4:
        return str(value)
    return _group(value, _thousands_sep(lang, agency))


def _sig2(value: float) -> float:
    if value <= 0:
        return value
    digits = len(str(int(value))) - 2
    return round(value / 10**digits) * 10**digits if digits > 0 else round(value, 1)


_FX = {"USD": 1.0, "EUR": 0.92, "CHF": 0.88, "KRW": 1380.0, "JPY": 150.0}


def _currency(lang: str, agency: str, rng: random.Random) -> str:
    r = rng.random()
    if lang == "ko":
        return "KRW" if r < 0.6 else "USD"
    if lang == "ja":
        return "JPY" if r < 0.5 else "USD"
    if lang == "en":
        return "USD" if r < 0.85 else "EUR"
    if agency in ("ATS", "SDA") and r < 0.35:
        return "CHF"
    return "USD" if r < 0.55 else "EUR"


def format_money(usd: float, lang: str, agency: str, rng: random.Random) -> str:
    cur = _currency(lang, agency, rng)
    amount = _sig2(usd * _FX[cur])
    if lang in ("ko", "ja"):
        text = _cjk_number(int(amount), lang)
        if lang == "ko":
            return text + (" 원" if cur == "KRW" else " 달러")
        return text + ("円" if cur == "JPY" else "ドル")
    billions = amount >= 1e9
    scaled = amount / 1e9 if billions else amount / 1e6
    num = _decimal(scaled, lang)
    if lang == "en":
        word = "billion" if billions else "million"
        return f"${num} {word}" if cur == "USD" else f"{num} {word} euros"
    if lang == "fr":
        unit = ("milliard" if scaled < 2 else "milliards") if billions else (
            "million" if scaled < 2 else "millions")
        cname = {"USD": "dollars", "EUR": "euros", "CHF": "francs"}[cur]
        return f"{num} {unit} de {cname}" if cur != "EUR" else f"{num} {unit} d'euros"
    if lang == "de":
        unit = ("Milliarde" if scaled == 1 else "Milliarden") if billions else (
            "Million" if scaled == 1 else "Millionen")
        cname = {"USD": "Dollar", "EUR": "Euro", "CHF": "Franken"}[cur]
        return f"{num} {unit} {cname}"
    if lang == "es":
        millions = amount / 1e6
        cname = {"USD": "dólares", "EUR": "euros", "CHF": "francos"}[cur]
        return f"{_group(int(millions), '.')} millones de {cname}"
    if lang == "it":
        unit = ("miliardo" if scaled == 1 else "miliardi") if billions else (
            "milione" if scaled == 1 else "milioni")
        cname = {"USD": "dollari", "EUR": "euro", "CHF": "franchi"}[cur]
        return f"{num} {unit} di {cname}"
    if lang == "nl":
        unit = "miljard" if billions else "miljoen"
        cname = {"USD": "dollar", "EUR": "euro", "CHF": "frank"}[cur]
        return f"{num} {unit} {cname}"
    # pt
    if cur == "USD":
        unit = ("bilhão" if scaled < 2 else "bilhões") if billions else (
            "milhão" if scaled < 2 else "milhões")
        return f"US$ {num} {unit}"
    if billions:
        return f"{num} mil milhões de euros" if cur == "EUR" else f"{num} mil milhões de francos"
    return f"{num} milhões de euros" if cur == "EUR" else f"{num} milhões de francos"


# ---------------------------------------------------------------------------------------------
# Korean particles


def _has_final(word: str) -> tuple[bool, bool]:
    """(ends in a consonant sound, that consonant is ㄹ) for the last readable character."""
    for ch in reversed(word.strip()):
        code = ord(ch)
        if 0xAC00 <= code <= 0xD7A3:
            final = (code - 0xAC00) % 28
            return final != 0, final == 8
        if ch.isdigit():
            return ch in "013678", ch in "178"
        if ch.isalpha() and ch.isascii():
            return ch.upper() in "LMNR", ch.upper() in "LR"
    return False, False


_PARTICLES = {"이": ("이", "가"), "은": ("은", "는"), "을": ("을", "를"), "과": ("과", "와")}


def particle(word: str, kind: str) -> str:
    final, rieul = _has_final(word)
    if kind == "으로":
        return "으로" if final and not rieul else "로"
    with_final, without = _PARTICLES[kind]
    return with_final if final else without


# ---------------------------------------------------------------------------------------------
# the generator


def _pick(rng: random.Random, weights: dict[str, float]) -> str:
    keys = list(weights)
    return rng.choices(keys, weights=[weights[k] for k in keys])[0]


def _fill(template: str, slots: dict[str, str]) -> str:
    def sub(m: re.Match[str]) -> str:
        value = slots[m.group(1)]
        return value + particle(value, m.group(2)) if m.group(2) else value

    return _SLOT.sub(sub, template)


KOREAN_REPORTERS = ("김민수", "이지은", "박준호", "최서연", "정하늘", "강도윤", "윤서준", "임수빈")
INITIALS = ("mra", "kh", "jbo", "lb", "sst", "pz", "cdo", "fz", "ial", "mm", "tjc", "gab")


class _Generator:
    def __init__(self, seed: int, target_bytes: int) -> None:
        self.seed = seed
        self.target = target_bytes
        self.keys: set[str] = set()

    def story(self, i: int) -> WireStory:
        rng = random.Random(f"chipwire-bench:{self.seed}:{i}")
        category = _pick(rng, CATEGORIES)
        korea = category in ("ai_kr", "kr")
        lang = _pick(rng, tp.KOREA_LANGUAGE_WEIGHTS if korea else tp.LANGUAGE_WEIGHTS)
        if lang == "ko" and category == "ai":
            category = "ai_kr"
        fmt = _pick(rng, FORMATS)
        agency = self._agency(rng, lang, fmt)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        published = datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(
            seconds=rng.randrange(5 * 3600, 22 * 3600)
        )
        has_deal = category in ("ai", "ai_kr") and rng.random() < DEAL_SHARE_AI
        kind = {"ai_kr": "ai", "ai": "ai", "kr": "kr"}.get(category, "other")
        if kind == "other" and rng.random() < SNACK_SHARE_OTHER:
            kind = "snack"
        if lang == "ko" and kind in ("other", "snack"):
            kind = "kr"
        lead_kind = "ai_deal" if has_deal else kind
        texts = tp.T[lang]

        # Ingest keys agency plain text on the first 12 words after the dateline; where it does
        # not recognise the dateline (ANP, Lusa), the dateline's own words come first.
        key_words = 6 if agency in ("ANP", "Lusa") else 11
        redraws = 0
        while True:
            slots = self._slots(rng, lang, agency, category, published)
            lead = _fill(rng.choice(texts[f"lead_{lead_kind}"]), slots)
            headline = _fill(rng.choice(texts[f"head_{lead_kind}"]), slots)
            key = " ".join(normalise_words(lead[:160])[:key_words])
            head_key = " ".join(normalise_words(headline))
            slug = None
            if fmt != "agency-text" or (key not in self.keys and head_key not in self.keys):
                break
            redraws += 1
            if redraws >= _MAX_REDRAWS:
                slug = f"bench-{self.seed}-{i}"
                break
        if fmt == "agency-text":
            self.keys.add(key)
            self.keys.add(head_key)

        paragraphs = self._body(rng, lang, agency, kind, category, has_deal, slots)
        place = self._place(rng, lang, category)
        builder = _Builder(
            rng=rng, seed=self.seed, index=i, lang=lang, agency=agency, place=place,
            published=published, headline=headline, lead=lead, slug=slug,
        )
        payload = builder.build(fmt, paragraphs, self.target + rng.randint(-350, 350))
        topics = {"ai_kr": {"ai-chips", "korea"}, "ai": {"ai-chips"}, "kr": {"korea"}}
        return WireStory(
            index=i,
            key=builder.story_id if fmt != "agency-text" else f"bench-{self.seed}-{i}",
            payload=payload,
            format=fmt,
            language=lang,
            agency=agency,
            category=category,
            has_deal=has_deal,
            published=published,
            topics=frozenset(topics.get(category, set())),
        )

    @staticmethod
    def _agency(rng: random.Random, lang: str, fmt: str) -> str:
        choices = dict(tp.AGENCIES[lang])
        if fmt == "agency-text" and lang == "ja":
            choices = {"Kyodo": 1.0}
        return _pick(rng, choices)

    @staticmethod
    def _place(rng: random.Random, lang: str, category: str) -> str:
        if category in ("ai_kr", "kr"):
            return "seoul" if rng.random() < 0.85 else "busan"
        if category == "ai":
            return rng.choice(tp.TECH_PLACES) if rng.random() < 0.6 else rng.choice(
                tp.HOME_PLACES[lang])
        return rng.choice(tp.HOME_PLACES[lang])

    @staticmethod
    def _slots(
        rng: random.Random, lang: str, agency: str, category: str, published: datetime
    ) -> dict[str, str]:
        korea = category in ("ai_kr", "kr")
        if category == "ai_kr":
            vendor = rng.choice(tp.KOREAN_VENDORS + tp.VENDORS[:3]) if rng.random() < 0.5 else (
                rng.choice(tp.VENDORS[:4]))
            buyers = list(tp.KOREAN_BUYERS)
            country = "KR"
        else:
            vendor = rng.choice(tp.VENDORS)
            picks = rng.sample(tp.BUYERS, 3)
            buyers = [b for b, _ in picks]
            country = picks[0][1]
        rng.shuffle(buyers)
        product = rng.choice(tp.PRODUCTS[vendor])
        unit_kind = rng.choices(("gpu", "chip", "accelerator", "server", "hbm"),
                                weights=(0.45, 0.2, 0.2, 0.1, 0.05))[0]
        if vendor in ("Samsung Electronics", "SK Hynix"):
            unit_kind = "hbm" if rng.random() < 0.6 else "chip"
        qty = _quantity(rng)
        qty2 = max(100, int(_sig2(qty * rng.uniform(0.15, 0.6))))
        usd_deal = _sig2(qty * rng.uniform(8_000, 45_000))
        money = usd_deal if category in ("ai", "ai_kr") else _sig2(10 ** rng.uniform(7.5, 10.3))
        names: dict[str, str] = {}
        if lang == "ko":
            names = tp.KOREAN_NAMES
        elif lang == "ja":
            names = tp.JAPANESE_NAMES

        def nm(x: str) -> str:
            return names.get(x, x)

        wd = published.weekday()
        on_day = tp.ON_DAY.get(lang, "{wd}").format(wd=tp.WEEKDAYS.get(lang, ("",) * 7)[wd])
        company_pool = tp.COMPANIES[lang]
        unit_forms = tp.UNITS[unit_kind][lang]
        return {
            "vendor": nm(vendor),
            "product": product,
            "unit": unit_forms[1],
            "counter": (tp.KOREAN_COUNTERS if lang == "ko" else tp.JAPANESE_COUNTERS)[unit_kind]
            if lang in ("ko", "ja") else "",
            "qty": format_count(qty, lang, agency, rng),
            "qty2": format_count(qty2, lang, agency, rng),
            "buyer": nm(buyers[0]),
            "buyer2": nm(buyers[1]),
            "buyer3": nm(buyers[2]),
            "money": format_money(money, lang, agency, rng),
            "money2": format_money(_sig2(money * rng.uniform(0.3, 1.4)), lang, agency, rng),
            "country": tp.COUNTRY_NAMES.get(country, tp.COUNTRY_NAMES["US"])[lang],
            "on_day": on_day,
            "dom": str(published.day),
            "month": tp.MONTHS[lang][(published.month - 2) % 12],
            **_numbers(rng, lang, agency, korea),
            "year": str(published.year + rng.randint(0, 1)),
            "kr": nm(rng.choice(tp.KOREAN_COMPANIES)),
            "company": nm(rng.choice(company_pool)),
            "person": rng.choice(tp.PEOPLE),
            "bank": rng.choice(tp.BANKS),
            "foundry": nm(rng.choice(tp.FOUNDRIES)),
            "nm": str(rng.choice((2, 3, 4, 5))),
            "ocity": tp.PLACES[rng.choice(tp.HOME_PLACES[lang])][lang].title()
            if lang not in ("ko", "ja") else tp.PLACES[rng.choice(tp.HOME_PLACES[lang])][lang],
        }

    def _body(
        self,
        rng: random.Random,
        lang: str,
        agency: str,
        kind: str,
        category: str,
        has_deal: bool,
        slots: dict[str, str],
    ) -> list[str]:
        texts = tp.T[lang]
        first: list[str] = []
        if has_deal:
            first += rng.sample(texts["body_deal"], k=min(len(texts["body_deal"]),
                                                          rng.randint(1, 3)))
        if category == "ai_kr":
            first += rng.sample(texts["body_ai_kr"], k=rng.randint(1, 2))
        if kind == "ai":
            first += rng.sample(texts["body_ai"], k=min(3, len(texts["body_ai"])))
        if kind == "kr":
            first += rng.sample(texts["body_kr"], k=min(3, len(texts["body_kr"])))
        fill: list[str] = [*texts["body_market"], rng.choice(texts["quote"]), *texts["body_bg"]]
        if kind in ("other", "snack", "kr"):
            fill += list(texts["body_other"])
        if kind == "ai":
            fill += [p for p in (*texts["body_ai"], *texts["body_ai2"]) if p not in first]
        if kind == "kr":
            fill += [p for p in texts["body_kr"] if p not in first]
        rng.shuffle(fill)
        korea = category in ("ai_kr", "kr")
        out = []
        for p in first + fill:
            fresh = slots
            if _NUMBER_SLOTS.search(p):
                fresh = dict(slots)
                fresh.update(_numbers(rng, lang, agency, korea))
                fresh["person"] = rng.choice(tp.PEOPLE)
            out.append(_fill(p, fresh))
        return out


def _numbers(rng: random.Random, lang: str, agency: str, korea: bool) -> dict[str, str]:
    """The small figures of a paragraph: drawn afresh for every paragraph of a story."""
    rate = rng.choice((0.5, 1.0, 1.25, 1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25, 3.5))
    if not korea:
        rate += rng.choice((0.0, 0.1, 0.2, 0.3))
    return {
        "pct": _decimal(rng.uniform(0.5, 35.0), lang),
        "rate": _decimal(rate, lang, 2),
        "n": str(rng.randint(2, 12)),
        "num": format_count(rng.randrange(150, 30_000, 50), lang, agency, rng),
    }


def _quantity(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.3:
        return rng.randrange(500, 5_000, 100)
    if r < 0.75:
        return rng.randrange(5_000, 50_000, 500)
    return rng.randrange(50_000, 300_000, 5_000)


@dataclass
class _Builder:
    """Wraps headline, lead and paragraphs into one format's bytes of about a target size."""

    rng: random.Random
    seed: int
    index: int
    lang: str
    agency: str
    place: str
    published: datetime
    headline: str
    lead: str
    slug: str | None

    @property
    def story_id(self) -> str:
        return f"urn:chipwire:bench:{self.seed}:{self.index:07d}"

    def build(self, fmt: str, paragraphs: list[str], target: int) -> bytes:
        wrap = getattr(self, "_" + fmt.replace("-", "_"))
        self._fmt_state: dict[str, Any] = {}
        body: list[str] = []
        size = len(wrap(body))
        extra = _PARAGRAPH_OVERHEAD[fmt]
        for p in paragraphs:
            if size >= target:
                break
            body.append(p)
            size += len(p.encode("utf-8")) + extra
        return bytes(wrap(body))

    # -- agency plain text ---------------------------------------------------------------

    def _dateline(self) -> str:
        st = self._fmt_state
        if "dateline" in st:
            return str(st["dateline"])
        p = tp.PLACES[self.place]
        d = self.published
        ag, lang = self.agency, self.lang
        place = p[lang]
        if ag == "AFP":
            if lang == "en":
                text = f"{place}, {tp.MONTHS['en'][d.month - 1]} {d.day}, {d.year} (AFP) - "
            elif lang == "de":
                text = f"{place.title()}, {d.day}. {tp.MONTHS['de'][d.month - 1]} {d.year} (AFP) - "
            else:
                month = tp.MONTHS_SHORT[lang][d.month - 1]
                text = f"{place.title()}, {d.day} {month} {d.year} (AFP) - "
        elif ag == "Reuters":
            if lang == "en":
                text = f"{place}, {tp.MONTHS_SHORT['en'][d.month - 1]} {d.day} (Reuters) - "
            else:
                text = f"{place.upper()}, {d.day} {tp.MONTHS_SHORT[lang][d.month - 1]} (Reuters) - "
        elif ag == "dpa":
            text = f"{place.title()} (dpa) - "
        elif ag == "Yonhap":
            if lang == "ko":
                text = f"({place}=연합뉴스) {self.rng.choice(KOREAN_REPORTERS)} 기자 = "
            else:
                text = f"{place}, {tp.MONTHS['en'][d.month - 1]} {d.day} (Yonhap) -- "
        elif ag in ("ATS", "SDA"):
            if lang == "fr" and self.rng.random() < 0.5:
                text = f"date {d.date().isoformat()} "
            else:
                text = f"{place.title()} ({ag.lower()}) - "
        elif ag == "EFE":
            text = f"{place}, {d.day} {tp.MONTHS_SHORT['es'][d.month - 1]} (EFE).- "
        elif ag == "ANSA":
            text = f"(ANSA) - {place.upper()}, {d.day} {tp.MONTHS_SHORT['it'][d.month - 1]} - "
        elif ag == "Kyodo":
            text = f"【{place}共同】"
        elif ag == "ANP":
            text = f"{place.upper()} (ANP) - "
        else:  # Lusa
            month = tp.MONTHS_SHORT["pt"][d.month - 1]
            text = f"{place.title()}, {d.day} {month} {d.year} (Lusa) - "
        st["dateline"] = text
        return text

    def _signoff(self) -> list[str]:
        st = self._fmt_state
        if "signoff" in st:
            return list(st["signoff"])
        ag, rng = self.agency, self.rng
        if ag in ("ATS", "SDA"):
            out = [f"/{ag}"] if rng.random() < 0.7 else [rng.choice(INITIALS), f"/{ag}"]
        elif ag == "AFP":
            out = [f"{rng.choice(INITIALS)}/{rng.choice(INITIALS)}"]
        elif ag == "Reuters":
            if self.lang == "en":
                out = [f"(Reporting by {rng.choice(tp.REPORTERS)}; Editing by "
                       f"{rng.choice(tp.EDITORS)})"]
            else:
                out = ["(Reuters)"]
        elif ag == "dpa":
            out = [f"dpa {rng.choice(INITIALS)} {rng.choice(INITIALS)}"]
        elif ag == "Yonhap":
            out = [f"{rng.choice(('mskim', 'jelee', 'jhpark', 'sykim'))}@yna.co.kr",
                   "(끝)" if self.lang == "ko" else "(END)"]
        elif ag == "EFE":
            out = ["(EFE)"]
        elif ag == "ANSA":
            out = ["(ANSA)."]
        elif ag == "Kyodo":
            out = ["（共同）"]  # noqa: RUF001
        elif ag == "ANP":
            out = ["(ANP)"]
        else:
            out = ["(Lusa)"]
        st["signoff"] = out
        return out

    def _agency_text(self, body: list[str]) -> bytes:
        st = self._fmt_state
        if "head" not in st:
            st["head"] = self.agency in ("dpa", "ANSA", "EFE", "ANP", "Lusa") and (
                self.rng.random() < 0.5)
        lines: list[str] = []
        if self.slug:
            lines.append(f"slug: {self.slug}")
        if st["head"]:
            lines.append(self.headline)
        lines.append(self._dateline() + self.lead)
        lines += body
        lines += self._signoff()
        return ("\n\n".join(lines) + "\n").encode("utf-8")

    # -- ninjs ---------------------------------------------------------------------------

    def _iso(self) -> str:
        return self.published.strftime("%Y-%m-%dT%H:%M:%SZ")

    def _paras(self, body: list[str]) -> list[str]:
        return [self.lead, *body]

    def _html(self, body: list[str]) -> str:
        return "".join(f"<p>{escape(p)}</p>" for p in self._paras(body))

    def _ninjs_1(self, body: list[str]) -> bytes:
        doc: dict[str, Any] = {
            "uri": self.story_id,
            "version": "1",
            "type": "text",
            "language": self.lang,
            "versioncreated": self._iso(),
            "pubstatus": "usable",
            "headline": self.headline,
            "located": tp.PLACES[self.place][self.lang].title(),
            "copyrightholder": self.agency,
            "body_text": "\n\n".join(self._paras(body)),
        }
        return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")

    def _ninjs_2(self, body: list[str]) -> bytes:
        doc: dict[str, Any] = {
            "$standard": {"name": "ninjs", "version": "2.1",
                          "schema": "http://www.iptc.org/std/ninjs/ninjs-schema_2.1.json"},
            "uri": self.story_id,
            "type": "text",
            "version": "1",
            "firstcreated": self._iso(),
            "versioncreated": self._iso(),
            "pubstatus": "usable",
            "language": self.lang,
            "headlines": [{"role": "main", "value": self.headline}],
            "bodies": [{"role": "main", "contenttype": "text/html", "value": self._html(body)}],
            "copyrightholder": self.agency,
            "located": tp.PLACES[self.place][self.lang].title(),
        }
        return json.dumps(doc, ensure_ascii=False).encode("utf-8")

    def _ninjs_3(self, body: list[str]) -> bytes:
        doc: dict[str, Any] = {
            "$standard": {"name": "ninjs", "version": "3.0"},
            "uri": self.story_id,
            "type": "text",
            "version": "1",
            "firstCreated": self._iso(),
            "versionCreated": self._iso(),
            "pubStatus": "usable",
            "language": self.lang,
            "headlines": [{"role": "main", "value": self.headline}],
            "bodies": [{"role": "main", "contentType": "text/plain",
                        "value": "\n\n".join(self._paras(body))}],
            "copyrightHolder": {"name": self.agency},
            "subjects": [],
            "places": [],
        }
        return json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")

    # -- XML -----------------------------------------------------------------------------

    def _newsml_g2(self, body: list[str]) -> bytes:
        paras = "\n".join(f"        <p>{escape(p)}</p>" for p in self._paras(body))
        place = escape(tp.PLACES[self.place][self.lang].title())
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid={quoteattr(self.story_id)}'
            f' version="1" standard="NewsML-G2" standardversion="2.33"'
            f' xml:lang="{self.lang}">\n'
            "  <itemMeta>\n"
            '    <itemClass qcode="ninat:text"/>\n'
            f'    <provider qcode="nprov:{self.agency}"/>\n'
            f"    <versionCreated>{self._iso()}</versionCreated>\n"
            '    <pubStatus qcode="stat:usable"/>\n'
            "  </itemMeta>\n"
            "  <contentMeta>\n"
            f"    <located><name>{place}</name></located>\n"
            f"    <headline>{escape(self.headline)}</headline>\n"
            "  </contentMeta>\n"
            "  <contentSet>\n"
            '    <inlineXML contenttype="application/xhtml+xml">\n'
            '      <html xmlns="http://www.w3.org/1999/xhtml"><body>\n'
            f"{paras}\n"
            "      </body></html>\n"
            "    </inlineXML>\n"
            "  </contentSet>\n"
            "</newsItem>\n"
        ).encode()

    def _rss(self, body: list[str]) -> bytes:
        date = self.published.strftime("%a, %d %b %Y %H:%M:%S GMT")
        link = f"https://wire.example.org/{self.agency.lower()}/{self.seed}/{self.index}"
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0"><channel>\n'
            f"<title>{escape(self.agency)} wire ({self.lang})</title>\n"
            f"<link>https://wire.example.org/{self.agency.lower()}</link>\n"
            f"<description>{escape(self.agency)} news</description>\n"
            f"<language>{self.lang}</language>\n"
            "<item>\n"
            f"  <title>{escape(self.headline)}</title>\n"
            f"  <link>{link}</link>\n"
            f'  <guid isPermaLink="false">{escape(self.story_id)}</guid>\n'
            f"  <pubDate>{date}</pubDate>\n"
            f"  <description>{escape(self._html(body))}</description>\n"
            "</item></channel></rss>\n"
        ).encode()

    def _atom(self, body: list[str]) -> bytes:
        link = f"https://wire.example.org/{self.agency.lower()}/{self.seed}/{self.index}"
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{self.lang}">'
            f"<title>{escape(self.agency)} wire</title>"
            f"<id>urn:chipwire:bench:feed:{self.agency.lower()}</id><updated>{self._iso()}</updated>\n"
            "<entry>\n"
            f"  <title>{escape(self.headline)}</title>\n"
            f"  <id>{escape(self.story_id)}</id>\n"
            f"  <updated>{self._iso()}</updated>\n"
            f"  <author><name>{escape(self.agency)}</name></author>\n"
            f'  <link href="{link}"/>\n'
            f'  <content type="html">{escape(self._html(body))}</content>\n'
            "</entry></feed>\n"
        ).encode()
