"""Rankings at scale: ``event_participants.type`` (the event's type) with the index
``(country, role, type, day, doc_id, event_id)``, so that a country filter with a type reads its page in
order; ``summary_month_pairs`` (``summary_month_edges`` over every type) and indexes of the monthly
tables by pair and by place, for the heaviest edges and places of a period; ``summary_open_days``
(events with no end date per day and type) for time-filtered timelines; ``summary_country_days``,
``summary_country_edges`` and ``summary_country_places`` for the timeline, network and map of one country.

Revision ID: 0008_rankings
Revises: 0007_monthly
Create Date: 2026-12-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dateline.store.summary import rebuild_rankings

revision: str = "0008_rankings"
down_revision: str | None = "0007_monthly"
branch_labels: str | None = None
depends_on: str | None = None

_PARTICIPANT_INDEX = "ix_event_participants_country_role_type_day_doc_id_event_id"
_EDGE_INDEX = "ix_summary_month_edges_source_target_month_ended_type_n"
_PAIR_INDEX = "ix_summary_month_pairs_source_target_month_ended_n"
_PLACE_INDEX = "ix_summary_month_places_place_key_month_ended_n"
_TYPES = {
    "sqlite": "UPDATE event_participants SET type = (SELECT e.type FROM events e "
    "WHERE e.doc_id = event_participants.doc_id AND e.id = event_participants.event_id)",
    "postgresql": "UPDATE event_participants p SET type = e.type FROM events e "
    "WHERE e.doc_id = p.doc_id AND e.id = p.event_id",
}


def upgrade() -> None:
    op.add_column("event_participants", sa.Column("type", sa.String(32), nullable=False, server_default=""))
    conn = op.get_bind()
    conn.execute(sa.text(_TYPES.get(conn.dialect.name, _TYPES["sqlite"])))
    op.create_index(
        _PARTICIPANT_INDEX, "event_participants", ["country", "role", "type", "day", "doc_id", "event_id"]
    )
    op.create_index(_EDGE_INDEX, "summary_month_edges", ["source", "target", "month", "ended", "type", "n"])
    op.create_index(_PLACE_INDEX, "summary_month_places", ["place_key", "month", "ended", "n"])
    op.create_table(
        "summary_month_pairs",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("month", "ended", "source", "target", name="pk_summary_month_pairs"),
        sqlite_with_rowid=False,
    )
    op.create_index(_PAIR_INDEX, "summary_month_pairs", ["source", "target", "month", "ended", "n"])
    op.create_table(
        "summary_open_days",
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("day", "type", name="pk_summary_open_days"),
    )
    op.create_table(
        "summary_country_days",
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("day", sa.String(10), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("country", "day", "type", name="pk_summary_country_days"),
    )
    op.create_table(
        "summary_country_edges",
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("country", "source", "target", "type", name="pk_summary_country_edges"),
    )
    op.create_table(
        "summary_country_places",
        sa.Column("country", sa.String(8), nullable=False),
        sa.Column("place_key", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("country", "place_key", name="pk_summary_country_places"),
    )
    rebuild_rankings(conn)


def downgrade() -> None:
    for table in ("summary_country_places", "summary_country_edges", "summary_country_days"):
        op.drop_table(table)
    op.drop_table("summary_open_days")
    op.drop_table("summary_month_pairs")
    op.drop_index(_PLACE_INDEX, table_name="summary_month_places")
    op.drop_index(_EDGE_INDEX, table_name="summary_month_edges")
    op.drop_index(_PARTICIPANT_INDEX, table_name="event_participants")
    op.drop_column("event_participants", "type")
