from __future__ import annotations

import pytest

from woo_tracker.domain.references import (
    Reference,
    law_article_value,
    normalise_aanhangsel,
    normalise_date,
    normalise_ecli,
    normalise_email,
    normalise_ground_code,
    normalise_kamerstuk,
    normalise_kamervraag,
    normalise_kenmerk,
    normalise_law,
    normalise_tk_document,
    normalise_url,
)


@pytest.mark.parametrize(
    "raw",
    ["2025Z15452", "nr 2025Z15452", "2025Z1 5452", "2025 Z 15452", "2O25Zl5452", "2025z15452"],
)
def test_kamervraag_forms_normalise_to_zaak_number(raw: str) -> None:
    assert normalise_kamervraag(raw) == "2025Z15452"


@pytest.mark.parametrize("raw", ["2025Z1545", "1800Z15452", "2025D15452", "abcdZ12345"])
def test_not_a_kamervraag(raw: str) -> None:
    assert normalise_kamervraag(raw) is None


def test_tk_document() -> None:
    assert normalise_tk_document("2021D41538") == "2021D41538"
    assert normalise_tk_document("2021 D 4l538") == "2021D41538"
    assert normalise_tk_document("2021Z41538") is None


def test_aanhangsel_forms() -> None:
    assert normalise_aanhangsel("II", "2024", "2025", "2877") == "ah-tk-20242025-2877"
    assert normalise_aanhangsel("II", "2024", "25", "2877") == "ah-tk-20242025-2877"
    assert normalise_aanhangsel("I", "2020", "2021", "12") == "ah-ek-20202021-12"
    assert normalise_aanhangsel("Il", "2024", "2025", "2877") == "ah-tk-20242025-2877"  # OCR
    assert normalise_aanhangsel("II", "2024", "2026", "1") is None  # not a session


def test_kamerstuk_forms() -> None:
    assert normalise_kamerstuk("25 295", "1234") == "kst-25295-1234"
    assert normalise_kamerstuk("21501-20", "270") == "kst-21501-20-270"
    assert normalise_kamerstuk("x", "1") is None


def test_kenmerk_is_kept_as_written_but_trimmed() -> None:
    assert normalise_kenmerk("  VRBN/2021/0457. ") == "VRBN/2021/0457"
    assert normalise_kenmerk("Wob/2020/101") == "Wob/2020/101"


@pytest.mark.parametrize(
    ("raw", "iso"),
    [
        ("31 oktober 2025", "2025-10-31"),
        ("31-10-2025", "2025-10-31"),
        ("2 oktober 2021", "2021-10-02"),
        ("2025-10-31", "2025-10-31"),
        ("3l 0ktober 2025", "2025-10-31"),
        ("1 mrt. 2021", "2021-03-01"),
        ("27 augustus 2025", "2025-08-27"),
    ],
)
def test_dates(raw: str, iso: str) -> None:
    assert normalise_date(raw) == iso


def test_impossible_date_is_none() -> None:
    assert normalise_date("31 februari 2025") is None
    assert normalise_date("morgen") is None


def test_law_articles() -> None:
    assert law_article_value("Woo", "5.1", 2, "e") == "woo:5.1.2.e"
    assert law_article_value("Woo", "5.2") == "woo:5.2"
    assert law_article_value("Wob", "10", "tweede", "e") == "wob:10.2.e"
    assert law_article_value("Wet openbaarheid van bestuur", "11", 1) == "wob:11.1"


@pytest.mark.parametrize(
    ("code", "value"),
    [
        ("5.1.2e", "woo:5.1.2.e"),
        ("5.1.2.e", "woo:5.1.2.e"),
        ("5.1.2 i", "woo:5.1.2.i"),
        ("5.1.2¢", "woo:5.1.2.e"),
        ("5.1.5", "woo:5.1.5"),
        ("5.1.1c", "woo:5.1.1.c"),
        ("5.2", "woo:5.2"),
        ("10.2.e", "wob:10.2.e"),
        ("10.1.c", "wob:10.1.c"),
        ("11.1", "wob:11.1"),
        ("(10)(2e)", "wob:10.2.e"),
    ],
)
def test_ground_codes(code: str, value: str) -> None:
    assert normalise_ground_code(code) == value


def test_laws() -> None:
    assert normalise_law("Wet politiegegevens") == "Wpg"
    assert normalise_law("WOB") == "Wob"
    assert normalise_law("Algemene wet bestuursrecht") == "Awb"
    assert normalise_law("Wet open overheid") == "Woo"
    assert normalise_law("Wet op de kansspelen") is None


def test_url_email_ecli() -> None:
    assert (
        normalise_url("https://algoritmes.overheid.nl/nl/algoritme?")
        == "https://algoritmes.overheid.nl/nl/algoritme"
    )
    assert normalise_url("https://example.nl/a_(b)") == "https://example.nl/a_(b)"
    assert normalise_url("https://example.nl/x).") == "https://example.nl/x"
    assert normalise_email("Woo@Minjenv.NL.") == "woo@minjenv.nl"
    assert normalise_ecli("ecli:nl:rvs:2023:1234") == "ECLI:NL:RVS:2023:1234"


def test_reference_json_has_role_only_when_set() -> None:
    assert Reference("kamervraag", "2025Z15452", 2).to_json() == {
        "kind": "kamervraag",
        "value": "2025Z15452",
        "page": 2,
    }
    assert Reference("kenmerk", "6702756", 1, "ours").to_json() == {
        "kind": "kenmerk",
        "value": "6702756",
        "role": "ours",
        "page": 1,
    }
