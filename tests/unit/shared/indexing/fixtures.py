"""Stories written for the indexing tests (not taken from any real wire)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from shared.models import (
    Deal,
    Entity,
    Evidence,
    PubStatus,
    Qualifier,
    Story,
    StoryFormat,
    StoryTagged,
    Subject,
    Tagging,
    TagResult,
    Unit,
)

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def tag(name: str, score: float = 0.9, term: str = "") -> TagResult:
    ev = (Evidence(term=term, field="headline", start=0, end=len(term)),) if term else ()
    return TagResult(name=name, score=score, evidence=ev)


def company(name: str, country: str | None = None) -> Entity:
    return Entity(name=name, kind="company", country=country, aliases=(name,), mentions=1)


def country(name: str, code: str) -> Entity:
    return Entity(name=name, kind="country", country=code)


def place(code: str, name: str) -> Subject:
    return Subject(code=f"iso3166-1a2:{code}", name=name, confidence=0.9)


def gpu_deal(
    vendor: str | None,
    buyer: str | None,
    buyer_country: str | None,
    quantity: int | None,
    amount_usd: float | None = None,
    unit: Unit | None = Unit.GPU,
) -> Deal:
    return Deal(
        vendor=vendor,
        buyer=buyer,
        buyer_country=buyer_country,
        quantity=quantity,
        qualifier=Qualifier.ABOUT if quantity else None,
        unit=unit,
        amount=amount_usd,
        currency="USD" if amount_usd else None,
        amount_usd=amount_usd,
        evidence=f"{quantity} units",
    )


def event(
    story_id: str,
    *,
    headline: str,
    body: tuple[str, ...] = (),
    language: str | None = "en",
    version: int = 1,
    source: str | None = "AFP",
    published_at: datetime | None = NOW,
    tags: tuple[TagResult, ...] = (),
    entities: tuple[Entity, ...] = (),
    places: tuple[Subject, ...] = (),
    deals: tuple[Deal, ...] = (),
    pub_status: PubStatus = PubStatus.USABLE,
    fmt: StoryFormat = StoryFormat.NINJS,
) -> StoryTagged:
    story = Story(
        id=story_id,
        version=version,
        source=source,
        format=fmt,
        language=language,
        headline=headline,
        body=body,
        published_at=published_at,
        received_at=(published_at or NOW) + timedelta(minutes=1),
        raw_sha256=hashlib.sha256(f"{story_id}#{version}".encode()).hexdigest(),
        pub_status=pub_status,
        is_correction=version > 1,
    )
    tagging = Tagging(
        tags=tags,
        subjects=(Subject(code="medtop:20000230", name="technology", confidence=0.7),)
        if tags
        else (),
        places=places,
        entities=entities,
        deals=deals,
    )
    return StoryTagged(story=story, tagging=tagging, tagged_at=NOW + timedelta(minutes=2))


def corpus() -> list[StoryTagged]:
    """A small mixed-language set with known deals (totals are asserted in the tests)."""
    return [
        event(
            "urn:test:fr-1",
            language="fr",
            source="ATS",
            headline="Nvidia livre des puces d'intelligence artificielle à Séoul",
            body=(
                "Le fabricant américain fournira environ 50 000 processeurs graphiques "
                "à Samsung Electronics, selon l'accord annoncé vendredi.",
                "L'électronique coréenne mise sur les centres de données.",
            ),
            tags=(tag("ai-chips", term="puces"), tag("korea", term="Séoul")),
            entities=(
                company("Nvidia", "US"),
                company("Samsung Electronics", "KR"),
                country("South Korea", "KR"),
            ),
            places=(place("KR", "South Korea"),),
            deals=(gpu_deal("Nvidia", "Samsung Electronics", "KR", 50_000, 1.5e9),),
        ),
        event(
            "urn:test:ko-1",
            language="ko",
            source="Yonhap",
            headline="삼성전자는 엔비디아 GPU 10000개를 구매한다",
            body=("삼성전자는 인공지능 데이터센터를 위해 반도체를 확보했다.",),
            published_at=NOW - timedelta(days=40),
            tags=(tag("ai-chips"), tag("korea")),
            entities=(company("Samsung Electronics", "KR"), company("Nvidia", "US")),
            places=(place("KR", "South Korea"),),
            deals=(gpu_deal("Nvidia", "Samsung Electronics", "KR", 10_000, 3.0e8),),
        ),
        event(
            "urn:test:de-1",
            language="de",
            source="dpa",
            headline="Rechenzentrum in Frankfurt bestellt Grafikprozessoren",
            body=("Der Betreiber kauft 2000 Beschleuniger von AMD für seine Rechenzentren.",),
            published_at=NOW - timedelta(days=3),
            tags=(tag("ai-chips"),),
            entities=(company("AMD", "US"),),
            deals=(
                gpu_deal("AMD", "Frankfurt DC", "DE", 2_000, None, Unit.ACCELERATOR),
                gpu_deal("AMD", "Frankfurt DC", "DE", 100, None, Unit.SERVER),
            ),
        ),
        event(
            "urn:test:en-1",
            language="en",
            source="Reuters",
            headline="Korean exports of snacks hit record",
            body=("Seoul's snack makers shipped more crackers abroad than ever.",),
            published_at=NOW - timedelta(days=1),
            tags=(tag("korea"),),
            places=(place("KR", "South Korea"),),
        ),
    ]
