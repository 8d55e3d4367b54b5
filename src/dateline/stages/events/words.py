"""The words the stage's parse rules test tokens against (``data/events/words.yaml``), loaded once."""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields

from dateline.data import merged_words, word_table


@dataclass(frozen=True)
class WordLists:
    """The stage's word lists (see the data file for what each is for).

    A rule applies a list whatever the document's language, so each set holds every language's words.
    """

    joint: frozenset[str]
    agent_markers: frozenset[str]
    source_markers: frozenset[str]
    genitive: frozenset[str]
    request_nouns: frozenset[str]
    undergone_nouns: frozenset[str]
    sequels: frozenset[str]
    request_authors: frozenset[str]
    towards: frozenset[str]
    initiative_nouns: frozenset[str]
    favour_markers: frozenset[str]
    aimed_at: frozenset[str]
    aiming_verbs: frozenset[str]
    giving_verbs: frozenset[str]
    datives: frozenset[str]
    beneficiary_markers: frozenset[str]
    destination_participles: frozenset[str]
    obligation_modals: frozenset[str]
    locative: frozenset[str]
    against: frozenset[str]
    opposed_to: frozenset[str]
    relative_pronouns: frozenset[str]
    quantity_links: frozenset[str]
    amount_links: frozenset[str]
    negators: frozenset[str]
    negative_parties: frozenset[str]
    conditionals: frozenset[str]
    hypothetical_modals: frozenset[str]
    hypothetical_governors: frozenset[str]
    risk_verbs: frozenset[str]
    reported_future_modals: frozenset[str]
    future_auxiliaries: frozenset[str]
    future_governors: frozenset[str]
    future_words: frozenset[str]
    feature_negators: frozenset[str]
    feature_future: frozenset[str]
    feature_modals: frozenset[str]
    function_words: frozenset[str]
    reflexives: frozenset[str]
    demonstratives: frozenset[str]
    definite: frozenset[str]
    pair_numbers: frozenset[str]
    bare_pairs: frozenset[str]
    object_clitics: frozenset[str]
    body_anaphors: frozenset[str]
    remit_markers: frozenset[str]
    content_marks: frozenset[str]
    summons_marks: frozenset[str]
    partners: frozenset[str]
    since_marks: frozenset[str]
    recent_times: frozenset[str]
    culpable: frozenset[str]
    behind_marks: frozenset[str]
    unaccusatives: frozenset[str]
    attribution_marks: frozenset[str]
    infinitive_marks: frozenset[str]
    state_owners: frozenset[str]
    departure_verbs: frozenset[str]
    homeland_nouns: frozenset[str]
    naming_verbs: frozenset[str]
    disapproving: frozenset[str]
    seat_links: frozenset[str]
    protest_props: frozenset[str]
    incise_verbs: frozenset[str]
    causative_verbs: frozenset[str]
    span_times: frozenset[str]
    judicial_custody: frozenset[str]
    imposing_verbs: frozenset[str]
    resultatives: frozenset[str]
    privatives: frozenset[str]
    toll_verbs: frozenset[str]
    origin_markers: frozenset[str]
    instigation_nouns: frozenset[str]
    purpose_marks: frozenset[str]
    partnership_nouns: frozenset[str]
    partnership_marks: frozenset[str]
    partner_links: frozenset[str]
    alongside: frozenset[str]
    consenting_verbs: frozenset[str]
    letting_verbs: frozenset[str]
    complementizers: frozenset[str]
    modal_complementizers: frozenset[str]
    permission_modals: frozenset[str]
    subject_pronouns: frozenset[str]
    recovering_verbs: frozenset[str]
    nature_nouns: frozenset[str]
    market_nouns: frozenset[str]
    sport_senses: frozenset[str]
    sport_nouns: frozenset[str]
    team_nouns: frozenset[str]
    sport_words: frozenset[str]
    stretch_nouns: frozenset[str]
    earlier_words: frozenset[str]
    pluperfect_auxiliaries: frozenset[str]
    market_places: frozenset[str]
    separate_marks: frozenset[str]
    means_marks: frozenset[str]
    hedging_verbs: frozenset[str]
    crowd_acts: frozenset[str]
    disruption_verbs: frozenset[str]
    misread_verbs: frozenset[str]
    craft_nouns: frozenset[str]
    envoy_nouns: frozenset[str]
    post_links: frozenset[str]
    national_bodies: frozenset[str]
    national_links: frozenset[str]
    people_nouns: frozenset[str]
    suspect_nouns: frozenset[str]


@functools.cache
def word_lists() -> WordLists:
    """The packaged word lists."""
    data = word_table("events", "words.yaml")
    return WordLists(
        **{f.name: merged_words(data[f.name], f"data/events/words.yaml: {f.name}") for f in fields(WordLists)}
    )
