"""``dateline ingest``: process files, folders and JSONL into the store, in parallel, resumable."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Literal

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from dateline.cli.app import app
from dateline.cli.common import (
    DEFAULT_DB,
    ConfigOption,
    DbOption,
    KBOption,
    OutletRegionsOption,
    SetOption,
    StagesOption,
    console,
    err_console,
    fail,
    open_store,
    settings,
)
from dateline.engine import Engine, EngineError, IngestOptions, IngestReport, LocalEngine, PipelineSpec
from dateline.pipeline import DEFAULT_STAGES, Pipeline, PipelineConfigError
from dateline.resources import Resources
from dateline.sources import read_paths

if TYPE_CHECKING:
    from dateline.stories.service import Assignment

DEFAULTS = IngestOptions()
EngineName = Literal["local", "ray"]
RayScheduler = Literal["data", "actors"]


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def progress_bar() -> Iterator[Progress | None]:
    """A live counter on stderr when it is a terminal, else nothing."""
    if not err_console.is_terminal:
        yield None
        return
    columns = (
        SpinnerColumn(),
        TextColumn(
            "stored {task.fields[stored]} · skipped {task.fields[skipped]} · failed {task.fields[failed]}"
        ),
        TextColumn("· {task.fields[rate]:.1f} docs/s"),
        TimeElapsedColumn(),
    )
    with Progress(*columns, console=err_console, transient=True) as progress:
        yield progress


class LiveCounter:
    """Updates the progress line after every write."""

    def __init__(self, progress: Progress | None) -> None:
        self.progress = progress
        self.task = (
            progress.add_task("ingest", total=None, stored=0, skipped=0, failed=0, rate=0.0)
            if progress
            else None
        )

    def __call__(self, report: IngestReport) -> None:
        if self.progress is None or self.task is None:
            return
        elapsed = self.progress.tasks[0].elapsed or 0.0
        rate = report.stored / elapsed if elapsed > 0 else 0.0
        self.progress.update(
            self.task, stored=report.stored, skipped=report.skipped, failed=report.failed, rate=rate
        )


def summary(report: IngestReport) -> Table:
    table = Table(title="ingest", header_style="bold", show_header=True)
    table.add_column("")
    table.add_column("documents", justify="right")
    rows = [("read", report.read), ("stored", report.stored), ("skipped (already stored)", report.skipped)]
    rows += [("failed (stored with errors)", report.failed)]
    rows += [(f"language {code}", n) for code, n in sorted(report.languages.items())]
    for label, value in rows:
        table.add_row(label, str(value))
    table.caption = f"{report.seconds:.1f} s · {report.docs_per_second:.2f} docs/s"
    return table


def print_errors(report: IngestReport) -> None:
    for error in report.errors:
        err_console.print(
            f"[red]failed[/red] {error.uri or '?'}: {error.stage}/{error.kind}: {error.message}",
            highlight=False,
        )
    hidden = report.failed - len(report.errors)
    if hidden > 0:
        err_console.print(f"… and {hidden} more (see `dateline docs --failed`)")


def start_engine(
    name: EngineName, options: IngestOptions, address: str | None, scheduler: RayScheduler = "data"
) -> Engine:
    """The chosen engine (an `EngineError` when it cannot run). The local one starts its workers at
    once: they load their models while the store opens."""
    if name == "ray":
        from dateline.engine.ray import RayEngine  # imports Ray, or says how to install it

        return RayEngine(options, address=address, scheduler=scheduler)
    return LocalEngine(options).start()


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or JSONL files ('-' reads stdin).")],
    db: DbOption = DEFAULT_DB,
    workers: Annotated[
        int | None, typer.Option(min=0, help="Worker processes (default: one per core; 0 runs in-process).")
    ] = None,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents per task.")] = DEFAULTS.batch_size,
    write_batch: Annotated[int, typer.Option(min=1, help="Documents per write transaction.")] = (
        DEFAULTS.write_batch
    ),
    kb: KBOption = None,
    timeout: Annotated[float, typer.Option(min=0, help="Seconds per document before it fails (0: none).")] = (
        DEFAULTS.timeout
    ),
    max_bytes: Annotated[int, typer.Option(min=1, help="Larger documents are stored as errors.")] = (
        DEFAULTS.max_bytes
    ),
    stories: Annotated[
        bool, typer.Option("--stories/--no-stories", help="Then cluster the new documents into stories.")
    ] = True,
    overlap: Annotated[
        bool | None,
        typer.Option(
            "--overlap/--no-overlap",
            help="With one worker, the parent runs the stages after the spaCy analysis "
            "(default: when a core is spare).",
        ),
    ] = None,
    outlet_regions: OutletRegionsOption = None,
    stages: StagesOption = None,
    config: ConfigOption = None,
    set_: SetOption = None,
    engine: Annotated[
        EngineName,
        typer.Option(help="local: worker processes here; ray: a Ray cluster (pip install 'dateline[ray]')."),
    ] = "local",
    address: Annotated[
        str | None,
        typer.Option(
            help="With --engine ray: 'auto' (this machine's cluster) or HOST:PORT; default: start Ray here."
        ),
    ] = None,
    ray_scheduler: Annotated[
        RayScheduler,
        typer.Option(
            help="With --engine ray: data (Ray Data's map_batches) or actors (the driver calls plain "
            "actors: less overhead per second, the same rows)."
        ),
    ] = "data",
) -> None:
    """Ingest reports: skip the ones already stored, process the rest in parallel, store each exactly once."""
    missing = [p for p in paths if p != "-" and not os.path.lexists(p)]
    if missing:
        raise typer.BadParameter(f"no such file or folder: {', '.join(missing)}", param_hint="PATH")
    chosen = settings(config, set_, kb=kb, outlet_regions=outlet_regions, stages=stages)
    if chosen.stages != DEFAULT_STAGES:  # a custom stage list is checked here, before any work
        try:  # (the default one is known to fit: the parent need not import the stages)
            Pipeline.from_config(chosen, Resources.shared(chosen))
        except PipelineConfigError as exc:
            raise typer.BadParameter(str(exc), param_hint="--stages") from None
    if address is not None and engine != "ray":
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    if ray_scheduler != "data" and engine != "ray":
        raise typer.BadParameter("--ray-scheduler needs --engine ray", param_hint="--ray-scheduler")
    options = IngestOptions(
        workers=default_workers() if workers is None else workers,
        batch_size=batch_size,
        write_batch=write_batch,
        timeout=timeout,
        max_bytes=max_bytes,
        pipeline=PipelineSpec(chosen),
        overlap=overlap,
    )
    try:
        chosen_engine = start_engine(engine, options, address, ray_scheduler)
    except EngineError as exc:
        raise fail(str(exc)) from None
    with open_store(db, must_exist=False) as store, progress_bar() as progress:
        try:
            raws = read_paths(paths, max_bytes=options.max_bytes)
            report = chosen_engine.run(raws, store, progress=LiveCounter(progress))
        except EngineError as exc:
            raise fail(str(exc)) from None
        clustered: list[Assignment] = []
        if stories:
            from dateline.stories.service import update_stories  # its imports cost ≈ 0.7 s: only when asked

            clustered = update_stories(store, Resources.shared(chosen).encoder("use"))
    print_errors(report)
    if clustered:
        joined = sum(1 for a in clustered if not a.new_story)
        err_console.print(
            f"stories: {len(clustered)} new document(s) clustered, {joined} joined an existing story"
        )
    console.print(summary(report))
