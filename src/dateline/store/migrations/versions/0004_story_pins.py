"""A user's story decisions (`dateline story ID --split DOC`, `--join STORY`): the story a document is
pinned to, which re-clustering keeps.

Revision ID: 0004_story_pins
Revises: 0003_source_id
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0004_story_pins"
down_revision: str | None = "0003_source_id"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "story_pins",
        sa.Column(
            "doc_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("story_id", sa.String(64), nullable=False, index=True),
        sa.Column("decision", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("story_pins")
