"""``dateline stories`` and ``dateline story ID``: stories, merged events, source chains, comparison."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from dateline.cli.app import app
from dateline.cli.common import DEFAULT_DB, DbOption, console, err_console, fail, open_store
from dateline.resources import Resources
from dateline.stories import service


class StoryFormat(StrEnum):
    table = "table"
    json = "json"


FormatOption = Annotated[StoryFormat, typer.Option("--format", "-f", help="Output format.")]


@app.command()
def stories(
    db: DbOption = DEFAULT_DB,
    update: Annotated[
        bool, typer.Option("--update/--no-update", help="First cluster documents not yet in a story.")
    ] = True,
    min_docs: Annotated[int, typer.Option(min=1, help="Only stories with at least this many reports.")] = 1,
    rebuild: Annotated[
        bool, typer.Option("--rebuild", help="Cluster every document again (split/join decisions are kept).")
    ] = False,
    fmt: FormatOption = StoryFormat.table,
) -> None:
    """List stories with their member counts, languages and outlets."""
    with open_store(db) as store:
        if update or rebuild:
            added = service.update_stories(store, Resources.shared().encoder("use"), rebuild=rebuild)
            if added:
                err_console.print(f"clustered {len(added)} new document(s)")
        rows = service.list_stories(store, min_docs=min_docs)
    if fmt is StoryFormat.json:
        console.print_json(json.dumps([row.__dict__ for row in rows]))
        return
    table = Table(header_style="bold")
    for column in ("id", "docs", "languages", "outlets", "from", "to", "label"):
        table.add_column(column, overflow="fold", justify="right" if column == "docs" else "left")
    for r in rows:
        table.add_row(
            r.id,
            str(r.n_docs),
            ", ".join(r.languages),
            escape(", ".join(r.outlets)),
            r.first_day or "",
            r.last_day or "",
            escape(r.label),
        )
    console.print(table)
    err_console.print(f"{len(rows)} story(ies)")


@app.command()
def story(
    story_id: Annotated[str, typer.Argument(metavar="ID", help="A story id (or a unique prefix).")],
    db: DbOption = DEFAULT_DB,
    detach: Annotated[
        str | None, typer.Option(metavar="EVENT_ID", help="Take this event out of its merged event.")
    ] = None,
    reattach: Annotated[
        str | None, typer.Option(metavar="EVENT_ID", help="Undo an earlier --detach.")
    ] = None,
    split: Annotated[
        str | None, typer.Option(metavar="DOC", help="Take this document out into a story of its own.")
    ] = None,
    join: Annotated[str | None, typer.Option(metavar="STORY", help="Merge this story into this one.")] = None,
    fmt: FormatOption = StoryFormat.table,
) -> None:
    """One story: its reports, merged events with each report's evidence, the source chain, the comparison.
    --split and --join are stored as user decisions that re-clustering keeps."""
    with open_store(db) as store:
        if split or join:
            resolved = service.resolve_story(store, story_id)
            if resolved is None:
                raise fail(f"no single story matches {story_id!r} (see `dateline stories`)")
            try:
                if split:
                    err_console.print(
                        f"{split} now in story {service.split_document(store, resolved, split)}"
                    )
                if join:
                    other = service.resolve_story(store, join)
                    if other is None or other == resolved:
                        raise fail(f"no other single story matches {join!r}")
                    service.join_stories(store, resolved, other)
            except KeyError as exc:
                raise fail(str(exc.args[0])) from None
            story_id = resolved
        if detach:
            service.detach_event(store, detach)
        if reattach:
            service.reattach_event(store, reattach)
        view = service.story_view(store, story_id)
    if view is None:
        raise fail(f"no single story matches {story_id!r} (see `dateline stories`)")
    if fmt is StoryFormat.json:
        console.print_json(json.dumps(view))
        return
    print_story(view)


def print_story(view: dict[str, Any]) -> None:
    console.rule(f"[bold]{escape(view['label'])}[/bold]  ({view['id']})")
    outlets = {d["id"]: d["outlet"] or "(outlet not stated)" for d in view["documents"]}
    docs = Table("document", "lang", "outlet", "title", title="Reports", header_style="bold")
    for d in view["documents"]:
        docs.add_row(d["id"], d["language"], escape(outlets[d["id"]]), escape(d["title"] or d["uri"] or ""))
    console.print(docs)

    merged = Table("merged event", "type", "outlet", "cites", "conf", "evidence", title="Merged events")
    for m in view["events"]:
        for i, r in enumerate(m["reports"]):
            merged.add_row(
                m["id"] if i == 0 else "",
                r["type"],
                escape(outlets.get(r["doc_id"], "")),
                escape(", ".join(r["attribution"])),
                f"{r['confidence']:.2f}",
                escape(r["evidence"]),
            )
        matched = "; ".join(f"{k}: {v}" for link in m["links"] for k, v in link["matched"].items())
        merged.add_row("", "", "", "", "", f"[dim]matched — {escape(matched)}[/dim]")
    console.print(merged if view["events"] else "[dim]no event is reported by more than one document[/dim]")

    names = {n["id"]: n["name"] for n in view["sources"]["nodes"]}
    chain = Table("from", "relation", "to", "verb", title="Source chain", header_style="bold")
    for e in view["sources"]["edges"]:
        chain.add_row(
            escape(names[e["from"]]), e["relation"], escape(names[e["to"]]), escape(e["verb"] or "")
        )
    console.print(chain)

    comparison = Table(
        "aspect",
        "key",
        "status",
        *(outlets[d["id"]] for d in view["documents"]),
        title="Comparison",
        header_style="bold",
    )
    colours = {"agree": "green", "differ": "red", "single": "dim"}
    for row in view["comparison"]:
        cells = [
            escape("; ".join(sorted({v["value"] for v in row["by_document"].get(d["id"], [])})))
            for d in view["documents"]
        ]
        status = f"[{colours[row['status']]}]{row['status']}[/]"
        comparison.add_row(row["aspect"], escape(str(row["key"])), status, *cells)
    console.print(comparison)
