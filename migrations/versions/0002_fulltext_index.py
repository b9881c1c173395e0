"""full-text index of page texts (SQLite FTS5)

The index is an external-content FTS5 table over ``pages`` kept in step by triggers, so every
write path (ingest, cascade deletes, re-OCR) updates it without the code having to remember.
``remove_diacritics 2`` folds é/ë/ï so "coordinator" finds "coördinator".
On other databases search falls back to LIKE (store/search.py), so nothing is created there.

Revision ID: 0002
Revises: 0001
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(
        "CREATE VIRTUAL TABLE pages_fts USING fts5(text, margin, content='pages', "
        "content_rowid='id', tokenize='unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER pages_fts_ai AFTER INSERT ON pages BEGIN "
        "INSERT INTO pages_fts(rowid, text, margin) VALUES (new.id, new.text, new.margin); END"
    )
    op.execute(
        "CREATE TRIGGER pages_fts_ad AFTER DELETE ON pages BEGIN "
        "INSERT INTO pages_fts(pages_fts, rowid, text, margin) "
        "VALUES ('delete', old.id, old.text, old.margin); END"
    )
    op.execute(
        "CREATE TRIGGER pages_fts_au AFTER UPDATE ON pages BEGIN "
        "INSERT INTO pages_fts(pages_fts, rowid, text, margin) "
        "VALUES ('delete', old.id, old.text, old.margin); "
        "INSERT INTO pages_fts(rowid, text, margin) VALUES (new.id, new.text, new.margin); END"
    )
    op.execute("INSERT INTO pages_fts(pages_fts) VALUES ('rebuild')")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("pages_fts_ai", "pages_fts_ad", "pages_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS pages_fts")
