"""The split/join scenario both store back ends run: user decisions survive re-clustering."""

from __future__ import annotations

import sqlalchemy as sa

from dateline.model import Actor, Document, Language, Published, Span
from dateline.store import Store
from dateline.store import schema as t
from dateline.stories import service
from dateline.stories.similarity import PairModel
from dateline.testing import HashingEncoder

#: Links any two reports that share most of their words (lead cosine weighs everything).
LINK_ALL_SIMILAR = PairModel(features=("lead_cosine",), weights=(12.0,), bias=-6.0, threshold=0.5)


def report(n: int, text: str, day: str = "2024-05-02") -> Document:
    return Document(
        id=f"dec{n:017d}",
        title=text.split(".")[0],
        language=Language(code="en", confidence=0.9),
        published=Published(value=day, precision="day", start=day, end=day),
        text=text,
        actors=[
            Actor(
                kb_id="CHE",
                name="Switzerland",
                kind="country",
                country="CHE",
                mentions=[Span(start=0, end=5)],
            )
        ],
    )


REPORTS = [
    report(1, "Swiss and French ministers met in Geneva on water rights. They agreed on a commission."),
    report(2, "Swiss and French ministers met in Geneva on water rights. A commission was agreed."),
    report(3, "Swiss and French ministers met in Geneva on water rights. The commission will sit monthly."),
]


def members(store: Store) -> dict[str, str]:
    with store.engine.connect() as conn:
        return {r.doc_id: r.story_id for r in conn.execute(sa.select(t.story_members))}


def run_split_join(store: Store) -> None:
    store.put(REPORTS)
    encoder = HashingEncoder()
    service.update_stories(store, encoder, LINK_ALL_SIMILAR)
    together = members(store)
    assert len(set(together.values())) == 1
    story = together[REPORTS[0].id]

    alone = service.split_document(store, story, REPORTS[2].id)
    after_split = members(store)
    assert after_split[REPORTS[2].id] == alone != after_split[REPORTS[0].id]
    assert {r.id for r in service.list_stories(store)} == {story, alone}

    service.update_stories(store, encoder, LINK_ALL_SIMILAR, rebuild=True)
    assert members(store)[REPORTS[2].id] == alone  # the split survives re-clustering
    assert members(store)[REPORTS[0].id] == members(store)[REPORTS[1].id] != alone

    kept = members(store)[REPORTS[0].id]
    service.join_stories(store, alone, kept)
    assert set(members(store).values()) == {alone}
    assert [r.n_docs for r in service.list_stories(store)] == [3]
    service.update_stories(store, encoder, LINK_ALL_SIMILAR, rebuild=True)
    assert set(members(store).values()) == {alone}  # so does the join
    assert service.story_pins(store)[REPORTS[0].id] == alone
