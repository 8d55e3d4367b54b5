"""Selection pass: which candidates are events of their own, which are anaphors of an earlier event
("cette rencontre"), and which are neither (see *Precision rules* in ``docs/events.md``)."""

from __future__ import annotations

from typing import Any

from dateline.stages.events import arguments, categories, references, rules, senses
from dateline.stages.events.candidate import Candidate, Coding, by_head
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import token_trigger
from dateline.stages.events.words import word_lists

#: Categories whose content act names their addressee ("refused to cooperate with X": X).
PROMISES = frozenset({"THREATEN", "AGREE", "REJECT"})


def select(coding: Coding) -> None:
    """Writes `becomes` of every candidate. The content of another act is no event of its own; it
    gives that act its target first (the act's `recipients` and `patients`), so selection follows."""
    heads = by_head(coding.candidates)
    governors = rules.Governors(coding.doc.analysis)
    outers = [container(item, heads, governors) for item in coding.candidates]
    for item, outer in zip(coding.candidates, outers, strict=True):
        if outer is not None:
            fold_into(item, outer, coding.lexicon)
    tallies = []
    year = published_year(coding)
    for item, outer in zip(coding.candidates, outers, strict=True):
        if not item.category or outer is not None or claimed(item, coding.lexicon) or told(item, coding):
            continue
        if unreported(item, year) or arguments.hedge_predicate(item.trigger.head):
            continue
        if struck(item, heads, coding.lexicon):
            continue
        if _claims_told(item, coding.candidates):
            continue  # "the group claimed the attack" after the attack was told: a retelling
        if tallied(item):
            # "les frappes ont fait 150 morts depuis la trêve", "a lancé depuis 2016 des offensives"
            tallies.append(item)
        elif described(item, coding.candidates):
            item.becomes = "anaphor"  # "l'attaque … était le premier affrontement": told, not new
        elif (item.actors or item.agentless) and specified(item):
            item.becomes = "event"
        elif demonstrative(item.trigger.head):
            item.becomes = "anaphor"
    if not any(item.becomes == "event" for item in coding.candidates):
        # a report that tells nothing but a tally reports it ("have killed 81 people since April")
        for item in tallies:
            item.becomes = "event" if (item.actors or item.agentless) and specified(item) else None


def published_year(coding: Coding) -> int | None:
    """The report's year, when its publication date is known."""
    published = coding.doc.published
    value = published.start or published.value
    return int(value[:4]) if value and value[:4].isdigit() else None


def unreported(item: Candidate, year: int | None) -> bool:
    """A trigger that tells no act of the report: used of weather, markets or a game, or naming a past
    act only to date the news (`senses`)."""
    head = item.trigger.head
    return (
        senses.figurative(head, item.anchor, item.sentence) is not None
        or senses.background(head, year)
        or senses.habitual(head, item.anchor)
        or senses.long_after(head)
        or (item.agentless and senses.told_earlier(item.anchor, year))
        or asked(item.sentence)
    )


def asked(sentence: Any) -> bool:
    """A sentence that asks ("Will the government release the detainees?", « Faut-il négocier ? »)
    tells no act."""
    return sentence.text.rstrip(" \t\n\"'»”’)").endswith("?")


def told(item: Candidate, coding: Coding) -> bool:
    """A joint act's partnership noun (`partners`) whose partners act in an act of the sentence with a
    category of its own ("distributed food to families in partnership with UNICEF": the aid, done by
    both): the noun tells how that act was done."""
    joint = item.roles.joint
    return bool(joint) and any(
        other is not item and other.category and all(p in other.roles.actors for p in joint)
        for other in coding.candidates
    )


def container(item: Candidate, heads: dict[int, Candidate], governors: rules.Governors) -> Candidate | None:
    """The act whose content the trigger is ("demanded a meeting", "accused X of attacking"), if any.
    A demand voiced by protesters is an event of its own ("ont manifesté et réclamé…"), not the one a
    protest is held for (an infinitive of purpose, "ont manifesté pour réclamer…": its content); so is
    a free participle accusing, rejecting or threatening beside an act of another category ("froze their
    assets, accusing them of…"; "attacked a post, killing two" tells the attack's toll)."""
    head = item.trigger.head
    claim = item.roles.frame
    if claim is not None and item.trigger.pos == "noun" and arguments.claiming_verb(head) is claim:
        return None  # « le JNIM a revendiqué l'attaque »: the act told by its claim, no content of a demand
    if item.agentless and item.trigger.pos == "noun" and arguments.sequel(head):
        return None  # "protests erupted after the arrest of X": what came before, not what they say
    if arguments.stray_conjunct(head) is not None:
        return None  # "a dénoncé X « qui vise à … » et demandé sa libération": coordinated with "a dénoncé"
    asked = heads.get(head.head.i) if _infinitive_conjunct(head) else None
    if asked is not None and asked is not item and asked.category:
        return asked  # "a appelé les habitants à rester chez eux et à coopérer": what was asked
    clausal = _perfect_infinitive(head)  # "accuse les gendarmes d'avoir arrêté…", hung on "gendarmes"
    for governor, link in governors(item.trigger.head):
        clausal = clausal or link in rules.CLAUSE_LINKS
        outer = heads.get(governor.i)
        if outer is None or outer is item or not outer.category:
            continue  # a verb with no category (untriggered, the classifier unsure) is no act
        if item.category == "REQUEST" and outer.category == "PROTEST":
            return outer if _purpose(item.trigger.head) else None
        if _beside(item, governor, outer):
            return None
        if clausal or (
            outer.category in categories.CONTENT_TAKING and (not item.actors or _shared(item, outer))
        ):
            return outer
    return None


def _purpose(verb: Any) -> bool:
    """An infinitive of purpose ("ont manifesté pour réclamer des postes", "marched to demand their
    wages"): what the protest asks for, which the protest itself reports."""
    marks = {c.lower_ for c in verb.children if c.dep_ in {"mark", "aux"}}
    return "Inf" in verb.morph.get("VerbForm") and bool(marks & word_lists().purpose_marks)


def _perfect_infinitive(verb: Any) -> bool:
    """A perfect infinitive the French parser hung on a noun as a participle ("accuse les gendarmes
    d'avoir arrêté des éleveurs": "arrêté" under "gendarmes"): a complement clause, as it would be
    under the verb."""
    return verb.dep_ == "acl" and any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm") for c in verb.children
    )


def _infinitive_conjunct(verb: Any) -> bool:
    """An infinitive with its own "à/de" the parser coordinated with the finite verb it complements
    ("a appelé X à rester … et à « coopérer »": "coopérer" read as a second act of the caller)."""
    return (
        verb.dep_ == "conj"
        and "Inf" in verb.morph.get("VerbForm")
        and any(c.dep_ == "mark" and c.lower_ in word_lists().infinitive_marks for c in verb.children)
        and verb.head.pos_ == "VERB"
        and "Inf" not in verb.head.morph.get("VerbForm")
    )


def _beside(item: Candidate, governor: Any, outer: Candidate) -> bool:
    """A free participle of `rules.PARTICIPLE_ACTS` on `governor`, an act of another category."""
    head = item.trigger.head
    return (
        governor == head.head
        and rules.free_participle(head)
        and item.category in rules.PARTICIPLE_ACTS
        and outer.category != item.category
    )


def _shared(item: Candidate, outer: Candidate) -> bool:
    """A noun act whose actors are those of the act it complements is that act's content ("called for
    sanctions against X", "promised aid to Y": the caller imposes nothing yet)."""
    keys = {(a.kb_id, a.name) for a in item.actors}
    return item.trigger.pos == "noun" and keys == {(a.kb_id, a.name) for a in outer.actors}


#: Sectors of forces a promise or threat to send them moves.
FORCES = frozenset({"MIL", "COP"})


def fold_into(item: Candidate, outer: Candidate, lexicon: Lexicon) -> None:
    """The content act names the target its governor lacks: a purpose clause of the same kind
    ("gathered to protest against the strikes"), the content of a promise, threat or refusal ("a juré
    d'éliminer les terroristes", "pledged to help Iraq", "a refusé de coopérer avec la Cour"); a meeting
    offered by its host names the guests ("a proposé de recevoir les syndicats", also when the offer
    made the meeting itself an AGREE: "s'est dite prête à recevoir les représentants du personnel")."""
    if (outer.category == item.category or outer.category in PROMISES) and not outer.recipients:
        own = {(a.kb_id, a.name) for a in outer.actors}
        hosted = "CONSULT" in item.trigger.types and item.trigger.head.lemma_.lower() in lexicon.host_verbs
        parties = item.recipients + (item.actors if hosted else [])
        if "MOBILIZE" in item.trigger.types:  # "pledged to send troops to X": the troops are not aimed at
            parties = [p for p in parties if not (references.generic_agent(p) and p.sector in FORCES)]
        outer.recipients = [r for r in parties if (r.kb_id, r.name) not in own]
        outer.patients = outer.patients or list(item.patients)


#: Links of a patient: a verb's object, or the subject of its passive.
PATIENT_LINKS = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


def struck(item: Candidate, heads: dict[int, Candidate], lexicon: Lexicon) -> bool:
    """A force noun that undergoes an act ("ont attaqué une patrouille de la Minusca", "une patrouille
    a été prise dans une embuscade"): the target of that act, no deployment of its own; but a force
    noun an act of deploying or sending governs is that act's content ("une patrouille a été déployée")."""
    head = item.trigger.head
    if item.trigger.pos != "noun" or "MOBILIZE" not in item.trigger.types or head.dep_ not in PATIENT_LINKS:
        return False
    if head.lemma_.lower() not in lexicon.force_nouns:
        return False
    governor = heads.get(head.head.i)
    if governor is not None and governor is not item:
        return governor.category == "ASSAULT"
    return head.dep_ in {"nsubj:pass", "nsubjpass"}


#: Links of what a claim claims: its object, or the subject of its passive.
CLAIMED = frozenset({"obj", "dobj", "nsubj:pass", "nsubjpass"})


def claimed(item: Candidate, lexicon: Lexicon) -> bool:
    """A demand verb whose object is a definite attack ("a revendiqué l'attaque", also in the passive:
    "l'attaque a été revendiquée par le GSIM") claims it."""
    if item.category != "REQUEST" or item.trigger.pos != "verb":
        return False
    for child in item.trigger.head.children:
        if child.dep_ not in CLAIMED or not references.referring(child):
            continue
        noun = token_trigger(child, lexicon)
        if noun is not None and ("ASSAULT" in noun.types or "cyber" in noun.types.values()):
            return True  # « a revendiqué l'attaque », « la cyberattaque »: the act, claimed
    return False


def specified(item: Candidate) -> bool:
    """A bare event noun (no light or occurrence verb) only counts when it names both sides
    ("les frappes russes contre X", "la rencontre entre X et Y", "en visite en Syrie"):
    "à la demande de Paris" or "l'offensive" alone is background; a noun its subject is said to be in
    ("les infirmiers sont en grève") is the clause's predicate, as a verb would be, and an agentless noun is
    the cause of a death ("died after torture"): its victim is named."""
    if (
        item.trigger.pos == "verb"
        or item.roles.frame is not None
        or item.agentless
        or arguments.predicated(item.trigger.head)
    ):
        return True
    visit = item.trigger.types.get(item.category) == "visit"
    if visit and rules.displacement(item.trigger.head):
        return False
    return visit or bool(item.recipients) or len({a.country or a.name for a in item.actors}) > 1


def _claims_told(item: Candidate, candidates: list[Candidate]) -> bool:
    """An act noun a claim frames (`arguments.claiming_verb`) after an event of its category was told
    in the report: the claim of that act, no second one."""
    head = item.trigger.head
    frame = item.roles.frame
    if item.trigger.pos != "noun" or frame is None or arguments.claiming_verb(head) is not frame:
        return False
    start = item.trigger.start
    return any(
        other.becomes == "event" and other.category == item.category and other.trigger.start < start
        for other in candidates
    )


def demonstrative(token: Any) -> bool:
    return any(c.dep_ == "det" and c.lower_ in word_lists().demonstratives for c in token.children)


def described(item: Candidate, candidates: list[Candidate]) -> bool:
    """An event noun a sentence characterises rather than reports: the predicate of a copula or its
    subject ("L'attaque était le premier affrontement majeur entre…", "it was the deadliest attack"),
    or a definite bare noun that is the topic of a verb naming no act, after an event of its kind
    ("Le déplacement du ministre apparaît comme un geste de défi")."""
    head = item.trigger.head
    if item.trigger.pos != "noun" or item.roles.frame is not None or arguments.predicated(head):
        return False
    if copular(head) or (head.dep_ in rules.SUBJECT_LINKS and copular(head.head)):
        return True
    if head.dep_ not in rules.SUBJECT_LINKS or not references.referring(head) or head.head.pos_ != "VERB":
        return False
    governor = head.head.i
    if any(other.trigger.head.i == governor for other in candidates):
        return False
    start = item.trigger.start
    return any(
        other.becomes == "event" and other.category == item.category and other.trigger.start < start
        for other in candidates
    )


def copular(token: Any) -> bool:
    """A predicate noun: it carries the copula ("était le premier affrontement", "was the attack")."""
    return token.pos_ == "NOUN" and any(c.dep_ == "cop" for c in token.children)


def tallied(item: Candidate) -> bool:
    """An act told over a stretch that began long before the news ("depuis 2016", "depuis
    l'entrée en vigueur de la trêve", "since the war began"): a tally or background, not one event
    (unless the report tells nothing else: `select`).
    Only a "depuis/since" phrase of the trigger or of its frame verb counts ("relaxé un journaliste
    détenu depuis deux mois" is a release today), and not one naming a recent day or hour."""
    words = word_lists()
    heads = {item.trigger.head.i, item.roles.frame.i if item.roles.frame is not None else item.trigger.head.i}
    doc, segment = item.trigger.head.doc, item.sentence
    for i in heads:
        for child in doc[i].children:
            if not segment.start <= child.i < segment.end:
                continue  # the parse may reach over a line break into the next paragraph
            marks = [
                c for c in child.children if c.dep_ in {"case", "mark"} and c.lower_ in words.since_marks
            ]
            if child.lower_ in words.since_marks and child.dep_ == "prep":
                marks, child = [child], next((g for g in child.children if g.dep_ == "pobj"), child)
            if (
                marks
                and child.lemma_.lower() not in words.recent_times
                and child.lower_ not in words.recent_times
            ):
                return True
    return False
