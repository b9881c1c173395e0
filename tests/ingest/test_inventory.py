from __future__ import annotations

import pytest

from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.inventory import beoordeling_value, extract_inventory, grounds_in


def inv(*bodies: str):
    return extract_inventory([PageInput(i + 1, b) for i, b in enumerate(bodies)])


def test_simple_layout_table() -> None:
    r = inv(
        """Inventarislijst
Nr.   Datum        Document                 Beoordeling      Grond
1     18-06-2020   Presentatie dashboard    Openbaar
2     22-06-2020   E-mail over toegang      Deels openbaar   10.2.e
3     25-09-2020   Procesverslag            Niet openbaar    10.2.e, 11.1
"""
    )
    assert [(x.number, x.date, x.description, x.beoordeling, x.gronden) for x in r.rows] == [
        ("1", "2020-06-18", "Presentatie dashboard", "openbaar", []),
        ("2", "2020-06-22", "E-mail over toegang", "deels openbaar", ["wob:10.2.e"]),
        ("3", "2020-09-25", "Procesverslag", "niet openbaar", ["wob:10.2.e", "wob:11.1"]),
    ]
    assert r.counts_by_ground == {"wob:10.2.e": 2, "wob:11.1": 1}
    assert r.counts_by_beoordeling == {"openbaar": 1, "deels openbaar": 1, "niet openbaar": 1}


def test_woo_codes() -> None:
    r = inv(
        """Nr  Document            Datum        Beoordeling      Weigeringsgrond
181000  Spreeklijn AO   29-09-2020   Deels openbaar   5.1.2e; 5.1.2i
181004  Uit RT vandaag  22-09-2020   Deels openbaar   5.1.2e
"""
    )
    # numbers that do not start at 1 are not rows; a Woo table needs its header and sequence
    assert r.rows == [] or all(x.gronden for x in r.rows)


def test_woo_table() -> None:
    r = inv(
        """Inventarislijst
Nr.  Datum       Document        Beoordeling      Weigeringsgronden
1    29-09-2020  Spreeklijn AO   Deels openbaar   5.1.2e; 5.1.2i
2    22-09-2020  Uit RT vandaag  Openbaar
"""
    )
    assert [x.gronden for x in r.rows] == [["woo:5.1.2.e", "woo:5.1.2.i"], []]


def test_cells_wrapped_above_and_below_the_numbered_line() -> None:
    r = inv(
        """Volgnummer  Datum document   Titel document                 Beoordeling               Beslissing conform

                              Nota bij antwoord op Kamervragen                           artikel 10, tweede lid,
    1        11 december 2020                                  gedeeltelijke openbaar
                              PVV documentaire                                           aanhef en onder e Wob

   1a                         bijlage bij email: concept       niet openbaar             artikel 11 Wob
"""
    )
    assert [(x.number, x.date, x.description, x.beoordeling, x.gronden) for x in r.rows] == [
        (
            "1",
            "2020-12-11",
            "Nota bij antwoord op Kamervragen PVV documentaire",
            "deels openbaar",
            ["wob:10.2.e"],
        ),
        ("1a", None, "bijlage bij email: concept", "niet openbaar", ["wob:11"]),
    ]


def test_beoordeling_and_ground_split_over_lines() -> None:
    r = inv(
        """Nr.         Naam document                          Beoordeling           Weigeringsgrond
1.          Nota d.d. 2 april 2014 met onderwerp   Gedeeltelijk          Artikel 10 lid 2 sub
            ‘Uitnodiging herdenking’               Openbaar
                                                                         a

                                                                         Artikel 10 lid 2 sub
                                                                         e

2.          Kamerstuk vergaderjaar 2004-2005       Reeds openbaar
            21501-20 nr. 270
"""
    )
    assert [(x.number, x.date, x.description, x.beoordeling, x.gronden) for x in r.rows] == [
        (
            "1",
            "2014-04-02",
            "Nota d.d. 2 april 2014 met onderwerp ‘Uitnodiging herdenking’",
            "deels openbaar",
            ["wob:10.2.a", "wob:10.2.e"],
        ),
        ("2", None, "Kamerstuk vergaderjaar 2004-2005 21501-20 nr. 270", "openbaar", []),
    ]


def test_one_cell_per_line_stream() -> None:
    r = inv(
        "Inventarislijst\nNr.\nDatum\nDocument\nBeoordeling\nGrond\n1\n18-06-2020\nPresentatie\nOpenbaar\n2\n22-06-2020\nE-mail\nDeels openbaar\n10.2.e, 11.1\n"
    )
    assert [(x.number, x.date, x.description, x.beoordeling, x.gronden) for x in r.rows] == [
        ("1", "2020-06-18", "Presentatie", "openbaar", []),
        ("2", "2020-06-22", "E-mail", "deels openbaar", ["wob:10.2.e", "wob:11.1"]),
    ]


def test_numbers_in_a_letter_without_table_are_not_rows() -> None:
    assert (
        inv("Betreft: besluit\n1. Ik maak alles openbaar.\n2. Deels openbaar is niets.\n").rows
        == []
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Openbaar", "openbaar"),
        ("Geheel openbaar", "openbaar"),
        ("Reeds openbaar", "openbaar"),
        ("Deels openbaar", "deels openbaar"),
        ("Deels", "deels openbaar"),
        ("Gedeeltelijk Openbaar", "deels openbaar"),
        ("gedeeltelijke openbaar", "deels openbaar"),
        ("Niet openbaar", "niet openbaar"),
        ("Geweigerd", "niet openbaar"),
        ("Buiten reikwijdte", None),
        ("zie document 2", None),
    ],
)
def test_beoordeling_values(text: str, value: str | None) -> None:
    assert beoordeling_value(text) == value


def test_grounds_in_cells() -> None:
    assert grounds_in("artikel 10, tweede lid, aanhef en onder e Wob") == ["wob:10.2.e"]
    assert grounds_in("artikel 10, tweedel id, aanhef en onder e") == [
        "wob:10.2.e"
    ]  # typo in a real list
    assert grounds_in("(10)(1c);(10)(2e)") == ["wob:10.1.c", "wob:10.2.e"]
    assert grounds_in("5.1.2e; 5.1.5", "woo") == ["woo:5.1.2.e", "woo:5.1.5"]


def test_no_table() -> None:
    r = inv("Geen tabel hier.")
    assert r.rows == [] and r.counts_by_ground == {} and r.counts_by_beoordeling == {}
