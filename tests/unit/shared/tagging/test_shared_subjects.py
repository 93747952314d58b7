"""A verb right after "and" ("y destinará", "mais confirme l'achat", "tout en confirmant")
shares the subject of the verb before it, while a party followed by its own verb opens a new
clause rather than joining the recipients before it; a party inside a description set off by
commas ("Iliad, maison mère de l'opérateur Free, a annoncé") is no actor; a dative pronoun at a
supply verb ("AMD lui fournira") is the buyer just named, and a recipient of the clause before
a new subject is not that subject's buyer; "US$" is a currency, not a country."""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag


def test_a_second_verb_after_and_keeps_the_first_subject() -> None:
    t = _tag(
        "Orange comprará chips de Nvidia",
        "Madrid, 3 mar (EFE).- Orange comprará hasta 6.000 procesadores gráficos a la "
        "estadounidense Nvidia y destinará 800 millones de euros a sus centros de datos de "
        "inteligencia artificial en España, según ha anunciado la compañía.",
        lang="es",
    )
    assert {f[0] for f in facts(t)} == {"Orange"}


def test_a_gerund_shares_the_subject_of_its_clause() -> None:
    t = _tag(
        "Kakao achète des puces Nvidia",
        "SÉOUL, 3 mars (AFP) - Kakao a démenti un projet de coentreprise avec OpenAI, tout en "
        "confirmant l'achat de 3 000 processeurs graphiques auprès de Nvidia.",
        lang="fr",
    )
    assert {(f[0], f[2]) for f in facts(t)} == {("Kakao", 3000.0)}


def test_a_new_subject_after_and_takes_the_verb() -> None:
    t = _tag(
        "Nvidia and AMD sell chips",
        "SEOUL, March 3 - Nvidia will supply 4,000 GPUs to Naver Cloud, and Kakao will buy "
        "2,000 accelerators from AMD, the companies said.",
    )
    assert {(f[0], f[2]) for f in facts(t)} == {("Naver Cloud", 4000.0), ("Kakao", 2000.0)}


def test_us_dollars_name_no_country() -> None:
    t = _tag(
        "Fastweb encomenda GPUs à Intel",
        "A Fastweb encomendou 2400 GPUs Gaudi 3 à Intel para novos centros de dados, informou "
        "a empresa. A encomenda vale cerca de US$ 41 milhões, segundo pessoas a par do "
        "assunto.",
        lang="pt",
    )
    assert "United States" not in {f[0] for f in facts(t)}
    assert ("Fastweb", "IT", 41_000_000, "usd") in facts(t)


def test_a_party_inside_a_description_of_the_subject_is_no_buyer() -> None:
    t = _tag(
        "Iliad va acheter des puces Nvidia",
        "PARIS, 3 mars (AFP) - Le groupe de télécoms Iliad, maison mère de l'opérateur Free, a "
        "annoncé qu'il achèterait jusqu'à 20 000 processeurs graphiques à Nvidia pour ses "
        "centres de données d'intelligence artificielle.",
        lang="fr",
    )
    assert {f[0] for f in facts(t)} == {"Iliad"}


def test_a_fund_named_in_a_description_set_off_by_commas_is_no_buyer() -> None:
    t = _tag(
        "L'Arabie saoudite commande des puces à Nvidia",
        "RIYAD, 3 mars (AFP) - Humain, la société d'intelligence artificielle créée par le "
        "fonds souverain saoudien (PIF), a annoncé avoir commandé 12 000 puces GB300 à "
        "l'américain Nvidia.",
        lang="fr",
    )
    assert {(f[0], f[2]) for f in facts(t)} == {("Humain", 12000.0)}


def test_a_dative_pronoun_at_the_supply_verb_is_the_buyer_just_named() -> None:
    t = _tag(
        "Humain commande des puces",
        "RIYAD, 3 mars (AFP) - Humain a annoncé avoir commandé 12 000 puces GB300 à "
        "l'américain Nvidia. Son compatriote AMD lui fournira pour sa part des accélérateurs "
        "pour un montant pouvant atteindre 4 milliards de dollars.",
        lang="fr",
    )
    assert ("Humain", "SA", 4_000_000_000, "usd") in facts(t)


def test_a_recipient_of_the_clause_before_a_new_subject_is_not_its_buyer() -> None:
    t = _tag(
        "IA: Humain commande 12 000 puces à Nvidia, AMD fournira 4 milliards de dollars "
        "d'accélérateurs",
        "RIYAD, 3 mars (AFP) - Humain a annoncé avoir commandé 12 000 puces GB300 à "
        "l'américain Nvidia.",
        lang="fr",
    )
    assert "Nvidia" not in {f[0] for f in facts(t)}
