"""Places say what their point stands for (``precision``: exact, admin1, country…); rows stored before
get NULL.

Revision ID: 0005_place_precision
Revises: 0004_story_pins
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005_place_precision"
down_revision: str | None = "0004_story_pins"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("doc_places", sa.Column("precision", sa.String(16)))
    op.add_column("events", sa.Column("place_precision", sa.String(16)))


def downgrade() -> None:
    # Not batch mode: the columns are plain and nullable (SQLite ≥ 3.35 drops them in place).
    op.drop_column("events", "place_precision")
    op.drop_column("doc_places", "precision")
