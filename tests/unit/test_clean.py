"""The ``clean`` stage and its scorer on scraped pages written for these tests (no models)."""

from __future__ import annotations

import time
from dataclasses import fields

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.data import YAML_LOADER, data_text
from dateline.eval.clean import check_document
from dateline.eval.common import GoldDoc
from dateline.model import Document, RawDocument
from dateline.pipeline import Pipeline
from dateline.stages.clean import Clean, InputError
from dateline.stages.clean.captions import caption_mark
from dateline.stages.clean.decode import decode
from dateline.stages.clean.lexicon import FILES, WordLists, word_lists
from dateline.stages.clean.lines import Line, source_footer, widget_reason
from dateline.stages.clean.outlet import normalise_outlet, split_site_suffix
from dateline.stages.clean.published import parse_published

FRENCH_PAGE = """\
INFOS

Valmont : le conseil régional adopte un plan d'urgence pour les digues

Des bénévoles remplissent des sacs de sable près du pont de Valmont. (Photo d'archives)
A farmer inspects a tractor at an agricultural fair in Iowa during the summer season. (AFP photo)

Le conseil régional a adopté jeudi soir un plan d'urgence de 40 millions d'euros pour renforcer les digues \
de la Lèze, après trois crues en deux ans à Valmont.
Selon la préfecture, les travaux commenceront dès le printemps et dureront dix-huit mois.

« Nous ne pouvons plus attendre la prochaine crue », a déclaré la présidente du conseil, Hélène Marchal.

Partager cet article
Laisser un commentaire
Votre adresse e-mail ne sera pas publiée.
SOURCE: RADIO VALMONT
"""

ENGLISH_PAGE = """\
Regional

  • Printer friendly
  • Share on Facebook

Harbour workers end strike after pay deal in Port Ellery

Dock workers in Port Ellery returned to work on Monday after their union accepted a two-year pay offer, \
ending a walkout that had idled the harbour for nine days.
The agreement raises wages by six percent, a union spokeswoman told reporters.

(Via Coastal Wire)

[Photo: Jane Roe]
"""


def clean(text: str | bytes, kind: str = "text", **declared: str) -> Document:
    content = text.encode("utf-8") if isinstance(text, str) else text
    raw = RawDocument(content=content, kind=kind, **declared)  # type: ignore[arg-type]
    return Clean()(Document.from_raw(raw))


def reasons(doc: Document) -> dict[str, str]:
    return {r.text: r.reason for r in doc.removed}


# -- scraped text -----------------------------------------------------------------------------


def test_french_page_title_outlet_body_and_furniture() -> None:
    doc = clean(FRENCH_PAGE)
    assert doc.title == "Valmont : le conseil régional adopte un plan d'urgence pour les digues"
    assert doc.outlet == "Radio Valmont"
    assert doc.text.startswith("Le conseil régional a adopté jeudi soir")
    assert doc.text.endswith("a déclaré la présidente du conseil, Hélène Marchal.")
    removed = reasons(doc)
    assert removed["INFOS"] == "navigation"
    assert removed["Partager cet article"] == "share widget"
    assert removed["Laisser un commentaire"] == "comment form"
    assert removed["Votre adresse e-mail ne sera pas publiée."] == "comment form"
    assert removed["SOURCE: RADIO VALMONT"] == "source footer"
    assert "Partager" not in doc.text and "(AFP photo)" not in doc.text


def test_captions_keep_their_credit_and_stray_ones_are_unrelated() -> None:
    doc = clean(FRENCH_PAGE)
    by_credit = {c.credit: c for c in doc.captions}
    assert set(by_credit) == {"Photo d'archives", "AFP"}
    assert by_credit["Photo d'archives"].related  # names Valmont, as the body does
    assert not by_credit["AFP"].related  # a tractor fair in Iowa: another page's picture


def test_english_page_relay_footer_and_bracketed_credit() -> None:
    doc = clean(ENGLISH_PAGE)
    assert doc.title == "Harbour workers end strike after pay deal in Port Ellery"
    assert doc.outlet is None  # a relay is not the publisher
    assert [(a.source, a.relay, a.scope) for a in doc.relays] == [("Coastal Wire", True, "document")]
    assert [(c.text, c.credit) for c in doc.captions] == [("[Photo: Jane Roe]", "Jane Roe")]
    assert doc.text.endswith("a union spokeswoman told reporters.")
    assert reasons(doc)["• Printer friendly"] == "share widget"


def test_spanish_and_german_widgets() -> None:
    page = """\
Inicio | Mundo | Economía

El puerto de Sanlúcar amplía su muelle principal para buques de carga

Compartir en Facebook
Las obras del nuevo muelle comenzarán en otoño y costarán doce millones de euros, según la autoridad \
portuaria.
Lee también: La pesca artesanal pide más ayudas
Deja un comentario
Tu dirección de correo electrónico no será publicada.
"""
    doc = clean(page)
    assert doc.title == "El puerto de Sanlúcar amplía su muelle principal para buques de carga"
    assert doc.text == (
        "Las obras del nuevo muelle comenzarán en otoño y costarán doce millones de euros, "
        "según la autoridad portuaria."
    )
    german = "Teilen   Drucken\nLesen Sie auch: Neue Brücke über die Mur\nSchreiben Sie einen Kommentar"
    lines = german.split("\n")
    doc = clean(
        f"Die Stadt Auenfeld baut eine neue Fähre\n\n{lines[0]}\n{_BODY_DE}\n{lines[1]}\n{lines[2]}\n"
    )
    assert doc.text == _BODY_DE
    assert set(reasons(doc).values()) == {"title", "share widget", "related links", "comment form"}


_BODY_DE = (
    "Die neue Fähre soll ab dem Frühjahr zwischen den beiden Ufern pendeln, teilte der Bürgermeister mit."
)


def test_widget_lines_are_recognised_by_vocabulary_not_by_exact_wording() -> None:
    for line in (
        "Share this story",
        "Partagez sur WhatsApp",
        "Imprimer | Envoyer à un ami",
        "Condividi",
        "12 comments",
    ):
        assert widget_reason(line.casefold()), line
    for line in ("Share prices fell sharply on Monday", "Le partage des eaux du fleuve inquiète"):
        assert widget_reason(line.casefold()) is None, line


def test_bylines_date_lines_menus_and_mastheads() -> None:
    page = """\
THE HILLTOP HERALD
News | Sport | Weather | Opinion

Council approves new bus lanes on Ridge Road

By Amira Castell and Tom Week
Published 4 March 2025, 09:15
Copyright 2025 The Hilltop Herald. All rights reserved.

The council approved the bus lanes by seven votes to two after a three-hour debate on Tuesday evening.
"""
    doc = clean(page)
    assert doc.title == "Council approves new bus lanes on Ridge Road"
    assert doc.outlet == "The Hilltop Herald"
    removed = reasons(doc)
    assert removed["THE HILLTOP HERALD"] == "site name"
    assert removed["News | Sport | Weather | Opinion"] == "navigation"
    assert removed["By Amira Castell and Tom Week"] == "byline"
    assert removed["Published 4 March 2025, 09:15"] == "date line"
    assert removed["Copyright 2025 The Hilltop Herald. All rights reserved."] == "copyright"


def test_site_suffix_of_the_title_is_the_outlet_only_when_it_looks_like_one() -> None:
    assert split_site_suffix("Talks resume in Lisbon – Kremlin — NWX World News") == (
        "Talks resume in Lisbon – Kremlin",
        "NWX World News",
    )
    assert split_site_suffix("Talks resume in Lisbon – Kremlin") == ("Talks resume in Lisbon – Kremlin", None)
    assert split_site_suffix("Floods in the north | The Valley Courier") == (
        "Floods in the north",
        "The Valley Courier",
    )
    doc = clean(
        "Talks resume in Lisbon – Kremlin — NWX World News\n\nThe two delegations met for four hours.\n"
    )
    assert (doc.title, doc.outlet) == ("Talks resume in Lisbon – Kremlin", "NWX")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("ENGLISH GLOBE TV", "Globe TV"),
        ("NWX World News", "NWX"),
        ("The Valley Courier newsroom", "The Valley Courier"),
        ("Le Petit Matin avec agences", "Le Petit Matin"),
        ("https://www.example-news.org/a/1", "example-news.org"),
        ("THE NEW CITY TIMES", "The New City Times"),
    ],
)
def test_outlet_names_are_normalised(name: str, expected: str) -> None:
    assert normalise_outlet(name) == expected


def test_source_footers() -> None:
    assert source_footer("Source : Le Petit Matin").kind == "outlet"  # type: ignore[union-attr]
    relay = source_footer("This article first appeared on Harbour Notes.")
    assert relay is not None and (relay.kind, relay.name) == ("relay", "Harbour Notes")
    link = source_footer("Lien source")
    assert link is not None and (link.kind, link.name) == ("link", None)
    assert source_footer("The source of the river lies in the hills above the town.") is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Firefighters at the scene on Sunday. (AFP photo)", "AFP"),
        ("Le port de Valmont en 2019. ©Studio Lumière", "Studio Lumière"),
        ("Crowds gather in the square. Photo: City Hall", "City Hall"),
        ("A drone view of the dam. Getty Images", "Getty Images"),
        ("Le maire à la sortie du conseil. (Photo d'archives)", "Photo d'archives"),
        ("Caption: Rescue teams search the rubble.", None),
    ],
)
def test_caption_credits(line: str, credit: str | None) -> None:
    mark = caption_mark(line)
    assert mark is not None and mark.credit == credit


def test_prose_is_not_a_caption() -> None:
    assert (
        caption_mark("She said she had taken a photo of the river before the flood reached the town.") is None
    )


def test_a_paragraph_closed_by_a_credit_is_story_text_and_a_caption_is_not() -> None:
    story = (
        "Harbour fire forces 80 people from their flats in Port Ellery. A fire that broke out in a boat "
        "repair shed on Saturday night spread to two apartment blocks on the quay, the fire brigade said. "
        "Eighty residents spent the night in a sports hall while crews kept the flames from the fuel depot "
        "next door. The cause of the fire is not yet known. Photo: Port Ellery fire brigade"
    )
    doc = clean(story)
    assert doc.text == story and not doc.captions
    assert Line(number=1, raw=story).paragraph
    caption = "Crews on the quay at Port Ellery after the fire on Saturday night. Photo: Port Ellery brigade"
    assert not Line(number=1, raw=caption).paragraph and Line(number=1, raw=caption).flag == "caption"


def test_middle_furniture_is_cut_and_paragraph_gaps_become_one_blank_line() -> None:
    page = (
        "Rail strike halts trains across the region\n\n"
        "Rail staff walked out at dawn on Thursday, cancelling most regional services.\n"
        "Read more: Fares to rise in January\n\n\n"
        "The union said the strike would last forty-eight hours.\n"
    )
    doc = clean(page)
    assert doc.text == (
        "Rail staff walked out at dawn on Thursday, cancelling most regional services.\n\n"
        "The union said the strike would last forty-eight hours."
    )
    assert reasons(doc)["Read more: Fares to rise in January"] == "related links"


def test_removed_lines_carry_their_line_numbers() -> None:
    doc = clean(ENGLISH_PAGE)
    lines = ENGLISH_PAGE.split("\n")
    for removed in doc.removed:
        assert lines[removed.line - 1].strip() == removed.text


def test_declared_metadata_wins() -> None:
    doc = clean(FRENCH_PAGE, title="Un autre titre", outlet="Le Déclaré", published="2024-06")
    assert (doc.title, doc.outlet) == ("Un autre titre", "Le Déclaré")
    assert (doc.published_given.value, doc.published_given.precision, doc.published_given.source) == (
        "2024-06",
        "month",
        "declared",
    )
    assert (doc.published_given.start, doc.published_given.end) == ("2024-06-01", "2024-06-30")
    assert doc.text.startswith("Le conseil régional a adopté")  # the page's own headline still goes
    assert reasons(doc)[FRENCH_PAGE.split("\n")[2]] == "title"


@pytest.mark.parametrize(
    ("value", "precision", "start", "end"),
    [
        ("2023", "year", "2023-01-01", "2023-12-31"),
        ("2023-02-11T08:00:00Z", "day", "2023-02-11", "2023-02-11"),
        ("11 February 2023", "day", "2023-02-11", "2023-02-11"),
    ],
)
def test_declared_dates_have_a_precision(value: str, precision: str, start: str, end: str) -> None:
    published = parse_published(value, "declared")
    assert published is not None
    assert (published.precision, published.start, published.end) == (precision, start, end)


def test_relative_or_broken_declared_dates_are_ignored() -> None:
    assert parse_published("yesterday", "declared") is None
    assert parse_published("2023-13-45", "declared") is None


def test_clean_is_idempotent() -> None:
    doc = clean(ENGLISH_PAGE)
    first = doc.model_dump()
    Clean()(doc)
    assert doc.model_dump() == first


def test_body_longer_than_the_limit_is_cut_at_a_line_break() -> None:
    paragraph = "The committee heard evidence from residents for most of the afternoon session."
    text = "Committee hears residents\n\n" + "\n".join([paragraph] * 50)
    doc = Clean(max_chars=1000)(Document.from_raw(RawDocument(content=text.encode())))
    assert len(doc.text) <= 1000 and doc.text.endswith(paragraph)
    assert doc.truncated_from is not None and doc.truncated_from > 1000


# -- decoding and bad input ----------------------------------------------------------------------

ACCENTED = "Le député a voté « contre » : l’été sera long à Évreux.\n"


LATIN1 = ACCENTED.replace("’", "'")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (ACCENTED.encode("utf-16"), ACCENTED),
        (ACCENTED.encode("utf-16-le"), ACCENTED),
        (ACCENTED.encode("utf-8-sig"), ACCENTED),
        (ACCENTED.encode("utf-32"), ACCENTED),
        (ACCENTED.encode("cp1252"), ACCENTED),
        (LATIN1.encode("latin-1"), LATIN1),
    ],
    ids=["utf16-bom", "utf16-no-bom", "utf8-bom", "utf32", "cp1252", "latin1"],
)
def test_encodings_decode_to_the_same_text(content: bytes, expected: str) -> None:
    assert decode(content).text == expected


def test_mixed_utf8_and_cp1252_lines() -> None:
    content = "Première ligne en UTF-8 : été.\n".encode() + "Deuxième ligne en cp1252 : hiver.\n".encode(
        "cp1252"
    )
    assert decode(content).text == "Première ligne en UTF-8 : été.\nDeuxième ligne en cp1252 : hiver.\n"


def test_line_endings_and_nul_characters_are_normalised() -> None:
    assert decode(b"one\r\ntwo\rthree\x00\n").text == "one\ntwo\nthree\n"


@pytest.mark.parametrize("content", [b"", b"   \n\t\n", "\ufeff".encode("utf-8-sig")])
def test_empty_input_is_an_error(content: bytes) -> None:
    with pytest.raises(InputError, match="empty document"):
        clean(content)


def test_binary_input_is_an_error() -> None:
    blob = bytes(range(256)) * 64
    with pytest.raises(InputError, match="binary"):
        clean(blob)


def test_source_errors_and_bad_input_become_document_errors() -> None:
    pipeline = Pipeline.from_config(["clean"])
    failed = RawDocument(content=b"", uri="x.txt", error="cannot read file: permission denied")
    binary = RawDocument(content=b"\x00\x01\x02\x03" * 100, uri="y.bin")
    good = RawDocument(content=ENGLISH_PAGE.encode(), uri="z.txt")
    docs = list(pipeline.pipe([failed, binary, good]))
    assert docs[0].errors[0].message == "cannot read file: permission denied"
    assert docs[0].errors[0].stage == "clean" and docs[0].errors[0].kind == "InputError"
    assert "binary" in docs[1].errors[0].message
    assert not docs[2].errors and docs[2].text


# -- HTML -----------------------------------------------------------------------------------------

HTML_PAGE = """<!doctype html>
<html><head>
<title>Bridge reopens after repairs | The Riverside Post</title>
<meta property="og:site_name" content="The Riverside Post">
<meta property="article:published_time" content="2024-09-17T06:00:00Z">
<script>document.write("INJECTED SCRIPT TEXT")</script>
</head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article>
<h1>Bridge reopens after repairs</h1>
<figure><img src="b.jpg"><figcaption>The bridge at dawn. (Photo: Lee Park)</figcaption></figure>
<p>The Mill Street bridge reopened to traffic on Monday after eight months of repairs to its steel deck.</p>
<script>alert("NEVER IN THE BODY")</script><noscript>NOSCRIPT TEXT</noscript>
<p>Engineers replaced forty beams and repainted the railings, the city said in a statement.</p>
</article></body></html>"""


def test_html_metadata_body_and_figcaptions() -> None:
    doc = clean(HTML_PAGE, kind="html")
    assert doc.title == "Bridge reopens after repairs"
    assert doc.outlet == "The Riverside Post"
    assert (doc.published_given.value, doc.published_given.precision, doc.published_given.source) == (
        "2024-09-17",
        "day",
        "html",
    )
    assert doc.text.startswith("The Mill Street bridge reopened")
    assert doc.text.endswith("the city said in a statement.")
    assert [(c.text, c.credit) for c in doc.captions] == [
        ("The bridge at dawn. (Photo: Lee Park)", "Lee Park")
    ]


def test_script_content_never_reaches_the_text() -> None:
    doc = clean(HTML_PAGE, kind="html")
    for leaked in ("INJECTED", "NEVER IN THE BODY", "NOSCRIPT", "alert("):
        assert leaked not in doc.text


def test_deeply_nested_html_does_not_crash() -> None:
    deep = (
        "<html><body>"
        + "<div>" * 50_000
        + "<p>Deep paragraph text.</p>"
        + "</div>" * 50_000
        + "</body></html>"
    )
    doc = Pipeline.from_config(["clean"])(RawDocument(content=deep.encode(), kind="html"))
    assert doc.errors or doc.text  # either a clear error or some text, never an exception


def test_html_without_text_is_an_error() -> None:
    with pytest.raises(InputError, match="no text"):
        clean("<html><body><script>var a = 1;</script></body></html>", kind="html")


# -- scale and offsets ----------------------------------------------------------------------------


def test_twenty_megabytes_clean_in_linear_time() -> None:
    paragraph = (
        "Les élus ont examiné le budget ligne par ligne pendant toute la soirée, sans parvenir à un accord "
        "sur le financement des transports scolaires ni sur la rénovation du gymnase municipal."
    )
    text = "Le budget municipal en débat\n\n" + "\n\n".join(
        [paragraph] * (20_000_000 // (len(paragraph) + 2))
    )
    started = time.perf_counter()
    doc = Clean(max_chars=30_000_000)(Document.from_raw(RawDocument(content=text.encode())))
    elapsed = time.perf_counter() - started
    assert doc.title == "Le budget municipal en débat"
    assert len(doc.text) > 19_000_000
    assert elapsed < 60, f"cleaning 20 MB took {elapsed:.1f}s"


_LINE = st.one_of(
    st.sampled_from(["", "Partager", "SOURCE: X", "(Via Y)", "Lire aussi : autre chose", "*", "\u00a0"]),
    st.text(
        alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r\n\x00"), max_size=120
    ),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=25))
def test_every_kept_line_appears_verbatim_and_in_order(lines: list[str]) -> None:
    text = "\n".join(lines)
    try:
        decoded = decode(text.encode("utf-8")).text
        doc = clean(text)
    except InputError:
        return
    position = 0
    for kept in doc.text.split("\n"):
        if kept:
            found = decoded.find(kept, position)
            assert found >= 0, kept
            position = found + len(kept)


def test_line_features() -> None:
    assert Line(1, "  A sentence with final punctuation.  ").prose
    assert not Line(1, "A headline without a period").prose
    assert Line(1, "x" * 250).prose


# -- the scorer -----------------------------------------------------------------------------------


def test_scorer_checks_each_gold_field() -> None:
    doc = clean(FRENCH_PAGE)
    doc.language.code = "fr"
    gold = GoldDoc(
        doc="page.txt",
        data={
            "title": "Valmont : le conseil régional adopte un plan d'urgence pour les digues",
            "language": "fr",
            "outlet": "radio valmont",
            "not_body": ["Partager cet article", "SOURCE: RADIO VALMONT", "INFOS"],
            "body_starts": "Le conseil régional a adopté jeudi  soir",
            "body_ends": "Hélène Marchal.",
            "captions": None,
        },
    )
    result = check_document(gold, doc)
    assert {name: check.ok for name, check in result.checks.items()} == {
        "title": True,
        "language": True,
        "outlet": True,
        "not_body": True,
        "body_starts": True,
        "body_ends": True,
    }


def test_scorer_flags_leaks_claimed_outlets_and_failed_documents() -> None:
    doc = clean(ENGLISH_PAGE)
    gold = GoldDoc(doc="p.txt", data={"outlet": None, "not_body": ["Dock workers in Port Ellery returned"]})
    result = check_document(gold, doc)
    assert result.checks["outlet"].ok and not result.checks["not_body"].ok
    doc.outlet = "Coastal Wire"
    assert not check_document(gold, doc).checks["outlet"].ok
    failed = Pipeline.from_config(["clean"])(RawDocument(content=b"", error="cannot read file"))
    result = check_document(gold, failed)
    assert result.error and not any(c.ok for c in result.checks.values())


@pytest.mark.parametrize("name", FILES)
def test_each_data_file_has_french_and_english_words_in_every_list(name: str) -> None:
    data = yaml.load(data_text("clean", name), Loader=YAML_LOADER)
    lists = {f"widgets: {reason}": value for reason, value in data.pop("widgets", {}).items()} | data
    for key, value in lists.items():
        if isinstance(value, list):  # names of no language (photo agencies)
            assert value, key
        else:
            assert value.get("fr") and value.get("en"), key


def test_word_lists_load_once_with_every_list() -> None:
    words = word_lists()
    assert words is word_lists()
    assert all(getattr(words, f.name) for f in fields(WordLists))
    assert list(words.widgets) == [
        "comment widget", "subscription", "share widget", "related links", "advertising", "navigation"
    ]  # fmt: skip
    assert {"&", "no", "on"} <= words.filler  # quoted, not a YAML anchor or booleans
