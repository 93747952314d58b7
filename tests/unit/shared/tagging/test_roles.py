"""Role rules (``shared.tagging.roles``) on stories written for these tests."""

from __future__ import annotations

from .tagging_fixtures import tag


def _roles(t: object) -> list[tuple[str | None, str | None, float | None]]:
    return [
        (d.vendor, d.buyer, d.quantity or d.amount)  # type: ignore[attr-defined]
        for d in t.deals  # type: ignore[attr-defined]
    ]


def test_indirect_object_between_supply_verb_and_count_receives() -> None:
    en = tag(
        "Accelerators for Korean chipmaker",
        "Intel will ship SK Hynix 4,000 AI accelerators for a research cluster, it said.",
    )
    assert _roles(en) == [("Intel", "SK Hynix", 4000)]
    fr = tag(
        "Des puces d'IA pour l'opérateur",
        "AMD vendra à Orange 3 500 accélérateurs pour son nouveau centre de données d'IA.",
        lang="fr",
    )
    assert _roles(fr) == [("AMD", "Orange", 3500)]


def test_agent_noun_is_not_the_deal_verb() -> None:
    en = tag(
        "Telecom group signs AI computing deal",
        "Vodafone agreed to pay cloud provider CoreWeave $2.5 billion for AI computing "
        "capacity built on Nvidia chips.",
    )
    assert [(d.vendor, d.buyer) for d in en.deals] == [("CoreWeave", "Vodafone")]
    de = tag(
        "KI-Chips für Rechenzentrum",
        "Die Telekom kauft beim Lieferanten Supermicro 900 KI-Server für ihr Rechenzentrum.",
        lang="de",
    )
    assert [(d.vendor, d.buyer, d.quantity) for d in de.deals] == [
        ("Supermicro", "Deutsche Telekom", 900)
    ]


def test_list_of_name_and_count_pairs_is_not_one_joint_buyer() -> None:
    t = tag(
        "Japanese labs split GPU order",
        "Two Japanese research labs will buy 9,000 AMD GPUs: RIKEN will take 6,000 and AIST "
        "3,000.",
    )
    parts = {(d.buyer, d.quantity) for d in t.deals}
    assert ("RIKEN", 6000) in parts and ("AIST", 3000) in parts
    assert not any(d.buyer and " and " in d.buyer for d in t.deals)


def test_future_equipping_is_a_purchase_but_equipped_now_is_installed() -> None:
    it = tag(
        "Nuovo supercomputer per l'IA",
        "Il centro di calcolo di Leonardo sarà dotato di 2.400 processori grafici AMD per "
        "l'intelligenza artificiale.",
        lang="it",
    )
    assert _roles(it) == [("AMD", "Leonardo", 2400)]
    es = tag(
        "Superordenador de IA",
        "El nuevo centro de datos de Telefónica contará con 1.800 chips de AMD para "
        "inteligencia artificial.",
        lang="es",
    )
    assert _roles(es) == [("AMD", "Telefónica", 1800)]
    installed = tag(
        "Supercomputer inaugurato",
        "Il supercomputer di Leonardo, dotato di 2.400 processori grafici AMD per l'IA, è "
        "stato inaugurato ieri.",
        lang="it",
    )
    assert installed.deals == ()


def test_owner_of_the_equipped_site_buys() -> None:
    t = tag(
        "KI-Rechenzentrum",
        "Das neue Rechenzentrum der Telekom wird mit 7.000 AMD-Beschleunigern ausgerüstet.",
        "Der Betrieb soll 2026 beginnen.",
        lang="de",
    )
    assert _roles(t) == [("AMD", "Deutsche Telekom", 7000)]


def test_subject_of_a_passive_grant_receives_it() -> None:
    en = tag(
        "Subsidy for AI chip fab",
        "Rebellions has been awarded 150 billion won in state aid for its AI chip plant, the "
        "ministry said.",
    )
    assert [d.buyer for d in en.deals] == ["Rebellions"]
    fr = tag(
        "Aide publique pour les puces d'IA",
        "Infineon s'est vu octroyer une subvention de 900 millions d'euros pour son usine de "
        "puces d'IA à Dresde.",
        lang="fr",
    )
    assert [d.buyer for d in fr.deals] == ["Infineon"]
    active = tag(
        "Subsidy for AI chip fab",
        "The Korean government is giving Rebellions 150 billion won to build AI chips.",
    )
    assert [d.buyer for d in active.deals] == ["Rebellions"]
