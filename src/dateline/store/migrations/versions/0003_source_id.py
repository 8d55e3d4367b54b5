"""Documents keep the input record's own id (``source_id``); rows stored before it get NULL.

Revision ID: 0003_source_id
Revises: 0002_stories
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0003_source_id"
down_revision: str | None = "0002_stories"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.add_column("documents", sa.Column("source_id", sa.Text))


def downgrade() -> None:
    # Not batch mode: recreating ``documents`` on SQLite would cascade-delete its child rows.
    op.drop_column("documents", "source_id")
