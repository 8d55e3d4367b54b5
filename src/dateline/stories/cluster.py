"""Incremental cross-lingual story clustering with blocking, so cost stays near-linear and memory bounded.

A document joins the best-scoring existing story when its link probability to some
member passes the calibrated threshold (to two members once the story holds three or more
in the time window), else it founds a new story. Candidates come
only from blocks: stories sharing an actor or place key (each key keeps its most recent
stories only), the most recent stories, and the stories whose centroids are nearest the
document's lead embedding (`VectorTable`). Of those, the `STORIES_SCORED` nearest by
centroid are scored, each through its members nearest the document (`MEMBERS_COMPARED`
of its `MEMBERS_KEPT` most recent); stories idle for longer than twice the time window
leave the index once it holds more than `MIN_STORIES`. So each document costs a bounded
amount of work, and the index a bounded amount of memory, whatever the corpus size.
"""

from __future__ import annotations

import heapq
from collections import Counter, OrderedDict, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np

from dateline.model import ActorRef, Event
from dateline.stories.features import StoryDoc
from dateline.stories.nearest import VectorTable
from dateline.stories.similarity import PairModel, far_apart

#: How many recent stories one blocking key remembers.
STORIES_PER_KEY = 64
#: Undated documents with no shared key are still compared with this many most recent stories.
RECENT_STORIES = 32
#: The stories whose centroids are nearest a new document's lead embedding are candidates too.
NEAREST_STORIES = 16
#: At most this many candidate stories are scored: those whose centroids are nearest the document.
STORIES_SCORED = 16
#: A story keeps its most recent members only, at most this many (labels and comparisons use them) ...
MEMBERS_KEPT = 64
#: ... and a document is compared with at most this many of them: those nearest it (lead cosine).
MEMBERS_COMPARED = 16
#: The index keeps at least this many stories, idle or not (an undated report may belong to any of them).
MIN_STORIES = 2000
#: A story with at least this many members in the document's time window ...
CORROBORATED_FROM = 3
#: ... takes it only when this many of them link to it (one link alone chains another happening in).
LINKS_NEEDED = 2


@dataclass
class Story:
    """A story: its most recent members (`MEMBERS_KEPT`) and what it knows of all of them."""

    id: str
    members: list[StoryDoc] = field(default_factory=list)
    n_docs: int = 0
    first_day: date | None = None
    last_day: date | None = None
    vector_sum: np.ndarray | None = None
    _vectors: np.ndarray | None = field(default=None, repr=False, compare=False)

    def add(self, doc: StoryDoc) -> None:
        self.members.append(doc)
        if len(self.members) > MEMBERS_KEPT:
            del self.members[0]
        self._vectors = None
        self.n_docs += 1
        if doc.day is not None:
            self.first_day = min(self.first_day or doc.day, doc.day)
            self.last_day = max(self.last_day or doc.day, doc.day)
        vector = doc.vector.astype(np.float64)
        self.vector_sum = vector if self.vector_sum is None else self.vector_sum + vector

    @property
    def member_vectors(self) -> np.ndarray:
        """The members' lead vectors, a row each (kept until the next member: a story is scored often)."""
        if self._vectors is None:
            self._vectors = np.stack([m.vector for m in self.members])
        return self._vectors

    @property
    def centroid(self) -> np.ndarray:
        """The mean lead vector of every member, unit length."""
        assert self.vector_sum is not None, "a story has members"
        mean = self.vector_sum / self.n_docs
        norm = float(np.linalg.norm(mean))
        return mean / norm if norm else mean


def cluster(docs: Sequence[StoryDoc], model: PairModel) -> dict[str, str]:
    """Doc id → story id, adding documents in date order (undated last) as ingestion would."""
    index = StoryIndex(model)
    ordered = sorted(docs, key=lambda d: (d.day is None, d.day or 0, d.doc_id))
    return {a.doc_id: a.story_id for a in index.add_all(ordered)}


def story_id_for(doc: StoryDoc) -> str:
    return f"s-{doc.doc_id[:12]}"


@dataclass
class Assignment:
    doc_id: str
    story_id: str
    score: float
    new_story: bool


class StoryIndex:
    """The live stories plus the blocking indexes that find a document's candidates.

    Days are counted on a clock, the newest publication day seen (an undated member counts as
    published on it); a story whose newest member is more than `keep_days` older than the clock
    (default twice the model's window, so reports up to a window late still find their story) is
    evicted, oldest first, while the index holds more than `min_stories`.
    """

    def __init__(
        self, model: PairModel, keep_days: int | None = None, min_stories: int | None = None
    ) -> None:
        self.model = model
        self.keep_days = 2 * model.window_days if keep_days is None else keep_days
        self.min_stories = MIN_STORIES if min_stories is None else min_stories
        self.stories: dict[str, Story] = {}
        self._by_key: dict[str, OrderedDict[str, None]] = defaultdict(OrderedDict)
        self._recent: OrderedDict[str, None] = OrderedDict()
        self._table: VectorTable | None = None
        self._active: dict[str, int] = {}  # story → the day of its newest member
        self._expiry: list[tuple[int, str]] = []  # (that day, story); stale entries are skipped
        self.clock: int | None = None
        self.comparisons = 0
        self.evicted = 0

    def add_existing(self, story_id: str, doc: StoryDoc) -> None:
        """Restore a stored membership (no scoring)."""
        story = self.stories.get(story_id)
        if story is None:
            story = self.stories[story_id] = Story(id=story_id)
        story.add(doc)
        day = self._tick(doc)
        self._index(story_id, doc, day)

    def add(self, doc: StoryDoc) -> Assignment:
        """Place `doc` in its best story or a new one."""
        self._tick(doc)
        self.evict()
        best_id, best = None, 0.0
        for story_id in self._candidates(doc):
            score = self._score(self.stories[story_id], doc)
            if score > best:
                best_id, best = story_id, score
        if best_id is not None and best >= self.model.threshold:
            self.add_existing(best_id, doc)
            return Assignment(doc.doc_id, best_id, best, new_story=False)
        new_id = story_id_for(doc)
        self.add_existing(new_id, doc)
        return Assignment(doc.doc_id, new_id, 1.0, new_story=True)

    def add_all(self, docs: Iterable[StoryDoc]) -> list[Assignment]:
        return [self.add(d) for d in docs]

    def evict(self) -> int:
        """Drop the stories whose newest member is more than `keep_days` before the clock, oldest first,
        down to `min_stories`; returns how many went."""
        if self.clock is None:
            return 0
        horizon = self.clock - self.keep_days
        gone = 0
        while self._expiry and self._expiry[0][0] < horizon and len(self.stories) > self.min_stories:
            day, story_id = heapq.heappop(self._expiry)
            if self._active.get(story_id) == day:
                self._drop(story_id)
                gone += 1
        self.evicted += gone
        return gone

    def _tick(self, doc: StoryDoc) -> int | None:
        """Advance the clock to `doc`'s day; the day `doc` counts as published (None: undated, no clock)."""
        if doc.day is not None:
            day = doc.day.toordinal()
            self.clock = day if self.clock is None else max(self.clock, day)
            return day
        return self.clock

    def _drop(self, story_id: str) -> None:
        story = self.stories.pop(story_id)
        del self._active[story_id]
        if self._table is not None:
            self._table.remove(story_id)
        self._recent.pop(story_id, None)
        for key in {k for member in story.members for k in self._keys(member)}:
            bucket = self._by_key.get(key)
            if bucket is not None:
                bucket.pop(story_id, None)
                if not bucket:
                    del self._by_key[key]

    def _score(self, story: Story, doc: StoryDoc) -> float:
        """The best link probability of `doc` to a member of `story`; 0 when the story holds
        `CORROBORATED_FROM` members or more in the time window and fewer than `LINKS_NEEDED` of them link
        (single linkage would let one near member chain another happening into a story of several reports)."""
        members = story.members
        if len(members) > MEMBERS_COMPARED:
            cosines = story.member_vectors @ doc.vector
            members = [members[i] for i in np.argsort(-cosines, kind="stable")[:MEMBERS_COMPARED]]
        probabilities = []
        for member in members:
            if member.doc_id == doc.doc_id:
                return 1.0
            if far_apart(member, doc, self.model.window_days):
                continue
            self.comparisons += 1
            probabilities.append(self.model.probability_in_window(member, doc))
        if not probabilities:
            return 0.0
        if len(probabilities) >= CORROBORATED_FROM:
            links = sum(p >= self.model.threshold for p in probabilities)
            if links < LINKS_NEEDED:
                return 0.0
        return max(probabilities)

    def _keys(self, doc: StoryDoc) -> list[str]:
        return [f"a:{k}" for k in sorted(doc.actors)] + [f"p:{k}" for k in sorted(doc.places)]

    def _candidates(self, doc: StoryDoc) -> list[str]:
        """Stories sharing a key, the recent ones and the nearest: the `STORIES_SCORED` nearest of them."""
        found: set[str] = set()
        for key in self._keys(doc):
            found.update(self._by_key.get(key, ()))
        found.update(self._recent)
        if self._table is None:
            return sorted(found)
        ranked = self._table.rank(doc.vector, found, NEAREST_STORIES, limit=STORIES_SCORED)
        return [story_id for story_id, _ in ranked]

    def _index(self, story_id: str, doc: StoryDoc, day: int | None) -> None:
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
        if self._table is None:
            self._table = VectorTable(len(doc.vector))
        self._table.put(story_id, self.stories[story_id].centroid)
        if day is not None and self._active.get(story_id, day - 1) < day:  # undated before any clock: kept
            self._active[story_id] = day
            heapq.heappush(self._expiry, (day, story_id))


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
