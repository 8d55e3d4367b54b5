"""What the REST API reads: page-order keys and indexes, summary tables, full-text search.

``events.day`` and ``event_participants.day`` (the event's first day, or ""), with
``event_participants.actor_key``, the document's ``language`` and ``outlet_key`` copied onto
``events`` and the place's one-degree ``place_cell``, make keyset pages an index walk;
``summary_days``, ``summary_edges``, ``summary_pairs``, ``summary_actors`` and ``summary_places``
hold whole-store counts (kept by `Store.put`); full text is an FTS5 table kept by triggers on
SQLite and a GIN expression index on PostgreSQL.

Revision ID: 0006_api
Revises: 0005_place_precision
Create Date: 2026-12-20
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dateline.flat import actor_key, grid_cell
from dateline.model import ActorRef
from dateline.store.summary import rebuild_whole_store

revision: str = "0006_api"
down_revision: str | None = "0005_place_precision"
branch_labels: str | None = None
depends_on: str | None = None

_EVENT_INDEXES = {
    "ix_events_day_doc_id_id": ["day", "doc_id", "id"],
    "ix_events_type_day_doc_id_id": ["type", "day", "doc_id", "id"],
    "ix_events_place_country_day_doc_id_id": ["place_country", "day", "doc_id", "id"],
    "ix_events_language_day_doc_id_id": ["language", "day", "doc_id", "id"],
    "ix_events_outlet_key_day_doc_id_id": ["outlet_key", "day", "doc_id", "id"],
    "ix_events_place_cell_day_doc_id_id_place_lat_place_lon": [
        "place_cell",
        "day",
        "doc_id",
        "id",
        "place_lat",
        "place_lon",
    ],
}
_PARTICIPANT_INDEXES = {
    "ix_event_participants_actor_key_day_doc_id_event_id": ["actor_key", "day", "doc_id", "event_id"],
    "ix_event_participants_country_role_day_doc_id_event_id": [
        "country",
        "role",
        "day",
        "doc_id",
        "event_id",
    ],
    "ix_event_participants_country_day_doc_id_event_id": ["country", "day", "doc_id", "event_id"],
}
#: The FTS5 row of an event has the rowid ``day number × 2³² + rank``: the Julian day of its ``day``
#: (0 when undated) and its rank among that day's events as stored, so that matches read in rowid
#: order come newest day first (`dateline.store.queries`).
_NEW_BASE = "(coalesce(CAST(julianday(new.day) AS INTEGER), 0) << 32)"
_LAST_OF_DAY = (
    f"SELECT rowid FROM events_fts WHERE rowid >= {_NEW_BASE} AND rowid < {_NEW_BASE} + 4294967296 "
    "ORDER BY rowid DESC LIMIT 1"
)
SQLITE_FTS = [
    "CREATE VIRTUAL TABLE events_fts USING fts5("
    "text, doc_id UNINDEXED, event_id UNINDEXED, tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
    "INSERT INTO events_fts (rowid, text, doc_id, event_id) "
    f"VALUES (coalesce(({_LAST_OF_DAY}), {_NEW_BASE}) + 1, new.evidence_text, new.doc_id, new.id); END",
    "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
    "DELETE FROM events_fts WHERE doc_id = old.doc_id AND event_id = old.id; END",
    "INSERT INTO events_fts (rowid, text, doc_id, event_id) "
    "SELECT (coalesce(CAST(julianday(day) AS INTEGER), 0) << 32) "
    "+ ROW_NUMBER() OVER (PARTITION BY day ORDER BY doc_id, id), evidence_text, doc_id, id FROM events",
]
POSTGRES_FTS = "CREATE INDEX ix_events_fts ON events USING gin (to_tsvector('simple', evidence_text))"


def upgrade() -> None:
    op.add_column("events", sa.Column("day", sa.String(10), nullable=False, server_default=""))
    op.add_column("events", sa.Column("language", sa.String(16), nullable=False, server_default="und"))
    op.add_column("events", sa.Column("outlet_key", sa.String(200)))
    op.add_column("events", sa.Column("place_cell", sa.Integer))
    op.add_column("event_participants", sa.Column("actor_key", sa.Text, nullable=False, server_default=""))
    op.add_column("event_participants", sa.Column("day", sa.String(10), nullable=False, server_default=""))
    conn = op.get_bind()
    conn.execute(sa.text("UPDATE events SET day = COALESCE(date_start, '')"))
    documents = conn.execute(sa.text("SELECT id, language, outlet FROM documents WHERE n_events > 0")).all()
    if documents:
        conn.execute(
            sa.text("UPDATE events SET language = :language, outlet_key = :outlet WHERE doc_id = :id"),
            [
                {"id": d.id, "language": d.language, "outlet": d.outlet.lower() if d.outlet else None}
                for d in documents
            ],
        )
    located = conn.execute(
        sa.text(
            "SELECT doc_id, id, place_lat, place_lon FROM events "
            "WHERE place_lat IS NOT NULL AND place_lon IS NOT NULL"
        )
    ).all()
    if located:
        conn.execute(
            sa.text("UPDATE events SET place_cell = :cell WHERE doc_id = :doc_id AND id = :id"),
            [{"doc_id": r.doc_id, "id": r.id, "cell": grid_cell(r.place_lat, r.place_lon)} for r in located],
        )
    participants = conn.execute(
        sa.text("SELECT id, name, country, sector, kb_id FROM event_participants")
    ).all()
    if participants:
        conn.execute(
            sa.text("UPDATE event_participants SET actor_key = :key WHERE id = :id"),
            [
                {
                    "id": r.id,
                    "key": actor_key(
                        ActorRef(name=r.name, country=r.country, sector=r.sector, kb_id=r.kb_id)
                    ),
                }
                for r in participants
            ],
        )
        conn.execute(
            sa.text(
                "UPDATE event_participants SET day = (SELECT e.day FROM events e "
                "WHERE e.doc_id = event_participants.doc_id AND e.id = event_participants.event_id)"
            )
        )
    for name, columns in _EVENT_INDEXES.items():
        op.create_index(name, "events", columns)
    for name, columns in _PARTICIPANT_INDEXES.items():
        op.create_index(name, "event_participants", columns)
    op.create_table(
        "summary_days",
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("day", "type", name="pk_summary_days"),
    )
    op.create_table(
        "summary_edges",
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("source", "target", "type", name="pk_summary_edges"),
    )
    op.create_index("ix_summary_edges_target", "summary_edges", ["target"])
    op.create_index("ix_summary_edges_type", "summary_edges", ["type"])
    op.create_table(
        "summary_pairs",
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("source", "target", name="pk_summary_pairs"),
    )
    op.create_index("ix_summary_pairs_n", "summary_pairs", ["n"])
    op.create_table(
        "summary_actors",
        sa.Column("actor_key", sa.Text, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("kb_id", sa.String(128)),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("actor_key", name="pk_summary_actors"),
    )
    op.create_index("ix_summary_actors_n", "summary_actors", ["n"])
    op.create_table(
        "summary_places",
        sa.Column("place_key", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("name", sa.Text),
        sa.Column("country", sa.String(8)),
        sa.Column("lat", sa.Float, nullable=False),
        sa.Column("lon", sa.Float, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("place_key", name="pk_summary_places"),
    )
    op.create_index("ix_summary_places_n", "summary_places", ["n"])
    rebuild_whole_store(conn)
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_FTS:
            conn.execute(sa.text(statement))
    elif conn.dialect.name == "postgresql":
        conn.execute(sa.text(POSTGRES_FTS))


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("TRIGGER events_fts_insert", "TRIGGER events_fts_delete", "TABLE events_fts"):
            conn.execute(sa.text(f"DROP {name}"))
    elif conn.dialect.name == "postgresql":
        op.drop_index("ix_events_fts", table_name="events")
    for table in ("summary_places", "summary_actors", "summary_pairs", "summary_edges", "summary_days"):
        op.drop_table(table)
    for name in _PARTICIPANT_INDEXES:
        op.drop_index(name, table_name="event_participants")
    for name in _EVENT_INDEXES:
        op.drop_index(name, table_name="events")
    # Not batch mode: recreating the tables on SQLite would cascade-delete their child rows.
    op.drop_column("event_participants", "day")
    op.drop_column("event_participants", "actor_key")
    for column in ("place_cell", "outlet_key", "language", "day"):
        op.drop_column("events", column)
