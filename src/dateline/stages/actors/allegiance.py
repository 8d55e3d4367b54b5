"""Which side a party or an attacker is on, read over the whole report.

A party of a report that names an opposition is the opposition (OPP, as PLOVER and the project's gold code
parties out of power) unless a cue next to it makes it the party in power (« le parti au pouvoir », "the
ruling party"): « l'opposant X … Son parti a dénoncé », "Activists of the opposition CCC … the party"; so is a
party no knowledge base lists, whatever the report, without such a cue (« le Mouvement pour la refondation
démocratique (MRD) »). A definite noun for attackers the text does not name ("les assaillants", "the
attackers") after a report named an armed group is that group (« des combattants de l'EIGS … Les assaillants
ont incendié »), not an unidentified armed group.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from dateline.stages.actors.coreference import definite_noun
from dateline.stages.actors.found import Found
from dateline.stages.actors.lexicon import word_lists

if TYPE_CHECKING:
    from dateline.stages.actors.resolver import Resolver

#: Tokens either side of a party's mention read for a cue of power or opposition.
WINDOW = 4
#: Sectors of the groups a definite attacker noun refers back to.
ARMED = frozenset({"REB", "CRM"})
#: Sectors of the nouns for attackers nobody named.
UNNAMED = frozenset({"UAF", "REB"})


def oppose_parties(r: Resolver) -> None:
    """Party mentions (PTY) and followers (`_supporters`) of a report naming an opposition become OPP, but
    for a party a ruling cue stands next to (in any of its mentions, for a named party). A party of the
    knowledge base (Hezbollah, Fatah) changes only where an opposition word stands next to one of its
    mentions."""
    words = word_lists()
    ruling = {
        f.key
        for f in r.found
        if f.sector == "PTY" and f.key[0] != "generic" and _near(r, f, words.ruling_words)
    }
    if not _names_opposition(r):
        unlisted = [f for f in r.found if _unlisted_party(f) and f.key not in ruling]
        for item in unlisted:
            item.sector = "OPP"
        for item in r.found if unlisted else []:  # « l'UFA … Le parti a dénoncé »: that party
            if item.sector == "PTY" and item.key[0] == "generic" and not _near(r, item, words.ruling_words):
                item.key = (*item.key[:2], "OPP")
                item.name = item.name.replace("(PTY)", "(OPP)")
                item.sector = "OPP"
        return
    opposed = {f.key for f in r.found if f.sector == "PTY" and _near(r, f, words.opposition_words)}
    for item in r.found:
        if (item.sector != "PTY" and not _supporters(r, item)) or item.key in ruling:
            continue
        if item.key[0] == "generic":
            if _near(r, item, words.ruling_words):
                continue
            item.key = (*item.key[:2], "OPP")
            item.name = item.name.replace(f"({item.sector})", "(OPP)")
        elif item.kb_id is not None and item.key not in opposed:
            continue
        item.sector = "OPP"


def _unlisted_party(item: Found) -> bool:
    """A party the knowledge base does not list, known by the head of its name only (« le Mouvement pour
    la refondation démocratique (MRD) », "the Citizens Forward Alliance"): parties in power are the ones
    the KB lists or a ruling cue marks, so such a party, in the news for its marches, arrests and
    denunciations, is the opposition."""
    unlisted = item.kb_id is None and item.key[0] == "name"
    return unlisted and item.sector == "PTY" and item.kind == "organisation"


def _supporters(r: Resolver, item: Found) -> bool:
    """A generic actor named by a noun for a side's followers (« partisans », "supporters"), civic or of no
    sector: in a report naming an opposition, the opposition's (« l'opposant X … ses partisans »)."""
    if item.key[0] != "generic" or item.sector not in (None, "CVL") or item.role_token is None:
        return False
    token = r.sdoc[item.role_token]
    nouns = word_lists().supporter_nouns
    return token.lower_ in nouns or token.lemma_.lower() in nouns


def _names_opposition(r: Resolver) -> bool:
    """Whether the report names a political opposition, in its text or its headline (« l'opposition au
    calme » does: after an article the word is the opposition, whatever follows)."""
    words = word_lists()
    tokens = [(t.lower_, t.i) for t in r.sdoc]
    title = [(w.lower(), -1) for w in re.findall(r"[\w’'-]+|\S", r.doc.title or "")]
    for sequence in (tokens, title):
        lowered = [w for w, _ in sequence]
        for index, word in enumerate(lowered):
            if word not in words.opposition_words:
                continue
            before = lowered[index - 1] if index else ""
            after = lowered[index + 1] if index + 1 < len(lowered) else ""
            if before in words.definite or before in words.of_words or after not in words.opposition_not:
                return True
    return False


def _near(r: Resolver, item: Found, cues: frozenset[str]) -> bool:
    """Whether a cue (a word or a phrase of words) stands in the mention or within `WINDOW` tokens of it,
    in its sentence."""
    inside = r.tokens_within(item.start, item.end)
    if not inside:
        return False
    sentence = r.sdoc[inside[0]].sent
    first, last = max(sentence.start, inside[0] - WINDOW), min(sentence.end, inside[-1] + 1 + WINDOW)
    text = " " + " ".join(t.lower_ for t in r.sdoc[first:last]) + " "
    return any(f" {cue} " in text for cue in cues)


def name_attackers(r: Resolver) -> None:
    """Re-key each bare definite attacker noun (`attacker_nouns`) to the latest armed group (REB, CRM) the
    report named before it ("Boko Haram fighters … the attackers")."""
    nouns = word_lists().attacker_nouns
    found = sorted(r.found, key=lambda f: f.start)
    for index, item in enumerate(found):
        if item.key[0] != "generic" or item.sector not in UNNAMED or item.role_token is None:
            continue
        token = r.sdoc[item.role_token]
        if (token.lemma_.lower() not in nouns and token.lower_ not in nouns) or not definite_noun(r, token):
            continue
        group = next((f for f in reversed(found[:index]) if _armed(f, item)), None)
        if group is None:
            continue
        r.found.remove(item)
        r.found.append(replace(group, start=item.start, end=item.end, head=item.head,
                               role_token=item.role_token, confidence=min(group.confidence, 0.6),
                               candidates=list(group.candidates)))  # fmt: skip


def _armed(earlier: Found, item: Found) -> bool:
    """`earlier` names an armed group (a name, or a role phrase: « des rebelles … les assaillants »)."""
    return earlier.sector in ARMED and earlier.key != item.key
