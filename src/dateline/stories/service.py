"""Stories over the Store: incremental clustering of new documents, and the story view.

`update_stories` restores the index from ``story_members``, clusters every stored,
successfully processed document that is not yet in a story (in date order), and
persists memberships, centroids and labels. `story_view` assembles the JSON contract
``{id, label, documents, events, sources, comparison}`` from the stored Documents.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import astuple, dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import numpy as np
import sqlalchemy as sa
from threadpoolctl import threadpool_limits

from dateline.model import Document, Event
from dateline.resources import Encoder
from dateline.store import Store
from dateline.store import schema as t
from dateline.stories.chain import source_chain
from dateline.stories.cluster import Assignment, Story, StoryIndex, label_for
from dateline.stories.compare import compare
from dateline.stories.features import StoryDoc, StoryPlace, story_docs
from dateline.stories.furniture import MAX_PAGES, FurnitureIndex, Page, outlet_key, pages_without_furniture
from dateline.stories.merge import merge_events
from dateline.stories.similarity import PairModel

BATCH = 256
#: Stored pages with no outlet named read to find their furniture (grouped by the host of their address).
UNNAMED_PAGES = 4 * MAX_PAGES


def _features_json(doc: StoryDoc) -> str:
    return json.dumps(
        {
            "language": doc.language,
            "outlet": doc.outlet,
            "title": doc.title,
            "day": doc.day.isoformat() if doc.day else None,
            "actors": sorted(doc.actors),
            "places": sorted(doc.places),
            "types": sorted(doc.event_types),
            "leads": [e.model_dump(mode="json") for e in doc.leads],
            "lead_place": astuple(doc.lead_place) if doc.lead_place else None,
            "numbers": sorted(doc.numbers),
            "place_refs": [astuple(p) for p in doc.place_refs],
            "earliest": doc.earliest.isoformat() if doc.earliest else None,
            "latest": doc.latest.isoformat() if doc.latest else None,
            "terms": {k: round(w, 4) for k, w in doc.terms.items()},
            "lead_terms": {k: round(w, 4) for k, w in doc.lead_terms.items()},
            "weekdays": sorted(doc.weekdays),
        }
    )


def _vectors_blob(doc: StoryDoc) -> bytes:
    """The lead vector followed by the body vector, float32."""
    return np.concatenate([doc.vector, doc.body_vector]).astype(np.float32).tobytes()


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _story_doc(doc_id: str, vector: bytes, features: str) -> StoryDoc:
    """A stored membership's clustering view (rows stored before body vectors hold the lead only)."""
    f = json.loads(features)
    vectors = np.frombuffer(vector, dtype=np.float32)
    lead, body = (
        (vectors[: len(vectors) // 2], vectors[len(vectors) // 2 :]) if "numbers" in f else (vectors, None)
    )
    return StoryDoc(
        doc_id=doc_id,
        language=f["language"],
        outlet=f["outlet"],
        title=f["title"],
        day=_day(f["day"]),
        actors=frozenset(f["actors"]),
        places=frozenset(f["places"]),
        event_types=frozenset(f["types"]),
        vector=lead,
        leads=tuple(Event.model_validate(e) for e in f.get("leads", ())),
        lead_place=_lead_place(f.get("lead_place")),
        body=body,
        numbers=frozenset(f.get("numbers", ())),
        place_refs=tuple(StoryPlace(*p) for p in f.get("place_refs", ())),
        earliest=_day(f.get("earliest", f["day"])),
        latest=_day(f.get("latest", f["day"])),
        terms=f.get("terms", {}),
        lead_terms=f.get("lead_terms", {}),
        weekdays=frozenset(f.get("weekdays", ())),
    )


def _lead_place(stored: list[Any] | None) -> StoryPlace | None:
    """The stored lead place (rows stored before its id, country and division hold coordinates only)."""
    if not stored:
        return None
    return StoryPlace(None, None, None, *stored) if len(stored) == 2 else StoryPlace(*stored)


def load_index(store: Store, model: PairModel) -> StoryIndex:
    """The story index as stored: the stories still live, i.e. those whose last day is within the index's
    `keep_days` of the newest story's (and the undated ones)."""
    index = StoryIndex(model)
    s, m = t.stories, t.story_members
    with store.engine.connect() as conn:
        newest = conn.execute(sa.select(sa.func.max(s.c.last_day))).scalar()
        live = sa.select(s.c.id)
        if newest is not None:
            horizon = date.fromisoformat(newest) - timedelta(days=index.keep_days)
            live = live.where(sa.or_(s.c.last_day.is_(None), s.c.last_day >= horizon.isoformat()))
        query = (
            sa.select(m).where(m.c.story_id.in_(live.scalar_subquery())).order_by(m.c.story_id, m.c.doc_id)
        )
        for row in conn.execute(query):
            index.add_existing(row.story_id, _story_doc(row.doc_id, row.vector, row.features))
    return index


def _restore(store: Store, index: StoryIndex, story_id: str) -> bool:
    """Put a stored story back into the index (after it was evicted); False when there is none."""
    m = t.story_members
    query = sa.select(m).where(m.c.story_id == story_id).order_by(m.c.doc_id)
    with store.engine.connect() as conn:
        rows = list(conn.execute(query))
    for row in rows:
        index.add_existing(story_id, _story_doc(row.doc_id, row.vector, row.features))
    return bool(rows)


def unclustered_ids(store: Store) -> list[str]:
    """Successfully processed documents that are in no story yet."""
    d, m = t.documents, t.story_members
    query = (
        sa.select(d.c.id)
        .outerjoin(m, m.c.doc_id == d.c.id)
        .where(m.c.doc_id.is_(None), d.c.status == "ok")
        .order_by(d.c.published_value, d.c.created_at, d.c.id)
    )
    with store.engine.connect() as conn:
        return list(conn.execute(query).scalars())


def _documents(store: Store, ids: Sequence[str]) -> Iterator[Document]:
    for doc_id in ids:
        doc = store.get(doc_id)
        if doc is not None:
            yield doc


def _pages_without_furniture(store: Store, docs: Sequence[Document]) -> list[Page]:
    """The documents' titles and texts without the furniture their outlet's pages share: judged against each
    other and the store's most recent pages of the same outlets (`furniture.MAX_PAGES` each; pages with no
    outlet named are read among the most recent ones with none, by host, `furniture.outlet_key`)."""
    index = FurnitureIndex()
    d = t.documents
    recent = (d.c.status == "ok",)
    newest = (d.c.created_at.desc(), d.c.id.desc())
    keys = {outlet_key(doc) for doc in docs}
    with store.engine.connect() as conn:
        for outlet in sorted({doc.outlet for doc in docs if doc.outlet and doc.outlet.strip()}):
            query = sa.select(d.c.id, d.c.json).where(d.c.outlet == outlet, *recent)  # as written: its index
            key = outlet.strip().casefold()
            for page_id, data in reversed(conn.execute(query.order_by(*newest).limit(MAX_PAGES)).all()):
                fields = json.loads(data)
                index.add_page(key, page_id, str(fields.get("text") or ""), fields.get("title"))
        if any(not (doc.outlet and doc.outlet.strip()) for doc in docs):
            unnamed = sa.or_(d.c.outlet.is_(None), sa.func.trim(d.c.outlet) == "")
            query = sa.select(d.c.id, d.c.json).where(unnamed, *recent).order_by(*newest)
            for page_id, data in reversed(conn.execute(query.limit(UNNAMED_PAGES)).all()):
                page = Document.model_validate({"id": page_id, **_page_fields(json.loads(data))})
                if (key := outlet_key(page)) in keys:
                    index.add_page(key, page_id, page.text, page.title)
    return pages_without_furniture(docs, index)


def _page_fields(data: dict[str, Any]) -> dict[str, Any]:
    return {"url": data.get("url"), "title": data.get("title"), "text": data.get("text") or ""}


def _names(docs: Sequence[Document]) -> tuple[dict[str, str], dict[int, str]]:
    actors = {a.kb_id or a.country or a.name: a.name for d in docs for a in d.actors}
    places = {p.geonames_id: p.name for d in docs for p in d.places if p.geonames_id is not None}
    return actors, places


def update_stories(
    store: Store, encoder: Encoder, model: PairModel | None = None, rebuild: bool = False
) -> list[Assignment]:
    """Cluster every unclustered document (leads and bodies embedded by `encoder`; with `rebuild`, every
    document, from scratch); a document the user pinned goes to its pinned story. Returns where each went."""
    model = model or PairModel.packaged()
    if rebuild:
        with store.engine.begin() as conn:
            conn.execute(t.story_members.delete())
            conn.execute(t.stories.delete())
    index = load_index(store, model)
    pinned = story_pins(store)
    ids = unclustered_ids(store)
    assignments: list[Assignment] = []
    for start in range(0, len(ids), BATCH):
        docs = list(_documents(store, ids[start : start + BATCH]))
        pages = _pages_without_furniture(store, docs)
        views = story_docs(docs, encoder, texts=[p.text for p in pages], titles=[p.title for p in pages])
        batch, stories = [], {}
        # one BLAS thread: the centroid search's matrix-vector products gain nothing from a second
        # one, and on a busy machine its spinning cost ≈ 5× the CPU (`docs/stories.md`)
        with threadpool_limits(limits=1):
            for view in views:
                assignment = _place(store, index, view, pinned.get(view.doc_id))
                batch.append(assignment)
                stories[assignment.story_id] = index.stories[assignment.story_id]  # eviction may follow
        _persist(store, stories, views, batch, _names(docs))
        assignments.extend(batch)
    return assignments


def _place(store: Store, index: StoryIndex, view: StoryDoc, pinned: str | None) -> Assignment:
    if pinned is None:
        return index.add(view)
    new = pinned not in index.stories and not _restore(store, index, pinned)
    index.add_existing(pinned, view)
    return Assignment(view.doc_id, pinned, 1.0, new_story=new)


def _story_values(
    story: Story, names: tuple[dict[str, str], dict[int, str]], now: datetime
) -> dict[str, Any]:
    return {
        "label": label_for(story.members, *names),
        "centroid": story.centroid.astype(np.float32).tobytes(),
        "n_docs": story.n_docs,
        "first_day": story.first_day.isoformat() if story.first_day else None,
        "last_day": story.last_day.isoformat() if story.last_day else None,
        "updated_at": now,
    }


def _persist(
    store: Store,
    stories: dict[str, Story],
    views: Sequence[StoryDoc],
    batch: Sequence[Assignment],
    names: tuple[dict[str, str], dict[int, str]],
) -> None:
    now = datetime.now(UTC)
    by_doc = {v.doc_id: v for v in views}
    with store.engine.begin() as conn:
        for story_id in sorted(stories):
            values = _story_values(stories[story_id], names, now)
            updated = conn.execute(t.stories.update().where(t.stories.c.id == story_id).values(**values))
            if updated.rowcount == 0:
                conn.execute(t.stories.insert().values(id=story_id, **values))
        conn.execute(
            t.story_members.insert(),
            [
                {
                    "doc_id": a.doc_id,
                    "story_id": a.story_id,
                    "score": a.score,
                    "vector": _vectors_blob(by_doc[a.doc_id]),
                    "features": _features_json(by_doc[a.doc_id]),
                }
                for a in batch
            ],
        )


def story_pins(store: Store) -> dict[str, str]:
    """Document → the story the user pinned it to."""
    with store.engine.connect() as conn:
        return {r.doc_id: r.story_id for r in conn.execute(sa.select(t.story_pins))}


def split_document(store: Store, story_id: str, doc_id: str) -> str:
    """Take `doc_id` out of `story_id` into a story of its own, pinned there; returns the new story id."""
    new_id = f"u-{doc_id[:12]}"
    _move(store, {doc_id: new_id}, "split", story_id)
    return new_id


def join_stories(store: Store, story_id: str, other_id: str) -> None:
    """Merge `other_id` into `story_id`; every member of both is pinned to `story_id`."""
    with store.engine.connect() as conn:
        members = conn.execute(
            sa.select(t.story_members.c.doc_id).where(t.story_members.c.story_id.in_([story_id, other_id]))
        ).scalars()
        moves = dict.fromkeys(members, story_id)
    _move(store, moves, "join", story_id, other_id)


def _move(store: Store, moves: dict[str, str], decision: str, *story_ids: str) -> None:
    """Pin and move documents to stories, then rewrite the rows of every story involved."""
    m = t.story_members
    touched = set(story_ids) | set(moves.values())
    with store.engine.connect() as conn:
        rows = list(conn.execute(sa.select(m).where(m.c.story_id.in_(touched) | m.c.doc_id.in_(list(moves)))))
    if not any(r.doc_id in moves and r.story_id in story_ids for r in rows):
        raise KeyError(f"no document {', '.join(moves)} in story {', '.join(story_ids)}")
    stories: dict[str, Story] = {}
    for r in rows:
        target = moves.get(r.doc_id, r.story_id)
        stories.setdefault(target, Story(id=target)).add(_story_doc(r.doc_id, r.vector, r.features))
        touched.add(r.story_id)
    names = _names(list(_documents(store, sorted(r.doc_id for r in rows))))
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        for story_id, story in sorted(stories.items()):
            values = _story_values(story, names, now)
            if (
                conn.execute(t.stories.update().where(t.stories.c.id == story_id).values(**values)).rowcount
                == 0
            ):
                conn.execute(t.stories.insert().values(id=story_id, **values))
        for doc_id, target in moves.items():
            conn.execute(m.update().where(m.c.doc_id == doc_id).values(story_id=target))
            conn.execute(t.story_pins.delete().where(t.story_pins.c.doc_id == doc_id))
            conn.execute(
                t.story_pins.insert().values(
                    doc_id=doc_id, story_id=target, decision=decision, created_at=now
                )
            )
        emptied = sorted(touched - set(stories))
        conn.execute(t.stories.delete().where(t.stories.c.id.in_(emptied)))


@dataclass(frozen=True)
class StoryRow:
    id: str
    label: str
    n_docs: int
    languages: list[str]
    outlets: list[str]
    first_day: str | None
    last_day: str | None


def list_stories(
    store: Store, min_docs: int = 1, limit: int | None = None, after: tuple[int, str] | None = None
) -> list[StoryRow]:
    """Stories with their member counts, languages and outlets, largest first (then by id); at most
    `limit`, those after the ``(n_docs, id)`` key `after`."""
    s, d, m = t.stories, t.documents, t.story_members
    page = sa.select(s.c.id).where(s.c.n_docs >= min_docs)
    if after is not None:
        page = page.where(sa.or_(s.c.n_docs < after[0], sa.and_(s.c.n_docs == after[0], s.c.id > after[1])))
    page = page.order_by(s.c.n_docs.desc(), s.c.id).limit(limit)
    query = (
        sa.select(s.c.id, s.c.label, s.c.n_docs, s.c.first_day, s.c.last_day, d.c.language, d.c.outlet)
        .join(m, m.c.story_id == s.c.id)
        .join(d, d.c.id == m.c.doc_id)
        .where(s.c.id.in_(page.scalar_subquery()))
    )
    rows: dict[str, StoryRow] = {}
    with store.engine.connect() as conn:
        for r in conn.execute(query):
            row = rows.setdefault(r.id, StoryRow(r.id, r.label, r.n_docs, [], [], r.first_day, r.last_day))
            if r.language not in row.languages:
                row.languages.append(r.language)
            if r.outlet and r.outlet not in row.outlets:
                row.outlets.append(r.outlet)
    return sorted(rows.values(), key=lambda r: (-r.n_docs, r.id))


def resolve_story(store: Store, story_id: str) -> str | None:
    """The one story id `story_id` names (a unique prefix will do), else None."""
    like = story_id.replace("%", "").replace("_", "\\_") + "%"
    with store.engine.connect() as conn:
        query = sa.select(t.stories.c.id).where(t.stories.c.id.like(like, escape="\\")).limit(2)
        matches = list(conn.execute(query).scalars())
    return matches[0] if len(matches) == 1 else None


def story_documents(store: Store, story_id: str) -> tuple[str, list[Document]] | None:
    """The story's resolved id and its member Documents (id may be a unique prefix)."""
    resolved = resolve_story(store, story_id)
    if resolved is None:
        return None
    m = t.story_members
    with store.engine.connect() as conn:
        query = sa.select(m.c.doc_id).where(m.c.story_id == resolved).order_by(m.c.doc_id)
        ids = list(conn.execute(query).scalars())
    return resolved, list(_documents(store, ids))


def detached_events(store: Store) -> frozenset[str]:
    with store.engine.connect() as conn:
        return frozenset(conn.execute(sa.select(t.event_detachments.c.event_id)).scalars())


def detach_event(store: Store, event_id: str) -> None:
    """Take an event out of every merge (reversible with `reattach_event`)."""
    with store.engine.begin() as conn:
        exists = conn.execute(
            sa.select(t.event_detachments.c.event_id).where(t.event_detachments.c.event_id == event_id)
        ).first()
        if exists is None:
            conn.execute(t.event_detachments.insert().values(event_id=event_id, created_at=datetime.now(UTC)))


def reattach_event(store: Store, event_id: str) -> None:
    with store.engine.begin() as conn:
        conn.execute(t.event_detachments.delete().where(t.event_detachments.c.event_id == event_id))


def story_view(store: Store, story_id: str) -> dict[str, Any] | None:
    """The story JSON contract: ``{id, label, documents, events, sources, comparison}``."""
    found = story_documents(store, story_id)
    if found is None:
        return None
    resolved, docs = found
    with store.engine.connect() as conn:
        label = conn.execute(sa.select(t.stories.c.label).where(t.stories.c.id == resolved)).scalar_one()
    return build_view(resolved, label, docs, detached_events(store))


def build_view(
    story_id: str, label: str, docs: Sequence[Document], detached: frozenset[str]
) -> dict[str, Any]:
    """The story JSON for documents already in hand."""
    return {
        "id": story_id,
        "label": label,
        "documents": [
            {"id": d.id, "uri": d.uri, "title": d.title, "outlet": d.outlet, "language": d.language.code}
            for d in docs
        ],
        "events": [m.to_json() for m in merge_events(docs, detached)],
        "sources": source_chain(docs).to_json(),
        "comparison": [row.to_json() for row in compare(docs)],
    }
