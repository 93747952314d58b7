"""Entities: canonical names from aliases in every language, and unknown companies."""

from __future__ import annotations

from .tagging_fixtures import tag


def names(*parts: str, lang: str = "en") -> dict[str, tuple[str, str | None]]:
    return {e.name: (e.kind, e.country) for e in tag(*parts, lang=lang).entities}


def test_aliases_in_several_scripts() -> None:
    ko = names(
        "삼성전자와 SK하이닉스, 엔비디아에 HBM 공급", "네이버클라우드도 참여했다.", lang="ko"
    )
    assert ko["Samsung Electronics"] == ("company", "KR")
    assert ko["SK Hynix"] == ("company", "KR")
    assert ko["Nvidia"] == ("company", "US")
    assert ko["Naver Cloud"] == ("company", "KR")
    ja = names("SKハイニックスとサムスン電子", "エヌビディア向けに供給する。", lang="ja")
    assert {"SK Hynix", "Samsung Electronics", "Nvidia"} <= set(ja)
    fr = names("La Corée du Sud et Hyundai", "Le sud-coréen Samsung.", lang="fr")
    assert fr["South Korea"] == ("country", "KR")
    assert "Hyundai Motor" in fr


def test_entity_mentions_and_spellings() -> None:
    t = tag("Samsung beats forecasts", "Samsung Electronics said Samsung's chip unit grew.")
    e = next(e for e in t.entities if e.name == "Samsung Electronics")
    assert e.mentions == 3
    assert set(e.aliases) == {"Samsung", "Samsung Electronics"}


def test_unknown_company_after_a_company_noun() -> None:
    found = names(
        "Das Zürcher Cloud-Unternehmen Alpenrechner Systems kauft Chips",
        "Alpenrechner Systems will damit KI-Dienste anbieten.",
        lang="de",
    )
    assert found["Alpenrechner Systems"] == ("company", None)


def test_unknown_companies_named_by_apposition_legal_form_or_cue_complement() -> None:
    from .tagging_fixtures import tag

    appo = tag(
        "AI chip start-up raises funds",
        "Quorix, a Busan-based AI chip designer, raised 40 billion won in a new round.",
        "The start-up makes inference chips for data centres.",
    )
    assert [d.buyer for d in appo.deals] == ["Quorix"]
    legal = tag(
        "GPU order",
        "Nvidia will ship 3,000 GPUs to Kalvo AB for its AI cloud in Sweden.",
        "The chips arrive next year.",
    )
    assert [d.buyer for d in legal.deals] == ["Kalvo"] or [d.buyer for d in legal.deals] == [
        "Kalvo AB"
    ]
    fr = tag(
        "Puces d'IA",
        "Le fournisseur de cloud Altavia achètera 2.500 processeurs graphiques à AMD pour "
        "son centre de données d'IA.",
        lang="fr",
    )
    assert [d.buyer for d in fr.deals] == ["Altavia"]


def test_product_acronym_after_a_company_noun_is_not_a_company() -> None:
    from .tagging_fixtures import tag

    t = tag(
        "Memory maker passes test",
        "The leading supplier of advanced HBM chips said it passed a qualification test.",
        "La firme de mémoire HBM a livré des échantillons.",
    )
    assert not any(e.name == "HBM" for e in t.entities)


def test_unknown_start_up_after_a_long_description_raises_the_money() -> None:
    from .tagging_fixtures import tag

    it = tag(
        "Round per chip IA",
        "La startup torinese di chip per l'IA Vela Systems ha chiuso un round da 25 milioni di "
        "euro.",
        "L'azienda progetta chip per l'intelligenza artificiale.",
        lang="it",
    )
    assert [d.buyer for d in it.deals] == ["Vela Systems"]
    es = tag(
        "Ronda para chips de IA",
        "La empresa de chips de IA Quantia ha cerrado una ronda de financiación de 30 millones "
        "de euros.",
        "La empresa diseña procesadores para inteligencia artificial.",
        lang="es",
    )
    assert [d.buyer for d in es.deals] == ["Quantia"]


def test_unknown_name_after_an_ai_company_description() -> None:
    from .tagging_fixtures import tag

    fr = tag(
        "Levée de fonds",
        "La société française d'intelligence artificielle Orbis a levé 150 millions d'euros pour "
        "ses centres de données d'IA.",
        "L'entreprise utilisera des puces Nvidia.",
        lang="fr",
    )
    assert [d.buyer for d in fr.deals] == ["Orbis"]
    it = tag(
        "Round per l'IA",
        "La società torinese di intelligenza artificiale vNova ha raccolto 70 milioni di euro "
        "per i suoi chip per l'IA.",
        "L'azienda usa chip Nvidia.",
        lang="it",
    )
    assert [d.buyer for d in it.deals] == ["vNova"]
