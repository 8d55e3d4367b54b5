"""Trigger pass: one candidate per lexicon trigger that is no background, segment by segment; and,
for a segment without any whose root is a verb, that verb as an untriggered candidate (no lexicon
categories: the classifier alone may give it one, see `categories.sentence_category`)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from typing import Any

from dateline.stages.clean.lines import labelled_aside
from dateline.stages.events import rules
from dateline.stages.events.adapters import ActorIndex
from dateline.stages.events.arguments import (
    attributed,
    by_agents,
    impact_verb,
    instrument,
    modified_weapon,
    obliged,
    resultative_noun,
    struck_mines,
)
from dateline.stages.events.candidate import Candidate, Coding
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import SUBJECT_DEPS, Trigger, find_triggers
from dateline.stages.events.words import word_lists


def find(coding: Coding, untriggered: bool = True) -> None:
    """Writes `coding.candidates`: the triggers of every segment, minus verbs reporting a clause ("a
    rappelé que…"), participles of standing relations ("Iran-backed") and naming verbs ("called
    the move a step"), which stand as accusations when they disapprove ("called the ruling illegal");
    with `untriggered`, the root verb of each segment the lexicon finds nothing in."""
    index = coding.index
    for sentence in segments(coding.parse):
        if labelled_aside(sentence.text):
            continue  # "Read also: …", « Photo : … » flattened into a paragraph: no act of the report
        # an event noun inside an actor's name is no trigger at all (the segment may still have none)
        triggers = [
            t for t in find_triggers(sentence, coding.lexicon) if not named_within(t, index, coding.lexicon)
        ]
        triggers += misread(sentence, coding.lexicon, {t.head.i for t in triggers})
        told = any("ASSAULT" in c.trigger.types for c in coding.candidates)
        triggers += impacts(sentence, coding.lexicon, {t.head.i for t in triggers}, index, told)
        found = [
            Candidate(trigger, sentence)
            for trigger in triggers
            if not (
                rules.reported(trigger)
                or rules.seeing(trigger)
                or rules.descriptive(trigger)
                or rules.naming(trigger)
                or rules.tolling(trigger)
                or rules.disapproving(trigger)
                or rules.standing(trigger)
                or rules.instigating(trigger)
            )
        ]
        blames = [
            _blame(verb) for verb in sentence if verb.pos_ == "VERB" and rules.disapproving(_bare(verb))
        ]
        named = {o.i for b in blames for o in b.head.children if o.dep_ in {"obj", "dobj"}}
        found = [c for c in found if c.trigger.head.i not in named]  # "called the sanctions illegal"
        found += [Candidate(blame, sentence) for blame in blames]
        heads = {t.head.i for t in triggers}
        found += [Candidate(_bare(verb), sentence) for verb in demanded(sentence) if verb.i not in heads]
        found += [
            Candidate(_alleging(verb), sentence)
            for verb in sentence
            if verb.pos_ == "VERB" and verb.i not in heads and attributed(verb) is not None
        ]
        root = sentence.root
        if untriggered and not triggers and root.pos_ == "VERB":
            found.append(Candidate(_bare(root), sentence))
        coding.candidates += sorted(found, key=lambda c: c.trigger.head.i)


def impacts(
    sentence: Any, lexicon: Lexicon, heads: set[int], index: ActorIndex, told: bool = False
) -> list[Trigger]:
    """Verbs of a weapon's impact or blast whose subject is the weapon ("three mortar rounds landed on a
    school", "a roadside bomb exploded", "an explosive device went off", « des obus sont tombés sur le
    quartier », « une bombe artisanale a explosé »): an attack, by whoever the weapon's phrase names,
    else by an unnamed group (the actors pass). Verbs the lexicon already reads are left to it; after an
    attack already `told`, a definite weapon is that attack's ("… tués par des tirs d'artillerie turcs.
    Les obus sont tombés sur des habitations": no second attack)."""
    found = []
    definite = word_lists().definite
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.i in heads or not impact_verb(verb, lexicon):
            continue
        subjects = index.undated([c for c in verb.children if c.dep_ in SUBJECT_DEPS])
        weapons = [t for t in subjects + modified_weapon(verb, lexicon) if instrument(t, lexicon)]
        weapons += struck_mines(verb, lexicon)  # « le véhicule a sauté sur une mine »
        weapons += [a for a in by_agents(verb) if instrument(a, lexicon)]  # « touché par un missile »
        if told and any(d.dep_ == "det" and d.lower_ in definite for w in weapons for d in w.children):
            continue
        if weapons:
            found.append(Trigger(verb, (verb,), "verb", {"ASSAULT": None}))
    return found


def misread(sentence: Any, lexicon: Lexicon, heads: set[int]) -> list[Trigger]:
    """A past tense the tagger made a noun before its result ("A sniper shot dead two soldiers"): the verb
    it stands for (`arguments.resultative_noun`), with that verb's lexicon readings."""
    found = []
    for token in sentence:
        verb = resultative_noun(token) if token.pos_ == "NOUN" and token.i not in heads else None
        entries = [e for e in lexicon.lookup("verb", verb) if e.size == 1] if verb else []
        if entries:
            types: dict[str, str | None] = {}
            for entry in entries:
                for category, mode in entry.types.items():
                    types.setdefault(category, mode)
            found.append(Trigger(token, (token,), "verb", types))
    return found


def demanded(sentence: Any) -> list[Any]:
    """Verbs of a reported obligation ("X said that Y must ensure security", "EU says an intervention
    must be avoided"): a demand of the reporter whatever the verb (PLOVER REQUEST), lexicon trigger
    or not (the roles pass reads the reporter and the clause's subject, the category pass the demand)."""
    return [t for t in sentence if t.pos_ == "VERB" and obliged(t) is not None]


def _blame(verb: Any) -> Trigger:
    """A naming verb that disapproves of what it names ("called the ruling an attack", "called the
    sanctions illegal": the object names the act, no act of its own): an accusation."""
    return Trigger(verb, (verb,), "verb", {"ACCUSE": "disapprove"})


def _alleging(verb: Any) -> Trigger:
    """A verb putting an act on a named party ("said Boko Haram was behind the attack"): an allegation,
    whatever the verb (PLOVER ACCUSE allege; the roles pass reads the accused, `arguments.attributed`)."""
    return Trigger(verb, (verb,), "verb", {"ACCUSE": "allege"})


def _bare(verb: Any) -> Trigger:
    """An untriggered candidate's trigger: the verb, with no lexicon category."""
    return Trigger(verb, (verb,), "verb", {})


def named_within(trigger: Trigger, index: ActorIndex, lexicon: Lexicon) -> bool:
    """An event noun inside an actor's name ("les forces de l'ordre", "le comité des sanctions",
    "la Mission d'appui des Nations unies", "Georgian demonstrators") names the actor, not an act;
    unless it heads the mention's phrase and names no participant: an act's complement made it look
    like a role ("a hunger strike outside the congress")."""
    if trigger.pos != "noun":
        return False
    token = trigger.head
    agent = token.lemma_.lower() in lexicon.agent_nouns
    return any(
        m.start < token.idx
        and token.idx + len(token) <= m.end
        and (agent or _phrase_head(token, m.start, m.end) != token)
        for m in index.at(token)
    )


def _phrase_head(token: Any, start: int, end: int) -> Any:
    """The token of the characters `start`–`end` around `token` whose head lies outside them."""
    head = token
    while head.head.i != head.i and start <= head.head.idx < end:
        head = head.head
    return head


def segments(doc: Any) -> Iterator[Any]:
    """The parser's sentences, split again at line breaks (a paragraph never continues a sentence)."""
    breaks = [i for i in rules.line_breaks(doc) if doc[i].is_space]
    for sentence in doc.sents:
        start = sentence.start
        for i in breaks[bisect_left(breaks, start) : bisect_left(breaks, sentence.end)]:
            if i > start:
                yield doc[start:i]
            start = i + 1
        if start < sentence.end:
            yield doc[start : sentence.end]
