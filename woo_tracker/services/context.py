"""An open library: its database, its file store and the clock every service reads."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from woo_tracker.config import LibraryLocation, locate
from woo_tracker.store.database import Database, open_database
from woo_tracker.store.library import FileStore


@dataclass
class AppContext:
    location: LibraryLocation
    db: Database
    files: FileStore
    today: Callable[[], date] = field(default=date.today)

    @property
    def root(self) -> Path:
        return self.location.root

    def close(self) -> None:
        self.db.dispose()


def open_library(
    library: str | Path | None = None,
    database: str | None = None,
    *,
    today: Callable[[], date] = date.today,
) -> AppContext:
    """Open (creating and upgrading as needed) the library that config points at."""
    location = locate(library, database)
    location.root.mkdir(parents=True, exist_ok=True)
    db = open_database(location.database_url)
    return AppContext(location=location, db=db, files=FileStore(location.files), today=today)
