"""A request's state from its timeline; dates worked out by hand."""

from __future__ import annotations

from datetime import date

import pytest

from woo_tracker.domain import kinds
from woo_tracker.domain.status import (
    ANTWOORDTERMIJN,
    ANTWOORDTERMIJN_UITSTEL,
    BEROEP_NIET_TIJDIG,
    BEROEPSTERMIJN,
    BESLISSING_OP_BEZWAAR,
    BESLISSING_OP_BEZWAAR_VERDAGING,
    BESLISTERMIJN,
    BEZWAARTERMIJN,
    VERDAGING,
    EventFact,
    evaluate,
)

D = date.fromisoformat


def ev(type_: str, day: str) -> EventFact:
    return EventFact(type_, D(day))


RECEIVED = ev("received", "2025-04-25")  # beslistermijn 2025-05-23, verdaging 2025-06-06


# --- Woo / Wob beslistermijn -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("today", "overdue"),
    [("2025-05-01", False), ("2025-05-23", False), ("2025-05-24", True)],
)
def test_woo_request_received_without_besluit_is_awaiting_decision_and_overdue_the_day_after(
    today, overdue
):
    s = evaluate("woo", [RECEIVED], today=D(today))
    assert s.status == "awaiting_decision"
    assert s.regime == "woo"
    assert s.due == D("2025-05-23")
    assert s.overdue is overdue
    assert s.days_open == (D(today) - D("2025-04-25")).days
    assert s.deadline(BESLISTERMIJN).started_by == "received"


def test_received_date_given_as_argument_starts_the_term():
    s = evaluate("woo", [], today=D("2025-05-01"), received=D("2025-04-25"))
    assert s.status == "awaiting_decision"
    assert s.due == D("2025-05-23")


def test_without_receipt_the_term_runs_from_submission_with_a_warning():
    s = evaluate("woo", [ev("submitted", "2025-04-25")], today=D("2025-05-01"))
    assert s.status == "submitted"
    assert s.due == D("2025-05-23")
    assert any("assumed" in w for w in s.warnings)
    assert s.deadline(BESLISTERMIJN).started_by == "submitted"


def test_days_open_counts_from_submission_when_known():
    s = evaluate(
        "woo",
        [ev("submitted", "2025-04-20"), RECEIVED, ev("decided", "2025-05-20")],
        today=D("2025-09-01"),
    )
    assert s.days_open == 30  # 20 April .. 20 May


def test_nothing_known_is_a_draft():
    s = evaluate("woo", [], today=D("2025-05-01"))
    assert s.status == "draft"
    assert s.due is None
    assert s.overdue is False
    assert s.days_open is None
    assert s.deadlines == ()


# --- verdaging ---------------------------------------------------------------------------------


@pytest.mark.parametrize("extended_on", ["2025-05-20", "2025-05-23"])
def test_verdaging_in_time_moves_due_to_the_extended_term(extended_on):
    s = evaluate("woo", [RECEIVED, ev("extended", extended_on)], today=D("2025-05-30"))
    assert s.status == "extended"
    assert s.due == D("2025-06-06")
    assert s.overdue is False
    assert s.deadline(VERDAGING).computed_due == D("2025-06-06")
    assert s.deadline(VERDAGING).started_by == "extended"


def test_verdaging_after_the_first_term_ended_does_not_extend():
    s = evaluate("woo", [RECEIVED, ev("extended", "2025-05-26")], today=D("2025-05-30"))
    assert s.status == "awaiting_decision"
    assert s.due == D("2025-05-23")
    assert s.overdue is True
    assert s.deadline(VERDAGING) is None
    assert any(w.startswith("verdaging was late") for w in s.warnings)


# --- Wob / Woo switch-over -------------------------------------------------------------------


def test_request_recorded_as_woo_but_received_before_1_may_2022_gets_the_wob_rules():
    # received Fri 29 April 2022: 4 weeks = Fri 27 May 2022 (Friday after Hemelvaart) -> Mon 30
    # May; Wob verdaging 4 weeks: 8 weeks = Fri 24 June 2022.
    s = evaluate(
        "woo",
        [ev("received", "2022-04-29"), ev("extended", "2022-05-20")],
        today=D("2022-06-01"),
    )
    assert s.regime == "wob"
    assert s.deadline(BESLISTERMIJN).computed_due == D("2022-05-30")
    assert s.due == D("2022-06-24")
    assert any("Wob" in w and "2022-05-01" in w for w in s.warnings)


@pytest.mark.parametrize(
    ("kind", "received", "regime", "warned"),
    [
        ("woo", "2022-04-30", "wob", True),
        ("woo", "2022-05-01", "woo", False),
        ("wob", "2022-04-30", "wob", False),
        ("wob", "2022-05-01", "woo", True),
    ],
)
def test_regime_follows_the_received_date(kind, received, regime, warned):
    s = evaluate(kind, [ev("received", received)], today=D("2022-05-02"))
    assert s.regime == regime
    assert any("applies" in w for w in s.warnings) is warned


def test_woo_received_2_may_2022_gets_two_weeks_verdaging():
    s = evaluate(
        "woo", [ev("received", "2022-05-02"), ev("extended", "2022-05-25")], today=D("2022-06-01")
    )
    assert s.due == D("2022-06-13")


# --- opschorting -----------------------------------------------------------------------------


def test_opschorting_adds_the_days_the_term_stood_still():
    # received Tue 4 March 2025 (term 1 April); zienswijze asked 10 March, in on 20 March: +10
    events = [
        ev("received", "2025-03-04"),
        ev("suspended", "2025-03-10"),
        ev("resumed", "2025-03-20"),
    ]
    s = evaluate("woo", events, today=D("2025-04-02"))
    assert s.status == "awaiting_decision"
    assert s.due == D("2025-04-11")
    assert s.overdue is False


def test_while_suspended_nothing_is_due_and_nothing_is_overdue():
    events = [ev("received", "2025-03-04"), ev("suspended", "2025-03-10")]
    s = evaluate("woo", events, today=D("2025-05-01"))
    assert s.status == "suspended"
    assert s.due is None
    assert s.overdue is False
    assert any("stands still" in w for w in s.warnings)


def test_opschorting_after_the_term_passed_is_ignored():
    events = [
        ev("received", "2025-03-04"),
        ev("suspended", "2025-04-02"),
        ev("resumed", "2025-04-10"),
    ]
    s = evaluate("woo", events, today=D("2025-04-03"))
    assert s.due == D("2025-04-01")
    assert s.overdue is True
    assert any("opschorting came late" in w for w in s.warnings)


def test_opschorting_and_verdaging_together():
    # received 4 March; suspended 10..20 March (+10); extended on 5 April (term then 11 April)
    # -> 6 weeks = 15 April + 10 days = Fri 25 April 2025.
    events = [
        ev("received", "2025-03-04"),
        ev("suspended", "2025-03-10"),
        ev("resumed", "2025-03-20"),
        ev("extended", "2025-04-05"),
    ]
    s = evaluate("woo", events, today=D("2025-04-20"))
    assert s.status == "extended"
    assert s.due == D("2025-04-25")


# --- besluit, bezwaar, beroep ------------------------------------------------------------------


def test_besluit_finishes_the_request_and_starts_the_bezwaartermijn():
    s = evaluate("woo", [RECEIVED, ev("decided", "2025-05-20")], today=D("2025-09-01"))
    assert s.status == "decided"
    assert s.deadline(BEZWAARTERMIJN).computed_due == D("2025-07-01")  # 20 May + 6 weeks
    assert s.due == D("2025-07-01")
    assert s.overdue is False  # decided is finished
    assert s.days_open == 25  # 25 April .. 20 May
    assert not any("late" in w for w in s.warnings)


def test_late_besluit_gets_a_warning():
    s = evaluate("woo", [RECEIVED, ev("decided", "2025-06-01")], today=D("2025-06-02"))
    assert s.status == "decided"
    assert any("9 days late" in w for w in s.warnings)  # due 23 May


@pytest.mark.parametrize(
    ("today", "advisory", "due", "overdue"),
    [
        ("2025-03-01", False, "2025-04-04", False),
        ("2025-04-05", False, "2025-04-04", True),
        ("2025-04-05", True, "2025-05-16", False),
    ],
)
def test_bezwaar_waits_for_the_beslissing_op_bezwaar(today, advisory, due, overdue):
    events = [
        ev("received", "2024-12-13"),
        ev("decided", "2025-01-10"),
        ev("objection_filed", "2025-02-10"),
    ]
    s = evaluate("woo", events, today=D(today), advisory_committee=advisory)
    assert s.status == "in_objection"
    assert s.due == D(due)
    assert s.overdue is overdue
    assert s.deadline(BESLISSING_OP_BEZWAAR).started_by == "objection_filed"


def test_verdaging_of_the_beslissing_op_bezwaar():
    events = [
        ev("received", "2024-12-13"),
        ev("decided", "2025-01-10"),
        ev("objection_filed", "2025-02-10"),
        ev("extended", "2025-03-20"),
    ]
    s = evaluate("woo", events, today=D("2025-04-10"))
    assert s.due == D("2025-05-16")
    assert s.overdue is False
    assert s.deadline(BESLISSING_OP_BEZWAAR_VERDAGING) is not None


def test_beslissing_op_bezwaar_starts_the_beroepstermijn_and_beroep_follows():
    events = [
        ev("received", "2024-12-13"),
        ev("decided", "2025-01-10"),
        ev("objection_filed", "2025-02-10"),
        ev("objection_decided", "2025-04-01"),
    ]
    s = evaluate("woo", events, today=D("2025-04-02"))
    assert s.status == "objection_decided"
    assert s.deadline(BEROEPSTERMIJN).computed_due == D("2025-05-13")
    assert s.due == D("2025-05-13")
    s2 = evaluate("woo", [*events, ev("appeal_filed", "2025-05-01")], today=D("2025-06-01"))
    assert s2.status == "in_appeal"
    assert s2.due is None
    assert s2.overdue is False


def test_late_bezwaar_is_warned_about():
    events = [
        ev("received", "2024-12-13"),
        ev("decided", "2025-01-10"),
        ev("objection_filed", "2025-02-24"),
    ]
    s = evaluate("woo", events, today=D("2025-03-01"))
    assert any("after the bezwaartermijn ended 2025-02-21" in w for w in s.warnings)


@pytest.mark.parametrize("finish", ["withdrawn", "closed"])
def test_withdrawn_or_closed_finishes_without_a_due_date(finish):
    s = evaluate("woo", [RECEIVED, ev(finish, "2025-05-05")], today=D("2025-09-01"))
    assert s.status == finish
    assert s.due is None
    assert s.overdue is False
    assert s.days_open == 10


def test_ingebrekestelling_opens_beroep_niet_tijdig_two_weeks_later():
    s = evaluate(
        "woo", [RECEIVED, EventFact("ingebrekestelling", D("2025-06-10"))], today=D("2025-06-11")
    )
    assert s.deadline(BEROEP_NIET_TIJDIG).computed_due == D("2025-06-24")
    assert s.due == D("2025-05-23")  # the besluit is still what is owed


# --- overrides and ordering ----------------------------------------------------------------------


def test_override_replaces_due_but_the_computed_date_stays_visible():
    s = evaluate(
        "woo", [RECEIVED], today=D("2025-06-01"), overrides={BESLISTERMIJN: D("2025-06-30")}
    )
    assert s.due == D("2025-06-30")
    assert s.overdue is False
    cd = s.deadline(BESLISTERMIJN)
    assert cd.override == D("2025-06-30")
    assert cd.computed_due == D("2025-05-23")
    assert cd.deadline.due == D("2025-05-23")


def test_events_in_any_order_are_read_by_date():
    # the verdaging was recorded last but dated before the besluit: it counts
    events = [ev("decided", "2025-06-01"), ev("extended", "2025-05-20"), RECEIVED]
    s = evaluate("woo", events, today=D("2025-06-02"))
    assert s.status == "decided"
    assert s.deadline(VERDAGING).computed_due == D("2025-06-06")
    assert not any("late" in w for w in s.warnings)


# --- Kamervragen -------------------------------------------------------------------------------


KV = ev("submitted", "2025-08-27")


@pytest.mark.parametrize(
    ("today", "overdue"), [("2025-09-10", False), ("2025-09-17", False), ("2025-09-18", True)]
)
def test_kamervragen_answer_expected_three_weeks_after_ingezonden(today, overdue):
    s = evaluate("kamervragen", [KV], today=D(today))
    assert s.status == "awaiting_answer"
    assert s.regime == "kamervragen"
    assert s.due == D("2025-09-17")
    assert s.overdue is overdue
    assert s.deadline(ANTWOORDTERMIJN).started_by == "submitted"


def test_kamervragen_uitstelbericht_gives_six_weeks():
    s = evaluate("kamervragen", [KV, ev("postponed", "2025-09-15")], today=D("2025-10-01"))
    assert s.status == "postponed"
    assert s.due == D("2025-10-08")
    assert s.overdue is False
    assert s.deadline(ANTWOORDTERMIJN_UITSTEL).computed_due == D("2025-10-08")


def test_kamervragen_answered_31_october_after_65_days_44_and_23_days_late():
    events = [KV, ev("postponed", "2025-09-15"), ev("answered", "2025-10-31")]
    s = evaluate("kamervragen", events, today=D("2025-12-01"))
    assert s.status == "answered"
    assert s.status in kinds.FINISHED_STATUSES
    assert s.days_open == 65
    assert s.overdue is False
    late = " ".join(s.warnings)
    assert "44 days past the 3-week term (2025-09-17)" in late
    assert "23 days past the 6-week term (2025-10-08)" in late


def test_kamervragen_without_ingezonden_date_is_a_draft():
    s = evaluate("kamervragen", [], today=D("2025-10-01"))
    assert s.status == "draft"
    assert s.due is None


def test_kamervragen_submitted_argument_is_enough():
    s = evaluate("kamervragen", [], today=D("2025-10-01"), submitted=D("2025-08-27"))
    assert s.due == D("2025-09-17")
    assert s.overdue is True
    assert s.days_open == 35


def test_unknown_kind_is_refused():
    with pytest.raises(ValueError):
        evaluate("appeal", [], today=D("2025-01-01"))
