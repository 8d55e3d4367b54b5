"""Rules of the fourth PLV pass of issue 13: a party said to be a donor gives ongoing aid, and an order
whose content is a detention or an imprisonment is the coercion itself, not a request."""

from coder_samples import V_PAST, coded_with_auxiliary, document

MORE = {"Norway": ("Norway", "NOR"), "Chad": ("Chad", "TCD"), "Japon": ("Japon", "JPN")}


def types(doc):
    return [event[0] for event in coded_with_auxiliary(doc)]


#: "Norway remains the largest donor to Chad ."
REMAINS_DONOR = [
    ("Norway", "Norway", "PROPN", "nsubj", 1),
    ("remains", "remain", "VERB", "ROOT", 1, "Tense=Pres|VerbForm=Fin"),
    ("the", "the", "DET", "det", 4),
    ("largest", "large", "ADJ", "amod", 4),
    ("donor", "donor", "NOUN", "attr", 1, "Number=Sing"),
    ("to", "to", "ADP", "prep", 4),
    ("Chad", "Chad", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Norway is one of the largest donors ."
ONE_OF_THE_DONORS = [
    ("Norway", "Norway", "PROPN", "nsubj", 1),
    ("is", "be", "AUX", "ROOT", 1, "Tense=Pres|VerbForm=Fin"),
    ("one", "one", "NUM", "attr", 1),
    ("of", "of", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 6),
    ("largest", "large", "ADJ", "amod", 6),
    ("donors", "donor", "NOUN", "pobj", 3, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Norway hosted the donors ."
HOSTED_DONORS = [
    ("Norway", "Norway", "PROPN", "nsubj", 1),
    ("hosted", "host", "VERB", "ROOT", 1, V_PAST),
    ("the", "the", "DET", "det", 3),
    ("donors", "donor", "NOUN", "dobj", 1, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Le Japon reste le premier donateur du Cambodge ." (fr_core_news_md leaves "reste" unlemmatised)
RESTE_DONATEUR = [
    ("Le", "le", "DET", "det", 1),
    ("Japon", "Japon", "PROPN", "nsubj", 2),
    ("reste", "reste", "VERB", "ROOT", 2, "Mood=Ind|Tense=Pres|VerbForm=Fin"),
    ("le", "le", "DET", "det", 5),
    ("premier", "premier", "ADJ", "amod", 5),
    ("donateur", "donateur", "NOUN", "xcomp", 2, "Number=Sing"),
    ("du", "de", "ADP", "case", 7),
    ("Cambodge", "Cambodge", "PROPN", "nmod", 5),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_party_said_to_be_a_donor_gives_aid():
    assert coded_with_auxiliary(document(REMAINS_DONOR, "en", MORE))[0][:3] == ("AID", None, ["NOR"])
    assert coded_with_auxiliary(document(ONE_OF_THE_DONORS, "en", MORE))[0][:3] == ("AID", None, ["NOR"])
    assert coded_with_auxiliary(document(RESTE_DONATEUR, "fr", MORE))[0][:3] == ("AID", None, ["JPN"])


def test_donors_that_are_no_predicate_give_nothing():
    assert "AID" not in types(document(HOSTED_DONORS, "en", MORE))


def ordered(content: list[tuple[str, str, str, str, int] | tuple[str, str, str, str, int, str]]):
    """ "Norway ordered the rebels <content> ." (the content's rows start at index 4)."""
    return [
        ("Norway", "Norway", "PROPN", "nsubj", 1),
        ("ordered", "order", "VERB", "ROOT", 1, V_PAST),
        ("the", "the", "DET", "det", 3),
        ("rebels", "rebel", "NOUN", "nsubj", 4, "Number=Plur"),
        *content,
        (".", ".", "PUNCT", "punct", 1),
    ]


def test_an_order_to_detain_or_jail_is_the_coercion_itself():
    for word, lemma in [("detained", "detain"), ("jailed", "jail")]:
        rows = ordered([(word, lemma, "VERB", "ccomp", 1, "Tense=Past|VerbForm=Part")])
        found = types(document(rows, "en", MORE))
        assert "REQUEST" not in found and "COERCE" in found


def test_an_order_to_do_anything_else_stays_a_request():
    rows = ordered([("to", "to", "PART", "aux", 5), ("leave", "leave", "VERB", "xcomp", 1, "VerbForm=Inf")])
    rows[3] = ("rebels", "rebel", "NOUN", "dobj", 1, "Number=Plur")
    assert "REQUEST" in types(document(rows, "en", MORE))
