"""Event arguments from the dependency tree around a trigger: actor and recipient tokens.

Both UD (French: ``obl`` + ``case``) and ClearNLP-style (English: ``prep`` + ``pobj``, ``agent``)
attachments are read. Roles follow PLOVER: the initiator is actor; addressee, target or host is
recipient; parties joined by "entre"/"between" are all actors (a meeting with no host).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from dateline.stages.events import auxiliary
from dateline.stages.events.auxiliary import misread_present, misread_subject
from dateline.stages.events.copulas import copula_of
from dateline.stages.events.lexicon import Lexicon
from dateline.stages.events.triggers import (
    SUBJECT_DEPS,
    Trigger,
    day_objects,
    day_verb,
    light_objects,
    misread_gerund,
    misread_object,
    nominal_gerund,
    partitive,
    token_trigger,
    undertaking_of,
    word_forms,
)
from dateline.stages.events.words import word_lists

ACTIVE_SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
PASSIVE_MARKERS = frozenset({"nsubj:pass", "nsubjpass", "aux:pass", "auxpass"})
DIRECT_OBJECTS = frozenset({"obj", "dobj", "iobj", "dative"})
OBLIQUES = frozenset({"obl", "obl:arg", "obl:mod", "obl:agent", "nmod", "prep", "agent", "dative", "iobj"})
NOUN_MODIFIERS = frozenset({"amod", "compound", "nmod:poss", "poss", "npadvmod"})
CLAUSE_COMPLEMENTS = frozenset({"xcomp", "ccomp", "obj", "dobj"})
#: ASSAULT modes whose mode words name weapons, not those who wield them (aircraft are armed forces; a
#: drone is the weapon of whoever flies it: "a drone struck a car", "an Israeli drone struck…").
WEAPON_MODES = ("explosives", "heavy-weapons", "drone")
#: Clauses a verb governs (not part of its own clause).
EMBEDDED_CLAUSES = frozenset({"xcomp", "ccomp", "advcl", "conj", "parataxis", "acl", "relcl", "csubj", "cc"})
#: Children that do not belong to an argument's phrase (clauses, punctuation, coordination).
PRUNED = frozenset(
    {"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "punct", "cc", "mark", "conj",
     "dep", "advmod", "prep"}
)  # fmt: skip
PHRASE_CORE = frozenset(
    {"amod", "compound", "flat", "flat:name", "fixed", "appos", "nmod:poss", "poss", "nummod"}
)


@dataclass
class Roles:
    """Argument head tokens by role, and the verb (if any) framing a noun trigger."""

    actors: list[Any] = field(default_factory=list)
    recipients: list[Any] = field(default_factory=list)
    frame: Any = None
    content: list[Any] = field(default_factory=list)  # complements holding the content of a speech act
    beneficiaries: list[Any] = field(default_factory=list)  # "à X"/"to X" of a giving verb (`given_to`)
    demanded: bool = False  # the act is what a reporter says its subject must do (`obliged`)
    joint: list[Any] = field(default_factory=list)  # a partnership noun's partners: it is the joint act

    def add_all(self, role: str, tokens: list[Any]) -> None:
        for token in tokens:
            self.add(role, token)

    def add(self, role: str, token: Any) -> None:
        bucket = self.actors if role == "actor" else self.recipients
        for item in [token, *conjuncts(token)]:
            if item not in bucket:
                bucket.append(item)


def joint_parties(noun: Any) -> list[Any]:
    """The parties of an "entre"/"between" phrase: its noun, and the nouns coordinated inside it, also
    one the parser attached to the noun's complement ("entre les forces du régime et des rebelles")."""
    return [noun, *(t for t in noun.subtree if t.dep_ == "conj" and t.pos_ in {"NOUN", "PROPN"})]


def conjuncts(token: Any) -> Iterator[Any]:
    """Tokens coordinated with `token` ("la Russie et la Turquie")."""
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "PRON", "ADJ"}:
            yield child
            yield from conjuncts(child)


def preposition(token: Any) -> str | None:
    """The preposition introducing `token` (UD ``case`` child), lower-cased."""
    for child in token.children:
        if child.dep_ in {"case", "mark"} and child.i < token.i:
            return str(child.lower_)
    return None


def sequel(noun: Any) -> bool:
    """A noun introduced by a preposition of what something came after ("after the arrest of X", «
    après l'interpellation de X », words `sequels`)."""
    sequels = word_lists().sequels
    return preposition(noun) in sequels or (noun.dep_ == "pobj" and noun.head.lower_ in sequels)


def obliques(head: Any) -> Iterator[tuple[str | None, Any]]:
    """(preposition, nominal) pairs hanging from `head` in either attachment style."""
    for word, noun in _attachments(head):
        if child_is_nominal(noun):
            yield word, noun


def _attachments(head: Any) -> Iterator[tuple[str | None, Any]]:
    for child in head.children:
        if child.dep_ in {"prep", "agent"} or (child.dep_ == "dative" and child.pos_ == "ADP"):
            word = "by" if child.dep_ == "agent" else str(child.lower_)
            for obj in child.children:
                if obj.dep_ in {"pobj", "pcomp"}:
                    yield word, obj
        elif child.dep_ in OBLIQUES:
            yield ("to" if child.dep_ == "dative" else preposition(child)), child


def relative(token: Any) -> bool:
    return "Rel" in token.morph.get("PronType") or token.lower_ in word_lists().relative_pronouns


def child_is_nominal(token: Any) -> bool:
    """A noun, a name, a pronoun or a number of people or things ("eight of his supporters")."""
    return token.pos_ in {"NOUN", "PROPN", "PRON"} or partitive(token)


def patient(token: Any) -> bool:
    """A nominal undergoing the act: direct object, passive subject (also a pronoun or a number: "il a
    été interpellé", "trois d'entre eux ont été arrêtés"; a number also as object: "detained eight of his
    supporters") or "contre/against" oblique."""
    if partitive(token) and token.dep_ in DIRECT_OBJECTS:
        return True
    if token.pos_ in {"PRON", "NUM"}:
        return passive_subject(token)
    if token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.dep_ in DIRECT_OBJECTS or passive_subject(token) or day_verb(token) is not None:
        return True
    word = token.head.lower_ if token.dep_ == "pobj" else preposition(token)
    return word in word_lists().against


def addressees(verb: Any) -> list[Any]:
    """Subjects of a demand's content clause ("demanded that Turkey halt…", "exige que Damas…")."""
    return [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ in ACTIVE_SUBJECTS]


def seen_to(verb: Any) -> bool:
    """A French infinitive under a reflexive "se voir" (« trois journalistes se sont vu interdire
    l'entrée du pays », « le capitaine s'est vu infliger une amende »): a passive whose patient is the
    subject of "voir", its agent a "par" phrase."""
    head = verb.head
    return (
        verb.lang_ == "fr"
        and verb.dep_ == "xcomp"
        and head is not verb
        and head.lemma_.lower() == "voir"
        and "Inf" in verb.morph.get("VerbForm")
        and any(c.lower_ in word_lists().reflexives and c.dep_.startswith("expl") for c in head.children)
    )


def is_passive(verb: Any) -> bool:
    """A passive verb, not a French pronominal one conjugated with "être" ("se sont retirées") nor a
    French verb whose compound past takes "être" ("est arrivé", "sont intervenus"); an infinitive
    under « se voir » is one (`seen_to`)."""
    if seen_to(verb):
        return True
    children = list(verb.children)
    reflexive = any(c.lower_ in word_lists().reflexives and c.dep_.startswith("expl") for c in children)
    if reflexive or _unaccusative(verb) or causative(verb) or _committed(verb, children):
        return False
    return any(child.dep_ in PASSIVE_MARKERS for child in children) or _passive_conjunct(verb, children)


def _passive_conjunct(verb: Any, children: list[Any]) -> bool:
    """A participle coordinated with a passive verb that has no subject or auxiliary of its own shares
    its voice ("were detained and charged with incitement", « ont été interpellés et déférés »)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head is not verb
        and head.pos_ == "VERB"
        and (verb.tag_ == "VBN" or "Part" in verb.morph.get("VerbForm"))
        and not any(c.dep_ in SUBJECT_DEPS or c.dep_.startswith("aux") for c in children)
        and is_passive(head)
    )


def _committed(verb: Any, children: list[Any]) -> bool:
    """A participle stating its subject's own commitment ("is committed to opening the economy"): a
    `committed_states` verb with a "to" complement and no by-agent."""
    return (
        verb.lemma_.lower() in word_lists().committed_states
        and any(c.lower_ == "to" for c in children)
        and not any(c.dep_ == "agent" for c in children)
    )


def _unaccusative(verb: Any) -> bool:
    return verb.lemma_.lower() in word_lists().unaccusatives


def causative(verb: Any) -> bool:
    """A French causative the parser hung under its infinitive ("le gouverneur a fait arrêter le chef de
    canton": "fait" a dependent of "arrêter", "gouverneur" read as a passive subject): its subject is
    the one who has the act done, the actor."""
    return verb.tag_ != "VBN" and any(
        c.lemma_.lower() in word_lists().causative_verbs and c.i < verb.i and c.dep_ in CAUSATIVE_LINKS
        for c in verb.children
    )


#: How fr_core_news_md hangs "faire" on the infinitive it makes someone do.
CAUSATIVE_LINKS = frozenset({"dep", "aux", "aux:caus"})


def passive_subject(token: Any) -> bool:
    """The subject of a passive verb: it undergoes the act (not that of "est arrivé", which acts, nor
    that of a causative, "a fait arrêter", who has it done)."""
    return token.dep_ in PASSIVE_SUBJECTS and not _unaccusative(token.head) and not causative(token.head)


def by_agents(verb: Any) -> list[Any]:
    """The nominals of `verb`'s clause (its own dependents, not the clauses it governs) that a
    "par"/"by" introduces: a passive's agent the parser attached lower ("condamné à un an pour
    diffamation par le tribunal")."""
    markers = word_lists().agent_markers
    found = []
    for child in verb.children:
        if child.dep_.split(":")[0] in EMBEDDED_CLAUSES:
            continue
        found += [
            t
            for t in child.subtree
            if t.pos_ in {"NOUN", "PROPN"} and _introduced_by(t, markers) and not _embedded(t, verb)
        ]
    return found


def _embedded(token: Any, verb: Any) -> bool:
    """`token` lies in a clause below `verb` ("Deux hommes, interpellés par les enquêteurs, ont été
    mis en examen": the agent of the participle, not of the charge)."""
    node = token
    while node != verb and node.head != node:
        if node.dep_.split(":")[0] in EMBEDDED_CLAUSES:
            return True
        node = node.head
    return False


def _introduced_by(token: Any, markers: frozenset[str]) -> bool:
    if token.dep_ == "pobj":
        return bool(token.head.lower_ in markers)
    return any(c.dep_ == "case" and c.lower_ in markers for c in token.children)


def instrument(token: Any, lexicon: Lexicon) -> bool:
    """A weapon or an attack standing as an argument ("a car bomb killed…", "l'explosion d'un engin
    explosif"): no actor, the attacker is unnamed unless a participle names it ("planted by X")."""
    if token.pos_ != "NOUN" and not nominal_gerund(token):  # "Shelling hit the outskirts…"
        return False
    if weapon_word(token, lexicon):
        return True
    found = token_trigger(token, lexicon)
    if found is not None and "ASSAULT" in found.types:
        return True
    # "three mortar rounds", "une charge de mortier": a weapon compounded before the noun
    if any(c.dep_ == "compound" and c.i < token.i and weapon_word(c, lexicon) for c in token.children):
        return True
    return any(rigged(c, lexicon) for c in token.children if c.dep_.split(":")[0] in {"amod", "acl"})


def rigged(modifier: Any, lexicon: Lexicon) -> bool:
    """A modifier that makes a vehicle or an object a weapon: a participle of rigging (« une voiture
    piégée », "a booby-trapped car", `rigged_words`) or one loaded with a weapon ("an explosives-laden
    truck", « un camion chargé d'explosifs »)."""
    if any(form in lexicon.rigged_words for form in word_forms(modifier)):
        return True
    return any(weapon_word(c, lexicon) for c in modifier.children if c.dep_ not in {"det", "punct"})


def impact_verb(verb: Any, lexicon: Lexicon) -> bool:
    """The verb, or the verb with its particle ("go off", "blow up"), is a verb of a weapon's impact or
    blast (`lexicon.impact_verbs`: "landed", "exploded", « tombés »)."""
    lemma = verb.lemma_.lower()
    particles = (c.lower_ for c in verb.children if c.dep_ == "prt")
    return lemma in lexicon.impact_verbs or any(f"{lemma} {p}" in lexicon.impact_verbs for p in particles)


def modified_weapon(verb: Any, lexicon: Lexicon) -> list[Any]:
    """The weapon a finite verb is hung on as a modifier, which is its subject ("An explosive device
    planted under a truck blew up…": "blew" read as a clause of "device")."""
    finite = "Fin" in verb.morph.get("VerbForm") and verb.dep_.split(":")[0] == "acl"
    return [verb.head] if finite and instrument(verb.head, lexicon) else []


def struck_mines(verb: Any, lexicon: Lexicon) -> list[Any]:
    """The explosive a vehicle or a person ran onto, object or oblique of an impact verb ("the vehicle hit
    a landmine", "struck an IED", « a sauté sur une mine », « a heurté un engin explosif »): the weapon of
    an attack on the verb's subject by a group the text leaves unnamed."""
    lemma = verb.lemma_.lower()
    particles = (c.lower_ for c in verb.children if c.dep_ == "prt")
    if lemma not in lexicon.struck_verbs and not any(
        f"{lemma} {p}" in lexicon.struck_verbs for p in particles
    ):
        return []
    found = [c for c in verb.children if c.dep_ in DIRECT_OBJECTS] + [n for _, n in obliques(verb)]
    return [n for n in found if n.pos_ == "NOUN" and any(f in lexicon.mine_nouns for f in word_forms(n))]


def weapon_word(token: Any, lexicon: Lexicon) -> bool:
    """A weapon's word among the mode words (its lemma or its form: spaCy lemmatises "obus" as "obu")."""
    weapons = lexicon.mode_words.get("ASSAULT", {})
    forms = word_forms(token)
    return any(form in weapons.get(mode, ()) for mode in WEAPON_MODES for form in forms) or any(
        form in lexicon.projectile_nouns for form in forms
    )


def participle_agents(token: Any) -> list[Any]:
    """The by-agents of the participles qualifying a noun ("a bomb planted by an unidentified group",
    "une attaque revendiquée par un groupe jihadiste")."""
    return [a for c in token.children if c.dep_.split(":")[0] == "acl" for a in by_agents(c)]


#: Links of a noun's modifiers that may name its owner ("Government artillery", "regime aircraft",
#: "the army's drones").
OWNER_LINKS = frozenset({"compound", "amod", "poss", "nmod:poss", "nmod"})


def weapon_owners(weapon: Any) -> list[Any]:
    """The modifiers of a weapon noun before it that may name who wields it ("Government artillery
    shelled the village", "regime aircraft struck"), and the predicate of a participle on it ("a drone
    believed to be Turkish struck a car")."""
    owners = [c for c in weapon.children if c.dep_ in OWNER_LINKS and c.i < weapon.i]
    for clause in (c for c in weapon.children if c.dep_.split(":")[0] == "acl"):
        owners += [t for t in clause.subtree if t.dep_ in PREDICATES and t.pos_ in {"ADJ", "PROPN"}]
    return owners


#: Links of a copula's or a participle's predicate ("believed to be Turkish").
PREDICATES = frozenset({"acomp", "attr", "oprd"})


def belongs_to(thing: Any) -> list[Any]:
    """Who a target that names no actor belongs to, by the participle qualifying it: its by-agent or
    the object of an active one ("a patrol led by Nigerien soldiers", "a bus carrying Kenyan police
    officers", "un convoi escorté par des soldats français")."""
    found = participle_agents(thing)
    for clause in thing.children:
        acl = clause.dep_.split(":")[0] == "acl" and "Part" in clause.morph.get("VerbForm")
        active = "Pres" in clause.morph.get("Tense") or clause.tag_ == "VBG"
        if acl and active and not is_passive(clause):
            found += [c for c in clause.children if c.dep_ in DIRECT_OBJECTS and child_is_nominal(c)]
    return found


def attack_agents(verb: Any, lexicon: Lexicon) -> list[Any]:
    """Who made the attack in which a passive's patient was hit: the modifiers and participle agents
    of an attack or weapon noun in the verb's obliques ("were killed in Israeli tank shelling", "were
    wounded by a Russian drone", "tués dans une frappe russe")."""
    markers = word_lists().agent_markers
    found = []
    for _, noun in obliques(verb):
        if instrument(noun, lexicon):
            found += [c for c in noun.children if c.dep_ in NOUN_MODIFIERS] + participle_agents(noun)
            found += [n for word, n in obliques(noun) if word in markers]  # "an air strike by X"
    return found


def reduced_passive(verb: Any) -> bool:
    """A past participle qualifying a noun ("10 soldiers killed in Ukraine", "trois soldats tués dans
    une embuscade"): a passive whose patient is that noun."""
    return (
        verb.dep_ in {"acl", "appos"}  # the French parser also hangs it as an apposition
        and verb.head.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}
        and "Part" in verb.morph.get("VerbForm")
        and "Pres" not in verb.morph.get("Tense")
        and not any(c.dep_.startswith("aux") for c in verb.children)
    )


def death_of(noun: Any, lexicon: Lexicon) -> Any | None:
    """The verb of dying whose cause the attack noun is ("died as a result of torture", "died in
    custody after torture", "est mort sous la torture"), through prepositions and their nouns only."""
    token = noun
    for _ in range(4):
        token = token.head
        if token.pos_ in {"VERB", "AUX"}:
            return token if dying_verb(token, lexicon) else None
        if token.pos_ not in {"ADP", "NOUN", "ADJ", "ADV", "SCONJ"} or token.head == token:
            return None
    return None


def dying_verb(verb: Any, lexicon: Lexicon) -> bool:
    """A verb of dying (`death_verbs`), alone or with its object ("lost their lives", « ont trouvé la
    mort »: entries "lose life", "trouver mort")."""
    lemma = verb.lemma_.lower()
    objects = (c.lemma_.lower() for c in verb.children if c.dep_ in {"obj", "dobj"})
    return lemma in lexicon.death_verbs or any(f"{lemma} {o}" in lexicon.death_verbs for o in objects)


def subjects(verb: Any, depth: int = 0) -> list[Any]:
    """The verb's subject(s), inherited through control and coordination ("ont convenu de créer")."""
    found = [
        c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS and not clitic_subject(c)
    ]
    found = found or _reflexive_subject(verb) or [c for c in verb.children if misread_gerund(c)]
    if verb.dep_ in {"acl:relcl", "relcl"} and any(relative(c) for c in found):
        return [verb.head]  # "les États-Unis, qui ont réclamé…"
    if found and all(c.pos_ == "PRON" and relative(c) for c in found):
        return antecedent(found[0])  # a relative the parser hung as an adverbial clause
    if found or depth > 3:
        return found
    if misread_present(verb):  # « Le ministre menace de… »: "menace" tagged a modifier
        noun = misread_subject(verb)
        return [noun] if noun is not None else subjects(verb.sent.root, depth + 1)
    compound = stray_conjunct(verb)
    if compound is not None:  # "a dénoncé une condamnation « qui vise à faire taire … » et demandé…"
        return subjects(compound, depth + 1)
    if verb.dep_ in {"xcomp", "conj", "advcl", "acomp"} and verb.head != verb:
        return subjects(verb.head, depth + 1)
    if verb.dep_ == "pcomp" and _culpable(verb.head.head):
        return subjects(verb.head.head.head, depth + 1)  # "X were guilty of violating the truce": X violated
    if (
        verb.dep_ == "pcomp"
        and verb.head.lower_ in word_lists().means_marks
        and verb.head.head.pos_ == "VERB"
    ):
        return subjects(verb.head.head, depth + 1)  # "Rebels responded by firing rockets": the rebels fired
    if verb.dep_ in {"acl:relcl", "relcl"}:
        return [verb.head]
    if hedged(verb):  # "Gunmen believed to belong to IS attacked…": "attacked" hung on "believed"
        return subjects(verb.head, depth + 1)
    if crowd_predicate(verb):  # "Hundreds of residents protested in Nasiriyah": no finite verb parsed
        return [verb.head]
    auxiliary = stranded(verb)
    if auxiliary is not None:  # "Kinshasa a au contraire salué…": the subject of the stranded "a"
        return [c for c in auxiliary.children if c.dep_ in ACTIVE_SUBJECTS]
    if verb.dep_ == "acl" and any(c.dep_ == "aux:tense" for c in verb.children):
        governor = _clause_verb(verb.head)  # "a affirmé avoir « neutralisé » trente hommes": a quoted
        if governor is not None:  # verb the parser hung low
            return subjects(governor, depth + 1)
        return _phrase_subject(verb)
    return []


def hedged(verb: Any) -> bool:
    """A finite verb the parser hung as the complement of a hedging participle it read as the finite verb
    ("Gunmen believed to belong to Islamic State attacked a post": "attacked" under "believed", whose
    infinitive comes first): the hedge qualifies the subject, whose verb this is."""
    hedge = verb.head
    return (
        verb.dep_ == "ccomp"
        and hedge.i < verb.i
        and hedge.lemma_.lower() in word_lists().hedging_verbs
        and any(c.dep_ == "xcomp" and c.i < verb.i for c in hedge.children)
        and any(c.dep_ in ACTIVE_SUBJECTS for c in hedge.children)
    )


def crowd_predicate(verb: Any) -> bool:
    """An intransitive act of a crowd the parser hung as a participle on the sentence's root noun
    ("Hundreds of residents protested in Nasiriyah": "protested" under "Hundreds"): the noun's act."""
    return (
        verb.dep_ == "acl"
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ == "NOUN"
        and verb.lemma_.lower() in word_lists().crowd_acts
        and not any(c.dep_ in {"dobj", "obj", "auxpass", "aux:pass"} for c in verb.children)
    )


def hedge_predicate(token: Any) -> bool:
    """The infinitive or participle under such a hedge, before the verb it hangs ("believed to belong to",
    "thought to be linked to"): what the subject is said to be, no act of its own."""
    return token.dep_ == "xcomp" and any(hedged(c) and c.i > token.i for c in token.head.children)


def clitic_subject(token: Any) -> bool:
    """A French object clitic the parser made a subject ("Le ministre les a reçus et leur a promis…":
    "leur" the subject of "promis"): "les", "leur", "le", "la", "l'" are never subjects; the verb's
    object, and its subject is the coordinated verb's."""
    return (
        token.pos_ in {"PRON", "DET"}  # "leur" is tagged either
        and token.dep_ in ACTIVE_SUBJECTS
        and token.i < token.head.i
        and token.lower_ in word_lists().object_clitics - STRESSED
    )


#: Object clitics that may also be a stressed subject ("lui a toujours refusé").
STRESSED = frozenset({"lui"})


def _phrase_subject(verb: Any) -> list[Any]:
    """The subject of a finite compound verb the parser hung inside a long subject phrase made the root
    ("Le Haut-Commissariat des Nations unies pour les réfugiés a distribué…": "distribué" under
    "réfugiés", the phrase's head the sentence's root): that head, when it comes before the verb. A
    finite tense auxiliary ("a", "ont") cannot head a participial modifier, so the verb is the clause's."""
    if not any(c.dep_ == "aux:tense" and "Fin" in c.morph.get("VerbForm") for c in verb.children):
        return []
    node = verb.head
    while node.head != node and node.dep_ in {"nmod", "acl", "appos", "flat:name", "amod"}:
        node = node.head
    if node.head == node and node.pos_ in {"NOUN", "PROPN"} and node.i < verb.i:
        return [node]
    return []


def stray_conjunct(verb: Any) -> Any:
    """The compound-tense verb a bare past participle really coordinates with, when the parser hung it
    on a verb of another form inside that verb's complement ("a dénoncé une condamnation « qui vise à
    faire taire la presse » et demandé sa libération": "demandé" under "taire"): the nearest participle
    above with a tense auxiliary; None for a participle coordinated with one of its kind."""
    if (
        verb.dep_ != "conj"
        or "Part" not in verb.morph.get("VerbForm")
        or "Part" in verb.head.morph.get("VerbForm")
    ):
        return None
    if any(c.dep_.startswith("aux") for c in verb.children) or verb.head.pos_ != "VERB":
        return None
    node = verb.head
    while node.head != node:
        node = node.head
        if "Part" in node.morph.get("VerbForm") and any(c.dep_ == "aux:tense" for c in node.children):
            return node
    return None


def _reflexive_subject(verb: Any) -> list[Any]:
    """The subject pronoun the French parser gives as an expletive beside a reflexive clitic (« Il s'est
    engagé à… »: "Il" as expl:subj, "s'" as expl:comp)."""
    reflexive = any(c.dep_ in {"expl:comp", "expl:pv"} for c in verb.children)
    return [c for c in verb.children if reflexive and c.dep_ == "expl:subj" and c.pos_ == "PRON"]


def antecedent(pronoun: Any) -> list[Any]:
    """The name a relative pronoun follows when the parser hung its clause on the verb rather than on
    that name ("revendiquée par le GSIM, qui accuse les gendarmes…": the GSIM); none when no name or
    acronym comes right before it (commas and brackets aside): a common noun may be an act ("l'attentat,
    qui visait…") or a thing."""
    before = [t for t in pronoun.doc[pronoun.sent.start : pronoun.i] if not t.is_punct]
    if not before or not (before[-1].pos_ == "PROPN" or before[-1].text.isupper()):
        return []
    noun = before[-1]
    while noun.dep_ in PHRASE_CORE and noun.head.pos_ in {"NOUN", "PROPN"} and noun.head.i < noun.i:
        noun = noun.head  # "le Front national", "Mahamat Idriss Déby": the phrase's head
    return [noun]


def _clause_verb(token: Any) -> Any:
    """The nearest verb above `token` (None at the root without one)."""
    while token.head != token:
        token = token.head
        if token.pos_ == "VERB":
            return token
    return token if token.pos_ == "VERB" else None


def stranded(verb: Any) -> Any:
    """The auxiliary of a compound tense the parser broke ("Kinshasa a au contraire salué…": "a" read as
    the main verb, "salué" hung on "contraire"): a past participle below a noun whose clause's head is a
    tense auxiliary with a subject, before it; None otherwise."""
    if verb.dep_ not in {"acl", "amod"} or "Part" not in verb.morph.get("VerbForm"):
        return None
    node = verb.head
    for _ in range(3):
        if node.pos_ == "AUX" and node.i < verb.i and node.lemma_.lower() in {"avoir", "être"}:
            return node if any(c.dep_ in ACTIVE_SUBJECTS for c in node.children) else None
        if node.pos_ == "VERB" or node.head == node:
            return None
        node = node.head
    return None


def _culpable(predicate: Any) -> bool:
    """An adjective of culpability predicated of a subject ("are guilty of", "is responsible for")."""
    return (
        predicate.dep_ == "acomp"
        and predicate.head != predicate
        and predicate.lemma_.lower() in word_lists().culpable
    )


def undergoes(subject: Any, verb: Any, passive: bool) -> bool:
    """Whether the verb's (possibly inherited) subject is its patient: a passive verb's own subject
    or relative antecedent, a passive subject shared by coordination ("was arrested and jailed"), a
    subject a coordinated passive inherits ("the soldier fired and was killed"); not
    a controller ("are expected to meet": the ministers meet)."""
    if subject.head == verb:
        return passive or passive_subject(subject)
    if verb.dep_ in {"acl:relcl", "relcl"}:
        return passive
    if subject.head == verb.head and seen_to(verb):
        return True  # « les ouvriers se sont vu refuser l'accès »: the workers are refused
    return verb.dep_ == "conj" and (passive or passive_subject(subject))


def initiative(noun: Any) -> bool:
    """An oblique naming who asked for the act ("à la demande de Paris", "on the initiative of Oslo"): no
    recipient."""
    return bool(noun.lemma_.lower() in word_lists().initiative_nouns)


def verb_roles(verb: Any, roles: Roles, host: bool) -> None:
    """Roles around a verbal trigger (or the light verb framing a noun trigger)."""
    passive = is_passive(verb)
    words = word_lists()
    for subject in subjects(verb):
        roles.add("actor" if undergoes(subject, verb, passive) == host else "recipient", subject)
    for child in direct_objects(verb):
        if child_is_nominal(child):
            roles.add("actor" if host else "recipient", child)
            roles.add_all("recipient", imposed_on(child))
    for child in verb.children:
        if clitic_subject(child):  # « … et leur a promis une place »: "leur" misread as a subject
            roles.add("actor" if host else "recipient", child)
    for child in verb.children:
        if child.dep_ in CLAUSE_COMPLEMENTS:
            roles.content.append(child)
    roles.add_all("actor" if host else "recipient", day_objects(verb))  # "a condamné jeudi huit hommes"
    if not any(c.dep_ in DIRECT_OBJECTS for c in verb.children):
        roles.add_all("recipient", infinitive_subjects(verb))
    roles.add_all("recipient", relative_object(verb))
    if verb.lemma_.lower() in words.giving_verbs and not passive:
        roles.beneficiaries = given_to(verb)
        roles.add_all("recipient", roles.beneficiaries)
    for word, noun in obliques(verb):
        if word in words.joint:
            roles.add_all("actor", joint_parties(noun))
        elif word in words.agent_markers and passive:
            roles.add("recipient" if host else "actor", noun)
        elif initiative(noun):
            continue
        elif word in words.towards or word in words.genitive or (word is None and child_is_nominal(noun)):
            roles.add("recipient", noun)  # a place ("à Moscou") resolves to no actor and drops out
        elif word in words.aimed_at and verb.lemma_.lower() in words.aiming_verbs:
            roles.add("recipient", noun)  # "fired missiles at Russia"
    if seen_to(verb) and not roles.actors:
        # « s'est vu infliger une amende par le tribunal »: the agent the parser hung on the object
        roles.add_all("actor", by_agents(verb))


def imposed_on(thing: Any) -> list[Any]:
    """Whom a measure an act's object names was imposed on ("a levé les sanctions imposées à la
    Guinée-Bissau", "lifted the restrictions imposed on Gaza"): the "à/on" complement of a participle
    of imposing on it."""
    words = word_lists()
    return [
        noun
        for participle in thing.children
        if participle.dep_ in {"acl", "amod"} and participle.lemma_.lower() in words.imposing_verbs
        for word, noun in obliques(participle)
        if word in words.towards and child_is_nominal(noun)
    ]


def direct_objects(verb: Any) -> list[Any]:
    """The verb's direct objects, also where the French parser hung the object of a coordinated verb
    on the first verb ("a dispersé les manifestants … et interpellé une quinzaine de personnes": the
    second object is the arrest's, not the dispersal's): an object after a coordinated verb without
    one of its own belongs to that verb, and to the first verb only when it has none before it (a
    shared object: "a interpellé et placé en garde à vue trois hommes")."""
    times = word_lists().recent_times  # "a annoncé jeudi des sanctions": "jeudi" read as the object
    own = [
        c
        for c in verb.children
        if (c.dep_ in DIRECT_OBJECTS or _named_complement(c)) and c.lemma_.lower() not in times
    ]
    bare = _objectless_conjuncts(verb)
    if bare and any(o.i < bare[0].i for o in own):
        own = [o for o in own if o.i < bare[0].i]
    own += [o for o in incise_objects(verb) if o not in own]
    own += [o for o in _misread_objects(verb) if o not in own]
    head = verb.head
    if verb in _objectless_conjuncts(head):
        later = [c.i for c in _objectless_conjuncts(head) if c.i > verb.i]
        end = min(later, default=len(verb.doc))
        own += [c for c in head.children if c.dep_ in DIRECT_OBJECTS and verb.i < c.i < end]
    return own


def _misread_objects(verb: Any) -> list[Any]:
    """A determined noun after the verb that the French parser took for a time adverbial beside a day
    word ("a fait arrêter dimanche le chef de canton": "chef" an obl:mod like "dimanche"), with no
    preposition and naming no span of time: the verb's object."""
    words = word_lists()
    times = words.recent_times | words.span_times
    return [
        c
        for c in verb.children
        if c.dep_ == "obl:mod"
        and c.i > verb.i
        and c.pos_ in {"NOUN", "PROPN"}
        and c.lemma_.lower() not in times
        and any(d.dep_ == "det" for d in c.children)
        and not any(d.dep_ == "case" for d in c.children)
        and any(d.dep_ == "obl:mod" and d.lemma_.lower() in words.recent_times for d in verb.children)
    ]


def incise_objects(verb: Any) -> list[Any]:
    """The object the French parser gave as subject to a reporting verb set after the clause, its own
    subject inverted ("a condamné mardi le journaliste X à deux ans de prison, a annoncé son avocat":
    "journaliste" the subject of "annoncé"): a noun between `verb` and the comma before that verb."""
    found = []
    for clause in verb.children:
        if (
            clause.dep_ != "ccomp"
            or clause.i < verb.i
            or clause.lemma_.lower() not in word_lists().incise_verbs
        ):
            continue
        inverted = any(c.dep_ in DIRECT_OBJECTS for c in clause.children if c.i > clause.i)
        commas = [t.i for t in clause.doc[verb.i + 1 : clause.i] if t.text == ","]
        if inverted and commas:
            found += [
                s
                for s in clause.children
                if s.dep_ in ACTIVE_SUBJECTS and verb.i < s.i < commas[-1] and s.pos_ in {"NOUN", "PROPN"}
            ]
    return found


def _named_complement(token: Any) -> bool:
    """A name the French parser took for a verb's complement clause ("a appelé Israël à garantir…":
    "Israël" an xcomp beside the infinitive): the verb's object."""
    return token.dep_ == "xcomp" and token.pos_ == "PROPN"


def _objectless_conjuncts(verb: Any) -> list[Any]:
    """Verbs coordinated with `verb` that have no object of their own, in text order."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "conj" and c.pos_ == "VERB" and not any(o.dep_ in DIRECT_OBJECTS for o in c.children)
    ]


def infinitive_subjects(verb: Any) -> list[Any]:
    """The subject the parser gave the infinitive complement of a verb without an object: whom the act
    addresses ("will allow Bangladeshi students to apply", "urged all parties to respect")."""
    return [
        s
        for c in verb.children
        if c.dep_ in {"ccomp", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for s in c.children
        if s.dep_ in ACTIVE_SUBJECTS and s.pos_ in {"NOUN", "PROPN"}
    ]


def relative_object(verb: Any) -> list[Any]:
    """The noun(s) a relative clause with its own subject describes when the clause has no object but a
    relative pronoun: its object ("15 officials it accuses of undermining the vote", "officials and
    companies that it accuses of…")."""
    noun = verb.head
    if verb.dep_ not in {"acl:relcl", "relcl"} or noun.pos_ not in {"NOUN", "PROPN"}:
        return []
    own = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
    objects = [c for c in verb.children if c.dep_ in DIRECT_OBJECTS]
    if not own or any(relative(c) for c in own) or not all(relative(c) for c in objects):
        return []
    return [noun.head, noun] if noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"} else [noun]


def request_authors(verb: Any) -> list[Any]:
    """Who made the request `verb` turns down: its object's possessor, its "from/by/de/par" complement,
    or the agent of a participle on it ("rejected a request from investigators", "turning down his
    lawyers' request", "a rejeté les recours déposés par deux partis"); a pronoun ("their request") is
    left to the patient rules."""
    words = word_lists()
    found: list[Any] = []
    for request in verb.children:
        if request.dep_ not in DIRECT_OBJECTS or request.lemma_.lower() not in words.request_nouns:
            continue
        owners = [c for c in request.children if c.dep_ in {"poss", "nmod:poss"}]
        found += [c for c in owners if c.pos_ in {"NOUN", "PROPN"}]
        found += [noun for word, noun in obliques(request) if word in words.request_authors]
        for participle in request.children:
            if participle.dep_ in {"acl", "acl:relcl"}:
                found += by_agents(participle)
    return found


def obliged(verb: Any) -> Any | None:
    """The clause of a reported obligation `verb` lies in ("said that Y must withdraw", "a déclaré que Y
    devait libérer…"), reporting verb above it; None for any other verb."""
    modals = word_lists().obligation_modals
    clause = verb
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in modals:
        clause = verb.head
    elif verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and _modal_aux(verb.head.head, modals):
        clause = verb.head.head  # "the US must be ready to mediate": the readiness is demanded
    elif not _modal_aux(verb, modals):
        return None
    if auxiliary.done(clause):
        return None  # « ses hommes avaient dû se replier », « ont dû fuir »: what they had to do, done
    reporting = clause.head.pos_ == "VERB" and (clause.dep_ == "ccomp" or quoted_first(clause))
    return clause if reporting and reporters(clause) else None


def _modal_aux(verb: Any, modals: frozenset[str]) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in modals for c in verb.children)


def quoted_first(clause: Any) -> bool:
    """A quotation opening the sentence before its reporting verb ("« L'Iran doit cesser… », a
    déclaré X"), which the parser hangs on that verb as an adverbial clause or a parataxis."""
    head = clause.head
    return (
        clause.dep_ in {"advcl", "parataxis"}
        and clause.i < head.i
        and any(t.is_quote for t in clause.doc[clause.sent.start : clause.i])
    )


def attributed(verb: Any) -> Any | None:
    """The clause in which `verb` puts an act on someone ("the army said Boko Haram was behind the attack",
    "claimed the rebels were responsible for the killings", "affirme que le groupe était responsable de
    l'attentat"): its copula clause, whose named subject the reporter accuses (PLOVER ACCUSE allege); None
    when the clause is negated or its subject is a pronoun ("the group said it was behind…": a claim)."""
    words = word_lists()
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        own = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
        if not own or any(s.pos_ == "PRON" for s in own) or any(c.dep_ == "neg" for c in clause.children):
            continue
        copula = clause.lemma_.lower() in {"be", "être"} or any(c.dep_ == "cop" for c in clause.children)
        if any(c.lower_ in {"pas", "not", "n't", "never", "jamais"} for c in clause.children):
            continue
        behind = any(
            c.dep_ in {"prep", "case"} and c.lower_ in words.behind_marks
            for t in (clause, *clause.children)
            for c in ([t] if t is not clause else []) + list(t.children if t is not clause else [])
        )
        culpable = clause.lemma_.lower() in words.culpable or any(
            c.dep_ == "acomp" and c.lemma_.lower() in words.culpable for c in clause.children
        )
        if copula and (behind or culpable):
            return clause
    return None


def reporters(clause: Any) -> list[Any]:
    """Who reports `clause`: the reporting verb's subject, or after an opening quotation its inverted
    subject, which the parser takes for an object ("», a déclaré la cheffe de la diplomatie")."""
    found = subjects(clause.head)
    if not found and quoted_first(clause):
        found = [c for c in clause.head.children if c.dep_ in {"obj", "dobj"} and c.i > clause.head.i]
    return found


def given_to(verb: Any) -> list[Any]:
    """The recipients of a giving verb: its "à X"/"to X" and those the parser hung on its object
    ("des vivres aux sinistrés", "de la nourriture aux passagers"), nominalised participles included
    ("à 20 000 déplacés")."""
    words = word_lists()
    datives = words.datives
    # a French partitive object is often an oblique of its own: "a distribué de la nourriture aux passagers"
    objects = [
        c
        for c in verb.children
        if child_is_nominal(c)
        and (c.dep_ in DIRECT_OBJECTS or (c.dep_ == "obl:arg" and preposition(c) in words.genitive))
    ]
    # the last of coordinated objects, or the quantity's noun, may carry it: "des matelas et des vivres aux
    # sinistrés", "trente tonnes de vivres aux sinistrés"
    objects += [c for o in objects for c in o.children if c.dep_ == "conj" and child_is_nominal(c)]
    objects += [
        c
        for o in objects
        for c in o.children
        if c.dep_ in {"nmod", "prep"} and preposition(c) in words.genitive and child_is_nominal(c)
    ]
    # "des médicaments destinés aux sinistrés", "supplies intended for the displaced"
    objects += [c for o in objects for c in o.children if c.lemma_.lower() in words.destination_participles]
    found = []
    benefit = words.beneficiary_markers
    for head in [verb, *objects]:
        for child in head.children:
            if child.pos_ == "ADP" and child.dep_ in {"dative", "prep"}:  # English: "to" + its object
                if child.lower_ in datives or child.lower_ in benefit:
                    dative = child.lower_ in datives
                    found += [
                        c
                        for c in child.children
                        if c.dep_ == "pobj" and (dative or _people_phrase(c)) and c not in found
                    ]
                continue
            nominal = child_is_nominal(child) or child.pos_ in {"VERB", "ADJ"}
            marker = preposition(child)
            if marker in datives and nominal and child not in found:
                found.append(child)
            elif marker in benefit and _people_phrase(child) and child not in found:
                found.append(child)  # "pour les victimes du séisme": for whom, not what for
    return found


def _people_phrase(token: Any) -> bool:
    """A noun or name (no clause, no number alone) a beneficiary marker may introduce."""
    return token.pos_ in {"NOUN", "PROPN"}


def noun_roles(trigger: Trigger, roles: Roles, framed: bool) -> None:
    """Roles inside a noun trigger's own phrase ("les frappes russes contre X", "la visite du ministre").

    A genitive is the agent ("la visite du ministre") unless a light verb supplies the agent and no
    other dependent names the addressee ("faire l'éloge des négociateurs"; but "réitérer le soutien de
    la Russie au gouvernement")."""
    own = {t.i for t in trigger.tokens}
    words = word_lists()
    if predicated(trigger.head):  # "les infirmiers sont en grève": the subject is in the act
        roles.add_all("actor", [c for c in trigger.head.children if c.dep_ in ACTIVE_SUBJECTS])
    for noun in trigger.tokens:
        for child in noun.children:
            if child.dep_ in NOUN_MODIFIERS and child.i not in own:
                roles.add("actor", child)
    attached = [(w, d) for noun in trigger.tokens for w, d in obliques(noun) if d.i not in own]
    addressed = any(word in words.towards for word, _ in attached)
    for word, dependent in attached:
        if word in words.joint:
            roles.add_all("actor", joint_parties(dependent))
        elif word in words.agent_markers or word in words.source_markers:
            roles.add("actor", dependent)
        elif word in words.genitive:
            # "l'arrestation de l'opposant", "the detention of the journalist": the one arrested
            undergone = noun.lemma_.lower() in words.undergone_nouns
            roles.add("recipient" if (framed and not addressed) or undergone else "actor", dependent)
        elif word in words.towards or (word in words.favour_markers and set(trigger.types) & FAVOURS):
            roles.add("recipient", dependent)
    if trigger.head.lemma_.lower() in words.undergone_nouns:
        # "l'arrestation de l'opposant Mamadou Bah": the parser may hang the name on the act noun and
        # read "opposant" as a verb
        head = trigger.head
        roles.add_all("recipient", [c for c in head.children if c.dep_ == "appos" and child_is_nominal(c)])
        roles.add_all(
            "recipient", [n for w, n in _attachments(head) if w in words.genitive and n.pos_ == "VERB"]
        )
        if not any(w in words.genitive for w, _ in attached):
            # "la suspension sans salaire du député": the genitive hung on the act noun's complement
            roles.add_all(
                "recipient", [g for _, d in attached for w, g in obliques(d) if w in words.genitive][:1]
            )


#: Categories of a noun whose "for X" is whom it favours ("support for Vilnius", "aid for the victims").
FAVOURS = frozenset({"SUPPORT", "AID"})


def predicated(noun: Any) -> bool:
    """A noun its subject is said to be in, with a copula: the predicate of its clause ("les infirmiers
    sont en grève", "le ministre est en visite"; not "l'attaque était le premier affrontement")."""
    deps = {c.dep_ for c in noun.children}
    return noun.pos_ == "NOUN" and {"cop", "case"} <= deps and bool(deps & ACTIVE_SUBJECTS)


def frame_verb(trigger: Trigger, lexicon: Lexicon) -> Any:
    """The light or occurrence verb governing a noun trigger ("mener des frappes", "talks took place")."""
    head = slot_of(trigger.head, lexicon)
    if trigger.pos != "noun" or head.head == head:
        return None
    verb = head.head
    governor = day_verb(head)
    if governor is not None and governor.lemma_.lower() in lexicon.light_verbs:
        return governor  # "a adopté jeudi des mesures": the parser hung the noun on the day
    lemma = verb.lemma_.lower()
    if (head.dep_ in light_objects(verb) or misread_object(head, verb)) and lemma in lexicon.light_verbs:
        return verb
    if head.dep_ in SUBJECT_DEPS and (lemma in lexicon.occurrence_verbs or lemma in lexicon.light_verbs):
        return verb
    if head.dep_ in PASSIVE_SUBJECTS and lemma in lexicon.signing_verbs | lexicon.concluding_verbs:
        return verb  # "the peace deal was signed in Doha by…", "a ceasefire was agreed by…"
    if head.dep_ in PASSIVE_SUBJECTS and lemma in lexicon.witness_verbs:
        return verb  # "heavy clashes were reported", « des tirs ont été entendus »: they happened
    if head.dep_ in SUBJECT_DEPS and lemma in word_lists().toll_verbs and "ASSAULT" in trigger.types:
        return verb  # "the blast left five dead", « un attentat a fait cinq morts »: it happened
    if (
        head.dep_ in SUBJECT_DEPS
        and (lemma in word_lists().disruption_verbs or misread_verb(verb) in word_lists().disruption_verbs)
        and "PROTEST" in trigger.types
    ):
        return (
            verb  # "a transport strike paralysed Cologne", « une grève a perturbé les départs »: it happened
        )
    if answered_with(head, lexicon):
        return verb.head  # "officers responded with tear gas": the answer is the noun's act
    if exposed_to(head, lexicon) and "ASSAULT" in trigger.types:
        return exposed_to(head, lexicon)  # "the convoy came under fire", « est tombée dans une embuscade »
    return None


def misread_verb(token: Any) -> str:
    """The infinitive of a French present-tense verb of the first group the tagger took for a noun or an
    adjective with a subject of its own (« La grève des cheminots paralyse le trafic », « perturbe les
    vols »: "paralyse" a noun heading the sentence), else ""."""
    if token.lang_ != "fr" or token.pos_ not in {"NOUN", "ADJ"}:
        return ""
    if not any(c.dep_ in SUBJECT_DEPS for c in token.children):
        return ""
    form = token.lower_
    if form.endswith("ent"):
        return form[:-3] + "er"
    return form + "r" if form.endswith("e") else ""


def exposed_to(noun: Any, lexicon: Lexicon) -> Any:
    """The verb of `lexicon.undergoing_verbs` whose object or oblique the noun is ("came under fire",
    "suffered an attack", « est tombée dans une embuscade », « a essuyé des tirs »), else None."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if verb.lemma_.lower() in lexicon.target_nouns and noun.dep_ in {"pobj", "nmod"}:
        # "X was the target of an attack", « X a été la cible de tirs »: the copula's subject's head
        return verb.head if verb.dep_ == "attr" and verb.head.pos_ == "AUX" else verb
    if noun.dep_.split(":")[0] not in {"pobj", "obl", "obj", "dobj"} or verb.pos_ != "VERB":
        return None
    return verb if verb.lemma_.lower() in lexicon.undergoing_verbs else None


def answered_with(noun: Any, lexicon: Lexicon) -> bool:
    """A noun an answering verb's "with" introduces ("responded with tear gas", "retaliated with air
    strikes"): the act the answer is made of."""
    marker = noun.head
    return (
        noun.dep_ == "pobj"
        and marker.lower_ == "with"
        and marker.head.lemma_.lower() in lexicon.answer_verbs
        and marker.head.pos_ in {"VERB", "AUX"}
    )


def slot_of(noun: Any, lexicon: Lexicon) -> Any:
    """The token filling the verb's slot for a noun trigger: its first conjunct ("a annoncé un
    cessez-le-feu et le déploiement de…"), or the quantity noun standing for it."""
    while noun.dep_ == "conj" and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return quantified(noun, lexicon)


def quantified(noun: Any, lexicon: Lexicon) -> Any:
    """The quantity noun standing for `noun` ("a number of airstrikes", "une vague de frappes"), also
    an amount of it ("$20 million in aid", "an increase in funding", "un milliard d'euros d'aide"), or the
    undertaking running it ("launched a vaccination drive", « une opération de secours »)."""
    undertaking = undertaking_of(noun, lexicon)
    if undertaking is not None:
        return undertaking
    parent = noun.head
    words = word_lists()
    if noun.dep_ == "pobj" and parent.lower_ in words.quantity_links | words.amount_links:
        link, parent = parent.lower_, parent.head
    elif noun.dep_ == "nmod":
        link = preposition(noun) or ""
    else:
        return noun
    if parent.lemma_.lower() in lexicon.quantity_nouns and link not in words.amount_links:
        return parent
    amount = parent.pos_ == "NUM" or parent.lemma_.lower() in lexicon.amount_nouns
    return parent if amount and parent != noun else noun


def hosts_guests(verb: Any, lexicon: Lexicon) -> bool:
    """A host verb whose guests are its object, not the parties of an event it hosts ("se tenait prête
    à accueillir des pourparlers entre Moscou et Kiev", "will host talks between A and B": the host
    acts and the parties of the talks are its recipients)."""
    if verb.lemma_.lower() not in lexicon.host_verbs:
        return False
    return not any(hosted_parties(o, lexicon) for o in verb.children)


def _event_noun(noun: Any, lexicon: Lexicon) -> bool:
    """A noun of the trigger lexicon, by lemma or form ("pourparlers", lemmatised "pourparler")."""
    return any(lexicon.lookup("noun", form) for form in {noun.lemma_.lower(), noun.lower_})


def hosted_parties(noun: Any, lexicon: Lexicon) -> list[Any]:
    """The parties of an event noun a host verb takes as object ("talks between A and B")."""
    if noun.dep_ not in DIRECT_OBJECTS or not _event_noun(noun, lexicon):
        return []
    return [p for w, n in obliques(noun) if w in word_lists().joint for p in joint_parties(n)]


def resultative_noun(token: Any) -> str | None:
    """The verb a noun stands for when the tagger made a verb followed by its result a noun subject of the
    result ("A sniper shot dead two soldiers": "shot" the subject of "dead", which takes the object; words
    `misread_verbs` give the verb of the form), else None."""
    if not misread_objects(token):
        return None
    verbs = dict(pair.split(" ", 1) for pair in word_lists().misread_verbs)
    return verbs.get(token.lower_)


def misread_objects(token: Any) -> list[Any]:
    """The objects of a noun misread for a verb before its result ("shot dead two soldiers": the parser
    makes "dead" the noun's head or its complement and hangs the objects on it)."""
    result = [t for t in (token.head, *token.children) if t.i == token.i + 1]
    if not result or result[0].lower_ not in word_lists().resultatives:
        return []
    return [c for t in (token, result[0]) for c in t.children if c.dep_ in DIRECT_OBJECTS]


def find_roles(trigger: Trigger, lexicon: Lexicon) -> Roles:
    """Actor and recipient argument tokens for `trigger`."""
    roles = Roles()
    head = trigger.head
    if trigger.pos == "verb" and head.pos_ == "NOUN" and resultative_noun(head) is not None:
        # "A sniper shot dead two soldiers" parsed as the noun "sniper shot" subject of "dead": the
        # compound shot, the predicate's objects were shot
        roles.frame = head
        roles.add_all("actor", [c for c in head.children if c.dep_ == "compound"])
        roles.add_all("recipient", misread_objects(head))
        return roles
    if trigger.pos == "verb":
        clause = obliged(head)
        if clause is not None:  # "X said that Y must withdraw": X demands of Y
            roles.frame, roles.demanded = clause.head, True
            roles.add_all("actor", reporters(clause))
            roles.add_all("recipient", [s for s in subjects(clause) if s.dep_ in ACTIVE_SUBJECTS])
            return roles
        roles.frame = head
        verb_roles(head, roles, host=hosts_guests(head, lexicon))
        if not roles.recipients:  # « ont pris en otage douze policiers »: the object hung on "otage"
            roles.add_all("recipient", _stranded_objects(trigger))
        mines = struck_mines(head, lexicon)
        if mines:  # "their vehicle hit a landmine", « a sauté sur une mine »: the mine's layer is unnamed
            roles.recipients = [s for s in subjects(head) if s not in mines]
            roles.actors = mines
            return roles
        blamed = attributed(head) if "ACCUSE" in trigger.types else None
        if blamed is not None:  # "the army said Boko Haram was behind the attack": Boko Haram
            roles.add_all("recipient", [s for s in subjects(blamed) if s.dep_ in ACTIVE_SUBJECTS])
        if head.lemma_.lower() in lexicon.host_verbs:  # "host talks between A and B": A and B
            roles.add_all("recipient", [p for o in head.children for p in hosted_parties(o, lexicon)])
        if "REJECT" in trigger.types:
            roles.add_all("recipient", request_authors(head))
        _document_authors(head, roles, lexicon)
        if not roles.actors and _finite_modifier(head):
            roles.add("actor", head.head)  # "Mikhail X, a former tycoon, called for…" parsed as a modifier
        return roles
    predicate = copula_of(head) if head.lemma_.lower() in lexicon.donor_nouns else None
    if predicate is not None:  # "X remains the largest donor to Y": the subject gives
        roles.frame = predicate[0]
        noun_roles(trigger, roles, framed=True)
        roles.add_all("actor", predicate[1])
        return roles
    verb = frame_verb(trigger, lexicon)
    slot = slot_of(head, lexicon)
    exposed = verb is not None and exposed_to(slot, lexicon) is verb
    framed = (
        verb is not None
        and not exposed
        and (slot.dep_ in light_objects(verb) or slot in day_objects(verb) or misread_object(slot, verb))
    )
    noun_roles(trigger, roles, framed=framed)
    if verb is not None:
        roles.frame = verb
        if framed:
            for subject in subjects(verb):
                roles.add("actor", subject)
        elif slot.dep_ in PASSIVE_SUBJECTS:  # "sanctions were imposed on X by the EU": the EU
            roles.add_all("actor", by_agents(verb))
        elif exposed:  # "the convoy came under fire (from X)": the convoy undergoes it
            roles.add_all("recipient", subjects(verb))
            sources = word_lists().agent_markers | word_lists().source_markers
            roles.add_all("actor", [n for w, n in [*obliques(verb), *obliques(head)] if w in sources])
        elif verb.lemma_.lower() in lexicon.opposing_verbs:  # "les combats ont opposé (mardi) X à Y"
            sides = [*direct_objects(verb), *day_objects(verb)]
            roles.add_all("actor", [*sides, *(o for s in sides for o in opposed_sides(s))])
        words = word_lists()
        opposing = verb.lemma_.lower() in lexicon.opposing_verbs
        for word, noun in obliques(verb):
            if word in words.joint or (opposing and word in words.opposed_to):
                roles.add_all("actor", joint_parties(noun))  # "… ont opposé les FARDC aux rebelles"
            elif word in words.towards and not initiative(noun):
                roles.add("recipient", noun)
            elif word in words.aimed_at and verb.lemma_.lower() in words.aiming_verbs:
                roles.add("recipient", noun)  # "ont lancé des pierres sur les policiers"
    claim = claiming_verb(slot) if verb is None and not roles.actors else None
    if claim is not None:  # "X claimed responsibility for the attack", « X a revendiqué la cyberattaque »
        roles.frame = claim
        roles.add_all("actor", by_agents(claim) if is_passive(claim) else subjects(claim))
    if not roles.actors and verb is None:
        roles.add_all("actor", hung_above(head))
    if not roles.actors:
        _borrow_actor(head, roles)
    return roles


def _stranded_objects(trigger: Trigger) -> list[Any]:
    """The object of a multiword verb trigger that the parser hung, with no preposition, on the
    entry's noun after the verb (« ont pris en otage douze policiers », « a mis en examen trois élus »:
    "policiers" a complement of "otage")."""
    found = []
    for token in trigger.tokens:
        if token is trigger.head or token.i < trigger.head.i or token.pos_ != "NOUN":
            continue
        found += [
            c
            for c in token.children
            if c.dep_ in {"nmod", "obj", "appos"}
            and c.i > token.i
            and preposition(c) is None
            and child_is_nominal(c)
        ]
    return found


def claiming_verb(noun: Any) -> Any:
    """The verb claiming an act noun (`claim_verbs`): its object ("a revendiqué l'attaque", "claimed the
    ambush", also in the passive, « l'attaque a été revendiquée par le JNIM ») or the act a claimed
    responsibility is for ("claimed responsibility for the bombing"); the claimant is the act's author.
    None otherwise."""
    words = word_lists()
    governor = noun.head
    if noun.dep_ == "pobj" and governor.lower_ in {"for", "de"}:
        governor = governor.head
    if noun.dep_ in {"nmod", "pobj"} and governor.lemma_.lower() in words.responsibility_nouns:
        governor = governor.head  # "responsibility for the attack", « la responsabilité de l'attaque »
    elif noun.dep_ not in DIRECT_OBJECTS | PASSIVE_SUBJECTS:
        return None
    if governor is noun or governor.pos_ != "VERB" or governor.lemma_.lower() not in words.claim_verbs:
        return None
    return governor


def opposed_sides(side: Any) -> list[Any]:
    """The other side of an opposing verb that the parser hung on its object's phrase ("ont opposé
    l'armée à des jihadistes", "des rebelles du M23 à des miliciens": "à des miliciens" under "rebelles";
    "pitted Wagner mercenaries against rebels"), with the nouns coordinated with it."""
    markers = word_lists().opposed_to
    return [p for word, noun in obliques(side) if word in markers for p in joint_parties(noun)]


def hung_above(noun: Any, hops: int = 2) -> list[Any]:
    """The parties of an "entre/between" phrase after a bare event noun that the parser hung on a noun
    above it ("un QG d'échange de renseignements entre les quatre pays": on "QG" or higher)."""
    joint = word_lists().joint
    node = noun
    for _ in range(hops):
        if node.dep_ not in {"nmod", "pobj", "prep"} or node.head == node or node.head.pos_ != "NOUN":
            return []
        node = node.head
        for word, dependent in obliques(node):
            if word in joint and dependent.i > noun.i:
                return joint_parties(dependent)
    return []


def _finite_modifier(verb: Any) -> bool:
    """A finite verb the parser hung as a modifier on the sentence's root noun: a fragment parse of
    "Name, apposition, verbed…" (a participle modifier, "troops deployed in X", is no finite verb)."""
    head = verb.head
    return (
        verb.dep_ == "acl"
        and "Fin" in verb.morph.get("VerbForm")
        and head.dep_ == "ROOT"
        and head.pos_ in {"PROPN", "NOUN"}
    )


def _document_authors(verb: Any, roles: Roles, lexicon: Lexicon) -> None:
    """A verb qualifying a text ("issued a statement condemning X", "passed a resolution that
    criticises X", "a report accusing X"): the text's author acts, i.e. the subject of the verb whose
    object the text is, when the text is the verb's only actor or it has none."""
    if verb.dep_ not in {"acl", "relcl", "acl:relcl"} or verb.head == verb:
        return
    text = verb.head
    if text.lemma_.lower() not in lexicon.document_nouns or roles.actors not in ([], [text]):
        return
    if text.dep_ not in {"dobj", "obj"} or text.head.pos_ not in {"VERB", "AUX"}:
        return
    authors = [s for s in subjects(text.head) if not passive_subject(s)]
    if authors:
        roles.actors.clear()
        roles.add_all("actor", authors)


def _borrow_actor(noun: Any, roles: Roles) -> None:
    """A noun trigger without its own actor takes the noun it qualifies ("le ministre, en visite à…")
    or the subject of the clause it is an adjunct of ("lors d'une rencontre avec X, Y a déclaré")."""
    parent = noun.head
    if parent == noun:
        return
    if noun.dep_ in {"nmod", "acl", "appos", "obl:mod"} and parent.pos_ in {"NOUN", "PROPN"}:
        roles.add("actor", parent)
    elif noun.dep_ in {"obl", "obl:mod", "pobj", "advcl"} and parent.pos_ in {"VERB", "ADP"}:
        verb = parent.head if parent.pos_ == "ADP" else parent
        for subject in subjects(verb):
            if not passive_subject(subject):  # "were placed in detention": held, not holding
                roles.add("actor", subject)


def phrase_levels(token: Any, max_depth: int = 3) -> Iterator[list[Any]]:
    """An argument phrase by depth: the head with its core modifiers (adjectives, compounds,
    appositions, possessors, and theirs: "Tom Fletcher, the UN's relief chief"), then its genitive
    dependents' phrases, … (clauses, coordination and locative adjuncts pruned)."""
    locative = word_lists().locative
    level = [token]
    for _ in range(max_depth):
        core = _core(level, PHRASE_CORE)
        yield core
        level = [
            noun
            for item in core
            for word, noun in obliques(item)
            if noun.dep_ not in PRUNED and (word is None or word not in locative)
        ]
        if not level:
            return


def _core(level: list[Any], links: frozenset[str]) -> list[Any]:
    """`level` with its modifiers along `links`, and theirs."""
    core = list(level)
    for item in core:  # grows while iterating
        for child in item.children:
            if child.dep_ in links and child not in core:
                core += [child, *conjuncts(child)]
    return core
