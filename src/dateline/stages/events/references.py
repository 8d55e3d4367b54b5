"""Arguments that name no actor of their own, resolved from the rest of the report.

- A plural anaphor ("les deux ministres", "the two sides", "both countries") stands for the parties
  of the latest earlier event with two or more parties.
- An anaphoric event noun ("condemned the attack", "a rejeté ces critiques", "a salué l'arrivée de
  l'aide") stands for the initiator of the latest earlier event of a matching category.
- A generic agent without a country ("protesters", "des civils", "la gendarmerie", "the court")
  belongs to the country of the place its own phrase names ("Police in Lagos", "le parquet d'Anvers":
  `seated`), else to the country where the event happens, else to the report's own country (`home_country`:
  its headline's country, its dateline's, or that of most of the places it names), and says which
  (`country_from`);
  a name the places stage resolved as a place stands for its country.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

from dateline.data import word_table
from dateline.kb.actors import ActorKB
from dateline.model import ActorRef, CountryFrom, Document, Place, PlaceRef, Span
from dateline.stages.events.adapters import organisation_base
from dateline.stages.events.datelines import dateline_country, dateline_spans, filed_abroad
from dateline.stages.events.words import word_lists

#: Place rules that locate the event itself (not the title's or the publication's place).
LOCAL_RULES = frozenset({"clause", "sentence", "dateline"})


def span_of(tokens: Sequence[Any]) -> Span:
    return Span(start=int(min(t.idx for t in tokens)), end=int(max(t.idx + len(t) for t in tokens)))


def pair_anaphor(token: Any, party_nouns: frozenset[str]) -> bool:
    """ "les deux ministres", "the two sides", "both sides", "both" (as a pronoun), and definite plural
    party nouns ("les ministres", "the delegations")."""
    words = word_lists()
    if token.lower_ in words.bare_pairs and token.pos_ in {"PRON", "DET", "NOUN"}:
        return True
    if token.pos_ not in {"NOUN", "PRON"}:
        return False
    definite = any(c.lower_ in words.definite for c in token.children if c.dep_ == "det")
    numbers = [
        c for c in token.children if c.lower_ in words.pair_numbers and c.dep_ in {"nummod", "det", "predet"}
    ]
    if numbers:
        return numbers[0].lower_ in words.bare_pairs or definite
    plural = "Plur" in token.morph.get("Number")
    return definite and plural and token.lemma_.lower() in party_nouns


def referring(token: Any) -> bool:
    """A definite or demonstrative noun ("the attack", "ces critiques", "l'arrivée")."""
    return any(
        c.dep_ in {"det", "nmod:poss", "poss"} and c.lower_ in word_lists().definite for c in token.children
    )


def parties(refs: Sequence[ActorRef]) -> list[ActorRef]:
    """One ref per distinct party with a country: per country, but organisations of one country with
    their own KB entry (an army and a militia) count apart."""
    seen: dict[str, ActorRef] = {}
    for ref in refs:
        if not ref.country:
            continue
        key = ref.country
        if ref.kind in {"organisation", "group"} and ref.kb_id and ref.kb_id != ref.country:
            key = f"{key}/{ref.kb_id}"
        seen.setdefault(key, ref)
    # a person of a country or organisation already counted is no party of their own ("M. Grossi" and
    # the IAEA, both IGO)
    organised = {ref.country for key, ref in seen.items() if "/" in key}
    return [
        ref for key, ref in seen.items() if "/" in key or ref.kind != "person" or ref.country not in organised
    ]


def possessed(token: Any) -> bool:
    """`token` has a possessive pronoun ("its forces", « leurs troupes »)."""
    return any(
        c.dep_ in {"poss", "nmod:poss", "det"} and (c.pos_ == "PRON" or "Yes" in c.morph.get("Poss"))
        for c in token.children
    )


def reporter_subjects(token: Any) -> list[Any]:
    """For a pronoun argument ("it", "they", "its forces", "leurs troupes") of a reported clause, the
    reporting verb's subject ("the army said it had arrested…")."""
    pronoun = token.pos_ == "PRON" and "Rel" not in token.morph.get("PronType")
    if not (pronoun or possessed(token)):
        return []
    clause = token.head
    while clause.dep_ == "conj" and clause.head != clause:
        clause = clause.head
    if clause.dep_ not in {"ccomp", "xcomp", "parataxis"} or clause.head == clause:
        return []
    governor = clause.head
    found = _subjects_of(governor, token)
    if not found and governor.dep_ == "xcomp" and governor.head != governor:
        return _subjects_of(governor.head, token)  # "a fait savoir qu'elle coopérerait": who made it known
    return found


def quote_speakers(token: Any) -> list[Any]:
    """For a first-person pronoun inside a quotation that opens its sentence, the subject of the
    reporting verb after the quotation, which the parser may leave unattached to it ("« Nous condamnons
    ces détentions », a déclaré le porte-parole": the spokesman)."""
    if token.pos_ != "PRON" or "1" not in token.morph.get("Person"):
        return []
    doc = token.doc
    if not any(t.is_quote for t in doc[token.sent.start : token.i]):
        return []
    closing = next((t for t in doc[token.i + 1 :] if t.is_quote), None)
    # the reporting verb may lie in what the parser made a sentence of its own
    for word in doc[closing.i + 1 :] if closing is not None else []:
        if word.lower_ in SENTENCE_ENDS:
            break
        if word.pos_ == "VERB":
            return _subjects_of(word, token)
    return []


#: Punctuation that ends a sentence.
SENTENCE_ENDS = frozenset({".", "!", "?"})


def _subjects_of(verb: Any, token: Any) -> list[Any]:
    return [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"} and c != token]


def standing_for(refs: Sequence[ActorRef], token: Any) -> list[ActorRef]:
    """Copies of `refs` whose evidence is the anaphor `token` with its determiners and numeral."""
    words = [c for c in token.children if c.i < token.i and c.dep_ in {"det", "predet", "nummod", "amod"}]
    evidence = span_of([*words, token])
    return [ref.model_copy(update={"evidence": [evidence]}) for ref in refs]


#: A headline opening with the country it is about ("Maroc : …", "Mali: …").
_TITLE_PREFIX = re.compile(r"^\s*([^:|]{3,40}?)\s*:\s+\S")


def headline_country(doc: Document, kb: ActorKB | None = None) -> str | None:
    """The country a report's headline opens with ("Sénégal : …", "Lyon : …"), if any."""
    prefix = _TITLE_PREFIX.match(doc.title or "")
    return prefix_country(doc, prefix.group(1), kb) if prefix else None


def home_country(doc: Document, kb: ActorKB | None = None) -> str | None:
    """The report's own country: the one its headline opens with (`headline_country`), else
    the one its dateline names ("TRIPOLI, Lebanon (…) —") unless the report is filed from abroad about
    another country (`filed_abroad`: "GENÈVE – … à Yaoundé"), else the one that more than half of the
    place mentions in its text lie in, else, for a report filed under a dateline and with no place at
    all (the tagger missed them), the one more than half of its actor mentions belong to (None when none
    says)."""
    if titled := headline_country(doc, kb):
        return titled
    if dated := dateline_country(doc):
        return filed_abroad(doc, dated) or dated
    counts: dict[str, int] = {}
    for place in doc.places:
        mentions = [m for m in place.mentions if not organisation_base(doc, m)]  # not "UK-based"
        if place.country and mentions:
            counts[place.country] = counts.get(place.country, 0) + len(mentions)
    if not counts and dateline_spans(doc.text):  # a dateline no place was resolved in ("MOSUL, 15 March –")
        counts = {a.country: len(a.mentions) for a in doc.actors if a.country and a.mentions}
    total = sum(counts.values())
    best = max(counts, key=lambda c: counts[c], default=None)
    return best if best is not None and 2 * counts[best] > total else None


def prefix_country(doc: Document, prefix: str, kb: ActorKB | None) -> str | None:
    """The country a headline prefix names: a country of the KB ("Mali : …"), else a place of the
    report with that name ("Lyon : …", "Gaza : …")."""
    if kb is not None:
        named = {e.country for e in kb.lookup(prefix, doc.language.code) if e.kind == "country"}
        if len(named) == 1 and None not in named:
            return named.pop()
    key = prefix.casefold()
    found = {
        place.country
        for place in doc.places
        if place.country
        and (
            place.name.casefold() == key
            or any(doc.text[m.start : m.end].casefold() == key for m in place.mentions)
        )
    }
    return found.pop() if len(found) == 1 else None


def where(place: PlaceRef | None, home: str | None = None) -> tuple[str, CountryFrom] | None:
    """The country of an event place found in the event's own clause, sentence or dateline (a place
    guessed from the title says nothing about who takes part), else the report's `home` country;
    with where it came from."""
    if place is not None and place.rule in LOCAL_RULES and place.country:
        return place.country, "place"
    return (home, "report") if home else None


def generic_agent(ref: ActorRef) -> bool:
    """A group or sector without a country or KB entry ("protesters", "la gendarmerie")."""
    return ref.country is None and ref.kb_id is None and (ref.kind == "group" or ref.sector is not None)


def unknown_name(ref: ActorRef) -> bool:
    """A named organisation or person the actors stage could not place (no country, sector or KB entry:
    "Elecam", "le DPCP", "Mahamat Abba"): in a report on one country, most likely of that country."""
    return (
        ref.country is None
        and ref.kb_id is None
        and ref.sector is None
        and ref.kind in {"organisation", "person"}
    )


def localise(refs: Sequence[ActorRef], place: PlaceRef | None, home: str | None = None) -> list[ActorRef]:
    """Generic agents take the event place's country, else the report's; a group that fights in several
    states (`roaming`) the report's, else the event place's; a name nothing places (`unknown_name`) takes
    the report's country (where a named party comes from is not where it acts)."""
    located = where(place, home)
    placed = any(r.country or r.sector for r in refs)  # "l'ONU, Tom Fletcher": the name goes with its party
    out = []
    for ref in refs:
        acting = _acting(ref, located, home)
        if acting is not None:
            ref = ref.model_copy(update={"country": acting[0], "country_from": acting[1]})
        elif located is not None and generic_agent(ref):
            ref = ref.model_copy(update={"country": located[0], "country_from": located[1]})
        elif home is not None and unknown_name(ref) and not placed:
            ref = ref.model_copy(update={"country": home, "country_from": "report"})
        out.append(ref)
    return out


@functools.cache
def _sovereigns() -> dict[str, str]:
    """Territory → the state it is part of (``data/events/governed.yaml``)."""
    table = word_table("events", "governed.yaml")["governed"]
    return {territory: state for state, territories in table.items() for territory in territories}


def _acting(
    ref: ActorRef, located: tuple[str, CountryFrom] | None, home: str | None
) -> tuple[str, CountryFrom] | None:
    """The state a group fighting in several (`_roaming`) acts in: the report's, else the event place's, if
    one of its states."""
    states = _roaming().get(ref.kb_id or "", frozenset())
    if home in states:
        return home, "report"
    if located is not None and located[0] in states:
        return located
    return None


@functools.cache
def _roaming() -> dict[str, frozenset[str]]:
    """KB id → the states where an armed group is coded with the country it acts in (``governed.yaml``)."""
    table = word_table("events", "governed.yaml")["roaming"]
    return {group: frozenset(states) for group, states in table.items()}


def governed(refs: Sequence[ActorRef]) -> list[ActorRef]:
    """`refs` with the country of a territory that is part of a state read as that state's ("Les gendarmes
    ont interpellé…" in Fort-de-France: France's gendarmes)."""
    states = _sovereigns()
    return [r.model_copy(update={"country": states[r.country]}) if r.country in states else r for r in refs]


#: How deep in a generic agent's own phrase the place it serves in may lie ("le tribunal de première
#: instance de Marrakech", "police in Lagos state").
SEAT_DEPTH = 2


def seated(ref: ActorRef, sdoc: Any, place_at: Callable[[int, int], Place | None]) -> ActorRef:
    """A generic agent whose own phrase names the place it serves in ("Police in Lagos", "a court in
    Kitwe", "le parquet d'Anvers", "the Lagos police"; `place_at`: `ActorIndex.place_at`) belongs to
    that place's country, whatever the event's place or the report's dateline."""
    if not generic_agent(ref) or sdoc is None:
        return ref
    for evidence in ref.evidence:
        span = sdoc.char_span(evidence.start, evidence.end, alignment_mode="expand")
        country = _seat(span.root, place_at, SEAT_DEPTH) if span is not None and len(span) else None
        if country is not None:
            return ref.model_copy(update={"country": country, "country_from": "place"})
    return ref


def _named_body(noun: Any) -> bool:
    """A place name that heads a body's own name, not a place ("un juge du Pool judiciaire financier"):
    an organisation for the tagger, or qualified by an adjective."""
    return noun.ent_type_ in {"ORG", "PERSON", "PER"} or any(c.dep_ == "amod" for c in noun.children)


def placed_at(refs: Sequence[ActorRef], country: str | None) -> list[ActorRef]:
    """Generic agents among `refs` in `country`, where an act whose agent's own phrase names its seat
    happens (`seated`: "Police in Lagos arrested twelve protesters")."""
    if country is None:
        return list(refs)
    update = {"country": country, "country_from": "place"}
    return [ref.model_copy(update=update) if generic_agent(ref) else ref for ref in refs]


def _seat(token: Any, place_at: Callable[[int, int], Place | None], depth: int) -> str | None:
    """The country of a place in `token`'s own phrase: a proper noun compounded before it, or the object
    of a `seat_links` preposition ("in", "de"), down `depth` nouns."""
    links = word_lists().seat_links
    for child in token.children:
        if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i < token.i:
            named = [child]
        elif child.dep_ == "prep" and child.lower_ in links:
            named = [g for g in child.children if g.dep_ == "pobj"]
        elif child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in links for c in child.children):
            named = [child]
        else:
            continue
        for noun in named:
            place = None if _named_body(noun) else place_at(int(noun.idx), int(noun.idx) + len(noun))
            if place is not None and place.country:
                return place.country
            deeper = (
                _seat(noun, place_at, depth - 1) if depth > 1 and noun.pos_ in {"NOUN", "PROPN"} else None
            )
            if deeper is not None:
                return deeper
    return None


def place_named(ref: ActorRef, place_at: Any, where: PlaceRef | None) -> ActorRef:
    """An attacked target the actors stage could not place (`unknown_name`: "shelled the village of Tal
    X"): the people of the place it names (`place_at`: `ActorIndex.place_at`), else of the place where
    the attack happens."""
    if not unknown_name(ref):
        return ref
    places = [place_at(e.start, e.end) for e in ref.evidence]
    country = next((p.country for p in places if p is not None), None)
    if country is None and where is not None and where.rule in LOCAL_RULES:
        country = where.country
    if country is None:
        return ref
    return ref.model_copy(update={"country": country, "sector": "CVL", "country_from": "place"})


def placed_patient(token: Any, place: PlaceRef | None, home: str | None = None) -> ActorRef | None:
    """An attacked or coerced target that names no actor ("a car", "trois personnes") stands for the
    country where the event happens (else the report's)."""
    located = where(place, home)
    if located is None:
        return None
    country, origin = located
    return ActorRef(
        name=token.lemma_, kind="group", country=country, evidence=[span_of([token])], country_from=origin
    )


#: Who does an act the text reports without its agent ("were arrested", "ont été inculpés", "were
#: killed", "un corps a été découvert"), by the act's PLOVER mode, else its category: the police
#: arrest, the judiciary charges and convicts, the authorities release, restrict and ban, rioters
#: burn cars, and an attacker nobody names is an unidentified armed group.
UNNAMED_AGENTS: dict[str, str] = {
    "arrest": "COP",
    "allege": "JUD",
    "investigate": "JUD",
    "convict": "JUD",
    "release": "GOV",
    "riot": "CVL",
    "demo": "CVL",
    "strike": "CVL",
    "vandalize": "CVL",
    "abduct": "UAF",
    "ASSAULT": "UAF",
    "COERCE": "GOV",
    "SANCTION": "GOV",
}
#: The name of each unnamed agent.
UNNAMED_NAMES = {
    "COP": "police",
    "JUD": "judiciary",
    "GOV": "authorities",
    "UAF": "unidentified armed group",
    "CVL": "rioters",
    "MIL": "armed forces",
}
#: The name of an unnamed agent by the act's mode, where its sector's name would mislabel it ("protests
#: erupted in Basra": protesters, not rioters).
UNNAMED_MODE_NAMES = {"demo": "protesters", "strike": "strikers"}


def unnamed_sector(category: str, mode: str | None) -> str | None:
    """The sector of the agent an act of `category` and `mode` stands for when the text names none."""
    return UNNAMED_AGENTS.get(mode or "") or UNNAMED_AGENTS.get(category)


#: Sectors of a state's own organs: a release asked of one is asked of that state's authorities.
STATE_ORGANS = frozenset({"GOV", "COP", "JUD", "MIL", "SPY"})


def authorities_of(holders: Sequence[ActorRef], token: Any) -> list[ActorRef]:
    """The parties a demanded release is asked of, given those who hold the people (`holders`): a state's
    police, court or army stands for that state's authorities ("Police detained twelve students. Their
    union demanded their release": the authorities, GOV, as the gold codes 40 of 47 such demands); a body
    with a KB entry of its own (the IRGC), an armed group or a kidnapper is asked itself."""
    out: list[ActorRef] = []
    for ref in holders:
        if ref.sector in STATE_ORGANS and ref.country and ref.kb_id in (None, ref.country):
            ref = ActorRef(
                name=UNNAMED_NAMES["GOV"], kind="group", sector="GOV", country=ref.country,
                evidence=[span_of([token])], country_from=ref.country_from,
            )  # fmt: skip
        if all((o.country, o.sector) != (ref.country, ref.sector) for o in out):
            out.append(ref)
    return out


def judicial_custody(token: Any) -> bool:
    """An arrest that is a judge's custody order (`judicial_custody` words: « placé sous mandat de dépôt »,
    « écroué », "remanded in custody"), not the police's."""
    custody = word_lists().judicial_custody
    if token.lemma_.lower() in custody or token.lower_ in custody:
        return True
    text = " ".join(t.lower_ for t in token.subtree if t.i >= token.i)
    return any(" " in phrase and phrase in text for phrase in custody)


def unnamed_agent(
    category: str, mode: str | None, place: PlaceRef | None, token: Any, home: str | None = None
) -> list[ActorRef]:
    """The agent of an act whose text names none (`UNNAMED_AGENTS`), in the country where it happens
    (else the report's, else none: PLOVER allows an actor with a sector and no country)."""
    sector = unnamed_sector(category, mode)
    if sector is None:
        return []
    if sector == "COP" and judicial_custody(token):
        sector = "JUD"
    located = where(place, home)
    country, origin = located if located is not None else (None, None)
    agent = ActorRef(
        name=UNNAMED_MODE_NAMES.get(mode or "", UNNAMED_NAMES[sector]),
        kind="group",
        sector=sector,
        country=country,
        country_from=origin,
    )
    return [agent.model_copy(update={"evidence": [span_of([token])]})]


def host(place: PlaceRef | None, visitors: Sequence[ActorRef]) -> list[ActorRef]:
    """The visited country when the text names no host ("en visite à Damas")."""
    if place is None or not place.country or place.country in {v.country for v in visitors}:
        return []
    return [ActorRef(name=place.country, kind="country", country=place.country, evidence=place.evidence)]


def local_addressee(actors: Sequence[ActorRef], place: PlaceRef | None, home: str | None) -> list[ActorRef]:
    """The country where an act is made as its addressee when the text names none ("promised to send a
    medical team", "warned that collaborators would be tried", "went on strike"): a pledge, a warning
    or a protest of one party is made to the people or the authorities of that country."""
    countries = {a.country for a in actors if not _stateless(a)}
    if not actors or len(countries) > 1 or None in countries:
        return []
    return _country_of_act(place, home, evidence=[])


#: Sectors of parties of no country that act across borders (aid agencies, NGOs): they act in the country
#: where the act happens ("MSF a ouvert un centre de traitement", "l'ONG a réclamé des équipements").
STATELESS = frozenset({"NGO", "IGO"})


def _stateless(ref: ActorRef) -> bool:
    """An aid agency or NGO the knowledge base gives no country (MSF, Amnesty, an unlisted NGO)."""
    return ref.country is None and ref.sector in STATELESS


def addressee(place: PlaceRef | None, home: str | None, token: Any) -> list[ActorRef]:
    """The country where an act addressed to no named party is made (its place's, else the report's),
    standing for its unnamed addressees."""
    return _country_of_act(place, home, evidence=[span_of([token])])


def _country_of_act(place: PlaceRef | None, home: str | None, evidence: list[Span]) -> list[ActorRef]:
    """The country where an act is made (`where`), as the one party standing for its unnamed addressees."""
    located = where(place, home)
    if located is None:
        return []
    country, origin = located
    return [ActorRef(name=country, kind="country", country=country, evidence=evidence, country_from=origin)]


def home_beneficiary(donors: Sequence[ActorRef], home: str | None) -> list[ActorRef]:
    """The report's own country as the beneficiary of aid that names none, given by foreign donors or by
    aid agencies of no country ("Médecins sans frontières a ouvert un centre de traitement")."""
    if (
        home is None
        or not donors
        or any(d.country == home or (d.country is None and not _stateless(d)) for d in donors)
    ):
        return []
    return [ActorRef(name=home, kind="country", country=home, country_from="report")]
