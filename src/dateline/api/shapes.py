"""Response shapes for the OpenAPI schema (`docs/api.md`, *Shapes*).

The endpoints build their JSON themselves and return it as a `JSONResponse`, which FastAPI sends as it
is: its generic encoder and response validation walked every value of a page again (7–8 ms of a
50-event page). These models only describe the responses (``response_model`` in each route's
decorator); a test validates real responses against them, so the schema stays true.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class Shape(BaseModel):
    """A documented response object: no field beyond those listed."""

    model_config = ConfigDict(extra="forbid")


class EventPage(Shape):
    """A page of events (each as `docs/api.md`'s *Event*), newest first."""

    items: list[dict[str, Any]]
    next_cursor: str | None


class DocumentSummary(Shape):
    id: str
    uri: str | None
    source_id: str | None
    url: str | None
    title: str | None
    outlet: str | None
    language: str
    language_confidence: float
    published_value: str | None
    published_precision: str | None
    status: str
    n_events: int
    created_at: str


class DocumentPage(Shape):
    items: list[DocumentSummary]
    next_cursor: str | None


class Actor(Shape):
    """An actor as coded in events; ``events`` counts the events of the whole store it takes part in."""

    id: str
    name: str
    country: str | None
    sector: str | None
    kb_id: str | None
    events: int


class ActorPage(Shape):
    items: list[Actor]
    next_cursor: str | None


class Story(Shape):
    id: str
    label: str
    n_docs: int
    languages: list[str]
    outlets: list[str]
    first_day: str | None
    last_day: str | None


class StoryPage(Shape):
    items: list[Story]
    next_cursor: str | None


class Place(Shape):
    geonames_id: int | None
    name: str | None
    country: str | None
    lat: float
    lon: float
    events: int


class Places(Shape):
    items: list[Place]


class Timeline(Shape):
    interval: str
    by: str
    periods: list[str]
    series: dict[str, list[int]]
    undated: int


class Edge(Shape):
    """Events from an actor (``source``) to a recipient (``target``), in all, per type and quad class."""

    source: str
    target: str
    events: int
    by_type: dict[str, int]
    by_quad: dict[str, int]


class Network(Shape):
    nodes: list[Actor]
    edges: list[Edge]
