from coder_samples import ACCUSE_EN, MEETING_FR, STRIKES_FR, TALKS_FR, parse

from dateline.stages.events.arguments import find_roles, phrase_levels
from dateline.stages.events.lexicon import load_lexicon
from dateline.stages.events.triggers import find_triggers


def roles_of(rows, lang, head):
    lexicon = load_lexicon(lang)
    doc = parse(rows, lang)
    trigger = next(t for t in find_triggers(doc[:], lexicon) if t.head.text == head)
    roles = find_roles(trigger, lexicon)
    return [t.text for t in roles.actors], [t.text for t in roles.recipients], roles


def test_subject_is_actor_and_object_recipient():
    actors, recipients, _ = roles_of(ACCUSE_EN, "en", "accused")
    assert actors == ["Russia"] and recipients == ["Ukraine"]


def test_light_verb_subject_acts_and_contre_names_the_target():
    actors, recipients, roles = roles_of(STRIKES_FR, "fr", "frappes")
    assert actors == ["avions"] and recipients == ["Turquie"]
    assert roles.frame.text == "mené"


def test_entre_makes_every_party_an_actor():
    actors, recipients, roles = roles_of(MEETING_FR, "fr", "réunion")
    assert actors == ["France", "Mali"] and recipients == []
    assert roles.frame.text == "tiendra"


def test_avec_names_the_counterpart():
    actors, recipients, _ = roles_of(TALKS_FR, "fr", "entretenu")
    assert actors == ["ministre"] and recipients == ["homologue"]


def test_phrase_levels_start_with_head_and_core_modifiers():
    doc = parse(STRIKES_FR, "fr")
    first = next(iter(phrase_levels(doc[1])))
    assert [t.text for t in first] == ["avions", "russes"]
