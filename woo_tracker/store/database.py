"""Engine, sessions and schema upgrades for a library database.

SQLite is the desktop default: foreign keys on (SQLite leaves them off), WAL so the GUI can read
while an ingest job writes, and a busy timeout so a second process waits instead of failing.
Any SQLAlchemy URL works (`--database`), e.g. PostgreSQL for a newsroom.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations"
BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """The library database cannot be opened or upgraded; the message says why and what to do."""


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def _sqlite_pragmas(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseError(f"'{url}' is not a database URL; use e.g. sqlite:///path/to/library.db.") from exc
    is_sqlite = parsed.get_backend_name() == "sqlite"
    if is_sqlite and parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(
        parsed, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000} if is_sqlite else {}
    )
    if is_sqlite:
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision(url: str) -> str | None:
    return ScriptDirectory.from_config(alembic_config(url)).get_current_head()


def backup_sqlite_file(engine: Engine, revision: str | None) -> Path | None:
    """Copy the SQLite file aside before a migration touches it, so an upgrade can be undone."""
    path = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not path or path == ":memory:":
        return None
    source = Path(path)
    if not source.exists() or source.stat().st_size == 0:
        return None
    with engine.connect() as conn:  # fold the WAL into the main file so the copy is complete
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = source.with_name(f"{source.name}.before-{revision or 'base'}-{stamp}.bak")
    shutil.copy2(source, target)
    return target


def upgrade_to_head(engine: Engine) -> Path | None:
    """Bring the schema to the newest revision; returns the backup made, if any."""
    url = engine.url.render_as_string(hide_password=False)
    current, head = current_revision(engine), head_revision(url)
    if current == head:
        return None
    backup = backup_sqlite_file(engine, current) if current is not None else None
    cfg = alembic_config(url)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup


@dataclass
class Database:
    """An open library database: use ``session()`` for one unit of work."""

    engine: Engine
    factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: commit when the block ends, roll everything back on an exception."""
        with self.factory() as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, upgrade: bool = True) -> Database:
    engine = make_engine(url)
    try:
        if upgrade:
            upgrade_to_head(engine)
    except OperationalError as exc:
        engine.dispose()
        raise DatabaseError(
            f"The library database at {url} cannot be opened ({exc.orig}); check the path and that "
            "no other program holds it locked."
        ) from exc
    return Database(engine, sessionmaker(engine, expire_on_commit=False))
