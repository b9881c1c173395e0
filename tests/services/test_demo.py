"""The demo library: realistic sample requests, always with something overdue and something due."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from woo_tracker.services.context import open_library
from woo_tracker.services.demo import MARKER, build_demo_library
from woo_tracker.services.errors import ServiceError
from woo_tracker.services.requests import RequestService


def _open(path: Path, today: date) -> RequestService:
    return RequestService(open_library(path, today=lambda: today))


def test_demo_library_has_the_promised_requests(tmp_path: Path, today: date) -> None:
    root = build_demo_library(tmp_path / "demo", today=today)
    service = _open(root, today)
    try:
        rows = {r.number: r for r in service.list()}
        assert service.count() >= 6
        assert {i["name"] for i in service.investigations()} == {"Palantir", "Algoritmes politie"}

        wob = rows["VRBN/2021/0457"]
        assert (wob.kind, wob.status, wob.received) == ("wob", "decided", date(2021, 3, 16))
        assert service.show(wob.id)["warnings"] == ["besluit came 1 days late (due 2021-05-11)"]

        kv = rows["2025Z15452"]
        shown = service.show(kv.id)
        assert (kv.kind, kv.status, kv.submitted) == ("kamervragen", "answered", date(2025, 8, 27))
        assert [e["type"] for e in shown["events"]] == ["submitted", "postponed", "answered"]
        assert shown["events"][-1]["date"] == "2025-10-31"

        assert any(
            r.organisation and r.organisation.startswith("Veiligheidsregio") and r.kind == "woo"
            for r in rows.values()
        )
    finally:
        service.ctx.close()


@pytest.mark.parametrize(
    "day", [date(2025, 11, 24), date(2026, 4, 24), date(2026, 12, 24), date(2027, 7, 3)]
)
def test_demo_always_shows_something_overdue_and_something_due_this_week(
    tmp_path: Path, day: date
) -> None:
    service = _open(build_demo_library(tmp_path / "demo", today=day), day)
    try:
        overdue = service.list("overdue")
        due = service.list("due_this_week")
        assert len(overdue) >= 1 and all(r.overdue and r.days_left < 0 for r in overdue)
        assert len(due) >= 1 and all(0 <= r.days_left <= 7 for r in due)
        assert service.count("kamervragen") >= 1 and service.count("closed") >= 1
    finally:
        service.ctx.close()


def test_building_again_replaces_the_earlier_demo(tmp_path: Path, today: date) -> None:
    root = build_demo_library(tmp_path / "demo", today=today)
    first = _open(root, today)
    n = first.count()
    first.add(kind="woo", title="mine")
    first.ctx.close()
    assert (root / MARKER).exists()

    build_demo_library(root, today=today)
    again = _open(root, today)
    try:
        assert again.count() == n
    finally:
        again.ctx.close()


def test_a_folder_that_is_not_a_demo_is_never_overwritten(tmp_path: Path, today: date) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "library.db").write_text("precious")
    with pytest.raises(ServiceError, match="not a demo library"):
        build_demo_library(folder, today=today)
    assert (folder / "library.db").read_text() == "precious"
