"""Sources: directories, files, JSONL, CSV and stdin → RawDocuments; bad input becomes an error row."""

from __future__ import annotations

import codecs
import io
import json
import os
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from dateline import sources
from dateline.model import Document, RawDocument
from dateline.sources import (
    iter_paths,
    raw_from_path_or_text,
    read_csv,
    read_jsonl,
    read_paths,
    read_stream,
    sniff_kind,
)

PAGE = b"<!DOCTYPE html><html><head><title>Port reopens</title></head><body><p>It reopened.</p></body></html>"


def write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


def jsonl(path: Path, *lines: object) -> Path:
    return write(path, "\n".join(x if isinstance(x, str) else json.dumps(x) for x in lines) + "\n")


def test_directories_are_walked_recursively_in_sorted_order_without_hidden_entries(tmp_path: Path) -> None:
    for name in (
        "b/2.txt",
        "a/z.txt",
        "a/c/1.txt",
        "top.txt",
        "Alpha.txt",
        ".hidden.txt",
        ".git/x.txt",
        "a/.swp",
    ):
        write(tmp_path / name, "Some text.")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_paths([tmp_path])]
    assert found == ["Alpha.txt", "top.txt", "a/z.txt", "a/c/1.txt", "b/2.txt"]


def test_explicit_files_are_kept_as_given_even_hidden(tmp_path: Path) -> None:
    hidden = write(tmp_path / ".draft.txt", "A draft.")
    other = write(tmp_path / "b.txt", "B.")
    assert list(iter_paths([other, str(hidden)])) == [other, hidden]


def test_files_become_raw_documents_with_their_kind(tmp_path: Path) -> None:
    write(tmp_path / "1-plain.txt", "Ministers met in Dakar.")
    write(tmp_path / "2-page.HTML", b"<p>A fragment.</p>")
    write(tmp_path / "3-saved-page.txt", b"  \n" + PAGE)
    write(tmp_path / "4-latin1", "Les ministres se sont réunis.".encode("latin-1"))
    docs = list(read_paths([tmp_path]))
    assert [(Path(d.uri or "").name, d.kind) for d in docs] == [
        ("1-plain.txt", "text"),
        ("2-page.HTML", "html"),
        ("3-saved-page.txt", "html"),
        ("4-latin1", "text"),
    ]
    assert docs[0].content == b"Ministers met in Dakar." and docs[0].error is None
    assert docs[3].content == "Les ministres se sont réunis.".encode("latin-1")  # bytes are kept as read
    assert all(d.title is None and d.language is None for d in docs)


def test_a_file_over_the_size_limit_is_an_error_row(tmp_path: Path) -> None:
    small, big = write(tmp_path / "a.txt", b"x" * 10), write(tmp_path / "b.txt", b"x" * 11)
    ok, too_big = read_paths([small, big], max_bytes=10)
    assert ok.content == b"x" * 10 and ok.error is None
    assert too_big.content == b"" and too_big.error == "file too large: 11 bytes (limit 10)"


def test_missing_files_and_special_files_are_error_rows(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    missing, special = read_paths([tmp_path / "nowhere.txt", fifo])
    assert missing.error is not None and missing.error.startswith("cannot read file:")
    assert special.error == "cannot read file: not a regular file"
    assert missing.content_id() != special.content_id()


def test_jsonl_records_carry_their_declared_metadata(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "feed.jsonl",
        {
            "text": "Le port a été rouvert.",
            "title": "Réouverture",
            "url": "https://example.org/port",
            "outlet": "Le Courrier du Port",
            "published": "2024-06-01",
            "language": "fr",
            "author": "ignored",
        },
        "",
        {"html": "<p>The port reopened.</p>", "text": "plain version", "published": 2024, "title": ""},
        {"html": "   ", "text": "The text wins over blank HTML."},
    )
    first, second, third = read_paths([path])
    assert first.model_dump() == {
        "content": "Le port a été rouvert.".encode(),
        "uri": f"{path}#L1",
        "source_id": None,
        "kind": "text",
        "title": "Réouverture",
        "url": "https://example.org/port",
        "outlet": "Le Courrier du Port",
        "published": "2024-06-01",
        "language": "fr",
        "error": None,
    }
    assert (second.kind, second.content, second.published, second.title) == (
        "html",
        b"<p>The port reopened.</p>",
        "2024",
        None,
    )
    assert second.uri == f"{path}#L3"  # blank line 2 is skipped, numbering is by line
    assert (third.kind, third.content) == ("text", b"The text wins over blank HTML.")


def test_bad_jsonl_lines_become_error_rows_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "mixed.ndjson",
        {"text": "First report."},
        '{"text": "broken',
        "[1, 2, 3]",
        {"title": "no body"},
        {"text": 42},
        {"text": "Last report."},
    )
    docs = list(read_jsonl(path))
    assert docs[0].error is None and docs[-1].error is None
    assert docs[1].error is not None and docs[1].error.startswith("malformed JSON")
    assert docs[2].error == "JSONL record is not an object"
    assert docs[3].error == docs[4].error == "JSONL record has no 'text' or 'html' string field"
    assert [d.uri for d in docs] == [f"{path}#L{n}" for n in range(1, 7)]
    assert len({d.content_id() for d in docs}) == len(docs)


def test_a_missing_jsonl_file_is_an_error_row(tmp_path: Path) -> None:
    (row,) = read_paths([tmp_path / "gone.jsonl"])
    assert row.error is not None and row.error.startswith("cannot read file")


def test_stdin_with_plain_text_html_or_jsonl() -> None:
    (text,) = read_stream(io.BytesIO("Un rapport précis.".encode()), uri="<stdin>")
    assert (text.kind, text.uri, text.content) == ("text", "<stdin>", "Un rapport précis.".encode())
    (page,) = read_stream(io.BytesIO(PAGE), uri="<stdin>")
    assert page.kind == "html"
    records = list(
        read_stream(io.BytesIO(b'\n  {"text": "one"}\n{"text": "two", "outlet": "X"}\n'), "<stdin>")
    )
    assert [(r.content, r.outlet, r.uri) for r in records] == [
        (b"one", None, "<stdin>#L2"),
        (b"two", "X", "<stdin>#L3"),
    ]


def test_stdin_jsonl_with_a_byte_order_mark_is_still_jsonl() -> None:
    stream = io.BytesIO(codecs.BOM_UTF8 + b'{"text": "one"}\n{"text": "two"}\n')
    assert [r.content for r in read_stream(stream, "<stdin>")] == [b"one", b"two"]


def test_stdin_over_the_size_limit_is_an_error_row(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 8)
    (row,) = read_stream(io.BytesIO(b"123456789"), uri="<stdin>")
    assert row.error == "input too large (limit 8 bytes)" and row.content == b""
    (ok,) = read_stream(io.BytesIO(b"12345678"), uri="<stdin>")
    assert ok.error is None


def test_a_dash_reads_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(buffer=io.BytesIO(b"Piped report.")))
    (row,) = read_paths(["-"])
    assert (row.uri, row.content) == ("<stdin>", b"Piped report.")


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (PAGE, "html"),
        (b"<html lang='fr'><body>x</body></html>", "html"),
        (b"\n\t <!doctype HTML>\n<html>", "html"),
        (codecs.BOM_UTF8 + PAGE, "html"),
        (b"A report about <html> tags.", "text"),
        (b"<p>A fragment.</p>", "text"),
        (b"", "text"),
    ],
)
def test_sniff_kind(content: bytes, kind: str) -> None:
    assert sniff_kind(content) == kind


def test_raw_from_path_or_text_reads_a_named_file(tmp_path: Path) -> None:
    path = write(tmp_path / "report.html", PAGE)
    for given in (path, str(path)):
        raw = raw_from_path_or_text(given)
        assert (raw.content, raw.kind, raw.uri) == (PAGE, "html", str(path))


def test_raw_from_path_or_text_takes_anything_else_as_the_text(tmp_path: Path) -> None:
    one_line = "Les deux délégations se sont retrouvées à Genève."
    raw = raw_from_path_or_text(one_line)
    assert (raw.content, raw.kind, raw.uri) == (one_line.encode(), "text", None)
    long_line = "A single-paragraph report " * 20  # longer than any file name may be
    assert raw_from_path_or_text(long_line).content == long_line.encode()
    multi = f"{tmp_path / 'report.txt'}\nsecond line"
    assert raw_from_path_or_text(multi).content == multi.encode()
    assert raw_from_path_or_text(PAGE.decode()).kind == "html"
    with pytest.raises(FileNotFoundError):
        raw_from_path_or_text(tmp_path / "missing.txt")


def test_raw_from_path_or_text_on_an_empty_jsonl_file_is_an_error_row(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.jsonl", "\n\n")
    raw = raw_from_path_or_text(path)
    assert raw.error == "no document in the file" and raw.uri == str(path)
    first = raw_from_path_or_text(jsonl(tmp_path / "two.jsonl", {"text": "one"}, {"text": "two"}))
    assert first.content == b"one"


def test_file_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    name = os.path.join(folder, b"d\xe9p\xeache.txt")  # Latin-1 bytes: not valid UTF-8
    try:
        with open(name, "wb") as handle:
            handle.write("Dépêche de l'après-midi.".encode())
    except OSError:
        pytest.skip("this file system refuses non-UTF-8 file names")
    with open(os.path.join(folder, b"fil\xe9.jsonl"), "wb") as handle:
        handle.write(b'{"text": "Record."}\n')
    text_doc, jsonl_doc = sorted(read_paths([tmp_path]), key=lambda r: r.content)
    assert text_doc.content == "Dépêche de l'après-midi.".encode() and text_doc.error is None
    assert text_doc.uri == f"{tmp_path}/d\\udce9p\\udceache.txt"  # undecodable bytes, escaped
    assert jsonl_doc.uri == f"{tmp_path}/fil\\udce9.jsonl#L1" and jsonl_doc.content == b"Record."
    (again,) = read_paths([os.fsdecode(name)])  # the name handed back as a str path reads too
    assert again.content == text_doc.content
    doc = Document.from_raw(text_doc)
    assert Document.from_json(doc.to_json()).uri == text_doc.uri  # a printable, serialisable uri


def test_sources_never_raise_on_a_mixed_folder(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "Good.")
    jsonl(tmp_path / "b.jsonl", "not json", {"text": "ok"})
    write(tmp_path / "c.html", PAGE)
    rows = list(read_paths([tmp_path, tmp_path / "d-missing.txt"]))
    assert [r.error is None for r in rows] == [True, False, True, True, False]
    assert all(isinstance(r, RawDocument) for r in rows)


def test_a_directory_is_read_one_file_at_a_time(tmp_path: Path) -> None:
    for i in range(3):
        write(tmp_path / "in" / f"{i}.txt", f"Rapport {i}.")
    reader = read_paths([tmp_path / "in"])
    assert next(reader).content == b"Rapport 0."
    (tmp_path / "in" / "1.txt").write_text("Rapport 1, revu.")  # files not yet reached are read later
    (tmp_path / "in" / "2.txt").unlink()
    rest = list(reader)
    assert rest[0].content == b"Rapport 1, revu."
    assert rest[1].error is not None and rest[1].error.startswith("cannot read file")


SETE = "Les pêcheurs ont bloqué le port de Sète mardi."


def test_jsonl_ids_become_source_ids(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "ids.jsonl",
        {"id": "dep-0017", "text": "The ferry resumed service on Friday."},
        {"id": 42, "text": "Talks opened in Nairobi."},
        {"id": 4.5, "text": "A float id is ignored."},
        {"id": True, "text": "So is a boolean."},
        {"id": {"a": 1}, "text": "And an object."},
        {"id": "", "text": "An empty id is absent."},
        {"text": "No id at all."},
        {"id": "no-body-9", "title": "Nothing to read"},
    )
    rows = list(read_paths([path]))
    assert [r.source_id for r in rows] == ["dep-0017", "42", None, None, None, None, None, "no-body-9"]
    assert all(r.error is None for r in rows[:-1])
    assert rows[-1].error == "JSONL record has no 'text' or 'html' string field"
    doc = Document.from_raw(rows[-1])
    assert doc.source_id == "no-body-9"  # kept from the start, even on a record that cannot be read
    assert Document.from_json(doc.to_json()).source_id == "no-body-9"


def test_same_text_with_different_ids_stays_two_documents(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "twins.jsonl",
        {"id": "a-1", "text": SETE},
        {"id": "a-2", "text": SETE},
        {"id": "a-2", "text": SETE},
    )
    first, second, again = read_paths([path])
    assert first.content_id() != second.content_id()
    assert second.content_id() == again.content_id()  # same id, same text: the same document


def test_records_without_an_id_keep_their_content_ids(tmp_path: Path) -> None:
    record = {"text": SETE, "title": "Blocage", "published": "2024-05-07"}
    (from_jsonl,) = read_paths([jsonl(tmp_path / "f.jsonl", record)])
    (from_csv,) = read_paths(
        [write(tmp_path / "f.csv", f"text,title,published\n{SETE},Blocage,2024-05-07\n")]
    )
    assert from_jsonl.source_id is None and from_csv.source_id is None
    # the id these inputs had before records carried a source_id
    assert from_jsonl.content_id() == from_csv.content_id() == "f6389210fe794e1e65d3"
    with_id = from_jsonl.model_copy(update={"source_id": "x1"})
    assert with_id.content_id() != from_jsonl.content_id()


def test_csv_rows_become_raw_documents(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.CSV",
        "\ufeffID,Text,html,Title,url,outlet,published,language,author\r\n"
        '17,"Le port a rouvert.\nLes navires repartent.",,Réouverture,https://example.org/p,Le Courrier,'
        "2024-06-01,fr,ignored\r\n"
        "\r\n"
        "18,plain version,<p>The dam held.</p>,,,,,,\r\n"
        "19,Short row\r\n",
    )
    first, second, third = read_paths([path])
    assert first.model_dump() == {
        "content": b"Le port a rouvert.\nLes navires repartent.",
        "uri": f"{path}#L2",
        "source_id": "17",
        "kind": "text",
        "title": "Réouverture",
        "url": "https://example.org/p",
        "outlet": "Le Courrier",
        "published": "2024-06-01",
        "language": "fr",
        "error": None,
    }
    assert (second.uri, second.kind, second.content, second.title) == (
        f"{path}#L5",  # the quoted field spans two lines; the blank line 4 is skipped
        "html",
        b"<p>The dam held.</p>",
        None,
    )
    assert (third.source_id, third.content, third.uri) == ("19", b"Short row", f"{path}#L6")


def test_tsv_rows_are_tab_separated(tmp_path: Path) -> None:
    path = write(
        tmp_path / "feed.tsv",
        "id\ttext\toutlet\nk-1\tTroops left the border town, officials said.\tGulf Wire\n",
    )
    (row,) = read_paths([path])
    assert (row.source_id, row.content, row.outlet, row.error) == (
        "k-1",
        b"Troops left the border town, officials said.",
        "Gulf Wire",
        None,
    )


def test_bad_csv_rows_become_error_rows_and_the_rest_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_FILE_BYTES", 40)
    path = write(
        tmp_path / "mixed.csv",
        f"id,text,html\n1,First report.,\n2,,\n3,,   \n4,{'x' * 41},\n5,Last report.,\n",
    )
    docs = list(read_csv(path))
    assert [d.source_id for d in docs] == ["1", "2", "3", None, "5"]
    assert docs[0].error is None and docs[-1].error is None
    assert docs[1].error == docs[2].error == "CSV row has no 'text' or 'html' value"
    assert docs[3].error == "CSV row too large"
    assert [d.uri for d in docs] == [f"{path}#L{n}" for n in range(2, 7)]
    assert len({d.content_id() for d in docs}) == len(docs)


def test_a_csv_field_over_the_size_limit_is_an_error_row(tmp_path: Path) -> None:
    huge_cell = "y" * (sources.MAX_FILE_BYTES + 5)
    path = write(tmp_path / "huge.csv", f'text\n"{huge_cell}"\nAfter it.\n')
    huge, after = read_csv(path)
    assert huge.error is not None and huge.error.startswith("malformed CSV row") and huge.uri == f"{path}#L2"
    assert (after.content, after.uri) == (b"After it.", f"{path}#L3")
    (header,) = read_csv(write(tmp_path / "huge-header.csv", f"text,{huge_cell}\nA report.\n"))
    assert header.error is not None and header.error.startswith("malformed CSV header")


def test_a_csv_without_a_text_column_is_one_error_row(tmp_path: Path) -> None:
    (row,) = read_paths([write(tmp_path / "no-body.csv", "id,title\n1,A\n2,B\n")])
    assert (row.uri, row.error) == (str(tmp_path / "no-body.csv"), "CSV file has no 'text' or 'html' column")
    (empty,) = read_paths([write(tmp_path / "empty.csv", "")])
    assert empty.error == "CSV file has no 'text' or 'html' column"
    (missing,) = read_paths([tmp_path / "gone.csv"])
    assert missing.error is not None and missing.error.startswith("cannot read file")


def test_csv_keeps_the_body_bytes_of_a_legacy_encoding(tmp_path: Path) -> None:
    path = write(tmp_path / "latin.csv", "text,title\nLe député a démissionné.,Démission\n".encode("latin-1"))
    (row,) = read_csv(path)
    assert row.content == "Le député a démissionné.".encode("latin-1")  # decoded later, like any text file
    assert row.title == "D\ufffdmission"  # declared fields must be text: undecodable bytes are replaced
    assert Document(id="x", title=row.title).to_json()


def test_csv_is_read_lazily_row_by_row(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.csv", "text\nOne.\nTwo.\n")
    reader = read_paths([path])
    assert next(reader).content == b"One."
    with path.open("a") as handle:  # rows appended after the first was read are still read
        handle.write("Three.\n")
    assert [r.content for r in reader] == [b"Two.", b"Three."]
