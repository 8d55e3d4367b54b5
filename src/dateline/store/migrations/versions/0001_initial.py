"""Initial schema: documents, their errors, events and participants, actors and places.

Revision ID: 0001_initial
Revises:
Create Date: 2025-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def _doc_fk(table: str) -> list[sa.Column[str] | sa.ForeignKeyConstraint]:
    return [
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.ForeignKeyConstraint(
            ["doc_id"], ["documents.id"], name=f"fk_{table}_doc_id_documents", ondelete="CASCADE"
        ),
    ]


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("uri", sa.Text),
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
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    for column in ("language", "outlet", "status", "created_at"):
        op.create_index(f"ix_documents_{column}", "documents", [column])

    op.create_table(
        "doc_errors",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        *_doc_fk("doc_errors"),
        sa.Column("stage", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(128), nullable=False),
        sa.Column("message", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_doc_errors"),
    )
    op.create_index("ix_doc_errors_doc_id", "doc_errors", ["doc_id"])

    op.create_table(
        "events",
        *_doc_fk("events"),
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
        sa.Column("time_value", sa.String(32)),
        sa.Column("date_start", sa.String(32)),
        sa.Column("date_end", sa.String(32)),
        sa.Column("evidence_text", sa.Text, nullable=False),
        sa.Column("json", sa.Text, nullable=False),
        sa.PrimaryKeyConstraint("doc_id", "id", name="pk_events"),
    )
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_date_start", "events", ["date_start"])
    op.create_index("ix_events_date_end", "events", ["date_end"])
    op.create_index("ix_events_place_lat_place_lon", "events", ["place_lat", "place_lon"])

    op.create_table(
        "event_participants",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        *_doc_fk("event_participants"),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("kb_id", sa.String(128)),
        sa.PrimaryKeyConstraint("id", name="pk_event_participants"),
    )
    op.create_index("ix_event_participants_doc_id_event_id", "event_participants", ["doc_id", "event_id"])
    op.create_index("ix_event_participants_country", "event_participants", ["country"])
    op.create_index("ix_event_participants_kb_id", "event_participants", ["kb_id"])

    op.create_table(
        "doc_actors",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        *_doc_fk("doc_actors"),
        sa.Column("kb_id", sa.String(128)),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("sector", sa.String(16)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_doc_actors"),
    )
    for column in ("doc_id", "kb_id", "country"):
        op.create_index(f"ix_doc_actors_{column}", "doc_actors", [column])

    op.create_table(
        "doc_places",
        sa.Column("id", sa.Integer, autoincrement=True, nullable=False),
        *_doc_fk("doc_places"),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("geonames_id", sa.BigInteger),
        sa.Column("country", sa.String(8)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("feature_class", sa.String(8)),
        sa.Column("n_mentions", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_doc_places"),
    )
    op.create_index("ix_doc_places_doc_id", "doc_places", ["doc_id"])
    op.create_index("ix_doc_places_geonames_id", "doc_places", ["geonames_id"])


def downgrade() -> None:
    for table in ("doc_places", "doc_actors", "event_participants", "events", "doc_errors", "documents"):
        op.drop_table(table)
