"""Shared fixtures. Qt runs offscreen here so no test ever needs a display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from corpus_files import find_corpus

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_THREAD_LIMIT", "1")

CORPUS = find_corpus()

TODAY = date(2025, 11, 24)


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.exists():
        pytest.skip("the shared corpus is not next to this checkout")
    return CORPUS


@pytest.fixture
def today() -> date:
    """The day every test library believes it is, so 'overdue' never drifts with the calendar."""
    return TODAY


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "library"


@pytest.fixture
def ctx(library: Path) -> Iterator[object]:
    """An open, empty library whose clock stands still on TODAY."""
    from woo_tracker.services.context import open_library

    context = open_library(library, today=lambda: TODAY)
    yield context
    context.close()
