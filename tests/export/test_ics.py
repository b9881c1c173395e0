"""Deadlines in the researcher's own calendar: all-day, with the legal basis, updated on re-import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from icalendar import Calendar


def _events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(ev["UID"]): ev for ev in cal.walk("VEVENT")}


def test_upcoming_deadlines_become_all_day_events_with_their_basis(
    export, filled, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "deadlines.ics"
    result = export.export("ics", out)
    events = _events(out)
    assert result == {"format": "ics", "output": str(out), "events": len(events)}
    upcoming = events[f"{filled.upcoming}-beslistermijn@woo-tracker"]
    assert upcoming.decoded("DTSTART") == date(2025, 12, 8)  # a date, not a time: all day
    assert upcoming.decoded("DTEND") == date(2025, 12, 9)
    summary = str(upcoming["SUMMARY"])
    assert "Beslistermijn" in summary and "Woo art. 4.4 lid 1" in summary
    assert "Algoritmes veiligheidsregio’s" in summary
    assert "Woo art. 4.4 lid 1" in str(upcoming["DESCRIPTION"])
    assert "DTSTAMP" in upcoming and int(upcoming["SEQUENCE"]) >= 0

    # decided on 2025-11-20: the bezwaartermijn runs to 2026-01-05 (1 Jan feestdag, 2 Jan
    # gelijkgesteld, then the weekend) — the researcher's own deadline
    bezwaar = events[f"{filled.decided}-bezwaartermijn@woo-tracker"]
    assert bezwaar.decoded("DTSTART") == date(2026, 1, 5)
    assert "Awb 6:7" in str(bezwaar["SUMMARY"])


def test_only_deadlines_still_to_come_are_exported(export, filled, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "deadlines.ics"
    export.export("ics", out)
    uids = set(_events(out))
    assert not any(uid.startswith(f"{filled.evil}-") for uid in uids)  # overdue: in the past
    assert not any(uid.startswith(f"{filled.wob}-") for uid in uids)  # 2021
    assert f"{filled.decided}-beslistermijn@woo-tracker" not in uids  # met by the besluit
    for ev in Calendar.from_ical(out.read_bytes()).walk("VEVENT"):
        assert ev.decoded("DTSTART") >= date(2025, 11, 24)


def test_reexport_keeps_uids_and_shows_the_change(export, filled, tmp_path: Path, ctx) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.requests import RequestService

    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    export.export("ics", first)
    RequestService(ctx).update(filled.upcoming, title="Algoritmes (bijgewerkt)")
    export.export("ics", second)
    before, after = _events(first), _events(second)
    assert set(before) == set(after)  # same UIDs: a re-import updates, never duplicates
    uid = f"{filled.upcoming}-beslistermijn@woo-tracker"
    assert int(after[uid]["SEQUENCE"]) >= int(before[uid]["SEQUENCE"])
    assert "bijgewerkt" in str(after[uid]["SUMMARY"])


def test_a_later_export_outranks_an_earlier_one() -> None:
    from datetime import UTC, datetime

    from woo_tracker.export.data import DeadlineItem
    from woo_tracker.export.ics import build_calendar

    item = DeadlineItem(
        1,
        "beslistermijn",
        date(2025, 11, 10),
        date(2025, 12, 8),
        date(2025, 12, 8),
        "Woo art. 4.4 lid 1",
    )
    early = build_calendar([item], now=datetime(2025, 11, 24, 9, 0, tzinfo=UTC))
    late = build_calendar([item], now=datetime(2025, 11, 24, 9, 0, 1, tzinfo=UTC))
    [ev1], [ev2] = early.walk("VEVENT"), late.walk("VEVENT")
    assert ev1["UID"] == ev2["UID"] == "1-beslistermijn@woo-tracker"
    assert int(ev2["SEQUENCE"]) > int(ev1["SEQUENCE"]) > 0
    assert ev2.decoded("DTSTAMP") == datetime(2025, 11, 24, 9, 0, 1, tzinfo=UTC)


def test_an_override_is_the_date_in_the_calendar_with_its_reason(
    export, filled, tmp_path: Path, ctx
) -> None:  # type: ignore[no-untyped-def]
    from woo_tracker.services.requests import RequestService

    RequestService(ctx).override_deadline(
        filled.upcoming, "beslistermijn", date(2025, 12, 19), "agreed by phone"
    )
    out = tmp_path / "deadlines.ics"
    export.export("ics", out)
    ev = _events(out)[f"{filled.upcoming}-beslistermijn@woo-tracker"]
    assert ev.decoded("DTSTART") == date(2025, 12, 19)
    assert "agreed by phone" in str(ev["DESCRIPTION"]) and "2025-12-08" in str(ev["DESCRIPTION"])
