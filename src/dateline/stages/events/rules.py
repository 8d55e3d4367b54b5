"""PLOVER rules read off the parse: which triggers are background, which acts govern which (the walk
up the tree), and what a verb's object says about it. The passes that apply them are `passes.trigger`,
`passes.category` and `passes.selection`."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from dateline.stages.events.arguments import obliques, stranded
from dateline.stages.events.auxiliary import misread_present
from dateline.stages.events.consent import permitted
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import Trigger, day_objects, token_trigger
from dateline.stages.events.words import word_lists
from dateline.stages.tokens import token_table

CLAUSE_LINKS = frozenset({"xcomp", "ccomp", "pcomp", "advcl"})
STOP_LINKS = frozenset({"parataxis", "appos", "ROOT"})
SUBJECT_LINKS = frozenset({"nsubj", "nsubj:pass", "nsubjpass", "expl"})
#: Categories whose verb takes a reported clause as its content ("warned that", "denied that").
SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "REQUEST"})
#: Acts a free participle reports beside its verb's act ("…, accusing them of", "…, rejecting a
#: request", "…, threatening to"); other participles ("pressing for", "allowing") tell its manner.
PARTICIPLE_ACTS = frozenset({"ACCUSE", "REJECT", "THREATEN"})
#: Categories that also name standing relations (backed, recognised, allied, agreed).
RELATIONS = frozenset({"SUPPORT", "AGREE", "CONCEDE", "COOPERATE"})


def reported(trigger: Trigger) -> bool:
    """A verb that is no speech act reporting a clause ("a reconnu que…", "welcomed that…", "a
    rappelé que…") is no event."""
    if trigger.pos != "verb" or set(trigger.types) & SPEECH_ACTS or permitted(trigger.head):
        return False  # « a accepté que l'AIEA réinstalle… »: an agreement letting another party act
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" for m in c.children) for c in trigger.head.children)


def seeing(trigger: Trigger) -> bool:
    """A French « se voir » governing an infinitive (« se sont vu refuser l'accès »): the auxiliary of a
    passive (`arguments.seen_to`), not a meeting ("se voir" alone)."""
    head = trigger.head
    return (
        trigger.pos == "verb"
        and head.lang_ == "fr"
        and head.lemma_.lower() == "voir"
        and any(c.dep_ == "xcomp" and "Inf" in c.morph.get("VerbForm") for c in head.children)
    )


def descriptive(trigger: Trigger) -> bool:
    """A participle describing a standing relation ("Iran-backed militias", "le gouvernement reconnu
    par l'ONU", "a US-brokered truce", "l'accord conclu en 1994") is background, not an event."""
    head = trigger.head
    if trigger.pos != "verb" or not set(trigger.types) <= RELATIONS:
        return False
    if head.dep_ in {"amod", "compound"}:
        return True
    if "Part" not in head.morph.get("VerbForm") or any(c.dep_.startswith("aux") for c in head.children):
        return False
    if stranded(head) is not None:
        return False
    if head.dep_ == "conj":  # "un exécutif installé à l'Est et soutenu par…"
        return head.head.pos_ not in {"VERB", "AUX"}
    return head.dep_ in {"acl", "advcl"} and "Pres" not in head.morph.get("Tense")


#: Object predicates that state what an act left its object in, not a name ("were shot dead").
RESULT_STATES = frozenset({"dead", "unconscious", "alive"})


def naming(trigger: Trigger) -> bool:
    """A verb with an object predicate names or qualifies its object ("called the move a step", "ce
    qu'il a appelé une « ingérence »": a relative pronoun and a noun both its objects): it is not the
    act its lemma otherwise means (a call)."""
    if trigger.pos != "verb":
        return False
    children = list(trigger.head.children)
    resultatives = word_lists().resultatives  # "was shot dead": what the act did, no name it gives
    if any(c.dep_ == "oprd" and c.lower_ not in RESULT_STATES | resultatives for c in children):
        return True
    objects = [c for c in children if c.dep_ in {"obj", "dobj", "xcomp"}]
    relatives = word_lists().relative_pronouns  # "qu'il a appelé…", not a reflexive ("se dit prêt")
    pronoun = any(
        c.pos_ == "PRON"
        and c.dep_ in {"obj", "dobj"}
        and ("Rel" in c.morph.get("PronType") or c.lower_ in relatives)
        for c in objects
    )
    return pronoun and any(c.pos_ in {"NOUN", "ADJ"} for c in objects)


def tolling(trigger: Trigger) -> bool:
    """A verb of leaving whose object is told dead ("…, leaving three dead", « laissant deux morts »):
    the toll of the act it follows, no withdrawal."""
    if (
        trigger.pos != "verb"
        or len(trigger.tokens) > 1
        or trigger.head.lemma_.lower() not in word_lists().toll_verbs
    ):
        return False
    resultatives = word_lists().resultatives
    near = [c for c in trigger.head.children] + [g for c in trigger.head.children for g in c.children]
    return any(t.lower_ in resultatives for t in near)


def disapproving(trigger: Trigger) -> bool:
    """A naming verb whose object predicate disapproves of what it names ("called the charges a
    witch-hunt", "called the sanctions illegal", "called the case politically motivated", the
    adjective hung on the object): an accusation (`naming`)."""
    if trigger.pos != "verb" or trigger.head.lemma_.lower() not in word_lists().naming_verbs:
        return False
    if naming(trigger):
        predicates = [c for c in trigger.head.children if c.dep_ not in SUBJECT_LINKS and c.dep_ != "punct"]
        return any(_disapproves(t) for c in predicates for t in c.subtree)
    objects = [c for c in trigger.head.children if c.dep_ in {"obj", "dobj"}]
    if objects and any(
        c.lower_ in PREDICATE_MARKS and any(_disapproves(t) for t in c.subtree)
        for c in [*trigger.head.children, *(g for o in objects for g in o.children)]
    ):
        return True  # "described the sanctions as hostile", "a décrit la mesure comme illégale"
    return any(
        a.i > o.i and a.dep_ in {"acl", "amod"} and _disapproves(a) for o in objects for a in o.children
    )


#: Words introducing what a naming verb calls its object ("described X as illegal").
PREDICATE_MARKS = frozenset({"as", "comme"})


def _disapproves(token: Any) -> bool:
    words = word_lists().disapproving
    return token.lemma_.lower() in words or token.lower_ in words


#: Links of a relative clause in UD (French) and ClearNLP (English) parses.
RELATIVE_LINKS = frozenset({"acl:relcl", "relcl"})


def standing(trigger: Trigger) -> bool:
    """A present-tense relative clause describes a standing stance, not a reported act ("les
    paramilitaires, qui accusent l'armée de…, n'ont pas commenté", "la Syrie, où elles soutiennent le
    régime"): always for a relation (SUPPORT, COOPERATE…), for other acts when the sentence itself
    reports in a past tense ("les ravisseurs, qui exigent une rançon" under "affirment" stays)."""
    head = trigger.head
    if trigger.pos != "verb" or head.dep_ not in RELATIVE_LINKS:
        return False
    if "Pres" not in head.morph.get("Tense") or "Ind" not in head.morph.get("Mood"):
        return False
    if any(c.dep_.startswith("aux") for c in head.children):
        return False
    if set(trigger.types) <= RELATIONS:
        return True
    if reacting(trigger):
        return False
    root = head.sent.root
    past = "Past" in root.morph.get("Tense") or "Imp" in root.morph.get("Tense")
    return past or any(c.dep_.startswith("aux") and "Pres" in c.morph.get("Tense") for c in root.children)


def instigating(trigger: Trigger) -> bool:
    """A call that says who is behind the act it hangs on ("une grève à l'appel de leur syndicat",
    "ont manifesté à l'appel de l'opposition"): an adverbial "à l'appel de X", no request of its own."""
    head = trigger.head
    if trigger.pos != "noun" or head.lemma_.lower() not in word_lists().instigation_nouns:
        return False
    marks = {c.lower_ for c in head.children if c.dep_ == "case"}
    return "à" in marks and any(preposition in word_lists().genitive for _, preposition in _genitives(head))


def _genitives(noun: Any) -> list[tuple[Any, str]]:
    """The "de X" complements of `noun`, with their preposition."""
    return [(c, m.lower_) for c in noun.children if c.dep_ == "nmod" for m in c.children if m.dep_ == "case"]


#: Speech acts a present-tense relative may report as done now (`reacting`).
REACTIONS = frozenset({"ACCUSE", "REJECT", "REQUEST"})


def reacting(trigger: Trigger) -> bool:
    """A speech act in a present-tense relative that answers an act rather than states a standing view:
    a quoted qualification ("un parti qui dénonce une « élimination ciblée »", "qui accuse la ministre
    d'« acharnement »"), a past act it imputes ("qui accuse les gendarmes d'avoir arrêté…", a perfect
    infinitive), or a demand of a thing ("trois syndicats, qui réclament une revalorisation"); not "qui
    accusent l'armée d'utiliser le camp comme base" (a standing charge)."""
    head = trigger.head
    types = set(trigger.types)
    if trigger.pos != "verb" or not types & REACTIONS:
        return False
    clause = [t for t in head.subtree if t.i > head.i]
    if any(t.is_quote or t.text in {"«", "»"} for t in clause):
        return True
    perfect = any(
        "Inf" in a.morph.get("VerbForm") and a.dep_.startswith("aux") and a.head.i > head.i
        for t in clause
        for a in t.children
    )
    if "ACCUSE" in types and perfect:
        return True
    return "REQUEST" in types and any(c.dep_ in {"obj", "dobj"} and c.pos_ == "NOUN" for c in head.children)


def displacement(noun: Any) -> bool:
    """A movement noun of a plural group ("le déplacement des Palestiniens") is no visit."""
    genitive = word_lists().genitive
    return any(word in genitive and "Plur" in of.morph.get("Number") for word, of in obliques(noun))


def line_breaks(doc: Any) -> list[int]:
    """Indices of the tokens of a parsed document holding a line break."""
    return [i for i, word in enumerate(token_table(doc).words) if "\n" in word]


def clause_breaks(doc: Any) -> list[int]:
    """Indices of the tokens of a parsed document that end an independent clause: line breaks and
    semicolons ("Police in X arrested three men; detectives from Y were called in": the parser may hang
    the first clause's verb on the second's, but neither is the other's content)."""
    return [i for i, word in enumerate(token_table(doc).words) if "\n" in word or word == ";"]


class Governors:
    """The `ancestors` of tokens of one parsed document, each walked once (clause breaks indexed first)."""

    def __init__(self, doc: Any) -> None:
        self.breaks = clause_breaks(doc)
        self.memo: dict[int, list[tuple[Any, str]]] = {}

    def __call__(self, token: Any) -> list[tuple[Any, str]]:
        if token.i not in self.memo:
            self.memo[token.i] = ancestors(token, self.breaks)
        return self.memo[token.i]


def ancestors(token: Any, breaks: list[int], hops: int = 4) -> list[tuple[Any, str]]:
    """Up to `hops` governors of `token` with the link leading to each. A conjunct shares its first
    conjunct's governor (the first conjunct itself is a sibling, not a governor); the walk stops at
    parataxis, appositions, clause breaks (`breaks`: sorted indices of line breaks and semicolons) and
    adverbial clauses with their own subject ("…, alors que l'armée a achevé…", "as Iraq
    deployed…": circumstances, not the content of the main act)."""
    out: list[tuple[Any, str]] = []
    node = token
    if token.dep_ == "conj" and misread_present(token):
        node = token.sent.root  # « a dénoncé une décision « injuste » et menace de… »: the root's conjunct
    while len(out) < hops and node.head != node and node.dep_ not in STOP_LINKS:
        head = node.head
        if bisect_left(breaks, min(node.i, head.i)) < bisect_left(breaks, max(node.i, head.i)):
            break
        if circumstantial(node):
            break
        if node.dep_ != "conj":
            out.append((head, node.dep_))
        node = head
    return out


def circumstantial(clause: Any) -> bool:
    """An adverbial clause with its own subject and no purpose or condition marker."""
    if clause.dep_ != "advcl" or not any(c.dep_ in SUBJECT_LINKS for c in clause.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in word_lists().content_marks for c in clause.children)


def free_participle(clause: Any) -> bool:
    """An English -ing participle hung on a verb as an adverbial clause with no marker of its own
    ("while", "after"): "froze their assets, accusing them of…"; or a French gerund, "en" and a present
    participle ("a présenté sa démission en dénonçant des pressions")."""
    if clause.dep_ != "advcl" or "Part" not in clause.morph.get("VerbForm"):
        return False
    marks = [c.lower_ for c in clause.children if c.dep_ in {"mark", "aux", "case"}]
    if marks == ["en"] and "Pres" in clause.morph.get("Tense"):
        return True
    return "Prog" in clause.morph.get("Aspect") and not marks


def object_types(trigger: Trigger, lexicon: Lexicon) -> set[str]:
    """The candidate categories of the act nouns that are the verb's direct objects (not nouns of
    participants: "manifestants")."""
    out: set[str] = set()
    days = day_objects(trigger.head)  # "a négocié jeudi un cessez-le-feu"
    for child in [*trigger.head.children, *days]:
        act = (
            child.dep_ in {"obj", "dobj"} or child in days
        ) and child.lemma_.lower() not in lexicon.agent_nouns
        noun = token_trigger(child, lexicon) if act else None
        out |= set(noun.types) if noun is not None and noun.pos == "noun" else set()
    return out


def settles(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A verb whose object is an agreement or a truce ("negotiated a ceasefire", "a négocié un
    accord") concludes it."""
    return bool({"AGREE", "CONCEDE"} & object_types(trigger, lexicon))
