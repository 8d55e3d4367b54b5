"""An arrest reported without its agent is the police's, a custody order the judiciary's; a release is asked
of the holding state's authorities (session 18)."""

from __future__ import annotations

from test_actors import parsed

from dateline.model import ActorRef
from dateline.stages.events.references import authorities_of, judicial_custody, unnamed_agent


def test_a_custody_order_is_the_judiciary_s() -> None:
    doc = parsed(
        "fr",
        [("Il", "PRON", "nsubj:pass", 2), ("a", "AUX", "aux:pass", 2), ("placé", "VERB", "ROOT", 2),
         ("sous", "ADP", "case", 4), ("mandat", "NOUN", "obl:arg", 2), ("de", "ADP", "case", 6),
         ("dépôt", "NOUN", "nmod", 4), (".", "PUNCT", "punct", 2)],
    )  # fmt: skip
    trigger = doc.analysis[2]
    assert judicial_custody(trigger)
    agent = unnamed_agent("COERCE", "arrest", None, trigger, "SEN")
    assert [(a.country, a.sector, a.name) for a in agent] == [("SEN", "JUD", "judiciary")]


def test_a_plain_arrest_stays_the_police_s() -> None:
    doc = parsed(
        "en",
        [("Three", "NUM", "nummod", 1), ("men", "NOUN", "nsubjpass", 3), ("were", "AUX", "auxpass", 3),
         ("arrested", "VERB", "ROOT", 3), (".", "PUNCT", "punct", 3)],
    )  # fmt: skip
    trigger = doc.analysis[3]
    assert not judicial_custody(trigger)
    assert [a.sector for a in unnamed_agent("COERCE", "arrest", None, trigger, "KEN")] == ["COP"]


def test_remanded_is_a_custody_order() -> None:
    doc = parsed(
        "en",
        [("He", "PRON", "nsubjpass", 2), ("was", "AUX", "auxpass", 2), ("remanded", "VERB", "ROOT", 2),
         (".", "PUNCT", "punct", 2)],
    )  # fmt: skip
    assert judicial_custody(doc.analysis[2])


def test_a_release_asked_of_a_state_s_police_is_asked_of_its_authorities() -> None:
    doc = parsed("en", [("demanded", "VERB", "ROOT", 0), (".", "PUNCT", "punct", 0)])
    police = ActorRef(name="police (COP)", kind="group", sector="COP", country="TGO")
    gunmen = ActorRef(name="gunmen (UAF)", kind="group", sector="UAF", country="NGA")
    irgc = ActorRef(name="IRGC", kind="organisation", sector="MIL", country="IRN", kb_id="irgc")
    asked = authorities_of([police, gunmen, irgc], doc.analysis[0])
    assert [(a.name, a.country, a.sector) for a in asked] == [
        ("authorities", "TGO", "GOV"),
        ("gunmen (UAF)", "NGA", "UAF"),
        ("IRGC", "IRN", "MIL"),
    ]
