"""`locate_event`: the place of an event, for the events coder."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from dateline.data import word_trie
from dateline.kb.gazetteer import fold_name
from dateline.model import Document, Place, PlaceRef, Span
from dateline.stages.places.evidence import road_end
from dateline.stages.places.lexicon import word_lists
from dateline.stages.places.toponyms import direction_before, direction_start

_DATELINE_END = re.compile(r"^\s*(?:\([^)]{1,40}\)\s*)?[-—–:,(]")
#: A dateline's parentheses around a place ("ERBIL (Irak) -"): what comes before and after the place.
_DATELINE_OPEN = re.compile(r"^\s*[A-ZÀ-Þ][A-ZÀ-Þ'’. -]{1,40}\(\s*$")
_DATELINE_CLOSE = re.compile(r"^\s*\)\s*[-—–:]")
#: The lead: the body's first sentence (up to a full stop before a capital or a line break).
_LEAD = re.compile(r"^.{0,600}?(?:[.!?](?=\s+[A-ZÀ-Þ«\"“])|\n|$)", re.S)
#: Most specific first: a town or site, then the units and regions that hold it.
SPECIFICITY = {"exact": 0, "admin2": 1, "admin1": 2, "region": 3, "country": 4, "continent": 5}


def _ref(doc: Document, place: Place, span: Span, rule: str) -> PlaceRef:
    direction = direction_before(doc.text, span.start)
    return PlaceRef(
        name=f"{place.name} ({direction})" if direction else place.name,
        geonames_id=place.geonames_id,
        country=place.country,
        lat=place.lat,
        lon=place.lon,
        precision=place.precision,
        rule=rule,
        evidence=[span],
    )


def _inside(span: Span, region: Span) -> bool:
    return region.start <= span.start and span.end <= region.end


def _most_specific(doc: Document, region: Span, others: Sequence[Span] = ()) -> tuple[Place, Span] | None:
    """The most specific place named in `region` (the first of equals), leaving out mentions inside
    any of `others`."""
    away = _left_out(doc)
    hits = [
        (p, s)
        for p in doc.places
        for s in p.mentions
        if _inside(s, region)
        and not any(_inside(s, other) for other in others)
        and (s.start, s.end) not in away
    ]
    return min(hits, key=_order(doc.text), default=None)


@functools.cache
def _reference_pattern() -> re.Pattern[str]:
    words = word_lists()
    french = word_trie(words.directions["fr"])
    english = word_trie(words.directions["en"])
    of_fr = word_trie(words.of_words["fr"], followed=True)
    return re.compile(
        rf"(?:\b(?:au|à\s+l['’]\s*)\s*(?:{french})\s+(?:{of_fr})|(?<!the\s)\b(?:{english})\s+of\s+(?:the\s+)?)$",
        re.I,
    )


def reference(text: str, span: Span) -> bool:
    """Whether the mention is a reference point, a compass word and "of" before it ("near Kfar Kila, south
    of Marjayoun", "près de Makhmour, au sud-ouest d'Erbil"): the event lies away from it; "the north of
    X", "dans le nord de X" name a part of X instead."""
    return bool(_reference_pattern().search(text[max(0, span.start - 30) : span.start]))


def _order(text: str) -> Callable[[tuple[Place, Span]], tuple[int, bool, int]]:
    """Most specific first; of equals, one named as the setting (`setting`; not a reference point) first,
    then the first. A town
    named with a compass word ("in southern Idlib", "dans le nord d'Alep") names the land around it, less
    specific than a town ("shelled Kafr Nabl in southern Idlib": Kafr Nabl); a place named as a reference
    point ("east of Algiers", "à l'est d'Alger") no more specific than an admin-1 unit ("dans la wilaya de
    Tizi Ouzou, à l'est d'Alger": Tizi Ouzou)."""

    def rank(place: Place, span: Span) -> int:
        level = _specificity(place)
        if seat(text, span):
            return max(level, SPECIFICITY["country"])
        if level == SPECIFICITY["exact"] and unit_around(text, span):
            return SPECIFICITY["admin2"]
        if reference(text, span):
            return max(level, SPECIFICITY["admin1"])
        if level == SPECIFICITY["exact"] and direction_before(text, span.start):
            return SPECIFICITY["admin2"]
        return level

    def unset(span: Span) -> bool:
        return not setting(text, span) or reference(text, span) or road_end(text, span.start) == 2

    return lambda hit: (rank(*hit), unset(hit[1]), hit[1].start)


def _noun_frames(nouns: frozenset[str], gap: str, locatives: str, flags: int) -> tuple[re.Pattern[str], ...]:
    """A name after one of `nouns`, `gap` and `locatives` (then an optional article), and one just before one
    of them (after an optional "'s")."""
    words = word_lists()
    articles = rf"(?:{word_trie(words.articles, followed=True)})?"
    trie = word_trie(nouns)
    return (
        re.compile(rf"\b(?:{trie}){gap}(?:{locatives}){articles}$", re.I),
        re.compile(rf"^(?:['’]s)?\s+(?:{trie})\b", flags),
    )


@functools.cache
def _seat_patterns() -> tuple[re.Pattern[str], ...]:
    of_words = word_trie(frozenset().union(*word_lists().of_words.values()), followed=True)
    gap = r"(?:(?:\s+[^\W\d_]+)?\s*,)?\s+(?:(?:based|basée?s?|installée?s?|siégeant)\s+)?"
    return _noun_frames(word_lists().seat_nouns, gap, rf"in\s+|at\s+|à\s+|{of_words}", re.I)


@functools.cache
def _unit_patterns() -> tuple[re.Pattern[str], ...]:
    of_words = word_trie(frozenset().union(*word_lists().of_words.values()), followed=True)
    return _noun_frames(word_lists().town_units, r"\s+", of_words, 0)


def unit_around(text: str, span: Span) -> bool:
    """Whether the mention names the unit around a town ("in Lubero territory of North Kivu", « le cercle
    de Douentza »: `town_units`)."""
    before, after = _unit_patterns()
    return bool(
        before.search(text[max(0, span.start - 30) : span.start])
        or after.match(text[span.end : span.end + 20])
    )


def seat(text: str, span: Span) -> bool:
    """Whether the mention names where a government sits ("forces loyal to the government in Tripoli
    clashed… near Bani Walid", « le gouvernement de Tripoli », "the Tripoli authorities"): a party's seat,
    no more specific than a country as an event's place."""
    before, after = _seat_patterns()
    return bool(
        before.search(text[max(0, span.start - 40) : span.start])
        or after.match(text[span.end : span.end + 20])
    )


@functools.cache
def _setting_pattern() -> re.Pattern[str]:
    words = word_lists()
    articles = rf"(?:{word_trie(words.articles, followed=True)})?"
    of_words = word_trie(frozenset().union(*words.of_words.values()), followed=True)
    unit = rf"(?:(?:{word_trie(words.admin_nouns)})\s+(?:{of_words}){articles})?"
    return re.compile(
        rf"(?:^|[^\w'’])(?:{word_trie(words.setting_words, followed=True)}){articles}{unit}$",
        re.I,
    )


def setting(text: str, span: Span) -> bool:
    """Whether the mention says where something happens ("in Pakistan", "near northern Gaza", "dans le
    nord du Mali", "dans la wilaya de Tizi Ouzou", "in the province of Kandahar"), rather than naming a party
    ("Japan delivered aid", "France's envoy")."""
    start = direction_start(text, span.start)
    return bool(_setting_pattern().search(text[max(0, start - 40) : start])) or road_end(text, start) == 1


@functools.cache
def _base_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = "|".join(sorted(map(re.escape, word_lists().base_words), key=len, reverse=True))
    after = re.compile(rf"^\s?[-‐–]\s?(?:{words})\b", re.I)  # "UK-based"
    before = re.compile(
        rf"\b(?:{words})\s+(?:in|at|à|au|aux|en|dans)\s+(?:l['’]\s?|la\s|le\s|les\s|the\s)?$", re.I
    )
    return after, before


def base(text: str, span: Span) -> bool:
    """Whether the mention names an organisation's base, not where something happens ("the UK-based
    monitor said eight people were killed", "l'ONG, basée à Londres, a indiqué…")."""
    after, before = _base_patterns()
    return bool(
        after.match(text[span.end : span.end + 20])
        or before.search(text[max(0, span.start - 30) : span.start])
    )


#: Locatives before the place where reporters are ("according to aid workers in X", "selon l'ONU à X").
_SOURCE_LOCATIVES = ("à", "au", "aux", "en", "dans", "in", "at", "depuis", "from")
#: At most this many words between a source cue and the locative: a short noun phrase, no clause.
_SOURCE_WORDS = 5


@functools.cache
def _aside_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    words = word_lists()
    articles = rf"(?:{word_trie(words.articles, followed=True)})?"
    phrase = rf"(?:[^\s,.;:()«»\"“”]+\s+){{0,{_SOURCE_WORDS}}}?"
    locative = rf"(?:{word_trie(_SOURCE_LOCATIVES, followed=True)})"
    verbs = word_trie(words.report_verbs)
    return (
        re.compile(rf"(?:^|[^\w'’])(?:{word_trie(words.origin_words, followed=True)}){articles}$", re.I),
        re.compile(
            rf"(?:^|[^\w'’])(?:{word_trie(words.source_cues, followed=True)}){phrase}{locative}{articles}$",
            re.I,
        ),
        re.compile(rf",\s*(?:{verbs})\s+{phrase}{locative}{articles}$", re.I),
        re.compile(rf"^\s+(?:{verbs})\b", re.I),
    )


@functools.cache
def _elsewhere_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A road's first end before "from" (`route_nouns`), a place compared with (`comparison_words` before
    a setting word) and the country across a border (`border_words`)."""
    words = word_lists()
    articles = rf"(?:{word_trie(words.articles, followed=True)})?"
    origin = word_trie(words.origin_words, followed=True)
    settings = word_trie(words.setting_words, followed=True)
    return (
        re.compile(rf"\b(?:{word_trie(words.route_nouns)})\s+{origin}{articles}$", re.I),
        re.compile(
            rf"(?:^|(?<!\bwell)[^\w'’])(?:{word_trie(words.comparison_words)})\s+{settings}{articles}$", re.I
        ),
        re.compile(rf"\b(?:{word_trie(words.border_words, followed=True)}){articles}$", re.I),
    )


def aside(text: str, span: Span) -> bool:
    """Whether the mention names where something comes from ("aid flown from Bamako", "des renforts
    venus de Sfax"; not a road's first end, "on the road from Daquq to Tuz"), where the reporters are
    ("according to aid workers in Addis Ababa", ", a indiqué le gouvernement à Tbilissi", "Police in Eldoret
    said"), a place compared with ("comme à Annaba la veille", "like in Basra") or the country across a
    border ("à la frontière avec la Turquie"): not where the event happens."""
    origin, cue, inverted, verb_after = _aside_patterns()
    route, compared, border = _elsewhere_patterns()
    start = direction_start(text, span.start)
    before = text[max(0, start - 90) : start]
    if origin.search(before) and not route.search(before):
        return True
    if cue.search(before) or inverted.search(before) or compared.search(before) or border.search(before):
        return True
    return bool(_setting_pattern().search(before[-40:]) and verb_after.match(text[span.end : span.end + 30]))


#: Between two names of a list, with the list's preposition repeated ("venus de Sfax et de Tunis").
_LIST_LINK = re.compile(
    rf"\s*(?:,|{word_trie(word_lists().list_links)})\s*(?:(?:from|depuis|de|du|des)\s+|d['’]\s*)?", re.I
)


def _left_out(doc: Document) -> frozenset[tuple[int, int]]:
    """The place mentions no event of the document is put at: those `aside`, those listed after one ("des
    renforts depuis Béjaïa et Bouira"), an organisation's `base` and the dateline (`_is_dateline`)."""
    mentions = tuple(sorted((s.start, s.end) for p in doc.places for s in p.mentions))
    return _left_out_of(doc.text or "", mentions)


@functools.lru_cache(maxsize=32)
def _left_out_of(text: str, mentions: tuple[tuple[int, int], ...]) -> frozenset[tuple[int, int]]:
    """`_left_out` of the place mentions `mentions` (ordered spans) of `text`, worked out once per document
    however many events ask (each event asks up to three times)."""
    away: set[tuple[int, int]] = set()
    previous: tuple[int, int] | None = None
    for start, end in mentions:
        listed = previous is not None and _LIST_LINK.fullmatch(text[previous[1] : start]) is not None
        if aside(text, Span(start=start, end=end)) or (listed and previous in away):
            away.add((start, end))
        previous = (start, end)
    spans = (Span(start=start, end=end) for start, end in mentions)
    return frozenset(away | {(s.start, s.end) for s in spans if base(text, s) or _is_dateline(text, s)})


def _specificity(place: Place) -> int:
    """`SPECIFICITY` of the place's precision; a place that only took its parent's point ("Menagh" in
    Aleppo countryside) names something smaller than the towns and units it is named in: it comes before
    them, whichever is named as the setting ("on the Menagh frontline in northern Aleppo countryside"); one
    that took a country's or region's point comes after the towns and units named with it ("une base à
    Monguno, dans l'État de Borno, au Nigeria", the state unknown: Monguno)."""
    if not place.within:
        return SPECIFICITY[place.precision]
    if SPECIFICITY[place.precision] > SPECIFICITY["admin1"]:
        return SPECIFICITY["admin1"]
    return SPECIFICITY["exact"] - 1


def _is_dateline(text: str, span: Span) -> bool:
    """The mention is the dateline: at the very start of the body, followed by a dash, a colon, a comma or
    an agency ("Beirut, 5 May - An airstrike hit a house in Aitaroun": not a place of the first clause), or
    the country in its parentheses ("ERBIL (Irak) - …")."""
    if span.start <= 3:  # a bare name: not one after a preposition ("À Bouaké, des commerçants…")
        return not any(c.isalpha() for c in text[: span.start]) and bool(
            _DATELINE_END.match(text[span.end : span.end + 50])
        )
    return bool(
        _DATELINE_OPEN.match(text, 0, span.start) and _DATELINE_CLOSE.match(text[span.end : span.end + 10])
    )


def _dateline(doc: Document) -> tuple[Place, Span] | None:
    """A place named at the very start of the body and followed by a dash, a colon or an agency."""
    for place in doc.places:
        for span in place.mentions:
            if _is_dateline(doc.text or "", span):
                return place, span
    return None


def _lead(doc: Document) -> tuple[Place, Span] | None:
    """The most specific place of the body's first sentence."""
    match = _LEAD.match(doc.text)
    return _most_specific(doc, Span(start=0, end=match.end())) if match else None


def _title_place(doc: Document) -> tuple[Place, Span] | None:
    title = fold_name(doc.title or "")
    if not title:
        return None
    for place in doc.places:
        for span in place.mentions:
            if re.search(rf"\b{re.escape(fold_name(span.of(doc.text)))}\b", title):
                return place, span
    return None


@functools.cache
def _fronted_pattern() -> re.Pattern[str]:
    words = word_lists()
    articles = rf"(?:{word_trie(words.articles, followed=True)})?"
    setting = word_trie(words.setting_words, followed=True)
    # the comma ends the opening or, cut off it by the parser, opens the clause
    return re.compile(rf"^\s*(?:{setting}){articles}[^,;:]{{1,60}}(?:,|\s*$)", re.I)


#: The end of the sentence before: a full stop, question or exclamation mark and white space, or a line break.
_SENTENCE_END = re.compile(r"[.!?][\"»”)]*\s+|\n")


def _holds(unit: Place, place: Place) -> bool:
    """Whether `place` lies in `unit`, a country or an admin-1 unit (by their names; a town holds none)."""
    if unit.country != place.country or _specificity(unit) < SPECIFICITY["admin1"]:
        return False
    return unit.precision != "admin1" or (unit.admin1 is not None and unit.admin1 == place.admin1)


def _own_place(doc: Document, clause: Span, inner: Sequence[Span]) -> tuple[Place, Span] | None:
    """The most specific place of the clause, one named only in the clause of another event it holds
    (`inner`) coming after its own ("La police d'Anvers a saisi de la cocaïne, et trois suspects ont été
    arrêtés à Gand": the seizure is Antwerp's) unless it lies in the clause's own, or the clause names
    none ("Les combats ont repris dans le Tigré, où l'armée a bombardé Mekele": Mekele)."""
    whole = _most_specific(doc, clause)
    own = _most_specific(doc, clause, inner) if inner else whole
    if own is None or whole is None or _holds(own[0], whole[0]):
        return whole
    return own


def _in_clause(doc: Document, clause: Span, inner: Sequence[Span] = ()) -> tuple[Place, Span] | None:
    """The clause's own place (`_own_place`), or that of a locative opening its sentence before it when
    that one is more specific ("À Bouaké, dans le centre de la Côte d'Ivoire, des commerçants ont
    manifesté": the clause names the country, the opening the town; the parser may cut the opening off the
    sentence), when it lies in the country of the clause's place."""
    own = _own_place(doc, clause, inner)
    start = max((m.end() for m in _SENTENCE_END.finditer(doc.text, 0, clause.start)), default=0)
    if clause.start <= start or not _fronted_pattern().match(doc.text[start : clause.start]):
        return own
    opening = _most_specific(doc, Span(start=start, end=clause.start))
    if opening is None or own is None:
        return own
    if opening[0].country != own[0].country or _order(doc.text)(own)[0] <= _order(doc.text)(opening)[0]:
        return own  # "In Washington, officials said a drone struck a car in Syria": Syria
    return opening


def locate_event(doc: Document, clause: Span, sentence: Span, others: Sequence[Span] = ()) -> PlaceRef | None:
    """The event's place: the most specific place named in its clause outside the clauses of the other
    events it holds (or in a locative opening its sentence, `_in_clause`), else in its sentence outside
    the clauses of the sentence's other events (`others`, unless one holds this clause), else the
    dateline's, else the title's, else the lead's; `PlaceRef.rule` says which."""
    foreign = [o for o in others if not _inside(clause, o)]
    inner = [o for o in others if _inside(o, clause) and (o.start, o.end) != (clause.start, clause.end)]
    for rule, hit in (
        ("clause", _in_clause(doc, clause, inner)),
        ("sentence", _most_specific(doc, sentence, foreign)),
        ("dateline", _dateline(doc)),
        ("title", _title_place(doc)),
        ("lead", _lead(doc)),
    ):
        if hit is not None:
            return _ref(doc, hit[0], hit[1], rule)
    return None
