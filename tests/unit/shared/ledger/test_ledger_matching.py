"""The matching rule: when reported deals are one real-world deal."""

from __future__ import annotations

from datetime import timedelta

from shared.ledger import LedgerEntry, MatchRules, apply_all, entries
from shared.models.events import DealReported
from shared.models.tagging import Qualifier, Unit

from .ledger_fixtures import (
    EN_260K,
    FR_QUARTER_MILLION,
    KO_26MAN,
    PARTS_DE,
    PARTS_EN,
    T0,
    gpus,
    money,
    report,
)


def ledger(*reports: DealReported, rules: MatchRules | None = None) -> list[LedgerEntry]:
    return entries(apply_all({}, reports), rules)


def test_one_deal_three_languages_three_sources() -> None:
    [entry] = ledger(FR_QUARTER_MILLION, EN_260K, KO_26MAN)
    assert [s.story_id for s in entry.stories] == [
        "ats-2025-10-31-nvidia",
        "reuters-nvidia-korea-260k",
        "yonhap-20251101-0042",
    ]
    assert {s.language for s in entry.stories} == {"fr", "en", "ko"}
    assert entry.vendor == "Nvidia"
    assert entry.buyer == "South Korea"
    assert entry.buyer_country == "KR"
    assert entry.unit is Unit.GPU
    # the most precise figure wins over "more than a quarter of a million"
    assert (entry.quantity, entry.qualifier) == (260_000, Qualifier.EXACT)
    assert entry.first_reported == T0
    assert entry.last_reported == T0 + timedelta(days=1)


def test_order_of_arrival_does_not_matter() -> None:
    a = ledger(FR_QUARTER_MILLION, EN_260K, KO_26MAN)
    b = ledger(KO_26MAN, FR_QUARTER_MILLION, EN_260K)
    assert a == b


def test_lower_bound_alone_keeps_its_qualifier() -> None:
    [entry] = ledger(FR_QUARTER_MILLION)
    assert (entry.quantity, entry.qualifier) == (250_000, Qualifier.AT_LEAST)


def test_lower_bound_too_far_below_is_another_deal() -> None:
    far = report("x", gpus(300_000, buyer="South Korea"), language="en")
    assert len(ledger(FR_QUARTER_MILLION, far)) == 2  # 300k is 20 % above "more than 250k"


def test_lower_bound_above_the_figure_is_another_deal() -> None:
    below = report("x", gpus(240_000, buyer="South Korea"), language="en")
    assert len(ledger(FR_QUARTER_MILLION, below)) == 2


def test_company_aliases_in_any_script_are_one_buyer() -> None:
    reports = [
        report("a", gpus(50_000, buyer="Samsung"), language="en"),
        report("b", gpus(50_000, buyer="Samsung Electronics Co., Ltd."), language="en"),
        report("c", gpus(50_000, buyer="삼성전자", vendor="엔비디아"), language="ko"),
    ]
    [entry] = ledger(*reports)
    assert entry.buyer == "Samsung Electronics"
    assert len(entry.stories) == 3


def test_unnamed_buyer_is_its_country_but_not_a_company_of_that_country() -> None:
    unnamed = report("a", gpus(50_000, buyer=None, country="KR"))
    country = report("b", gpus(50_000, buyer="Corée du Sud", country="KR"))
    company = report("c", gpus(50_000, buyer="Samsung", country="KR"))
    found = ledger(unnamed, country, company)
    assert sorted(len(e.stories) for e in found) == [1, 2]
    [samsung] = [e for e in found if e.buyer == "Samsung Electronics"]
    assert [s.story_id for s in samsung.stories] == ["c"]


def test_unnamed_buyers_of_different_countries_differ() -> None:
    kr = report("a", gpus(50_000, buyer=None, country="KR"))
    jp = report("b", gpus(50_000, buyer=None, country="JP"))
    assert len(ledger(kr, jp)) == 2


def test_different_vendors_are_different_deals() -> None:
    nvidia = report("a", gpus(50_000, buyer="Naver"))
    amd = report("b", gpus(50_000, buyer="Naver", vendor="AMD"))
    assert len(ledger(nvidia, amd)) == 2


def test_total_and_parts_stay_separate_and_each_merges_with_its_restatement() -> None:
    found = ledger(PARTS_EN, PARTS_DE)
    assert sorted(e.quantity or 0 for e in found) == [2_000, 3_000, 8_000, 13_000]
    assert all(len(e.stories) == 2 for e in found)
    assert {e.buyer for e in found} == {"South Korea", "Samsung Electronics", "SK Hynix", None}


def test_two_deals_of_one_story_are_never_one() -> None:
    story = report("a", gpus(10_000, buyer="Kakao"), gpus(10_500, Qualifier.ABOUT, buyer="Kakao"))
    assert len(ledger(story)) == 2


def test_about_matches_the_exact_figure_it_rounds() -> None:
    about = report("a", gpus(1_200_000, Qualifier.ABOUT, buyer="Naver"), language="en")
    exact = report("b", gpus(1_180_000, buyer="네이버"), language="ko", at=T0 + timedelta(hours=1))
    [entry] = ledger(about, exact)
    assert (entry.quantity, entry.qualifier) == (1_180_000, Qualifier.EXACT)


def test_exact_figure_and_its_rounded_restatement() -> None:
    exact = report("a", gpus(1_180_000, buyer="Naver"))
    rounded = report("b", gpus(1_200_000, buyer="Naver"))  # "1.2 million", no qualifier word
    assert len(ledger(exact, rounded)) == 1
    # 1,150,000 also rounds to 1.2 million, but it is not 1,180,000: every pair must match
    other = report("c", gpus(1_150_000, buyer="Naver"))
    assert len(ledger(exact, other)) == 2


def test_most_precise_figure_comes_from_the_newest_report() -> None:
    old = report("a", gpus(260_000, buyer="South Korea"), at=T0)
    new = report("b", gpus(260_000, buyer="South Korea", unit=Unit.CHIP), at=T0 + timedelta(1))
    [entry] = ledger(old, new)
    assert entry.unit is Unit.CHIP  # GPUs and chips are one unit family


def test_unit_families_do_not_mix() -> None:
    gpu = report("a", gpus(10_000, buyer="TSMC", country="TW"))
    wafer = report("b", gpus(10_000, buyer="TSMC", country="TW", unit=Unit.WAFER))
    cash = report("c", money(10_000.0, buyer="TSMC", country="TW", vendor="Nvidia"))
    assert len(ledger(gpu, wafer, cash)) == 3


def test_restated_money_within_tolerance() -> None:
    usd = report("a", money(1_500_000_000), language="en")
    krw = report("b", money(1_463_000_000), language="ko", at=T0 + timedelta(hours=6))  # 2.5 %
    [entry] = ledger(usd, krw)
    assert entry.amount_usd == 1_463_000_000  # newest of the exact figures
    assert entry.quantity is None and entry.unit is None


def test_money_outside_tolerance_is_another_deal() -> None:
    assert len(ledger(report("a", money(1.5e9)), report("b", money(1.7e9)))) == 2


def test_units_and_money_in_one_report_match_either_statement() -> None:
    both = report("a", gpus(10_000, buyer="Kakao").model_copy(update={"amount_usd": 4e8}))
    units = report("b", gpus(10_000, buyer="Kakao"))
    assert len(ledger(both, units)) == 1
    wrong_money = report("c", gpus(10_000, buyer="Kakao").model_copy(update={"amount_usd": 8e8}))
    assert len(ledger(both, wrong_money)) == 2


def test_time_window_is_configurable() -> None:
    first = report("a", gpus(50_000, buyer="Kakao"), at=T0)
    later = report("b", gpus(50_000, buyer="Kakao"), at=T0 + timedelta(days=20))
    assert len(ledger(first, later)) == 2
    assert len(ledger(first, later, rules=MatchRules.with_window_days(30))) == 1


def test_complete_linkage_does_not_chain() -> None:
    bound = report("a", gpus(250_000, Qualifier.AT_LEAST, buyer="Kakao"))
    near = report("b", gpus(280_000, Qualifier.ABOUT, buyer="Kakao"), at=T0 + timedelta(1))
    far = report("c", gpus(300_000, Qualifier.ABOUT, buyer="Kakao"), at=T0 + timedelta(2))
    # 250k+ ~ 280k and 280k ~ 300k, but 250k+ is not 300k: not one deal of three stories
    assert sorted(len(e.stories) for e in ledger(bound, near, far)) == [1, 2]


def test_reports_without_a_size_are_not_deals() -> None:
    sizeless = report("a", gpus(0, buyer="Kakao").model_copy(update={"quantity": None}))
    assert ledger(sizeless) == []


def test_money_only_deal_keeps_its_qualifier() -> None:
    about = report("a", money(2.1e8, qualifier=Qualifier.ABOUT), language="ko")
    [entry] = ledger(about)
    assert (entry.amount_usd, entry.qualifier, entry.quantity) == (2.1e8, Qualifier.ABOUT, None)
    exact = report("b", money(2.14e8, qualifier=Qualifier.EXACT), at=T0 + timedelta(hours=1))
    [entry] = ledger(about, exact)
    assert (entry.amount_usd, entry.qualifier) == (2.14e8, Qualifier.EXACT)
