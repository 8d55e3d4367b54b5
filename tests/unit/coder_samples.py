"""Hand-built parses for the event coder's unit tests (no model is loaded)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import spacy
from spacy.tokens import Doc

from dateline.model import Actor, Document, Language, Place, Span
from dateline.stages.events.candidate import Coding
from dateline.stages.events.coder import EventCoder
from dateline.stages.events.lexicon import load_lexicon

V_PAST = "Tense=Past|VerbForm=Fin"

Row = tuple[str, str, str, str, int] | tuple[str, str, str, str, int, str]


def parse(rows: list[Row], lang: str = "en", *more: list[Row]) -> Any:
    """A spaCy Doc from (word, lemma, pos, dep, head index[, morph]) rows, one list per sentence
    (head indexes are relative to their own sentence)."""
    sentences = [rows, *more]
    flat: list[Row] = []
    starts: list[bool] = []
    for sentence in sentences:
        offset = len(flat)
        flat += [(r[0], r[1], r[2], r[3], r[4] + offset, *r[5:]) for r in sentence]  # type: ignore[misc]
        starts += [i == 0 for i in range(len(sentence))]
    return Doc(
        spacy.blank(lang).vocab,
        words=[r[0] for r in flat],
        lemmas=[r[1] for r in flat],
        pos=[r[2] for r in flat],
        deps=[r[3] for r in flat],
        heads=[r[4] for r in flat],
        morphs=[r[5] if len(r) > 5 else "" for r in flat],  # type: ignore[misc]
        sent_starts=starts,
    )


def spans_of(parsed: Any, word: str) -> list[Span]:
    return [Span(start=t.idx, end=t.idx + len(t)) for t in parsed if t.text == word]


def document(
    rows: list[Row],
    lang: str,
    actors: dict[str, tuple[str, str | None]],
    *more: list[Row],
    places: dict[str, str] | None = None,
    groups: tuple[str, ...] = (),
) -> Document:
    """A Document over the parse of one or more sentences, with an actor per listed word (word →
    (name, country); a country of None makes an unresolved name), a place per listed word (word →
    country) and a generic group without a country per word of `groups`."""
    parsed = parse(rows, lang, *more)
    doc = Document(id="t", text=parsed.text, language=Language(code=lang, confidence=1.0))
    for word, (name, country) in actors.items():
        kb_id = name.lower() if country else None
        doc.actors.append(
            Actor(name=name, kind="country", country=country, kb_id=kb_id, mentions=spans_of(parsed, word))
        )
    for word in groups:
        doc.actors.append(Actor(name=word, kind="group", sector="CVL", mentions=spans_of(parsed, word)))
    for word, country in (places or {}).items():
        doc.places.append(Place(name=word, country=country, mentions=spans_of(parsed, word)))
    doc.analysis = parsed
    return doc


#: "Russia accused Ukraine of shelling ." (English attachment style).
ACCUSE_EN: list[Row] = [
    ("Russia", "Russia", "PROPN", "nsubj", 1),
    ("accused", "accuse", "VERB", "ROOT", 1, "Tense=Past|VerbForm=Fin"),
    ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
    ("of", "of", "ADP", "prep", 1),
    ("shelling", "shell", "VERB", "pcomp", 3),
    (".", ".", "PUNCT", "punct", 1),
]

#: "Les avions russes ont mené des frappes contre la Turquie ." (French UD style).
STRIKES_FR: list[Row] = [
    ("Les", "le", "DET", "det", 1),
    ("avions", "avion", "NOUN", "nsubj", 4),
    ("russes", "russe", "ADJ", "amod", 1),
    ("ont", "avoir", "AUX", "aux:tense", 4, "Tense=Pres"),
    ("mené", "mener", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
    ("des", "un", "DET", "det", 6),
    ("frappes", "frappe", "NOUN", "obj", 4),
    ("contre", "contre", "ADP", "case", 9),
    ("la", "le", "DET", "det", 9),
    ("Turquie", "Turquie", "PROPN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]

#: "Une réunion se tiendra entre la France et le Mali ." (a future meeting without a host).
MEETING_FR: list[Row] = [
    ("Une", "un", "DET", "det", 1),
    ("réunion", "réunion", "NOUN", "nsubj", 3),
    ("se", "se", "PRON", "expl:comp", 3),
    ("tiendra", "tenir", "VERB", "ROOT", 3, "Mood=Ind|Tense=Fut|VerbForm=Fin"),
    ("entre", "entre", "ADP", "case", 6),
    ("la", "le", "DET", "det", 6),
    ("France", "France", "PROPN", "obl:mod", 3),
    ("et", "et", "CCONJ", "cc", 9),
    ("le", "le", "DET", "det", 9),
    ("Mali", "Mali", "PROPN", "conj", 6),
    (".", ".", "PUNCT", "punct", 3),
]

#: "Le ministre s' est entretenu avec son homologue chinois ." (reflexive verb, "avec" recipient).
TALKS_FR: list[Row] = [
    ("Le", "le", "DET", "det", 1),
    ("ministre", "ministre", "NOUN", "nsubj", 5),
    ("s'", "se", "PRON", "expl:comp", 5),
    ("est", "être", "AUX", "aux:tense", 5, "Tense=Pres"),
    ("hier", "hier", "ADV", "advmod", 5),
    ("entretenu", "entretenir", "VERB", "ROOT", 5, "Tense=Past|VerbForm=Part"),
    ("avec", "avec", "ADP", "case", 8),
    ("son", "son", "DET", "det", 8),
    ("homologue", "homologue", "NOUN", "obl:mod", 5),
    ("chinois", "chinois", "ADJ", "amod", 8),
    (".", ".", "PUNCT", "punct", 5),
]

#: "Iran did not call on Iraq to withdraw ." (negated request with a particle).
CALL_ON_EN: list[Row] = [
    ("Iran", "Iran", "PROPN", "nsubj", 3),
    ("did", "do", "AUX", "aux", 3, "Tense=Past"),
    ("not", "not", "PART", "neg", 3),
    ("call", "call", "VERB", "ROOT", 3, "VerbForm=Inf"),
    ("on", "on", "ADP", "prep", 3),
    ("Iraq", "Iraq", "PROPN", "pobj", 4),
    ("to", "to", "PART", "aux", 7),
    ("withdraw", "withdraw", "VERB", "xcomp", 3, "VerbForm=Inf"),
    (".", ".", "PUNCT", "punct", 3),
]

#: "Iraq met Turkey ."
MET_EN = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("met", "meet", "VERB", "ROOT", 1, V_PAST),
    ("Turkey", "Turkey", "PROPN", "dobj", 1),
    (".", ".", "PUNCT", "punct", 1),
]

#: "The two ministers will meet again ."
MEET_AGAIN_EN = [
    ("The", "the", "DET", "det", 2),
    ("two", "two", "NUM", "nummod", 2),
    ("ministers", "minister", "NOUN", "nsubj", 4, "Number=Plur"),
    ("will", "will", "AUX", "aux", 4, "VerbForm=Fin"),
    ("meet", "meet", "VERB", "ROOT", 4, "VerbForm=Inf"),
    ("again", "again", "ADV", "advmod", 4),
    (".", ".", "PUNCT", "punct", 4),
]

#: "Protesters were detained in Amman ."
DETAINED_EN = [
    ("Protesters", "protester", "NOUN", "nsubjpass", 2, "Number=Plur"),
    ("were", "be", "AUX", "auxpass", 2, "Tense=Past"),
    ("detained", "detain", "VERB", "ROOT", 2, "Tense=Past|VerbForm=Part"),
    ("in", "in", "ADP", "prep", 2),
    ("Amman", "Amman", "PROPN", "pobj", 3),
    (".", ".", "PUNCT", "punct", 2),
]

#: "Iran backed militias shelled Israel ." (an attributive participle)
BACKED_EN = [
    ("Iran", "Iran", "PROPN", "npadvmod", 1),
    ("backed", "back", "VERB", "amod", 2, "VerbForm=Part"),
    ("militias", "militia", "NOUN", "nsubj", 3, "Number=Plur"),
    ("shelled", "shell", "VERB", "ROOT", 3, V_PAST),
    ("Israel", "Israel", "PROPN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]

#: "Hamas called the move a step ."
CALLED_EN = [
    ("Hamas", "Hamas", "PROPN", "nsubj", 1),
    ("called", "call", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("move", "move", "NOUN", "dobj", 1),
    ("a", "a", "DET", "det", 5),
    ("step", "step", "NOUN", "oprd", 1),
    (".", ".", "PUNCT", "punct", 1),
]

#: "Les rebelles ont revendiqué l' attaque ."
CLAIMED_FR = [
    ("Les", "le", "DET", "det", 1),
    ("rebelles", "rebelle", "NOUN", "nsubj", 3, "Number=Plur"),
    ("ont", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("revendiqué", "revendiquer", "VERB", "ROOT", 3, "Tense=Past|VerbForm=Part"),
    ("l'", "le", "DET", "det", 5),
    ("attaque", "attaque", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]

#: "Syria vowed to shell Turkey ."
VOWED_EN = [
    ("Syria", "Syria", "PROPN", "nsubj", 1),
    ("vowed", "vow", "VERB", "ROOT", 1, V_PAST),
    ("to", "to", "PART", "aux", 3),
    ("shell", "shell", "VERB", "xcomp", 1, "VerbForm=Inf"),
    ("Turkey", "Turkey", "PROPN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 1),
]

COUNTRIES = {
    word: (word, code)
    for word, code in [
        ("Iraq", "IRQ"), ("Turkey", "TUR"), ("Israel", "ISR"), ("Lebanon", "LBN"), ("Iran", "IRN"),
        ("Russia", "RUS"), ("Ukraine", "UKR"), ("Hezbollah", "LBN"), ("Hamas", "PSE"), ("rebelles", "SYR"),
    ]
}  # fmt: skip


def coding(doc: Document, *passes: Callable[[Coding], None]) -> Coding:
    """The coding of `doc` after the per-document `passes`, run in the order given."""
    lexicon = load_lexicon(doc.language.code)
    assert lexicon is not None
    state = Coding(doc, lexicon, "events@test")
    for step in passes:
        step(state)
    return state


def coded(doc: Document) -> list[tuple[str, list[str], list[str]]]:
    """Each event the coder gives for `doc`: its type, its actors' and its recipients' countries."""
    return [
        (e.type, sorted(a.country or "" for a in e.actors), sorted(r.country or "" for r in e.recipients))
        for e in EventCoder().code(doc, "events@test")
    ]


def coded_with_auxiliary(doc: Document) -> list[tuple[str, str | None, list[str], list[str]]]:
    """As `coded`, with each event's auxiliary (future, hypothetical…) after its type."""
    return [
        (
            e.type,
            e.auxiliary,
            sorted(a.country or "" for a in e.actors),
            sorted(r.country or "" for r in e.recipients),
        )
        for e in EventCoder().code(doc, "events@test")
    ]


#: "Trois soldats ont été tués près de Gao ." (an agentless passive killing)
KILLED_FR: list[Row] = [
    ("Trois", "trois", "NUM", "nummod", 1),
    ("soldats", "soldat", "NOUN", "nsubj:pass", 4, "Number=Plur"),
    ("ont", "avoir", "AUX", "aux:tense", 4, "Tense=Pres"),
    ("été", "être", "AUX", "aux:pass", 4, "VerbForm=Part"),
    ("tués", "tuer", "VERB", "ROOT", 4, "Tense=Past|VerbForm=Part"),
    ("près", "près", "ADV", "case", 7),
    ("de", "de", "ADP", "fixed", 5),
    ("Gao", "Gao", "PROPN", "obl:mod", 4),
    (".", ".", "PUNCT", "punct", 4),
]

#: "A car bomb planted by rebels killed two civilians ." (a weapon as subject, its agent in a participle)
BOMB_EN: list[Row] = [
    ("A", "a", "DET", "det", 2),
    ("car", "car", "NOUN", "compound", 2),
    ("bomb", "bomb", "NOUN", "nsubj", 6),
    ("planted", "plant", "VERB", "acl", 2, "VerbForm=Part"),
    ("by", "by", "ADP", "agent", 3),
    ("rebels", "rebel", "NOUN", "pobj", 4, "Number=Plur"),
    ("killed", "kill", "VERB", "ROOT", 6, V_PAST),
    ("two", "two", "NUM", "nummod", 8),
    ("civilians", "civilian", "NOUN", "dobj", 6, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 6),
]

#: "France will not lift the ban ." (a refused concession)
NOT_LIFT_EN: list[Row] = [
    ("France", "France", "PROPN", "nsubj", 3),
    ("will", "will", "AUX", "aux", 3),
    ("not", "not", "PART", "neg", 3),
    ("lift", "lift", "VERB", "ROOT", 3, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 5),
    ("ban", "ban", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
