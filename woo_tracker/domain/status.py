"""A request's state — status, what is due when, how long it has been open — from its timeline.

Nothing here is stored: status and due dates are recomputed from the events each time, so a
corrected event date corrects everything after it. The timeline is read in date order (events may
arrive in any order; equal dates keep their given order). Each term that an event starts becomes a
``ComputedDeadline``; a user override replaces the date that counts (``due``) but the computed
value stays visible next to it, so nobody loses sight of what the law says.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from woo_tracker.domain import deadlines, kinds
from woo_tracker.domain.deadlines import Deadline

#: Not (yet) in kinds.EVENT_TYPES; recognised so the Awb 6:12 term can be shown when recorded.
INGEBREKESTELLING = "ingebrekestelling"

BESLISTERMIJN = "beslistermijn"
VERDAGING = "verdaging"
BEZWAARTERMIJN = "bezwaartermijn"
BESLISSING_OP_BEZWAAR = "beslissing_op_bezwaar"
BESLISSING_OP_BEZWAAR_VERDAGING = "beslissing_op_bezwaar_verdaging"
BEROEPSTERMIJN = "beroepstermijn"
ANTWOORDTERMIJN = "antwoordtermijn"
ANTWOORDTERMIJN_UITSTEL = "antwoordtermijn_uitstel"
BEROEP_NIET_TIJDIG = "beroep_niet_tijdig"

_FINISHING = {"decided", "answered", "withdrawn", "closed"}


@dataclass(frozen=True)
class EventFact:
    type: str
    date: date
    note: str | None = None


@dataclass(frozen=True)
class ComputedDeadline:
    key: str
    deadline: Deadline
    started_by: str
    started_on: date
    override: date | None = None
    #: The computed date this key stands for (``deadline.due``, or ``due_extended`` for an extension).
    computed: date | None = None

    @property
    def computed_due(self) -> date:
        """What the law says, whatever the override."""
        return self.computed if self.computed is not None else self.deadline.due

    @property
    def due(self) -> date:
        """The date that counts: the user's override if any, else the computed date."""
        return self.override if self.override is not None else self.computed_due


@dataclass(frozen=True)
class RequestState:
    status: str
    regime: str
    due: date | None
    overdue: bool
    days_open: int | None
    deadlines: tuple[ComputedDeadline, ...] = ()
    warnings: tuple[str, ...] = ()

    def deadline(self, key: str) -> ComputedDeadline | None:
        return next((d for d in self.deadlines if d.key == key), None)


class _Timeline:
    """Mutable scratchpad while the events are read; frozen into a RequestState at the end."""

    def __init__(self, overrides: Mapping[str, date]) -> None:
        self.overrides = overrides
        self.deadlines: dict[str, ComputedDeadline] = {}
        self.warnings: list[str] = []
        self.status = "draft"
        self.owed: str | None = None  # key of the deadline currently owed
        self.finished_on: date | None = None

    def add(self, key: str, deadline: Deadline, event: str, on: date, computed: date) -> None:
        self.deadlines[key] = ComputedDeadline(
            key, deadline, event, on, self.overrides.get(key), computed
        )


def evaluate(
    kind: str,
    events: Sequence[EventFact],
    *,
    today: date,
    submitted: date | None = None,
    received: date | None = None,
    overrides: Mapping[str, date] | None = None,
    advisory_committee: bool = False,
) -> RequestState:
    """Status, due date, overdue, days open, deadlines and warnings of one request.

    ``advisory_committee``: the bezwaar is heard by an adviescommissie (Awb 7:13), so the
    beslissing op bezwaar gets 12 weeks instead of 6.
    """
    if kind not in kinds.REQUEST_KINDS:
        raise ValueError(f"unknown request kind '{kind}'")
    ordered = sorted(events, key=lambda e: e.date)
    first = {e.type: e.date for e in reversed(ordered)}  # earliest date per type
    submitted = submitted or first.get("submitted")
    t = _Timeline(overrides or {})
    if kind == kinds.KAMERVRAGEN:
        regime = kind
        _kamervragen(t, ordered, submitted)
        opened = submitted
    else:
        received = received or first.get("received")
        start = received or submitted
        regime = kinds.regime_for(start) if start else kind
        if start and regime != kind:
            t.warnings.append(
                f"recorded as {kind} but received {start.isoformat()}: the {regime.title()} "
                f"applies (the Woo took effect on {kinds.WOO_IN_FORCE.isoformat()})"
            )
        if start and received is None:
            t.warnings.append(
                f"no receipt recorded: receipt assumed on the submission date {start.isoformat()}"
            )
        _foi(t, ordered, regime, start, received is not None, advisory_committee)
        opened = submitted or received
    owed = t.deadlines.get(t.owed) if t.owed else None
    due = owed.due if owed else None
    finished = t.status in kinds.FINISHED_STATUSES
    overdue = bool(due and today > due and not finished)
    days_open = None
    if opened is not None:
        days_open = ((t.finished_on or today) - opened).days
    return RequestState(
        status=t.status,
        regime=regime,
        due=due,
        overdue=overdue,
        days_open=days_open,
        deadlines=tuple(t.deadlines.values()),
        warnings=tuple(t.warnings),
    )


def _finish(t: _Timeline, status: str, on: date) -> None:
    t.status = status
    if t.finished_on is None:
        t.finished_on = on


def _kamervragen(t: _Timeline, events: Sequence[EventFact], submitted: date | None) -> None:
    if submitted is None:
        return
    term = deadlines.compute(kinds.KAMERVRAGEN, submitted, extended=True)
    t.add(
        ANTWOORDTERMIJN,
        deadlines.compute(kinds.KAMERVRAGEN, submitted),
        "submitted",
        submitted,
        term.due,
    )
    t.status, t.owed = "awaiting_answer", ANTWOORDTERMIJN
    for ev in events:
        if ev.type == "postponed" and t.status == "awaiting_answer":
            assert term.due_extended is not None
            t.add(ANTWOORDTERMIJN_UITSTEL, term, "postponed", ev.date, term.due_extended)
            t.status, t.owed = "postponed", ANTWOORDTERMIJN_UITSTEL
            if ev.date > term.due:
                t.warnings.append(
                    f"uitstelbericht came {(ev.date - term.due).days} days after the 3-week term ({term.due.isoformat()})"
                )
        elif ev.type == "answered":
            _finish(t, "answered", ev.date)
            late = [
                f"{(ev.date - d).days} days past the {label} term ({d.isoformat()})"
                for label, d in (("3-week", term.due), ("6-week", term.due_extended))
                if d is not None and ev.date > d
            ]
            if late:
                t.warnings.append(f"answered on {ev.date.isoformat()}: " + ", ".join(late))
        elif ev.type in ("withdrawn", "closed"):
            _finish(t, ev.type, ev.date)
            t.owed = None
        elif ev.type not in ("submitted", "received", "acknowledged"):
            t.warnings.append(
                f"event '{ev.type}' on {ev.date.isoformat()} does not apply to kamervragen; ignored"
            )


def _foi(
    t: _Timeline,
    events: Sequence[EventFact],
    regime: str,
    start: date | None,
    receipt_known: bool,
    advisory_committee: bool,
) -> None:
    """Woo / Wob: beslistermijn, verdaging, opschorting, then bezwaar and beroep."""
    if start is None:
        return
    t.status = "awaiting_decision" if receipt_known else "submitted"
    started_by = "received" if receipt_known else "submitted"
    suspended_days = 0
    suspended_since: date | None = None
    extended = False
    decided_on: date | None = None
    bob_extended = False

    def beslistermijn(at: date | None = None) -> Deadline:
        extra = suspended_days
        if suspended_since is not None and at is not None:
            extra += deadlines.suspended_days(suspended_since, at)
        return deadlines.compute(regime, start, extended=True, suspended_days=extra)

    def refresh() -> None:
        d = beslistermijn()
        t.add(BESLISTERMIJN, d, started_by, start, d.due)
        if extended:
            assert d.due_extended is not None
            prev = t.deadlines.get(VERDAGING)
            t.add(VERDAGING, d, "extended", prev.started_on if prev else start, d.due_extended)

    refresh()
    t.owed = BESLISTERMIJN
    for ev in events:
        if ev.date < start and ev.type not in ("submitted", "received"):
            t.warnings.append(
                f"'{ev.type}' on {ev.date.isoformat()} is before the request was received"
            )
        if ev.type == "suspended" and decided_on is None:
            current = beslistermijn()
            limit = current.due_extended if extended else current.due
            assert limit is not None
            if suspended_since is not None:
                t.warnings.append(
                    f"opschorting on {ev.date.isoformat()} while already suspended; ignored"
                )
            elif ev.date > limit:
                t.warnings.append(
                    f"opschorting came late ({ev.date.isoformat()}, the term ended {limit.isoformat()}): "
                    "a term that has passed cannot stand still"
                )
            else:
                suspended_since = ev.date
                t.status = "suspended"
                t.owed = None
        elif ev.type == "resumed" and decided_on is None:
            if suspended_since is None:
                t.warnings.append(
                    f"'resumed' on {ev.date.isoformat()} without an opschorting; ignored"
                )
                continue
            suspended_days += deadlines.suspended_days(suspended_since, ev.date)
            suspended_since = None
            t.status = (
                "extended" if extended else "awaiting_decision" if receipt_known else "submitted"
            )
            t.owed = VERDAGING if extended else BESLISTERMIJN
            refresh()
        elif ev.type == "extended" and decided_on is None:
            first_due = beslistermijn(ev.date).due
            if extended:
                t.warnings.append(
                    f"second verdaging on {ev.date.isoformat()} ignored: the term can be extended once"
                )
            elif ev.date > first_due:
                t.warnings.append(
                    f"verdaging was late ({ev.date.isoformat()}, the term ended {first_due.isoformat()}): "
                    f"it does not extend the term ({_verdaging_article(regime)})"
                )
            else:
                extended = True
                t.deadlines.pop(VERDAGING, None)
                d = beslistermijn()
                assert d.due_extended is not None
                t.add(VERDAGING, d, "extended", ev.date, d.due_extended)
                if suspended_since is None:
                    t.status, t.owed = "extended", VERDAGING
        elif ev.type == "extended" and t.status == "in_objection" and decided_on is not None:
            bob = deadlines.compute(
                "beslissing_op_bezwaar",
                decided_on,
                extended=True,
                advisory_committee=advisory_committee,
            )
            if bob_extended:
                t.warnings.append(
                    f"second verdaging of the beslissing op bezwaar on {ev.date.isoformat()} ignored"
                )
            elif ev.date > bob.due:
                t.warnings.append(
                    f"verdaging was late ({ev.date.isoformat()}, the beslissing op bezwaar was due "
                    f"{bob.due.isoformat()}): it does not extend the term (Awb 7:10 lid 3)"
                )
            else:
                bob_extended = True
                assert bob.due_extended is not None
                t.add(BESLISSING_OP_BEZWAAR_VERDAGING, bob, "extended", ev.date, bob.due_extended)
                t.owed = BESLISSING_OP_BEZWAAR_VERDAGING
        elif ev.type == "decided":
            if decided_on is not None:
                t.warnings.append(
                    f"second besluit on {ev.date.isoformat()}; the first ({decided_on.isoformat()}) counts"
                )
                continue
            if suspended_since is not None:
                suspended_days += deadlines.suspended_days(suspended_since, ev.date)
                suspended_since = None
                refresh()
            decided_on = ev.date
            owed_term = t.deadlines[VERDAGING if extended else BESLISTERMIJN].computed_due
            if ev.date > owed_term:
                t.warnings.append(
                    f"besluit came {(ev.date - owed_term).days} days late (due {owed_term.isoformat()})"
                )
            bezwaar = deadlines.compute("bezwaar", ev.date)
            t.add(BEZWAARTERMIJN, bezwaar, "decided", ev.date, bezwaar.due)
            t.owed = BEZWAARTERMIJN
            _finish(t, "decided", ev.date)
        elif ev.type == "objection_filed":
            if decided_on is None:
                t.warnings.append(
                    f"bezwaar filed on {ev.date.isoformat()} without a recorded besluit: "
                    "record the 'decided' event to compute the beslissing op bezwaar"
                )
                t.status, t.owed = "in_objection", None
                continue
            bezwaar = t.deadlines[BEZWAARTERMIJN].deadline
            if ev.date > bezwaar.due:
                t.warnings.append(
                    f"bezwaar filed on {ev.date.isoformat()}, after the bezwaartermijn ended "
                    f"{bezwaar.due.isoformat()} (Awb 6:7; Awb 6:11 for a late filing)"
                )
            bob = deadlines.compute(
                "beslissing_op_bezwaar", decided_on, advisory_committee=advisory_committee
            )
            t.add(BESLISSING_OP_BEZWAAR, bob, "objection_filed", ev.date, bob.due)
            t.status, t.owed = "in_objection", BESLISSING_OP_BEZWAAR
        elif ev.type == "objection_decided":
            beroep = deadlines.compute("beroep", ev.date)
            t.add(BEROEPSTERMIJN, beroep, "objection_decided", ev.date, beroep.due)
            t.status, t.owed = "objection_decided", BEROEPSTERMIJN
        elif ev.type == "appeal_filed":
            beroep_term = t.deadlines.get(BEROEPSTERMIJN)
            if beroep_term and ev.date > beroep_term.deadline.due:
                t.warnings.append(
                    f"beroep filed on {ev.date.isoformat()}, after the beroepstermijn ended "
                    f"{beroep_term.deadline.due.isoformat()}"
                )
            t.status, t.owed = "in_appeal", None
        elif ev.type == INGEBREKESTELLING:
            niet_tijdig = deadlines.ingebrekestelling_beroep(ev.date)
            t.add(BEROEP_NIET_TIJDIG, niet_tijdig, INGEBREKESTELLING, ev.date, niet_tijdig.due)
        elif ev.type in ("withdrawn", "closed"):
            _finish(t, ev.type, ev.date)
            t.owed = None
        elif ev.type in ("postponed", "answered"):
            t.warnings.append(
                f"event '{ev.type}' on {ev.date.isoformat()} applies to kamervragen; ignored"
            )
        elif ev.type in ("suspended", "resumed", "extended"):
            t.warnings.append(f"'{ev.type}' on {ev.date.isoformat()} after the besluit; ignored")
    if suspended_since is not None:
        t.warnings.append(
            f"term stands still since {suspended_since.isoformat()} (opschorting, Awb 4:15): "
            "record 'resumed' when the zienswijze or aanvulling comes in"
        )


def _verdaging_article(regime: str) -> str:
    return "Wob art. 6 lid 2" if regime == kinds.WOB else "Woo art. 4.4 lid 2"
