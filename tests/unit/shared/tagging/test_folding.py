"""Folding restatements (``shared.tagging.folding``)."""

from __future__ import annotations

from shared.models.tagging import Deal, Qualifier, Unit
from shared.tagging.folding import fold


def _gpus(buyer: str, country: str, n: int = 12_000, vendor: str | None = "Nvidia") -> Deal:
    return Deal(vendor=vendor, buyer=buyer, buyer_country=country, quantity=n,
                qualifier=Qualifier.EXACT, unit=Unit.GPU)


def test_country_level_statement_folds_into_the_named_buyers_of_that_country() -> None:
    named = _gpus("Naver Cloud, KT Cloud and NHN Cloud", "KR")
    group = _gpus("South Korea", "KR", vendor=None)
    for order in ([(named, "Naver Cloud"), (group, None)], [(group, None), (named, "Naver Cloud")]):
        [deal] = fold(order)
        assert (deal.buyer, deal.vendor) == ("Naver Cloud, KT Cloud and NHN Cloud", "Nvidia")


def test_country_statement_of_another_country_or_size_stays_a_deal() -> None:
    named = (_gpus("Naver Cloud", "KR"), "Naver Cloud")
    assert len(fold([named, (_gpus("France", "FR"), None)])) == 2
    assert len(fold([named, (_gpus("South Korea", "KR", n=8_000), None)])) == 2


def test_member_of_a_joint_buyer_told_the_same_size_is_that_deal() -> None:
    joint = (_gpus("Naver Cloud and KT Cloud", "KR", n=9_000), "Naver Cloud")
    member = (_gpus("KT Cloud", "KR", n=9_000), "KT Cloud")
    [deal] = fold([joint, member])
    assert deal.buyer == "Naver Cloud and KT Cloud"
    other = (_gpus("Kakao", "KR", n=9_000), "Kakao")
    assert len(fold([joint, other])) == 2
