"""Organisations a report defines with their acronym ("la Haute Autorité pour la bonne gouvernance (HABG)",
"the Independent Electoral Commission (IEC)"): the name and every mention of the acronym in the report are
one actor, whose sector comes from the name's head words (`dateline.kb.org_heads`) or from an apposition
("…(MLNO), un groupe armé", "…(CDA), a new opposition party"); a country the name holds ("Kenya Union of
…") is its country, otherwise the events stage places it as it places generic agents. An acronym defined
after a KB name that has no such alias joins that KB actor ("les Forces armées centrafricaines (FACa)")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from dateline.kb import alias_key
from dateline.kb.org_heads import org_heads
from dateline.kb.roles import phrase_words
from dateline.stages.actors.found import Found
from dateline.stages.actors.syntax import span_root

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver

#: How many tokens before "(" a defined name may start.
NAME_REACH = 14
#: Tokens a defined name never spans.
_STOPS = frozenset({",", ";", ":", "–", "—", "«", "»", '"', "“", "”", "(", ")", ".", "!", "?"})
#: Words that open an apposition naming what an organisation is ("…, un groupe armé", "…, a new party").
_APPOSITION_DETS = frozenset(
    {"un", "une", "le", "la", "l'", "l’", "a", "an", "the", "principal", "principale"}
)
#: How many words of an apposition are read.
APPOSITION_WORDS = 8


def acronym(text: str) -> bool:
    """A word written as an acronym: two or more capitals, at most one small letter ("HABG", "FACa")."""
    letters = [c for c in text if c.isalpha()]
    return (
        2 <= len(text) <= 10
        and text[0].isupper()
        and sum(c.isupper() for c in letters) >= 2
        and sum(c.islower() for c in letters) <= 1
        and all(c.isalnum() or c in "&-" for c in text)
    )


def resolve_acronyms(r: Resolver) -> None:
    """Defined acronyms: the name before "(ACR)" and every "ACR" of the report become one actor."""
    sdoc, words = r.sdoc, r.tokens.words
    defined: dict[str, Found] = {}
    for i in range(2, len(words) - 1):
        text = words[i]
        if words[i - 1] != "(" or words[i + 1] != ")" or text in defined or not acronym(text):
            continue
        if i in r.covered:  # a KB name ("(OMS)", "(RDC)", "(AFP)")
            continue
        span = _defined_name(sdoc, i - 1, text)
        if span is None:
            continue
        item = _name_actor(r, span, i)
        if item is not None:
            defined[text] = item
    if not defined:
        return
    for i, text in enumerate(words):
        item = defined.get(text)
        if item is None or i in r.covered:
            continue
        token = sdoc[i]
        r.add(member_span(r, replace(item, start=token.idx, end=token.idx + len(token.text), head=i), token))


def _defined_name(sdoc: Any, paren: int, acr: str) -> Any | None:
    """The span of the name before the "(" at `paren` that `acr` abbreviates: from the nearest capitalised
    word with the acronym's first letter whose initials, with the words after it, give all its letters but
    one ("Unité permanente anticorruption (UPAC)"); else, for an acronym of another language's word order
    ("National Elections Jury (JNE)"), the capitalised words just before it if their initials hold its
    letters."""
    end = start = paren
    while start > 0 and end - start < NAME_REACH:
        previous = sdoc[start - 1]
        if previous.text in _STOPS or previous.is_space or "\n" in previous.whitespace_:
            break
        start -= 1
        if previous.is_sent_start:
            break
    letters = [c.lower() for c in acr if c.isalpha()]
    for k in range(end - 1, start - 1, -1):
        first = sdoc[k].text
        if not first[:1].isupper() or first[0].lower() != letters[0]:
            continue
        initials = [t.text[0].lower() for t in sdoc[k:end] if t.text[:1].isalpha()]
        if _given(letters, initials) >= len(letters) - (1 if len(letters) > 2 else 0):
            return sdoc[k:end]
    k = end
    while k > start and (sdoc[k - 1].text[:1].isupper() or (k < end and sdoc[k - 1].lower_ in ("of", "for"))):
        k -= 1
    while k < end and sdoc[k].lower_ in ("the", "of", "for"):
        k += 1
    capitals = [t.text[0].lower() for t in sdoc[k:end] if t.text[:1].isupper()]
    if len(capitals) >= 2 and not set(letters) - set(capitals):
        return sdoc[k:end]
    return None


def _given(letters: list[str], initials: list[str]) -> int:
    """How many of `letters` the `initials` give, each initial used once (in any order: « Office national de
    lutte contre la fraude et la corruption (OFNAC) »)."""
    left = list(initials)
    matched = 0
    for letter in letters:
        if letter in left:
            left.remove(letter)
            matched += 1
    return matched


def _name_actor(r: Resolver, span: Any, acr_index: int) -> Found | None:
    """The actor a defined name stands for, with a mention for the name and one for its acronym: a KB or
    generic actor heading the name already ("les Forces armées centrafricaines"), else a new organisation."""
    root = span_root(span)
    inner = [f for f in r.found if span.start_char <= f.start and f.end <= span.end_char]
    heading = next((f for f in inner if f.head == root.i and f.kind != "country"), None) or next(
        (f for f in inner if f.kb_id and f.kind in ("organisation", "group")), None
    )
    token = r.sdoc[acr_index]
    if heading is not None:
        r.add(replace(heading, start=token.idx, end=token.idx + len(token.text), head=acr_index))
        return heading
    if any(i in r.covered for i in range(span.start, span.end)) and not inner:
        return None
    if any(f.kind != "country" and f.country is None for f in inner):
        return None
    country = next((f.country for f in inner if f.country), None)
    for f in inner:
        r.found.remove(f)
    sector = _apposition_sector(r, acr_index) or org_heads().sector(span.text, r.lang)
    if sector is None:
        sector = r.lexicon.sector(span.text, r.lang)
    item = Found(
        span.start_char, span.end_char, ("name", alias_key(span.text)), span.text, "organisation", root.i,
        country, sector, confidence=0.7,
    )  # fmt: skip
    item = member_span(r, item, root)
    r.add(item)
    r.add(replace(item, start=token.idx, end=token.idx + len(token.text), head=acr_index))
    return item


def member_span(r: Resolver, item: Found, root: Any) -> Found:
    """`item` spanning the role noun its name complements ("les militants du RRI", "activists of the CDA",
    "CDA activists", "Officers of the State Security Service"), as a KB organisation's mention does: those
    are the organisation's people; rebels or fighters of a grouping no KB lists make it an armed one."""
    role = r.roles.attached_role(root)
    if role is None or role.i in r.covered:
        return item
    sector = item.sector
    if item.kb_id is None and sector in GROUPINGS and r.roles.sector_of(role) in ARMED_MEMBERS:
        sector = r.roles.sector_of(role)  # « des rebelles du Front pour l'unité… »: an armed movement
    return replace(
        item, start=min(item.start, role.idx), end=max(item.end, role.idx + len(role.text)), sector=sector
    )


#: Sectors a name's head words give a grouping that may be a party, an association or an armed movement.
GROUPINGS = frozenset({None, "PTY", "OPP", "CVL"})
#: Sectors of the member nouns that make the grouping they belong to an armed one (rebels, fighters).
ARMED_MEMBERS = frozenset({"REB"})


def _apposition_sector(r: Resolver, acr_index: int) -> str | None:
    """The sector an apposition after "(ACR)" names ("…(MLNO), un groupe armé apparu…" REB, "…(CDA), a new
    opposition party" OPP; a party of the opposition is the opposition)."""
    return apposition_sector(r, acr_index + 2)


def apposition_sector(r: Resolver, at: int) -> str | None:
    """The sector an apposition opened by the comma at token `at` names (", un groupe armé", ", a local rights
    group", ", a new opposition party" OPP: a party of the opposition is the opposition)."""
    words = r.tokens.words
    if at + 1 >= len(words) or words[at] != "," or words[at + 1].lower() not in _APPOSITION_DETS:
        return None
    phrase = []
    for word in words[at + 1 : at + 1 + APPOSITION_WORDS]:
        if word in _STOPS:
            break
        phrase.append(word)
    text = " ".join(phrase)
    sector = r.lexicon.sector(text, r.lang)
    if sector in (None, "PTY") and "opposition" in phrase_words(text):
        return "OPP"
    return sector
