"""One document's resolution: the state the passes share, and the order they run in."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from dateline.kb import ActorKB, RoleLexicon
from dateline.model import Document
from dateline.stages.actors.acronyms import resolve_acronyms
from dateline.stages.actors.allegiance import name_attackers, oppose_parties
from dateline.stages.actors.clues import country_clues
from dateline.stages.actors.coreference import resolve_agents, resolve_collectives, resolve_coreference
from dateline.stages.actors.found import Found
from dateline.stages.actors.markers import resolve_capital, resolve_demonym
from dateline.stages.actors.names import kb_matches, resolve_name, resolve_unknown_names
from dateline.stages.actors.repeats import join_repeated_heads
from dateline.stages.actors.roles import Roles
from dateline.stages.actors.syntax import span_root, tidy
from dateline.stages.actors.titles import attach_titles
from dateline.stages.tokens import token_table


class Resolver:
    """Finds the actor mentions of one analysed document.

    Each pass reads and extends `found` (the mentions so far), `covered` (the tokens inside them) and
    `places` (the tokens of KB names read as places, "à Dakar"); `clues` settle names two countries share.
    """

    def __init__(self, kb: ActorKB, lexicon: RoleLexicon, doc: Document) -> None:
        self.kb = kb
        self.lexicon = lexicon
        self.doc = doc
        self.sdoc = doc.analysis
        self.tokens = token_table(self.sdoc)  # plain per-token columns: starts give span → token lookups
        self.lang = doc.language.code
        self.date = doc.published_given.value  # the publication date: who holds an office, a role, a country
        self.roles = Roles(lexicon, self.lang)
        self.found: list[Found] = []
        self.covered: set[int] = set()
        self.places: set[int] = set()
        self.clues: Counter[str] = Counter()  # countries the report's unambiguous KB names point to

    def add(self, item: Found) -> None:
        item.start, item.end = tidy(self.doc.text, item.start, item.end, self.tokens.starts[item.head])
        self.found.append(item)
        self.covered.update(self.tokens_within(item.start, item.end))

    def tokens_within(self, start: int, end: int) -> range:
        """Indexes of the tokens that start in the characters ``[start, end)``."""
        first = bisect_left(self.tokens.starts, start)
        return range(first, bisect_left(self.tokens.starts, end, lo=first))

    def run(self) -> list[Found]:
        """KB matches (names, demonyms, capitals), names defined with their acronym, unknown names, titles,
        collectives, coreference, the generic agents left, short forms of fuller role phrases, attackers named
        before and parties of a report naming an opposition, then the object pronouns still open (their
        antecedent may be one of those)."""
        matches = list(kb_matches(self))
        self.clues = country_clues(matches, self.date)
        for span, hits in matches:
            by_via = {via: [h.entry for h in hits if h.via == via] for via in ("alias", "demonym", "capital")}
            root = span_root(span)
            if by_via["alias"]:
                resolve_name(self, span, root, by_via["alias"])
            elif by_via["demonym"]:
                resolve_demonym(self, span, root, by_via["demonym"])
            else:
                resolve_capital(self, span, root, by_via["capital"])
        resolve_acronyms(self)
        resolve_unknown_names(self)
        attach_titles(self)
        resolve_collectives(self)
        self.found.sort(key=lambda f: f.start)
        resolve_coreference(self)
        resolve_agents(self)
        join_repeated_heads(self)
        drop_national_branches(self)
        name_attackers(self)
        oppose_parties(self)
        self.found.sort(key=lambda f: f.start)
        resolve_coreference(self, objects_only=True)  # "them" for the role nouns named just now
        self.found.sort(key=lambda f: f.start)
        return self.found


#: Sectors of the international bodies whose name a country's own society or branch takes.
INTERNATIONAL = frozenset({"IGO", "NGO"})


def drop_national_branches(r: Resolver) -> None:
    """A KB name of an international body inside a generic agent its country qualifies is that country's
    own society (« la Croix-Rouge du Tchad », « le Croissant-Rouge algérien », a national NGO of the
    movement's name): the agent, not the international body (the ICRC, with no country)."""
    national = [f for f in r.found if f.key[0] == "generic" and f.country and f.sector in INTERNATIONAL]
    r.found = [
        f
        for f in r.found
        if not (
            f.kb_id is not None
            and f.country in (None, "IGO")
            and f.sector in INTERNATIONAL
            and any(_inside(f, g) for g in national)
        )
    ]


def _inside(item: Found, outer: Found) -> bool:
    """`item` lies within the longer mention `outer`."""
    within = outer.start <= item.start and item.end <= outer.end
    return within and outer.end - outer.start > item.end - item.start
