"""Reports the project writes itself for the ledger tests (several languages)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shared.models.events import DealReported
from shared.models.tagging import Deal, Qualifier, Unit

T0 = datetime(2025, 10, 31, 8, 30, tzinfo=UTC)


def report(
    story_id: str,
    *deals: Deal,
    version: int = 1,
    source: str | None = "ATS",
    language: str | None = "fr",
    at: datetime | None = T0,
    withdrawn: bool = False,
) -> DealReported:
    return DealReported(
        story_id=story_id,
        story_version=version,
        source=source,
        language=language,
        published_at=at,
        withdrawn=withdrawn,
        deals=deals,
    )


def gpus(
    quantity: int,
    qualifier: Qualifier = Qualifier.EXACT,
    *,
    vendor: str | None = "Nvidia",
    buyer: str | None = None,
    country: str | None = "KR",
    unit: Unit = Unit.GPU,
    evidence: str = "",
) -> Deal:
    return Deal(
        vendor=vendor,
        buyer=buyer,
        buyer_country=country,
        quantity=quantity,
        qualifier=qualifier,
        unit=unit,
        evidence=evidence,
    )


def money(
    usd: float,
    *,
    vendor: str | None = None,
    buyer: str | None = "Rebellions",
    country: str | None = "KR",
    qualifier: Qualifier | None = None,
) -> Deal:
    return Deal(
        vendor=vendor,
        buyer=buyer,
        buyer_country=country,
        amount=usd,
        currency="USD",
        amount_usd=usd,
        qualifier=qualifier,
    )


# "plus d'un quart de million de GPU" (ATS, French): at least 250,000.
FR_QUARTER_MILLION = report(
    "ats-2025-10-31-nvidia",
    gpus(250_000, Qualifier.AT_LEAST, buyer="Corée du Sud",
         evidence="plus d'un quart de million de GPU"),
    source="ATS",
    language="fr",
    at=T0,
)  # fmt: skip
# "Nvidia will supply 260,000 GPUs to South Korea" (Reuters, English).
EN_260K = report(
    "reuters-nvidia-korea-260k",
    gpus(260_000, buyer="South Korea", vendor="NVIDIA Corp.",
         evidence="260,000 of its latest GPUs"),
    source="Reuters",
    language="en",
    at=T0 + timedelta(hours=3),
)  # fmt: skip
# "엔비디아, 한국에 GPU 26만 장 공급" (Yonhap, Korean): 260,000, buyer the country.
KO_26MAN = report(
    "yonhap-20251101-0042",
    gpus(260_000, buyer="한국", vendor="엔비디아", evidence="GPU 26만 장"),
    source="Yonhap",
    language="ko",
    at=T0 + timedelta(days=1),
)

# A total and its stated parts: 13,000 GPUs, 8,000 to Samsung, 3,000 to SK hynix, 2,000 to
# unnamed Korean cloud providers.
PARTS_EN = report(
    "afp-total-and-parts",
    gpus(13_000, buyer="South Korea"),
    gpus(8_000, buyer="Samsung Electronics"),
    gpus(3_000, buyer="SK hynix"),
    gpus(2_000, buyer=None),
    source="AFP",
    language="en",
    at=T0 + timedelta(days=2),
)
PARTS_DE = report(
    "dpa-gesamt-und-teile",
    gpus(13_000, buyer="Südkorea"),
    gpus(8_000, buyer="Samsung"),
    gpus(3_000, buyer="Hynix"),
    gpus(2_000, buyer=None),
    source="dpa",
    language="de",
    at=T0 + timedelta(days=2, hours=5),
)
