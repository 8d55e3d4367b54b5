"""Category pass: the lexicon's candidates and the classifier's probabilities (`categories`: it
arbitrates, or in an open language chooses), the classifier alone for a segment with no lexicon
trigger, then the PLOVER rules the lexicon cannot state per word."""

from __future__ import annotations

from typing import Any

from dateline.stages.events import auxiliary, categories, restrictions, rules
from dateline.stages.events.arguments import PASSIVE_SUBJECTS, causative, is_passive
from dateline.stages.events.candidate import Candidate, Coding, by_head
from dateline.stages.events.classifier import YIELD_TYPES
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.references import unnamed_sector
from dateline.stages.events.triggers import day_objects, token_trigger, undertaking_of
from dateline.stages.events.words import word_lists


def decide(coding: Coding, policy: categories.Policy) -> None:
    """Writes `category` and `sureness` of every candidate (an untriggered segment the classifier is
    not sure of keeps no category), then applies the
    rules in text order (a commitment reads the categories of its content)."""
    open_language = coding.doc.language.code in policy.open_languages
    for item in coding.candidates:
        if not item.trigger.types:
            chosen = categories.sentence_category(item.probs, policy.sentence_threshold)
            item.category, item.sureness = chosen or ("", 0.0)
            continue
        if open_language:
            item.category, item.sureness = categories.choose(
                item.trigger.types, item.probs, policy.lexicon_weight
            )
            if item.category == "PROTEST" and "ASSAULT" in item.trigger.types and not item.actors:
                item.category = (
                    "ASSAULT"  # "six cars were set alight": no one named, an attack (English gold)
                )
        else:
            item.category, item.sureness = categories.arbitrate(item.trigger.types, item.probs)
    for item in coding.candidates:
        if _armed_attack(item) or _crowd_control(item, coding.lexicon) or _clash_between(item):
            item.category, item.sureness = "ASSAULT", 1.0
        elif _unagented_attack(item):
            # "a rocket fell", "shots were fired at a car": the unnamed agent stands for an attack
            agented = {c: m for c, m in item.trigger.types.items() if unnamed_sector(c, m)}
            item.category, item.sureness = categories.arbitrate(agented, item.probs)
        elif item.trigger.types and item.category not in item.trigger.types and _told_beside(item, coding):
            # "expelled a diplomat, accusing him of…": the sentence's accusation is the participle's
            item.category, item.sureness = categories.arbitrate(item.trigger.types, item.probs)
        elif set(item.trigger.types) == {"REQUEST"} and item.category not in ASKED_OR_MET and asks_act(item):
            item.category, item.sureness = "REQUEST", 1.0  # "called on the EU to follow suit": a call
        elif item.category not in item.trigger.types and _undertaken(item, coding.lexicon):
            # "launched a vaccination drive", "a relief operation": aid run as a campaign, no attack
            item.category, item.sureness = categories.arbitrate(item.trigger.types, item.probs)
    heads = by_head(coding.candidates)
    governors = rules.Governors(coding.doc.analysis)
    for item in coding.candidates:
        apply_rules(item, heads, coding.lexicon, governors)
        if item.roles.joint:  # « a lancé, avec l'appui de l'OMS, une campagne »: the act done together
            item.category, item.sureness = "COOPERATE", 1.0


#: Sectors whose "attack" is an armed one.
ARMED_SECTORS = frozenset({"MIL", "REB", "UAF", "CRM", "INS"})


def _armed_attack(item: Candidate) -> bool:
    """A verb read both as an attack and as criticism ("attacked") done by an armed party or to a thing
    naming no party ("The RSF attacked the market", "gunmen attacked a convoy"): the attack, whatever the
    classifier says (criticism attacks a party or its words)."""
    types = item.trigger.types
    if not {"ASSAULT", "ACCUSE"} <= set(types) or item.category != "ACCUSE" or item.trigger.pos != "verb":
        return False
    return any(a.sector in ARMED_SECTORS for a in item.actors) or any(
        p.dep_ in {"obj", "dobj"} and p.head.i == item.trigger.head.i for p in item.patients
    )


def _crowd_control(item: Candidate, lexicon: Lexicon) -> bool:
    """A means of crowd control (tear gas, water cannon, rubber bullets; lexicon mode crowd-control) with
    an actor that answers ("officers responded with tear gas", `answer_verbs`): force used on those who
    struck first, whatever the classifier reads in the protest around it. (Police who "used tear gas to
    disperse demonstrators" are left to it: the PLOVER GSR codes that PROTEST riot.)"""
    frame = item.roles.frame
    return (
        bool(item.actors)
        and set(item.trigger.types.items()) == {("ASSAULT", "crowd-control")}
        and frame is not None
        and frame.lemma_.lower() in lexicon.answer_verbs
    )


#: Prepositions and verbs that set the two sides of a clash against each other.
BETWEEN = frozenset({"entre", "between"})
PITTING_VERBS = frozenset({"opposer", "pit"})


def _clash_between(item: Candidate) -> bool:
    """A clash noun read both as a riot and as an attack ("heurt", "échauffourée") whose two sides the
    text names ("des heurts entre deux communautés", « des heurts ont opposé l'armée à des hommes
    armés »): a fight between parties, an attack (PLOVER codes communal, clan and gang clashes ASSAULT),
    not a riot against the authorities, whatever the classifier reads."""
    types = item.trigger.types
    if item.trigger.pos != "noun" or not {"ASSAULT", "PROTEST"} <= set(types):
        return False
    head = item.trigger.head
    if head.head.lemma_.lower() in PITTING_VERBS and head.dep_ in {"nsubj", "nsubj:pass"}:
        return True
    for child in head.children:
        if child.lower_ in BETWEEN or any(
            c.dep_ in {"case", "prep"} and c.lower_ in BETWEEN for c in child.children
        ):
            return True
    return False


def _carries_relief(item: Candidate) -> bool:
    """A verb of carrying (`carrying_verbs`) whose object or passive subject is relief goods
    (`relief_goods`), also as what an amount is of ("flew 40 tonnes of tents")."""
    words = word_lists()
    head = item.trigger.head
    if item.trigger.pos != "verb" or head.lemma_.lower() not in words.carrying_verbs:
        return False
    for child in head.children:
        if child.dep_ not in {"obj", "dobj", "nsubj:pass", "nsubjpass"}:
            continue
        linked = [g for t in child.children if t.dep_ in {"prep", "nmod"} for g in (t, *t.children)]
        if any(
            n.lemma_.lower() in words.relief_goods or n.lower_ in words.relief_goods for n in (child, *linked)
        ):
            return True
    return False


def _cuts_trade(item: Candidate) -> bool:
    """A halting, banning or capping word (`trade_cutting_words`) whose object or complement is a flow of
    goods (`trade_nouns`: "halted imports of Thai sugar", « l'interdiction des importations de crabe »,
    "set a quota on imports") done by a government to the goods of another country: a sanction."""
    words = word_lists()
    head = item.trigger.head
    if head.lemma_.lower() not in words.trade_cutting_words or not item.recipients:
        return False
    if any(r.country and r.country == a.country for r in item.recipients for a in item.actors):
        return False  # a ban on one's own goods or traders: a restriction at home
    links = {"obj", "dobj", "nmod", "pobj", "prep", "obl", "obl:arg", "nsubj:pass", "nsubjpass"}
    for child in head.children:
        nouns = [child, *(g for g in child.children if g.dep_ == "pobj")] if child.dep_ in links else []
        if any(n.lemma_.lower() in words.trade_nouns or n.lower_ in words.trade_nouns for n in nouns):
            return True
    return False


def _unagented_attack(item: Candidate) -> bool:
    """An act whose agent the text leaves unnamed, an attack among its lexicon's readings, given a
    category no unnamed agent stands for (the classifier's request or deployment)."""
    types = item.trigger.types
    return (
        item.agentless
        and "ASSAULT" in types
        and unnamed_sector(item.category, types.get(item.category)) is None
    )


def _undertaken(item: Candidate, lexicon: Lexicon) -> bool:
    """A noun trigger of cooperative readings only (aid, cooperation) that an undertaking noun runs or
    heads ("a cholera vaccination drive", "a relief operation", « une campagne de vaccination »): the
    classifier, which reads "launched" and "operation" as conflict, does not choose its category."""
    head = item.trigger.head
    if item.trigger.pos != "noun" or not set(item.trigger.types) <= categories.COOPERATIVE_ACTS:
        return False
    return head.lemma_.lower() in lexicon.undertaking_nouns or undertaking_of(head, lexicon) is not None


def _burns_props(item: Candidate) -> bool:
    """Whether the act's object is what protesters burn or pile up (`protest_props`: tyres, barricades)."""
    props = word_lists().protest_props
    return any(
        child.dep_ in {"dobj", "obj", "nsubjpass", "nsubj:pass"}
        and (child.lemma_.lower() in props or child.lower_ in props)
        for child in item.trigger.head.children
    )


def _told_beside(item: Candidate, coding: Coding) -> bool:
    """The category the classifier gave a verb outside its lexicon entry is the lexicon's for a verb
    coordinated with it or a free participle on it that accuses, rejects or threatens ("expelled a
    diplomat, accusing him of spying", "condemned the abduction and called on the police to…"): the
    sentence-wide probabilities speak of that other act."""
    head = item.trigger.head
    if item.trigger.pos != "verb":
        return False
    for other in coding.candidates:
        there = other.trigger.head
        if other is item or other.trigger.pos != "verb" or item.category not in other.trigger.types:
            continue
        joined = (there.dep_ == "conj" and there.head == head) or (head.dep_ == "conj" and head.head == there)
        accusing = item.category in rules.PARTICIPLE_ACTS and rules.free_participle(there)
        if joined or (there.head == head and accusing):
            return True
    return False


#: What a request verb asking for an act may be besides a request: the classifier's reading of a visit
#: ("called on the minister to discuss…", PLV's convention).
ASKED_OR_MET = frozenset({"REQUEST", "CONSULT", ""})


#: Categories of a verb that may cut off a medium.
RESTRICTING = frozenset({"COERCE", "SANCTION"})


def asks_act(item: Candidate) -> bool:
    """A verb whose only lexicon reading is a request, with an addressee and the act it asks for ("called
    on the European Union to follow suit", "urged Iraq to halt executions"): PLOVER's REQUEST, whatever
    the classifier reads in the rest of the sentence (criticism, praise)."""
    head = item.trigger.head
    if item.trigger.pos != "verb" or not (item.recipients or item.patients):
        return False
    return any(c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"} for c in head.children)


def committed(verb: Any) -> bool:
    """A commitment verb with the act it commits to ("pledged to increase flows", "vowed to respond"):
    PLOVER's AGREE or THREATEN whatever else the sentence suggests."""
    return any(c.dep_ == "xcomp" and c.pos_ == "VERB" for c in verb.children)


def released_money(verb: Any, lexicon: Lexicon) -> bool:
    """A verb whose object is a sum of money ("released 90 million reais in emergency funds")."""
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    return any(t.lemma_.lower() in lexicon.amount_nouns for c in objects for t in _own_phrase(c))


#: Links whose subtree is no part of a noun's own phrase ("all four on a bond of two million shillings").
ATTACHED = frozenset({"prep", "nmod", "acl", "relcl", "acl:relcl", "appos"})


def _own_phrase(noun: Any) -> list[Any]:
    """`noun` and its modifiers, without the phrases attached to it (prepositional, clausal)."""
    found, stack = [], [noun]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ not in ATTACHED]
    return found


def apply_rules(
    item: Candidate, heads: dict[int, Candidate], lexicon: Lexicon, governors: rules.Governors
) -> None:
    """PLOVER rules the lexicon cannot state per word."""
    head = item.trigger.head
    lemma = head.lemma_.lower()
    if lemma in lexicon.commitment_verbs and (item.category in {"AGREE", "THREATEN"} or committed(head)):
        content = [
            _promised(f)
            for f in heads.values()
            if _nearest_act(f, heads, governors) == head.i and not _attributive(f.trigger.head)
        ]
        item.category = categories.promise_type(content)
    if item.category == "PROTEST" not in item.trigger.types and _carries_act(head, lexicon, "PROTEST"):
        # "banned further marches": the protest is what the act is done to, the lexicon's act is told
        item.category, item.sureness = categories.arbitrate(item.trigger.types, item.probs)
    if lemma in lexicon.appeal_verbs and item.trigger.pos == "verb" and _lodged(head):
        item.category = "AGREE"  # "said they would appeal the verdict": an announced appeal, no call
    if item.category == "ASSAULT" and _burns_props(item):
        item.category = "PROTEST"  # "burnt tyres", "set tyres ablaze": a protest's means, no attack
    if item.category == "RETREAT" and _carries_act(head, lexicon, "PROTEST"):
        item.category = "CONCEDE"  # "called off the strike": a protest given up, no withdrawal of forces
    if {"REQUEST", "COERCE"} <= set(item.trigger.types) and _passive(head):
        item.category = (
            "COERCE"  # "deux hommes ont été interpellés", "interpellés lundi": arrested, not called on
        )
    if item.category == "RETREAT" and any(
        c.dep_ in {"xcomp", "obj"} and c.pos_ == "ADJ" for c in head.children
    ):
        item.category = ""  # "a rendu publique la décision", "rendu responsable": a state given, no release
    if item.category == "RETREAT" and released_money(head, lexicon):
        item.category = "AID"  # "released 12 million euros in emergency aid": funds, not prisoners
    if "AGREE" in item.trigger.types and rules.settles(item.trigger, lexicon):
        item.category = "AGREE"
    if "AGREE" in item.trigger.types and _concluded(item, lexicon):
        item.category = (
            "SUPPORT"  # "signed a trade agreement", "reached a deal": concluded (PLOVER sign/ratify)
        )
    if item.category in {"COERCE", "ACCUSE"} and _sanctions(item, head, lexicon):
        item.category = "SANCTION"  # "imposed sanctions on six officers", "convicted a former commander"
    if "SANCTION" in item.trigger.types and (
        any(t.lemma_.lower() in lexicon.penalty_nouns for t in head.subtree) or _served_term(item, lexicon)
    ):
        item.category = "SANCTION"  # "condamné à cinq ans de prison": a sentence, not a criticism
    elif {"SANCTION", "ACCUSE"} <= set(item.trigger.types):
        # "a condamné « une violation »" is a criticism; a court convicts, and so does a passive whose
        # subject is a person ("a été condamné pour corruption"), not an act ("l'attaque a été condamnée")
        convicts = any(a.sector == "JUD" for a in item.actors) or (
            _passive(head) and not _act_subject(head, lexicon)
        )
        item.category = "SANCTION" if convicts else "ACCUSE"
    if (
        item.category == "SANCTION"
        and "ACCUSE" in item.trigger.types
        and rules.object_types(item.trigger, lexicon)
    ):
        item.category = "ACCUSE"  # one condemns an act ("a condamné cette attaque") but convicts a person
    if item.category == "ACCUSE" and lemma in lexicon.appraisal_verbs and _approving(head, lexicon):
        item.category = ""  # "a jugé l'accord positif": an appraisal, but no criticism
    if item.category == "ACCUSE" and item.trigger.pos == "verb" and _offer_object(head, lexicon):
        item.category = "REJECT"  # "a jugé cette proposition « insuffisante »": an offer turned down
    if item.category == "AID" and _carries(head, lexicon.force_nouns, passive=True):
        item.category = "MOBILIZE"  # "a annoncé l'envoi de cinquante policiers": a deployment, not aid
    elif item.category == "MOBILIZE" and _relief(item) and _carries(head, lexicon.relief_workers):
        item.category = "AID"  # "l'OMS a dépêché une équipe d'experts": relief workers sent, no troops
    if {"AID", "RETREAT"} <= set(item.trigger.types) and _cleared(item, lexicon):
        item.category = "COERCE"  # "la police a évacué un immeuble occupé": occupants removed, not rescued
    elif {"AID", "RETREAT"} <= set(item.trigger.types) and _rescued(item, lexicon):
        item.category = "AID"  # "a évacué 400 familles": civilians brought to safety, not a withdrawal
    if item.trigger.types.get(item.category) == "arrest" and _carries(
        head, lexicon.territory_nouns, own=True
    ):
        item.category = "ASSAULT"  # "ont capturé une partie de la province": territory taken, not an arrest
    if item.category == "CONSULT" and lemma in lexicon.call_words:
        if item.trigger.pos == "noun" and any(c.dep_ == "case" for c in head.children):
            item.category = ""  # "à l'appel de trois syndicats": the circumstance of another act
        elif _summons(head, lexicon):
            item.category = "REQUEST"  # "a appelé les médias à un sit-in": a call to act, not a phone call
    if (
        item.actors
        and all(a.sector in OUTLAWS for a in item.actors)
        and item.category in POLITICAL
        and not _frees_captives(item)
    ):
        # "les assaillants, arrivés à moto", "avant de se replier", "ont pillé des commerces"; but gunmen who
        # "set fire to two houses" destroy them (ASSAULT destroy), whatever protest the words may also tell
        item.category = "ASSAULT" if item.trigger.types.get("ASSAULT") == "destroy" else ""
    if {"REJECT", "CONCEDE"} <= set(item.trigger.types) and (
        any(a.sector in RULING_SECTORS for a in item.actors)
        or any(
            c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in lexicon.decision_nouns for c in head.children
        )
    ):
        item.category = "REJECT"  # a court annulling a vote or a decision rejects it; no concession
    if {"SANCTION", "COERCE", "CONCEDE"} <= set(item.trigger.types):
        # "la suspension du député", "de la campagne d'un candidat" restricts a person; "de la coopération"
        # cuts a tie; "de la hausse du prix" gives up one's own measure (a concession)
        if _carries(head, lexicon.tie_nouns):
            item.category = "SANCTION"
        elif _carries(head, lexicon.measure_nouns) or _next_noun(head) in lexicon.measure_nouns:
            item.category = "CONCEDE"
        elif all(r.kind != "country" for r in item.recipients) and (
            item.recipients or _carries(head, lexicon.personal_nouns, obliques=True)
        ):
            item.category = "COERCE"
    if (
        item.category == "CONCEDE"
        and any(a.sector in RULING_SECTORS for a in item.actors)
        and (_carries(head, lexicon.measure_nouns) or _carries(head, lexicon.decision_nouns))
    ):
        item.category = (
            "REJECT"  # "le Conseil d'État a suspendu l'arrêté": a court overturns another's measure
        )
    material = item.trigger.pos == "noun" and _material(head, lexicon)  # not "Une coalition … a salué"
    if item.category == "SUPPORT" == next(iter(item.trigger.types), "") and material:
        item.category = "AID"  # "provided $45m in support", "financial support": material, not verbal
    if set(item.trigger.types) & RESTRICTING and restrictions.cuts_medium(head, lexicon):
        item.category = "COERCE"  # "mobile internet was suspended": censorship, not a sanction
    if restrictions.in_force(head, item.trigger.types, item.roles.frame):
        item.category = "COERCE"  # "a ban on motorcycle taxis came into force": a restriction at home
    if item.category != "AID" and _carries_relief(item):
        item.category = "AID"  # "flew in blankets", "dropped food parcels": relief delivered, no visit
    if _cuts_trade(item):
        item.category = "SANCTION"  # "suspended imports of durian from Thailand": trade cut, no concession
    if "PROTEST" in item.trigger.types and civic(item.actors) and not _clash_between(item):
        item.category = "PROTEST"  # "des jeunes ont bloqué la route": a protest, not a refusal
        if communal(item, lexicon):
            item.category = "ASSAULT"  # « des heurts entre éleveurs et agriculteurs »: two sides fight
    elif item.category == "PROTEST" and "ACCUSE" in item.trigger.types and official(item.actors):
        item.category = "ACCUSE"  # "Paris a protesté auprès de l'ambassadeur": a state's protest disapproves
    if _forces_block(item):
        item.category = "COERCE"  # "La police a bloqué le cortège": the police restrict, they do not protest
    if item.category == "ASSAULT" and any(
        g.lemma_.lower() in lexicon.preparation_words for g, _ in governors(head)
    ):
        item.category = "MOBILIZE"
    if item.category in {"COERCE", "SANCTION"} and any(
        g.lemma_.lower() in lexicon.preparation_words for g, _ in governors(head)
    ):
        item.category = "THREATEN"  # "is prepared to impose martial law", "plans to impose restrictions"
    if item.category in DEPLOYMENTS and (peacekeeping(item.sentence, lexicon) or _mission(head, lexicon)):
        item.category = "AID"  # peacekeepers or observers sent or arriving: military aid (CAMEO 074)
    if (
        item.category in WITHDRAWING
        and item.trigger.types.get("RETREAT") == "withdraw"
        and _mission(head, lexicon)
    ):
        item.category = "SANCTION"  # "withdrew peacekeepers", "will withdraw inspectors": engagement reduced
    elif (
        item.category == "SANCTION"
        and "SANCTION" not in item.trigger.types
        and item.trigger.types.get("RETREAT") == "withdraw"
        and not _mission(head, lexicon)
    ):
        item.category = "RETREAT"  # "Israel withdrew its troops from the corridor": no mission, a pull-back
    if item.category == "REQUEST" and lemma in lexicon.order_verbs and _coercive(head, lexicon):
        item.category = "COERCE"  # "ordered X jailed", "ordered X detained": a binding order is the act
    if item.category == "COERCE" and item.trigger.types.get("SANCTION") == "expel" and _expels_envoy(head):
        item.category = "SANCTION"  # « a expulsé le chargé d'affaires suédois »: diplomats, not migrants
    if item.category == "REQUEST" and lemma in lexicon.order_verbs and _expels(head):
        item.category = "SANCTION"  # "ordered the attaché to leave the country": an expulsion
    if item.category == "MOBILIZE" and _aimed(head):
        item.category = "ASSAULT"  # "launched a missile at a ship": fired at a target, no show of force
    if item.trigger.pos == "verb" and _ultimatum(head, lexicon):
        item.category, item.sureness = "THREATEN", 1.0  # "gave the government 72 hours to withdraw"
    if set(item.trigger.types) & ACCEDING and item.category in ACCEDING and _meets_demands(head, lexicon):
        item.category = "CONCEDE"  # "agreed to the teachers' demands", "a accepté les revendications"
    if item.roles.demanded:
        # "X said that Y must withdraw": the rule is sure; "X and Y agreed that they should cooperate": a pact
        item.category = "AGREE" if _agreeing(item.roles.frame, lexicon) else "REQUEST"
        item.sureness = 1.0
        return
    anchor = item.anchor
    split = categories.yield_type(item.trigger.types, implemented=not _declared(anchor))
    if split and item.category in YIELD_TYPES:
        item.category = split
    if restrictions.lifted(item.trigger, item.trigger.pos == "verb" and is_passive(head), lexicon):
        item.category = "CONCEDE"  # « le couvre-feu a été levé »: a curfew lifted is a concession (GSR)
    permitted = _permitted(item, lexicon)
    if permitted is not None:
        item.category = permitted  # "allowed the opposition to march": CONCEDE; "the ICRC to visit": RETREAT
    if (item.category in categories.PROMISED_ACTS or set(item.trigger.types) & OFFERABLE) and _offered(
        item, lexicon
    ):
        item.category = (
            "AGREE"  # "is ready to send aid", "is prepared to lift the ban", "offered concessions"
        )


#: A trigger whose lexicon reading is an offer or a cooperative act: with a modal of offer ("said it was
#: ready to mediate"), an offer (AGREE), whatever the classifier reads in the sentence (a request).
OFFERABLE = frozenset({"AGREE", "CONSULT", "COOPERATE", "AID"})
#: Categories of a verb that accepts, meets or agrees to something: with demands as object, it accedes.
ACCEDING = frozenset({"AGREE", "CONCEDE", "CONSULT", "SUPPORT"})


#: Categories a permission verb's reading may take, which `_permitted` settles.
PERMITTING = frozenset({"CONCEDE", "RETREAT"})
#: Sectors whose being let in or at work is international involvement allowed (CAMEO 086).
INVOLVED = frozenset({"IGO", "NGO"})


def _permitted(item: Candidate, lexicon: Lexicon) -> str | None:
    """The category of a permission given (`permission_verbs`: "allowed two parties to register",
    « a autorisé la coalition à organiser une marche », "allowed Iraq to reopen the crossing"): RETREAT
    (access, CAMEO 086: international involvement allowed) when whom it lets act is an international
    organisation or an aid agency ("allowed the ICRC to visit the detainees"), else CONCEDE (a
    restriction eased, CAMEO 081/082); None for other verbs and other readings."""
    head = item.trigger.head
    if item.trigger.pos != "verb" or head.lemma_.lower() not in lexicon.permission_verbs:
        return None
    if not set(item.trigger.types) & PERMITTING or (
        item.category not in PERMITTING and item.category in item.trigger.types
    ):
        return None
    involved = any(r.sector in INVOLVED or r.country == "IGO" for r in item.recipients)
    return "RETREAT" if involved and "RETREAT" in item.trigger.types else "CONCEDE"


def _aimed(verb: Any) -> bool:
    """A verb of aiming with its target after "at/sur" ("launched a missile at a ship", "fired rockets at
    the town"): an attack, not a weapon moved or tested."""
    words = word_lists()
    if verb.lemma_.lower() not in words.aiming_verbs:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in words.aimed_at and any(g.dep_ == "pobj" for g in c.children)
        for c in verb.children
    )


#: Marks of an infinitive stating what the addressee of an ultimatum must do.
PURPOSE_MARKS = frozenset({"to", "pour"})


def _ultimatum(verb: Any, lexicon: Lexicon) -> bool:
    """A verb giving a term ("72 hours", "48 heures", "until Friday") and the act to do within it ("to
    withdraw", "pour se retirer"): an ultimatum (PLOVER THREATEN)."""
    if verb.lemma_.lower() not in lexicon.ultimatum_verbs:
        return False
    terms = [
        c
        for c in verb.children
        if c.dep_ in {"dobj", "obj", "dative", "npadvmod", "obl"}
        and c.lemma_.lower() in lexicon.term_nouns
        and any(g.dep_ == "nummod" or g.like_num for g in c.children)
    ]
    until = any(c.dep_ == "prep" and c.lower_ == "until" for c in verb.children)
    acts = [c for c in verb.children if c.dep_ in {"advcl", "xcomp", "acl"} and c.pos_ == "VERB"]
    purpose = any(g.lower_ in PURPOSE_MARKS and g.dep_ in {"aux", "mark"} for a in acts for g in a.children)
    return bool(terms or until) and purpose


def _meets_demands(verb: Any, lexicon: Lexicon) -> bool:
    """The verb's object, or the noun of its "to/à" complement, is a demand ("agreed to the teachers'
    demands", "accepted the main demands", "a accédé aux revendications")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "obl", "obl:arg", "iobj"}]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in lexicon.demand_nouns for o in objects)


def _offered(item: Candidate, lexicon: Lexicon) -> bool:
    """A modal of offer is the act's auxiliary ("can send") or governs it ("is willing to send", "prêt à
    retirer", "offered to mediate") or, for a noun, frames it ("offered concessions")."""
    anchor = item.anchor
    words = [c for c in anchor.children if c.dep_.startswith("aux")] + (
        [anchor.head] if anchor.head != anchor else []
    )
    if item.trigger.pos == "noun" and anchor != item.trigger.head:
        words.append(anchor)
    return any(c.lemma_.lower() in lexicon.offer_modals for c in words)


def _material(noun: Any, lexicon: Lexicon) -> bool:
    """A noun qualified by a material word ("financial support") or measured by an amount ("€45m
    support", "$5 million in support")."""
    around = [c for c in noun.children if c.i < noun.i]
    if noun.dep_ == "pobj" and noun.head.head != noun.head:  # "$5 million in support"
        around.append(noun.head.head)
    return any(t.lemma_.lower() in lexicon.material_words for t in noun.children) or any(
        t.like_num or t.is_currency for a in around for t in a.subtree if t.i < noun.i
    )


def _frees_captives(item: Candidate) -> bool:
    """Kidnappers or armed men releasing the people they hold ("armed men released the abducted priest",
    "were freed by their captors", "les ravisseurs ont libéré les otages"): a release (RETREAT), the one
    act of outlaws besides attacking that PLOVER codes as yielding."""
    return item.category == "RETREAT" and item.trigger.types.get("RETREAT") == "release"


def _passive(verb: Any) -> bool:
    """A passive verb or a participle without auxiliary ("a été condamné", "un ministre condamné pour…")."""
    if any(c.dep_ in {"aux:pass", "auxpass", "nsubj:pass", "nsubjpass"} for c in verb.children):
        return True
    participle = "Part" in verb.morph.get("VerbForm") and "Past" in verb.morph.get("Tense")
    return participle and not any(c.dep_.startswith("aux") for c in verb.children)


#: Unidentified attackers and criminals: what they do besides attacking, coercing, threatening or
#: demanding is no political act of its own (their arrival, their flight).
OUTLAWS = frozenset({"UAF", "CRM"})
POLITICAL = frozenset(
    {"CONSULT", "RETREAT", "CONCEDE", "SUPPORT", "COOPERATE", "AGREE", "MOBILIZE", "AID", "PROTEST"}
)
#: Sectors of the state and of international bodies: their "protests" are diplomatic, not demonstrations.
OFFICIAL_SECTORS = frozenset({"GOV", "MIL", "IGO", "LEG", "JUD"})


def official(actors: list[Any]) -> bool:
    """Every actor is a government, an army, a legislature, a court or an international body (not a
    country named without a sector: "US and British activists staged a protest")."""
    return bool(actors) and all(a.sector in OFFICIAL_SECTORS for a in actors)


#: Sectors that rule on others' acts: courts and electoral bodies.
RULING_SECTORS = frozenset({"JUD", "ELC"})


def _summons(head: Any, lexicon: Lexicon) -> bool:
    """A call with an "à/to" complement and no phone word in its sentence ("a appelé X à …")."""
    phone = lexicon.mode_words.get("CONSULT", {}).get("phone", frozenset()) - lexicon.call_words
    if any(t.lemma_.lower() in phone or t.lower_ in phone for t in head.sent):
        return False
    marks = word_lists().summons_marks
    return any(t.lower_ in marks and t.dep_ in {"mark", "case"} for t in head.subtree if t.i > head.i)


def _carries(
    trigger: Any, nouns: frozenset[str], passive: bool = False, obliques: bool = False, own: bool = False
) -> bool:
    """The verb's object, or the noun's "de" complement, is one of `nouns` (or a quantity of them:
    "une partie des provinces", "un détachement de soldats"); with `passive`, also a passive verb's
    subject ("d'importants renforts ont été acheminés"); also an object the French parser hung on the day
    after the verb, or read as a verb with its article ("a suspendu mardi le permis d'une clinique":
    "permis" as "permettre"), matched by its written form; with `obliques`, also a verb's oblique ("l'a
    suspendu de ses fonctions", "sans solde"); with `own`, a complement of the object counts only as its
    genitive ("une partie des provinces", not "trois suspects sur l'axe")."""
    undergoing = {"obj", "dobj", *PASSIVE_SUBJECTS} if passive and _passive(trigger) else {"obj", "dobj"}
    heads = [c for c in trigger.children if c.dep_ in undergoing] + day_objects(trigger)
    heads += [c for c in trigger.children if c.dep_ == "dep" and any(d.dep_ == "det" for d in c.children)]
    if obliques and trigger.pos_ == "VERB":
        heads += [c for c in trigger.children if c.dep_.startswith(("obl", "nmod"))]
    if trigger.pos_ == "NOUN":
        heads += [c for c in trigger.children if c.dep_ in {"nmod", "prep"}]
    genitive = word_lists().genitive
    heads += [
        g
        for h in heads
        for g in h.children
        if g.dep_ in {"nmod", "prep", "pobj"}
        and (
            not own
            or g.lower_ in genitive
            or any(c.dep_ == "case" and c.lower_ in genitive for c in g.children)
        )
    ]
    return any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads)


def _next_noun(trigger: Any, window: int = 8) -> str:
    """The lemma of the first noun after `trigger` in its sentence that is no counted span ("la
    suspension pour trois mois de la hausse": hausse), for a complement the parser hung elsewhere."""
    for token in trigger.doc[trigger.i + 1 : min(trigger.i + window, trigger.sent.end)]:
        if token.pos_ == "NOUN" and not any(c.dep_ == "nummod" for c in token.children):
            return str(token.lemma_.lower())
    return ""


def _sanctions(item: Candidate, head: Any, lexicon: Lexicon) -> bool:
    """A noun the lexicon lists only as a sanction ("imposed sanctions on"), a verb it lists only as a
    conviction ("convicted a former commander"), or a verb of imposing whose object is such a noun: the
    classifier's restriction or criticism gives way to PLOVER's SANCTION (not "barred candidates")."""
    types = item.trigger.types
    if set(types) == {"SANCTION"} and (item.trigger.pos == "noun" or types["SANCTION"] == "convict"):
        return True
    return "SANCTION" in types and _carries_act(head, lexicon, "SANCTION")


def _carries_act(verb: Any, lexicon: Lexicon, category: str) -> bool:
    """The verb's object is an event noun of `category` ("called off a four-day strike")."""
    found = [token_trigger(c, lexicon) for c in verb.children if c.dep_ in {"obj", "dobj"}]
    return any(f is not None and f.pos == "noun" and category in f.types for f in found)


def _agreeing(verb: Any, lexicon: Lexicon) -> bool:
    """The verb reporting an obligation is one of agreeing ("agreed that their countries should
    cooperate", "sont convenus que…"; not "the forum concluded that X must…")."""
    return verb is not None and verb.lemma_.lower() in lexicon.agreeing_verbs


def _mission(verb: Any, lexicon: Lexicon) -> bool:
    """The verb's object phrase names people kept abroad to watch or help (`mission_nouns`: "its
    peacekeeping force", "election observers", "weapons inspectors and humanitarian workers"): sent,
    they are aid (CAMEO 074); withdrawn, a reduced engagement (CAMEO 1661-1663)."""
    words = lexicon.mission_nouns
    for obj in (c for c in verb.children if c.dep_ in {"obj", "dobj"}):
        clauses = {t.i for c in obj.subtree if c.dep_ in {"relcl", "acl", "acl:relcl"} for t in c.subtree}
        phrase = [t for t in obj.subtree if t.i not in clauses]
        forms = [t.lemma_.lower() for t in phrase], [t.lower_ for t in phrase]
        if any(f in words for f in forms[0] + forms[1]):
            return True
        joined = [f" {' '.join(f)} " for f in forms]
        if any(" " in w and f" {w} " in j for w in words for j in joined):
            return True
    return False


def _approving(verb: Any, lexicon: Lexicon) -> bool:
    """The appraisal verb's complement is a favourable word ("a jugé l'accord positif")."""
    return any(
        t.lemma_.lower() in lexicon.approving_adjectives or t.text.lower() in lexicon.approving_adjectives
        for c in verb.children
        if c.dep_ not in {"nsubj", "nsubj:pass"}
        for t in c.subtree
        if t.pos_ == "ADJ"
    )


def _offer_object(verb: Any, lexicon: Lexicon) -> bool:
    """The verb's object is an offer, a proposal or a promise (a single-word AGREE noun of the lexicon)."""
    return any(
        c.dep_ in {"obj", "dobj"}
        and any(
            e.words == (c.lemma_.lower(),) and e.types == {"AGREE": None}
            for e in lexicon.lookup("noun", c.lemma_.lower())
        )
        for c in verb.children
    )


def _coercive(verb: Any, lexicon: Lexicon) -> bool:
    """The order's content, its complement or object or what qualifies that object ("ordered nine men
    jailed", "ordered the arrest of X", "a ordonné l'arrestation de X"), is a coercion or an imprisonment."""
    content = [c for c in verb.children if c.dep_ in ORDER_CONTENT]
    content += [g for c in content for g in c.children if g.dep_ in ORDER_CONTENT | {"acl", "amod"}]
    found = [token_trigger(t, lexicon) for t in content]
    return any(f is not None and ("COERCE" in f.types or f.types.get("SANCTION") == "convict") for f in found)


def _expels(verb: Any) -> bool:
    """The order's content is to leave the country ("ordered a diplomat to leave the country", "to
    leave Lithuania")."""
    words = word_lists()
    leaving = [
        c for c in verb.children if c.dep_ in ORDER_CONTENT and c.lemma_.lower() in words.departure_verbs
    ]
    return any(
        o.dep_ in {"obj", "dobj"} and (o.lemma_.lower() in words.homeland_nouns or o.pos_ == "PROPN")
        for c in leaving
        for o in c.children
    )


def _expels_envoy(verb: Any) -> bool:
    """The object of a verb of expelling is an envoy or a diplomat (words `envoy_nouns`, `diplomat_nouns`:
    "expelled the ambassador", « a expulsé le chargé d'affaires », « trois diplomates »): relations cut."""
    words = word_lists()
    nouns = words.envoy_nouns | words.diplomat_nouns
    return any(c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in nouns for c in verb.children)


#: Links from an order to its content.
ORDER_CONTENT = frozenset({"obj", "dobj", "xcomp", "ccomp", "oprd"})


def _act_subject(verb: Any, lexicon: Lexicon) -> bool:
    """The subject of `verb`, or the noun its participle qualifies, is an event noun ("l'attaque")."""
    nouns = [c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass", "nsubjpass"}]
    nouns += [verb.head] if verb.dep_ in {"acl", "amod"} else []
    return any(
        token_trigger(n, lexicon) is not None and n.lemma_.lower() not in lexicon.agent_nouns for n in nouns
    )


#: What the classifier calls a withdrawal, also one declared for the future ("will withdraw its force").
WITHDRAWING = frozenset({"RETREAT", "CONCEDE", "AGREE"})
#: Categories of troops moving that peacekeeping makes military aid (a deployment, an arrival).
DEPLOYMENTS = frozenset({"MOBILIZE", "CONSULT"})


def peacekeeping(sentence: Any, lexicon: Lexicon) -> bool:
    """Whether the segment names peacekeeping (`peacekeeping_words`, single words or phrases)."""
    words = lexicon.peacekeeping_words
    forms = [t.lower_ for t in sentence]
    if any(f in words or t.lemma_.lower() in words for f, t in zip(forms, sentence, strict=True)):
        return True
    text = " ".join(forms)
    return any(" " in w and f" {w} " in f" {text} " for w in words)


def _concluded(item: Candidate, lexicon: Lexicon) -> bool:
    """An agreement signed ("signed a pact", "ratified an agreement with the EU") or a deal concluded
    ("reached an agreement", "struck a deal", "agreed a trade pact", "agreed on the text of a deal"), neither
    future, hypothetical nor only intended ("hope to reach a deal"): it exists, SUPPORT as PLOVER codes
    signing. A truce or ceasefire agreed is no deal noun and stays AGREE."""
    trigger = item.trigger
    if trigger.pos == "noun":
        noun, verb = trigger.head, item.anchor
        return verb is not None and _concludes(verb, noun, lexicon)
    verb = trigger.head
    objects = [c for c in verb.children if c.dep_ in {"obj", "dobj"}]
    objects += [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    objects += [
        g for o in objects for c in o.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"
    ]
    return any(_concludes(verb, o, lexicon) for o in objects)


def _concludes(verb: Any, noun: Any, lexicon: Lexicon) -> bool:
    """`verb` signs the agreement `noun` or concludes the deal `noun`, and does so in the past or present."""
    lemma, found = verb.lemma_.lower(), token_trigger(noun, lexicon)
    if found is None or found.pos != "noun" or "AGREE" not in found.types or _declared(verb):
        return False
    if any(_truce(c, lexicon) for c in noun.children if c.dep_ == "nmod"):
        return False  # "ont signé un accord de cessez-le-feu": a truce agreed stays AGREE
    if lemma in lexicon.signing_verbs:
        return True
    return (
        lemma in lexicon.concluding_verbs
        and noun.lemma_.lower() in lexicon.deal_nouns
        and verb.dep_ != "xcomp"
    )


#: Prepositions of a call ("appealed for calm", "appealed to donors").
CALL_MARKERS = frozenset({"for", "to"})


def _lodged(verb: Any) -> bool:
    """An appeal against a judgment announced for the future: no "for/to" complement makes it a call."""
    calls = any(c.dep_ == "prep" and c.lower_ in CALL_MARKERS for c in verb.children)
    return not calls and auxiliary.future(verb, [])


def _truce(token: Any, lexicon: Lexicon) -> bool:
    """A noun of a truce or ceasefire (a yielding noun of the lexicon: "cessez-le-feu", "trêve")."""
    found = token_trigger(token, lexicon)
    return found is not None and found.pos == "noun" and "CONCEDE" in found.types


def _declared(anchor: Any) -> bool:
    return auxiliary.future(anchor, []) or auxiliary.hypothetical(anchor)


#: Sectors of the armed parties a promise to retake ground may be aimed at.
ARMED = frozenset({"REB", "UAF", "MIL", "CRM"})


def _promised(act: Candidate) -> tuple[str, bool]:
    """What a commitment's content act is, for `categories.promise_type`: its category and whether it
    names a target. Retaking ground or control aimed at no armed party (« a promis que les forces
    reprendraient le contrôle de l'axe », "vowed to restore state control over the region",
    `recovering_verbs`) is a deployment promised to the people there, not a threat of attack."""
    recovering = act.trigger.head.lemma_.lower() in word_lists().recovering_verbs
    if act.category == "ASSAULT" and recovering and not any(r.sector in ARMED for r in act.recipients):
        return "MOBILIZE", False
    return act.category, bool(act.recipients or act.patients)


def _attributive(verb: Any) -> bool:
    """A participle describing a thing a promise acts on ("reconstruire le centre de santé détruit", "reopen
    the clinics closed by the floods"): the thing's state, not what is promised."""
    return (
        verb.dep_ in {"acl", "amod"}
        and verb.head.pos_ in {"NOUN", "PROPN"}
        and "Part" in verb.morph.get("VerbForm")
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )


def _nearest_act(item: Candidate, heads: dict[int, Candidate], governors: rules.Governors) -> int | None:
    """The head of the closest trigger governing `item` (a relative clause inside a promised act is
    not what is promised: "libérer les otages qu'ils détiennent")."""
    return next((g.i for g, _ in governors(item.trigger.head) if g.i in heads), None)


#: Sectors whose evacuations and repatriations are relief: aid agencies and health services.
RELIEF_SECTORS = frozenset({"IGO", "NGO", "HLH"})


def _cleared(item: Candidate, lexicon: Lexicon) -> bool:
    """The police clearing a place or its occupants ("la police a évacué un immeuble occupé", "les
    gendarmes les ont évacués"), or anyone having it cleared ("le préfet a fait évacuer le campement"):
    an evacuation by police agents only or a causative one, of no victims; also by other armed forces
    when what they clear is an occupied site ("la garde nationale a évacué les lieux")."""
    head = item.trigger.head
    site = any(c.dep_ in {"obj", "dobj"} and c.lemma_.lower() in lexicon.cleared_sites for c in head.children)
    forces = all(a.sector == "COP" or (site and a.sector == "MIL") for a in item.actors)
    police = bool(item.actors) and (forces or causative(head))
    stricken = any(t.lemma_.lower() in lexicon.stricken_nouns for t in [*item.patients, *head.children])
    return police and head.lemma_.lower() in lexicon.clearing_verbs and not stricken


def _relief(item: Candidate) -> bool:
    """Every actor is an aid agency or a health service."""
    return bool(item.actors) and all(a.sector in RELIEF_SECTORS for a in item.actors)


def _rescued(item: Candidate, lexicon: Lexicon) -> bool:
    """People brought to safety: civilians ("a évacué 400 familles"), people named by a noun of people
    ("plus de 2 000 personnes", "300 migrants"), or anyone an aid agency evacuates or repatriates."""
    people = any(t.lemma_.lower() in lexicon.people_nouns for t in item.patients)
    return civic(item.recipients) or people or _relief(item)


#: Sectors of a state's forces of order: police and soldiers.
FORCES = frozenset({"COP", "MIL"})


def _forces_block(item: Candidate) -> bool:
    """A trigger of protest that may also restrict ("block", « bloquer ») read as a protest or a refusal,
    whose actors are all police forces or armies: they close the road or stop the march."""
    types = item.trigger.types
    return (
        item.category in {"PROTEST", "REJECT"}
        and {"PROTEST", "COERCE"} <= set(types)
        and bool(item.actors)
        and all(a.sector in FORCES for a in item.actors)
    )


def communal(item: Candidate, lexicon: Lexicon) -> bool:
    """A clash between two civilian sides (« heurts entre éleveurs et agriculteurs », "clashes between
    rival groups of fishermen"): a fight of the two (ASSAULT with both as actors), not a riot against
    authority; the trigger can be an attack (`trigger.types`) and names two parties or more, or rival ones
    (« entre militants rivaux »), none of them the police or the army (`civic`)."""
    head = item.trigger.head
    rivals = any(t.lemma_.lower() in lexicon.rival_words for t in head.subtree)  # « militants rivaux »
    return (
        "ASSAULT" in item.trigger.types
        and head.lemma_.lower() in lexicon.clash_words
        and (len(item.actors) >= 2 or rivals)
    )


def civic(actors: list[Any]) -> bool:
    """Every actor is a civilian group (protesters, workers, students…)."""
    return bool(actors) and all(a.sector in categories.CIVIC_SECTORS for a in actors)


def _served_term(item: Candidate, lexicon: Lexicon) -> bool:
    """A verb that convicts or detains, with the term it sets ("was jailed for four years"): a sentence
    (SANCTION convict), not an arrest."""
    if item.trigger.types.get("SANCTION") != "convict":
        return False
    spans = [c for c in item.trigger.head.children if c.dep_ == "prep" and c.lemma_.lower() == "for"]
    return any(t.lemma_.lower() in lexicon.term_nouns for span in spans for t in span.children)
