"""Upcoming deadlines as an iCalendar file: one all-day event per deadline, with its legal basis.

The UID is stable (``{request_id}-{deadline_key}@woo-tracker``), so importing a newer export
updates the events already in the calendar instead of adding copies. SEQUENCE is the export time
(seconds since 2020): the library keeps no history of what was exported, and a deadline can move
without its request row changing (an override), so every newer export simply outranks the older
one. DTSTAMP is the export time too; LAST-MODIFIED is when the request last changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from woo_tracker.export.data import DeadlineItem, Progress, deadline_label, kind_label
from woo_tracker.export.safety import atomic_output

PRODID = "-//woo-tracker//Woo deadlines//EN"
UID_DOMAIN = "woo-tracker"
SEQUENCE_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def uid_for(item: DeadlineItem) -> str:
    return f"{item.request_id}-{item.key}@{UID_DOMAIN}"


def summary_for(item: DeadlineItem) -> str:
    what = item.request_number or f"#{item.request_id}"
    return f"{deadline_label(item.key)}: {what} {item.request_title} ({item.basis})"


def description_for(item: DeadlineItem) -> str:
    lines = [
        f"{kind_label(item.request_kind)} request #{item.request_id}: {item.request_title}",
    ]
    if item.request_number:
        lines.append(f"Number: {item.request_number}")
    if item.organisation:
        lines.append(f"Organisation: {item.organisation}")
    lines.append(f"Deadline: {deadline_label(item.key)} ({item.key}), due {item.due.isoformat()}")
    lines.append(f"Term started {item.start.isoformat()}")
    lines.append(f"Legal basis: {item.basis}")
    if item.overridden:
        lines.append(
            f"Computed date {item.computed_due.isoformat()}, overridden: {item.override_reason or ''}"
        )
    if item.status:
        lines.append(f"Status: {item.status.replace('_', ' ')}")
    return "\n".join(lines)


def build_calendar(
    items: Sequence[DeadlineItem], *, name: str = "Woo deadlines", now: datetime | None = None
):  # type: ignore[no-untyped-def]
    from icalendar import Calendar, Event

    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    sequence = max(0, int((stamp - SEQUENCE_EPOCH).total_seconds()))
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    for item in items:
        ev = Event()
        ev.add("uid", uid_for(item))
        ev.add("dtstamp", stamp)
        ev.add("sequence", sequence)
        if item.last_modified is not None:
            modified = item.last_modified
            if modified.tzinfo is None:
                modified = modified.astimezone()  # stored as local time
            ev.add("last-modified", modified.astimezone(UTC).replace(microsecond=0))
        ev.add("dtstart", item.due)  # a date: an all-day event
        ev.add("dtend", item.due + timedelta(days=1))
        ev.add("summary", summary_for(item))
        ev.add("description", description_for(item))
        ev.add("categories", [kind_label(item.request_kind) or "Woo", "deadline"])
        ev.add("transp", "TRANSPARENT")  # a deadline does not make the day busy
        ev.add("status", "CONFIRMED")
        cal.add_component(ev)
    return cal


def write_ics(
    items: Sequence[DeadlineItem],
    output: Path,
    *,
    name: str = "Woo deadlines",
    now: datetime | None = None,
    progress: Progress | None = None,
) -> int:
    cal = build_calendar(items, name=name, now=now)
    data = cal.to_ical()
    with atomic_output(output, "wb") as fh:
        fh.write(data)
        if progress:  # inside: a cancel here still leaves the old file
            progress(len(items), len(items), "")
    return len(items)
