"""The per-language trigger lexicon (``data/triggers/<lang>.yaml``), loaded once.

An entry is a verb or noun lemma (or a multiword phrase) with its candidate PLOVER categories and,
per category, an optional mode. A lemma listed under several categories is ambiguous: the sentence
classifier arbitrates. ``s'X``/``se X`` needs a reflexive clitic; other multiword entries need every
content word among the head's dependents ("call on", "frappe aérienne", "hold talks").
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass, field
from importlib import resources

import yaml

from dateline.data import YAML_LOADER
from dateline.stages.events.words import word_lists

_REFLEXIVE_PREFIXES = ("s'", "s’", "se ")


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: its content words, part of speech and ``{category: mode}``."""

    words: tuple[str, ...]
    pos: str  # "verb" | "noun"
    types: dict[str, str | None]
    reflexive: bool = False

    @property
    def size(self) -> int:
        return len(self.words) + int(self.reflexive)


@dataclass(frozen=True)
class Lexicon:
    """Triggers and the word classes the argument rules need, for one language."""

    language: str
    entries: dict[tuple[str, str], list[Entry]]  # (pos, word) → entries containing that word
    light_verbs: frozenset[str] = frozenset()
    occurrence_verbs: frozenset[str] = frozenset()
    commitment_verbs: frozenset[str] = frozenset()
    agreeing_verbs: frozenset[str] = frozenset()
    host_verbs: frozenset[str] = frozenset()
    answer_verbs: frozenset[str] = frozenset()
    denial_verbs: frozenset[str] = frozenset()
    preparation_words: frozenset[str] = frozenset()
    offer_modals: frozenset[str] = frozenset()
    quantity_nouns: frozenset[str] = frozenset()
    undertaking_nouns: frozenset[str] = frozenset()
    amount_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    people_nouns: frozenset[str] = frozenset()
    peacekeeping_words: frozenset[str] = frozenset()
    mission_nouns: frozenset[str] = frozenset()
    party_nouns: frozenset[str] = frozenset()
    opposing_verbs: frozenset[str] = frozenset()
    clash_words: frozenset[str] = frozenset()
    rival_words: frozenset[str] = frozenset()
    agent_nouns: frozenset[str] = frozenset()
    decision_nouns: frozenset[str] = frozenset()
    penalty_nouns: frozenset[str] = frozenset()
    term_nouns: frozenset[str] = frozenset()
    medium_nouns: frozenset[str] = frozenset()
    appeal_verbs: frozenset[str] = frozenset()
    appraisal_verbs: frozenset[str] = frozenset()
    approving_adjectives: frozenset[str] = frozenset()
    discovery_verbs: frozenset[str] = frozenset()
    death_verbs: frozenset[str] = frozenset()
    impact_verbs: frozenset[str] = frozenset()
    rigged_words: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    target_nouns: frozenset[str] = frozenset()
    struck_verbs: frozenset[str] = frozenset()
    mine_nouns: frozenset[str] = frozenset()
    witness_verbs: frozenset[str] = frozenset()
    blaze_nouns: frozenset[str] = frozenset()
    conflict_nouns: frozenset[str] = frozenset()
    projectile_nouns: frozenset[str] = frozenset()
    remains_nouns: frozenset[str] = frozenset()
    donor_nouns: frozenset[str] = frozenset()
    order_verbs: frozenset[str] = frozenset()
    signing_verbs: frozenset[str] = frozenset()
    concluding_verbs: frozenset[str] = frozenset()
    deal_nouns: frozenset[str] = frozenset()
    act_nouns: frozenset[str] = frozenset()
    force_nouns: frozenset[str] = frozenset()
    territory_nouns: frozenset[str] = frozenset()
    clearing_verbs: frozenset[str] = frozenset()
    stricken_nouns: frozenset[str] = frozenset()
    cleared_sites: frozenset[str] = frozenset()
    relief_workers: frozenset[str] = frozenset()
    call_words: frozenset[str] = frozenset()
    tie_nouns: frozenset[str] = frozenset()
    measure_nouns: frozenset[str] = frozenset()
    personal_nouns: frozenset[str] = frozenset()
    material_words: frozenset[str] = frozenset()
    ultimatum_verbs: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    demand_nouns: frozenset[str] = frozenset()
    categories: tuple[str, ...] = field(default=())
    mode_words: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)

    def lookup(self, pos: str, word: str) -> list[Entry]:
        return self.entries.get((pos, word), [])


def parse_item(item: str) -> tuple[tuple[str, ...], bool, str | None]:
    """``"s'entretenir téléphoniquement|phone"`` → (content words, reflexive, mode)."""
    text, _, mode = item.partition("|")
    text = text.strip().lower()
    reflexive = text.startswith(_REFLEXIVE_PREFIXES)
    if reflexive:
        text = text[3:] if text.startswith("se ") else text[2:]
    function_words = word_lists().function_words
    words = tuple(w for w in text.replace("'", "' ").replace("’", "’ ").split() if w not in function_words)
    return words, reflexive, (mode.strip() or None)


def build(data: dict, generated: dict | None = None) -> Lexicon:
    """A `Lexicon` from the parsed YAML mapping (`generated`'s triggers under it: an entry of `data` wins)."""
    merged: dict[tuple[tuple[str, ...], str, bool], dict[str, str | None]] = defaultdict(dict)
    for source in (data, generated or {}):
        known = set(merged)
        for category, by_pos in (source.get("triggers") or {}).items():
            for pos, items in by_pos.items():
                for item in items:
                    words, reflexive, mode = parse_item(str(item))
                    if (words, pos, reflexive) not in known:
                        merged[(words, pos, reflexive)].setdefault(category, mode)
    entries: dict[tuple[str, str], list[Entry]] = defaultdict(list)
    for (words, pos, reflexive), types in merged.items():
        entry = Entry(words=words, pos=pos, types=types, reflexive=reflexive)
        for word in set(words):
            entries[(pos, word)].append(entry)

    def word_set(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in data.get(key) or [])

    return Lexicon(
        language=str(data.get("language", "und")),
        entries=dict(entries),
        light_verbs=word_set("light_verbs"),
        occurrence_verbs=word_set("occurrence_verbs"),
        commitment_verbs=word_set("commitment_verbs"),
        agreeing_verbs=word_set("agreeing_verbs"),
        host_verbs=word_set("host_verbs"),
        answer_verbs=word_set("answer_verbs"),
        denial_verbs=word_set("denial_verbs"),
        preparation_words=word_set("preparation_words"),
        offer_modals=word_set("offer_modals"),
        quantity_nouns=word_set("quantity_nouns"),
        undertaking_nouns=word_set("undertaking_nouns"),
        amount_nouns=word_set("amount_nouns"),
        document_nouns=word_set("document_nouns"),
        people_nouns=word_set("people_nouns"),
        peacekeeping_words=word_set("peacekeeping_words"),
        mission_nouns=word_set("mission_nouns"),
        party_nouns=word_set("party_nouns"),
        opposing_verbs=word_set("opposing_verbs"),
        clash_words=word_set("clash_words"),
        rival_words=word_set("rival_words"),
        agent_nouns=word_set("agent_nouns"),
        decision_nouns=word_set("decision_nouns"),
        penalty_nouns=word_set("penalty_nouns"),
        term_nouns=word_set("term_nouns"),
        medium_nouns=word_set("medium_nouns"),
        appeal_verbs=word_set("appeal_verbs"),
        appraisal_verbs=word_set("appraisal_verbs"),
        approving_adjectives=word_set("approving_adjectives"),
        discovery_verbs=word_set("discovery_verbs"),
        death_verbs=word_set("death_verbs"),
        impact_verbs=word_set("impact_verbs"),
        rigged_words=word_set("rigged_words"),
        undergoing_verbs=word_set("undergoing_verbs"),
        target_nouns=word_set("target_nouns"),
        struck_verbs=word_set("struck_verbs"),
        mine_nouns=word_set("mine_nouns"),
        witness_verbs=word_set("witness_verbs"),
        blaze_nouns=word_set("blaze_nouns"),
        conflict_nouns=word_set("conflict_nouns"),
        projectile_nouns=word_set("projectile_nouns"),
        remains_nouns=word_set("remains_nouns"),
        donor_nouns=word_set("donor_nouns"),
        order_verbs=word_set("order_verbs"),
        signing_verbs=word_set("signing_verbs"),
        concluding_verbs=word_set("concluding_verbs"),
        deal_nouns=word_set("deal_nouns"),
        act_nouns=word_set("act_nouns"),
        force_nouns=word_set("force_nouns"),
        territory_nouns=word_set("territory_nouns"),
        clearing_verbs=word_set("clearing_verbs"),
        stricken_nouns=word_set("stricken_nouns"),
        cleared_sites=word_set("cleared_sites"),
        relief_workers=word_set("relief_workers"),
        call_words=word_set("call_words"),
        tie_nouns=word_set("tie_nouns"),
        measure_nouns=word_set("measure_nouns"),
        personal_nouns=word_set("personal_nouns"),
        material_words=word_set("material_words"),
        ultimatum_verbs=word_set("ultimatum_verbs"),
        permission_verbs=word_set("permission_verbs"),
        demand_nouns=word_set("demand_nouns"),
        categories=tuple(data.get("triggers") or {}),
        mode_words={
            category: {mode: frozenset(str(w).lower() for w in items) for mode, items in modes.items()}
            for category, modes in (data.get("mode_words") or {}).items()
        },
    )


@functools.cache
def load_lexicon(language: str) -> Lexicon | None:
    """The packaged lexicon for `language`, or None when there is none."""
    path = resources.files("dateline.data") / "triggers" / f"{language}.yaml"
    if not path.is_file():
        return None
    extra = resources.files("dateline.data") / "triggers" / f"{language}_cameo.yaml"  # build_triggers.py
    generated = yaml.load(extra.read_text(encoding="utf-8"), Loader=YAML_LOADER) if extra.is_file() else None
    return build(yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER), generated)
