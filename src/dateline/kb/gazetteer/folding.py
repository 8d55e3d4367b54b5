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


def fold_name(text: str) -> str:
    """Case- and accent-folded key: ``"Téhéran"`` → ``"teheran"``, ``"Deir ez-Zor"`` → ``"deir ez zor"``."""
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    return _SEPARATORS.sub(" ", text.casefold().translate(_DROP)).strip()


def short_admin_name(name: str) -> str:
    """An admin unit's folded name without its generic word ("Zhejiang Sheng" → "zhejiang")."""
    return _GENERIC_ADMIN.sub("", fold_name(name))


def is_latin(key: str) -> bool:
    return bool(key) and not _NON_LATIN.search(key)
