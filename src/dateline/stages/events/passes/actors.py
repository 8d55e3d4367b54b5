"""Actors pass: each candidate's argument tokens resolved to actors (`resolution`), in text order
(an anaphor resolves against the candidates before it)."""

from __future__ import annotations

from typing import Any

from dateline.model import ActorRef
from dateline.stages.events import references, resolution, restrictions
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.arguments import (
    addressees,
    attack_agents,
    belongs_to,
    by_agents,
    death_of,
    exposed_to,
    impact_verb,
    instrument,
    is_passive,
    modified_weapon,
    obliques,
    participle_agents,
    passive_subject,
    patient,
    preposition,
    reduced_passive,
    reporters,
    sequel,
    struck_mines,
    subjects,
    weapon_owners,
)
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.references import span_of
from dateline.stages.events.triggers import SUBJECT_DEPS, Trigger, token_trigger
from dateline.stages.events.words import word_lists

#: Categories reacting to an earlier act: their indefinite event-noun object still refers to it
#: ("a dénoncé une agression").
REACTIONS = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
#: Modes of acts done to people (besides attacks): a participle of them qualifying a party is a passive
#: with that party as patient ("arrêté samedi par des policiers"); a participle of a charge describes a
#: standing case ("un député poursuivi pour outrage"), one of a seizure a thing or a court seized of a case.
UNDERGONE = frozenset({"arrest", "deport", "convict"})
#: Categories whose target may be a thing that belongs to a party ("attacked a convoy escorted by X").
TARGETED = frozenset({"ASSAULT", "COERCE"})


def resolve(coding: Coding) -> None:
    """Writes `actors`, `recipients`, `patients` and `agentless` of every candidate."""
    scope = resolution.Scope(coding.index, [], coding.lexicon)
    for candidate in coding.candidates:
        _resolve(candidate, scope)
        scope.earlier.append(candidate)


def _resolve(candidate: Candidate, scope: resolution.Scope) -> None:
    """The candidate's roles resolved to actors; the closest mention in the verb's own clause when
    the parse gives no argument at all."""
    trigger, sentence = candidate.trigger, candidate.sentence
    actor_tokens = scope.index.undated([t for t in candidate.roles.actors if inside(t, sentence)])
    if not actor_tokens and trigger.pos == "verb":  # "An explosive device … blew up", parsed as a modifier
        actor_tokens = [t for t in modified_weapon(trigger.head, scope.lexicon) if inside(t, sentence)]
    recipients_given = [t for t in candidate.roles.recipients if inside(t, sentence)]
    recipient_tokens = scope.index.undated(recipients_given, keep=True)
    if any(patient(t) and not scope.index.in_dateline(t) for t in recipient_tokens):
        # "NAIROBI, 3 May – Two men were remanded in custody": the men undergo it, not the dateline's city
        recipient_tokens = [t for t in recipient_tokens if not scope.index.in_dateline(t)]
    reaction = bool(set(trigger.types) & REACTIONS)
    # "a ban on motorcycle taxis came into force": imposed by authorities the text leaves unnamed
    enforced = (
        trigger.pos == "noun" and restrictions.in_force(trigger.head, trigger.types, candidate.roles.frame)
    ) or restrictions.declared(trigger, trigger.pos == "verb" and is_passive(trigger.head))
    lifted = restrictions.lifted(trigger, trigger.pos == "verb" and is_passive(trigger.head), scope.lexicon)
    enforced = enforced or lifted
    if enforced:  # neither the "force" it came into nor the curfew itself is a party
        recipient_tokens = [
            t for t in recipient_tokens if not restrictions.force_word(t) and t not in trigger.tokens
        ]
    # "10 soldiers killed in Ukraine", "le militant, arrêté samedi par des policiers": an attack, an
    # arrest or a charge reported by a participle of the people it hit is a passive of its noun; of a
    # thing it describes it ("le navire endommagé", "missiles fired from X")
    victims = trigger.head.head
    reduced = (
        trigger.pos == "verb"
        and ("ASSAULT" in trigger.types or bool(set(trigger.types.values()) & UNDERGONE))
        and reduced_passive(trigger.head)
        and inside(victims, sentence)
        and (
            bool(resolution.arguments([victims], scope, False))
            or victims.lemma_.lower() in scope.lexicon.people_nouns  # "deux hommes, interpellés lundi"
        )
    )
    if reduced:
        recipient_tokens = [*recipient_tokens, victims]
    passive = trigger.pos == "verb" and (is_passive(trigger.head) or reduced)
    # "heavy clashes were reported": an adjective naming no party is no agent
    named = [t for t in actor_tokens if t.pos_ != "ADJ" or scope.index.at(t)]
    blast = _blast(candidate, scope.lexicon) and not named
    if blast and not recipient_tokens:  # "an IED exploded near a bus, wounding five passengers"
        recipient_tokens = [t for t in _toll_objects(candidate.roles.frame) if inside(t, sentence)]
    # "a grenade was thrown at a police station", "shots were fired at a car": the weapon, not a target
    shot = [t for t in recipient_tokens if passive and passive_subject(t) and instrument(t, scope.lexicon)]
    recipient_tokens = [t for t in recipient_tokens if t not in shot]
    if passive and not actor_tokens:
        actor_tokens = [t for t in by_agents(trigger.head) if inside(t, sentence)] or shot
    discovery = trigger.head.lemma_.lower() in scope.lexicon.discovery_verbs and "ASSAULT" in trigger.types
    # "died as a result of torture"; "three people died in an explosion" (an attack naming no agent)
    dying = (
        death_of(trigger.head, scope.lexicon)
        if trigger.pos == "noun" and "ASSAULT" in trigger.types
        else None
    )
    dead_people = subjects(dying) if dying is not None else []
    abuse = trigger.types.get("ASSAULT") in {"torture", "beat"} or not [
        t for t in named if t not in dead_people
    ]
    dying = dying if abuse else None
    if dying is not None:  # "a prisoner died as a result of torture": the dead underwent it
        recipient_tokens += [t for t in subjects(dying) if inside(t, sentence)]
    discovery = discovery or dying is not None
    dead: list[Any] = []
    if discovery:  # "police found the body": the finder is no attacker
        actor_tokens = []
        # "found the body of a taxi driver": the one whose remains they are underwent the act
        recipient_tokens = dead = remains(trigger, recipient_tokens, sentence, scope.lexicon)
    actors = resolution.arguments(actor_tokens, scope, reaction)
    weapons = not actors and bool(actor_tokens) and all(instrument(t, scope.lexicon) for t in actor_tokens)
    if weapons:  # "a bomb planted by X exploded": X, else an attacker nobody names
        agents = [a for t in actor_tokens for a in participle_agents(t) if inside(a, sentence)]
        actors = resolution.arguments(agents, scope, reaction)
        if not actors:  # "Turkish artillery shelled…", "Government artillery shelled…": who wields it
            owners = [o for t in actor_tokens for o in weapon_owners(t) if inside(o, sentence)]
            actors = resolution.arguments(owners, scope, reaction) or state_forces(owners)
        if not actors:  # "mortar shells fired from Rafah landed…": an unnamed group of where they came from
            actors = launched_from(actor_tokens, sentence, scope)
        if _landing(trigger, scope.lexicon) and not struck_mines(trigger.head, scope.lexicon):
            # "des obus sont tombés mardi sur un quartier, tuant deux enfants": what the weapon hit is
            # its object or its toll, not the place it fell on
            recipient_tokens = [t for t in recipient_tokens if t.dep_ in {"obj", "dobj"}]
            recipient_tokens += [t for t in _toll_objects(trigger.head) if inside(t, sentence)]
    if passive and not actors and not discovery and not shot:  # "were killed in Israeli shelling": Israel
        agents = [a for a in attack_agents(trigger.head, scope.lexicon) if inside(a, sentence)]
        actors = resolution.arguments(agents, scope, reaction)
    recipients = resolution.arguments(recipient_tokens, scope, reaction)
    if not recipients:  # "le parquet l'accuse": a party of the act before
        recipients = resolution.clitic_referent(recipient_tokens, actors, scope)
    if not recipients and set(trigger.types) & TARGETED:  # "attacked a patrol led by X": X
        owners = [o for t in recipient_tokens if patient(t) for o in belongs_to(t) if inside(o, sentence)]
        recipients = resolution.arguments(owners, scope, reaction)
    if not recipients and "REQUEST" in trigger.types:
        recipients = resolution.arguments(addressees(trigger.head), scope, reaction)
    if not actors and not passive and not weapons and not discovery:
        actors = resolution.unlisted(actor_tokens, scope.index, scope.lexicon.people_nouns)
    if trigger.pos == "verb":
        if not actors and not passive and not weapons and not discovery:
            actors = resolution.nearby(trigger, scope.index, before=True)
        if not recipient_tokens and not recipients:
            recipients = resolution.nearby(trigger, scope.index, before=False)
        elif reaction and not recipients and not passive and _objects(recipient_tokens):
            # "a condamné « une violation flagrante »", "a salué « un pas positif »": what it reacts to
            recipients = resolution.reacted_to(trigger, actors, scope)
        if reaction and not recipients and not passive:
            # "a jugé « déplorable » une décision", "s'est dit préoccupé par cette décision": the parser
            # hangs the decision anywhere under the verb; its author is the one answered
            recipients = resolution.initiator_of_decision(trigger.head, actors, scope)
        if reaction and not recipients and not passive and _denial(trigger, recipient_tokens, scope.lexicon):
            # "A spokesman denied that its members were involved", « Le groupe a démenti toute
            # implication »: a denial answers the accusation or demand before it
            recipients = resolution.reacted_to(trigger, actors, scope)
        if reaction and not recipients and not passive and not recipient_tokens and quoting(trigger.head):
            # "Le syndicat dénonce : « C'est une atteinte grave… »": what the quotation reacts to
            recipients = resolution.reacted_to(trigger, actors, scope)
        if not recipients and trigger.head.lemma_.lower() in scope.lexicon.answer_verbs:
            # "les forces antiémeutes ont répliqué par des tirs": at those who struck before
            recipients = resolution.reacted_to(trigger, actors, scope)
    if not recipients and "CONSULT" in trigger.types and trigger.pos == "verb":
        partners = [t for t in resolution.own_clause(trigger.head) if _partner(t) and inside(t, sentence)]
        recipients = resolution.arguments(partners, scope, reaction)
    if not recipients and not recipient_tokens and set(trigger.types) & SHARED_TARGETS:
        recipients = _conjunct_target(trigger, actors, scope)
    if hosts_thing(trigger, actor_tokens, scope.index, scope.lexicon):
        # "received weapons from the government": the giver, if the text names one
        givers = [n for n in _sources(trigger.head) if inside(n, sentence)]
        actors = resolution.arguments(givers, scope, reaction)
        if not actors and recipients:  # a named receiver: the announcer gives ("the province": none)
            actors = resolution.arguments(_announcers(trigger.head), scope, reaction)
    if passive and not actors and not shot and "MOBILIZE" in trigger.types:
        # "2,000 Russian soldiers were deployed along the border": their country moved them; "troops
        # were sent to Garissa": their own side, not the place they go to
        actors, recipients = _moved_forces(trigger, recipients, recipient_tokens, scope.lexicon)
    keys = {(a.kb_id, a.name) for a in actors}
    candidate.actors = actors
    candidate.recipients = [r for r in recipients if (r.kb_id, r.name) not in keys]
    candidate.patients = (
        []
        if candidate.recipients
        else [t for t in recipient_tokens if patient(t) or t in dead or (passive and _shared(t, trigger))]
    )
    if (blast or weapons) and not candidate.recipients and not candidate.patients:
        # "un engin explosif a explosé au passage d'un convoi": what the blast hit, placed by localise
        candidate.patients = [t for t in recipient_tokens if t.pos_ == "NOUN" and inside(t, sentence)]
    if not candidate.recipients and trigger.pos == "noun" and candidate.roles.frame is not None:
        # "a annoncé la suspension des deux fonctionnaires": the genitive of a framed act noun undergoes it
        candidate.patients += [t for t in recipient_tokens if _undergoer(t, trigger)]
    if not candidate.recipients and set(trigger.types) & ADDRESSED:
        # "a demandé aux deux conseillers de se retirer": people addressed, placed by the localise pass
        candidate.patients += addressed_people(recipient_tokens, scope.lexicon)
    exposed = trigger.pos == "noun" and exposed_to(trigger.head, scope.lexicon) is not None
    unnamed = (
        passive
        or discovery
        or weapons
        or blast
        or enforced
        or exposed
        or _undergone_noun(candidate, scope.lexicon)
    )
    undergone = bool(candidate.recipients or recipient_tokens)
    candidate.agentless = (
        unnamed
        and not actors
        and (undergone or blast or weapons or enforced)
        and (lifted or any(references.unnamed_sector(c, m) for c, m in trigger.types.items()))
    )


def launched_from(weapons: list[Any], sentence: Any, scope: resolution.Scope) -> list[ActorRef]:
    """An unidentified armed group of the country a weapon was fired or launched from ("rockets fired
    from Lebanon", « des roquettes tirées depuis la bande de Gaza »): the participle's "from" place."""
    origins = [
        noun
        for weapon in weapons
        for clause in weapon.children
        if clause.dep_.split(":")[0] == "acl"
        for word, noun in obliques(clause)
        if word in word_lists().origin_markers and inside(noun, sentence)
    ]
    for noun in origins:  # "depuis la bande de Gaza": the place may be named deeper in the phrase
        places = [p for t in noun.subtree if (p := scope.index.place_at(int(t.idx), int(t.idx) + len(t)))]
        refs = [scope.index.ref(m) for t in noun.subtree for m in scope.index.at(t)]
        country = places[0].country if places else next((r.country for r in refs if r.country), None)
        if country:
            name = references.UNNAMED_NAMES["UAF"]
            span = span_of([noun])
            return [ActorRef(name=name, kind="group", sector="UAF", country=country, evidence=[span])]
    return []


def remains(trigger: Trigger, tokens: list[Any], sentence: Any, lexicon: Lexicon) -> list[Any]:
    """What a discovery verb found, the remains standing for their dead ("the body of a taxi driver":
    the driver; « le corps d'un homme »: l'homme); the remains noun of a multiword trigger ("found the
    body of…") counts when the parser gave the verb no object."""
    found = list(tokens) or [t for t in trigger.tokens[1:] if t.lemma_.lower() in lexicon.remains_nouns]
    out = []
    for token in found:
        dead = [
            n
            for word, n in obliques(token)
            if token.lemma_.lower() in lexicon.remains_nouns
            and word in word_lists().genitive
            and n.pos_ in {"NOUN", "PROPN"}
            and inside(n, sentence)
        ]
        out += dead or [token]
    return out


def _blast(candidate: Candidate, lexicon: Lexicon) -> bool:
    """An attack or protest noun that is the subject of an occurrence verb ("an explosive device went off",
    "a roadside bomb exploded", "protests erupted"), or a protest noun that of a disruption verb ("a strike
    paralysed the port"): an act whose agent the text does not name."""
    frame, trigger = candidate.roles.frame, candidate.trigger
    protest = trigger.types.get("PROTEST") in {"riot", "demo", "strike"}
    frames = lexicon.occurrence_verbs | lexicon.witness_verbs | word_lists().toll_verbs
    return (
        trigger.pos == "noun"
        # "riots broke out", "protests erupted", « des manifestations ont eu lieu à Ahvaz »
        and ("ASSAULT" in trigger.types or protest)
        and frame is not None
        and (
            frame.lemma_.lower() in frames
            or (protest and frame.lemma_.lower() in word_lists().disruption_verbs)
        )
        and trigger.head.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}
        # "a fire broke out" is no gunfire; "since a civil war erupted" tells a conflict, no incident
        and trigger.head.lemma_.lower() not in lexicon.blaze_nouns | lexicon.conflict_nouns
    )


def _landing(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A verb of a weapon coming down that is no attack verb of the lexicon ("landed", "fell", « tombés »):
    where it came down is a place; an attack verb ("exploded beside a convoy", "hit a school") names its
    target."""
    return (
        trigger.pos == "verb"
        and impact_verb(trigger.head, lexicon)
        and token_trigger(trigger.head, lexicon) is None
    )


def _toll_objects(verb: Any) -> list[Any]:
    """The objects of the participles telling a verb's toll ("…, wounding five passengers"), not of one
    telling there was none ("sans faire de blessés", "without causing casualties")."""
    if verb is None:
        return []
    tolls = [
        c
        for c in verb.children
        if c.dep_ in {"advcl", "conj"}
        and c.pos_ == "VERB"
        and not any(
            m.lower_ in word_lists().privatives for m in c.children if m.dep_ in {"mark", "prep", "case"}
        )
    ]
    return [o for c in tolls for o in c.children if o.dep_ in {"obj", "dobj"}]


#: Acts addressed to someone: people they address by "à/to" are their target ("a demandé aux conseillers").
ADDRESSED = frozenset({"REQUEST", "THREATEN", "REJECT"})


def addressed_people(tokens: list[Any], lexicon: Lexicon) -> list[Any]:
    """The nouns of people among `tokens` introduced by "à/to" ("aux deux conseillers"), not the act
    a call is made to ("à la retenue")."""
    datives = word_lists().datives
    return [t for t in tokens if preposition(t) in datives and t.lemma_.lower() in lexicon.people_nouns]


#: Acts that, coordinated with an earlier act of the same subject, aim at its target ("a dénoncé une
#: « provocation » et a menacé de prendre des mesures de riposte": the threat aims at the provoker).
SHARED_TARGETS = frozenset({"THREATEN", "ACCUSE", "REJECT", "SANCTION"})


def _conjunct_target(trigger: Trigger, actors: list[Any], scope: resolution.Scope) -> list[Any]:
    """The recipients of the act a verb is coordinated with, when both have the same actors."""
    head = trigger.head
    if trigger.pos != "verb" or head.dep_ != "conj":
        return []
    first = next((c for c in scope.earlier if c.trigger.head.i == head.head.i), None)
    if first is None or not first.recipients:
        return []
    same = {(a.kb_id, a.name) for a in first.actors} == {(a.kb_id, a.name) for a in actors}
    return list(first.recipients) if same and actors else []


def state_forces(owners: list[Any]) -> list[ActorRef]:
    """The state's armed forces, with no country (the localise pass places them), for a weapon's
    modifier naming the state ("Government artillery", "regime aircraft")."""
    words = word_lists().state_owners
    found = [o for o in owners if o.lemma_.lower() in words or o.lower_ in words]
    return (
        [ActorRef(name="armed forces", kind="group", sector="MIL", evidence=[span_of(found)])]
        if found
        else []
    )


#: Sectors of armed forces, whose passive deployment is their own country's act.
FORCES = frozenset({"MIL", "COP"})


#: Categories of an act noun that tells, with its undergoer and no agent, an act of the state ("The
#: arrest of opposition MP X sparked protests", « la suspension du député a suscité… »).
STATE_ACTS = frozenset({"COERCE", "SANCTION", "ACCUSE"})


def _undergone_noun(candidate: Candidate, lexicon: Lexicon) -> bool:
    """A bare act noun whose "de/of" complement undergoes it (`resolution.undergone_act`), of an act
    the state does, told as the subject of its clause or as what something came after ("The arrest of
    X sparked protests", "après l'interpellation de X"; not "en maintenant la suspension du pays"): its
    agent is the one such an act stands for (police, judiciary, authorities)."""
    trigger = candidate.trigger
    head = trigger.head
    told = head.dep_ in SUBJECT_DEPS or sequel(head)
    return (
        told
        and candidate.roles.frame is None
        and bool(set(trigger.types) & STATE_ACTS)
        and resolution.undergone_act(head, lexicon) is not None
    )


def _shared(token: Any, trigger: Trigger) -> bool:
    """The subject of another verb that a coordinated passive shares ("The five appeared in court and
    were remanded in custody"): it undergoes the passive."""
    return token.dep_ in SUBJECT_DEPS and token.head is not trigger.head


def _moved_forces(
    trigger: Trigger, recipients: list[ActorRef], tokens: list[Any], lexicon: Lexicon
) -> tuple[list[ActorRef], list[ActorRef]]:
    """The actors and recipients of a passive deployment: the armed or police forces it moves, of a
    named country or generic ("Army units were deployed": the localise pass gives them the event's
    country), else a force noun naming no actor (« d'importants renforts ont été acheminés »: forces of
    the sector its mode says); no actor when the passive moves no force."""
    forces = [p for p in recipients if p.sector in FORCES]
    if forces:
        return forces, [p for p in recipients if p.sector not in FORCES]
    moved = [t for t in tokens if passive_subject(t) and t.lemma_.lower() in lexicon.force_nouns]
    if not moved:
        return [], recipients
    sector = "COP" if trigger.types["MOBILIZE"] == "police" else "MIL"
    name = references.UNNAMED_NAMES[sector]
    return [ActorRef(name=name, kind="group", sector=sector, evidence=[span_of(moved[:1])])], recipients


def _partner(token: Any) -> bool:
    """A nominal introduced by "avec/with" anywhere in a meeting verb's own clause: the parser often
    hangs it on another nominal ("s'est entretenu dimanche au téléphone avec le prince héritier")."""
    partners = word_lists().partners
    return (
        token.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ in {"case", "prep"} and c.lower_ in partners for c in token.children)
    ) or (token.dep_ == "pobj" and token.head.lower_ in partners)


def quoting(verb: Any) -> bool:
    """A verb whose first punctuation after it is a colon opening what it says ("dénonce : « … »",
    "denounced: \"…\""; not a quotation that is its object's predicate: "a jugé « déplorable » une
    décision")."""
    for token in verb.doc[verb.i + 1 : verb.sent.end]:
        if token.pos_ == "PUNCT":
            return bool(token.lower_ == ":")
    return False


def _denial(trigger: Trigger, tokens: list[Any], lexicon: Lexicon) -> bool:
    """A refusal told by a verb of denying whose arguments name no party: none at all or common nouns
    ("denied that its members were involved", "denied any involvement", « a démenti toute implication »)."""
    return (
        "REJECT" in trigger.types
        and trigger.head.lemma_.lower() in lexicon.denial_verbs
        and all(t.pos_ == "NOUN" for t in tokens)
    )


def _objects(tokens: list[Any]) -> bool:
    """The arguments are direct objects, common nouns all (no name, no pronoun, no clause)."""
    return all(t.dep_ in {"obj", "dobj"} and t.pos_ == "NOUN" for t in tokens)


def inside(token: Any, segment: Any) -> bool:
    return bool(segment.start <= token.i < segment.end)


def _sources(verb: Any) -> list[Any]:
    """The "from X" of a receiving verb; for a reception ahead (a promise: AGREE), also where the parser
    hung it on the thing received or on one of the verb's complements ("will receive fuel for their
    generators from the WHO")."""
    markers = word_lists().source_markers
    nouns = [verb]
    if _ahead(verb):
        nouns += [*(n for _, n in obliques(verb)), *(c for c in verb.children if c.dep_ in {"obj", "dobj"})]
    return [n for noun in nouns for w, n in obliques(noun) if w in markers]


def _ahead(verb: Any) -> bool:
    """A verb of the future, or of the future seen from the past ("will receive", "would receive")."""
    future = {"will", "would", "shall", "'ll"}
    return any(c.dep_ == "aux" and c.lower_ in future for c in verb.children) or bool(
        {"Fut", "Cnd"} & {*verb.morph.get("Tense"), *verb.morph.get("Mood")}
    )


def _announcers(verb: Any) -> list[Any]:
    """Who announces that a party will receive a thing, naming no giver ("the governor said the province
    will receive 300 megawatts", "said the police will receive new vehicles"): the giver it speaks for
    (the gold's convention: the speaker's AGREE)."""
    if not _ahead(verb) or verb.dep_ != "ccomp" or verb.head.pos_ != "VERB":
        return []
    return reporters(verb)


def hosts_thing(trigger: Trigger, tokens: list[Any], index: ActorIndex, lexicon: Lexicon) -> bool:
    """A host verb whose object names no actor receives a thing, not a visitor ("receive arms")."""
    if trigger.head.lemma_.lower() not in lexicon.host_verbs or is_passive(trigger.head):
        return False
    objects = [t for t in tokens if t.dep_ in {"obj", "dobj"}]
    return bool(objects) and not resolution.resolve_actors(objects, index)


def _undergoer(token: Any, trigger: Trigger) -> bool:
    """A genitive of the act noun itself ("la suspension des deux fonctionnaires"), a noun of people."""
    return token.head == trigger.head and token.pos_ == "NOUN" and preposition(token) in word_lists().genitive
