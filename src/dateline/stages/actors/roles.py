"""Role nouns ("ministre", "les forces", "officials"): their sector, phrase and kind, once per token."""

from __future__ import annotations

from typing import Any

from dateline.kb import RoleLexicon
from dateline.model import ActorKind
from dateline.stages.actors.lexicon import word_lists
from dateline.stages.actors.syntax import complements, own_phrase, phrase_text, role_phrase

#: How many words after a role noun a fixed expression starting on it may run (« forces de l'ordre »).
FIXED_REACH = 5
#: Sectors of the state services a unit's complement may name (`Roles.sector_of`).
SERVICES = frozenset({"COP", "SPY", "JUD", "ELC"})
#: Sectors of the bodies outside the state a head noun's complement may name (`Roles.sector_of`).
BODIES = frozenset({"OPP", "PTY", "REB", "LAB", "NGO", "MED", "REL", "BUS", "EDU", "HLH"})


class Roles:
    """The role-noun readings of one document's tokens, in its language."""

    def __init__(self, lexicon: RoleLexicon, lang: str) -> None:
        self.lexicon = lexicon
        self.lang = lang
        self.own_sectors: dict[int, str | None] = {}  # `own_sector` by token index
        self.sectors: dict[int, str | None] = {}  # `sector_of` by token index
        self.phrases: dict[int, list[Any]] = {}  # `phrase` by token index

    def sector_of(self, token: Any) -> str | None:
        """The sector a role noun names: from its own words, else from its whole phrase; a unit's from the
        service its complement names (`unit_nouns`)."""
        if token.i not in self.sectors:
            own = self._service(token) or self.own_sector(token)
            self.sectors[token.i] = own or self.lexicon.sector(phrase_text(self.phrase(token)), self.lang)
        return self.sectors[token.i]

    def _service(self, token: Any) -> str | None:
        """For a unit noun, the state service its complement names (« la Brigade nationale de la police
        judiciaire » COP, "the intelligence division" SPY); for a head noun, the body outside the state its
        complement names (« le dirigeant de l'opposition » OPP, "the leader of the rebels" REB)."""
        words_of = word_lists()
        if token.lower_ in words_of.unit_nouns:
            wanted = SERVICES
            own = {t.i for t in own_phrase(token)} - {token.i}
        elif token.lower_ in words_of.head_nouns:
            wanted = BODIES
            own = set()
        else:
            return None
        words = [t for t in self.phrase(token) if t.i != token.i and (t.i > token.i or t.i in own)]
        sector = self.lexicon.sector(phrase_text(words), self.lang) if words else None
        return sector if sector in wanted else None

    def phrase(self, token: Any) -> list[Any]:
        """`role_phrase`, once per token."""
        if token.i not in self.phrases:
            self.phrases[token.i] = role_phrase(token)
        return self.phrases[token.i]

    def own_sector(self, token: Any) -> str | None:
        """The sector a role noun's own words name (`own_phrase`), none when its whole phrase names no
        actor ("placé en garde à vue")."""
        if token.i not in self.own_sectors:
            if self.lexicon.names_no_actor(phrase_text(self.phrase(token)), self.lang):
                self.own_sectors[token.i] = None
            else:
                fixed = self._fixed_sector(token)
                own = self.lexicon.sector(phrase_text(own_phrase(token)), self.lang)
                self.own_sectors[token.i] = fixed or own
        return self.own_sectors[token.i]

    def _fixed_sector(self, token: Any) -> str | None:
        """The sector of a lexicon phrase that starts at `token` and runs on into its complement (« forces
        de l'ordre », « forces de sécurité » COP, where « forces » alone is MIL), the longest first."""
        doc, subtree = token.doc, {t.i for t in token.subtree}
        last = token.i
        while last + 1 < len(doc) and last + 1 - token.i < FIXED_REACH and last + 1 in subtree:
            if doc[last + 1].is_punct and doc[last + 1].text not in ("-", "'", "’"):
                break
            last += 1
        for end in range(last, token.i, -1):
            sector = self.lexicon.exact_sector(doc[token.i : end + 1].text, self.lang)  # not doc.text: O(doc)
            if sector:
                return sector
        return None

    def role_head(self, noun: Any) -> Any | None:
        """The outermost role noun over `noun`: itself or a noun it complements, two levels up at most."""
        chain = [noun]
        while len(chain) < 3:
            current = chain[-1]
            outer = current.head if complements(current) and current.dep_ not in ("amod", "appos") else None
            if outer is None and _at_mission(current):
                outer = _staff(current.head.head if current.dep_ == "pobj" else current.head, self)
            if outer is not None and outer.dep_ == "prep":
                outer = outer.head
            if outer is None or outer.i == current.i or outer.pos_ not in ("NOUN", "PROPN"):
                break
            chain.append(outer)
        for candidate in reversed(chain):
            if self.own_sector(candidate):
                return candidate
        return None

    def attached_role(self, root: Any) -> Any | None:
        """The role noun a name or marker qualifies ("ministre ... de la Syrie", "Russia's minister"), also
        through coordination ("the foreign ministers of Peru, Chile and Bolivia": each country's)."""
        while root.dep_ == "conj" and root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head
        if not complements(root):
            return None
        head = root.head.head if root.dep_ == "pobj" else root.head
        return self.role_head(head) if head.pos_ in ("NOUN", "PROPN") else None

    def kind_of(self, noun: Any) -> ActorKind:
        """A plural role noun names a group, an institution noun an organisation, another a person."""
        if "Plur" in noun.morph.get("Number") or noun.tag_ in ("NNS", "NNPS"):
            return "group"
        return "organisation" if self.lexicon.is_institution(noun.text, self.lang) else "person"


def _at_mission(token: Any) -> bool:
    """Whether `token` is a diplomatic mission a member of staff serves at ("an attache at the embassy")."""
    words = word_lists()
    if token.lower_ not in words.missions:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in words.mission_words and token.head.dep_ == "prep"
    return token.dep_.startswith("nmod") and any(
        c.dep_ == "case" and c.lower_ in words.mission_words for c in token.children
    )


def _staff(head: Any, roles: Roles) -> Any | None:
    """`head` when it names a state's staff (a diplomat, an officer: GOV, MIL or SPY), not a visitor or a
    protester at a mission, whose country is none of the mission's."""
    return head if roles.own_sector(head) in ("GOV", "MIL", "SPY") else None
