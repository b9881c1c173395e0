"""Where a library lives: ``--library`` beats ``WOO_TRACKER_LIBRARY`` beats the user data folder.

A library is a folder holding the SQLite database and the managed files, so a user can move or
back it up as one thing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

ENV_LIBRARY = "WOO_TRACKER_LIBRARY"
DATABASE_FILE = "library.db"
FILES_DIR = "files"


@dataclass(frozen=True)
class LibraryLocation:
    root: Path
    database_url: str

    @property
    def files(self) -> Path:
        return self.root / FILES_DIR


def default_library() -> Path:
    return user_data_path("woo-tracker", appauthor=False) / "library"


def resolve_library(cli_value: str | os.PathLike[str] | None = None) -> Path:
    if cli_value:
        return Path(cli_value).expanduser()
    if env := os.environ.get(ENV_LIBRARY):
        return Path(env).expanduser()
    return default_library()


def locate(library: str | os.PathLike[str] | None = None, database: str | None = None) -> LibraryLocation:
    root = resolve_library(library).resolve()
    url = database or f"sqlite:///{root / DATABASE_FILE}"
    return LibraryLocation(root=root, database_url=url)
