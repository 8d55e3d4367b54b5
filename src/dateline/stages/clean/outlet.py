"""Outlet names: from footers, title suffixes ("… — RT World News") and URLs, normalised."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from dateline.stages.clean.lexicon import alternatives, word_lists

_WORDS = word_lists()
#: A rights phrase ("All rights reserved", "Reproduction strictement interdite"), as a regex.
RIGHTS_RESERVED = r"reproduction (?:\w+ )*interdite|" + alternatives(_WORDS.rights_reserved)
_SEPARATOR = re.compile(r"\s+(?P<sep>[—–\-|·•]|::)\s+")
_DOMAIN = re.compile(
    r"^(?:https?://)?(?:www\.)?(?P<host>[\w-]+(?:\.[\w-]+)*\.[a-z]{2,12})(?:[/?#]\S*)?$", re.I
)
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_LETTERS = re.compile(r"[^\W\d_]+", re.UNICODE)
#: "X avec agences", "X with AFP": the outlet, then its wire partners.
_PARTNERS = re.compile(r"\s+(?:\+|" + alternatives(_WORDS.partner_links) + r")\s+(?P<partner>.+)$", re.I)
_MASTHEAD_SEPARATOR = re.compile(r"\s+(?:[|·•›>—–-]|::)\s+")
_RIGHTS = re.compile(r"©|\(c\)|\bcopyright\b|\b\d{4}(?:\s*[-–]\s*\d{4})?\b|" + RIGHTS_RESERVED, re.I)
MAX_OUTLET_WORDS = 6


def split_site_suffix(title: str, known: Iterable[str] = ()) -> tuple[str, str | None]:
    """``(headline, site)`` when `title` ends with a site name after a separator, else ``(title, None)``.

    Only the last separator counts ("Talks – Kremlin — RT World News" keeps "Talks – Kremlin").
    A suffix after "|" is a site name when short; after a dash it must look like an outlet
    (a media word such as News/TV/Presse, a domain, or an outlet already known for the page).
    """
    matches = list(_SEPARATOR.finditer(title))
    if not matches:
        return title, None
    last = matches[-1]
    head, suffix = title[: last.start()].strip(), title[last.end() :].strip()
    words = _TOKEN.findall(suffix)
    if not head or not words or len(words) > MAX_OUTLET_WORDS:
        return title, None
    if last["sep"] in ("|", "::") or looks_like_outlet(suffix, known):
        return head, suffix
    return title, None


def looks_like_outlet(name: str, known: Iterable[str] = ()) -> bool:
    """A media word (News, TV, Presse…), a domain, or an outlet already known for the page."""
    folded = {w.casefold() for w in _TOKEN.findall(name)}
    return (
        bool(folded & _WORDS.media_words)
        or bool(_DOMAIN.match(name))
        or (normalise_outlet(name) or "").casefold() in _known(known)
    )


def _known(known: Iterable[str]) -> set[str]:
    return {(normalise_outlet(k) or "").casefold() for k in known} - {""}


def normalise_outlet(name: str | None) -> str | None:
    """A display name: host for URLs, title case for SHOUTED names, no edition/section words.

    ``"FRENCH PRESS TV"`` → ``"Press TV"``; ``"RT World News"`` → ``"RT"``;
    ``"https://www.x.com/a"`` → ``"x.com"``.
    """
    if not name:
        return None
    name = split_partners(name)[0].strip(" \t.:;,-–—|()[]\"'«»“”")
    if domain := _DOMAIN.match(name):
        return domain["host"].lower()
    if any(ch.isalpha() for ch in name) and name.upper() == name:
        name = _LETTERS.sub(_recase, name)
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].casefold() in _WORDS.edition_words:
        tokens = tokens[1:]
    while len(tokens) > 1 and tokens[-1].casefold() in _WORDS.edition_words | _WORDS.newsroom_words:
        tokens = tokens[:-1]
    if (
        len(tokens) > 1
        and _is_acronym(tokens[0])
        and all(t.casefold() in _WORDS.section_words for t in tokens[1:])
    ):
        tokens = tokens[:1]
    return " ".join(tokens) or None


def masthead_name(line: str, known: Iterable[str] = (), top: bool = False) -> str | None:
    """The site name a masthead line shows ("The Evening Courier", "Gulf Wire | Middle East").

    On the page's `top` line, a SHOUTED name of two words or more counts too ("LE VEILLEUR"),
    unless it is only section words ("MIDDLE EAST").
    """
    first = _MASTHEAD_SEPARATOR.split(line, maxsplit=1)[0].strip()
    words = _TOKEN.findall(first)
    if not 0 < len(words) <= MAX_OUTLET_WORDS or first.endswith("."):
        return None
    if len(words) == 1 and (normalise_outlet(first) or "").casefold() not in _known(known):
        return None  # a lone "TV" or "World" is a section label, not a masthead
    shouted = top and first.upper() == first and not all(w.casefold() in _WORDS.section_words for w in words)
    return normalise_outlet(first) if shouted or looks_like_outlet(first, known) else None


def copyright_holder(line: str) -> str | None:
    """The rights holder of a copyright line ("© 2025 The Courier. All rights reserved." → "The Courier")."""
    name = _RIGHTS.sub(" ", line)
    name = " ".join(name.split()).strip(" .,;:-–—|")
    words = _TOKEN.findall(name)
    return normalise_outlet(name) if 0 < len(words) <= MAX_OUTLET_WORDS else None


def outlet_from_url(url: str | None) -> str | None:
    """The host of an http(s) URL without ``www.``."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def http_url(uri: str | None) -> str | None:
    """`uri` when it is an http(s) URL with a host."""
    return uri if outlet_from_url(uri) else None


def same_outlet(name: str, outlet: str | None) -> bool:
    """True when `name` is `outlet` or one of its desks ("Gulf Wire shipping desk" on Gulf Wire)."""
    own = (normalise_outlet(outlet) or "").casefold().split()
    return bool(own) and (normalise_outlet(name) or "").casefold().split()[: len(own)] == own


def split_partners(name: str) -> tuple[str, str | None]:
    """``("Le Courrier", "AFP")`` for "Le Courrier avec AFP"; generic partners ("agences") give None."""
    match = _PARTNERS.search(name)
    if match is None or match.start() == 0:
        return name, None
    partner = match["partner"].strip(" .()")
    return name[: match.start()], None if partner.casefold() in _WORDS.generic_partners else partner


def _recase(match: re.Match[str]) -> str:
    """SHOUTED word → Title case, except acronyms of up to three letters ("TV", "RT")."""
    word = match[0]
    return word if len(word) <= 3 and word.casefold() not in _WORDS.short_words else word.capitalize()


def _is_acronym(token: str) -> bool:
    return 2 <= len(token) <= 6 and token.isalnum() and token.isupper()
