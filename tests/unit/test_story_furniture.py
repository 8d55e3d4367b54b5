"""Page furniture an outlet repeats is left out of the clustering views (`stories.furniture`)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from dateline.model import Document, Language
from dateline.store import Store
from dateline.stories.features import story_docs
from dateline.stories.furniture import FurnitureIndex, texts_without_furniture
from dateline.stories.service import _texts_without_furniture

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
        assert _texts_without_furniture(store, [fresh]) == [
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
