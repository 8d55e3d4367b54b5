"""Monthly summary rows for time-filtered aggregates: ``summary_month_edges`` and
``summary_month_places`` (per month of the events' first day and whether they have an end date), and
``summary_widths`` (events per width of their date interval, whose widest bounds ``day`` for ``since``).
On PostgreSQL, full text folds accents: ``dateline_fold(text)`` is ``unaccent`` when the extension can be
created (else the text unchanged), and the full-text index is rebuilt over it.

Revision ID: 0007_monthly
Revises: 0006_api
Create Date: 2026-12-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from dateline.store.summary import rebuild_monthly

revision: str = "0007_monthly"
down_revision: str | None = "0006_api"
branch_labels: str | None = None
depends_on: str | None = None

_TABLES = ("summary_month_places", "summary_month_edges", "summary_widths")
_FOLD = (
    "CREATE OR REPLACE FUNCTION dateline_fold(text) RETURNS text "
    "LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT {body} $$"
)
_FTS = "CREATE INDEX ix_events_fts ON events USING gin (to_tsvector('simple', {text}))"


def _fold_accents(conn: sa.Connection) -> None:
    """``dateline_fold``: ``unaccent`` when the extension exists or may be created, else the identity.

    A new extension goes to ``public`` when that schema exists: made in the store's own schema, it would
    vanish with that schema and break every other store's ``dateline_fold`` that names it.
    """
    try:
        with conn.begin_nested():
            public = conn.execute(sa.text("SELECT to_regnamespace('public') IS NOT NULL")).scalar_one()
            where = " SCHEMA public" if public else ""
            conn.execute(sa.text(f"CREATE EXTENSION IF NOT EXISTS unaccent{where}"))
            schema = conn.execute(
                sa.text(
                    "SELECT n.nspname FROM pg_extension x JOIN pg_namespace n ON n.oid = x.extnamespace "
                    "WHERE x.extname = 'unaccent'"
                )
            ).scalar_one()
        body = f"{schema}.unaccent('{schema}.unaccent'::regdictionary, $1)"
    except sa.exc.DBAPIError:
        body = "$1"
    conn.execute(sa.text(_FOLD.format(body=body)))
    conn.execute(sa.text("DROP INDEX ix_events_fts"))
    conn.execute(sa.text(_FTS.format(text="dateline_fold(evidence_text)")))


def upgrade() -> None:
    op.create_table(
        "summary_widths",
        sa.Column("days", sa.Integer, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("days", name="pk_summary_widths"),
    )
    op.create_table(
        "summary_month_edges",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("target", sa.Text, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("month", "ended", "source", "target", "type", name="pk_summary_month_edges"),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "summary_month_places",
        sa.Column("month", sa.String(7), nullable=False),
        sa.Column("ended", sa.Boolean, nullable=False),
        sa.Column("place_key", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("month", "ended", "place_key", name="pk_summary_month_places"),
        sqlite_with_rowid=False,
    )
    conn = op.get_bind()
    rebuild_monthly(conn)
    if conn.dialect.name == "postgresql":
        _fold_accents(conn)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("DROP INDEX ix_events_fts"))
        conn.execute(sa.text(_FTS.format(text="evidence_text")))
        conn.execute(sa.text("DROP FUNCTION dateline_fold(text)"))
    for table in _TABLES:
        op.drop_table(table)
