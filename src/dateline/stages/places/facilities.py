"""Names of institutions and facilities named after a ruler, a person or a place (session 17).

A name followed by a regnal number ("Hassan II", "Mohammed VI", "Henri IV") is a ruler's, whatever follows
it ("Hassan II university hospital", "le CHU Hassan II de Fès"): never a town named like it (Hassan, India).
A name that follows a facility noun directly, with no "de" ("le stade Félix-Houphouët-Boigny", "l'hôpital
Mohammed V", "la place Tahrir", `facility_nouns`), or that a person's title opens inside a point of
interest's name ("King Fahd hospital"), is the facility's own name: the first word of a longer name there
("Léopold" of "Léopold-Sédar-Senghor") is no town; the whole name may still be a place by strong evidence
(a country, a capital, an admin-1 unit, a packaged site). Such a name may end with its town ("le CHU Mohammed
VI de Marrakech", "l'université Cheikh Anta Diop de Dakar", tagged as a person's; session 18,
`facility_town`): that town is a place.
"""

from __future__ import annotations

import re

from dateline.data import alternation
from dateline.model import Span
from dateline.stages.places.lexicon import word_lists

_WORDS = word_lists()
#: A regnal number after a name: II–XXIX, V, "Ier"/"1er" (a lone "I" is the English pronoun).
_REGNAL = re.compile(r"^[ \t]+(?:X{0,2}(?:IX|IV|VI{0,3}|III?)|X{1,2}I{0,3}|Ier|1er)(?![\w'’-])")
_FACILITY_BEFORE = re.compile(  # after an elided article too ("l'université Cheikh Anta Diop")
    rf"(?:^|[^\w'’-]|\b[lL]['’])(?:{alternation(_WORDS.facility_nouns)})[ \t]+$",
    re.I,
)
_TITLE_BEFORE = re.compile(rf"(?:^|[^\w.])(?:{alternation(_WORDS.person_titles)})[ \t]+$", re.I)
#: The name goes on after the span: a hyphen and a capitalised word ("Léopold-Sédar-Senghor"), or a space
#: and a capitalised word ("Jomo Kenyatta").
_NAME_GOES_ON = re.compile(r"^(?:[-‐][A-ZÀ-ÖØ-Þ]|[ \t]+[A-ZÀ-ÖØ-Þ])")


def regnal_after(text: str, end: int) -> bool:
    """Whether a regnal number follows the name ending at `end` ("Hassan II")."""
    return _REGNAL.match(text[end : end + 8]) is not None


def facility_name(text: str, start: int, end: int) -> bool:
    """Whether the name at `start:end` is the first part of a facility's own name: after a facility noun
    with no "de" ("stade Léopold-Sédar-Senghor"), or after a person's title, and going on after the span;
    or followed by a regnal number."""
    if regnal_after(text, end):
        return True
    if _NAME_GOES_ON.match(text[end : end + 3]) is None:
        return False
    before = text[max(0, start - 40) : start]
    return _FACILITY_BEFORE.search(before) is not None or _TITLE_BEFORE.search(before) is not None


def ruler_or_person(words: list[str], start: int, end: int) -> bool:
    """Whether the run ``words[start:end]`` of a point of interest's name is a ruler's or a person's name:
    followed by a regnal number ("Hassan" of "Hassan II university hospital") or opened by a title ("King
    Fahd")."""
    regnal = end < len(words) and _REGNAL.match(" " + words[end]) is not None
    titled = start > 0 and words[start - 1].lower() in _WORDS.person_titles
    return regnal or titled


#: A name's last words after "de", "du" or "d'": the town it ends with ("… Mohammed VI de Marrakech").
_OF_TOWN = re.compile(r"\s(?:de|du|d['’])\s?([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ \t][A-ZÀ-ÖØ-Þ][\w'’-]+)?)$")


def facility_town(text: str, span: Span) -> Span | None:
    """The town a facility's own name ends with, when the mention at `span` is one (`facility_name` of its
    first word: "CHU Mohammed VI de Marrakech", "université Cheikh Anta Diop de Dakar"): "Marrakech"."""
    surface = span.of(text)
    town = _OF_TOWN.search(surface)
    first = re.match(r"[\w'’-]+", surface)
    if town is None or first is None or not facility_name(text, span.start, span.start + first.end()):
        return None
    return Span(start=span.start + town.start(1), end=span.start + town.end(1))
