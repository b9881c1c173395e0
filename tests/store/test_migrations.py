from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from woo_tracker.store.database import (
    alembic_config,
    current_revision,
    head_revision,
    make_engine,
    open_database,
    upgrade_to_head,
)
from woo_tracker.store.models import Base


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'library.db'}"


def test_migrating_a_filled_database_from_base_to_head_matches_the_models(tmp_path: Path) -> None:
    url = _url(tmp_path)
    engine = make_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO organisations (id, name) VALUES (1, 'Ministerie van JenV')"))
        conn.execute(text(
            "INSERT INTO requests (id, kind, title, organisation_id, status, advisory_committee, created_at, updated_at) "
            "VALUES (1, 'woo', 'Palantir', 1, 'draft', 0, '2025-01-01 00:00:00', '2025-01-01 00:00:00')"
        ))
        conn.execute(text("INSERT INTO documents (id, sha256, filename, size, mime, ingested_at, doc_type, page_count, ocr_pages, needs_ocr) "
                          "VALUES (1, 'ab', 'a.pdf', 1, 'application/pdf', '2025-01-01 00:00:00', 'other', 1, 0, 0)"))
        conn.execute(text("INSERT INTO pages (id, document_id, number, text, margin, method) VALUES (1, 1, 1, 'Coördinator', '', 'text')"))
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision(url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_object": _skip_fts}), Base.metadata)
        assert diff == []
        # data survived and the full-text index was built over the existing page
        assert conn.execute(text("SELECT title FROM requests")).scalar() == "Palantir"
        hits = conn.execute(text("SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'coordinator'")).all()
        assert hits == [(1,)]
    engine.dispose()


def _skip_fts(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name.startswith("pages_fts"))


def test_opening_an_old_library_copies_the_file_aside_before_migrating(tmp_path: Path) -> None:
    url = _url(tmp_path)
    engine = make_engine(url)
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    db = open_database(url)
    backups = list(tmp_path.glob("library.db.before-0001-*.bak"))
    assert len(backups) == 1
    old = make_engine(f"sqlite:///{backups[0]}")
    assert current_revision(old) == "0001"
    old.dispose()
    db.dispose()


def test_a_new_library_is_created_at_head_without_a_backup(tmp_path: Path) -> None:
    db = open_database(_url(tmp_path))
    assert current_revision(db.engine) == head_revision(_url(tmp_path))
    assert not list(tmp_path.glob("*.bak"))
    assert "requests" in inspect(db.engine).get_table_names()
    db.dispose()


def test_sqlite_runs_with_foreign_keys_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    db = open_database(_url(tmp_path))
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    db.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    import pytest
    from sqlalchemy.exc import IntegrityError

    from woo_tracker.store.models import Event

    db = open_database(_url(tmp_path))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Event(request_id=999, type="received", date=date(2025, 1, 1)))
    db.dispose()
