"""Woo / Wob / Awb / Kamervragen terms turned into dated deadlines with their legal basis.

Every deadline carries the article it rests on (``basis``) so a user can quote it to the
organisation, the plain last day before the Algemene termijnenwet moved it (``plain_due``) and
whether a day it skipped was only assumed to be a gelijkgestelde dag (``assumed``). Deadlines are
computed, never typed in; a user override lives elsewhere (domain.status) next to the computed date.

Counting (DOMAIN.md §2): a term runs from the day after the starting event (Awb 6:8), so n weeks
end on start + 7·n days; days the term stood still (opschorting, Awb 4:15 / Woo art. 4.4 lid 3-4)
are added; then a statutory term's last day moves past weekends and feestdagen (Atw art. 1 lid 1).
An extended term is the whole longer term from the same start, shifted once at its own end.
Kamervragen terms come from the Reglement van Orde, not a statute: no Atw shift.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from woo_tracker.domain import calendar_nl, kinds

KAMERVRAGEN_BASIS = "Reglement van Orde Tweede Kamer (schriftelijke vragen)"


@dataclass(frozen=True)
class Deadline:
    kind: str
    start: date
    due: date
    basis: str
    due_extended: date | None = None
    basis_extended: str | None = None
    #: The last day before the Atw shift (start + term + suspended days).
    plain_due: date | None = None
    #: True when a skipped day was only assumed to be a gelijkgestelde dag (no decree known).
    assumed: bool = False
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Rule:
    weeks: int
    basis: str
    extra_weeks: int | None  # extension: the whole term becomes weeks + extra_weeks
    basis_extended: str | None
    statutory: bool = True


_RULES: dict[str, _Rule] = {
    "woo": _Rule(4, "Woo art. 4.4 lid 1", 2, "Woo art. 4.4 lid 2 (verdaging, max. 2 weken)"),
    "wob": _Rule(4, "Wob art. 6 lid 1", 4, "Wob art. 6 lid 2 (verdaging, max. 4 weken)"),
    "kamervragen": _Rule(
        3,
        f"{KAMERVRAGEN_BASIS}: 3 weken; not a statute, no Atw shift",
        3,
        f"{KAMERVRAGEN_BASIS}: 6 weken na ingezonden after an uitstelbericht; no Atw shift",
        statutory=False,
    ),
    "bezwaar": _Rule(6, "Awb 6:7, 6:8 lid 1 (bezwaartermijn)", None, None),
    "beslissing_op_bezwaar": _Rule(
        6, "Awb 7:10 lid 1 (from the end of the bezwaartermijn)", 6, "Awb 7:10 lid 3 (verdaging)"
    ),
    "beroep": _Rule(6, "Awb 6:7, 6:8 lid 1 (beroepstermijn)", None, None),
}


@dataclass(frozen=True)
class _Shifted:
    due: date
    plain: date
    basis: str
    assumed: bool
    notes: tuple[str, ...]


def _last_day(
    kind: str, start: date, weeks: int, suspended_days: int, basis: str, statutory: bool
) -> _Shifted:
    """Start + weeks (+ suspended days), then the Atw shift for a statutory term."""
    plain = calendar_nl.add_weeks(start, weeks) + timedelta(days=suspended_days)
    if not statutory:
        return _Shifted(plain, plain, basis, False, ())
    due, reasons, assumed = calendar_nl.atw_shift(plain)
    notes: list[str] = []
    if reasons:
        basis = f"{basis}; {calendar_nl.ATW_SHIFT} (moved from {plain.isoformat()})"
        notes.append(
            f"{kind}: last day {plain.isoformat()} moved to {due.isoformat()} "
            f"({calendar_nl.ATW_SHIFT}): " + "; ".join(reasons)
        )
        if assumed:
            notes.append(
                "a skipped day is only assumed to be a gelijkgestelde dag: no verified decree "
                f"under Atw art. 3 lid 3 is known for {plain.year}"
            )
    else:
        basis = f"{basis}; {calendar_nl.ATW_SHIFT}"
    return _Shifted(due, plain, basis, assumed, tuple(notes))


def compute(
    kind: str,
    start: date,
    *,
    extended: bool = False,
    advisory_committee: bool = False,
    suspended_days: int = 0,
) -> Deadline:
    """The deadline of ``kind`` for a starting event on ``start`` (DOMAIN.md §2 table).

    ``start`` is the day of the event: receipt (woo, wob), ingezonden (kamervragen), the besluit
    (bezwaar and beslissing_op_bezwaar), the beslissing op bezwaar (beroep). ``suspended_days``
    is how long the term stood still (opschorting); it is added before the Atw shift.
    """
    if kind not in kinds.DEADLINE_KINDS:
        raise ValueError(
            f"unknown deadline kind '{kind}'; use one of {', '.join(kinds.DEADLINE_KINDS)}"
        )
    if suspended_days < 0:
        raise ValueError("suspended_days cannot be negative")
    rule = _RULES[kind]
    if extended and rule.extra_weeks is None:
        raise ValueError(f"a {kind} term cannot be extended")
    notes: list[str] = []
    term_start = start
    weeks = rule.weeks
    basis = rule.basis
    if kind == "beslissing_op_bezwaar":
        # Awb 7:10 lid 1: the term runs from the day after the bezwaartermijn has passed; that
        # term is itself statutory, so its end is the Atw-shifted last day for bezwaar.
        term_start = compute("bezwaar", start).due
        notes.append(
            f"bezwaartermijn ends {term_start.isoformat()}; the term runs from the day after"
        )
        if advisory_committee:
            weeks = 12
            basis = "Awb 7:10 lid 1 (12 weken: adviescommissie, Awb 7:13)"
    if suspended_days:
        notes.append(
            f"term stood still for {suspended_days} days (opschorting; Awb 4:15, Woo art. 4.4 lid 3-4)"
        )
        basis = f"{basis}; Awb 4:15 ({suspended_days} days opgeschort)"
    first = _last_day(kind, term_start, weeks, suspended_days, basis, rule.statutory)
    notes.extend(first.notes)
    due_extended = basis_extended = None
    assumed = first.assumed
    if extended:
        assert rule.extra_weeks is not None and rule.basis_extended is not None
        second = _last_day(
            f"{kind} (extended)",
            term_start,
            weeks + rule.extra_weeks,
            suspended_days,
            rule.basis_extended,
            rule.statutory,
        )
        due_extended, basis_extended = second.due, second.basis
        assumed = assumed or second.assumed
        notes.extend(second.notes)
    return Deadline(
        kind=kind,
        start=start,
        due=first.due,
        basis=first.basis,
        due_extended=due_extended,
        basis_extended=basis_extended,
        plain_due=first.plain,
        assumed=assumed,
        notes=tuple(notes),
    )


def _fixed_term(kind: str, start: date, weeks: int, basis: str) -> Deadline:
    shifted = _last_day(kind, start, weeks, 0, basis, statutory=True)
    return Deadline(
        kind=kind,
        start=start,
        due=shifted.due,
        basis=shifted.basis,
        plain_due=shifted.plain,
        assumed=shifted.assumed,
        notes=shifted.notes,
    )


def ingebrekestelling_beroep(ingebrekestelling: date) -> Deadline:
    """When beroep niet tijdig beslissen opens: two weeks after the ingebrekestelling (Awb 6:12 lid 2).

    ``due`` is the last day of those two weeks; beroep can be filed from the day after it.
    """
    return _fixed_term(
        "beroep_niet_tijdig",
        ingebrekestelling,
        2,
        "Awb 6:12 lid 2 (2 weken na de ingebrekestelling; beroep open from the next day)",
    )


def woo_openbaarmaking(besluit: date) -> Deadline:
    """When documents are due after a besluit a third party is expected to object to (Woo art. 4.4 lid 5)."""
    return _fixed_term(
        "woo_openbaarmaking",
        besluit,
        2,
        "Woo art. 4.4 lid 5 (openbaarmaking 2 weken na bekendmaking van het besluit)",
    )


def suspended_days(notice: date, resumed: date) -> int:
    """Days a term stood still: from the day after the notice up to and including ``resumed``.

    Awb 4:15 / Woo art. 4.4 lid 3-4: opschorting runs from the day after the zienswijze was asked
    (or the requester was asked to complete the request) up to and including the day it came in.
    """
    return max(0, (resumed - notice).days)


def to_json(deadline: Deadline) -> dict[str, Any]:
    """The CLI contract (DOMAIN.md §5): kind, start, due, due_extended (when extended), basis.

    ``assumed: true`` is added only when a skipped day rests on an assumed gelijkstelling.
    """
    out: dict[str, Any] = {
        "kind": deadline.kind,
        "start": deadline.start.isoformat(),
        "due": deadline.due.isoformat(),
    }
    basis = deadline.basis
    if deadline.due_extended is not None:
        out["due_extended"] = deadline.due_extended.isoformat()
        basis = f"{basis} | extended: {deadline.basis_extended}"
    out["basis"] = basis
    if deadline.assumed:
        out["assumed"] = True
    return out
