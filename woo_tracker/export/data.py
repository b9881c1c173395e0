"""What the export writers receive: plain dataclasses, filled by services.export, no database.

The writers in this package only turn these into files, so each one can be tested with data made
up on the spot, and the same figures (``summarise``) appear in every format.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

#: done, total (0 when unknown), a short message — the shape of ui.workers.Job.report as well.
Progress = Callable[[int, int, str], None]

KIND_LABELS = {"woo": "Woo", "wob": "Wob", "kamervragen": "Kamervragen"}

DEADLINE_LABELS = {
    "beslistermijn": "Beslistermijn",
    "verdaging": "Verdaagde beslistermijn",
    "bezwaartermijn": "Bezwaartermijn",
    "beslissing_op_bezwaar": "Beslissing op bezwaar",
    "beslissing_op_bezwaar_verdaging": "Beslissing op bezwaar (verdaagd)",
    "beroepstermijn": "Beroepstermijn",
    "antwoordtermijn": "Antwoordtermijn",
    "antwoordtermijn_uitstel": "Antwoordtermijn na uitstel",
    "beroep_niet_tijdig": "Beroep niet tijdig beslissen",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind)


def status_label(status: str) -> str:
    return status.replace("_", " ")


def event_label(event_type: str) -> str:
    return event_type.replace("_", " ")


def deadline_label(key: str) -> str:
    return DEADLINE_LABELS.get(key, key.replace("_", " ").capitalize())


@dataclass(frozen=True)
class OverviewRow:
    """One request in the status overview (a line in CSV/XLSX, a row in the report table)."""

    id: int
    kind: str
    title: str
    number: str | None = None
    organisation: str | None = None
    investigation: str | None = None
    requester: str | None = None
    submitted: date | None = None
    received: date | None = None
    status: str = "draft"
    finished: bool = False
    due: date | None = None
    overdue_days: int | None = None  # days past ``due`` while still open; None when not overdue
    days_open: int | None = None
    answered_on: date | None = None  # besluit / antwoorden received
    answer_due: date | None = None  # the term that applied to that answer (after verdaging/uitstel)
    documents: int = 0
    last_event: str | None = None
    last_event_date: date | None = None

    @property
    def overdue(self) -> bool:
        return bool(self.overdue_days)

    @property
    def days_to_answer(self) -> int | None:
        start = self.received or self.submitted
        if self.answered_on is None or start is None:
            return None
        return (self.answered_on - start).days

    @property
    def answered_late(self) -> bool | None:
        if self.answered_on is None or self.answer_due is None:
            return None
        return self.answered_on > self.answer_due


#: The overview columns in order: (key, header). CSV, XLSX and the report all use this list.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"),
    ("kind", "Kind"),
    ("number", "Number"),
    ("title", "Title"),
    ("organisation", "Organisation"),
    ("investigation", "Investigation"),
    ("submitted", "Submitted"),
    ("received", "Received"),
    ("status", "Status"),
    ("due", "Due"),
    ("overdue_days", "Overdue days"),
    ("answered_on", "Answered"),
    ("days_open", "Days open"),
    ("documents", "Documents"),
    ("last_event", "Last event"),
    ("last_event_date", "Last event date"),
)
DATE_COLUMNS = frozenset({"submitted", "received", "due", "answered_on", "last_event_date"})
TEXT_COLUMNS = frozenset(
    {"kind", "number", "title", "organisation", "investigation", "status", "last_event"}
)


def row_values(row: OverviewRow) -> list[object]:
    """The row's cells in COLUMNS order, typed: dates stay dates, counts stay ints."""
    values: list[object] = []
    for key, _ in COLUMNS:
        value = getattr(row, key)
        if key == "kind":
            value = kind_label(value)
        elif key == "status":
            value = status_label(value)
        elif key == "last_event" and value:
            value = event_label(value)
        values.append(value)
    return values


@dataclass(frozen=True)
class TimelineEvent:
    date: date
    type: str
    note: str | None = None


@dataclass(frozen=True)
class DeadlineItem:
    """A deadline of one request, as the calendar and the timeline show it."""

    request_id: int
    key: str
    start: date
    due: date  # the date that counts: the override if any, else computed
    computed_due: date
    basis: str
    override_reason: str | None = None
    request_title: str = ""
    request_number: str | None = None
    request_kind: str = ""
    organisation: str | None = None
    status: str = ""
    last_modified: datetime | None = None

    @property
    def overridden(self) -> bool:
        return self.due != self.computed_due


@dataclass(frozen=True)
class DocumentItem:
    id: int
    filename: str
    title: str | None = None
    doc_type: str = "other"
    doc_date: date | None = None
    pages: int = 0
    sha256: str = ""
    source: str | None = None  # path of the stored bytes; None when missing from the library


@dataclass(frozen=True)
class ReferenceItem:
    kind: str
    value: str
    role: str | None = None
    page: int | None = None
    document_id: int | None = None


@dataclass(frozen=True)
class RequestDetail:
    """One request with its timeline: the report's per-request section and the dossier."""

    row: OverviewRow
    events: tuple[TimelineEvent, ...] = ()
    deadlines: tuple[DeadlineItem, ...] = ()
    documents: tuple[DocumentItem, ...] = ()
    references: tuple[ReferenceItem, ...] = ()
    notes: str | None = None


@dataclass(frozen=True)
class OrganisationFigures:
    organisation: str
    total: int
    open: int
    overdue: int
    answered: int
    answered_late: int
    median_days_to_answer: float | None


@dataclass(frozen=True)
class Summary:
    total: int
    open: int
    overdue: int
    answered: int
    answered_late: int
    median_days_to_answer: float | None
    organisations: tuple[OrganisationFigures, ...] = ()

    @property
    def share_answered_late(self) -> float | None:
        return self.answered_late / self.answered if self.answered else None


NO_ORGANISATION = "(no organisation)"


def _median(values: Iterable[int]) -> float | None:
    data = list(values)
    return float(statistics.median(data)) if data else None


def summarise(rows: Sequence[OverviewRow]) -> Summary:
    """Open, overdue, answered (late) and the median days to an answer, overall and per organisation."""

    def figures(group: Sequence[OverviewRow]) -> tuple[int, int, int, int, int, float | None]:
        answered = [r for r in group if r.answered_on is not None]
        return (
            len(group),
            sum(1 for r in group if not r.finished),
            sum(1 for r in group if r.overdue),
            len(answered),
            sum(1 for r in answered if r.answered_late),
            _median(r.days_to_answer for r in answered if r.days_to_answer is not None),
        )

    by_org: dict[str, list[OverviewRow]] = {}
    for r in rows:
        by_org.setdefault(r.organisation or NO_ORGANISATION, []).append(r)
    orgs = tuple(
        OrganisationFigures(name, *figures(group))
        for name, group in sorted(by_org.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))
    )
    return Summary(*figures(rows), organisations=orgs)


@dataclass(frozen=True)
class Report:
    """Everything the HTML and PDF report show."""

    title: str
    generated_on: date
    rows: tuple[OverviewRow, ...]
    details: tuple[RequestDetail, ...] = ()
    summary: Summary = field(default_factory=lambda: summarise(()))
    scope: str = ""  # "All requests", "Investigation: X", "Request #3"
