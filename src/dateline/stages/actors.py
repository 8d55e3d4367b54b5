"""The ``actors`` stage: mentions → actors resolved against the actor KB.

It reads the spaCy analysis and finds, per document:

- KB names over the tokens (longest match, NER or not): countries, organisations, persons, media;
- country markers (demonyms, country names, capitals) on a noun: a role noun gives a generic
  actor with a sector ("les officiers de l'armée russe" → RUS MIL), a place noun gives none
  ("la ville syrienne"), another noun gives the country ("l'intervention russe" → RUS);
- capitals as metonyms for the government ("Moscou a demandé" → RUS GOV), not after a locative
  preposition ("à Dakar", "near Moscow") unless the head takes an addressee ("son soutien à
  Damas"), and country names likewise ("en Syrie" is a place);
- named persons with a title in apposition ("le président syrien X", "X, ancien chef du
  renseignement d'Israël"); other mentions of that title join the person only when they name one
  holder ("le président russe", not "un président russe"); a title alone links to the
  officeholder at the publication date;
- light coreference: subject pronouns and definite descriptions ("le quotidien", "the group")
  join the most recent compatible actor of the same paragraph.

Mentions are grouped into one actor per KB entity, per generic country + sector and per unknown
name; spans never start or end on white space or punctuation nor cross a line break.

`actor_mentions` and `actors_at` are the per-mention lookups later stages (events) use.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.strings import get_string_id
from spacy.symbols import NOUN

from dateline.kb import ActorKB, Hit, KBEntry, RoleLexicon, alias_key, load_kb, role_lexicon
from dateline.model import Actor, ActorKind, Candidate, Document, Span
from dateline.pipeline import BaseStage, Settings, mark, registry
from dateline.stages.tokens import token_table

# ---------------------------------------------------------------------------------------------
# Public lookups for later stages


@dataclass(frozen=True)
class ActorMention:
    """One mention span of one resolved actor (`index` is its position in ``doc.actors``)."""

    start: int
    end: int
    actor: Actor
    index: int

    @property
    def span(self) -> Span:
        return Span(start=self.start, end=self.end)


def actor_mentions(doc: Document) -> list[ActorMention]:
    """Every actor mention in `doc`, sorted by position (longest first on ties)."""
    found = [
        ActorMention(start=span.start, end=span.end, actor=actor, index=i)
        for i, actor in enumerate(doc.actors)
        for span in actor.mentions
    ]
    return sorted(found, key=lambda m: (m.start, -(m.end - m.start), m.index))


def actors_at(doc: Document, start: int, end: int) -> list[ActorMention]:
    """The actor mentions overlapping the char range ``[start, end)`` (e.g. a subject token)."""
    return [m for m in actor_mentions(doc) if m.start < end and start < m.end]


# ---------------------------------------------------------------------------------------------
# Language data the parser-level rules need (the KB and role lexicon hold the rest)

#: Prepositions after which a country, capital or unknown name is a place ("en Syrie", "près de
#: Damas", "in Syria", "near Moscow"); the word before "de" counts ("près de", "au large de").
LOCATIVES = frozenset(
    {"en", "dans", "depuis", "vers", "près", "loin", "proximité", "autour", "alentours", "environs", "large",
     "in", "inside", "within", "across", "throughout", "into", "at", "near", "outside", "around", "off"}
)  # fmt: skip
#: Prepositions that mark a place unless their head takes an addressee ("à Dakar" / "son soutien à
#: Dakar", "to Dakar" / "a message to Dakar", "from Dakar" / "a letter from Dakar"), see `_is_place`.
AMBIGUOUS_LOCATIVES = frozenset({"à", "a", "au", "aux", "to", "from"})
#: Labels that link a person's name to a title noun next to it.
TITLE_DEPS = frozenset({"appos", "nmod", "flat:name", "compound", "dep"})
#: Noun-phrase children kept when reading a role phrase ("chef d'état-major de l'armée irakienne").
NP_DEPS = frozenset({"amod", "compound", "nmod", "case", "det", "flat", "flat:name", "fixed", "prep", "pobj"})
PRONOUNS: dict[str, dict[str, tuple[str, str | None]]] = {
    # pronoun → (number, gender)
    "fr": {
        "il": ("Sing", "Masc"),
        "elle": ("Sing", "Fem"),
        "ils": ("Plur", "Masc"),
        "elles": ("Plur", "Fem"),
    },
    "en": {"he": ("Sing", "Masc"), "she": ("Sing", "Fem"), "they": ("Plur", None)},
}
#: Lower-case ids of the pronouns, to skip other words without reading their token.
_PRONOUN_IDS = {lang: frozenset(map(get_string_id, table)) for lang, table in PRONOUNS.items()}
DEFINITE = frozenset({"le", "la", "l'", "l’", "les", "the", "ce", "cet", "cette", "ces", "this", "these"})
#: Nouns that refer back to an organisation or group ("le groupe", "the movement").
GROUP_NOUNS = frozenset(
    {"groupe", "mouvement", "organisation", "formation", "group", "movement", "organization"}
)
OF_WORDS = frozenset({"de", "du", "des", "d'", "d’", "of"})
GENERIC_SECTORS = frozenset({"REB", "OPP", "CVL", "COP", "REF", "LAB", "IGO"})
#: Determiners that make a title non-specific ("un président russe", "any foreign minister").
NONSPECIFIC_DETS = frozenset(
    {"un", "une", "des", "tout", "toute", "chaque", "aucun", "aucune", "nul", "quel", "quelque",
     "a", "an", "any", "every", "each", "no", "some", "another", "which", "whichever"}
)  # fmt: skip
#: Modifiers that point a title at another holder than the current one ("l'ancien président").
OTHER_HOLDER = frozenset(
    {"ancien", "ancienne", "ex", "futur", "future", "prochain", "prochaine", "précédent", "précédente",
     "défunt", "défunte", "feu", "former", "next", "previous", "late", "outgoing", "incoming", "then",
     "sortant", "sortante", "intérimaire", "acting"}
)  # fmt: skip
#: Nouns whose complement is an office, not a person ("le poste de président", "the race for president").
OFFICE_NOUNS = frozenset(
    {"poste", "fonction", "mandat", "rôle", "élection", "candidat", "candidate", "candidature", "titre",
     "siège", "succession", "présidence", "post", "office", "role", "election", "candidacy", "race", "job",
     "seat", "title", "nomination", "successor", "successeur", "term"}
)  # fmt: skip
_PARAGRAPH = re.compile(r"\n\s*")
#: Characters a mention span never starts or ends on.
_EDGE = frozenset(' \t\r\n\u00a0\u202f,;:!?«»"“”')


# ---------------------------------------------------------------------------------------------
# Working records


@dataclass
class Found:
    """One actor mention found in the text, before mentions are grouped into actors."""

    start: int
    end: int
    key: tuple[Any, ...]
    name: str
    kind: ActorKind
    head: int
    country: str | None = None
    sector: str | None = None
    kb_id: str | None = None
    qid: str | None = None
    confidence: float = 1.0
    candidates: list[Candidate] = field(default_factory=list)
    role_token: int | None = None
    #: (country, sector, office) of a singular title ("le président russe"): mentions of one title join
    #: the person a name in apposition gives it ("le président russe Vladimir Poutine").
    title_key: tuple[str | None, str, str] | None = None


def _root(tokens: Any) -> Any:
    """The token of a span whose head lies outside it."""
    for token in tokens:
        if not (tokens.start <= token.head.i < tokens.end) or token.head.i == token.i:
            return token
    return tokens[0]


def _noun_phrase(token: Any) -> list[Any]:
    """`token` with its modifiers and nominal dependents (no clauses, appositions or conjuncts)."""
    out = [token]
    for child in token.children:
        if child.dep_ in NP_DEPS:
            out.extend(_noun_phrase(child))
    return sorted(out, key=lambda t: t.i)


def _left_extension(token: Any, limit: int = 4) -> list[Any]:
    """Words just left of `token` that belong to its title ("chef d'état-" before a mis-parsed "major")."""
    out: list[Any] = []
    i = token.i - 1
    while i >= 0 and len(out) < limit:
        left = token.doc[i]
        if (
            left.pos_ in ("DET", "VERB", "AUX", "PRON", "CCONJ", "SCONJ", "NUM", "SPACE")
            or left.is_space
            or (left.pos_ == "ADP" and left.lower_ not in OF_WORDS - {"des", "du"})
            or (left.is_punct and left.text not in ("-", "'", "’"))
        ):
            break
        out.append(left)
        i -= 1
    return out


def _own_phrase(token: Any) -> list[Any]:
    """A role noun's own words: title words on its left and its adjectives, not its complements."""
    out = [*_left_extension(token), token]
    out += [c for c in token.children if c.dep_ in ("amod", "compound", "fixed", "flat")]
    return sorted(out, key=lambda t: t.i)


def _role_phrase(token: Any) -> list[Any]:
    """The noun phrase of a role noun, with the title words a mis-parse left outside it."""
    return sorted({*_left_extension(token), *_noun_phrase(token)}, key=lambda t: t.i)


def _phrase_text(tokens: list[Any]) -> str:
    return " ".join(t.text for t in tokens)


def _previous_word(token: Any) -> Any | None:
    """The word before `token`, skipping determiners ("en Syrie", "dans la capitale")."""
    i = token.i - 1
    doc = token.doc
    while i >= 0 and (doc[i].pos_ == "DET" or doc[i].lower_ in DEFINITE):
        i -= 1
    return doc[i] if i >= 0 else None


def _prepositions(root: Any) -> list[Any]:
    """The preposition introducing a name, and the word before it when it is "de" ("près de Damas")."""
    if root.dep_ == "pobj":
        first = root.head
    else:
        cases = [c for c in root.children if c.dep_ == "case"]
        first = cases[0] if cases else _previous_word(root)
    if first is None:
        return []
    if first.lower_ in OF_WORDS and first.i > 0:
        return [first, first.doc[first.i - 1]]
    return [first]


def _after_locative(root: Any) -> bool:
    """Whether a name follows a preposition that always makes it a place ("en", "près de", "in", "near")."""
    return any(t.lower_ in LOCATIVES for t in _prepositions(root))


def _is_place(root: Any, lexicon: RoleLexicon, lang: str) -> bool:
    """Whether a name stands for a place ("en Syrie", "à Dakar", "from Moscow") rather than an actor.

    After "à"/"au"/"aux"/"to"/"from", a head (or the verb of an object head, or a noun just before the
    preposition) that takes an addressee or a source ("son soutien à Damas", "un geste de défi aux
    États-Unis", "a letter from Tehran", "sold arms to Iran", "receive arms from Iran") makes the name an
    actor.
    """
    prepositions = _prepositions(root)
    if _after_locative(root):
        return True
    if not prepositions or prepositions[0].lower_ not in AMBIGUOUS_LOCATIVES:
        return False
    head = root.head.head if root.dep_ == "pobj" else root.head
    argument = (
        head.pos_ != "VERB"
        or root.dep_ in ("obl:arg", "iobj", "dative", "pobj")
        or (  # "livré des drones à Moscou"
            lexicon.transfers_goods(head.lemma_ or head.text, lang)
            and any(c.dep_ in ("obj", "dobj") for c in head.children)
        )
    )
    heads = [head] if argument else []
    if head.pos_ == "NOUN" and head.dep_ in ("obj", "dobj"):  # "receive arms from Iran"
        heads.append(head.head)
    before = prepositions[0].i - 1
    if before >= 0 and root.doc[before].pos_ == "NOUN":
        heads.append(root.doc[before])
    return not any(lexicon.takes_addressee(t.lemma_ or t.text, lang) for t in heads)


def _complements(token: Any) -> bool:
    """Whether `token` qualifies its head noun: an adjective, compound, possessive or "de"/"of" complement.

    "les commandants du Hezbollah" and "Russia's minister" qualify; "frappes contre la Syrie" does not.
    """
    if token.dep_ in ("amod", "compound", "poss", "nmod:poss", "appos", "flat:name"):
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ == "of"
    if token.dep_.startswith("nmod"):
        return any(c.dep_ == "case" and c.lower_ in OF_WORDS for c in token.children)
    return False


def _title_link(token: Any) -> bool:
    """Whether `token` hangs from its head as a name part or apposition. A name coordinated to a noun
    without "et"/"and" ("l'ambassadeur russe, Maxim Maximov", a common mis-parse) is an apposition."""
    if token.dep_ in TITLE_DEPS:
        return True
    return (
        token.dep_ == "conj"
        and token.pos_ == "PROPN"
        and token.head.pos_ == "NOUN"
        and not any(c.dep_ == "cc" for c in token.children)
    )


def _referential(noun: Any) -> bool:
    """Whether a singular title names one holder ("le président russe", "son homologue") rather than the
    office ("un président russe", "l'ancien président", "le poste de président", "presidents")."""
    if "Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS"):
        return False
    words = {t.lower_ for t in noun.children if t.i < noun.i or t.dep_ in ("amod", "advmod")}
    words |= {t.lower_.rstrip("-") for t in _left_extension(noun)}
    if words & (NONSPECIFIC_DETS | OTHER_HOLDER) or noun.lower_.startswith("ex-"):
        return False
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return not (head.i != noun.i and head.lemma_.lower() in OFFICE_NOUNS)


def _tidy(text: str, start: int, end: int, anchor: int) -> tuple[int, int]:
    """``[start, end)`` kept on the line holding `anchor`, without white space or punctuation at its edges."""
    anchor = min(max(anchor, start), end - 1)
    line_start = text.rfind("\n", start, anchor)
    start = start if line_start == -1 else line_start + 1
    line_end = text.find("\n", anchor, end)
    end = end if line_end == -1 else line_end
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end


def _paragraph_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _PARAGRAPH.finditer(text)]


# ---------------------------------------------------------------------------------------------
# The resolver: one per document


class Resolver:
    """Finds the actor mentions of one analysed document."""

    def __init__(self, kb: ActorKB, lexicon: RoleLexicon, doc: Document) -> None:
        self.kb = kb
        self.lexicon = lexicon
        self.doc = doc
        self.sdoc = doc.analysis
        self.tokens = token_table(self.sdoc)  # plain per-token columns: starts give span → token lookups
        self.own_sectors: dict[int, str | None] = {}  # `own_sector` by token index
        self.sectors: dict[int, str | None] = {}  # `sector_of` by token index
        self.role_phrases: dict[int, list[Any]] = {}  # `role_phrase` by token index
        self.lang = doc.language.code
        self.date = doc.published.value
        self.found: list[Found] = []
        self.covered: set[int] = set()
        self.places: set[int] = set()  # tokens of KB names read as places ("à Dakar")

    # -- helpers ----------------------------------------------------------------------------

    def sector_of(self, token: Any) -> str | None:
        """The sector a role noun names: from its own words, else from its whole phrase."""
        if token.i not in self.sectors:
            own = self.own_sector(token)
            self.sectors[token.i] = own or self.lexicon.sector(
                _phrase_text(self.role_phrase(token)), self.lang
            )
        return self.sectors[token.i]

    def role_phrase(self, token: Any) -> list[Any]:
        """`_role_phrase`, once per token."""
        if token.i not in self.role_phrases:
            self.role_phrases[token.i] = _role_phrase(token)
        return self.role_phrases[token.i]

    def own_sector(self, token: Any) -> str | None:
        """The sector a role noun's own words name (`_own_phrase`)."""
        if token.i not in self.own_sectors:
            self.own_sectors[token.i] = self.lexicon.sector(_phrase_text(_own_phrase(token)), self.lang)
        return self.own_sectors[token.i]

    def role_head(self, noun: Any) -> Any | None:
        """The outermost role noun over `noun`: itself or a noun it complements, two levels up at most."""
        chain = [noun]
        while len(chain) < 3:
            current = chain[-1]
            outer = current.head if _complements(current) and current.dep_ not in ("amod", "appos") else None
            if outer is not None and outer.dep_ == "prep":
                outer = outer.head
            if outer is None or outer.i == current.i or outer.pos_ not in ("NOUN", "PROPN"):
                break
            chain.append(outer)
        for candidate in reversed(chain):
            if self.own_sector(candidate):
                return candidate
        return None

    def kind_of(self, noun: Any) -> ActorKind:
        if "Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS"):
            return "group"
        return "organisation" if self.lexicon.is_institution(noun.text, self.lang) else "person"

    def add(self, item: Found) -> None:
        item.start, item.end = _tidy(self.doc.text, item.start, item.end, self.tokens.starts[item.head])
        self.found.append(item)
        self.covered.update(self.tokens_within(item.start, item.end))

    def tokens_within(self, start: int, end: int) -> range:
        """Indexes of the tokens that start in the characters ``[start, end)``."""
        first = bisect_left(self.tokens.starts, start)
        return range(first, bisect_left(self.tokens.starts, end, lo=first))

    def country_name(self, iso: str) -> str:
        entry = self.kb.get(iso)
        return entry.name if entry else iso

    def generic(self, iso: str | None, sector: str, noun: Any, marker: Any, confidence: float) -> Found:
        """A generic actor (country + sector) named by role noun `noun` qualified by `marker`.

        IGO role nouns without a country ("les casques bleus") take the CAMEO country code ``IGO``.
        """
        kind = self.kind_of(noun)
        role_phrase = self.role_phrase(noun)
        phrase = [t for t in role_phrase if t.pos_ not in ("DET", "ADP", "PUNCT", "SPACE")] or [noun]
        start = min(phrase[0].idx, marker.idx)
        end = max(noun.idx + len(noun.text), marker.idx + len(marker.text))
        title = self.lexicon.title(_phrase_text(role_phrase), self.lang) if kind == "person" else None
        country = iso or ("IGO" if sector == "IGO" else None)
        name = f"{self.country_name(iso)} {sector}" if iso else f"{noun.lemma_.lower()} ({sector})"
        item = Found(
            start, end, ("generic", country, sector), name, kind, noun.i, country, sector, iso, None,
            confidence, role_token=noun.i,
        )  # fmt: skip
        if kind == "person":
            item.title_key = (country, sector, title or noun.lemma_.lower())
        if title and iso and _referential(noun):
            self.link_officeholder(item, iso, title)
        return item

    def link_officeholder(self, item: Found, iso: str, title: str) -> None:
        """Link a title ("le président russe") to the one person holding it at the publication date."""
        holders = {entry.id: entry for entry, _ in self.kb.officeholders(iso, self.date, title)}
        if self.date and len(holders) == 1:
            entry = next(iter(holders.values()))
            item.key, item.name, item.kb_id, item.qid = ("kb", entry.id), entry.name, entry.id, entry.qid
            item.confidence = min(item.confidence, 0.8)
        elif holders:
            item.candidates = [
                Candidate(kb_id=e.id, name=e.name, score=1 / len(holders)) for e in holders.values()
            ]

    # -- KB matches --------------------------------------------------------------------------

    def kb_matches(self) -> Iterator[tuple[Any, list[Hit]]]:
        """Longest KB matches over the tokens, left to right.

        A candidate grows token by token while its folded text still begins some KB name
        (`ActorKB.is_prefix`), so most tokens cost one dictionary lookup."""
        sdoc, words, gaps, is_prefix = self.sdoc, self.tokens.words, self.tokens.gaps, self.kb.is_prefix
        i = 0  # where the next match may start
        for start in [k for k, word in enumerate(words) if is_prefix(word)]:  # few words begin a name
            if start < i:
                continue
            i = start
            texts = [words[i]]
            for j in range(i + 1, min(i + self.kb.max_words, len(words))):
                text = texts[-1] + gaps[j - 1] + words[j]
                if not is_prefix(text):
                    break
                texts.append(text)
            for size in range(len(texts), 0, -1):
                last = sdoc[i + size - 1] if size > 1 else None
                if last is not None and (last.is_punct or last.is_space or "\n" in texts[size - 1]):
                    continue  # a name ends on a word and stays on one line
                hits = self.kb.hits(texts[size - 1], self.lang)
                if hits:
                    yield sdoc[i : i + size], hits
                    i += size
                    break

    def resolve_kb(self) -> None:
        for span, hits in self.kb_matches():
            by_via = {via: [h.entry for h in hits if h.via == via] for via in ("alias", "demonym", "capital")}
            root = _root(span)
            if by_via["alias"]:
                self.resolve_name(span, root, by_via["alias"])
            elif by_via["demonym"]:
                self.resolve_demonym(span, root, by_via["demonym"])
            else:
                self.resolve_capital(span, root, by_via["capital"])

    def attached_role(self, root: Any) -> Any | None:
        """The role noun a name or marker qualifies ("ministre ... de la Syrie", "Russia's minister")."""
        if not _complements(root):
            return None
        head = root.head.head if root.dep_ == "pobj" else root.head
        return self.role_head(head) if head.pos_ in ("NOUN", "PROPN") else None

    def other_country_role(self, root: Any, iso: str) -> bool:
        """Whether the role noun `root` complements already has another country ("les forces iraniennes
        de la Syrie": Syria is where they are, not whose they are)."""
        role = self.attached_role(root) if _complements(root) and root.dep_ != "amod" else None
        return role is not None and any(
            f.role_token == role.i and f.country not in (None, iso) for f in self.found
        )

    def resolve_name(self, span: Any, root: Any, entries: list[KBEntry]) -> None:
        entry = entries[0] if len(entries) == 1 else self.disambiguate(entries)
        if entry is not None and entry.kind == "country":
            if _is_place(root, self.lexicon, self.lang) or self.other_country_role(root, entry.id):
                self.places.update(range(span.start, span.end))
                return
            role = self.attached_role(root)
            if role is not None and not self.lexicon.is_place(role.text, self.lang):
                sector = self.sector_of(role)
                if sector:
                    self.add(self.generic(entry.id, sector, role, root, 0.9))
                    return
        if entry is None:
            self.add(self.ambiguous(span, root, entries))
            return
        item = self.entity(entry, span, root)
        role = self.attached_role(root) if entry.kind != "person" else None
        if role is not None and entry.kind != "country":  # "les commandants du Hezbollah": span the role noun
            item.start = min(item.start, role.idx)
            item.end = max(item.end, role.idx + len(role.text))
        self.add(item)

    def entity(self, entry: KBEntry, span: Any, root: Any, confidence: float = 1.0) -> Found:
        return Found(
            span.start_char,
            span.end_char,
            ("kb", entry.id),
            entry.name,
            entry.kind,
            root.i,
            entry.country_at(self.date),
            entry.sector_at(self.date),
            entry.id,
            entry.qid,
            confidence,
        )

    def disambiguate(self, entries: list[KBEntry]) -> KBEntry | None:
        """The one entry active at the publication date or from a country the text names, if any."""
        if self.date:
            active = [e for e in entries if not e.roles or e.roles_at(self.date)]
            if len(active) == 1:
                return active[0]
        named = {f.country for f in self.found if f.kind == "country"}
        local = [e for e in entries if e.country_at(self.date) in named]
        return local[0] if len(local) == 1 else None

    def ambiguous(self, span: Any, root: Any, entries: list[KBEntry]) -> Found:
        countries = {e.country_at(self.date) for e in entries}
        candidates = [Candidate(kb_id=e.id, name=e.name, score=round(1 / len(entries), 3)) for e in entries]
        kinds = {e.kind for e in entries}
        return Found(
            span.start_char,
            span.end_char,
            ("ambiguous", alias_key(span.text)),
            span.text,
            kinds.pop() if len(kinds) == 1 else "group",
            root.i,
            countries.pop() if len(countries) == 1 else None,
            None,
            None,
            None,
            round(1 / len(entries), 3),
            candidates,
        )

    def resolve_demonym(self, span: Any, root: Any, entries: list[KBEntry]) -> None:
        head = root
        while head.dep_ == "conj" and head.head.i != head.i and head.head.pos_ in ("ADJ", "PROPN", "NOUN"):
            if head.head.dep_ not in ("amod", "conj") and head.head.pos_ != "ADJ":
                break
            head = head.head
        noun = (
            head.head if head.dep_ in ("amod", "compound", "conj", "nmod") and head.head.i != head.i else None
        )
        if noun is not None and noun.pos_ not in ("NOUN", "PROPN"):
            noun = None
        if noun is not None and self.lexicon.is_place(noun.text, self.lang):
            return
        iso = entries[0].id if len(entries) == 1 else None
        role = self.role_head(noun) if noun is not None else None
        sector = self.sector_of(role) if role is not None else None
        if role is not None and sector:
            item = self.generic(iso, sector, role, root, 0.9 if iso else 0.5)
        elif noun is None and root.pos_ in ("NOUN", "PROPN") and iso:  # "les Russes", "Iranians"
            item = self.entity(entries[0], span, root, 0.9)
        elif iso:  # "l'intervention russe": the country acts
            item = self.entity(entries[0], span, root, 0.7)
        else:
            item = self.ambiguous(span, root, entries)
        if iso is None and role is not None:
            item.candidates = [
                Candidate(kb_id=e.id, name=e.name, score=round(1 / len(entries), 3)) for e in entries
            ]
        self.add(item)

    def resolve_capital(self, span: Any, root: Any, entries: list[KBEntry]) -> None:
        if len(entries) != 1 or _is_place(root, self.lexicon, self.lang):
            self.places.update(range(span.start, span.end))
            return
        role = self.attached_role(root)
        sector = self.sector_of(role) if role is not None else None
        confidence = 0.8
        if role is not None and sector:
            item = self.generic(entries[0].id, sector, role, root, confidence)
        else:
            item = self.generic(entries[0].id, "GOV", root, root, confidence)
            item.kind, item.title_key = "organisation", None
            item.start, item.end = span.start_char, span.end_char
        self.add(item)

    # -- named entities the KB does not know ---------------------------------------------------

    def resolve_names(self) -> None:
        """Unknown PER/ORG names become actors; a surname alone joins a KB person named in full earlier
        ("Fuad Hussein ... Hussein asked")."""
        known = {
            self.surname_key(self.doc.text[f.start : f.end]): f
            for f in self.found
            if f.kind == "person" and f.kb_id and f.role_token is None
        }
        for ent in self.sdoc.ents:
            tokens = range(ent.start, ent.end)
            if ent.label_ not in ("PER", "PERSON", "ORG") or any(
                i in self.covered or i in self.places for i in tokens
            ):
                continue
            root = _root(ent)
            if _after_locative(root):  # "in Kidal" mislabelled ORG
                continue
            kind: ActorKind = "person" if ent.label_ in ("PER", "PERSON") else "organisation"
            person = known.get(self.surname_key(ent.text)) if kind == "person" else None
            if person is not None and person.start < ent.start_char:
                self.add(replace(person, start=ent.start_char, end=ent.end_char, head=root.i, confidence=0.9))
                continue
            key = ("name", self.surname_key(ent.text) if kind == "person" else alias_key(ent.text))
            item = Found(ent.start_char, ent.end_char, key, ent.text, kind, root.i, confidence=0.7)
            if kind == "organisation":
                item.sector = self.lexicon.sector(ent.text, self.lang)
            self.add(item)

    def surname_key(self, name: str) -> str:
        """Persons are keyed by surname, so "Avi Dichter" and a later "Dichter" are one actor."""
        words = alias_key(name).split()
        return words[-1] if words else ""

    def attach_titles(self) -> None:
        """Join a title to the name in apposition to it ("le président syrien X", "son homologue, X"), then
        every other mention of that title that names one holder to the nearest such person; an unknown
        person takes its title's country and sector ("X, ancien chef du Shin Bet")."""
        by_token = {
            i: f
            for f in self.found
            if f.role_token is not None and f.kind == "person"
            for i in self.tokens_within(f.start, f.end)
        }
        named: dict[tuple[str | None, str, str], list[Found]] = {}
        apposed: set[int] = set()
        for person in [f for f in self.found if f.kind == "person" and f.role_token is None]:
            for title in self.titles(self.sdoc[person.head]):
                generic = by_token.get(title.i)
                if generic is not None:
                    if generic.title_key and _referential(self.sdoc[generic.head]):  # not "l'ancien …"
                        named.setdefault(generic.title_key, []).append(person)
                    apposed.add(id(generic))
                    self.adopt(generic, person)
                    break
                if person.country is None and title.pos_ == "NOUN" and self.sector_of(title):
                    self.title_context(person, title)
                    break
        for item in self.found:
            holders = named.get(item.title_key) if item.title_key else None
            if holders and id(item) not in apposed and _referential(self.sdoc[item.head]):
                before = [p for p in holders if p.start <= item.start]
                self.adopt(item, before[-1] if before else holders[0])

    @staticmethod
    def adopt(title: Found, person: Found) -> None:
        """Make the mention `title` one of `person` (who takes its country and sector if unknown)."""
        person.country = person.country or title.country
        person.sector = person.sector or title.sector
        title.key, title.name, title.kind, title.kb_id, title.qid = (
            person.key, person.name, person.kind, person.kb_id, person.qid
        )  # fmt: skip
        title.country, title.sector, title.candidates = person.country, person.sector, []

    def titles(self, name: Any) -> list[Any]:
        """Nouns that may title a name: its own title dependents, then the nouns above it up to a role noun
        (through appositions: "le ministre, le général X"), never through a conjunct ("son homologue et le
        président X": X's title is "président")."""
        found = [c for c in name.children if c.dep_ in TITLE_DEPS and c.pos_ in ("NOUN", "PROPN")]
        token = name
        while _title_link(token) and len(found) < 4 and token.head.i != token.i:
            token = token.head
            if token.pos_ not in ("NOUN", "PROPN"):
                break
            found.append(token)
            if token.pos_ == "NOUN" and token.dep_ != "appos" and self.sector_of(token):
                break  # "l'homologue du président X": X's title is "président" alone
        return found

    def title_context(self, person: Found, title: Any) -> None:
        """Country and sector of an unlinked person from an apposition ("X, ancien chef du Shin Bet")."""
        person.sector = person.sector or self.sector_of(title)
        for token in _noun_phrase(title):
            for other in self.found:
                if other.start <= token.idx < other.end and other.country and other is not person:
                    person.country = other.country
                    return

    # -- coreference ---------------------------------------------------------------------------

    def resolve_coreference(self) -> None:
        paragraphs = _paragraph_starts(self.doc.text)
        pronouns = PRONOUNS.get(self.lang, {})
        pronoun_ids = _PRONOUN_IDS.get(self.lang, frozenset())
        for i, pos in enumerate(self.tokens.pos):
            if i in self.covered or (pos != NOUN and self.tokens.lower[i] not in pronoun_ids):
                continue
            token = self.sdoc[i]
            lower = token.lower_
            if lower in pronouns and token.dep_.startswith("nsubj"):
                number, gender = pronouns[lower]
                antecedent = self.antecedent(
                    token, paragraphs, lambda f, n=number, g=gender: self.agrees(f, n, g)
                )
            elif pos == NOUN and self.definite(token) and not self.qualified(token):
                antecedent = self.antecedent(token, paragraphs, self.describes(token))
            else:
                continue
            if antecedent is not None:
                self.add(
                    Found(
                        token.idx,
                        token.idx + len(token.text),
                        antecedent.key,
                        antecedent.name,
                        antecedent.kind,
                        token.i,
                        antecedent.country,
                        antecedent.sector,
                        antecedent.kb_id,
                        antecedent.qid,
                        min(antecedent.confidence, 0.6),
                        list(antecedent.candidates),
                    ),
                )

    def antecedent(self, token: Any, paragraphs: list[int], fits: Any) -> Found | None:
        start = max(p for p in paragraphs if p <= token.idx)
        before = [f for f in self.found if start <= f.start and f.end <= token.idx]
        for item in sorted(before, key=lambda f: f.start, reverse=True):
            if fits(item):
                return item
        return None

    def agrees(self, item: Found, number: str, gender: str | None) -> bool:
        head = self.sdoc[item.head]
        plural = item.kind == "group" or "Plur" in head.morph.get("Number")
        if (number == "Plur") != plural:
            return False
        if item.kind == "person":
            return (
                gender is None or self.lang != "en" or gender == "Masc" or "Fem" in head.morph.get("Gender")
            )
        if self.lang == "en":
            return number == "Plur"
        genders = head.morph.get("Gender")
        return gender is None or not genders or gender in genders

    def definite(self, token: Any) -> bool:
        return any(c.dep_ == "det" and c.lower_ in DEFINITE for c in token.children)

    def qualified(self, token: Any) -> bool:
        """Whether a noun carries its own referent (a name or a country marker among its dependents)."""
        return any(c.i in self.covered for c in token.subtree if c.i != token.i)

    def describes(self, token: Any) -> Any:
        """A predicate telling whether an actor fits the definite description `token`."""
        sector = self.sector_of(token)
        lemma = token.lemma_.lower()
        if lemma in GROUP_NOUNS:
            return lambda f: (
                f.kind in ("organisation", "group") and f.sector not in (None, "GOV", "MED", "IGO")
            )
        if sector == "MED":
            return lambda f: f.sector == "MED" and f.kind == "organisation"
        if sector and self.kind_of(token) == "person":
            return lambda f: f.kind == "person" and f.sector in (sector, None)
        return lambda f: False

    # -- country-less collective nouns ("les rebelles", "protesters") ----------------------------

    def resolve_collectives(self) -> None:
        for i, pos in enumerate(self.tokens.pos):
            if i in self.covered or pos != NOUN:
                continue
            sector = self.lexicon.sector(self.tokens.words[i], self.lang)  # cheap, and must match `sector_of`
            if sector is None or sector not in GENERIC_SECTORS:
                continue
            token = self.sdoc[i]
            if self.kind_of(token) == "group" and self.sector_of(token) == sector:
                self.add(self.generic(None, sector, token, token, 0.5))

    def run(self) -> list[Found]:
        self.resolve_kb()
        self.resolve_names()
        self.attach_titles()
        self.resolve_collectives()
        self.found.sort(key=lambda f: f.start)
        self.resolve_coreference()
        return self.found


# ---------------------------------------------------------------------------------------------
# Grouping mentions into actors


def group_actors(found: list[Found], text: str, producer: str) -> list[Actor]:
    """One `Actor` per identity (a KB entity, a country + sector, a name), in order of first mention.

    Every mention span joins it; a generic actor named by singular and plural or institution nouns
    ("l'officier iranien", "les forces iraniennes") is one actor whose kind is decided by `_kind`.
    """
    actors: dict[tuple[Any, ...], Actor] = {}
    kinds: dict[tuple[Any, ...], set[ActorKind]] = {}
    spans: dict[tuple[Any, ...], set[tuple[int, int]]] = {}  # each actor's mention spans, for quick tests
    for item in sorted(found, key=lambda f: (f.start, f.end)):
        actor = actors.get(item.key)
        if actor is None:
            actor = actors[item.key] = Actor(
                kb_id=item.kb_id,
                name=item.name,
                kind=item.kind,
                country=item.country,
                sector=item.sector,
                qid=item.qid,
                candidates=item.candidates,
                confidence=item.confidence,
                producer=producer,
            )
        else:
            actor.confidence = max(actor.confidence, item.confidence)
            actor.country = actor.country or item.country
            actor.sector = actor.sector or item.sector
            if item.candidates != actor.candidates:  # mentions disagree on who holds the title
                actor.candidates = []
        kinds.setdefault(item.key, set()).add(item.kind)
        seen = spans.setdefault(item.key, set())
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            actor.mentions.append(Span(start=item.start, end=item.end))
        surface = text[item.start : item.end]
        if surface not in actor.aliases_hit:
            actor.aliases_hit.append(surface)
    for key, actor in actors.items():
        actor.kind = _kind(kinds[key])
    return list(actors.values())


def _kind(kinds: set[ActorKind]) -> ActorKind:
    """The kind of an actor from its mentions' kinds: the one kind they share, else an organisation."""
    return next(iter(kinds)) if len(kinds) == 1 else "organisation"


class Actors(BaseStage):
    name = "actors"
    version = "0.1"
    requires = ("analysis", "mentions")
    assigns = ("actors",)

    def __init__(self, kb: ActorKB, lexicon: RoleLexicon) -> None:
        self.kb = kb
        self.lexicon = lexicon

    def __call__(self, doc: Document) -> Document:
        if doc.analysis is None:
            doc.actors = []
        else:
            found = Resolver(self.kb, self.lexicon, doc).run()
            doc.actors = group_actors(found, doc.text, self.producer)
        mark(doc, self)
        return doc


@registry.register("actors")
def make_actors(settings: Settings) -> Actors:
    return Actors(load_kb(settings.kb_files), role_lexicon())
