"""The demo library: sample requests a new user can look around in before recording their own.

The sample data lives in ``resources/demo/requests.json``. Dates given as ``days_ago`` are counted
back from ``today`` when the library is built, so the demo always shows something overdue and
something due this week; historical cases (the 2021 Wob-verzoek, Kamervragen 2025Z15452) keep
their real dates. Building again replaces an earlier demo library, never anything else.
"""

from __future__ import annotations

import json
import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from woo_tracker.services.context import open_library
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.requests import RequestService

DEMO_DATA = Path(__file__).resolve().parents[2] / "resources" / "demo" / "requests.json"
MARKER = ".woo-tracker-demo"


def load_demo_data(source: Path = DEMO_DATA) -> dict[str, Any]:
    try:
        return json.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ServiceError(f"The demo data is missing ({source}); reinstall woo-tracker.") from None


def event_date(spec: dict[str, Any], today: date) -> date:
    """An absolute date, ``days_ago``, or ``weeks_before_sunday`` (Kamervragen ingezonden that
    many weeks before the coming Sunday fall due this week whatever weekday the demo is built)."""
    if "date" in spec:
        return date.fromisoformat(spec["date"])
    if "weeks_before_sunday" in spec:
        sunday = today + timedelta(days=6 - today.weekday())
        return sunday - timedelta(weeks=int(spec["weeks_before_sunday"]))
    return today - timedelta(days=int(spec["days_ago"]))


def _clear_previous_demo(root: Path) -> None:
    if not root.exists() or not any(root.iterdir()):
        return
    if not (root / MARKER).exists():
        raise ServiceError(
            f"{root} already holds files that are not a demo library; choose an empty folder for the demo."
        )
    for child in root.iterdir():
        if child.is_dir():
            shutil.rmtree(child)
        else:
            child.unlink()


def build_demo_library(
    path: str | Path, *, today: date | None = None, source: Path = DEMO_DATA
) -> Path:
    """Create (or re-create) the demo library in the folder ``path``; returns the folder, which
    ``services.context.open_library`` opens like any other library."""
    root = Path(path).expanduser().resolve()
    data = load_demo_data(source)
    today = today or date.today()
    _clear_previous_demo(root)
    root.mkdir(parents=True, exist_ok=True)
    (root / MARKER).write_text(
        "woo-tracker demo library; rebuilt each time it is opened\n", encoding="utf-8"
    )
    ctx = open_library(root, today=lambda: today)
    try:
        service = RequestService(ctx)
        for spec in data["requests"]:
            row = service.add(
                kind=spec["kind"],
                title=spec["title"],
                organisation=spec.get("organisation"),
                number=spec.get("number"),
                requester=spec.get("requester"),
                investigation=spec.get("investigation"),
                notes=spec.get("notes"),
            )
            for event in spec.get("events", []):
                service.add_event(
                    row.id,
                    type=event["type"],
                    date=event_date(event, today),
                    note=event.get("note"),
                )
    finally:
        ctx.close()
    return root
