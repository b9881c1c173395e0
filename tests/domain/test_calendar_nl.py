"""The Atw calendar: feestdagen, gelijkgestelde dagen and the shift past them (all dates by hand)."""

from __future__ import annotations

from datetime import date

import pytest

from woo_tracker.domain import calendar_nl
from woo_tracker.domain.calendar_nl import (
    add_weeks,
    atw_shift,
    feestdagen,
    gelijkgestelde_dagen,
    is_non_working,
    working_days_between,
)
from woo_tracker.domain.feestdagen_data import DECREES, DERIVED

D = date.fromisoformat


@pytest.mark.parametrize(
    ("day", "name_part"),
    [
        ("2025-01-01", "Nieuwjaarsdag"),
        ("2026-01-01", "Nieuwjaarsdag"),
        ("2025-04-18", "Goede Vrijdag"),
        ("2024-03-29", "Goede Vrijdag"),
        ("2025-04-21", "Tweede Paasdag"),
        ("2024-04-01", "Tweede Paasdag"),
        ("2025-04-26", "Koningsdag"),  # 27 April 2025 was a Sunday
        ("2014-04-26", "Koningsdag"),  # 27 April 2014 was a Sunday
        ("2023-04-27", "Koningsdag"),
        ("2024-04-27", "Koningsdag"),
        ("2013-04-30", "Koninginnedag"),
        ("2006-04-29", "Koninginnedag"),  # 30 April 2006 was a Sunday
        ("1978-05-01", "Koninginnedag"),  # before 1980 a Sunday 30 April moved to 1 May
        ("2025-05-05", "5 mei"),  # a Monday
        ("2026-05-05", "5 mei"),  # a Tuesday
        ("2024-05-05", "5 mei"),  # a Sunday: still a feestdag
        ("2025-05-29", "Hemelvaartsdag"),
        ("2024-05-09", "Hemelvaartsdag"),
        ("2025-06-09", "Tweede Pinksterdag"),
        ("2024-05-20", "Tweede Pinksterdag"),
        ("2025-12-25", "Eerste Kerstdag"),
        ("2024-12-26", "Tweede Kerstdag"),
        ("2025-12-26", "Tweede Kerstdag"),
    ],
)
def test_algemeen_erkende_feestdagen(day, name_part):
    d = D(day)
    assert name_part in feestdagen(d.year)[d]
    assert is_non_working(d)


def test_hemelvaartsdag_on_5_may_2016_keeps_both_names():
    name = feestdagen(2016)[D("2016-05-05")]
    assert "5 mei" in name
    assert "Hemelvaartsdag" in name


def test_a_year_has_exactly_the_atw_days():
    assert sorted(feestdagen(2025)) == [
        D("2025-01-01"),
        D("2025-04-18"),
        D("2025-04-21"),
        D("2025-04-26"),
        D("2025-05-05"),
        D("2025-05-29"),
        D("2025-06-09"),
        D("2025-12-25"),
        D("2025-12-26"),
    ]


@pytest.mark.parametrize(
    "day",
    [
        "2025-04-27",  # Sunday, but not Koningsdag in 2025
        "2025-04-20",  # Eerste Paasdag: a Sunday, not in art. 3 lid 1
        "2025-12-31",  # oudejaarsdag
        "2025-04-30",  # Koninginnedag is history
    ],
)
def test_days_that_are_not_feestdagen(day):
    d = D(day)
    assert d not in feestdagen(d.year)


@pytest.mark.parametrize(
    "day", ["2025-04-28", "2025-05-06", "2025-04-17", "2025-12-31", "2023-12-27", "2024-12-24"]
)
def test_ordinary_working_days(day):
    assert not is_non_working(D(day))


@pytest.mark.parametrize(
    ("year", "days", "assumed"),
    [
        (2025, ["2025-05-30"], False),
        (2024, ["2024-05-10", "2024-12-27"], False),
        (2023, ["2023-04-28", "2023-05-19"], False),
        (2026, ["2026-01-02", "2026-05-15"], False),
        (2027, ["2027-05-07"], False),
        (2028, ["2028-04-28", "2028-05-26"], False),
        (2018, ["2018-05-11", "2018-12-24", "2018-12-31"], False),
        (2017, ["2017-04-28", "2017-05-26"], False),
        (2019, ["2019-05-31", "2019-12-27"], False),
        (2021, ["2021-05-14"], True),  # derived, not verified
        (2029, ["2029-05-11"], True),  # no decree yet
        (2030, ["2030-05-31", "2030-12-27"], True),
    ],
)
def test_gelijkgestelde_dagen_per_year(year, days, assumed):
    got, got_assumed = gelijkgestelde_dagen(year)
    assert sorted(got) == [D(d) for d in days]
    assert got_assumed is assumed


def test_decreed_day_names_its_decree_and_assumed_day_says_so():
    assert "BWBR0038666" in calendar_nl.gelijkstelling_source(D("2018-12-24"))
    assert "assumed" in calendar_nl.gelijkstelling_source(D("2030-05-31"))
    assert calendar_nl.gelijkstelling_source(D("2025-05-29")) is None


def test_unverified_table_entries_say_how_they_were_made():
    for decree in DECREES:
        assert decree.verified == (decree.source != DERIVED)
        assert all(day.year in decree.years for day, _reason in decree.days)


def test_derived_table_entries_follow_the_customary_rule():
    for decree in DECREES:
        if decree.verified:
            continue
        for year in decree.years:
            table = {d for d, _r in decree.days if d.year == year}
            assert table == set(calendar_nl.customary_gelijkgestelde_dagen(year))


def test_customary_rule_adds_wednesday_6_may_when_hemelvaart_is_7_may():
    # Easter 29 March 2043 -> Hemelvaartsdag Thursday 7 May 2043; 5 May is a Tuesday;
    # Nieuwjaarsdag 2043 is a Thursday, so Friday 2 January as well.
    assert sorted(calendar_nl.customary_gelijkgestelde_dagen(2043)) == [
        D("2043-01-02"),
        D("2043-05-06"),
        D("2043-05-08"),
    ]


@pytest.mark.parametrize(
    ("last_day", "moved_to", "skipped", "assumed"),
    [
        ("2025-04-17", "2025-04-17", 0, False),  # an ordinary Thursday
        ("2025-04-26", "2025-04-28", 2, False),  # Koningsdag on Saturday, Sunday
        ("2025-05-05", "2025-05-06", 1, False),  # 5 May on a Monday
        ("2026-05-05", "2026-05-06", 1, False),  # 5 May on a Tuesday
        ("2025-05-29", "2025-06-02", 4, False),  # Hemelvaart, Friday after, weekend
        ("2024-05-09", "2024-05-13", 4, False),
        ("2025-06-09", "2025-06-10", 1, False),  # Tweede Pinksterdag
        ("2025-04-18", "2025-04-22", 4, False),  # Goede Vrijdag .. Tweede Paasdag
        ("2025-12-25", "2025-12-29", 4, False),  # Christmas on Thursday/Friday, weekend
        ("2024-12-25", "2024-12-30", 5, False),  # Wed, Thu, decreed Fri 27, weekend
        ("2026-01-01", "2026-01-05", 4, False),  # Nieuwjaarsdag Thursday, decreed 2 Jan
        ("2023-12-31", "2024-01-02", 2, False),  # Sunday into Nieuwjaarsdag
        ("2027-12-25", "2027-12-27", 2, False),  # Christmas on the weekend
        ("2018-12-24", "2018-12-27", 3, False),  # decreed Monday before Christmas
        ("2021-05-13", "2021-05-17", 4, True),  # derived Friday 14 May 2021
        ("2029-05-10", "2029-05-14", 4, True),  # assumed Friday 11 May 2029
        ("2025-06-07", "2025-06-10", 3, False),  # Saturday, Pinksteren, Tweede Pinksterdag
        ("2025-07-05", "2025-07-07", 2, False),  # a plain weekend
    ],
)
def test_atw_shift(last_day, moved_to, skipped, assumed):
    day, reasons, got_assumed = atw_shift(D(last_day))
    assert day == D(moved_to)
    assert len(reasons) == skipped
    assert got_assumed is assumed


def test_atw_shift_reasons_name_the_days():
    _day, reasons, _assumed = atw_shift(D("2025-05-30"))
    assert reasons[0].startswith("2025-05-30")
    assert "gelijkgesteld" in reasons[0]
    assert "zaterdag" in reasons[1]
    assert "zondag" in reasons[2]


def test_four_weeks_after_tuesday_4_march_ends_tuesday_1_april():
    assert add_weeks(D("2025-03-04"), 4) == D("2025-04-01")


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        ("2025-05-28", "2025-06-04", 3),  # Hemelvaart, gelijkgestelde vrijdag, weekend skipped
        ("2025-04-14", "2025-04-18", 3),  # Tue..Thu count, Goede Vrijdag does not
        ("2025-04-22", "2025-04-22", 0),
        ("2025-04-22", "2025-04-20", 0),
    ],
)
def test_working_days_between(start, end, count):
    assert working_days_between(D(start), D(end)) == count
