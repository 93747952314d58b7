"""'The company' refers to the company the story is about: a sentence's first party counts as
its subject only when it opens the sentence (Korean and Japanese: when a particle marks it),
not when it is named further in ('in Rechenzentren von LG AI Research', 'AMD의 가속기')."""

from __future__ import annotations

from .tagging_fixtures import facts
from .tagging_fixtures import tag as _tag


def test_the_company_is_the_subject_of_the_story_not_the_client_named_later() -> None:
    t = _tag(
        "Rebellions liefert Chips an Kakao",
        "Seoul (dpa) - Das südkoreanische Start-up Rebellions wird bis zu 2.000 seiner "
        "KI-Beschleuniger an die Cloud-Sparte des Internetkonzerns Kakao liefern. Die Chips "
        "sollen in den Rechenzentren von Kakao eingesetzt werden, wie beide Unternehmen "
        "mitteilten. "
        "Zugleich sammelte das Unternehmen in einer Finanzierungsrunde 150 Mrd. Won ein.",
        lang="de",
    )
    assert ("Rebellions", "KR", round(150e9 / 1400), "usd") in facts(t)


def test_the_company_in_korean_is_the_subject_not_a_genitive() -> None:
    t = _tag(
        "삼성전자, 엔비디아와 HBM 공급 계약",
        "(서울=연합뉴스) 삼성전자는 미국 엔비디아와 3조 원 규모의 HBM 공급 계약을 체결했다고 "
        "9일 밝혔다. 공급 물량은 엔비디아의 차세대 AI 가속기에 탑재된다. 회사는 또 평택 반도체 "
        "공장에 5조 원을 추가로 투자한다고 밝혔다.",
        lang="ko",
    )
    assert ("Samsung Electronics", "KR", round(5e12 / 1400), "usd") in facts(t)
