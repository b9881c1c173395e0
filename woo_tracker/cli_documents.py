"""CLI commands on documents: ingest, extract, search, verify, export (DOMAIN.md §5)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """Filled in as the ingest and export services land."""
