"""Deadlines: every worked example of DOMAIN.md §2 and more, expected dates worked out by hand."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from woo_tracker.domain import deadlines
from woo_tracker.domain.calendar_nl import feestdagen, gelijkgestelde_dagen
from woo_tracker.domain.deadlines import compute, to_json

D = date.fromisoformat


# --- DOMAIN.md §2 worked examples, literally -------------------------------------------------


def test_woo_received_friday_25_april_due_23_may_and_6_june_with_verdaging():
    d = compute("woo", D("2025-04-25"), extended=True)
    assert d.due == D("2025-05-23")
    assert d.due_extended == D("2025-06-06")


def test_woo_received_8_april_ends_tuesday_6_may_because_5_may_is_the_day_before():
    d = compute("woo", D("2025-04-08"))
    assert d.due == D("2025-05-06")
    assert d.plain_due == D("2025-05-06")


def test_woo_received_31_march_ends_monday_28_april_koningsdag_2025_was_saturday():
    d = compute("woo", D("2025-03-31"))
    assert d.due == D("2025-04-28")
    assert d.plain_due == d.due


def test_woo_beslistermijn_ending_on_the_gelijkgestelde_friday_after_hemelvaart_moves_to_monday():
    d = compute("woo", D("2025-05-02"))
    assert d.plain_due == D("2025-05-30")
    assert d.due == D("2025-06-02")
    assert d.assumed is False
    assert "Atw art. 1 lid 1" in d.basis
    assert "2025-05-30" in d.basis  # the basis says the day was moved


def test_woo_received_thursday_20_march_ends_thursday_17_april():
    assert compute("woo", D("2025-03-20")).due == D("2025-04-17")


def test_woo_beslistermijn_ending_on_goede_vrijdag_moves_past_tweede_paasdag():
    d = compute("woo", D("2025-03-21"))
    assert d.plain_due == D("2025-04-18")
    assert d.due == D("2025-04-22")
    assert any("Goede Vrijdag" in n and "Tweede Paasdag" in n for n in d.notes)


def test_kamervragen_ingezonden_27_august_answer_expected_17_september_or_8_october():
    d = compute("kamervragen", D("2025-08-27"), extended=True)
    assert d.due == D("2025-09-17")
    assert d.due_extended == D("2025-10-08")
    assert "Atw" not in d.basis.replace("no Atw shift", "")


def test_cli_contract_json_for_woo_extended():
    out = to_json(compute("woo", D("2025-04-25"), extended=True))
    assert list(out) == ["kind", "start", "due", "due_extended", "basis"]
    assert out["kind"] == "woo"
    assert out["start"] == "2025-04-25"
    assert out["due"] == "2025-05-23"
    assert out["due_extended"] == "2025-06-06"
    assert "Woo art. 4.4 lid 1" in out["basis"]
    assert "Woo art. 4.4 lid 2" in out["basis"]
    json.dumps(out)  # serialisable as is


def test_cli_contract_json_without_extension_has_no_due_extended():
    out = to_json(compute("bezwaar", D("2025-01-10")))
    assert list(out) == ["kind", "start", "due", "basis"]
    assert out["due"] == "2025-02-21"


# --- more terms, by hand --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "start", "plain", "due"),
    [
        # Goede Vrijdag 2024 (29 March), Easter weekend, Tweede Paasdag 1 April
        ("woo", "2024-03-01", "2024-03-29", "2024-04-02"),
        # Hemelvaartsdag 2024 (9 May), decreed Friday 10 May, weekend
        ("woo", "2024-04-11", "2024-05-09", "2024-05-13"),
        # Tweede Pinksterdag 2024 (20 May)
        ("woo", "2024-04-22", "2024-05-20", "2024-05-21"),
        # Tweede Kerstdag 2024 on Thursday, decreed Friday 27 December, weekend
        ("woo", "2024-11-28", "2024-12-26", "2024-12-30"),
        # Nieuwjaarsdag 2026 on Thursday, decreed Friday 2 January, weekend
        ("woo", "2025-12-04", "2026-01-01", "2026-01-05"),
        # Koningsdag 2023 on Thursday, decreed Friday 28 April, weekend
        ("woo", "2023-03-30", "2023-04-27", "2023-05-01"),
        # 5 May 2026 on a Tuesday
        ("woo", "2026-04-07", "2026-05-05", "2026-05-06"),
        # ending on a Saturday / Sunday
        ("woo", "2025-06-07", "2025-07-05", "2025-07-07"),
        ("woo", "2025-06-08", "2025-07-06", "2025-07-07"),
        # Wob: same 4 weeks
        ("wob", "2021-02-01", "2021-03-01", "2021-03-01"),
        # bezwaar ending on Hemelvaartsdag 2025
        ("bezwaar", "2025-04-17", "2025-05-29", "2025-06-02"),
        # beroep ending on Christmas 2025 (Thursday/Friday)
        ("beroep", "2025-11-13", "2025-12-25", "2025-12-29"),
        ("beroep", "2025-04-01", "2025-05-13", "2025-05-13"),
    ],
)
def test_statutory_terms(kind, start, plain, due):
    d = compute(kind, D(start))
    assert d.plain_due == D(plain)
    assert d.due == D(due)
    assert d.start == D(start)
    assert d.kind == kind


def test_wob_verdaging_is_four_weeks_and_woo_verdaging_two():
    wob = compute("wob", D("2021-02-01"), extended=True)
    assert wob.due_extended == D("2021-03-29")
    assert "Wob art. 6" in wob.basis
    woo = compute("woo", D("2022-05-02"), extended=True)
    assert woo.due == D("2022-05-30")
    assert woo.due_extended == D("2022-06-13")


def test_extended_term_runs_from_the_same_start_not_from_the_shifted_first_due():
    # 4 weeks after Mon 7 April 2025 is 5 May (feestdag) -> 6 May; 6 weeks is Mon 19 May.
    d = compute("woo", D("2025-04-07"), extended=True)
    assert d.due == D("2025-05-06")
    assert d.due_extended == D("2025-05-19")


def test_assumed_gelijkgestelde_dag_in_2029_is_flagged():
    d = compute("woo", D("2029-04-12"))
    assert d.plain_due == D("2029-05-10")  # Hemelvaartsdag 2029
    assert d.due == D("2029-05-14")  # past the assumed Friday 11 May and the weekend
    assert d.assumed is True
    assert to_json(d)["assumed"] is True
    assert any("assumed" in n for n in d.notes)


def test_decreed_day_is_not_flagged_assumed():
    d = compute("woo", D("2025-05-02"))
    assert d.assumed is False
    assert "assumed" not in to_json(d)


@pytest.mark.parametrize(
    ("start", "suspended", "due"),
    [
        ("2025-03-04", 10, "2025-04-11"),  # 1 April + 10 days, a Friday
        ("2025-03-11", 10, "2025-04-22"),  # 8 April + 10 = Goede Vrijdag -> Tuesday 22 April
        ("2025-03-04", 0, "2025-04-01"),
    ],
)
def test_opschorting_adds_the_suspended_days_before_the_atw_shift(start, suspended, due):
    d = compute("woo", D(start), suspended_days=suspended)
    assert d.due == D(due)
    if suspended:
        assert "Awb 4:15" in d.basis


def test_opschorting_counts_from_the_day_after_the_notice_up_to_and_including_the_answer():
    # notice on 10 March, zienswijze in on 20 March: 11..20 March = 10 days
    assert deadlines.suspended_days(D("2025-03-10"), D("2025-03-20")) == 10


@pytest.mark.parametrize(
    ("advisory", "extended", "due", "due_extended"),
    [
        (False, False, "2025-04-04", None),  # 6 weeks after the bezwaartermijn (21 Feb)
        (True, False, "2025-05-16", None),  # 12 weeks with an adviescommissie
        (False, True, "2025-04-04", "2025-05-16"),  # + 6 weeks verdaging
        (True, True, "2025-05-16", "2025-06-27"),  # 12 + 6 weeks
    ],
)
def test_beslissing_op_bezwaar_counts_from_the_end_of_the_bezwaartermijn(
    advisory, extended, due, due_extended
):
    d = compute(
        "beslissing_op_bezwaar", D("2025-01-10"), advisory_committee=advisory, extended=extended
    )
    assert d.start == D("2025-01-10")
    assert d.due == D(due)
    assert d.due_extended == (D(due_extended) if due_extended else None)
    assert "Awb 7:10" in d.basis


def test_beslissing_op_bezwaar_runs_from_the_atw_shifted_end_of_the_bezwaartermijn():
    # besluit 18 April 2025: bezwaartermijn 30 May (gelijkgesteld) -> Mon 2 June; +6 weeks.
    d = compute("beslissing_op_bezwaar", D("2025-04-18"))
    assert d.due == D("2025-07-14")


def test_ingebrekestelling_opens_beroep_niet_tijdig_after_two_weeks():
    assert deadlines.ingebrekestelling_beroep(D("2025-06-10")).due == D("2025-06-24")
    late = deadlines.ingebrekestelling_beroep(D("2025-12-12"))  # 26 Dec = Tweede Kerstdag
    assert late.due == D("2025-12-29")
    assert "Awb 6:12" in late.basis


def test_woo_openbaarmaking_two_weeks_after_the_besluit():
    assert deadlines.woo_openbaarmaking(D("2025-06-03")).due == D("2025-06-17")
    d = deadlines.woo_openbaarmaking(D("2025-04-04"))  # 18 April = Goede Vrijdag
    assert d.due == D("2025-04-22")
    assert "Woo art. 4.4 lid 5" in d.basis


@pytest.mark.parametrize(
    ("kind", "kwargs"),
    [
        ("appeal", {}),
        ("bezwaar", {"extended": True}),
        ("beroep", {"extended": True}),
        ("woo", {"suspended_days": -1}),
    ],
)
def test_invalid_requests_are_refused(kind, kwargs):
    with pytest.raises(ValueError):
        compute(kind, D("2025-01-10"), **kwargs)


# --- properties --------------------------------------------------------------------------------

_STATUTORY_WEEKS = {"woo": (4, 6), "wob": (4, 8), "bezwaar": (6, None), "beroep": (6, None)}


def _non_working_by_hand(day: date) -> bool:
    days, _assumed = gelijkgestelde_dagen(day.year)
    return day.weekday() >= 5 or day in feestdagen(day.year) or day in days


@given(
    kind=st.sampled_from(sorted(_STATUTORY_WEEKS)),
    start=st.dates(min_value=date(2005, 1, 1), max_value=date(2040, 12, 31)),
    extended=st.booleans(),
    suspended=st.integers(min_value=0, max_value=60),
)
def test_statutory_due_is_a_working_day_and_never_before_the_plain_term(
    kind, start, extended, suspended
):
    weeks, extended_weeks = _STATUTORY_WEEKS[kind]
    extended = extended and extended_weeks is not None
    d = compute(kind, start, extended=extended, suspended_days=suspended)
    plain = start + timedelta(days=7 * weeks + suspended)
    assert d.plain_due == plain
    assert d.due.weekday() < 5
    assert not _non_working_by_hand(d.due)
    assert plain <= d.due <= plain + timedelta(days=9)
    if extended:
        plain_ext = start + timedelta(days=7 * extended_weeks + suspended)
        assert d.due_extended is not None
        assert not _non_working_by_hand(d.due_extended)
        assert plain_ext <= d.due_extended <= plain_ext + timedelta(days=9)


@given(
    start=st.dates(min_value=date(2005, 1, 1), max_value=date(2040, 12, 31)),
    advisory=st.booleans(),
)
def test_beslissing_op_bezwaar_is_a_working_day_at_least_12_or_18_weeks_after_the_besluit(
    start, advisory
):
    d = compute("beslissing_op_bezwaar", start, advisory_committee=advisory)
    assert d.due.weekday() < 5
    assert not _non_working_by_hand(d.due)
    assert d.due >= start + timedelta(weeks=18 if advisory else 12)


@given(start=st.dates(min_value=date(2000, 1, 1), max_value=date(2050, 12, 31)))
def test_kamervragen_due_is_exactly_three_weeks_and_six_after_uitstel(start):
    d = compute("kamervragen", start, extended=True)
    assert d.due == start + timedelta(days=21)
    assert d.due_extended == start + timedelta(days=42)
    assert d.assumed is False
