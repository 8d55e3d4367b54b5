"""Setting pass: where, when and according to whom each selected candidate happens, read from the
places, times and attributions stages (`adapters`) for its clause and segment."""

from __future__ import annotations

from collections.abc import Callable

from dateline.kb.actors import ActorKB
from dateline.kb.gazetteer import Gazetteer
from dateline.model import Span
from dateline.stages.events import adapters, arguments
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.homonyms import misread_dateline
from dateline.stages.events.references import headline_country, home_country


def locate(
    coding: Coding, kb: ActorKB | None = None, gazetteer: Callable[[], Gazetteer] | None = None
) -> None:
    """Writes `coding.home` (the report's own country; `kb` reads a headline prefix such as "Maroc :"),
    `coding.headlined` and the `span`, `clause`, `place`, `time` and `attribution` of every selected
    candidate (a place named only in another candidate's clause is not its place; an international
    organisation's name is no place: `adapters.without_organisations`, nor is who asked for an act:
    `initiators`; `gazetteer` checks the dateline
    city against the report's actors: `homonyms.misread_dateline`)."""
    doc = adapters.without_places_in(adapters.without_organisations(coding.doc), initiators(coding))
    coding.home = home_country(doc, kb)
    coding.headlined = headline_country(doc, kb) is not None
    misread = misread_dateline(doc, gazetteer)
    if misread is not None:  # "TRIPOLI, 27 September – Lebanese army intelligence…": Lebanon
        coding.misread = misread
        coding.home = misread.right if coding.home in {None, misread.wrong} else coding.home
    selected = coding.selected()
    clauses = [clause_span(item) for item in selected]
    bounds = [(clause.start, clause.end) for clause in clauses]  # compared as pairs: cheaper than `Span`s
    for item, clause, own in zip(selected, clauses, bounds, strict=True):
        item.span = Span(start=item.sentence.start_char, end=item.sentence.end_char)
        item.clause = clause
        others = [other for other, key in zip(clauses, bounds, strict=True) if key != own]  # a place only
        # they name is theirs
        item.place = adapters.event_place(doc, clause, item.span, others)
        at = Span(start=item.trigger.start, end=item.trigger.end)
        item.time = adapters.event_time(doc, item.clause, item.span, at)
        item.attribution = adapters.event_attribution(doc, item.span)


def initiators(coding: Coding) -> list[Span]:
    """The characters of the phrases naming who asked for an act ("à la demande de Paris", "at the request
    of Paris"): a party, not where the act happens."""
    sentences = {item.sentence.start: item.sentence for item in coding.selected()}
    spans = []
    for sentence in sentences.values():
        for token in sentence:
            if not arguments.initiative(token):
                continue
            for child in token.children:
                if child.i > token.i and child.dep_ not in {"det", "amod", "punct"}:
                    last = child.right_edge
                    spans.append(Span(start=int(child.left_edge.idx), end=int(last.idx + len(last))))
    return spans


def clause_span(item: Candidate) -> Span:
    """The characters of the anchor verb's subtree (the trigger's when the verb lies in another segment)."""
    root = item.anchor if item.anchor.sent == item.sentence else item.trigger.head
    last = root.right_edge
    return Span(start=int(root.left_edge.idx), end=int(last.idx + len(last)))
