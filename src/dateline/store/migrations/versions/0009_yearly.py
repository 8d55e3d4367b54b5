"""Yearly summary rows for long periods: ``summary_year_edges``, ``summary_year_pairs`` and
``summary_year_places``, the monthly tables summed per year of the events' first day (and whether they
have an end date), each with an index by key (pair or place) then year; and ``summary_months``, events
per month, end date or not, and type. A period's network and map read its whole years from the yearly
tables and only the months at its edges from the monthly ones (`dateline.store.months.MonthSplit.parts`);
`summary_months` tells how much of the store a period holds, which decides how its heaviest pairs and
places are ranked (`dateline.api.ranking`).

Revision ID: 0009_yearly
Revises: 0008_rankings
Create Date: 2026-12-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dateline.store.summary import rebuild_yearly

revision: str = "0009_yearly"
down_revision: str | None = "0008_rankings"
branch_labels: str | None = None
depends_on: str | None = None

_EDGE_INDEX = "ix_summary_year_edges_source_target_year_ended_type_n"
_PAIR_INDEX = "ix_summary_year_pairs_source_target_year_ended_n"
_PLACE_INDEX = "ix_summary_year_places_place_key_year_ended_n"


def upgrade() -> None:
    op.create_table(
        "summary_months",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("month", "ended", "type", name="pk_summary_months"),
    )
    op.create_table(
        "summary_year_edges",
        sa.Column("year", sa.String(4), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("year", "ended", "source", "target", "type", name="pk_summary_year_edges"),
        sqlite_with_rowid=False,
    )
    op.create_index(_EDGE_INDEX, "summary_year_edges", ["source", "target", "year", "ended", "type", "n"])
    op.create_table(
        "summary_year_pairs",
        sa.Column("year", sa.String(4), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("year", "ended", "source", "target", name="pk_summary_year_pairs"),
        sqlite_with_rowid=False,
    )
    op.create_index(_PAIR_INDEX, "summary_year_pairs", ["source", "target", "year", "ended", "n"])
    op.create_table(
        "summary_year_places",
        sa.Column("year", sa.String(4), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("place_key", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("year", "ended", "place_key", name="pk_summary_year_places"),
        sqlite_with_rowid=False,
    )
    op.create_index(_PLACE_INDEX, "summary_year_places", ["place_key", "year", "ended", "n"])
    rebuild_yearly(op.get_bind())


def downgrade() -> None:
    op.drop_index(_PLACE_INDEX, table_name="summary_year_places")
    op.drop_table("summary_year_places")
    op.drop_index(_PAIR_INDEX, table_name="summary_year_pairs")
    op.drop_table("summary_year_pairs")
    op.drop_index(_EDGE_INDEX, table_name="summary_year_edges")
    op.drop_table("summary_year_edges")
    op.drop_table("summary_months")
