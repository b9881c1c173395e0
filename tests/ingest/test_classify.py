from __future__ import annotations

import pytest

from woo_tracker.ingest.analysis_types import PageInput
from woo_tracker.ingest.classify import CUES, TYPES, classify

LETTER_ANSWERS = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal
Betreft Antwoorden Kamervragen over datacentra
Hierbij zend ik u de antwoorden op de vragen van het lid Jansen.

Vragen van het lid Jansen (GL) aan de minister van EZK over datacentra (ingezonden 2 mei 2024, nr 2024Z07001)
Vraag 1
Bent u bekend met het bericht?
Antwoord op vraag 1
Ja.
"""

QUESTIONS_ONLY = """2024Z18792
Vragen van het lid Boswijk (CDA) aan de minister voor Buitenlandse Handel over de ontkoppeling van
ontwikkelingshulp (ingezonden 19 november 2024).
1
Bent u bekend met het bericht?
2
Klopt het dat …?
"""

UITSTEL = """Betreft Uitstel beantwoording Kamervragen
De vragen van het lid Kathmann (GL-PvdA) over datalekken (2024Z17538), ingezonden 28 oktober 2024,
kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord, omdat afstemming nodig is.
De vragen zullen zo spoedig mogelijk worden beantwoord.
"""

ONTVANGST = """Ons kenmerk: 2025-0004567
Betreft: ontvangstbevestiging Woo-verzoek
Geachte heer Pietersen,
Op 3 maart 2025 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen.
Hierbij bevestigen wij de ontvangst. U ontvangt binnen vier weken een besluit.
"""

VERDAGING = """Ons kenmerk: 2025-0004567
Betreft: verdaging beslistermijn Woo-verzoek
Geachte heer Pietersen,
Wij kunnen niet binnen vier weken beslissen. Wij verdagen de beslistermijn met twee weken
(artikel 4.4, tweede lid, Woo). U ontvangt uiterlijk 21 april 2025 een besluit.
"""

WOO_BESLUIT = """Betreft: besluit op uw Woo-verzoek
Wij hebben besloten de documenten deels openbaar te maken. Namen van medewerkers maken wij niet
openbaar op grond van artikel 5.1, tweede lid, aanhef en onder e, van de Woo.
Tegen dit besluit kunt u binnen zes weken bezwaar maken.
"""

WOB_BESLUIT_WITH_INVENTORY = """Betreft: besluit op uw Wob-verzoek
Ik heb besloten de documenten gedeeltelijk openbaar te maken (artikel 10, tweede lid, onder e, Wob).
Binnen zes weken kunt u bezwaar maken.
Inventarislijst
Nr. Datum Document Beoordeling Grond
1  18-06-2020  Presentatie          Openbaar
2  22-06-2020  E-mail               Deels openbaar   10.2.e
3  25-09-2020  Procesverslag        Niet openbaar    11.1
"""

INVENTORY_ONLY = """Bijlage 1 - inventarislijst
Nr.   Naam document              Beoordeling        Weigeringsgrond
1.    e-mail d.d. 13 maart 2015  Deels openbaar     5.1.2e
2.    Nota                       Openbaar
3.    Memo                       Niet openbaar      5.1.2e; 5.2
"""

RELEASED = """VWS-WOO-181000
From: 5.1.2e
Sent: Tue 9/29/2020 9:28 AM
To: 5.1.2e
Subject: RE: Spreeklijn AO
Van: 5.1.2e
Verzonden: dinsdag 29 september 2020
Onderwerp: Spreeklijn
Beste 5.1.2e, hierbij de spreeklijn.
"""

BEZWAAR = """Aan het college van burgemeester en wethouders
Betreft: bezwaarschrift
Hierbij maak ik bezwaar tegen uw besluit van 12 mei 2021 op mijn Woo-verzoek, kenmerk VRBN/2021/0457.
"""

NEWS = """Ministerie hield stukken over gaswinning achter
NOS - 9 mei 2019 - Redactie
Uit documenten die Nieuwsuur met een beroep op de Wet openbaarheid van bestuur heeft gekregen, blijkt dat
het ministerie al langer wist van de risico's, zo blijkt uit de stukken. 'Dat is kwalijk,' zegt een Kamerlid.
"""

OTHER = """Boodschappenlijst
melk, brood, kaas
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LETTER_ANSWERS, "kamervragen_antwoord"),
        (QUESTIONS_ONLY, "kamervragen"),
        (UITSTEL, "kamervragen_uitstel"),
        (ONTVANGST, "ontvangstbevestiging"),
        (VERDAGING, "verdagingsbesluit"),
        (WOO_BESLUIT, "woo_besluit"),
        (WOB_BESLUIT_WITH_INVENTORY, "wob_besluit"),
        (INVENTORY_ONLY, "inventarislijst"),
        (RELEASED, "released_document"),
        (BEZWAAR, "bezwaar"),
        (NEWS, "news_article"),
        (OTHER, "other"),
    ],
)
def test_each_type(text: str, expected: str) -> None:
    doc_type, confidence, reasons = classify([PageInput(1, text)])
    assert doc_type == expected
    assert 0.0 <= confidence <= 1.0
    assert reasons and all(isinstance(r, str) for r in reasons)


def test_reasons_are_plain_english() -> None:
    _, confidence, reasons = classify([PageInput(1, LETTER_ANSWERS)])
    assert "heading 'Antwoord op vraag'" in reasons
    assert confidence >= 0.6


def test_besluit_with_its_inventory_is_a_besluit_not_an_inventory() -> None:
    doc_type, _, reasons = classify(
        [
            PageInput(1, WOB_BESLUIT_WITH_INVENTORY.split("Inventarislijst")[0]),
            PageInput(
                2, "Inventarislijst" + WOB_BESLUIT_WITH_INVENTORY.split("Inventarislijst")[1]
            ),
        ]
    )
    assert doc_type == "wob_besluit"
    assert "inventarislijst attached to the besluit" in reasons


def test_aanhangsel_publication_is_an_answer() -> None:
    text = """Tweede Kamer der Staten-Generaal
Vergaderjaar 2020-2021 Aanhangsel van de Handelingen
3235
Vragen van de leden Van Weyenberg (D66) aan de Minister van SZW over de TOZO (ingezonden 3 juni 2021).
Antwoord van Minister Koolmees (Sociale Zaken en Werkgelegenheid) (ontvangen 21 juni 2021).
Vraag 1
Klopt het?
Antwoord 1
Ja.
"""
    assert classify([PageInput(1, text)])[0] == "kamervragen_antwoord"


def test_title_hint_counts() -> None:
    assert (
        classify([PageInput(1, "Zie bijlage.")], title="Uitstel beantwoording Kamervragen")[0]
        == "kamervragen_uitstel"
    )


def test_empty_document() -> None:
    assert classify([]) == ("other", 0.0, ["no text"])


def test_cue_table_covers_every_type_but_other() -> None:
    covered = {c.type for c in CUES} | {"woo_besluit", "wob_besluit"}
    assert set(TYPES) - {"other"} <= covered
