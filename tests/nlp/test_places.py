"""Geocoding on the compact GeoNames index."""
from __future__ import annotations

import pickle

from vigie.nlp import places
from vigie.nlp.namekey import name_key, skeleton


def test_country_context_picks_the_right_homonym():
    assert places.geocode("Hama", {"SY"}).country == "SY"
    assert places.geocode("Tripoli", {"LB"}).country == "LB"
    assert places.geocode("Tripoli", {"LY"}).country == "LY"


def test_population_decides_without_context():
    hama = places.geocode("Hama")
    assert hama.geonames_id == 170017 and hama.feature_class == "P"
    assert places.geocode("Washington").geonames_id == 4140963  # the capital, not the state


def test_french_spellings_and_countries():
    assert places.geocode("Alep").geonames_id == 170063
    assert places.geocode("Lattaquié").country == "SY"
    assert places.geocode("Pékin").country == "CN"
    syria = places.geocode("Syrie")
    assert syria.feature_class == "A" and syria.geonames_id == 163843
    assert places.geocode("Turkey").geonames_id == places.geocode("Turquie").geonames_id
    assert places.gazetteer().country_of_name("Etats-Unis") == "US"


def test_transliterations_meet_by_consonant_frame_inside_the_story_countries():
    assert places.geocode("Saraqeb", {"SY"}, loose=True).geonames_id == 164816
    assert skeleton("Idlib") == skeleton("Idleb")
    assert name_key("al-Bab") == name_key("Al Bab") == "bab"


def test_capitals_are_known():
    gaz = places.gazetteer()
    assert gaz.is_capital(places.geocode("Damas").geonames_id)
    assert not gaz.is_capital(places.geocode("Alep").geonames_id)


def test_unknown_and_empty_names():
    assert places.geocode("") is None
    assert places.geocode("Xqzvbnw") is None
    assert places.geocode("   ") is None


def test_index_is_built_once_into_the_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("VIGIE_CACHE", str(tmp_path))
    assert places.index_path().parent == tmp_path
    data = {"places": {1: ("Testville", 1.0, 2.0, "ZZ", 500, "P")}, "names": {"testville": 1}, "skeletons": {},
            "country_ids": {}, "capitals": {}}
    with places.index_path().open("wb") as handle:
        pickle.dump(data, handle)
    places.gazetteer.cache_clear()
    try:
        assert places.geocode("Testville").geonames_id == 1
    finally:
        monkeypatch.delenv("VIGIE_CACHE")
        places.gazetteer.cache_clear()
