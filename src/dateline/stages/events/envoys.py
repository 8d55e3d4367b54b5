"""Envoys and their posts abroad ("its ambassador to Ecuador", "Kenya's High Commissioner in London",
« son ambassadeur à Moscou », « son représentant auprès de l'UA »; words `envoy_nouns`, `post_links`).

An envoy belongs to the state that sends it, never to the state of its post: an envoy given its post's
country (by the place of the event or of its phrase) takes the report's country instead, when that is
another. An envoy its own state recalls or threatens to recall stands, as a recipient, for the state or
body of its post: the act is aimed at it ("Mexico recalled its ambassador to Ecuador": Ecuador).
"""

from __future__ import annotations

from typing import Any

from dateline.model import ActorRef
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.words import word_lists

#: An envoy's dependencies on the verb that acts on it, and those of a post's noun.
OBJECTS = frozenset({"obj", "dobj"})
OBLIQUES = frozenset({"nmod", "obl", "obl:arg", "obl:mod"})


def envoy(ref: ActorRef, sdoc: Any) -> Any | None:
    """The head noun of `ref`'s phrase when it names an envoy (`envoy_nouns`), else None."""
    if sdoc is None:
        return None
    nouns = word_lists().envoy_nouns
    for evidence in ref.evidence:
        span = sdoc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if span is not None and len(span) and nouns & {span.root.lower_, span.root.lemma_.lower()}:
            return span.root
    return None


def post(token: Any, index: ActorIndex) -> ActorRef | None:
    """The state or international body of the post an envoy noun's own phrase names ("to Ecuador", "in
    London", « à Moscou », « auprès de l'UA »)."""
    links = word_lists().post_links
    # the parser may hang the post on the verb of which the envoy is the object ("a rappelé son
    # représentant auprès de la CEDEAO")
    after = [*token.children, *(token.head.children if token.dep_ in OBJECTS else ())]
    for child in after:
        if child.i < token.i:
            continue
        if child.dep_ == "prep" and child.lower_ in links:
            nouns = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "advmod" and child.lower_ in links:  # « auprès de l'UA »
            nouns = [g for g in child.children if g.dep_ in OBLIQUES]
        elif child.dep_ in OBLIQUES and any(c.dep_ == "case" and c.lower_ in links for c in child.children):
            nouns = [child]
        else:
            continue
        for noun in nouns:
            start, end = int(noun.idx), int(noun.idx) + len(noun)
            bodies = [m.actor for m in index.at(noun) if m.actor.country == "IGO" or m.actor.sector == "IGO"]
            if bodies:
                body = bodies[0]
                return ActorRef(name=body.name, kind="group", country="IGO", sector="IGO", kb_id=body.kb_id)
            place = index.place_at(start, end)
            if place is not None and place.country:
                return ActorRef(name=place.country, kind="country", country=place.country, sector="GOV")
    return None


def sent(refs: list[ActorRef], sdoc: Any, index: ActorIndex, home: str | None) -> list[ActorRef]:
    """`refs` with an envoy given its own post's country (« son ambassadeur à Pékin » read as China's)
    given the report's country instead, or no country when the report's is the post's."""
    out = []
    for ref in refs:
        token = envoy(ref, sdoc) if ref.country and ref.kind != "country" else None
        where = post(token, index) if token is not None else None
        if where is not None and where.country == ref.country:
            country = home if home != ref.country else None
            ref = ref.model_copy(update={"country": country, "country_from": "report" if country else None})
        out.append(ref)
    return out


def recalled(
    recipients: list[ActorRef], actors: list[ActorRef], sdoc: Any, index: ActorIndex
) -> list[ActorRef]:
    """A recipient that is an envoy of the actor's own state stands for the state or body of its post
    ("Mexico recalled its ambassador to Ecuador", « a rappelé son représentant auprès de l'UA »)."""
    own = {a.country for a in actors if a.country}
    out = []
    for ref in recipients:
        token = envoy(ref, sdoc) if ref.country is None or ref.country in own else None
        where = post(token, index) if token is not None else None
        if where is not None and (where.country is None or where.country not in own):
            ref = where.model_copy(update={"evidence": ref.evidence})
        out.append(ref)
    return out
