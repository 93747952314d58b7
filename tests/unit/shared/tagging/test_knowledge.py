"""Loading the tagger's data: defaults, FX table path and environment variable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from shared.errors import ConfigError
from shared.tagging import load_knowledge


def test_default_fx_rates() -> None:
    kb = load_knowledge()
    assert kb.fx["USD"] == 1.0
    assert kb.to_usd(1400.0, "KRW") == 1.0
    assert kb.to_usd(1.0, "XYZ") is None


def test_fx_path_and_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fx = tmp_path / "fx.json"
    fx.write_text(json.dumps({"USD": 1, "KRW": 1000}), encoding="utf-8")
    assert load_knowledge(fx_path=fx).to_usd(2000.0, "KRW") == 2.0
    monkeypatch.setenv("CHIPWIRE_FX_RATES", str(fx))
    assert load_knowledge().fx["KRW"] == 1000.0


def test_bad_fx_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "fx.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_knowledge(fx_path=bad)


def test_a_new_company_is_a_data_change(tmp_path: Path) -> None:
    src = Path(load_knowledge.__code__.co_filename).resolve().parents[1] / "data"
    for f in src.glob("*.json"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    ents = json.loads((tmp_path / "entities.json").read_text(encoding="utf-8"))
    ents["entities"].append({"name": "Zeta Silicon", "kind": "company", "country": "FI",
                             "aliases": ["Zeta Silicon", "ゼータ"], "vendor": True, "chip": True})
    (tmp_path / "entities.json").write_text(json.dumps(ents), encoding="utf-8")
    kb = load_knowledge(tmp_path)
    assert any(e.name == "Zeta Silicon" for e in kb.entities)


def test_words_are_found_on_word_boundaries_stems_run_on_and_hangul_glues() -> None:
    from shared.tagging.knowledge import Words

    words = Words(["fab", "halbleiter*", "반도체", "chipmaker*"])
    assert not words.search("a new fabric plant", 100)
    assert words.search("a new fab in dresden", 100)
    assert words.search("die halbleiterfabrik in dresden", 100)
    assert not words.search("die halbleiterfabrik in dresden", 5)  # only the head is read
    assert words.search("삼성전자 반도체를 생산", 100)
    assert words.search("the chipmakers said", 100)
    assert not Words([]).search("fab", 10)
