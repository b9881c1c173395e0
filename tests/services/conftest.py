from __future__ import annotations

import shutil
from pathlib import Path

import pytest


@pytest.fixture
def ingest(ctx):  # type: ignore[no-untyped-def]
    from woo_tracker.services.ingest import IngestService

    return IngestService(ctx)


@pytest.fixture
def docs(ctx):  # type: ignore[no-untyped-def]
    from woo_tracker.services.documents import DocumentService

    return DocumentService(ctx)


@pytest.fixture
def requests_(ctx):  # type: ignore[no-untyped-def]
    from woo_tracker.services.requests import RequestService

    return RequestService(ctx)


def copy(corpus: Path, name: str, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy(corpus / name, target / name))
