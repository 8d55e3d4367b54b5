"""Name folding: the case- and accent-folded keys the gazetteer indexes names under."""

from __future__ import annotations

import re
import unicodedata

_DROP = str.maketrans("", "", "'’‘`´ʿʾ.\u02bc")
_SEPARATORS = re.compile(r"[\s\-‐‑–—_/,]+")
_NON_LATIN = re.compile("[^\x00-\u024f]")  # past Latin Extended-B: other scripts
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_GENERIC_ADMIN = re.compile(
    r"^(?:muhafazat|mayorality of|state of|province of|wilayat|provincia de|region de|respublika|shabiyat)\s+"
    r"|\s+(?:governorate|province|region|state|oblast|prefecture|district|department|muhafazat|sheng|shi"
    r"|(?:\w+zu\s+|uygur\s+)?zizhiqu|autonomous region|voivodeship|rajons|rayon|apskritis|kray"
    r"|county|parish)$"
)
#: The French and Dutch generic words of admin-2 names, with their article ("Departement de l'Herault",
#: "Province du Hainaut", "Provincie Antwerpen"), stripped before folding drops the apostrophe.
_FRENCH_ADMIN = re.compile(
    r"^(?:d[ée]partement|province)\s+(?:(?:de l|d)['’]|(?:du|des|de la|de)\s+)|^provincie\s+", re.I
)


def fold_name(text: str) -> str:
    """Case- and accent-folded key: ``"Téhéran"`` → ``"teheran"``, ``"Deir ez-Zor"`` → ``"deir ez zor"``."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SEPARATORS.sub(" ", text.casefold().translate(_DROP)).strip()


#: Arabic articles written as separate words once hyphens are spaces ("al-Hasakeh" → "al hasakeh").
_ARABIC_ARTICLES = frozenset(
    {"al", "el", "ul", "ar", "ash", "as", "ad", "an", "at", "az", "ez", "es", "ed", "et", "en"}
)
#: Transliteration variants, applied in order to a folded name without spaces: French and English
#: spellings of the same sound ("Chaddadi"/"Shaddadi", "Kobané"/"Kobane", "Menagh"/"Mannagh").
_LOOSE_SPELLINGS = (
    ("sch", "sh"), ("tch", "ch"), ("ch", "sh"), ("kh", "h"), ("gh", "g"), ("dj", "j"), ("dh", "d"),
    ("th", "t"), ("ou", "u"), ("ck", "k"), ("q", "k"), ("c", "k"), ("e", "i"), ("y", "i"), ("o", "u"),
    ("w", "u"),
)  # fmt: skip
#: Spellings of the generic first words of Levantine and Mesopotamian place names ("Tell Tamr", "Tal Tamr",
#: "Tall Tamr"; "Kfar Kila", "Kafr Kila"; "Deir Hafer", "Dayr Hafir"; "Beit Jinn", "Bayt Jinn"; "Ain Issa",
#: "Ayn Isa"), each read as one before the letters are merged: their vowels differ in ways the letter
#: spellings leave apart ("tell" and "tall").
_LOOSE_WORDS = {
    "tell": "tal", "tel": "tal", "tall": "tal", "kfar": "kafr", "kafar": "kafr", "kefr": "kafr",
    "kfr": "kafr", "deir": "dayr", "dair": "dayr", "beit": "bayt", "bait": "bayt", "ain": "ayn", "ein": "ayn",
}  # fmt: skip
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=\w\w)([aeiou])h$")  # "Raqqah", "Hasakeh": the final "h" is not said
_FINAL_A = re.compile(r"(?<=\w\w\w)e$")  # "Hasake", "Hasaka": one final vowel


def loose_key(key: str) -> str:
    """A transliteration-tolerant form of a folded name, for names no exact key matches: Arabic articles,
    a final "h" after a vowel and a final "e" read as "a", spaces and doubled letters dropped, variant
    spellings merged
    (``"al hasakeh"`` and ``"hassaka"`` → ``"hasaka"``; ``"afes"`` and ``"afis"`` → ``"afis"``)."""
    words = key.split()
    kept = [w for w in words if w not in _ARABIC_ARTICLES] or words
    if len(kept) > 1:
        kept = [_LOOSE_WORDS.get(kept[0], kept[0]), *kept[1:]]
    loose = "".join(_FINAL_A.sub("a", _FINAL_H.sub(r"\1", w)) for w in kept)
    for written, said in _LOOSE_SPELLINGS:
        loose = loose.replace(written, said)
    loose = _DOUBLED.sub(r"\1", loose)
    return loose


def short_admin_name(name: str) -> str:
    """An admin unit's folded name without its generic word ("Zhejiang Sheng" → "zhejiang", "Departement de
    l'Herault" → "herault")."""
    return _GENERIC_ADMIN.sub("", fold_name(_FRENCH_ADMIN.sub("", name)))


def unit_key(name: str) -> str:
    """An admin unit's or town's name as a seat shares it: folded, without its generic word or a leading
    Arabic article ("As Sulaymaniyah" and "Sulaymaniyah" → "sulaymaniyah")."""
    words = short_admin_name(name).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in _ARABIC_ARTICLES else words)


def is_latin(key: str) -> bool:
    return bool(key) and not _NON_LATIN.search(key)
