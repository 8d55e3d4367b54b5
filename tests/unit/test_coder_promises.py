"""Promises, joint acts and agreements letting another party act (session 16, evpromise): the parties an
act is done with are its actors (« avec l'appui de l'Unicef », "working alongside UNICEF", "with the
support of UNICEF"); the party an agreement lets act is its recipient, never the agreeing party itself
(« a accepté de laisser l'agence… », "accepted that the IAEA would inspect…"); a participle describing
what a promise acts on is no promised act; a reflexive subject pronoun stands for the actor before it; a
reception a speaker announces is the speaker's promise."""

from coder_samples import V_PAST, coded, document

from dateline.model import ActorRef
from dateline.stages.events.passes.assemble import others, same_party

PART = "Tense=Past|VerbForm=Part"
PARTIES = {
    "Liban": ("Liban", "LBN"),
    "Iraq": ("Iraq", "IRQ"),
    "Lebanon": ("Lebanon", "LBN"),
    "Iran": ("Iran", "IRN"),
    "UNICEF": ("UNICEF", "IGO"),
    "Unicef": ("UNICEF", "IGO"),
    "IAEA": ("IAEA", "IGO"),
    "agence": ("IAEA", "IGO"),
    "gouverneur": ("Guinea GOV", "GIN"),
    "minister": ("Liberia GOV", "LBR"),
    "police": ("Liberia COP", "LBR"),
}

#: "Le Liban a lancé , avec l' appui de l' Unicef , une campagne ."
LAUNCHED_WITH_SUPPORT = [
    ("Le", "le", "DET", "det", 1),
    ("Liban", "Liban", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("lancé", "lancer", "VERB", "ROOT", 3, PART),
    (",", ",", "PUNCT", "punct", 3),
    ("avec", "avec", "ADP", "case", 7),
    ("l'", "le", "DET", "det", 7),
    ("appui", "appui", "NOUN", "obl:mod", 3),
    ("de", "de", "ADP", "case", 10),
    ("l'", "le", "DET", "det", 10),
    ("Unicef", "Unicef", "PROPN", "nmod", 7),
    (",", ",", "PUNCT", "punct", 3),
    ("une", "un", "DET", "det", 13),
    ("campagne", "campagne", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Le Liban a exprimé son appui à l' Unicef ." (a support that is the act itself: no joint act)
EXPRESSED_SUPPORT = [
    ("Le", "le", "DET", "det", 1),
    ("Liban", "Liban", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("exprimé", "exprimer", "VERB", "ROOT", 3, PART),
    ("son", "son", "DET", "det", 5),
    ("appui", "appui", "NOUN", "obj", 3),
    ("à", "à", "ADP", "case", 8),
    ("l'", "le", "DET", "det", 8),
    ("Unicef", "Unicef", "PROPN", "obl:arg", 3),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Iraq , working alongside UNICEF , sent aid to Lebanon ."
SENT_ALONGSIDE = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 6),
    (",", ",", "PUNCT", "punct", 6),
    ("working", "work", "VERB", "advcl", 6, "VerbForm=Ger"),
    ("alongside", "alongside", "ADP", "prep", 2),
    ("UNICEF", "UNICEF", "PROPN", "pobj", 3),
    (",", ",", "PUNCT", "punct", 6),
    ("sent", "send", "VERB", "ROOT", 6, V_PAST),
    ("aid", "aid", "NOUN", "dobj", 6, "Number=Sing"),
    ("to", "to", "ADP", "prep", 6),
    ("Lebanon", "Lebanon", "PROPN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 6),
]
#: "Iraq sent aid to Lebanon with the support of UNICEF ."
SENT_WITH_SUPPORT = [
    ("Iraq", "Iraq", "PROPN", "nsubj", 1),
    ("sent", "send", "VERB", "ROOT", 1, V_PAST),
    ("aid", "aid", "NOUN", "dobj", 1, "Number=Sing"),
    ("to", "to", "ADP", "prep", 1),
    ("Lebanon", "Lebanon", "PROPN", "pobj", 3),
    ("with", "with", "ADP", "prep", 1),
    ("the", "the", "DET", "det", 7),
    ("support", "support", "NOUN", "pobj", 5, "Number=Sing"),
    ("of", "of", "ADP", "prep", 7),
    ("UNICEF", "UNICEF", "PROPN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran accepted that the IAEA would inspect the site ."
ACCEPTED_THAT_WOULD = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("accepted", "accept", "VERB", "ROOT", 1, V_PAST),
    ("that", "that", "SCONJ", "mark", 6),
    ("the", "the", "DET", "det", 4),
    ("IAEA", "IAEA", "PROPN", "nsubj", 6),
    ("would", "would", "AUX", "aux", 6),
    ("inspect", "inspect", "VERB", "ccomp", 1, "VerbForm=Inf"),
    ("the", "the", "DET", "det", 8),
    ("site", "site", "NOUN", "dobj", 6, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "Iran accepted that the IAEA inspected the site ." (a fact admitted, no permission)
ACCEPTED_THAT_PAST = [
    ("Iran", "Iran", "PROPN", "nsubj", 1),
    ("accepted", "accept", "VERB", "ROOT", 1, V_PAST),
    ("that", "that", "SCONJ", "mark", 5),
    ("the", "the", "DET", "det", 4),
    ("IAEA", "IAEA", "PROPN", "nsubj", 5),
    ("inspected", "inspect", "VERB", "ccomp", 1, V_PAST),
    ("the", "the", "DET", "det", 7),
    ("site", "site", "NOUN", "dobj", 5, "Number=Sing"),
    (".", ".", "PUNCT", "punct", 1),
]
#: "L' Iran a accepté de laisser l' agence réinstaller des caméras ."
ACCEPTED_TO_LET = [
    ("L'", "le", "DET", "det", 1),
    ("Iran", "Iran", "PROPN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("accepté", "accepter", "VERB", "ROOT", 3, PART),
    ("de", "de", "ADP", "mark", 5),
    ("laisser", "laisser", "VERB", "xcomp", 3, "VerbForm=Inf"),
    ("l'", "le", "DET", "det", 7),
    ("agence", "agence", "NOUN", "obj", 5),
    ("réinstaller", "réinstaller", "VERB", "xcomp", 5, "VerbForm=Inf"),
    ("des", "un", "DET", "det", 10),
    ("caméras", "caméra", "NOUN", "obj", 8),
    (".", ".", "PUNCT", "punct", 3),
]
#: "Le gouverneur s' est engagé à reconstruire le centre détruit ."
PLEDGED_TO_REBUILD = [
    ("Le", "le", "DET", "det", 1),
    ("gouverneur", "gouverneur", "NOUN", "nsubj", 4),
    ("s'", "se", "PRON", "expl:comp", 4),
    ("est", "être", "AUX", "aux:tense", 4, "Tense=Pres"),
    ("engagé", "engager", "VERB", "ROOT", 4, PART),
    ("à", "à", "ADP", "mark", 6),
    ("reconstruire", "reconstruire", "VERB", "xcomp", 4, "VerbForm=Inf"),
    ("le", "le", "DET", "det", 8),
    ("centre", "centre", "NOUN", "obj", 6),
    ("détruit", "détruire", "VERB", "acl", 8, PART),
    (".", ".", "PUNCT", "punct", 4),
]
#: "Le gouverneur a condamné l' attaque ." then "Il s' est engagé à reconstruire le centre détruit ."
CONDEMNED = [
    ("Le", "le", "DET", "det", 1),
    ("gouverneur", "gouverneur", "NOUN", "nsubj", 3),
    ("a", "avoir", "AUX", "aux:tense", 3, "Tense=Pres"),
    ("condamné", "condamner", "VERB", "ROOT", 3, PART),
    ("l'", "le", "DET", "det", 5),
    ("attaque", "attaque", "NOUN", "obj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
HE_PLEDGED = [  # "Le gouverneur" (two words) read as "Il" (one): every head one place back
    ("Il", "il", "PRON", "expl:subj", 3),
    *((word, lemma, pos, dep, h - 1, *rest) for word, lemma, pos, dep, h, *rest in PLEDGED_TO_REBUILD[2:]),
]
#: "The minister said the police will receive new vehicles ."
SAID_WILL_RECEIVE = [
    ("The", "the", "DET", "det", 1),
    ("minister", "minister", "NOUN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2, V_PAST),
    ("the", "the", "DET", "det", 4),
    ("police", "police", "NOUN", "nsubj", 6),
    ("will", "will", "AUX", "aux", 6),
    ("receive", "receive", "VERB", "ccomp", 2, "VerbForm=Inf"),
    ("new", "new", "ADJ", "amod", 8),
    ("vehicles", "vehicle", "NOUN", "dobj", 6, "Number=Plur"),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_partnership_adjunct_is_the_joint_act_of_both():
    assert coded(document(LAUNCHED_WITH_SUPPORT, "fr", PARTIES)) == [("COOPERATE", ["IGO", "LBN"], [])]
    assert ("COOPERATE", ["IGO", "LBN"], []) not in coded(document(EXPRESSED_SUPPORT, "fr", PARTIES))


def test_partners_act_in_the_act_they_join_and_are_no_recipients():
    assert coded(document(SENT_ALONGSIDE, "en", PARTIES)) == [("AID", ["IGO", "IRQ"], ["LBN"])]
    assert coded(document(SENT_WITH_SUPPORT, "en", PARTIES)) == [("AID", ["IGO", "IRQ"], ["LBN"])]


def test_the_party_an_agreement_lets_act_is_its_recipient():
    assert coded(document(ACCEPTED_THAT_WOULD, "en", PARTIES)) == [("AGREE", ["IRN"], ["IGO"])]
    assert coded(document(ACCEPTED_TO_LET, "fr", PARTIES)) == [("AGREE", ["IRN"], ["IGO"])]
    assert "AGREE" not in [t for t, _, _ in coded(document(ACCEPTED_THAT_PAST, "en", PARTIES))]


def test_a_party_is_no_recipient_of_its_own_act_when_the_text_names_another():
    iran = ActorRef(name="Iran", kind="country", country="IRN", kb_id="IRN")
    government = ActorRef(name="Iran GOV", kind="country", country="IRN", sector="GOV", kb_id="IRN_GOV")
    inspectors = ActorRef(name="inspectors", country="IGO", sector="IGO")
    police = ActorRef(name="police", kind="group", country="IRN", sector="COP")
    minister = ActorRef(name="minister", kind="person", country="IRN", sector="GOV")
    assert same_party(iran, government) and not same_party(government, police)
    assert not same_party(government, minister)  # a government suspending its own minister acts on another
    assert others([government, inspectors], [iran]) == [inspectors]
    assert others([government], [iran]) == [government]  # no other party named: kept
    assert others([police], [iran]) == [police]


def test_a_participle_describing_what_a_promise_acts_on_is_no_promised_attack():
    assert [t for t, _, _ in coded(document(PLEDGED_TO_REBUILD, "fr", PARTIES))] == ["AGREE"]


def test_a_reflexive_subject_pronoun_stands_for_the_actor_before_it():
    events = coded(document(CONDEMNED, "fr", PARTIES, HE_PLEDGED))
    assert [(t, a) for t, a, _ in events] == [("ACCUSE", ["GIN"]), ("AGREE", ["GIN"])]


def test_a_reception_a_speaker_announces_is_the_speaker_s_promise():
    assert coded(document(SAID_WILL_RECEIVE, "en", PARTIES)) == [("AGREE", ["LBR"], ["LBR"])]
