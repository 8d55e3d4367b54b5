"""French constructions of the pass toward newsdesk's target (issue 13): a compound tense the parser
broke ("a au contraire salué"), a quoted participle hung low ("a affirmé avoir « neutralisé »"), verbs
whose past takes "être" ("est arrivé"), gerunds ("en dénonçant"), a state's protest, a suspended measure,
a signed deal against a signed truce, an announced deployment, "selon X" and "a fait savoir qu'elle…"."""

from coder_samples import Row, coded, coded_with_auxiliary, coding, document

from dateline.model import Document
from dateline.stages.events import rules
from dateline.stages.events.candidate import by_head
from dateline.stages.events.passes import actors as actor_pass
from dateline.stages.events.passes import category, roles, trigger

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"
FUT = "Mood=Ind|Tense=Fut|VerbForm=Fin"
COND = "Mood=Cnd|Tense=Pres|VerbForm=Fin"


def _sentence(words: str, rows: list[tuple[str, str, str, int, str]]) -> list[Row]:
    """Rows from the sentence's words and (lemma, pos, dep, head, morph) per word."""
    return [(w, *r) for w, r in zip(words.split(), rows, strict=True)]


def _ruled(doc: Document, chosen: str) -> list[str]:
    """The categories the PLOVER rules give the document's candidates when the lexicon and the
    classifier chose `chosen` for each (as the classifier does for these sentences)."""
    state = coding(doc, trigger.find, roles.read, actor_pass.resolve)
    governors = rules.Governors(doc.analysis)
    for item in state.candidates:
        item.category = chosen
        category.apply_rules(item, by_head(state.candidates), state.lexicon, governors)
    return [item.category for item in state.candidates]


def test_a_participle_the_parser_hung_below_its_own_auxiliary_is_the_main_verb() -> None:
    greeted = _sentence(
        "Kinshasa a au contraire salué la France .",
        [
            ("Kinshasa", "PROPN", "nsubj", 1, ""),
            ("avoir", "AUX", "ROOT", 1, AUX),
            ("au", "ADP", "case", 3, ""),
            ("contraire", "NOUN", "obl:mod", 1, ""),
            ("saluer", "VERB", "acl", 3, PART),
            ("le", "DET", "det", 6, ""),
            ("France", "PROPN", "obj", 4, ""),
            (".", "PUNCT", "punct", 1, ""),
        ],
    )
    actors = {"Kinshasa": ("DR Congo GOV", "COD"), "France": ("France GOV", "FRA")}
    assert coded(document(greeted, "fr", actors)) == [("SUPPORT", ["COD"], ["FRA"])]


def test_a_quoted_perfect_participle_takes_the_subject_of_the_verb_reporting_it() -> None:
    neutralised = _sentence(
        "L' armée a affirmé lundi avoir « neutralisé » dix rebelles .",
        [
            ("le", "DET", "det", 1, ""),
            ("armée", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("affirmer", "VERB", "ROOT", 3, PART),
            ("lundi", "NOUN", "obl:mod", 3, ""),
            ("avoir", "AUX", "aux:tense", 7, "VerbForm=Inf"),
            ("«", "PUNCT", "punct", 7, ""),
            ("neutraliser", "ADJ", "acl", 4, PART),
            ("»", "PUNCT", "punct", 7, ""),
            ("dix", "NUM", "nummod", 10, ""),
            ("rebelle", "NOUN", "obl:mod", 7, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"armée": ("Burkina Faso MIL", "BFA"), "rebelles": ("Burkina Faso REB", "BFA")}
    assert coded(document(neutralised, "fr", actors)) == [("ASSAULT", ["BFA"], ["BFA"])]


def test_the_subject_of_a_verb_whose_past_takes_etre_acts() -> None:
    arrived = _sentence(
        "Le président est arrivé à Accra pour une visite .",
        [
            ("le", "DET", "det", 1, ""),
            ("président", "NOUN", "nsubj:pass", 3, ""),
            ("être", "AUX", "aux:pass", 3, AUX),
            ("arriver", "VERB", "ROOT", 3, PART),
            ("à", "ADP", "case", 5, ""),
            ("Accra", "PROPN", "obl:mod", 3, ""),
            ("pour", "ADP", "case", 8, ""),
            ("un", "DET", "det", 8, ""),
            ("visite", "NOUN", "obl:mod", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"président": ("Ivory Coast GOV", "CIV")}
    events = coded(document(arrived, "fr", actors, places={"Accra": "GHA"}))
    assert [(kind, who) for kind, who, _ in events] == [("CONSULT", ["CIV"])]


def test_a_gerund_that_denounces_is_an_accusation_of_its_own() -> None:
    resigned = _sentence(
        "Le juge a démissionné en dénonçant le gouvernement .",
        [
            ("le", "DET", "det", 1, ""),
            ("juge", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("démissionner", "VERB", "ROOT", 3, PART),
            ("en", "ADP", "mark", 5, ""),
            ("dénoncer", "VERB", "advcl", 3, "Tense=Pres|VerbForm=Part"),
            ("le", "DET", "det", 7, ""),
            ("gouvernement", "NOUN", "obj", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"juge": ("Tunisia JUD", "TUN"), "gouvernement": ("Tunisia GOV", "TUN")}
    assert [e[0] for e in coded(document(resigned, "fr", actors))] == ["RETREAT", "ACCUSE"]


def test_a_government_protesting_to_another_disapproves() -> None:
    protested = _sentence(
        "Paris a protesté auprès de Ouagadougou .",
        [
            ("Paris", "PROPN", "nsubj", 2, ""),
            ("avoir", "AUX", "aux:tense", 2, AUX),
            ("protester", "VERB", "ROOT", 2, PART),
            ("auprès", "ADV", "advmod", 2, ""),
            ("de", "ADP", "case", 5, ""),
            ("Ouagadougou", "PROPN", "obl:arg", 3, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
    )
    names = {"Paris": ("France GOV", "FRA"), "Ouagadougou": ("Burkina Faso GOV", "BFA")}
    doc = document(protested, "fr", names)
    assert _ruled(doc, "PROTEST") == ["PROTEST"]  # countries named without a sector may be their people
    for actor in doc.actors:
        actor.sector = "GOV"
    assert _ruled(doc, "PROTEST") == ["ACCUSE"]


def test_suspending_ones_own_measure_is_a_concession_even_past_a_duration() -> None:
    suspended = _sentence(
        "Le gouvernement a annoncé la suspension pour trois mois de la hausse .",
        [
            ("le", "DET", "det", 1, ""),
            ("gouvernement", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("annoncer", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("suspension", "NOUN", "obj", 3, ""),
            ("pour", "ADP", "case", 8, ""),
            ("trois", "NUM", "nummod", 8, ""),
            ("mois", "NOUN", "obl:mod", 3, ""),
            ("de", "ADP", "case", 11, ""),
            ("le", "DET", "det", 11, ""),
            ("hausse", "NOUN", "nmod", 8, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    names = {"gouvernement": ("Ivory Coast GOV", "CIV")}
    assert _ruled(document(suspended, "fr", names), "SANCTION") == ["CONCEDE"]


def _signed(complement: str, lemma: str) -> list[Row]:
    """ "Le Ghana et le Togo ont signé un accord de <complement> ." """
    return _sentence(
        f"Le Ghana et le Togo ont signé un accord de {complement} .",
        [
            ("le", "DET", "det", 1, ""),
            ("Ghana", "PROPN", "nsubj", 6, ""),
            ("et", "CCONJ", "cc", 4, ""),
            ("le", "DET", "det", 4, ""),
            ("Togo", "PROPN", "conj", 1, ""),
            ("avoir", "AUX", "aux:tense", 6, AUX),
            ("signer", "VERB", "ROOT", 6, PART),
            ("un", "DET", "det", 8, ""),
            ("accord", "NOUN", "obj", 6, ""),
            ("de", "ADP", "case", 10, ""),
            (lemma, "NOUN", "nmod", 8, ""),
            (".", "PUNCT", "punct", 6, ""),
        ],
    )


def test_a_signed_deal_supports_but_a_signed_truce_agrees() -> None:
    actors = {"Ghana": ("Ghana GOV", "GHA"), "Togo": ("Togo GOV", "TGO")}
    assert [e[0] for e in coded(document(_signed("coopération", "coopération"), "fr", actors))] == ["SUPPORT"]
    assert [e[0] for e in coded(document(_signed("cessez-le-feu", "cessez-le-feu"), "fr", actors))] == [
        "AGREE"
    ]


def test_a_deployment_announced_for_the_future_is_a_commitment() -> None:
    deployed = _sentence(
        "L' armée déploiera des unités .",
        [
            ("le", "DET", "det", 1, ""),
            ("armée", "NOUN", "nsubj", 2, ""),
            ("déployer", "VERB", "ROOT", 2, FUT),
            ("un", "DET", "det", 4, ""),
            ("unité", "NOUN", "obj", 2, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
    )
    actors = {"armée": ("Lebanon MIL", "LBN")}
    assert [e[:2] for e in coded_with_auxiliary(document(deployed, "fr", actors))] == [("AGREE", "future")]


def test_launching_a_campaign_mobilises_no_weapons() -> None:
    launched = _sentence(
        "Le ministère a lancé une campagne .",
        [
            ("le", "DET", "det", 1, ""),
            ("ministère", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("lancer", "VERB", "ROOT", 3, PART),
            ("un", "DET", "det", 5, ""),
            ("campagne", "NOUN", "obj", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    assert coded(document(launched, "fr", {"ministère": ("Lebanon GOV", "LBN")})) == []


def test_who_reports_is_no_party_and_who_makes_known_is_the_reporter() -> None:
    committed = _sentence(
        "Les camps se sont engagés , selon l' ONU , à garantir la sécurité .",
        [
            ("le", "DET", "det", 1, ""),
            ("camp", "NOUN", "nsubj", 4, ""),
            ("se", "PRON", "expl:comp", 4, ""),
            ("être", "AUX", "aux:tense", 4, AUX),
            ("engager", "VERB", "ROOT", 4, PART),
            (",", "PUNCT", "punct", 4, ""),
            ("selon", "ADP", "case", 8, ""),
            ("le", "DET", "det", 8, ""),
            ("ONU", "PROPN", "obl:mod", 4, ""),
            (",", "PUNCT", "punct", 4, ""),
            ("à", "ADP", "mark", 11, ""),
            ("garantir", "VERB", "xcomp", 4, "VerbForm=Inf"),
            ("le", "DET", "det", 13, ""),
            ("sécurité", "NOUN", "obj", 11, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
    )
    assert coded(document(committed, "fr", {"ONU": ("United Nations", "IGO")})) == []
    made_known = _sentence(
        "Le Parlement a fait savoir qu' elle coopérerait avec la justice .",
        [
            ("le", "DET", "det", 1, ""),
            ("Parlement", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("faire", "VERB", "ROOT", 3, PART),
            ("savoir", "VERB", "xcomp", 3, "VerbForm=Inf"),
            ("que", "SCONJ", "mark", 7, ""),
            ("elle", "PRON", "nsubj", 7, ""),
            ("coopérer", "VERB", "ccomp", 4, COND),
            ("avec", "ADP", "case", 10, ""),
            ("le", "DET", "det", 10, ""),
            ("justice", "NOUN", "obl:arg", 7, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"Parlement": ("European Parliament", "IGO"), "justice": ("Belgium JUD", "BEL")}
    assert coded(document(made_known, "fr", actors)) == [("AGREE", ["IGO"], ["BEL"])]


def test_an_infinitive_coordinated_with_the_call_is_what_was_asked() -> None:
    called = _sentence(
        "Le ministère a appelé les habitants à rester et à coopérer avec la police .",
        [
            ("le", "DET", "det", 1, ""),
            ("ministère", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("appeler", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("habitant", "NOUN", "obj", 3, ""),
            ("à", "ADP", "mark", 7, ""),
            ("rester", "VERB", "acl", 5, "VerbForm=Inf"),
            ("et", "CCONJ", "cc", 10, ""),
            ("à", "ADP", "mark", 10, ""),
            ("coopérer", "VERB", "conj", 3, "VerbForm=Inf"),
            ("avec", "ADP", "case", 13, ""),
            ("le", "DET", "det", 13, ""),
            ("police", "NOUN", "obl:arg", 10, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    names = {
        "ministère": ("Syria GOV", "SYR"),
        "habitants": ("Syria CVL", "SYR"),
        "police": ("Syria COP", "SYR"),
    }
    assert [e[0] for e in coded(document(called, "fr", names))] == ["REQUEST"]


def test_a_conditional_the_tagger_took_for_a_noun_is_a_declared_act() -> None:
    boycott = _sentence(
        "Les partis ont annoncé qu' ils boycotteraient le scrutin .",
        [
            ("le", "DET", "det", 1, ""),
            ("parti", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("annoncer", "VERB", "ROOT", 3, PART),
            ("que", "SCONJ", "mark", 6, ""),
            ("il", "PRON", "nsubj", 6, ""),
            ("boycotteraient", "NOUN", "ccomp", 3, ""),
            ("le", "DET", "det", 8, ""),
            ("scrutin", "NOUN", "obj", 6, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    events = coded_with_auxiliary(document(boycott, "fr", {}, groups=("partis",)))
    assert [e[:2] for e in events] == [("THREATEN", "future")]


def test_a_subject_the_parser_hung_as_an_apposition_in_a_selon_phrase_still_acts() -> None:
    asked = _sentence(
        "Selon un communiqué , M. Soudani a demandé à Ankara de cesser .",
        [
            ("selon", "ADP", "case", 2, ""),
            ("un", "DET", "det", 2, ""),
            ("communiqué", "NOUN", "obl:mod", 7, ""),
            (",", "PUNCT", "punct", 2, ""),
            ("m.", "NOUN", "appos", 2, ""),
            ("Soudani", "PROPN", "flat:name", 4, ""),
            ("avoir", "AUX", "aux:tense", 7, AUX),
            ("demander", "VERB", "ROOT", 7, PART),
            ("à", "ADP", "case", 9, ""),
            ("Ankara", "PROPN", "obl:arg", 7, ""),
            ("de", "ADP", "mark", 11, ""),
            ("cesser", "VERB", "xcomp", 7, "VerbForm=Inf"),
            (".", "PUNCT", "punct", 7, ""),
        ],
    )
    names = {"Soudani": ("Iraq GOV", "IRQ"), "Ankara": ("Turkey GOV", "TUR")}
    assert ("REQUEST", ["IRQ"], ["TUR"]) in coded(document(asked, "fr", names))


def test_who_asked_for_an_act_is_no_recipient() -> None:
    criticised = _sentence(
        "Berlin a critiqué Rome à la demande de Paris .",
        [
            ("Berlin", "PROPN", "nsubj", 2, ""),
            ("avoir", "AUX", "aux:tense", 2, AUX),
            ("critiquer", "VERB", "ROOT", 2, PART),
            ("Rome", "PROPN", "obj", 2, ""),
            ("à", "ADP", "case", 6, ""),
            ("le", "DET", "det", 6, ""),
            ("demande", "NOUN", "obl:arg", 2, ""),
            ("de", "ADP", "case", 8, ""),
            ("Paris", "PROPN", "nmod", 6, ""),
            (".", "PUNCT", "punct", 2, ""),
        ],
    )
    actors = {
        "Berlin": ("Germany GOV", "DEU"),
        "Rome": ("Italy GOV", "ITA"),
        "Paris": ("France GOV", "FRA"),
    }
    assert coded(document(criticised, "fr", actors)) == [("ACCUSE", ["DEU"], ["ITA"])]
