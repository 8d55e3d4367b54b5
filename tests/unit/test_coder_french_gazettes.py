"""French constructions of the newsdesk-kind recall pass of session 14 (evfr): an object the parser hung
on a day word ("a condamné jeudi huit hommes"), the object of a coordinated verb hung on the first verb
("a dispersé les manifestants et interpellé une quinzaine de personnes"), reacting present-tense
relatives ("un parti qui dénonce une « provocation »"), a relative the parser hung as an adverbial
clause, a perfect infinitive hung on a noun, and a passive claim of an attack."""

from coder_samples import Row, coded, coding, document

from dateline.stages.events.passes import actors as actor_pass
from dateline.stages.events.passes import roles, trigger

PART = "Tense=Past|VerbForm=Part"
AUX = "Mood=Ind|Tense=Pres|VerbForm=Fin"
PRES = "Mood=Ind|Tense=Pres|VerbForm=Fin"


def _sentence(words: str, rows: list[tuple[str, str, str, int, str]]) -> list[Row]:
    """Rows from the sentence's words and (lemma, pos, dep, head, morph) per word."""
    return [(w, *r) for w, r in zip(words.split(), rows, strict=True)]


def _convicted(day_links: tuple[str, str]) -> list[Row]:
    """ "Le tribunal a condamné jeudi huit hommes à vingt ans de prison ." with "hommes" hung on "jeudi"."""
    day, noun = day_links
    return _sentence(
        "Le tribunal a condamné jeudi huit hommes à vingt ans de prison .",
        [
            ("le", "DET", "det", 1, ""),
            ("tribunal", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("condamner", "VERB", "ROOT", 3, PART),
            ("jeudi", "NOUN", day, 3, ""),
            ("huit", "NUM", "nummod", 6, ""),
            ("homme", "NOUN", noun, 4, ""),
            ("à", "ADP", "case", 9, ""),
            ("vingt", "NUM", "nummod", 9, ""),
            ("an", "NOUN", "obl:arg", 3, ""),
            ("de", "ADP", "case", 11, ""),
            ("prison", "NOUN", "nmod", 9, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )


def test_an_object_the_parser_hung_on_a_day_word_is_the_verbs_object() -> None:
    actors = {"tribunal": ("Côte d'Ivoire JUD", "CIV"), "hommes": ("Côte d'Ivoire CVL", "CIV")}
    for links in (("obl:mod", "nmod"), ("obl:mod", "obj")):
        assert coded(document(_convicted(links), "fr", actors)) == [("SANCTION", ["CIV"], ["CIV"])]


def test_an_object_after_a_coordinated_verb_without_one_is_that_verbs_own() -> None:
    dispersed = _sentence(
        "La police a dispersé les manifestants et interpellé une quinzaine de personnes .",
        [
            ("le", "DET", "det", 1, ""),
            ("police", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("disperser", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("manifestant", "NOUN", "obj", 3, ""),
            ("et", "CCONJ", "cc", 7, ""),
            ("interpeller", "VERB", "conj", 3, PART),
            ("un", "DET", "det", 9, ""),
            ("quinzaine", "NOUN", "obj", 3, ""),
            ("de", "ADP", "case", 11, ""),
            ("personne", "NOUN", "nmod", 9, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    state = coding(document(dispersed, "fr", {"police": ("Senegal COP", "SEN")}), trigger.find, roles.read)
    recipients = {
        item.trigger.head.text: [t.text for t in item.roles.recipients] for item in state.candidates
    }
    assert recipients["dispersé"] == ["manifestants"]
    assert recipients["interpellé"] == ["quinzaine"]


def _commented(words: str, verb: str, complement: list[tuple[str, str, str, int, str]]) -> list[Row]:
    """ "<Subject> , qui <verb> <complement> , n' a pas commenté ." (the relative in the present tense)."""
    n = len(complement)
    head = 3 + n + 5
    return _sentence(
        words,
        [
            ("le", "DET", "det", 1, ""),
            ("parti", "NOUN", "nsubj", head, ""),
            (",", "PUNCT", "punct", 4, ""),
            ("qui", "PRON", "nsubj", 4, "PronType=Rel"),
            (verb, "VERB", "acl:relcl", 1, PRES),
            *complement,
            (",", "PUNCT", "punct", 4, ""),
            ("ne", "ADV", "advmod", head, ""),
            ("avoir", "AUX", "aux:tense", head, AUX),
            ("pas", "ADV", "advmod", head, ""),
            ("commenter", "VERB", "ROOT", head, PART),
            (".", "PUNCT", "punct", head, ""),
        ],
    )


def test_a_present_relative_that_reacts_is_an_act_and_a_standing_charge_is_not() -> None:
    quoted = _commented(
        "Le parti , qui dénonce une « provocation » , n' a pas commenté .",
        "dénoncer",
        [("un", "DET", "det", 7, ""), ("«", "PUNCT", "punct", 7, ""), ("provocation", "NOUN", "obj", 4, ""),
         ("»", "PUNCT", "punct", 7, "")],
    )  # fmt: skip
    actors = {"parti": ("Alliance citoyenne", "CIV")}
    assert coded(document(quoted, "fr", actors)) == [("ACCUSE", ["CIV"], [])]
    standing = _commented(
        "Le parti , qui accuse l' armée d' utiliser le camp , n' a pas commenté .",
        "accuser",
        [("le", "DET", "det", 6, ""), ("armée", "NOUN", "obj", 4, ""), ("de", "ADP", "mark", 8, ""),
         ("utiliser", "VERB", "xcomp", 4, "VerbForm=Inf"), ("le", "DET", "det", 10, ""),
         ("camp", "NOUN", "obj", 8, "")],
    )  # fmt: skip
    actors["armée"] = ("Côte d'Ivoire MIL", "CIV")
    assert coded(document(standing, "fr", actors)) == []


def test_a_relative_hung_as_an_adverbial_clause_acts_through_its_antecedent() -> None:
    claimed = _sentence(
        "L' attaque a été revendiquée par le GSIM , qui accuse les gendarmes d' avoir arrêté des éleveurs .",
        [
            ("le", "DET", "det", 1, ""),
            ("attaque", "NOUN", "nsubj:pass", 4, ""),
            ("avoir", "AUX", "aux:tense", 4, AUX),
            ("être", "AUX", "aux:pass", 4, PART),
            ("revendiquer", "VERB", "ROOT", 4, PART + "|Voice=Pass"),
            ("par", "ADP", "case", 7, ""),
            ("le", "DET", "det", 7, ""),
            ("GSIM", "PROPN", "obl:agent", 4, ""),
            (",", "PUNCT", "punct", 4, ""),
            ("qui", "PRON", "nsubj", 10, "PronType=Rel"),
            ("accuser", "VERB", "advcl", 4, PRES),
            ("le", "DET", "det", 12, ""),
            ("gendarme", "NOUN", "obj", 10, ""),
            ("de", "ADP", "mark", 14, ""),
            ("avoir", "AUX", "aux:tense", 15, "VerbForm=Inf"),
            ("arrêter", "VERB", "acl", 12, PART),
            ("un", "DET", "case", 17, ""),
            ("éleveur", "NOUN", "nmod", 12, ""),
            (".", "PUNCT", "punct", 4, ""),
        ],
    )
    actors = {"GSIM": ("JNIM", "MLI"), "gendarmes": ("Mali COP", "MLI"), "éleveurs": ("Mali CVL", "MLI")}
    # the claim is no demand; the accusation is the GSIM's; the arrest it imputes is its content; the
    # claimed attack, told by nothing before, is the GSIM's (session 21: `arguments.claiming_verb`)
    assert coded(document(claimed, "fr", actors)) == [("ASSAULT", ["MLI"], []), ("ACCUSE", ["MLI"], ["MLI"])]


def test_the_genitive_of_a_framed_act_noun_undergoes_the_act() -> None:
    suspended = _sentence(
        "Le ministère a annoncé la suspension des deux fonctionnaires .",
        [
            ("le", "DET", "det", 1, ""),
            ("ministère", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("annoncer", "VERB", "ROOT", 3, PART),
            ("le", "DET", "det", 5, ""),
            ("suspension", "NOUN", "obj", 3, ""),
            ("de", "ADP", "case", 8, ""),
            ("deux", "NUM", "nummod", 8, ""),
            ("fonctionnaire", "NOUN", "nmod", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    doc = document(suspended, "fr", {"ministère": ("Morocco GOV", "MAR")})
    state = coding(doc, trigger.find, roles.read, actor_pass.resolve)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "suspension"]
    assert [t.text for t in item.patients] == ["fonctionnaires"]


def test_a_name_the_parser_took_for_a_complement_clause_is_the_addressee() -> None:
    urged = _sentence(
        "L' Union a appelé Israël à garantir un accès .",
        [
            ("le", "DET", "det", 1, ""),
            ("Union", "PROPN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("appeler", "VERB", "ROOT", 3, PART),
            ("Israël", "PROPN", "xcomp", 3, ""),
            ("à", "ADP", "mark", 6, ""),
            ("garantir", "VERB", "xcomp", 3, "VerbForm=Inf"),
            ("un", "DET", "det", 8, ""),
            ("accès", "NOUN", "obj", 6, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"Union": ("European Union", "IGO"), "Israël": ("Israel", "ISR")}
    assert coded(document(urged, "fr", actors)) == [("REQUEST", ["IGO"], ["ISR"])]


def test_the_sides_of_a_clash_hung_on_a_day_word_are_its_actors() -> None:
    clashed = _sentence(
        "Des affrontements ont opposé mardi des rebelles aux soldats .",
        [
            ("un", "DET", "det", 1, ""),
            ("affrontement", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("opposer", "VERB", "ROOT", 3, PART),
            ("mardi", "NOUN", "obj", 3, ""),
            ("de", "ADP", "case", 6, ""),
            ("rebelle", "NOUN", "nmod", 4, ""),
            ("à", "ADP", "case", 8, ""),
            ("soldat", "NOUN", "obl:arg", 3, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    actors = {"rebelles": ("Mali REB", "MLI"), "soldats": ("Mali MIL", "MLI")}
    state = coding(document(clashed, "fr", actors), trigger.find, roles.read)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "affrontements"]
    assert [t.text for t in item.roles.actors] == ["rebelles", "soldats"]  # both sides (session 17)


def test_what_a_blast_hit_is_its_target() -> None:
    blast = _sentence(
        "Un engin a explosé au passage d' un convoi .",
        [
            ("un", "DET", "det", 1, ""),
            ("engin", "NOUN", "nsubj", 3, ""),
            ("avoir", "AUX", "aux:tense", 3, AUX),
            ("exploser", "VERB", "ROOT", 3, PART),
            ("au", "ADP", "case", 5, ""),
            ("passage", "NOUN", "obl:mod", 3, ""),
            ("de", "ADP", "case", 8, ""),
            ("un", "DET", "det", 8, ""),
            ("convoi", "NOUN", "nmod", 5, ""),
            (".", "PUNCT", "punct", 3, ""),
        ],
    )
    state = coding(document(blast, "fr", {}), trigger.find, roles.read, actor_pass.resolve)
    (item,) = [c for c in state.candidates if c.trigger.head.text == "explosé"]
    assert item.agentless and [t.text for t in item.patients] == ["passage"]
