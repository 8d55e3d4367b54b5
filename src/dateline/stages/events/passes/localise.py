"""Localise pass: arguments that name no country take the one where the event happens (`references`):
generic agents ("protesters", "la gendarmerie") unless their own phrase names where they serve ("Police
in Lagos", "le parquet d'Anvers": that place's country), the unnamed agent of an agentless act (the police of
"were detained", an unidentified armed group for "were killed"), an unnamed target or beneficiary of
aid ("des vivres aux sinistrés"), the host of a visit, the report's country as the unnamed beneficiary of
foreign aid ("Le Canada a annoncé une aide d'urgence" in a report on Haiti), the authorities of where
it happens as the addressee of a demand for a release that names none ("a exigé sa libération")."""

from __future__ import annotations

from typing import Any

from dateline.model import ActorRef, PlaceRef
from dateline.stages.events import envoys, homonyms, references, restrictions, rules
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.arguments import is_passive
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.lexicon import Lexicon

#: Categories whose unnamed target stands for the country where it is hit ("a strike hit a car"), and
#: those whose unnamed addressee or object stands for the country where the act is made ("urged all
#: contenders to accept", "turned down the request", "annulled the election").
TARGETED = frozenset({"ASSAULT", "COERCE"})
ADDRESSED = frozenset({"REQUEST", "REJECT", "ACCUSE", "THREATEN", "SANCTION"})
#: Unnamed agents whose act needs no named victim ("cars were set alight"); the police, judiciary and
#: authorities act on people ("were detained"), not on things ("flights were suspended").
ATTACKERS = frozenset({"UAF", "CVL"})
#: Categories whose place is a venue, not where the parties come from ("ont signé à Luanda un accord"):
#: their generic agents take the report's own country when it has one.
VENUES = frozenset({"CONSULT", "AGREE"})
#: Categories whose act, when it names no addressee, is made to the country where it happens (a pledge,
#: a warning, a protest, a demand: `references.local_addressee`; "a exigé que l'ancien ministre soit
#: poursuivi", "qui réclame des équipements de protection": of the authorities there); so is tear gas
#: fired at no one named.
UNADDRESSED = frozenset({"AGREE", "THREATEN", "PROTEST", "REQUEST"})
#: Modes only people undergo: their unnamed patient is a person ("deux hommes ont été interpellés",
#: "trois personnes ont été mises en examen"), so the act stands without a named party.
PERSONAL = frozenset({"arrest", "allege", "convict", "release", "deport"})
#: Modes whose unnamed patient may be a thing: a seizure stands with what was seized ("des armes ont
#: été saisies"), by the authorities of where it happens.
SEIZURES = frozenset({"seize"})


def localise(coding: Coding) -> None:
    """Completes `actors` and `recipients` of every selected candidate from its place, else the
    report's own country (`coding.home`); in a report whose headline names its country, a place
    abroad gives way to that country."""
    home = coding.home
    index = coding.index
    done: list[Candidate] = []
    for item in coding.selected():
        done.append(item)
        place = item.place
        if coding.misread is not None:  # the dateline city's homonym abroad, and any place put there
            place = None if place is not None and place.country == coding.misread.wrong else place
            item.actors = homonyms.corrected(item.actors, coding.misread, coding.doc.text)
            item.recipients = homonyms.corrected(item.recipients, coding.misread, coding.doc.text)
        if (
            place is not None
            and home is not None
            and place.country not in {None, home}
            and (coding.headlined or doubtful(place, coding))
        ):
            place = None  # "Burkina Faso : …" with a place resolved abroad: a misread name or a venue
        venue = None if item.type in VENUES and home else place
        # "Police in Lagos", "le parquet d'Anvers": the agent's own phrase says where it serves
        sdoc = item.trigger.head.doc
        seated = [references.seated(r, sdoc, index.place_at) for r in item.actors]
        seats = {s.country for r, s in zip(item.actors, seated, strict=True) if s is not r}
        item.actors = seated
        item.recipients = [references.seated(r, sdoc, index.place_at) for r in item.recipients]
        if len(seats) == 1:  # "Police in Lagos arrested twelve protesters": the act happens there
            item.recipients = references.placed_at(item.recipients, seats.pop())
        # "Amnesty condemned the arrests": the arresting police keep the country their own act gave them
        item.actors = inherited(item.actors, done[:-1], index)
        item.recipients = inherited(item.recipients, done[:-1], index)
        # a place that names the other party is not where generic actors are from ("The county government
        # asked London to reconsider"); nor is a place naming any party where the parties of an act an
        # anaphor stands for are from ("Belarus denied the accusation")
        item.actors = references.localise(item.actors, None if named(place, item.recipients) else venue, home)
        mode = item.trigger.types.get(item.category)
        if item.agentless and (
            item.recipients
            or references.unnamed_sector(item.category, mode) in ATTACKERS
            or (item.patients and mode in PERSONAL | SEIZURES)
            or restricted(item, coding.lexicon)
        ):
            # a curfew lifted in the passive: the authorities who imposed it (`restrictions.lifted`)
            passive = item.trigger.pos == "verb" and is_passive(item.trigger.head)
            unnamed = (
                "COERCE" if restrictions.lifted(item.trigger, passive, coding.lexicon) else item.category
            )
            item.actors = references.unnamed_agent(unnamed, mode, place, item.trigger.head, home)
        if item.type == "MOBILIZE":  # "va déployer 2 000 soldats": the forces moved are no recipient
            item.recipients = [r for r in item.recipients if not references.generic_agent(r)]
        if item.type in TARGETED:  # "shelled the village of Tal X": its people
            item.recipients = [references.place_named(r, index.place_at, place) for r in item.recipients]
        # a country named as a party ("Saudi Arabia pledged…", "The U.S. embassy urged the authorities")
        # is not where the parties acted on are: they take the report's country
        if party_place(place, sdoc, index):
            place = venue = None
        own = None if named(place, [*item.actors, *item.recipients]) else venue
        item.recipients = localise_refs(item.recipients, venue, own, home, index)
        targets = item.patients if item.type in TARGETED | ADDRESSED or mode in PERSONAL else []
        targets = beneficiaries(item, coding.lexicon) if item.type == "AID" else targets
        # donors are of no one country ("a appelé les bailleurs à financer…")
        donors = any(t.lemma_.lower() in coding.lexicon.donor_nouns for t in item.roles.recipients)
        targets = [t for t in targets if t.lemma_.lower() not in coding.lexicon.donor_nouns]
        if item.type == "REQUEST" and released(item, coding.lexicon):
            targets = []  # "demanded their release": asked of whoever holds them (below)
        if targets and not item.recipients:
            target = references.placed_patient(targets[0], place, home)
            item.recipients = [target] if target is not None else []
        if item.mode == "visit" and not item.recipients:
            item.recipients = references.host(place, item.actors)
        if item.type == "AID" and not item.recipients:
            item.recipients = references.home_beneficiary(item.actors, home)
        if item.type == "ACCUSE" and item.mode == "investigate" and not item.recipients:
            # "le parquet a annoncé l'ouverture d'une information judiciaire": into suspects it leaves
            # unnamed, of the country where it is opened
            item.recipients = references.addressee(place, home, item.trigger.head)
        if item.type == "THREATEN" and not item.recipients:
            # "a averti que les sociétés qui refuseraient…": a threat is made to someone, in the country
            # where it is made unless the text says otherwise
            item.recipients = references.addressee(place, home, item.trigger.head)
        if item.type == "AGREE" and not item.recipients:
            item.recipients = promised_to(item, coding.lexicon, place, home)
        if (item.type in UNADDRESSED or item.mode == "crowd-control") and not item.recipients and not donors:
            item.addressee = references.local_addressee(item.actors, venue, home)
        if item.type == "COERCE" and not item.recipients and restricted(item, coding.lexicon):
            # "a ban on motorcycle taxis came into force in Kano": on the people where it applies
            item.recipients = references.addressee(place, home, item.trigger.head)
        if item.type == "REQUEST" and not item.recipients and released(item, coding.lexicon):
            # "a exigé sa libération": asked of those who detained them, else of the authorities
            # where it happens
            held_by = references.authorities_of(detainers(done[:-1]), item.trigger.head)
            item.recipients = held_by or references.unnamed_agent(
                "RETREAT", "release", place, item.trigger.head, home
            )
        # « son ambassadeur à Pékin »: the sender's envoy, not China's
        item.actors = envoys.sent(item.actors, sdoc, index, home)
        item.recipients = envoys.sent(item.recipients, sdoc, index, home)
        if item.type != "CONSULT":  # "Mexico recalled its ambassador to Ecuador": aimed at Ecuador
            item.recipients = envoys.recalled(item.recipients, item.actors, sdoc, index)
        # an overseas department's gendarmes are France's
        item.actors, item.recipients = references.governed(item.actors), references.governed(item.recipients)
        item.addressee = references.governed(item.addressee)


#: Below this confidence a place abroad is more likely a misread name ("Mina" read as Minot, USA, in a
#: report from Tripoli; the acronym "STF" as Sétif) than where the report's unnamed agents come from.
DOUBT = 0.6


def doubtful(place: PlaceRef, coding: Coding) -> bool:
    """The places stage read the event's place with less than `DOUBT` confidence."""
    found = [p.confidence for p in coding.doc.places if p.name == place.name and p.country == place.country]
    return bool(found) and max(found) < DOUBT


def localise_refs(
    refs: list[ActorRef], venue: PlaceRef | None, own: PlaceRef | None, home: str | None, index: ActorIndex
) -> list[ActorRef]:
    """`references.localise` at the `venue`, but at `own` for the parties an anaphor stands for (their
    evidence names no actor: "the accusation" for its authors)."""
    placed = references.localise(refs, venue, home)
    if own is venue:
        return placed
    borrowed = references.localise(refs, own, home)
    return [
        b if not any(index.within(e.start, e.end) for e in r.evidence) else p
        for r, p, b in zip(refs, placed, borrowed, strict=True)
    ]


def inherited(refs: list[ActorRef], before: list[Candidate], index: ActorIndex) -> list[ActorRef]:
    """A generic party an anaphor stands for (its evidence names no actor: "condemned the arrests" for
    the police who made them) takes the country its own earlier act gave it, not the place of the
    reaction ("GENEVA — Police in Lagos arrested … Amnesty condemned the arrests": Nigerian police)."""
    out = []
    for ref in refs:
        if references.generic_agent(ref) and not any(index.within(e.start, e.end) for e in ref.evidence):
            earlier = (
                p
                for item in reversed(before)
                for p in [*item.actors, *item.recipients]
                if p.country and (p.name, p.kind, p.sector) == (ref.name, ref.kind, ref.sector)
            )
            source = next(earlier, None)
            if source is not None:
                ref = ref.model_copy(update={"country": source.country, "country_from": source.country_from})
        out.append(ref)
    return out


#: Dependencies of a country's name that make it a party, not a place: a subject ("Saudi Arabia sent…"),
#: a possessor ("Iran's navy"), a modifier of an actor's noun ("the U.S. embassy", "the US military").
PARTY_LINKS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "poss", "nmod:poss"})
MODIFIER_LINKS = frozenset({"compound", "amod"})


def party_place(place: PlaceRef | None, sdoc: Any, index: ActorIndex) -> bool:
    """The event's place is the name of a party of its sentence, not where it happens: a subject or a
    possessor naming an actor, or a modifier of an actor's noun (never a dateline)."""
    if place is None or place.rule == "dateline" or sdoc is None:
        return False
    for evidence in place.evidence:
        span = sdoc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        root = span.root
        if index.in_dateline(root) or not index.at(root):
            continue
        if root.dep_ in PARTY_LINKS or (root.dep_ in MODIFIER_LINKS and index.at(root.head)):
            return True
    return False


def named(place: PlaceRef | None, refs: list[ActorRef]) -> bool:
    """The event's place is the name of one of `refs` ("Belarus denied…", "urged Georgia to…")."""
    if place is None:
        return False
    spans = [e for ref in refs for e in ref.evidence]
    return any(s.start < e.end and e.start < s.end for s in place.evidence for e in spans)


#: Dependencies of what a promise or an offer is made to: the objects of its content ("a proposé de
#: recevoir une délégation", "a promis que les compagnies recruteraient 2 000 jeunes").
CONTENT_LINKS = frozenset({"xcomp", "ccomp"})
OBJECTS = frozenset({"obj", "dobj", "iobj", "obl:arg"})


def promised_to(item: Candidate, lexicon: Lexicon, place: Any, home: str | None) -> list[Any]:
    """Whom a promise or an offer naming no recipient is made to: the people its content acts on,
    placed where it happens ("a accepté de recevoir une délégation"), or, for aid promised by foreign
    donors, the report's country ("Le Japon a promis une aide d'urgence", "l'OMS enverra deux
    équipes"). Acts on things ("de fournir des terrains", "d'améliorer les conditions de détention")
    have none."""
    head = item.trigger.head
    acts = [head, *(c for c in head.children if c.dep_ in CONTENT_LINKS)]
    people = [
        o
        for act in acts
        for o in act.children
        if o.dep_ in OBJECTS and o.lemma_.lower() in lexicon.people_nouns
    ]
    target = references.placed_patient(people[0], place, home) if people else None
    if target is not None:
        return [target]
    if "AID" in item.trigger.types or "AID" in rules.object_types(item.trigger, lexicon):
        return references.home_beneficiary(item.actors, home)
    return []


#: Acts that hold people or things someone may demand back ("detained", "seized", "abducted").
HOLDING = frozenset({"arrest", "seize", "abduct"})


def detainers(before: list[Candidate]) -> list[Any]:
    """The party that last detained, seized or abducted someone, with a country ("Sudanese troops
    detained twelve farmers. Ethiopia demanded their release": Sudan)."""
    for item in reversed(before):
        if item.trigger.types.get(item.category) in HOLDING and any(a.country for a in item.actors):
            return [a for a in item.actors if a.country]
    return []


def restricted(item: Candidate, lexicon: Lexicon) -> bool:
    """An agentless restriction of the authorities: a medium cut off or a restriction in force
    (`restrictions`)."""
    head = item.trigger.head
    passive = item.trigger.pos == "verb" and is_passive(head)
    if item.type in {"CONCEDE", "RETREAT"}:
        return restrictions.lifted(item.trigger, passive, lexicon)  # "the curfew was lifted"
    return item.type == "COERCE" and (
        (item.trigger.pos == "verb" and restrictions.cuts_medium(head, lexicon))
        or (item.trigger.pos == "noun" and restrictions.in_force(head, item.trigger.types, item.roles.frame))
        or restrictions.declared(item.trigger, passive)
    )


def released(item: Candidate, lexicon: Lexicon) -> bool:
    """The demand's object is a release ("a exigé sa libération", "demanded their release")."""
    objects = [c for c in item.trigger.head.children if c.dep_ in {"obj", "dobj"}]
    return any(
        entry.types.get("RETREAT") == "release"
        for c in objects
        for form in {c.lemma_.lower(), c.lower_}  # "remise", lemmatised "remettre"
        for entry in lexicon.lookup("noun", form)
    )


def beneficiaries(item: Candidate, lexicon: Lexicon) -> list[Any]:
    """The people an aid act gives to, not a place it is sent to ("des vivres à Niamey"), else the people
    it brings to safety ("a évacué plus de 2 000 personnes")."""
    given = [t for t in item.roles.beneficiaries if t.pos_ != "PROPN"]
    return given or [t for t in item.patients if t.lemma_.lower() in lexicon.people_nouns]
