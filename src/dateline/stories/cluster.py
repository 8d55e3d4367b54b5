"""Incremental cross-lingual story clustering with blocking, so cost stays near-linear.

A document joins the best-scoring existing story when its link probability to some
member passes the calibrated threshold, else it founds a new story. Candidates come
only from blocks: stories sharing an actor or place key and, when dates are known, a
time window (each key keeps its most recent stories only), so each document is scored
against a bounded number of stories whatever the corpus size.
"""

from __future__ import annotations

from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from dateline.model import ActorRef, Event
from dateline.stories.features import StoryDoc
from dateline.stories.similarity import PairModel, far_apart

#: How many recent stories one blocking key remembers.
STORIES_PER_KEY = 64
#: Undated documents with no shared key are still compared with this many most recent stories.
RECENT_STORIES = 32


@dataclass
class Story:
    id: str
    members: list[StoryDoc] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)

    @property
    def centroid(self) -> np.ndarray:
        mean = np.mean([m.vector for m in self.members], axis=0)
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else mean


def story_id_for(doc: StoryDoc) -> str:
    return f"s-{doc.doc_id[:12]}"


@dataclass
class Assignment:
    doc_id: str
    story_id: str
    score: float
    new_story: bool


class StoryIndex:
    """Stories seen so far plus the blocking indexes that find a document's candidates."""

    def __init__(self, model: PairModel) -> None:
        self.model = model
        self.stories: dict[str, Story] = {}
        self._by_key: dict[str, OrderedDict[str, None]] = defaultdict(OrderedDict)
        self._recent: OrderedDict[str, None] = OrderedDict()
        self.comparisons = 0

    def add_existing(self, story_id: str, doc: StoryDoc, score: float = 1.0) -> None:
        """Restore a stored membership (no scoring)."""
        story = self.stories.setdefault(story_id, Story(id=story_id))
        story.members.append(doc)
        story.scores[doc.doc_id] = score
        self._index(story_id, doc)

    def add(self, doc: StoryDoc) -> Assignment:
        """Place `doc` in its best story or a new one."""
        best_id, best = None, 0.0
        for story_id in self._candidates(doc):
            score = self._score(self.stories[story_id], doc)
            if score > best:
                best_id, best = story_id, score
        if best_id is not None and best >= self.model.threshold:
            self.add_existing(best_id, doc, best)
            return Assignment(doc.doc_id, best_id, best, new_story=False)
        new_id = story_id_for(doc)
        self.add_existing(new_id, doc, 1.0)
        return Assignment(doc.doc_id, new_id, 1.0, new_story=True)

    def add_all(self, docs: Iterable[StoryDoc]) -> list[Assignment]:
        return [self.add(d) for d in docs]

    def _score(self, story: Story, doc: StoryDoc) -> float:
        best = 0.0
        for member in story.members:
            if member.doc_id == doc.doc_id:
                return 1.0
            if far_apart(member, doc, self.model.window_days):
                continue
            self.comparisons += 1
            best = max(best, self.model.probability(member, doc))
        return best

    def _keys(self, doc: StoryDoc) -> list[str]:
        return [f"a:{k}" for k in sorted(doc.actors)] + [f"p:{k}" for k in sorted(doc.places)]

    def _candidates(self, doc: StoryDoc) -> set[str]:
        found: set[str] = set()
        for key in self._keys(doc):
            found.update(self._by_key.get(key, ()))
        found.update(list(self._recent)[-RECENT_STORIES:])
        return found

    def _index(self, story_id: str, doc: StoryDoc) -> None:
        for key in self._keys(doc):
            bucket = self._by_key[key]
            bucket.pop(story_id, None)
            bucket[story_id] = None
            while len(bucket) > STORIES_PER_KEY:
                bucket.popitem(last=False)
        self._recent.pop(story_id, None)
        self._recent[story_id] = None
        while len(self._recent) > RECENT_STORIES:
            self._recent.popitem(last=False)


def label_for(members: list[StoryDoc], names: dict[str, str], place_names: dict[int, str]) -> str:
    """A readable story label: the lead event the members report most often, as "actors → recipients
    · TYPE · place"; without lead events, the dominant actors, event type and place of the members."""
    lead = _commonest_lead(members)
    if lead is not None:
        parts = [_parties(lead.actors, names), _parties(lead.recipients, names)]
        who = " → ".join(p for p in parts if p)
        label = " · ".join(p for p in (who, lead.type, lead.place.name if lead.place else "") if p)
        if label:
            return label
    return _dominant_label(members, names, place_names)


def _key(ref: ActorRef) -> str:
    return ref.kb_id or ref.country or ref.name


def _parties(refs: list[ActorRef], names: dict[str, str]) -> str:
    return " & ".join(dict.fromkeys(names.get(_key(r), r.name) for r in refs))


def _commonest_lead(members: list[StoryDoc]) -> Event | None:
    """The lead event whose type, actors and recipients the most members report (the earliest on ties)."""
    counts: Counter[tuple[str, frozenset[str], frozenset[str]]] = Counter()
    first: dict[tuple[str, frozenset[str], frozenset[str]], Event] = {}
    for member in members:
        seen = set()
        for event in member.leads:
            signature = (
                event.type,
                frozenset(map(_key, event.actors)),
                frozenset(map(_key, event.recipients)),
            )
            first.setdefault(signature, event)
            if signature not in seen:
                seen.add(signature)
                counts[signature] += 1
    if not counts:
        return None
    best = max(counts.values())
    return next(first[s] for s in first if counts[s] == best)


def _dominant_label(members: list[StoryDoc], names: dict[str, str], place_names: dict[int, str]) -> str:
    """The members' dominant actors, event type and place (for stories without lead events)."""
    actor_counts: dict[str, int] = defaultdict(int)
    type_counts: dict[str, int] = defaultdict(int)
    place_counts: dict[int, int] = defaultdict(int)
    for m in members:
        for a in m.actors:
            actor_counts[a] += 1
        for t in m.event_types:
            type_counts[t] += 1
        for p in m.places:
            place_counts[p] += 1

    def top(counts: dict, n: int) -> list:
        return [k for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:n]]

    parts = [" & ".join(names.get(a, a) for a in top(actor_counts, 2))]
    parts += top(type_counts, 1)
    parts += [place_names.get(p, str(p)) for p in top(place_counts, 1)]
    label = " · ".join(p for p in parts if p)
    return label or (members[0].title[:80] if members else "")
