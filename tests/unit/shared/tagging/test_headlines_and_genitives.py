"""A denial that covers a count and its worth, GPUs handed to companies, a programme not yet
awarded, a maker that raises money, a headline's ellipsis, a German genitive, a bracketed
abbreviation after a unit noun, and counts said of a supercomputer a deal paid for."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_denied_order_is_no_deal_in_units_or_money() -> None:
    t = _tag(
        "Chip export rules tighten",
        "Tencent on Monday denied a media report that it had ordered 60,000 Nvidia H20 "
        "processors worth about $900 million, calling the story groundless.",
    )
    assert t.deals == ()


def test_gpus_handed_to_companies_are_supplied() -> None:
    t = _tag(
        "Ministry to hand out GPUs",
        "The science ministry said Thursday it will hand 4,500 Nvidia graphics processing "
        "units to three companies developing South Korea's own AI models, as part of the "
        "government's AI push.",
    )
    assert 4500.0 in {f[2] for f in facts(t)}


def test_a_programme_not_yet_awarded_in_german_is_no_deal() -> None:
    t = _tag(
        "Telekom baut KI-Rechenzentrum",
        "Die Deutsche Telekom will in Hamburg ein Rechenzentrum für künstliche Intelligenz mit "
        "rund 6.000 Grafikprozessoren von Nvidia aufbauen. Die Bundesregierung plant zudem ein "
        "Förderprogramm für KI-Gigafabriken von bis zu drei Milliarden Euro, über dessen "
        "Vergabe noch nicht entschieden ist.",
        lang="de",
    )
    assert {f[3] for f in facts(t)} == {"units"}


def test_a_maker_named_after_its_description_raises() -> None:
    t = _tag(
        "Levée de fonds pour un concepteur de puces",
        "Le concepteur français de processeurs SiPearl a levé 90 millions d'euros auprès "
        "d'investisseurs européens pour financer sa puce pour l'intelligence artificielle.",
        lang="fr",
    )
    assert ("SiPearl", "FR", round(90e6 / 0.92), "usd") in facts(t)


def test_a_headline_ellipsis_separates_a_total_from_a_part() -> None:
    t = _tag(
        "정부, 엔비디아 GPU 9천 장 배분…카카오 4천 장",
        "과학기술정보통신부는 엔비디아 그래픽처리장치(GPU) 9천 장을 민간 기업에 배분한다고 "
        "밝혔다. 카카오에 4천 장, 네이버클라우드에 5천 장을 배정한다.",
        lang="ko",
    )
    assert ("Kakao", 9000.0) not in {(f[0], f[2]) for f in facts(t)}


def test_a_german_genitive_is_no_recipient() -> None:
    t = _tag(
        "Förderung für KI-Rechenzentrum",
        "Die IT-Tochter der Schwarz-Gruppe, Schwarz Digits, erhält für ihr geplantes "
        "KI-Rechenzentrum Fördermittel von Bund und Land in Höhe von 2 Mrd. Euro.",
        lang="de",
    )
    assert [b for _, b, _ in roles(t)] == ["Schwarz Digits"]


def test_a_maker_after_a_bracketed_abbreviation_sells() -> None:
    t = _tag(
        "Telefónica desplegará GPU de Nvidia",
        "Telefónica instalará unos 3.000 procesadores gráficos (GPU) de Nvidia en Madrid, con "
        "una inversión de unos 200 millones de euros, anunció la operadora.",
        lang="es",
    )
    assert {b for _, b, _ in roles(t)} == {"Telefónica"}


def test_counts_said_of_the_supercomputer_a_grant_pays_for() -> None:
    t = _tag(
        "Fondi per il supercalcolo",
        "Il Cineca riceverà 300 milioni di euro dal governo per la nuova fabbrica "
        "dell'intelligenza artificiale. Il nuovo supercalcolatore avrà oltre 2.000 "
        "acceleratori Nvidia.",
        lang="it",
    )
    assert ("Cineca", "IT", 2000.0, "units") in facts(t)
    assert "ai-chips" in {x.name for x in t.tags}
