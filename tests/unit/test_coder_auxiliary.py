from coder_samples import CALL_ON_EN, MEETING_FR, STRIKES_FR, parse

from dateline.model import Document, Published, TimeRef
from dateline.stages.events import auxiliary


def test_negation_future_and_plain_past():
    call = parse(CALL_ON_EN, "en")
    assert auxiliary.negated(call[3], call[3])
    meeting = parse(MEETING_FR, "fr")
    assert auxiliary.future(meeting[3], list(meeting))
    strikes = parse(STRIKES_FR, "fr")
    assert not auxiliary.negated(strikes[6], strikes[4])
    assert not auxiliary.future(strikes[4], list(strikes))
    assert not auxiliary.hypothetical(strikes[4])


def test_historical_needs_a_date_well_before_publication():
    doc = Document(id="d", published=Published(value="2018-12-13", start="2018-12-13", end="2018-12-13"))
    old = TimeRef(text="septembre 2015", value="2015-09", start="2015-09-01", end="2015-09-30", rule="clause")
    recent = TimeRef(text="lundi", value="2018-12-10", start="2018-12-10", end="2018-12-10", rule="clause")
    assert auxiliary.historical(old, doc)
    assert not auxiliary.historical(recent, doc)
    assert not auxiliary.historical(old.model_copy(update={"rule": "published"}), doc)
    undated = TimeRef(text="il y a deux ans", relative_days=(-800, -700), rule="sentence")
    assert auxiliary.historical(undated, Document(id="e"))
