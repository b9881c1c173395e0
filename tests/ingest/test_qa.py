from __future__ import annotations

from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.qa import QA, extract_qa


def qa(*bodies: str) -> list[QA]:
    return extract_qa([PageInput(i + 1, b) for i, b in enumerate(bodies)])


def test_ministry_letter_format() -> None:
    r = qa(
        """Vragen van het lid X (ingezonden 1 mei 2025, nr 2025Z01234)

Vraag 1
Bent u bekend met het
bericht?

Antwoord op vraag 1
Ja.

Vraag 2
Wat gaat u doen?

Antwoord op vraag 2
Niets.
"""
    )
    assert r == [
        QA(1, "Bent u bekend met het bericht?", "Ja."),
        QA(2, "Wat gaat u doen?", "Niets."),
    ]


def test_aanhangsel_format_across_pages_without_footer() -> None:
    r = qa(
        "Vraag 1\nKlopt het dat de rente 8% is?\nAntwoord 1\nJa. Dat is zo vastge-\n",
        "ah-tk-20202021-3235\nISSN 0921 - 7398\n’s-Gravenhage 2021 Tweede Kamer, vergaderjaar 2020–2021, Aanhangsel 1\n",
        "steld in het Bbz.\nVraag 2\nWaarom?\nAntwoord 2\nOmdat.\n\nTweede Kamer, vergaderjaar 2020–2021, Aanhangsel 2\n",
    )
    assert r == [
        QA(1, "Klopt het dat de rente 8% is?", "Ja. Dat is zo vastgesteld in het Bbz."),
        QA(2, "Waarom?", "Omdat."),
    ]


def test_joint_answer_letter_format() -> None:
    r = qa(
        "Vraag 1\nA?\nVraag 2\nB?\nVraag 3\nC?\nAntwoord op vraag 1\nEen.\nAntwoord op vraag 2 en 3\nSamen.\n"
    )
    assert [(x.number, x.answer) for x in r] == [(1, "Een."), (2, "Samen."), (3, "Samen.")]


def test_joint_answer_aanhangsel_format() -> None:
    r = qa("Vraag 3\nC?\nVraag 4\nD?\nAntwoord 3 en 4\nZie boven.\n")
    assert [(x.number, x.question, x.answer) for x in r] == [
        (3, "C?", "Zie boven."),
        (4, "D?", "Zie boven."),
    ]


def test_joint_answer_to_several_questions() -> None:
    r = qa(
        "Vraag 1\nA?\nVraag 2\nB?\nVraag 3\nC?\nVraag 4\nD?\nAntwoord op vraag 1\nJa.\nAntwoord op de vragen 2, 3 en 4\nNee.\n"
    )
    assert [x.answer for x in r] == ["Ja.", "Nee.", "Nee.", "Nee."]


def test_range_of_questions() -> None:
    r = qa("Vraag 1\nA?\nVraag 2\nB?\nVraag 3\nC?\nAntwoord op vraag 1 t/m 3\nAlles.\n")
    assert [x.answer for x in r] == ["Alles."] * 3


def test_plain_numbering_questions_first_then_answers() -> None:
    r = qa(
        """Vragen van het lid Y (ingezonden 1 mei 2025)
1. Bent u bekend met het bericht?
2. Deelt u de zorg?
3. Wat gaat u doen?

Antwoorden
1. Ja.
2 en 3. Ik deel de zorg en ga
praten met de sector.
"""
    )
    assert r == [
        QA(1, "Bent u bekend met het bericht?", "Ja."),
        QA(2, "Deelt u de zorg?", "Ik deel de zorg en ga praten met de sector."),
        QA(3, "Wat gaat u doen?", "Ik deel de zorg en ga praten met de sector."),
    ]


def test_plain_numbering_restart_without_heading() -> None:
    r = qa("1. Vraag een?\n2. Vraag twee?\n1. Antwoord een.\n2. Antwoord twee.\n")
    assert [(x.number, x.answer) for x in r] == [(1, "Antwoord een."), (2, "Antwoord twee.")]


def test_questions_without_answers() -> None:
    r = qa("Vraag 1\nA?\nVraag 2\nB?\n")
    assert r == [QA(1, "A?", None), QA(2, "B?", None)]


def test_ocr_l_for_1_and_margin_junk() -> None:
    r = qa(
        """Vraag l
Welke datasets worden gedeeld?
Datum
31 oktober 2025
Onze referentie
6702756
Antwoord op vraag l
Er worden geen datasets gedeeld.
Pagina 2 van 3
Vraag 2
Wie?
Onze referentie
Antwoord op vraag 2 6702756
Niemand.
"""
    )
    assert r == [
        QA(1, "Welke datasets worden gedeeld?", "Er worden geen datasets gedeeld."),
        QA(2, "Wie?", "Niemand."),
    ]


def test_footnotes_are_not_answer_text() -> None:
    r = qa(
        "Vraag 1\nKent u de vragen¹?\nAntwoord op vraag 1\nJa.\n¹ Aanhangsel Handelingen II, vergaderjaar 2024-2025, nr. 2877\n"
    )
    assert r[0].answer == "Ja."


def test_signature_ends_the_last_answer() -> None:
    r = qa("Vraag 1\nA?\nAntwoord 1\nJa.\nDe Minister van Justitie en Veiligheid,\nD. Yeşilgöz\n")
    assert r[0].answer == "Ja."


def test_no_questions() -> None:
    assert qa("Gewoon een brief zonder vragen.") == []
    assert extract_qa([]) == []


def test_an_answer_marker_garbled_by_ocr_answers_the_question_just_asked() -> None:
    from woo_tracker.ingest.analysis_types import PageInput
    from woo_tracker.ingest.qa import extract_qa

    body = (
        "Vraag 3 Datum\nWelke datasets worden met die ketenpartners gedeeld? 31 oktober 2025\n\n"
        "Onze referentie\n\nAntwoord vraa\n“i oe g3 6702756\n\n"
        "Er worden geen datasets gedeeld met die ketenpartners.\n\n"
        "Vraag 4\nWelke algoritmen worden gebruikt?\n\nAntwoord op vraag 4\nGeen.\n"
    )
    qa = {q.number: q for q in extract_qa([PageInput(2, body)])}
    assert qa[3].answer is not None and qa[3].answer.startswith("Er worden geen datasets gedeeld")
    assert qa[4].answer == "Geen."
