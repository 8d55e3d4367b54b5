from coder_samples import CALL_ON_EN, STRIKES_FR, TALKS_FR, parse

from dateline.stages.events.lexicon import build, load_lexicon
from dateline.stages.events.triggers import find_triggers


def triggers(rows, lang):
    lexicon = load_lexicon(lang)
    doc = parse(rows, lang)
    return find_triggers(doc[:], lexicon)


def test_light_verb_yields_to_its_event_noun():
    (found,) = triggers(STRIKES_FR, "fr")
    assert found.head.text == "frappes" and "ASSAULT" in found.types


def test_reflexive_entry_needs_the_clitic():
    lexicon = build({"triggers": {"CONSULT": {"verb": ["s'entretenir"]}}})
    with_clitic = parse(TALKS_FR, "fr")
    (found,) = find_triggers(with_clitic[:], lexicon)
    assert found.head.text == "entretenu"
    without = parse([("l'", "le", "PRON", "obj", 5) if row[0] == "s'" else row for row in TALKS_FR], "fr")
    assert find_triggers(without[:], lexicon) == []


def test_particle_entry_wins_over_the_bare_verb():
    found = {t.head.text: t for t in triggers(CALL_ON_EN, "en")}
    assert found["call"].types == {"REQUEST": None}
    assert found["call"].text == "call on"
    assert found["withdraw"].types == {"RETREAT": "withdraw"}
