from __future__ import annotations

import datetime as dt

import pytest

from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.refs import RULES, document_date, extract_references, submitted_date


def refs(body: str, margin: str = "") -> set[tuple]:
    return {(r.kind, r.value, r.role) for r in extract_references([PageInput(1, body, margin)])}


def test_rules_are_a_table() -> None:
    assert all(len(rule) == 4 and hasattr(rule.regex, "finditer") for rule in RULES)


@pytest.mark.parametrize(
    "text",
    [
        "(ingezonden 27 augustus 2025, nr 2025Z15452)",
        "nr 2025Z1 5452",
        "nummer 2025 Z 15452",
        "2O25Z15452",
        "2025Zl5452.",
    ],
)
def test_kamervraag_survives_ocr_noise(text: str) -> None:
    assert ("kamervraag", "2025Z15452", None) in refs(text)


def test_tk_document_is_not_a_kamervraag() -> None:
    r = refs("zie brief met kenmerk 2021D41538")
    assert ("tk_document", "2021D41538", None) in r
    assert not any(k == "kamervraag" for k, _, _ in r)


@pytest.mark.parametrize(
    "text",
    [
        "¹ Aanhangsel Handelingen II, vergaderjaar 2024-2025, nr. 2877",
        "Aanhangsel Handelingen II 2024/25, nr. 2877",
        "* Aanhangsel Handelingen Il, vergaderjaar 2024-2025, nr. 2877",
        "ah-tk-20242025-2877",
    ],
)
def test_aanhangsel(text: str) -> None:
    assert ("aanhangsel", "ah-tk-20242025-2877", None) in refs(text)


def test_eerste_kamer_aanhangsel() -> None:
    assert ("aanhangsel", "ah-ek-20202021-12", None) in refs(
        "Aanhangsel Handelingen I 2020/21, nr. 12"
    )


def test_kamerstuk() -> None:
    assert ("kamerstuk", "kst-25295-1234", None) in refs(
        "Kamerstukken II 2020/21, 25 295, nr. 1234"
    )
    assert ("kamerstuk", "kst-21501-20-270", None) in refs(
        "Kamerstuk vergaderjaar 2004-2005 21501-20 nr. 270"
    )


def test_kenmerken_ours_and_yours() -> None:
    r = refs("Ons kenmerk: VRBN/2021/0457\nUw kenmerk: wob-fieldlab-01\n")
    assert ("kenmerk", "VRBN/2021/0457", "ours") in r
    assert ("kenmerk", "wob-fieldlab-01", "yours") in r
    assert ("kenmerk", "wob-fieldlab-01", "ours") not in r


def test_kenmerk_in_margin_with_ocr_junk_between() -> None:
    # OCR mixes the margin into the body: the label, then a body line, then the value
    assert ("kenmerk", "6702756", "ours") in refs("Onze referentie\n\nVraag 5 6702756\n")


def test_kenmerk_of_another_document_is_not_ours() -> None:
    assert not any(k == "kenmerk" for k, _, _ in refs("Nota met kenmerk 2016-0000186440"))


def test_document_date_from_margin() -> None:
    pages = [
        PageInput(
            1,
            "Betreft Antwoorden\nIn antwoord op uw brief van 27 augustus jl.",
            "Datum\n31 oktober 2025\nOnze referentie\n6702756",
        )
    ]
    r = extract_references(pages)
    assert document_date(r) == dt.date(2025, 10, 31)
    # "27 augustus jl." gets its year from the document date
    assert ("date", "2025-08-27", "letter") in {(x.kind, x.value, x.role) for x in r}


def test_jl_in_january_refers_to_last_year() -> None:
    r = extract_references([PageInput(1, "Datum 5 januari 2026\nUw brief van 20 december jl.")])
    assert ("date", "2025-12-20", "letter") in {(x.kind, x.value, x.role) for x in r}


def test_document_date_when_datum_label_is_garbled_by_ocr() -> None:
    r = extract_references([PageInput(1, "Edah\n31 oktober 2025\nOnze referentie\n6702756\n")])
    assert document_date(r) == dt.date(2025, 10, 31)


def test_ocr_month_and_digits() -> None:
    assert ("date", "2025-10-31", "document") in refs("Datum: 3l 0ktober 2025")


def test_submitted_and_received_dates() -> None:
    r = extract_references(
        [
            PageInput(
                1,
                "Vragen van het lid X (ingezonden 3 juni 2021).\nAntwoord van minister Y (ontvangen 21 juni 2021).",
            )
        ]
    )
    assert submitted_date(r) == dt.date(2021, 6, 3)
    assert document_date(r) == dt.date(
        2021, 6, 21
    )  # an Aanhangsel is dated the day the answer came in


def test_received_request_is_not_the_document_date() -> None:
    r = refs("Bij e-mail van 15 maart 2021, ontvangen op 16 maart 2021, heeft u gevraagd")
    assert ("date", "2021-03-15", "letter") in r
    assert ("date", "2021-03-16", "received") in r


def test_plain_date_has_no_role_and_is_not_duplicated() -> None:
    r = extract_references(
        [PageInput(1, "Datum: 12 mei 2021\nWe spraken op 12 mei 2021 en 13 april 2021.")]
    )
    dates = [(x.value, x.role) for x in r if x.kind == "date"]
    assert dates == [("2021-05-12", "document"), ("2021-04-13", None)]


def test_numeric_dates() -> None:
    assert ("date", "2020-06-18", None) in refs("1   18-06-2020   Presentatie")


def test_news_byline_gives_the_document_date() -> None:
    assert ("date", "2021-10-02", "document") in refs(
        "Titel\nFollow the Money - 2 oktober 2021 - Pieter Beens\n"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("op grond van artikel 10, tweede lid, aanhef en onder e, van de Wob", "wob:10.2.e"),
        ("artikel 10, eerste lid,\naanhef en onder c, van de Wob", "wob:10.1.c"),
        ("(artikel 11, eerste lid, Wob)", "wob:11.1"),
        ("verdaagd (artikel 6, tweede lid, Wob)", "wob:6.2"),
        ("artikel 5.1, tweede lid, aanhef en onder e, van de Woo", "woo:5.1.2.e"),
        ("art. 5.1 lid 2 sub e Woo", "woo:5.1.2.e"),
        ("artikel 5.2 van de Woo", "woo:5.2"),
        ("art. 10 lid 2 aanhef en onder e Wob", "wob:10.2.e"),
        ("Artikel 10 lid 2 sub e", "wob:10.2.e"),
        ("gelakt: 5.1.2e en 5.1.2i", "woo:5.1.2.e"),
        ("gelakt: 5.1.2e en 5.1.2i", "woo:5.1.2.i"),
        ("geweigerd: 10.2.e", "wob:10.2.e"),
        ("(10)(1c);(10)(2e)", "wob:10.1.c"),
    ],
)
def test_law_articles(text: str, value: str) -> None:
    assert ("law_article", value, None) in refs(text)


def test_several_subs_give_several_articles() -> None:
    r = refs("artikel 10, tweede lid, onder c, e en g, van de Wob")
    assert {v for k, v, _ in r if k == "law_article"} == {"wob:10.2.c", "wob:10.2.e", "wob:10.2.g"}


def test_article_of_another_law_is_not_a_woo_article() -> None:
    assert not any(
        k == "law_article" for k, _, _ in refs("In artikel 15 van het Bbz is de rente vastgesteld")
    )
    assert not any(k == "law_article" for k, _, _ in refs("een bedrag van 11.1 miljoen"))


def test_short_wob_code_11_1_only_in_wob_text() -> None:
    assert ("law_article", "wob:11.1", None) in refs("Wob-besluit. Geweigerd: 10.2.e, 11.1")


def test_laws() -> None:
    r = refs(
        "de Wet politiegegevens (Wpg), de Wet openbaarheid van bestuur (Wob), de AVG en de Awb"
    )
    assert {v for k, v, _ in r if k == "law"} == {"Wpg", "Wob", "AVG", "Awb"}


def test_kenmerk_with_wob_in_lower_case_is_not_the_law() -> None:
    assert not any(k == "law" for k, _, _ in refs("Uw kenmerk: wob-fieldlab-01"))


def test_url_email_ecli() -> None:
    r = refs(
        "Zie https://algoritmes.overheid.nl/nl/algoritme? of mail Woo@MinJenV.nl. "
        "Uitspraak ECLI:NL:RBAMS:2017:9623."
    )
    assert ("url", "https://algoritmes.overheid.nl/nl/algoritme", None) in r
    assert ("email", "woo@minjenv.nl", None) in r
    assert ("ecli", "ECLI:NL:RBAMS:2017:9623", None) in r


def test_deduplicated_keeping_first_page() -> None:
    pages = [
        PageInput(1, "nr 2025Z15452"),
        PageInput(2, "nr 2025Z15452"),
        PageInput(3, "2025Z1 5452"),
    ]
    r = [x for x in extract_references(pages) if x.kind == "kamervraag"]
    assert [(x.value, x.page) for x in r] == [("2025Z15452", 1)]


def test_lost_diacritics_do_not_matter() -> None:
    assert ("law", "Wjsg", None) in refs("de Wet justitiele en strafvorderlijke gegevens")


def test_empty_pages() -> None:
    assert extract_references([]) == []
    assert extract_references([PageInput(1, "")]) == []


def test_ocr_reading_the_zaak_z_as_a_digit_after_ingezonden_nr() -> None:
    from woo_tracker.ingest.analysis_types import PageInput
    from woo_tracker.ingest.refs import extract_references

    text = "Veiligheid over Palantir (ingezonden 27 augustus 2025, nr 2025215452)"
    refs = extract_references([PageInput(2, text)])
    assert [r.value for r in refs if r.kind == "kamervraag"] == ["2025Z15452"]
    # a bare ten-digit number elsewhere is not a Kamervraag
    assert not [r for r in extract_references([PageInput(1, "rekening 2025215452")]) if r.kind == "kamervraag"]
