"""Days made equal to an algemeen erkende feestdag by royal decree (Algemene termijnenwet art. 3 lid 3).

This module is data, not code. The Crown publishes one decree for three years at a time in the
Staatscourant ("Besluit gelijkstelling van … met een algemeen erkende feestdag"); the days differ
from decree to decree, so they cannot be computed, only looked up. One entry per decree, with the
years it covers, the days it makes equal and where it was published, so that a deadline can say
which decree moved it and a user can check it.

``verified`` is False for entries that nobody here could check against the Staatscourant: their
days were derived from the customary rule (the Friday after Hemelvaartsdag; the Friday after a
feestdag that falls on a Thursday) and every deadline that leans on them is marked *assumed*.
When a new decree appears, add a line; nothing else needs to change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DERIVED = "derived from the customary rule, not verified against the Staatscourant"


@dataclass(frozen=True)
class Gelijkstelling:
    """One royal decree under Atw art. 3 lid 3."""

    years: tuple[int, ...]
    #: The days made equal, each with a short reason a user can read.
    days: tuple[tuple[date, str], ...]
    source: str
    verified: bool


_HEMELVAART = "vrijdag na Hemelvaartsdag"

DECREES: tuple[Gelijkstelling, ...] = (
    Gelijkstelling(
        years=(2011, 2012, 2013),
        days=(
            (date(2011, 5, 6), "vrijdag na 5 mei (donderdag)"),
            (date(2011, 6, 3), _HEMELVAART),
            (date(2012, 5, 18), _HEMELVAART),
            (date(2013, 5, 10), _HEMELVAART),
            (date(2013, 12, 27), "vrijdag na Tweede Kerstdag (donderdag)"),
        ),
        source=DERIVED,
        verified=False,
    ),
    Gelijkstelling(
        years=(2014, 2015, 2016),
        days=(
            (date(2014, 5, 30), _HEMELVAART),
            (date(2015, 1, 2), "vrijdag na Nieuwjaarsdag (donderdag)"),
            (date(2015, 5, 15), _HEMELVAART),
            (date(2016, 5, 6), _HEMELVAART),
        ),
        source=DERIVED,
        verified=False,
    ),
    Gelijkstelling(
        years=(2017, 2018, 2019),
        days=(
            (date(2017, 4, 28), "vrijdag na Koningsdag (donderdag)"),
            (date(2017, 5, 26), _HEMELVAART),
            (date(2018, 5, 11), _HEMELVAART),
            (date(2018, 12, 24), "maandag voor Eerste Kerstdag (dinsdag)"),
            (date(2018, 12, 31), "maandag voor Nieuwjaarsdag 2019 (dinsdag)"),
            (date(2019, 5, 31), _HEMELVAART),
            (date(2019, 12, 27), "vrijdag na Tweede Kerstdag (donderdag)"),
        ),
        source=(
            "Besluit van 24 oktober 2016, nr. 2016001827, houdende gelijkstelling van 28 april en "
            "26 mei 2017, 11 mei en 24 en 31 december 2018 en 31 mei en 27 december 2019 met een "
            "algemeen erkende feestdag (wetten.overheid.nl BWBR0038666; Stcrt. 2016, 58653)"
        ),
        verified=True,
    ),
    Gelijkstelling(
        # The 2017-2019 decree also made Mondays before a Tuesday feestdag equal; this derived
        # entry follows the later practice (2023-2028) and may miss 4 May 2020 and 26 April 2021.
        years=(2020, 2021, 2022),
        days=(
            (date(2020, 5, 22), _HEMELVAART),
            (date(2021, 5, 14), _HEMELVAART),
            (date(2022, 5, 6), "vrijdag na 5 mei (donderdag)"),
            (date(2022, 5, 27), _HEMELVAART),
        ),
        source=DERIVED,
        verified=False,
    ),
    Gelijkstelling(
        years=(2023, 2024, 2025),
        days=(
            (date(2023, 4, 28), "vrijdag na Koningsdag (donderdag)"),
            (date(2023, 5, 19), _HEMELVAART),
            (date(2024, 5, 10), _HEMELVAART),
            (date(2024, 12, 27), "vrijdag na Tweede Kerstdag (donderdag)"),
            (date(2025, 5, 30), _HEMELVAART),
        ),
        source=(
            "Besluit gelijkstelling van 28 april en 19 mei 2023, 10 mei en 27 december 2024 en "
            "30 mei 2025 met een algemeen erkende feestdag (Staatscourant; days as listed in "
            "DOMAIN.md §2, publication number not checked here)"
        ),
        verified=True,
    ),
    Gelijkstelling(
        years=(2026, 2027, 2028),
        days=(
            (date(2026, 1, 2), "vrijdag na Nieuwjaarsdag (donderdag)"),
            (date(2026, 5, 15), _HEMELVAART),
            (date(2027, 5, 7), _HEMELVAART),
            (date(2028, 4, 28), "vrijdag na Koningsdag (donderdag)"),
            (date(2028, 5, 26), _HEMELVAART),
        ),
        source=(
            "Besluit gelijkstelling van 2 januari en 15 mei 2026, 7 mei 2027 en 28 april en "
            "26 mei 2028 met een algemeen erkende feestdag (Staatscourant; days as listed in "
            "DOMAIN.md §2, publication number not checked here)"
        ),
        verified=True,
    ),
)
