"""Argument tokens → actors: the actors stage's mentions, or what an argument stands for."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dateline.model import ActorRef, Span
from dateline.stages.events import adapters, references
from dateline.stages.events.arguments import (
    EMBEDDED_CLAUSES,
    clitic_subject,
    find_roles,
    phrase_levels,
    preposition,
    resultative_noun,
)
from dateline.stages.events.auxiliary import conditional
from dateline.stages.events.candidate import Candidate
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import Trigger, token_trigger
from dateline.stages.events.words import word_lists


@dataclass
class Scope:
    """What resolution may look at: the document's actor mentions, the candidates resolved so far (in
    text order) and the lexicon."""

    index: adapters.ActorIndex
    earlier: list[Candidate]
    lexicon: Lexicon


def resolve_actors(tokens: list[Any], index: adapters.ActorIndex) -> list[ActorRef]:
    """The actors named by argument head tokens: the shallowest phrase level that names any; a body
    named only by an unplaced name is the organisation its genitive names ("le Conseil de paix et de
    sécurité de l'Union africaine": the AU), and so is a generic role of no country an international
    organisation's genitive follows ("les chefs d'État de la CEDEAO", "les ministres de l'UE")."""
    refs: dict[tuple[Any, ...], ActorRef] = {}
    for token in tokens:
        bodies: dict[tuple[Any, ...], ActorRef] = {}
        roles: dict[tuple[Any, ...], ActorRef] = {}
        for level in phrase_levels(token):
            named = [t for t in level if not remit(t, level, index)]
            found = {(m.index,): index.ref(m) for t in named for m in index.at(t)}
            if not found:
                continue
            if roles:  # the organisation the roles belong to, if an international one; else the roles
                found = {k: r for k, r in found.items() if r.country == "IGO"} or roles
                roles = {}
            elif all(map(references.generic_agent, found.values())) and not bodies:
                roles = found
                continue
            if all(map(references.unknown_name, found.values())) and not bodies:
                bodies = found  # keep looking for the organisation it belongs to
                continue
            known = {k: r for k, r in found.items() if not references.unknown_name(r)}
            for key, ref in (known if bodies else found).items():
                refs.setdefault(key, ref)
            bodies = {}
            break
        for key, ref in {**roles, **bodies}.items():
            refs.setdefault(key, ref)
    return list(refs.values())


def remit(token: Any, level: list[Any], index: adapters.ActorIndex) -> bool:
    """A place an international organisation's official is "for" ("the UN humanitarian coordinator
    for Sudan", "l'envoyé spécial de l'ONU pour la Libye"): the official's remit, not a party."""
    word = token.head.lower_ if token.dep_ == "pobj" else preposition(token)
    return word in word_lists().remit_markers and any(
        m.actor.sector == "IGO" for t in level if t != token for m in index.at(t)
    )


def referred(token: Any, scope: Scope, reaction: bool) -> list[ActorRef]:
    """What an argument naming no actor stands for: a plural anaphor ("les deux ministres") → the
    parties of the latest earlier event with several; an event noun → its own author ("an
    invitation from Ankara") or, when it refers back ("condemned the attack"; any determiner under
    a reaction: "a dénoncé une agression"), the initiator of the latest earlier event of its kind."""
    if references.pair_anaphor(token, scope.lexicon.party_nouns):
        for item in reversed(scope.earlier):
            group = references.parties([*item.actors, *item.recipients])
            if len(group) > 1:
                return references.standing_for(group, token)
        return []
    for level in phrase_levels(token):
        for noun in level:
            trigger = token_trigger(noun, scope.lexicon)
            if trigger is None or trigger.pos != "noun":
                continue
            roles = find_roles(trigger, scope.lexicon)
            # "His party called the arrest unjustified": the reaction framing the act noun is no author of it
            framed = reaction and roles.frame is not None and roles.frame.i == token.head.i
            own = [] if framed else resolve_actors(roles.actors, scope.index)
            if own or not (reaction or references.referring(noun)):
                return own
            found = antecedent(trigger, scope)
            if not found and reaction and "REQUEST" in trigger.types:
                found = on_behalf(noun, scope)
            return found
    return initiator(token, scope) if reaction else []


def on_behalf(noun: Any, scope: Scope) -> list[ActorRef]:
    """The party a request names deeper in its phrase, for whom it was made ("a rejeté la demande de
    remise en liberté d'un dirigeant de l'opposition", "the request for the release of X")."""
    genitive = word_lists().genitive
    for token in noun.subtree:
        if token is noun or token.pos_ not in {"NOUN", "PROPN"}:
            continue
        if any(c.dep_ in {"case", "prep"} and c.lower_ in genitive for c in token.children) or (
            token.dep_ == "pobj" and token.head.lower_ in genitive
        ):
            refs = resolve_actors([token], scope.index)
            if refs:
                return refs
    return []


def antecedent(trigger: Trigger, scope: Scope) -> list[ActorRef]:
    """The initiator of the latest earlier act sharing a category with the event noun `trigger`, one
    of the same word first ("struck a car … condemned the strike"); for an act whose text named no
    agent, the agent it stands for ("deux soldats ont été tués … L'ONU a condamné l'attaque": an
    unidentified armed group, placed later by the localise pass)."""
    earlier = acts_before(trigger.head, scope)
    lemma = trigger.head.lemma_.lower()
    for item in [*(i for i in earlier if i.trigger.head.lemma_.lower() == lemma), *earlier]:
        shared = set(item.trigger.types) & set(trigger.types)
        if not shared or conditional(item.trigger.head):
            continue
        if item.actors:
            return references.standing_for(item.actors, trigger.head)
        if item.agentless:
            category = sorted(shared)[0]
            return references.unnamed_agent(category, item.trigger.types[category], None, trigger.head)
    return []


def acts_before(token: Any, scope: Scope) -> list[Candidate]:
    """The candidates before `token`, latest first, but for those told as what another one says
    ("accused the embassy of funding opposition protests": no protest of its own to refer back to)."""
    before = [c for c in scope.earlier if c.trigger.head.i < token.i]
    heads = {c.trigger.head.i for c in before}
    return [c for c in reversed(before) if not _told_within(c.trigger.head, heads)]


def _told_within(token: Any, heads: set[int]) -> bool:
    """`token` lies under another trigger's head, below it in one clause (not a conjunct)."""
    while token.head.i != token.i and token.dep_ not in {"conj", "parataxis"}:
        token = token.head
        if token.i in heads:
            return True
    return False


def initiator(token: Any, scope: Scope) -> list[ActorRef]:
    """Under a reaction, a decision noun ("a dénoncé une décision injuste") or a definite act noun
    ("condemned the move", "denied the claim") stands for the actors of the latest earlier act."""
    lemma = token.lemma_.lower()
    lexicon = scope.lexicon
    act = lemma in lexicon.act_nouns and references.referring(token)
    if lemma not in lexicon.decision_nouns and not act:
        return []
    for item in reversed(scope.earlier):
        if item.actors and item.trigger.head.i < token.i and not conditional(item.trigger.head):
            return references.standing_for(item.actors, token)
    return []


def initiator_of_decision(verb: Any, reactors: list[ActorRef], scope: Scope) -> list[ActorRef]:
    """The author of the decision a reaction verb answers, wherever the parser hung the decision noun
    under it outside its subject ("a jugé « déplorable » une décision", "s'est dit préoccupé par cette
    décision"): the actors of the latest earlier act by someone other than the reactors."""
    subjects = {t.i for c in verb.children if c.dep_.startswith("nsubj") for t in c.subtree}
    decision = next(
        (
            t
            for t in verb.subtree
            if t.i not in subjects and t.pos_ == "NOUN" and t.lemma_.lower() in scope.lexicon.decision_nouns
        ),
        None,
    )
    if decision is None:
        return []
    own = {(a.kb_id, a.name) for a in reactors}
    for item in reversed(scope.earlier):
        if (
            item.actors
            and item.trigger.head.i < decision.i
            and not {(a.kb_id, a.name) for a in item.actors} & own
        ):
            return references.standing_for(item.actors, decision)
    return []


#: What each reaction answers: a criticism or a refusal an act of conflict, praise an act of cooperation.
ANSWERS: dict[str, frozenset[str]] = {
    "ACCUSE": frozenset(
        {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "ACCUSE", "REJECT", "MOBILIZE", "PROTEST"}
    ),
    "REJECT": frozenset({"ACCUSE", "REQUEST", "SANCTION", "COERCE", "THREATEN"}),
    "SUPPORT": frozenset(
        {"AGREE", "CONSULT", "RETREAT", "CONCEDE", "AID", "COOPERATE", "SANCTION", "COERCE", "REJECT"}
    ),
    "ASSAULT": frozenset({"ASSAULT", "PROTEST"}),  # a riposte (`answer_verbs`) answers an attack or a riot
}


def reacted_to(trigger: Trigger, reactors: list[ActorRef], scope: Scope) -> list[ActorRef]:
    """The initiator of the latest earlier act a reaction whose object names no party answers ("Le
    Hezbollah a dénoncé « une agression flagrante »", "Kinshasa a salué « un signal fort »"): an act
    of a kind it answers (`ANSWERS`), by someone else than the reactor; for an act whose agent the
    text left unnamed, the agent it stands for. Someone else is another country, or in one country
    another sector: a party denouncing a court's ruling ("Le RHDP a dénoncé « une décision
    politique »"), the police answering rioters of their own country. When the latest such act is the
    reactor's own, the reaction addresses the party that act was done to."""
    kinds = frozenset().union(*(ANSWERS.get(c, frozenset()) for c in trigger.types))

    def party(ref: ActorRef) -> object:
        return (ref.country or ref.name, ref.sector)

    own = {party(r) for r in reactors}
    unnamed: list[ActorRef] = []
    for item in reversed(scope.earlier):
        shared = set(item.trigger.types) & kinds
        if not shared or item.trigger.start >= trigger.start or conditional(item.trigger.head):
            continue
        if item.actors and not {party(a) for a in item.actors} & own:
            return references.standing_for(item.actors, trigger.head)
        others = [r for r in item.recipients if party(r) not in own]
        if item.actors and others:  # "La CEDEAO a levé les sanctions imposées à X … a salué « les progrès »"
            return references.standing_for(others, trigger.head)
        if item.agentless and not item.actors and not unnamed:
            # an act whose agent the text leaves unnamed answers only when no named party's act does
            # (« Un raid israélien a frappé… Une explosion a secoué un entrepôt… Le Premier ministre a
            # condamné « une violation » »: Israel's raid)
            category = sorted(shared)[0]
            unnamed = references.unnamed_agent(category, item.trigger.types[category], None, trigger.head)
    return unnamed


def clitic_referent(tokens: list[Any], actors: list[ActorRef], scope: Scope) -> list[ActorRef]:
    """What an object clitic among `tokens` stands for ("Le parquet l'accuse…", "Le tribunal les a
    déboutés"): the parties of the latest earlier act, those it was done to, or those who did it
    when the clitic's own subject is among them ("Le gouverneur a menacé les grévistes. Le syndicat
    l'a accusé de chantage": the governor)."""
    clitics = word_lists().object_clitics
    clitic = next(
        (t for t in tokens if t.pos_ == "PRON" and t.lower_ in clitics and t.dep_ in {"obj", "iobj"}), None
    )
    if clitic is None:
        return []
    own = {(a.kb_id, a.name) for a in actors}
    for item in reversed(scope.earlier):
        if item.trigger.head.i >= clitic.i:
            continue
        for group in (item.recipients, item.actors):
            if group and not {(r.kb_id, r.name) for r in group} & own:
                return references.standing_for(group, clitic)
    return []


def body_anaphor(token: Any) -> bool:
    """A definite singular noun naming an organisation again ("l'organisation", "cette agence")."""
    return (
        token.lemma_.lower() in word_lists().body_anaphors
        and "Plur" not in token.morph.get("Number")
        and references.referring(token)
    )


def latest_organisation(token: Any, scope: Scope) -> list[ActorRef]:
    """The international organisation that is a party of the latest earlier act."""
    for item in reversed(scope.earlier):
        if item.trigger.head.i >= token.i:
            continue
        bodies = [r for r in (*item.actors, *item.recipients) if "IGO" in {r.country, r.sector}]
        if bodies:
            return references.standing_for(bodies[:1], token)
    return []


def argument(token: Any, scope: Scope, reaction: bool, depth: int = 0) -> list[ActorRef]:
    """The actors an argument token names or, failing that, stands for (the reporter of a pronoun
    in a reported clause, a plural anaphor, an event noun)."""
    if reaction and (act := undergone_act(token, scope.lexicon)) is not None:
        # "a dénoncé l'arrestation de ses militants", "condemned the detention of a reporter": the one
        # who arrested, not the arrested
        return author(act, token, scope)
    refs = society_country(resolve_actors([token], scope.index), token, scope.index)
    if all(map(references.generic_agent, refs)) and body_anaphor(token):
        # "L'organisation a appelé…", "la mission onusienne": the international organisation named before
        refs = latest_organisation(token, scope) or refs
    if all(map(references.generic_agent, refs)) and references.pair_anaphor(token, scope.lexicon.party_nouns):
        # "les deux ministres": the parties named before, not ministers of no country; with none
        # named before, the generic agent itself ("the two governments agreed…" opening a report)
        return referred(token, scope, reaction) or refs
    if not refs and depth < 2:
        for speaker in references.reporter_subjects(token) or references.quote_speakers(token):
            refs += argument(speaker, scope, reaction, depth + 1)
    elif (
        refs
        and depth < 2
        and all(r.kb_id is None and r.sector == "GOV" for r in refs)
        and (officers := officer_of(token, scope))
    ):
        refs = officers  # « Son secrétaire général » after a union's act: the union's, not the state's
    elif refs and depth < 2 and all(map(references.generic_agent, refs)):
        refs = owned(refs, token, scope, reaction, depth)
    return refs or referred(token, scope, reaction) or subject_anaphor(token, scope)


#: Sectors of the bodies whose officers a possessive pronoun names after them (not the state's organs, whose
#: officers are already coded so, nor people of no body).
BODY_SECTORS = frozenset(
    {"LAB", "BUS", "NGO", "OPP", "PTY", "EDU", "HLH", "MED", "IGO", "ELC", "JUD", "REB", "REL"}
)


def officer_of(token: Any, scope: Scope) -> list[ActorRef]:
    """An officer a possessive pronoun gives to a body (« Son secrétaire général a accusé… », "Its spokesman
    said…", `officer_heads`) is the body a party of the latest earlier act of this or the previous sentence
    names, when it is not an organ of the state: its country and sector, under the officer's own words."""
    words = word_lists()
    if token.lemma_.lower() not in words.officer_heads and token.lower_ not in words.officer_heads:
        return []
    if not any(_possessive(c) for c in token.children):
        return []
    sentence = token.sent
    for item in reversed(scope.earlier):
        head = item.trigger.head
        if head.i >= token.i:
            continue
        if head.sent != sentence and head.sent.end != sentence.start:
            return []  # only the body of this sentence or the one before
        bodies = [r for r in (*item.actors, *item.recipients) if r.sector in BODY_SECTORS]
        if not bodies:
            return []
        body = bodies[0]
        evidence = [Span(start=token.idx, end=token.idx + len(token.text))]
        return [body.model_copy(update={"name": f"{token.text} ({body.name})", "evidence": evidence})]
    return []


def _possessive(token: Any) -> bool:
    """A possessive determiner or pronoun of a noun ("its", "their", « son », « leur »)."""
    if token.dep_ not in {"poss", "nmod:poss", "det"} or token.pos_ not in {"PRON", "DET"}:
        return False
    return "Yes" in token.morph.get("Poss") or token.lower_ in {"its", "their", "his", "her"}


def owned(refs: list[ActorRef], token: Any, scope: Scope, reaction: bool, depth: int) -> list[ActorRef]:
    """Generic agents a possessive pronoun gives to the reporter of their clause ("Turkey's defence
    ministry said its forces had neutralised…", « l'armée a affirmé que ses soldats… »): that reporter's
    country, when it has one, not the place where they act."""
    if not references.possessed(token):
        return refs
    owners = [r for s in references.reporter_subjects(token) for r in argument(s, scope, reaction, depth + 1)]
    countries = {r.country for r in owners}
    if len(countries) != 1 or None in countries or "IGO" in countries:
        return refs
    country = countries.pop()
    return [r.model_copy(update={"country": country}) for r in refs]


def society_country(refs: list[ActorRef], token: Any, index: adapters.ActorIndex) -> list[ActorRef]:
    """A movement's body named with no country beside it takes the country its own phrase names after it
    ("the Red Cross Society of China", « la Société nationale de la Croix-Rouge du Bénin »), which the
    shallowest phrase level leaves out, when only linking words lie between them (`national`, which every
    argument's actors go through)."""
    words = word_lists()
    text = token.doc.text
    if not any(r.kb_id in words.national_bodies for r in refs) or any(r.kind == "country" for r in refs):
        return national(refs, text)
    found = [index.ref(m) for t in token.subtree for m in index.at(t)]
    states = [r for r in found if r.kind == "country" and r.country not in {None, "IGO"}][:1]
    society = national(refs + states, text)
    return society if states and states[0] not in society else refs


def national(refs: list[ActorRef], text: str) -> list[ActorRef]:
    """A movement's body a country's name qualifies is that country's national society, an NGO ("the Kenya
    Red Cross", « la Croix-Rouge du Tchad »; words `national_bodies`), not the international body and the
    country beside it."""
    words = word_lists()
    bodies = [r for r in refs if r.kb_id in words.national_bodies]
    states = [r for r in refs if r.kind == "country" and r.country not in {None, "IGO"}]
    if len(bodies) != 1 or len(states) != 1 or not bodies[0].evidence or not states[0].evidence:
        return refs
    body, state = bodies[0], states[0]
    first, second = sorted([body.evidence[0], state.evidence[0]], key=lambda e: e.start)
    between = text[first.end : second.start].split()
    if second.start < first.end or not all(w.lower() in words.national_links for w in between):
        return refs
    society = ActorRef(
        name=text[first.start : second.end], kind="organisation", country=state.country, sector="NGO",
        evidence=[Span(start=first.start, end=second.end)],
    )  # fmt: skip
    return [society if r is body else r for r in refs if r is not state]


def subject_anaphor(token: Any, scope: Scope) -> list[ActorRef]:
    """A singular personal pronoun subject of a sentence's main verb (« Il s'est aussi engagé à
    reconstruire… », "He also promised…", `subject_pronouns`): the one actor of the latest act of an
    earlier sentence (none when that act had several, or when an act of the pronoun's own sentence
    comes first: "X a rencontré Y. Il a…" stays X only when X acted last)."""
    if token.dep_ not in {"nsubj", "expl:subj"} or token.lower_ not in word_lists().subject_pronouns:
        return []
    verb = token.head
    if not (verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")):
        return []  # a reported, relative or adverbial clause's pronoun is another's (its reporter's)
    start = token.sent.start
    for item in reversed(scope.earlier):
        if item.trigger.head.i >= start or not item.actors:
            continue
        return [item.actors[0]] if len(item.actors) == 1 else []
    return []


def undergone_act(token: Any, lexicon: Lexicon) -> Trigger | None:
    """The trigger of an act noun whose "de/of" complement undergoes it (words `undergone_nouns`: "la
    suspension du député", "the detention of the journalist"), if `token` is one."""
    if token.lemma_.lower() not in word_lists().undergone_nouns:
        return None
    trigger = token_trigger(token, lexicon)
    return trigger if trigger is not None and trigger.pos == "noun" else None


def author(act: Trigger, token: Any, scope: Scope) -> list[ActorRef]:
    """Who did the act a reaction's object names: its own agent ("l'arrestation du journaliste par la
    police"), the initiator of the latest earlier act of its kind, else the agent an act of its kind
    stands for when the text names none (police for an arrest, the authorities for a suspension),
    placed by the localise pass."""
    found = referred(token, scope, True)
    if found:
        return found
    for category, mode in act.types.items():
        if references.unnamed_sector(category, mode) is not None:
            return references.unnamed_agent(category, mode, None, token)
    return []


def arguments(tokens: list[Any], scope: Scope, reaction: bool) -> list[ActorRef]:
    refs: dict[tuple[Any, ...], ActorRef] = {}
    for token in tokens:
        for ref in argument(token, scope, reaction):
            refs.setdefault((ref.kb_id, ref.name), ref)
    return list(refs.values())


#: Named-entity labels (spaCy's OntoNotes set) of names that can act; a name the recogniser left
#: unlabelled may too.
AGENT_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE", "PER", "MISC"})


def unlisted(tokens: list[Any], index: adapters.ActorIndex, people: frozenset[str]) -> list[ActorRef]:
    """Actors the actors stage did not find, named by argument tokens whose phrase is a proper name or
    an acronym ("Pltavchenko cancelled…", "ICE returned…"): the name as written, no country or sector
    (a place's name stands for its country); or whose head is a noun of people (`people`: "About 1,100
    employees stopped work", "des milliers de personnes ont défilé"): a group with no country or
    sector, which the localise pass may place.
    Only subjects count; pronouns and other common nouns name none."""
    refs: list[ActorRef] = []
    for token in tokens:
        misread = (
            token.dep_ == "compound" and resultative_noun(token.head) is not None
        )  # "A sniper shot dead"
        if token.dep_ not in {"nsubj", "ROOT"} and not misread:
            continue  # only a subject is sure to act ("le barrage de Tichrine" names no actor)
        core = next(phrase_levels(token), [token])
        words = [t for t in core if t.dep_ not in {"det", "punct", "nummod", "appos"} and t.i <= token.i]
        craft = token.pos_ == "NOUN" and token.lemma_.lower() in word_lists().craft_nouns
        if token.pos_ == "NOUN" and (token.lemma_.lower() in people or _crowd(token, people) or craft):
            start, end = int(min((t.idx for t in words), default=token.idx)), int(token.idx + len(token))
            text = token.doc.text[start:end]
            sector = "MIL" if craft else None  # « un hélicoptère a bombardé… »: the armed forces flying it
            refs.append(
                ActorRef(name=text, kind="group", sector=sector, evidence=[Span(start=start, end=end)])
            )
            continue
        if token.pos_ == "PRON" or not (token.pos_ == "PROPN" or _acronym(token)):
            continue
        if token.ent_type_ and token.ent_type_ not in AGENT_ENTITIES:
            continue  # "the Olympics will open": an event, a date or a thing is no actor
        first, last = min(t.i for t in words), token.i
        start, end = int(token.doc[first].idx), int(token.doc[last].idx + len(token.doc[last]))
        span = Span(start=start, end=end)
        place = index.place_at(start, end)
        if place is not None:
            refs.append(ActorRef(name=place.name, kind="country", country=place.country, evidence=[span]))
        else:
            refs.append(ActorRef(name=token.doc.text[start:end], kind="organisation", evidence=[span]))
    return refs


#: Numbers of people as nouns ("des milliers de personnes", "plusieurs centaines de jeunes").
CROWD_NUMBERS = frozenset({"millier", "centaine", "dizaine", "thousand", "hundred", "dozen", "score"})


def _crowd(token: Any, people: frozenset[str]) -> bool:
    """A number noun of people ("des milliers de personnes", "hundreds of residents")."""
    if token.lemma_.lower() not in CROWD_NUMBERS:
        return False
    nouns = [c for c in token.children if c.dep_ == "nmod"]
    nouns += [g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(n.lemma_.lower() in people for n in nouns)


def _acronym(token: Any) -> bool:
    text = str(token.text)
    return len(text) >= 2 and text.isalpha() and text.isupper()


def nearby(trigger: Trigger, index: adapters.ActorIndex, before: bool) -> list[ActorRef]:
    """Fallback when the parse gives no argument: the closest actor mention in the verb's own clause,
    before it (actor) or after it (recipient), that names a country or KB entry (a generic agent
    needs the parse to tie it to the verb)."""
    head = trigger.head
    side = [
        t
        for t in own_clause(head, reported=False)
        if (t.i < head.i if before else t.i > head.i) and not clitic_subject(t)  # "leur donnant": no agent
    ]
    tokens = sorted(side, key=lambda t: t.i)
    if not tokens:
        return []
    mentions = index.within(int(tokens[0].idx), int(tokens[-1].idx + len(tokens[-1])))
    refs = [ref for ref in map(index.ref, mentions) if not references.generic_agent(ref)]
    if not refs:
        return []
    return [refs[-1] if before else refs[0]]


def own_clause(verb: Any, reported: bool = True) -> list[Any]:
    """The verb's clause without the clauses it governs (complements, adjuncts, conjuncts); without
    `reported`, also without the phrase naming who reports it ("selon l'ONU", "according to X")."""
    marks = set() if reported else word_lists().attribution_marks
    tokens = [verb]
    for child in verb.children:
        if child.dep_.split(":")[0] in EMBEDDED_CLAUSES:
            continue
        if child.lower_ in marks or any(g.dep_ == "case" and g.lower_ in marks for g in child.children):
            # "Selon un communiqué du gouvernement, M. X a demandé…": the parser may hang the subject there
            tokens += [t for g in child.children if g.dep_ == "appos" for t in g.subtree]
            continue
        tokens += list(child.subtree)
    return tokens
