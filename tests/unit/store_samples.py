"""Hand-built Documents (texts written for these tests) shared by the store, export and CLI tests."""

from __future__ import annotations

from dateline.model import (
    Actor,
    ActorRef,
    AttributionRef,
    Caption,
    DocError,
    Document,
    Event,
    Language,
    Place,
    PlaceRef,
    Published,
    RemovedLine,
    Span,
    TimeRef,
)

FR_TEXT = (
    "Le ministre russe des Affaires étrangères a rencontré jeudi à Damas le président syrien, "
    "selon l'agence officielle.\nLes deux hommes ont parlé de la reconstruction."
)
EN_TEXT = (
    "Israeli aircraft struck targets near Aleppo on Monday, the observatory said. "
    "Hundreds of protesters later gathered in Beirut."
)


def span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part))


def french_report() -> Document:
    text = FR_TEXT
    sentence = span(text, text.split("\n")[0])
    return Document(
        id="fr0000000000000000a1",
        uri="reports/damas.txt",
        source_id="dep-2024-0314",
        title="Rencontre à Damas",
        outlet="Le Quotidien Test",
        language=Language(code="fr", confidence=0.98),
        published=Published(value="2024-03-15", precision="day", start="2024-03-15", end="2024-03-15"),
        text=text,
        removed=[RemovedLine(line=0, text="Partager sur Facebook", reason="share widget")],
        captions=[Caption(text="Le ministre à son arrivée.", credit="AFP")],
        actors=[
            Actor(
                kb_id="RUS",
                name="Russia",
                kind="country",
                country="RUS",
                sector="GOV",
                mentions=[span(text, "russe")],
            ),
            Actor(
                kb_id="SYR",
                name="Syria",
                kind="country",
                country="SYR",
                sector="GOV",
                mentions=[span(text, "syrien")],
            ),
        ],
        places=[
            Place(
                name="Damascus",
                geonames_id=170654,
                country="SYR",
                lat=33.5102,
                lon=36.29128,
                feature_class="P",
                mentions=[span(text, "Damas")],
            )
        ],
        events=[
            Event(
                id="e1",
                type="CONSULT",
                mode="visit",
                contexts=["diplomatic"],
                actors=[
                    ActorRef(
                        name="Russia",
                        country="RUS",
                        sector="GOV",
                        kb_id="RUS",
                        evidence=[span(text, "ministre russe")],
                    )
                ],
                recipients=[
                    ActorRef(
                        name="Syria",
                        country="SYR",
                        sector="GOV",
                        kb_id="SYR",
                        evidence=[span(text, "président syrien")],
                    )
                ],
                place=PlaceRef(
                    name="Damascus",
                    geonames_id=170654,
                    country="SYR",
                    lat=33.5102,
                    lon=36.29128,
                    evidence=[span(text, "Damas")],
                ),
                time=TimeRef(
                    text="jeudi",
                    value="2024-03-14",
                    precision="day",
                    start="2024-03-14",
                    end="2024-03-14",
                    evidence=[span(text, "jeudi")],
                ),
                attribution=[
                    AttributionRef(
                        source="l'agence officielle",
                        verb="selon",
                        evidence=[span(text, "selon l'agence officielle")],
                    )
                ],
                confidence=0.8,
                evidence=[sentence],
                trigger=span(text, "rencontré"),
                trigger_text="rencontré",
                sentence=sentence,
                producer="events@0.1",
            )
        ],
        producers=["clean@0.1", "events@0.1"],
    )


def english_report() -> Document:
    text = EN_TEXT
    first, second = text.split(". ", 1)
    return Document(
        id="en0000000000000000b2",
        uri="reports/aleppo.html",
        url="https://example.org/news/aleppo",
        title="Strikes near Aleppo",
        outlet="Example Wire",
        language=Language(code="en", confidence=0.99),
        published=Published(value="2024-03", precision="month", start="2024-03-01", end="2024-03-31"),
        text=text,
        actors=[
            Actor(
                kb_id="ISR",
                name="Israel",
                kind="country",
                country="ISR",
                sector="MIL",
                mentions=[span(text, "Israeli")],
            )
        ],
        events=[
            Event(
                id="e1",
                type="ASSAULT",
                mode="aerial",
                actors=[ActorRef(name="Israel", country="ISR", sector="MIL", kb_id="ISR")],
                recipients=[ActorRef(name="Syria", country="SYR")],
                place=PlaceRef(name="Aleppo", geonames_id=170063, country="SYR", lat=36.20124, lon=37.16117),
                time=TimeRef(text="Monday", value="2024-03-11", precision="day"),
                attribution=[AttributionRef(source="the observatory", verb="said")],
                confidence=0.9,
                evidence=[span(text, first + ".")],
            ),
            Event(
                id="e2",
                type="PROTEST",
                mode="demo",
                actors=[ActorRef(name="protesters", country="LBN", sector="CVL")],
                place=PlaceRef(name="Beirut", geonames_id=276781, country="LBN", lat=33.89332, lon=35.50157),
                confidence=0.6,
                evidence=[span(text, second)],
            ),
        ],
    )


def failed_report() -> Document:
    return Document(
        id="ff0000000000000000c3",
        uri="reports/broken.txt",
        errors=[DocError(stage="clean", kind="UnicodeDecodeError", message="cannot decode byte 0xff")],
    )


def sample_documents() -> list[Document]:
    return [french_report(), english_report(), failed_report()]
