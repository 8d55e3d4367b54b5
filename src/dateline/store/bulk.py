"""PostgreSQL bulk writes with ``COPY … FROM STDIN`` (psycopg 3), inside the caller's transaction.

Child rows go straight into their table. Document rows go through a temporary table, then
``INSERT … SELECT … ON CONFLICT (id) DO NOTHING RETURNING id``: a document whose content hash
is already stored (another writer got there first) is skipped and its children are not written,
so a batch stays idempotent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa

from dateline.store import schema as t

INCOMING = "documents_incoming"


def _copy(conn: sa.Connection, table: str, rows: Sequence[dict[str, Any]]) -> None:
    columns = list(rows[0])
    driver = conn.connection.driver_connection  # psycopg's connection, in this transaction
    assert driver is not None
    cursor = driver.cursor()
    names = ", ".join(f'"{c}"' for c in columns)
    with cursor, cursor.copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def copy_rows(conn: sa.Connection, table: sa.Table, rows: Sequence[dict[str, Any]]) -> None:
    """Append `rows` (dicts with the same keys) to `table`."""
    if rows:
        _copy(conn, table.name, rows)


def copy_new_documents(conn: sa.Connection, rows: Sequence[dict[str, Any]]) -> set[str]:
    """Insert the document rows whose id is not stored yet; the ids inserted."""
    if not rows:
        return set()
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE IF NOT EXISTS {INCOMING} (LIKE documents INCLUDING DEFAULTS) "
        "ON COMMIT DELETE ROWS"
    )
    _copy(conn, INCOMING, rows)
    names = ", ".join(f'"{c}"' for c in rows[0])
    inserted = conn.exec_driver_sql(
        f"INSERT INTO {t.documents.name} ({names}) SELECT {names} FROM {INCOMING} "
        "ON CONFLICT (id) DO NOTHING RETURNING id"
    )
    return {row[0] for row in inserted}
