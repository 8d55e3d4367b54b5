"""Page furniture an outlet repeats is left out of the clustering views (`stories.furniture`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dateline.model import Document, Language
from dateline.store import Store
from dateline.stories.features import story_docs
from dateline.stories.furniture import (
    FurnitureIndex,
    Page,
    pages_without_furniture,
    series_label,
    texts_without_furniture,
)
from dateline.stories.service import _pages_without_furniture

NEWSLETTER = (
    "Sign up for the Harbour Brief newsletter to get our news every morning. Read our privacy policy."
)


def page(doc_id: str, text: str, outlet: str | None = "Harbour Brief", language: str = "en") -> Document:
    return Document(id=doc_id, outlet=outlet, text=text, language=Language(code=language))


def test_sentences_two_pages_of_one_outlet_share_are_dropped() -> None:
    rates = page("a", f"The central bank raised its rate to 4.25 percent on Wednesday. {NEWSLETTER}")
    krone = page("b", f"Norway's central bank kept its rate at 3.75 percent on Thursday. {NEWSLETTER}")
    texts = texts_without_furniture([rates, krone])
    assert texts == [
        "The central bank raised its rate to 4.25 percent on Wednesday.",
        "Norway's central bank kept its rate at 3.75 percent on Thursday.",
    ]


def test_outlets_differing_only_in_case_are_one_outlet() -> None:
    texts = texts_without_furniture(
        [
            page("a", f"Port strike enters its third day at Piraeus. {NEWSLETTER}"),
            page("b", NEWSLETTER, "HARBOUR BRIEF"),
        ]
    )
    assert texts[0] == "Port strike enters its third day at Piraeus."


def test_two_outlets_printing_one_wire_story_keep_it() -> None:
    wire = "A fire broke out in the engine room of the ferry Kalliopi II off Heraklion on Tuesday evening."
    docs = [
        page("a", f"{wire} Four passengers were treated.", "Aegean Wire"),
        page("b", wire, "Island Courier"),
    ]
    assert texts_without_furniture(docs) == [d.text for d in docs]


def test_pages_with_no_outlet_are_grouped_by_host_else_compared_together() -> None:
    docs = [
        page("a", f"Copper fell on Wednesday. {NEWSLETTER}", None),
        page("b", f"Wheat rose on Thursday. {NEWSLETTER}", None),
        page("c", f"Tin held steady. {NEWSLETTER}", "Metals Daily"),
        Document(id="d", url="https://www.grainwire.example/a/1", text=f"Oats slipped. {NEWSLETTER}"),
        Document(id="e", url="https://grainwire.example/b/2", text=f"Barley firmed. {NEWSLETTER}"),
    ]
    texts = texts_without_furniture(docs)
    assert texts[:2] == ["Copper fell on Wednesday.", "Wheat rose on Thursday."]
    assert texts[2] == docs[2].text  # the only page of its outlet
    assert texts[3:] == ["Oats slipped.", "Barley firmed."]


def test_a_copy_of_another_page_of_the_outlet_is_left_whole() -> None:
    story = (
        "The city council approved a 412 million euro budget for the new tram line on Monday night. "
        "Work on the eleven kilometres of track starts in June and should take three years."
    )
    docs = [page("a", story), page("b", f"{story} Updated at 10:40.")]
    assert texts_without_furniture(docs) == [d.text for d in docs]


def test_the_index_keeps_only_the_most_recent_pages_of_an_outlet() -> None:
    index = FurnitureIndex()
    for i in range(70):
        index.add_page("harbour brief", f"p{i}", f"Page {i} of the outlet has its own long sentence here.")
    assert len(index.pages["harbour brief"]) == 64 and "p0" not in index.pages["harbour brief"]


def fake_encoder(texts: list[str]) -> np.ndarray:
    return np.ones((len(texts), 512), dtype=np.float32) / np.sqrt(512)


def test_views_read_the_text_without_furniture() -> None:
    docs = [
        page("a", f"Quarterly figures from Ostrava steelworks disappoint investors. {NEWSLETTER}"),
        page("b", f"Bratislava tram drivers strike over rosters. {NEWSLETTER}"),
    ]
    views = story_docs(docs, fake_encoder)
    assert "newsletter" not in views[0].terms and "ostrava" in views[0].terms
    kept = story_docs(docs, fake_encoder, texts=[d.text for d in docs])
    assert "newsletter" in kept[0].terms


def test_clustering_judges_a_new_page_against_the_stored_pages_of_its_outlet(tmp_path: Path) -> None:
    stored = page("old", f"Tram drivers in Bratislava walked out on Friday over rosters. {NEWSLETTER}")
    fresh = page("new", f"Ostrava steelworks cut 300 jobs on Monday, the company said. {NEWSLETTER}")
    other = page("elsewhere", f"Prague airport reopened its second runway. {NEWSLETTER}", "Danube Post")
    with Store.open(tmp_path / "s.db") as store:
        store.put([stored, other])
        assert [p.text for p in _pages_without_furniture(store, [fresh])] == [
            "Ostrava steelworks cut 300 jobs on Monday, the company said."
        ]


def test_a_headline_run_into_a_paywall_notice_loses_the_notice() -> None:
    notice = (
        "This content is available to subscribers only. Already a subscriber? Log in to continue reading. "
        "Start your free trial today and get unlimited access to our market analysis."
    )
    docs = [
        page("a", f"Copper slips as smelters cut output {notice}"),
        page("b", f"Wheat rallies on dry weather {notice}"),
    ]
    texts = texts_without_furniture(docs)
    assert texts[0].startswith("Copper slips") and "subscriber" not in texts[0]
    assert texts[1].startswith("Wheat rallies") and "subscriber" not in texts[1]


def titled(doc_id: str, title: str, text: str, outlet: str | None = "Harbour Brief") -> Document:
    return Document(id=doc_id, outlet=outlet, title=title, text=text, language=Language(code="en"))


def test_a_heading_opens_on_a_series_label_before_a_colon_dash_or_bar() -> None:
    assert series_label("Photo of the day: fog at dawn") == ("photo of the day", "fog at dawn")
    assert series_label("LIVE UPDATES – Storm hits") == ("live updates", "Storm hits")
    assert series_label("Opinion | Why the tram is late") == ("opinion", "Why the tram is late")
    assert series_label("Fog over the marina") is None
    assert series_label("Ministers of six countries met on Friday: talks go on") is None  # too long a label
    assert series_label("Score: 3-1") == ("score", "3-1")
    assert series_label("Time 10:40 at the quay") is None  # a colon inside a word is no separator


def test_a_series_label_two_pages_of_one_outlet_open_on_is_left_out() -> None:
    fog = titled("a", "Photo of the day: fog over the marina", "Morning fog rolls over the moored boats.")
    kayak = titled("b", "Photo of the day: kayakers at dawn", "Two kayakers paddle past the lighthouse.")
    alone = titled("c", "Photo of the day: a heron", "A heron on the breakwater.", "Danube Post")
    assert pages_without_furniture([fog, kayak, alone]) == [
        Page("fog over the marina", fog.text),
        Page("kayakers at dawn", kayak.text),
        Page(alone.title or "", alone.text),  # the only page of its outlet with that label
    ]


def test_a_label_opening_the_text_of_an_untitled_page_is_left_out_too() -> None:
    docs = [
        page("a", "Live updates: the storm reaches the coast. Ferries are cancelled."),
        page("b", "Live updates: the port reopens after three days. Trucks queue at the gate."),
    ]
    texts = texts_without_furniture(docs)
    assert texts == [
        "the storm reaches the coast. Ferries are cancelled.",
        "the port reopens after three days. Trucks queue at the gate.",
    ]


def test_pages_naming_no_outlet_keep_their_labels() -> None:
    """Raw dumps mix sites: two reports of one story often open on one topic label."""
    docs = [
        titled("a", "Rose Parade 2020: floats roll down Colorado Boulevard", "Floats rolled.", None),
        titled("b", "Rose Parade 2020: what to know", "The parade starts at 8 a.m.", None),
    ]
    assert [p.title for p in pages_without_furniture(docs)] == [d.title for d in docs]


def test_views_read_the_title_without_its_series_label() -> None:
    docs = [
        titled("a", "Photo of the day: fog over Westhaven", "Morning fog over the boats."),
        titled("b", "Photo of the day: kayakers at Eastcliff", "Two kayakers at first light."),
    ]
    views = story_docs(docs, fake_encoder)
    assert "westhaven" in views[0].lead_terms and "photo" not in views[0].lead_terms
    assert views[0].title == docs[0].title  # the view keeps the document's own title for display
    kept = story_docs(docs, fake_encoder, texts=[d.text for d in docs])
    assert "photo" in kept[0].lead_terms


def test_the_index_forgets_the_labels_of_pages_it_drops() -> None:
    index = FurnitureIndex()
    for i in range(70):
        index.add_page("harbour brief", f"p{i}", f"Text {i}.", f"Brief: item {i}")
    assert set(index.labels["harbour brief"]) == set(index.pages["harbour brief"])


def test_clustering_reads_the_labels_of_the_stored_pages_of_the_outlet(tmp_path: Path) -> None:
    stored = titled(
        "old", "Photo of the day: fog over the marina", "Morning fog rolls over the moored boats."
    )
    fresh = titled("new", "Photo of the day: kayakers at dawn", "Two kayakers paddle past the lighthouse.")
    elsewhere = titled("other", "Photo of the day: a heron", "A heron on the breakwater.", "Danube Post")
    with Store.open(tmp_path / "s.db") as store:
        store.put([stored, elsewhere])
        assert _pages_without_furniture(store, [fresh]) == [Page("kayakers at dawn", fresh.text)]
        assert (
            _pages_without_furniture(
                store, [titled("x", "Photo of the day: geese", "Geese.", "Danube Post")]
            )[0].title
            == "geese"
        )
