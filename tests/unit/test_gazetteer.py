"""The gazetteer's folding, exact lookup and the resolver's ranking, on a small hand-made gazetteer."""

from __future__ import annotations

import pickle
from pathlib import Path

import numpy as np
import pytest

from dateline.kb.gazetteer import (
    Entry,
    Gazetteer,
    fold_name,
    haversine_km,
    iso3,
    short_admin_name,
)
from dateline.kb.geo_resolver import Anchors, Resolver, Toponym, Weights, region_of
from dateline.kb.territory import cells_within, filed_towns, territory_centre, tessellated_centres
from dateline.testing import fake_entry

RECORDS: list[tuple[Entry, list[str]]] = [
    (fake_entry("Paris", "FR", 48.85, 2.35, 2_100_000, "PPLC", "Ile-de-France"), []),
    (fake_entry("Paris", "US", 33.66, -95.56, 25_000, admin1="Texas"), []),
    (fake_entry("Dallas", "US", 32.78, -96.80, 1_300_000, admin1="Texas"), []),
    (fake_entry("Texas", "US", 31.0, -99.0, 25_000_000, "ADM1", "Texas"), []),
    (fake_entry("Ḩamāh", "SY", 35.13, 36.76, 460_000, admin1="Hama"), ["Hama", "Hamah"]),
    (fake_entry("Ōno-hara", "JP", 34.29, 132.27, 26_000, admin1="Hiroshima"), ["Hama"]),
    (fake_entry("Aleppo", "SY", 36.20, 37.16, 2_100_000, admin1="Aleppo"), ["Alep", "Halab"]),
    (fake_entry("Aleppo", "SY", 36.37, 37.37, 4_600_000, "ADM1", "Aleppo"), []),
    (fake_entry("Syria", "SY", 35.0, 38.0, 17_000_000, "PCLI"), ["Syrie", "République arabe syrienne"]),
    (fake_entry("Japan", "JP", 36.0, 138.0, 126_000_000, "PCLI"), ["Japon"]),
    (fake_entry("Tehran", "IR", 35.69, 51.42, 7_150_000, "PPLC", "Tehran"), ["Téhéran", "Teheran"]),
    (fake_entry("Hmeimim Air Base", "SY", 35.40, 35.95, 0, "AIRB"), ["Hmeimim", "Khmeimim"]),
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_records(RECORDS, demonyms={"Syrian": ["SY"], "syriens": ["SY"]})


def test_fold_name_ignores_case_accents_and_punctuation() -> None:
    assert fold_name("Téhéran") == "teheran"
    assert fold_name("Deir ez-Zor") == fold_name("deir ez zor") == "deir ez zor"
    assert fold_name("Qa'im") == fold_name("Qa’im") == "qaim"
    assert fold_name("  W.  Va. ") == "w va"


def test_lookup_is_exact_not_substring(gaz: Gazetteer) -> None:
    assert [e.name for e in gaz.candidates("TÉHÉRAN")] == ["Tehran"]
    assert gaz.candidates("Tehr") == []
    assert gaz.candidates("Paris Texas") == []
    assert "Alep" in gaz and "Ale" not in gaz


def test_lookup_flags_main_name_matches(gaz: Gazetteer) -> None:
    flags = {e.country: main for e, main in gaz.lookup("Hama")}
    assert flags == {"SY": False, "JP": False}
    assert all(main for _, main in gaz.lookup("Paris"))


def test_countries_and_demonyms(gaz: Gazetteer) -> None:
    syria = gaz.country("sy")
    assert syria is not None and syria.feature_class == "A" and syria.country3 == "SYR"
    assert [e.name for e in gaz.demonym("SYRIENS")] == ["Syria"]
    assert gaz.demonym("Martian") == []


def test_iso3_and_distance() -> None:
    assert iso3("SY") == "SYR" and iso3("XK") == "XKX" and iso3("ZZ") is None
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)


def test_population_decides_without_context(gaz: Gazetteer) -> None:
    (paris,) = Resolver(gaz).resolve([Toponym("Paris")])
    assert paris is not None and paris.entry.country == "FR"
    assert 0.5 < paris.confidence <= 1.0


def test_document_context_overrides_population(gaz: Gazetteer) -> None:
    paris, _, _ = Resolver(gaz).resolve([Toponym("Paris"), Toponym("Dallas"), Toponym("Texas")])
    assert paris is not None and paris.entry.country == "US"
    hama, _ = Resolver(gaz).resolve([Toponym("Hama"), Toponym("Japon")])
    assert hama is not None and hama.entry.country == "JP"
    hama, _ = Resolver(gaz).resolve([Toponym("Hama"), Toponym("Syrie")])
    assert hama is not None and hama.entry.country == "SY"


def test_same_text_same_answer(gaz: Gazetteer) -> None:
    first, second = Resolver(gaz).resolve([Toponym("Paris"), Toponym("PARIS")])
    assert first is not None and second is not None and first.entry == second.entry


def test_a_bare_name_shared_by_a_province_and_its_town_means_the_town(gaz: Gazetteer) -> None:
    (town,) = Resolver(gaz).resolve([Toponym("Aleppo")])
    assert town is not None and town.entry.feature_code == "PPL"
    (province,) = Resolver(gaz).resolve([Toponym("Aleppo", "admin")])
    assert province is not None and province.entry.feature_code == "ADM1"


def test_a_town_hint_keeps_towns_when_the_name_has_any(gaz: Gazetteer) -> None:
    (town,) = Resolver(gaz).resolve([Toponym("Aleppo", "town")])
    assert town is not None and town.entry.feature_code == "PPL"
    (texas,) = Resolver(gaz).resolve([Toponym("Texas", "town")])  # no town of that name: the hint is moot
    assert texas is not None and texas.entry.feature_code == "ADM1"


def test_unknown_names_resolve_to_none(gaz: Gazetteer) -> None:
    assert Resolver(gaz).resolve([Toponym("Atlantis")]) == [None]


def test_outside_context_steers_resolution(gaz: Gazetteer) -> None:
    texas = gaz.candidates("Texas")
    (paris,) = Resolver(gaz).resolve([Toponym("Paris")], context=texas)
    assert paris is not None and paris.entry.country == "US"


def test_region_of_keeps_places_common_to_an_outlets_documents(gaz: Gazetteer) -> None:
    texas, syria = gaz.candidates("Texas")[0], gaz.country("SY")
    assert syria is not None
    region = region_of([[texas], [texas, syria], [texas], []])
    assert region == [texas]


def test_an_admin_unit_sits_at_the_centre_of_its_territory_not_of_its_population() -> None:
    # Many towns crowded in the south-west corner, a few spread over the rest of a 10° square.
    south = [(40.0 + i / 100, -100.0 + i / 100) for i in range(50)]
    spread = [(40.0, -90.0), (50.0, -90.0), (50.0, -100.0), (45.0, -95.0)]
    lat, lon = territory_centre(south + spread)
    assert lat == pytest.approx(45.0, abs=0.1) and lon == pytest.approx(-95.0, abs=0.1)
    assert territory_centre([(1.0, 2.0), (3.0, 4.0)]) == (2.0, 3.0)  # no area: the mean
    assert territory_centre([(0.0, 0.0), (1.0, 1.0), (2.0, 2.0)]) == (1.0, 1.0)  # collinear: the mean


def test_a_unit_whose_towns_crowd_its_south_sits_at_the_centre_of_its_land() -> None:
    # A 10° square country: unit A's towns all lie along its southern edge, unit B has one town in the
    # north-east corner. A holds most of the land, so its centre lies far north of its towns.
    square = [[[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]]]
    cells = cells_within(square, step=0.5)
    assert len(cells) == 400 and cells[:, 0].min() == 0.25 and cells[:, 1].max() == 9.75
    towns = np.asarray([(0.5, lon + 0.5) for lon in range(10)] + [(9.5, 9.5)])
    centres = tessellated_centres(cells, towns, ["A"] * 10 + ["B"])
    assert centres["A"][0] > 3.0 and centres["A"][1] < 5.0  # its towns' hull sits at latitude 0.5
    assert centres["B"][0] > 7.0 and centres["B"][1] > 5.0
    speck = [[[0.0, 0.0], [0.1, 0.0], [0.0, 0.1], [0.0, 0.0]]]  # smaller than a cell
    assert cells_within(speck).shape == (0, 2)
    assert tessellated_centres(cells[:0], towns, ["A"] * 10 + ["B"]) == {}


def test_towns_filed_under_a_unit_far_away_among_another_units_are_left_out() -> None:
    # Unit A: a grid of towns around (10, 10) and three misfiled ones among B's towns 20° east; unit C: a
    # chain of towns from its core to a remote group among B's towns, each step ~150 km: all C's.
    a = [(10.0 + i * 0.5, 10.0 + j * 0.5) for i in range(4) for j in range(4)]
    b = [(10.0 + i * 0.5, 30.0 + j * 0.5) for i in range(6) for j in range(6)]
    strays = [(11.1, 31.1), (11.6, 31.6), (12.1, 31.1)]
    chain = [(0.0, 10.0 + k * 1.4) for k in range(15)]  # from (0, 10) to (0, 29.6)
    near_b = [(1.0, 29.6), (1.6, 30.2), (1.2, 30.4)]
    b_south = [(0.5 + i * 0.5, 29.0 + j * 0.5) for i in range(4) for j in range(4)]
    towns = np.asarray(a + strays + b + b_south + chain + near_b)
    units = (
        ["A"] * (len(a) + len(strays)) + ["B"] * (len(b) + len(b_south)) + ["C"] * (len(chain) + len(near_b))
    )
    kept = filed_towns(towns, units)
    assert kept[: len(a)].all() and not kept[len(a) : len(a) + len(strays)].any()
    assert kept[len(a) + len(strays) :].all()


def test_the_index_survives_a_pickle_round_trip(gaz: Gazetteer) -> None:
    copy = pickle.loads(pickle.dumps(gaz))
    assert len(copy) == len(gaz) == len(RECORDS)
    assert [e.name for e in copy.candidates("téhéran")] == ["Tehran"]
    assert "Khmeimim" in copy and "Khmeimi" not in copy
    assert copy.entry(0) == gaz.entry(0)


def test_remembered_names_answer_as_the_index_and_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    fresh = Gazetteer.from_records(RECORDS)
    monkeypatch.setattr("dateline.kb.gazetteer.index.REMEMBERED", 2)
    keys = [fold_name(n) for n in ["Téhéran", "Tehr", "Hama", "Alep", "Téhéran", "Hama", "Nowhere", "Alep"]]
    slots = [fresh._slot(key) for key in keys]
    assert slots == [fresh._find_slot(key) for key in keys]
    assert slots[0] is not None and slots[0] == slots[4] and slots[1] is None
    assert 1 <= len(fresh._slots) <= 2
    assert [(e.name, main) for e, main in fresh.lookup("Téhéran")] == [("Tehran", False)]


def test_generic_words_are_dropped_from_admin_names() -> None:
    short = {name: short_admin_name(name) for name in GENERIC_NAMES}
    assert short == GENERIC_NAMES


GENERIC_NAMES = {
    "Zhejiang Sheng": "zhejiang",
    "Xinjiang Uygur Zizhiqu": "xinjiang",
    "Idlib Governorate": "idlib",
    "Mazovia Voivodeship": "mazovia",
    "Departement de l'Herault": "herault",  # French départements, Belgian and Burkinabè provinces
    "Département de la Haute-Savoie": "haute savoie",
    "Departement de Lot-et-Garonne": "lot et garonne",
    "Province du Hainaut": "hainaut",
    "Provincie Antwerpen": "antwerpen",
    "Province of Cebu": "cebu",
}


def test_outside_context_weighs_less_than_the_document(gaz: Gazetteer) -> None:
    texas = gaz.candidates("Texas")
    (paris,) = Resolver(gaz).resolve([Toponym("Paris")], context=texas)
    assert paris is not None and paris.entry.country == "US"  # the text says nothing else
    paris, _ = Resolver(gaz).resolve([Toponym("Paris"), Toponym("Japon")], context=texas)
    assert paris is not None and paris.entry.country == "FR"  # about elsewhere: the region counts less
    hama, _ = Resolver(gaz).resolve([Toponym("Hama"), Toponym("Syrie")], context=gaz.candidates("Japan"))
    assert hama is not None and hama.entry.country == "SY"
    (paris,) = Resolver(gaz, Weights(context=0.0)).resolve([Toponym("Paris")], context=texas)
    assert paris is not None and paris.entry.country == "FR"  # no weight: population decides


def test_outside_context_counts_less_the_more_places_the_document_names(gaz: Gazetteer) -> None:
    resolver = Resolver(gaz, Weights(context=1.0, context_decay=2.0))
    texas_town = next(e for e in gaz.candidates("Paris") if e.country == "US")
    context = gaz.candidates("Texas")

    def lift(anchors: dict[tuple[str, str | None], Entry]) -> float:
        evidence = Anchors(anchors, context).evidence(("paris", None))
        return resolver.score(texas_town, True, None, evidence) - resolver.score(
            texas_town, True, None, Anchors(anchors).evidence(("paris", None))
        )

    japan = gaz.country("JP")
    assert japan is not None
    alone, one = lift({}), lift({("japon", None): japan})
    assert alone > 0 and one == pytest.approx(alone / 3)  # 1 / (1 + 2 × one anchor)


def test_a_second_round_lets_settled_names_inform_the_rest() -> None:
    # No name is an anchor on its own: "Illinois" wins without a clear lead (an alternate name against a
    # town's main name), so the first round gives "Decatur" the larger Alabama town; the second round
    # counts the settled state and picks the Illinois town.
    small = Gazetteer.from_records(
        [
            (
                fake_entry("State of Illinois", "US", 40.0, -89.2, 12_800_000, "ADM1", "Illinois"),
                ["Illinois"],
            ),
            (fake_entry("Illinois", "FR", 46.0, 2.0, 1_000_000), []),
            (fake_entry("Decatur", "US", 39.84, -88.95, 71_000, admin1="Illinois"), []),
            (fake_entry("Decatur", "US", 34.61, -86.98, 200_000, admin1="Alabama"), []),
        ]
    )
    names = [Toponym("Decatur"), Toponym("Illinois")]
    assert Resolver(small).anchors(names) == {}
    one_round = Resolver(small, Weights(settled=1.1)).resolve(names)
    two_rounds = Resolver(small).resolve(names)
    assert [r.entry.admin1 for r in one_round if r] == ["Alabama", "Illinois"]
    assert [r.entry.admin1 for r in two_rounds if r] == ["Illinois", "Illinois"]


def test_writing_a_cache_keeps_the_most_recently_used_versions_of_its_floor(tmp_path: Path) -> None:
    import os

    from dateline.kb.gazetteer import write_cache

    versions = [tmp_path / f"gazetteer-5-500-3.0-v{i}.pkl" for i in range(5)]
    for age, old in enumerate(versions):  # v0 used most recently, v4 longest ago
        old.write_bytes(b"x")
        old.with_suffix(".lock").write_bytes(b"")
        os.utime(old, (1_000_000 - age * 100, 1_000_000 - age * 100))
    other_floor = tmp_path / "gazetteer-5-1000-3.0-old.pkl"
    other_floor.write_bytes(b"x")
    os.utime(other_floor, (1, 1))
    new = tmp_path / "gazetteer-6-500-3.0-new.pkl"
    write_cache(new, {"rows": [1, 2]}, keep=3)
    assert pickle.loads(new.read_bytes()) == {"rows": [1, 2]}
    kept = sorted(p.name for p in tmp_path.glob("*.pkl"))
    assert kept == sorted([new.name, versions[0].name, versions[1].name, other_floor.name])
    assert not versions[4].with_suffix(".lock").exists() and versions[0].with_suffix(".lock").exists()


def test_reading_a_cache_marks_it_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    from dateline.kb.gazetteer import cache as module

    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    monkeypatch.setattr(module, "Gazetteer", lambda state: state)
    path = module.cache_path(700)
    module.write_cache(path, {"floor": 700})
    os.utime(path, (1, 1))
    assert module.load(700) == {"floor": 700}
    assert path.stat().st_mtime > 1


def test_processes_loading_together_build_the_index_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading
    import time

    from dateline.kb.gazetteer import cache as module

    builds: list[int] = []

    def slow_build(min_population: int) -> dict[str, int]:
        builds.append(min_population)
        time.sleep(0.3)  # long enough for the other loaders to find no cache and wait on the lock
        return {"floor": min_population}

    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    monkeypatch.setattr(module, "build", slow_build)
    monkeypatch.setattr(module, "Gazetteer", lambda state: state)
    results: list[object] = []
    loaders = [threading.Thread(target=lambda: results.append(module.load(700))) for _ in range(3)]
    for loader in loaders:
        loader.start()
    for loader in loaders:
        loader.join()
    assert builds == [700]
    assert results == [{"floor": 700}] * 3
    assert module.load(700, rebuild=True) == {"floor": 700} and builds == [700, 700]
