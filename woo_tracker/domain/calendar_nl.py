"""The Dutch legal calendar of the Algemene termijnenwet (Atw): which days a statutory term may not end on.

A term set by law whose last day is a Saturday, Sunday or algemeen erkende feestdag runs on to
the next day that is none of these (Atw art. 1 lid 1). The feestdagen are fixed by art. 3 lid 1
and 2; art. 3 lid 3 lets the Crown make other days equal to them, three years at a time — those
live as data in :mod:`feestdagen_data`. For a year no decree covers yet, the customary days are
assumed and every answer says so (``assumed``), because a deadline that rests on a guess must not
look as certain as one that rests on a decree.

Term arithmetic follows Awb 6:8: a term is counted from the day after the event, so "4 weeks after
Tuesday 4 March" ends on Tuesday 1 April, i.e. the event date plus 7·n days.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

from woo_tracker.domain.feestdagen_data import DECREES

#: Cited whenever a day is skipped; the user can quote it.
ATW_SHIFT = "Atw art. 1 lid 1"

_SATURDAY, _SUNDAY = 5, 6


def _koningsdag(year: int) -> tuple[date, str]:
    """The day the King's (Queen's) birthday is celebrated — Sunday exceptions included.

    From 2014 Koningsdag is 27 April, 26 April when the 27th is a Sunday (KB 30 januari 2013).
    1980-2013 Koninginnedag was 30 April, 29 April when the 30th was a Sunday; before 1980 it
    moved to 1 May instead. Kept for old Wob cases.
    """
    if year >= 2014:
        day = date(year, 4, 27)
        if day.weekday() == _SUNDAY:
            return date(year, 4, 26), "Koningsdag (27 april is een zondag)"
        return day, "Koningsdag"
    day = date(year, 4, 30)
    if day.weekday() == _SUNDAY:
        if year >= 1980:
            return date(year, 4, 29), "Koninginnedag (30 april is een zondag)"
        return date(year, 5, 1), "Koninginnedag (30 april is een zondag)"
    return day, "Koninginnedag"


@lru_cache(maxsize=256)
def _feestdagen(year: int) -> tuple[tuple[date, str], ...]:
    pasen = easter(year)
    days: dict[date, str] = {}

    def add(day: date, name: str) -> None:
        # Two feestdagen can coincide (Hemelvaartsdag on 5 May in 2016); keep both names.
        days[day] = f"{days[day]} en {name}" if day in days else name

    add(date(year, 1, 1), "Nieuwjaarsdag")
    add(pasen - timedelta(days=2), "Goede Vrijdag")  # Atw art. 3 lid 2
    add(pasen + timedelta(days=1), "Tweede Paasdag")
    add(*_koningsdag(year))
    add(date(year, 5, 5), "5 mei (Bevrijdingsdag)")
    add(pasen + timedelta(days=39), "Hemelvaartsdag")
    add(pasen + timedelta(days=50), "Tweede Pinksterdag")
    add(date(year, 12, 25), "Eerste Kerstdag")
    add(date(year, 12, 26), "Tweede Kerstdag")
    return tuple(sorted(days.items()))


def feestdagen(year: int) -> dict[date, str]:
    """Algemeen erkende feestdagen of ``year`` (Atw art. 3 lid 1) plus Goede Vrijdag (art. 3 lid 2)."""
    return dict(_feestdagen(year))


def customary_gelijkgestelde_dagen(year: int) -> dict[date, str]:
    """The days a decree customarily makes equal (used when no decree is known for ``year``).

    The Friday after Hemelvaartsdag; the Friday after a feestdag that falls on a Thursday; and in
    the rare year Hemelvaartsdag is 7 May, Wednesday 6 May between 5 May and Hemelvaartsdag.
    This reproduces the decrees for 2023-2025 and 2026-2028 exactly.
    """
    own = _feestdagen(year)
    result: dict[date, str] = {}
    for day, name in own:
        if day.weekday() == 3:  # Thursday
            friday = day + timedelta(days=1)
            if friday not in dict(own):
                result[friday] = f"vrijdag na {name} (donderdag)"
    hemelvaart = easter(year) + timedelta(days=39)
    if hemelvaart == date(year, 5, 7):
        result[date(year, 5, 6)] = "woensdag tussen 5 mei en Hemelvaartsdag"
    return dict(sorted(result.items()))


@lru_cache(maxsize=256)
def _gelijkgesteld(year: int) -> tuple[tuple[tuple[date, str, str], ...], bool]:
    for decree in DECREES:
        if year in decree.years:
            days = tuple(
                (day, reason, decree.source) for day, reason in decree.days if day.year == year
            )
            return days, not decree.verified
    assumed = "assumed: no decree known for this year, customary day"
    days = tuple((d, r, assumed) for d, r in customary_gelijkgestelde_dagen(year).items())
    return days, True


def gelijkgestelde_dagen(year: int) -> tuple[dict[date, str], bool]:
    """Days made equal to a feestdag in ``year`` (Atw art. 3 lid 3) and whether they are assumed.

    ``assumed`` is True when no verified decree covers the year: the days then come from the
    customary rule (or from a table entry derived from it) and may differ from the real decree.
    """
    days, assumed = _gelijkgesteld(year)
    return {day: reason for day, reason, _source in days}, assumed


def gelijkstelling_source(day: date) -> str | None:
    """The decree (or 'assumed …') that makes ``day`` equal to a feestdag, or None."""
    days, _assumed = _gelijkgesteld(day.year)
    return next((source for d, _reason, source in days if d == day), None)


def non_working_reason(day: date) -> tuple[str, bool] | None:
    """Why a statutory term cannot end on ``day`` (and whether that rests on an assumption), or None."""
    if day.weekday() == _SATURDAY:
        return "zaterdag", False
    if day.weekday() == _SUNDAY:
        return "zondag", False
    name = dict(_feestdagen(day.year)).get(day)
    if name is not None:
        article = "Atw art. 3 lid 2" if name == "Goede Vrijdag" else "Atw art. 3 lid 1"
        return f"{name} ({article})", False
    days, assumed = gelijkgestelde_dagen(day.year)
    if day in days:
        return f"{days[day]} (gelijkgesteld, Atw art. 3 lid 3)", assumed
    return None


def is_non_working(day: date) -> bool:
    """True for a Saturday, Sunday, feestdag or gelijkgestelde dag: a term cannot end on it."""
    return non_working_reason(day) is not None


def atw_shift(day: date) -> tuple[date, list[str], bool]:
    """Move the last day of a statutory term past non-working days (Atw art. 1 lid 1).

    Returns the new last day, one reason per skipped day ("2025-05-30: vrijdag na
    Hemelvaartsdag (gelijkgesteld, Atw art. 3 lid 3)") and whether any skipped day was only
    assumed to be a gelijkgestelde dag.
    """
    reasons: list[str] = []
    assumed = False
    while (why := non_working_reason(day)) is not None:
        reasons.append(f"{day.isoformat()}: {why[0]}")
        assumed = assumed or why[1]
        day += timedelta(days=1)
    return day, reasons, assumed


def add_weeks(day: date, weeks: int) -> date:
    """Last day of a term of ``weeks`` weeks after ``day`` (Awb 6:8: counted from the day after)."""
    return day + timedelta(weeks=weeks)


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start).

    Used for "due within 5 working days" warnings: Saturdays, Sundays, feestdagen and
    gelijkgestelde dagen do not count.
    """
    count = 0
    day = start + timedelta(days=1)
    while day <= end:
        if not is_non_working(day):
            count += 1
        day += timedelta(days=1)
    return count
