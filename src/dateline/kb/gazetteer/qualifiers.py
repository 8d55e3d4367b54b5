"""Position words in admin units' names, English ↔ French: "North Kivu" is "Nord-Kivu", "Lower Juba"
"Basse-Juba", "Northern Darfur" "Darfour-Nord", "Far North" "Extrême-Nord", "West Flanders"
"Flandre-Occidentale".

`french_forms` gives the French spellings of an English unit name (indexed as alternate names);
`english_keys` the English folded keys of a French or English name (to link a name to its record).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from dateline.kb.gazetteer.folding import fold_name

#: English position word (folded) → its French forms: prefixes ("Nord-Kivu", "Haute-Kotto") and suffixes
#: ("Darfour-Nord", "Flandre-Occidentale"). The whole-name compounds come first ("north west" → "Nord-Ouest").
_FRENCH: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "far north": (("Extrême-Nord",), ("Extrême-Nord",)),
    "north west": (("Nord-Ouest",), ("Nord-Ouest",)),
    "north east": (("Nord-Est",), ("Nord-Est",)),
    "south west": (("Sud-Ouest",), ("Sud-Ouest",)),
    "south east": (("Sud-Est",), ("Sud-Est",)),
    "north": (("Nord",), ("Nord",)),
    "northern": (("Nord",), ("Nord",)),
    "south": (("Sud",), ("Sud",)),
    "southern": (("Sud",), ("Sud",)),
    "east": (("Est",), ("Est", "Oriental", "Orientale")),
    "eastern": (("Est",), ("Est", "Oriental", "Orientale")),
    "west": (("Ouest",), ("Ouest", "Occidental", "Occidentale")),
    "western": (("Ouest",), ("Ouest", "Occidental", "Occidentale")),
    "central": ((), ("Central", "Centrale", "Centre")),
    "upper": (("Haut", "Haute"), ()),
    "lower": (("Bas", "Basse"), ()),
    "middle": (("Moyen", "Moyenne"), ()),
}
#: "and" between two names, in the languages of admin units' names ("Sistan and Baluchestan",
#: "Castilla y León"): French writes "et" ("Sistan-et-Baloutchistan").
_CONNECTOR = re.compile(r" (?:and|va|y|e|o|und|en) ")
#: French position word (folded) → the English one (`english_keys`).
_ENGLISH: dict[str, str] = {
    "extreme nord": "far north", "nord ouest": "north west", "nord est": "north east",
    "sud ouest": "south west", "sud est": "south east", "nord": "north", "sud": "south", "est": "east",
    "ouest": "west", "oriental": "east", "orientale": "east", "occidental": "west", "occidentale": "west",
    "central": "central", "centrale": "central", "haut": "upper", "haute": "upper", "bas": "lower",
    "basse": "lower", "moyen": "middle", "moyenne": "middle",
}  # fmt: skip
#: English adjectives read as the plain position word when linking ("Northern Darfur" ~ "North Darfur").
_PLAIN = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def _split(key: str, words: Collection[str]) -> tuple[str, str, str] | None:
    """(position word, rest, "prefix"/"suffix") when a folded key starts or ends with a known position word
    and has a rest; the longest position word wins."""
    for word in sorted(words, key=len, reverse=True):
        if key.startswith(word + " ") and key[len(word) + 1 :]:
            return word, key[len(word) + 1 :], "prefix"
        if key.endswith(" " + word) and key[: -len(word) - 1]:
            return word, key[: -len(word) - 1], "suffix"
    return None


def french_forms(name: str) -> list[str]:
    """French spellings of an English admin unit's name with a position word: "North Kivu" → "Nord-Kivu",
    "Kivu-Nord"; "Far North" → "Extrême-Nord"; none for a name without one."""
    key = _CONNECTOR.sub(" et ", fold_name(name))
    if key in _FRENCH:  # a whole-name compound ("Far North"); a bare "Nord" or "Est" is no name to add
        return list(_FRENCH[key][0]) if " " in key else []
    split = _split(key, _FRENCH)
    if split is None:
        return [key.replace(" ", "-")] if " et " in key else []
    word, rest, _ = split
    prefixes, suffixes = _FRENCH[word]
    rest_words = rest.split()
    if any(w in _FRENCH for w in rest_words):  # "North West Frontier": one position word at most
        return []
    rest = " ".join(rest_words)
    return [f"{p}-{rest}" for p in prefixes] + [f"{rest}-{s}" for s in suffixes]


def is_position_word(name: str) -> bool:
    """The name is a bare position word, English or French ("Nord", "East", "Centre"): no name to index."""
    key = fold_name(name)
    return key in _FRENCH or key in _ENGLISH or key == "centre"


def english_keys(name: str) -> list[str]:
    """English folded keys a unit's name may be indexed under: itself, and with a French position word read
    in English, before the rest ("Sud-Kivu" → "south kivu"; "Darfour-Nord" → "north darfour")."""
    key = fold_name(name)
    keys = [key]
    words = key.split()
    if words and words[0] in _PLAIN:
        keys.append(" ".join([_PLAIN[words[0]], *words[1:]]))
    if key in _ENGLISH:
        keys.append(_ENGLISH[key])
    elif (split := _split(key, _ENGLISH)) is not None:
        word, rest, _ = split
        keys.append(f"{_ENGLISH[word]} {rest}")
    return list(dict.fromkeys(keys))
