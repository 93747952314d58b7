"""A second size whose verb is left out, a source quoted before the subject, two counts
sharing one unit noun, a partner that is not invested in, power capacity, a place that is
not a buyer, and aid to the buyer of the deal just told."""

from __future__ import annotations

from .tagging_fixtures import facts, roles
from .tagging_fixtures import tag as _tag


def test_a_second_size_after_and_keeps_the_buyer_of_the_first() -> None:
    t = _tag(
        "Samsung y SK hynix suministrarán obleas a Microsoft",
        "Samsung Electronics y SK hynix suministrarán memoria a Microsoft para sus centros de "
        "datos: Samsung entregará hasta 300.000 obleas de DRAM al mes y SK hynix unas 200.000, "
        "según informaron ambas compañías.",
        lang="es",
    )
    got = {(v, b, q) for v, b, q in roles(t)}
    assert ("Samsung Electronics", "Microsoft", 300000) in got
    assert ("SK Hynix", "Microsoft", 200000) in got


def test_a_quoted_source_is_not_the_subject() -> None:
    t = _tag(
        "Campus de dados em Sines",
        "A Start Campus vai investir 5 mil milhões de euros no centro de dados de Sines. "
        "Segundo a empresa, a britânica Nscale vai instalar no campus 8.000 processadores "
        "gráficos (GPU) da norte-americana Nvidia.",
        lang="pt",
    )
    assert ("Nscale", "GB", 8000.0, "units") in facts(t)


def test_two_counts_sharing_a_unit_noun_paired_respectively() -> None:
    t = _tag(
        "SK Hynix to supply HBM to Nvidia and AMD",
        "SK Hynix will supply 250,000 and 150,000 stacks of high bandwidth memory to Nvidia "
        "and AMD, respectively, next year, industry sources said.",
    )
    got = {(b, q) for _, b, q in roles(t)}
    assert ("Nvidia", 250000) in got and ("AMD", 150000) in got


def test_a_partner_is_not_what_is_invested_in() -> None:
    t = _tag(
        "KT to build AI data center",
        "KT Corp. said it will invest 4 trillion won in a hyperscale artificial intelligence "
        "data center in Busan, in partnership with Microsoft.",
    )
    assert [b for _, b, _ in roles(t)] == ["KT"]


def test_power_capacity_does_not_block_a_count_and_a_place_is_no_buyer() -> None:
    t = _tag(
        "KT to build AI data center",
        "KT Corp. said it will invest 4 trillion won in an artificial intelligence data "
        "center in Busan. The facility, which will start with 80 megawatts of capacity, is set "
        "to house about 30,000 Nvidia graphics processing units, making it the largest hub in "
        "the country.",
    )
    assert ("KT", "KR", 30000.0, "units") in facts(t)


def test_aid_to_the_buyer_just_named_needs_no_chip_word() -> None:
    t = _tag(
        "ソフトバンク、GPU8千基を追加導入",
        "ソフトバンクは、米エヌビディアの最新GPUを8千基追加で導入すると発表した。"
        "投資額は約1千億円を見込む。経済産業省は、国内の計算資源を増強する事業の一環として、同社に最大300億円を助成する。",
        lang="ja",
    )
    assert ("SoftBank", "JP", round(30e9 / 150), "usd") in facts(t)
