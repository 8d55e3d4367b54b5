"""The ``attributions`` stage: the reporting chain of a report (who says what, according to whom).

Three cues, in French and English, read on the spaCy dependency parse:

* a source preposition ("selon", "d'après", "according to", "as reported by") and its noun phrase;
* the subject of a reporting verb ("X a rapporté", "X reported", "a indiqué X" in an incise);
* inside either, "citant/citing/quoting Y" (Y is the speaker the source relays) and
  "publié par/rapportés par/by Z" (Z, the agent, is the source).

A source is named by the proper noun of its phrase, else by the phrase itself when its head is
a media, document or officials noun ("des médias publics syriens"); an anaphoric phrase
("ce rapport", "the website") refers back to the latest cited medium. Statements by a person
or officials get ``speaker == source``; media, organisations and documents are the *cited
sources*. A medium cited in the lead sentence, or a back-reference ("selon ce rapport"),
governs the whole report (``scope="document"``). Footer relays ("Via X") and photo credits
found by the clean stage are kept.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.strings import get_string_id
from spacy.symbols import VERB

from dateline.config import NoSettings
from dateline.model import Actor, Attribution, AttributionRef, Document, Span
from dateline.pipeline import BaseStage, registry
from dateline.resources import Resources
from dateline.stages.tokens import token_table

REPORTING_VERBS = frozenset(
    {
        "rapporter",
        "indiquer",
        "affirmer",
        "déclarer",
        "annoncer",
        "dire",
        "confirmer",
        "préciser",
        "ajouter",
        "souligner",
        "expliquer",
        "estimer",
        "assurer",
        "révéler",
        "écrire",
        "publier",
        "confier",
        "démentir",
        "nier",
        "avertir",
        "prévenir",
        "signaler",
        "relater",
        "conclure",
        "réitérer",
        "rappeler",
        "citer",
        "insister",
        "admettre",
        "reconnaître",
        "accuser",
        "menacer",
        "report",
        "say",
        "tell",
        "state",
        "announce",
        "confirm",
        "add",
        "claim",
        "note",
        "reveal",
        "write",
        "warn",
        "quote",
        "insist",
        "explain",
        "stress",
        "deny",
        "allege",
        "publish",
        "indicate",
        "acknowledge",
        "admit",
        "reiterate",
        "assert",
        "told",
        "said",
        "reported",
    }
)
#: Head nouns of a phrase naming a medium, an organisation's voice or a document.
MEDIA_NOUNS = frozenset(
    {
        "quotidien",
        "journal",
        "hebdomadaire",
        "agence",
        "chaîne",
        "site",
        "média",
        "télévision",
        "radio",
        "communiqué",
        "rapport",
        "déclaration",
        "source",
        "presse",
        "porte-voix",
        "organe",
        "magazine",
        "newspaper",
        "daily",
        "weekly",
        "agency",
        "website",
        "outlet",
        "media",
        "broadcaster",
        "channel",
        "television",
        "tv",
        "report",
        "statement",
        "press",
        "wire",
    }
)
#: Head nouns of a phrase naming people who speak (their words are statements, not cited media).
ROLE_NOUNS = frozenset(
    {
        "responsable",
        "porte-parole",
        "ministre",
        "président",
        "officier",
        "général",
        "commandant",
        "diplomate",
        "ambassadeur",
        "dirigeant",
        "chef",
        "officiel",
        "expert",
        "analyste",
        "témoin",
        "habitant",
        "militant",
        "député",
        "sénateur",
        "conseiller",
        "official",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "minister",
        "president",
        "officer",
        "general",
        "commander",
        "diplomat",
        "ambassador",
        "leader",
        "chief",
        "analyst",
        "witness",
        "resident",
        "activist",
        "lawmaker",
        "senator",
        "adviser",
        "advisor",
    }
)
#: Lower-case ids of the words that start a source marker ("selon", "d'après", "according to").
_MARKER_IDS = frozenset(get_string_id(word) for word in ("selon", "après", "according"))
_ANAPHORIC = frozenset({"ce", "cet", "cette", "ces", "le", "la", "les", "l'", "the", "this", "that", "these"})
_CITING = frozenset({"citer", "cite", "quote", "citant", "citing", "quoting"})
_AGENT_MARKERS = frozenset({"par", "by"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass"})
_INCISE_BEFORE = frozenset({",", "»", "”", '"', "«", "“", "—", "–"})
_VIA = re.compile(r"^[ \t(\[]*via\s+(?P<source>[^\n)\]]{2,60}?)[ \t)\]]*$", re.IGNORECASE | re.MULTILINE)
_CREDIT = re.compile(r"©\s*(?P<source>[^\s©][^\n©]{1,40}?)\s*$", re.MULTILINE)
#: Words of a credit that name no one ("Photo d'archives", "file photo").
_GENERIC_CREDIT = re.compile(
    r"\b(photos?|d'archives?|d’archives?|archives?|file|illustration|images?|dr|crédits?|credits?)\b",
    re.IGNORECASE,
)
#: Verbs kept on attributions that are not reporting (photo credits): never an event's source.
CREDIT_VERB = "credit"


@dataclass(frozen=True)
class Phrase:
    """What a source phrase names: the source, a relayed speaker and the evidence span."""

    source: str
    span: Span
    speaker: str | None = None
    person: bool = False
    anaphoric: bool = False


_BOUNDARY = frozenset(',.;:«»“”"()—–[]') | frozenset(
    {"que", "qu'", "qu’", "that", "qui", "which", "who", "whom"}
)
_WINDOW = 15
_PERSON_LABELS = frozenset({"PER", "PERSON"})
_PLACE_LABELS = frozenset({"LOC", "GPE", "NORP"})


Ranges = list[tuple[int, int]]


@dataclass(frozen=True)
class Reading:
    """What the cues read of one document, gathered once (spaCy builds a Token object per access)."""

    text: str
    verbs: list[int]  # indexes of the verbs
    reporting: list[int]  # indexes of the verbs with a reporting lemma
    markers: list[int]  # indexes of the words that start a source marker
    non_persons: Ranges  # mentions of actors that are not persons
    countries: Ranges  # mentions of country actors
    persons: Ranges  # NER person mentions
    places: Ranges  # NER place and nationality mentions

    @classmethod
    def of(cls, doc: Document) -> Reading:
        analysis = doc.analysis
        table = token_table(analysis)
        pos, lower, lemma = table.pos, table.lower, table.lemma
        strings = analysis.vocab.strings
        verbs = [i for i, p in enumerate(pos) if p == VERB]
        reporting = [i for i in verbs if strings[lemma[i]].lower() in REPORTING_VERBS]
        markers = [i for i, word in enumerate(lower) if word in _MARKER_IDS]

        def actors(keep: Callable[[Actor], bool]) -> Ranges:
            return [(m.start, m.end) for a in doc.actors if keep(a) for m in a.mentions]

        def mentions(labels: frozenset[str]) -> Ranges:
            return [(m.start, m.end) for m in doc.mentions if m.label in labels]

        return cls(
            doc.text, verbs, reporting, markers,
            actors(lambda a: a.kind != "person"), actors(lambda a: a.kind == "country"),
            mentions(_PERSON_LABELS), mentions(_PLACE_LABELS),
        )  # fmt: skip


def _within(indexes: list[int], sent: Any) -> list[int]:
    """The token indexes (sorted) that fall in the sentence `sent`."""
    return indexes[bisect_left(indexes, sent.start) : bisect_left(indexes, sent.end)]


def _overlaps(ranges: Ranges, span: Span) -> bool:
    return any(start < span.end and span.start < end for start, end in ranges)


def _span(tokens: list[Any]) -> Span:
    return Span(start=tokens[0].idx, end=tokens[-1].idx + len(tokens[-1].text))


def _is_name(tok: Any) -> bool:
    """A proper-noun token, or a capitalised one that is neither sentence-initial nor a stop word."""
    if tok.pos_ == "PROPN":
        return True
    return tok.text[:1].isupper() and not tok.is_sent_start and not tok.is_stop and tok.pos_ != "PUNCT"


def _units(tokens: list[Any]) -> list[list[Any]]:
    """Tokens grouped into words: pieces written with no space between them ("al-Akhbar") stay together."""
    units: list[list[Any]] = []
    for tok in tokens:
        if tok.is_space:
            continue
        glued = units and units[-1][-1].idx + len(units[-1][-1].text) == tok.idx
        if glued and not units[-1][-1].text.endswith(("'", "’")):
            units[-1].append(tok)
        else:
            units.append([tok])
    return units


def _names(reading: Reading, tokens: list[Any]) -> list[tuple[list[Any], bool]]:
    """Name runs in `tokens` (adjacent name words), each flagged when NER calls it a person."""
    runs: list[list[Any]] = []
    for unit in _units(tokens):
        if any(_is_name(t) for t in unit) and unit[0].text not in _BOUNDARY:
            if runs and runs[-1][-1].i == unit[0].i - 1:
                runs[-1].extend(unit)
            else:
                runs.append(list(unit))
    return [(run, _is_person(reading, _span(run))) for run in runs]


def _is_person(reading: Reading, span: Span) -> bool:
    """NER calls the span a person, and no KB organisation claims it."""
    return not _overlaps(reading.non_persons, span) and _overlaps(reading.persons, span)


def _is_place_or_people(reading: Reading, span: Span) -> bool:
    """A country, place or nationality speaking ("Moscou a affirmé", "les Russes ont dit")."""
    return _overlaps(reading.countries, span) or _overlaps(reading.places, span)


def _until_boundary(tokens: Iterable[Any]) -> list[Any]:
    out: list[Any] = []
    for tok in tokens:
        if tok.text in _BOUNDARY or tok.lower_ in _BOUNDARY or "\n" in tok.text or len(out) >= _WINDOW:
            break
        out.append(tok)
    return out


def _split(tokens: list[Any], words: frozenset[str]) -> tuple[list[Any], list[Any]]:
    """`tokens` before and after the first token whose text or lemma is in `words`."""
    for k, tok in enumerate(tokens):
        if tok.lower_ in words or tok.lemma_.lower() in words:
            return tokens[:k], tokens[k + 1 :]
    return tokens, []


def _head(tokens: list[Any]) -> Any | None:
    """The first content word of a phrase (determiners, numbers and pre-posed adjectives skipped)."""
    return next(
        (t for t in tokens if t.pos_ not in ("DET", "ADJ", "NUM", "ADV", "PUNCT", "SPACE", "ADP")), None
    )


def _text(reading: Reading, tokens: list[Any]) -> str:
    return _span(tokens).of(reading.text)


def _speaker(reading: Reading, tokens: list[Any]) -> str | None:
    names = _names(reading, tokens)
    people = [run for run, person in names if person]
    chosen = people[0] if people else names[0][0] if names else None
    return _text(reading, chosen) if chosen else None


def read_phrase(reading: Reading, tokens: list[Any], statement: bool = False) -> Phrase | None:
    """Read a source phrase ("le quotidien X", "RT citant Y", "un communiqué publié par Z").

    `statement` marks the subject of a reporting verb: a country or people speaking there is
    a speaker, not a cited source. A phrase that cites someone else is always a source.
    """
    source_part, cited_part = _split(tokens, _CITING)
    before_agent, agent = _split(source_part, _AGENT_MARKERS)
    if agent and before_agent and before_agent[-1].pos_ in ("VERB", "AUX"):
        source_part = agent
    head = _head(source_part)
    if head is None or (head.pos_ == "PRON" and not _is_name(head)):
        return None
    speaker = _speaker(reading, cited_part) if cited_part else None
    relays = bool(cited_part)
    names = _names(reading, source_part)
    people = [run for run, person in names if person]
    lemma = head.lemma_.lower()
    head_run = next((run for run, _ in names if head in run), None)
    if head_run is not None:
        run = people[-1] if people and head_run not in people and lemma not in MEDIA_NOUNS else head_run
        person = run in people or (statement and _is_place_or_people(reading, _span(run)))
        return Phrase(_text(reading, run), _span(run), speaker, person and not relays)
    if lemma in ROLE_NOUNS:
        chosen = (
            people[-1]
            if people
            else source_part[next((k for k, t in enumerate(source_part) if t.pos_ != "DET"), 0) :]
        )
        return Phrase(_text(reading, chosen), _span(chosen), speaker, not relays)
    if lemma not in MEDIA_NOUNS:
        return None
    after = [run for run, _ in names if run[0].i > head.i]
    if after:
        return Phrase(_text(reading, after[0]), _span(after[0]), speaker)
    determiners = [t for t in source_part if t.i < head.i and t.pos_ == "DET"]
    if len(source_part) <= 3 and determiners and determiners[0].lower_ in _ANAPHORIC:
        return Phrase(head.text, _span([head]), speaker, anaphoric=True)
    content = [t for t in source_part if t.i >= head.i or t.pos_ == "ADJ"]
    return Phrase(_text(reading, content), _span(content), speaker)


def _marker_phrases(sent: Any, reading: Reading) -> Iterator[tuple[Any, str, list[Any]]]:
    """(cue, verb, phrase tokens) for "selon X", "d'après X", "according to X"."""
    for i in _within(reading.markers, sent):
        tok = sent.doc[i]
        low = tok.lower_
        if low == "selon":
            yield tok, "selon", _until_boundary(tok.doc[tok.i + 1 : sent.end])
        elif low == "après" and tok.i > sent.start and tok.nbor(-1).lower_ in ("d'", "d’"):
            yield tok, "d'après", _until_boundary(tok.doc[tok.i + 1 : sent.end])
        elif low == "according" and tok.i + 2 < sent.end and tok.nbor(1).lower_ == "to":
            yield tok, "according to", _until_boundary(tok.doc[tok.i + 2 : sent.end])


def _subject_tokens(verb: Any, subject: Any) -> list[Any]:
    """The subject's words: its subtree up to a clause boundary, plus an appositive name."""
    tokens = list(verb.doc[subject.left_edge.i : subject.i + 1])
    tokens = tokens[max((k + 1 for k, t in enumerate(tokens) if t.text in _BOUNDARY), default=0) :]
    rest = verb.doc[subject.i + 1 : verb.i]
    tail = _until_boundary(rest)
    tokens += tail
    if len(tail) < len(rest) and rest[len(tail)].text == ",":
        tokens += _until_boundary(rest[len(tail) + 1 :])
    cut = next(
        (k for k, t in enumerate(tokens) if t.i > subject.i and t.pos_ in ("AUX", "VERB")), len(tokens)
    )
    return tokens[:cut]


def _verb_phrases(sent: Any, reading: Reading) -> Iterator[tuple[Any, str, list[Any]]]:
    """(verb, lemma, subject tokens) for "X a rapporté", "X said", incise "…», a indiqué X"."""
    for i in _within(reading.reporting, sent):
        tok = sent.doc[i]
        if tok.tag_ == "VBG":
            continue
        if "Part" in tok.morph.get("VerbForm") and "Pres" in tok.morph.get("Tense"):
            continue  # "affirmant que": repeats the main clause's speaker
        if any(c.dep_ in ("expl:pass", "auxpass", "aux:pass", "nsubjpass") for c in tok.children):
            continue  # "il a été rapporté", "it was reported": no source
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS and c.i < tok.i), None)
        previous = [t for t in tok.doc[max(sent.start, tok.i - 3) : tok.i] if t.pos_ != "AUX"]
        if subject is not None and subject.pos_ != "PRON":
            citing = [c for c in tok.children if c.lemma_.lower() in _CITING and c.i > tok.i]
            relayed = list(tok.doc[citing[0].i : citing[0].right_edge.i + 1]) if citing else []
            yield tok, tok.lemma_.lower(), _subject_tokens(tok, subject) + relayed
        elif subject is None and previous and previous[-1].text in _INCISE_BEFORE:
            yield tok, tok.lemma_.lower(), _until_boundary(tok.doc[tok.i + 1 : sent.end])


def _lead_start(sents: list[Any], reading: Reading) -> int | None:
    """Where the lead starts: the first sentence of the body with a verb and some length."""
    first = next((s for s in sents if s.end_char - s.start_char > 40 and _within(reading.verbs, s)), None)
    return None if first is None else first.start


def _sentence_attributions(
    reading: Reading, sent: Any, producer: str, previous: list[Attribution], lead: bool
) -> list[Attribution]:
    cues = [(*cue, False) for cue in _marker_phrases(sent, reading)]
    cues += [(*cue, True) for cue in _verb_phrases(sent, reading)]
    found = [
        (cue, verb, phrase)
        for cue, verb, tokens, statement in cues
        if tokens and (phrase := read_phrase(reading, tokens, statement)) is not None
    ]
    out: list[Attribution] = []
    for cue, verb, phrase in found:
        source, scope = phrase.source, "sentence"
        if phrase.anaphoric:
            antecedent = next((a for a in reversed(previous + out) if a.speaker != a.source), None)
            if antecedent is None:
                continue
            source, scope = antecedent.source, "document" if cue.pos_ == "ADP" else "sentence"
        elif not phrase.person and lead:
            scope = "document"
        speaker = source if phrase.person else phrase.speaker
        cue_span = Span(start=cue.idx, end=cue.idx + len(cue.text))
        out.append(
            Attribution(
                source=source,
                verb=verb,
                speaker=speaker,
                relay=phrase.speaker is not None,
                scope=scope,
                evidence=[cue_span, phrase.span],
                producer=producer,
            )
        )
    return out


def _line_attributions(doc: Document, producer: str) -> list[Attribution]:
    """ "Via X" relay lines and "©X" credits still in the body, and related captions' credits."""
    out = [
        Attribution(
            source=m.group("source").strip(),
            verb="via",
            relay=True,
            scope="document",
            evidence=[Span(start=m.start("source"), end=m.start("source") + len(m.group("source").strip()))],
            producer=producer,
        )
        for m in _VIA.finditer(doc.text)
    ]
    credits = [
        (m.group("source").strip(), [Span(start=m.start("source"), end=m.end("source"))])
        for m in _CREDIT.finditer(doc.text)
    ]
    credits += [(c.credit.strip().lstrip("©").strip(), []) for c in doc.captions if c.related and c.credit]
    out += [
        Attribution(source=name, verb=CREDIT_VERB, scope="document", evidence=evidence, producer=producer)
        for name, evidence in credits
        if _GENERIC_CREDIT.sub("", name).strip(" .,:;-()[]'’")
    ]
    return out


def _dedupe(items: Iterable[Attribution]) -> list[Attribution]:
    seen: set[tuple[str, str | None, int]] = set()
    out = []
    for item in items:
        key = (item.source.lower(), item.verb, item.evidence[0].start if item.evidence else -1)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


class Attributions(BaseStage):
    name = "attributions"
    version = "2"
    requires = ("text", "captions", "relays", "analysis", "mentions", "actors")
    assigns = ("attributions",)

    def __call__(self, doc: Document) -> Document:
        kept = list(doc.relays)
        mine: list[Attribution] = []
        if doc.analysis is not None:
            sents, reading = list(doc.analysis.sents), Reading.of(doc)
            lead = _lead_start(sents, reading)
            for sent in sents:
                mine += _sentence_attributions(reading, sent, self.producer, kept + mine, sent.start == lead)
        known = {a.source.lower() for a in kept}
        mine += [a for a in _line_attributions(doc, self.producer) if a.source.lower() not in known]
        doc.attributions = kept + _dedupe(mine)
        return doc


@registry.register("attributions")
def make_attributions(settings: NoSettings, resources: Resources) -> Attributions:
    return Attributions()


def cited_sources(doc: Document) -> list[str]:
    """The media, organisations and documents a report cites (statements by people excluded)."""
    names = [a.source for a in doc.attributions if a.speaker != a.source]
    return list(dict.fromkeys(names))


def attribution_for_event(doc: Document, sentence: Span) -> list[AttributionRef]:
    """The attributions of an event in `sentence`: those cited in the sentence, else the
    document-level ones that govern the whole report (photo credits excluded)."""

    def ref(a: Attribution) -> AttributionRef:
        return AttributionRef(source=a.source, verb=a.verb, evidence=list(a.evidence))

    reporting = [a for a in doc.attributions if a.verb != CREDIT_VERB]
    local = [a for a in reporting if a.evidence and sentence.start <= a.evidence[0].start < sentence.end]
    if local:
        return [ref(a) for a in local]
    return [ref(a) for a in reporting if a.scope == "document"]
