"""The relational schema, as SQLAlchemy Core tables.

The tables here are what queries use; the database itself is created and upgraded by the
Alembic revisions in ``store/migrations/versions`` (a unit test checks that the two agree).
Every child row points at its document and goes with it (``ON DELETE CASCADE``).
"""

from __future__ import annotations

import sqlalchemy as sa

#: Deterministic constraint and index names, so migrations can refer to them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)


def _doc_fk() -> sa.Column[str]:
    return sa.Column(
        "doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
    )


documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("uri", sa.Text),
    sa.Column("source_id", sa.Text),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.String(200)),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("language_confidence", sa.Float, nullable=False),
    sa.Column("published_value", sa.String(32)),
    sa.Column("published_precision", sa.String(16)),
    sa.Column("status", sa.String(8), nullable=False),
    sa.Column("n_events", sa.Integer, nullable=False),
    sa.Column("json", sa.Text, nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Index(None, "language"),
    sa.Index(None, "outlet"),
    sa.Index(None, "status"),
    sa.Index(None, "created_at"),
)

doc_errors = sa.Table(
    "doc_errors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    sa.Column("stage", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(128), nullable=False),
    sa.Column("message", sa.Text, nullable=False),
    sa.Index(None, "doc_id"),
)

events = sa.Table(
    "events",
    metadata,
    _doc_fk(),
    sa.Column("id", sa.String(64), nullable=False),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("mode", sa.String(64)),
    sa.Column("auxiliary", sa.String(16)),
    sa.Column("confidence", sa.Float, nullable=False),
    sa.Column("actor_names", sa.Text, nullable=False),
    sa.Column("actor_countries", sa.Text, nullable=False),
    sa.Column("recipient_names", sa.Text, nullable=False),
    sa.Column("recipient_countries", sa.Text, nullable=False),
    sa.Column("place_name", sa.Text),
    sa.Column("place_country", sa.String(8)),
    sa.Column("place_lat", sa.Float),
    sa.Column("place_lon", sa.Float),
    sa.Column("place_geonames_id", sa.BigInteger),
    sa.Column("place_precision", sa.String(16)),
    #: `dateline.flat.grid_cell` of the place: box and radius filters read a few cells in page
    #: order (their index holds the coordinates, so a cell the box barely touches is read from the index).
    sa.Column("place_cell", sa.Integer),
    sa.Column("time_value", sa.String(32)),
    sa.Column("date_start", sa.String(32)),
    sa.Column("date_end", sa.String(32)),
    #: ``date_start`` or "": the first key of the stable order pages are read in (newest first).
    sa.Column("day", sa.String(10), nullable=False, server_default=""),
    #: The document's language and lower-cased outlet, so that their filters read an index in page order.
    sa.Column("language", sa.String(16), nullable=False, server_default="und"),
    sa.Column("outlet_key", sa.String(200)),
    sa.Column("evidence_text", sa.Text, nullable=False),
    sa.Column("json", sa.Text, nullable=False),
    sa.PrimaryKeyConstraint("doc_id", "id"),
    sa.Index(None, "type"),
    sa.Index(None, "date_start"),
    sa.Index(None, "date_end"),
    sa.Index(None, "place_lat", "place_lon"),
    sa.Index(None, "day", "doc_id", "id"),
    sa.Index(None, "type", "day", "doc_id", "id"),
    sa.Index(None, "place_country", "day", "doc_id", "id"),
    sa.Index(None, "language", "day", "doc_id", "id"),
    sa.Index(None, "outlet_key", "day", "doc_id", "id"),
    sa.Index(None, "place_cell", "day", "doc_id", "id", "place_lat", "place_lon"),
)

#: One row per actor or recipient of an event: what ``--actor`` and ``--country`` filter on.
event_participants = sa.Table(
    "event_participants",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    sa.Column("event_id", sa.String(64), nullable=False),
    sa.Column("role", sa.String(16), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(8)),
    sa.Column("sector", sa.String(16)),
    sa.Column("kb_id", sa.String(128)),
    #: `dateline.flat.actor_key`, the event's ``day`` and ``type``: the actor and country filters
    #: (with a type) read these indexes in page order.
    sa.Column("actor_key", sa.Text, nullable=False, server_default=""),
    sa.Column("day", sa.String(10), nullable=False, server_default=""),
    sa.Column("type", sa.String(32), nullable=False, server_default=""),
    sa.Index(None, "doc_id", "event_id"),
    sa.Index(None, "country"),
    sa.Index(None, "kb_id"),
    sa.Index(None, "actor_key", "day", "doc_id", "event_id"),
    sa.Index(None, "country", "role", "day", "doc_id", "event_id"),
    sa.Index(None, "country", "role", "type", "day", "doc_id", "event_id"),
    sa.Index(None, "country", "day", "doc_id", "event_id"),
)

doc_actors = sa.Table(
    "doc_actors",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    sa.Column("kb_id", sa.String(128)),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("country", sa.String(8)),
    sa.Column("sector", sa.String(16)),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Index(None, "doc_id"),
    sa.Index(None, "kb_id"),
    sa.Index(None, "country"),
)

doc_places = sa.Table(
    "doc_places",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("country", sa.String(8)),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("feature_class", sa.String(8)),
    sa.Column("n_mentions", sa.Integer, nullable=False),
    sa.Column("precision", sa.String(16)),
    sa.Index(None, "doc_id"),
    sa.Index(None, "geonames_id"),
)

#: Story clustering (cross-document): one row per story, one per member document.
stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("label", sa.Text, nullable=False),
    sa.Column("centroid", sa.LargeBinary, nullable=False),
    sa.Column("n_docs", sa.Integer, nullable=False),
    sa.Column("first_day", sa.String(10)),
    sa.Column("last_day", sa.String(10)),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
)

story_members = sa.Table(
    "story_members",
    metadata,
    sa.Column(
        "doc_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("vector", sa.LargeBinary, nullable=False),
    sa.Column("features", sa.Text, nullable=False),
    sa.Index(None, "story_id"),
)

#: Events a user took out of a merge (`dateline story ID --detach EVENT`): they are never merged again.
#: A user's decision (`dateline story ID --split DOC` / `--join STORY`): the story a document stays in.
story_pins = sa.Table(
    "story_pins",
    metadata,
    sa.Column(
        "doc_id",
        sa.String(64),
        sa.ForeignKey("documents.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("story_id", sa.String(64), nullable=False, index=True),
    sa.Column("decision", sa.String(16), nullable=False),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

event_detachments = sa.Table(
    "event_detachments",
    metadata,
    sa.Column("event_id", sa.String(128), primary_key=True),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
)

#: Summary tables, kept by `Store.put` (`dateline.store.summary`): whole-store timeline and network.
summary_days = sa.Table(
    "summary_days",
    metadata,
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

summary_edges = sa.Table(
    "summary_edges",
    metadata,
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "target"),
    sa.Index(None, "type"),
)

#: ``summary_edges`` over every type: the heaviest pairs of the whole store, read by ``n``.
summary_pairs = sa.Table(
    "summary_pairs",
    metadata,
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "n"),
)

summary_actors = sa.Table(
    "summary_actors",
    metadata,
    sa.Column("actor_key", sa.Text, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("country", sa.String(8)),
    sa.Column("sector", sa.String(16)),
    sa.Column("kb_id", sa.String(128)),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "n"),
)

#: Places where events happen (`dateline.store.rows.place_key`), for the whole-store map.
summary_places = sa.Table(
    "summary_places",
    metadata,
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("geonames_id", sa.BigInteger),
    sa.Column("name", sa.Text),
    sa.Column("country", sa.String(8)),
    sa.Column("lat", sa.Float, nullable=False),
    sa.Column("lon", sa.Float, nullable=False),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "n"),
)

#: Events per width of their date interval in days (`dateline.store.summary.since_floor` reads the widest).
summary_widths = sa.Table(
    "summary_widths",
    metadata,
    sa.Column("days", sa.Integer, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

#: `summary_edges` per month of the events' first day (``YYYY-MM``) and whether they have an end date;
#: clustered by month on SQLite, so that a period reads one range.
summary_month_edges = sa.Table(
    "summary_month_edges",
    metadata,
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "source", "target", "month", "ended", "type", "n"),
    sqlite_with_rowid=False,
)

#: `summary_month_edges` over every type: the heaviest pairs of a period, read without the types.
summary_month_pairs = sa.Table(
    "summary_month_pairs",
    metadata,
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "source", "target", "month", "ended", "n"),
    sqlite_with_rowid=False,
)

#: `summary_days` of the events with no end date, which `since` never keeps: with it, whole months of a
#: filtered timeline read the summaries.
summary_open_days = sa.Table(
    "summary_open_days",
    metadata,
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

#: Events per country they involve (their place's or a participant's), day and type: one country's timeline.
summary_country_days = sa.Table(
    "summary_country_days",
    metadata,
    sa.Column("country", sa.String(8), primary_key=True),
    sa.Column("day", sa.String(10), primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

#: `summary_edges` per country the events involve: one country's network.
summary_country_edges = sa.Table(
    "summary_country_edges",
    metadata,
    sa.Column("country", sa.String(8), primary_key=True),
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

#: Located events per country they involve (their place's or a participant's) and place: the map of
#: one country.
summary_country_places = sa.Table(
    "summary_country_places",
    metadata,
    sa.Column("country", sa.String(8), primary_key=True),
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

#: Located events per month (as `summary_month_edges`) and place (`summary_places` holds its name).
summary_month_places = sa.Table(
    "summary_month_places",
    metadata,
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "place_key", "month", "ended", "n"),
    sqlite_with_rowid=False,
)

#: Events per month of their first day, whether they have an end date, and type: how much of the store a
#: period holds (`dateline.api.ranking` chooses how to rank its pairs and places by it).
summary_months = sa.Table(
    "summary_months",
    metadata,
    sa.Column("month", sa.String(7), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
)

#: `summary_month_edges` per year (``YYYY``): a long period reads a row per year and the months at its
#: edges (`dateline.store.months.PeriodSplit`).
summary_year_edges = sa.Table(
    "summary_year_edges",
    metadata,
    sa.Column("year", sa.String(4), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("type", sa.String(32), primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "source", "target", "year", "ended", "type", "n"),
    sqlite_with_rowid=False,
)

#: `summary_month_pairs` per year.
summary_year_pairs = sa.Table(
    "summary_year_pairs",
    metadata,
    sa.Column("year", sa.String(4), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("target", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "source", "target", "year", "ended", "n"),
    sqlite_with_rowid=False,
)

#: `summary_month_places` per year.
summary_year_places = sa.Table(
    "summary_year_places",
    metadata,
    sa.Column("year", sa.String(4), primary_key=True),
    sa.Column("ended", sa.Boolean, primary_key=True),
    sa.Column("place_key", sa.Text, primary_key=True),
    sa.Column("n", sa.Integer, nullable=False),
    sa.Index(None, "place_key", "year", "ended", "n"),
    sqlite_with_rowid=False,
)

#: Full-text search objects are backend-specific and made by migration 0006_api only: SQLite's FTS5 table
#: ``events_fts`` (and its shadow tables), PostgreSQL's GIN index ``ix_events_fts``.
SEARCH_OBJECT_PREFIXES = ("events_fts", "ix_events_fts")


def compared(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name`` hook: the objects `metadata` describes (search objects are not)."""
    return not (name or "").startswith(SEARCH_OBJECT_PREFIXES)
