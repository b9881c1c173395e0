<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
    <context>
        <name>App</name>
        <message>
            <location filename="../../woo_tracker/ui/app.py" line="66" />
            <source>woo-tracker</source>
            <translation>woo-tracker</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/app.py" line="67" />
            <source>The library could not be opened: %1</source>
            <translation>De bibliotheek kan niet worden geopend: %1</translation>
        </message>
    </context>
    <context>
        <name>DeadlineOverview</name>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="152" />
            <source>Counting…</source>
            <extracomment>rows listed per group; the rest is counted (the Overdue view in the list shows them all) the user double-clicked a request in the list the figures are on screen</extracomment>
            <translation>Tellen…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="167" />
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="168" />
            <source>Days</source>
            <translation>Dagen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="169" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="170" />
            <source>Number / kenmerk</source>
            <translation>Nummer / kenmerk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="171" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="172" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="179" />
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="186" />
            <source>This week (week %1)</source>
            <translation>Deze week (week %1)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="188" />
            <source>Next week (week %1)</source>
            <translation>Volgende week (week %1)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="190" />
            <source>Week %1</source>
            <translation>Week %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="225" />
            <source>… and %1 more (see the list)</source>
            <translation>… en nog %1 (zie de lijst)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="242" />
            <source>%1 overdue, %2 due in the coming %3 weeks.</source>
            <translation>%1 te laat, %2 verlopen in de komende %3 weken.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="285" />
            <source>(no organisation)</source>
            <translation>(geen organisatie)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="288" />
            <source>Other</source>
            <translation>Overige</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="291" />
            <source>Requests by status</source>
            <translation>Verzoeken per status</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="294" />
            <source>Requests by organisation</source>
            <translation>Verzoeken per organisatie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="302" />
            <source>Deadlines</source>
            <translation>Termijnen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="303" />
            <source>Double-click a request to open it</source>
            <translation>Dubbelklik op een verzoek om het te openen</translation>
        </message>
    </context>
    <context>
        <name>EmptyState</name>
        <message>
            <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="49" />
            <source>No requests yet</source>
            <translation>Nog geen verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="52" />
            <source>Record a Woo request, a Wob request or Kamervragen and woo-tracker computes every legal deadline, tells you what is due or overdue and keeps the timeline. Not sure yet? Look around in the demo library first.</source>
            <translation>Leg een Woo-verzoek, een Wob-verzoek of Kamervragen vast en woo-tracker berekent elke wettelijke termijn, laat zien wat binnenkort verloopt of al te laat is en houdt de tijdlijn bij. Eerst rondkijken? Open dan de demobibliotheek.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="58" />
            <source>New request</source>
            <translation>Nieuw verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="59" />
            <source>Open the demo library</source>
            <translation>Demobibliotheek openen</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="183" />
            <location filename="../../woo_tracker/ui/export_dialog.py" line="194" />
            <source>Export</source>
            <extracomment>the service's result dict after a successful export</extracomment>
            <translation>Exporteren</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="186" />
            <source>Format</source>
            <translation>Formaat</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="187" />
            <source>Requests</source>
            <translation>Verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="188" />
            <source>Separator</source>
            <translation>Scheidingsteken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="189" />
            <source>Comma (,)</source>
            <translation>Komma (,)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="190" />
            <source>Semicolon (;) for a Dutch-language Excel</source>
            <translation>Puntkomma (;) voor een Nederlandstalige Excel</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="191" />
            <source>Save as</source>
            <translation>Opslaan als</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="192" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="193" />
            <source>Open</source>
            <translation>Openen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="196" />
            <source>All requests</source>
            <translation>Alle verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="200" />
            <source>This request (#%1)</source>
            <translation>Dit verzoek (#%1)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="209" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="209" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="219" />
            <source>Investigation: %1</source>
            <translation>Onderzoek: %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="250" />
            <source>Select a request first: a dossier is made of one request.</source>
            <translation>Kies eerst een verzoek: een dossier wordt van één verzoek gemaakt.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="283" />
            <source>Export to</source>
            <translation>Exporteren naar</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="328" />
            <source>Exporting…</source>
            <translation>Bezig met exporteren…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="335" />
            <source>Cancelling…</source>
            <translation>Bezig met annuleren…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/export_dialog.py" line="362" />
            <source>%n deadline(s)</source>
            <translation>
                <numerusform>%n termijn</numerusform>
                <numerusform>%n termijnen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/export_dialog.py" line="364" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n bestand</numerusform>
                <numerusform>%n bestanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/export_dialog.py" line="366" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n verzoek</numerusform>
                <numerusform>%n verzoeken</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="367" />
            <source>Exported %1 to %2.</source>
            <translation>%1 geëxporteerd naar %2.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="369" />
            <source>Missing from the library (run verify): %1.</source>
            <translation>Ontbreekt in de bibliotheek (voer verify uit): %1.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/export_dialog.py" line="380" />
            <source>The export was cancelled; nothing was written.</source>
            <translation>De export is geannuleerd; er is niets weggeschreven.</translation>
        </message>
    </context>
    <context>
        <name>Fields</name>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/fields.py" line="43" />
            <source>YYYY-MM-DD or DD-MM-YYYY</source>
            <translation>JJJJ-MM-DD of DD-MM-JJJJ</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/fields.py" line="47" />
            <source>'%1' is not a valid date; write it as YYYY-MM-DD, e.g. 2025-04-25.</source>
            <translation>'%1' is geen geldige datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2025-04-25, of als DD-MM-JJJJ.</translation>
        </message>
    </context>
    <context>
        <name>Job</name>
        <message>
            <location filename="../../woo_tracker/ui/workers.py" line="100" />
            <source>Something went wrong in the background ({0}). Try again; if it happens again, please report it.</source>
            <extracomment>done, total (0 when unknown), a short message for the status bar the value ``work()`` returned a sentence for the user, and the exception always emitted last, whatever the outcome</extracomment>
            <translation>Er ging op de achtergrond iets mis ({0}). Probeer het opnieuw; meld het als het weer gebeurt.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="15" />
            <location filename="../../woo_tracker/ui/labels.py" line="80" />
            <source>Woo</source>
            <translation>Woo</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="16" />
            <location filename="../../woo_tracker/ui/labels.py" line="81" />
            <source>Wob</source>
            <translation>Wob</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="17" />
            <location filename="../../woo_tracker/ui/labels.py" line="26" />
            <location filename="../../woo_tracker/ui/labels.py" line="82" />
            <source>Kamervragen</source>
            <translation>Kamervragen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="24" />
            <source>Woo request</source>
            <translation>Woo-verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="25" />
            <source>Wob request</source>
            <translation>Wob-verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="33" />
            <source>Draft</source>
            <translation>Concept</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="34" />
            <location filename="../../woo_tracker/ui/labels.py" line="53" />
            <source>Submitted</source>
            <translation>Ingediend</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="35" />
            <source>Awaiting decision</source>
            <translation>Wacht op besluit</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="36" />
            <source>Suspended</source>
            <translation>Opgeschort</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="37" />
            <source>Extended</source>
            <translation>Verdaagd</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="38" />
            <location filename="../../woo_tracker/ui/labels.py" line="79" />
            <source>Awaiting answer</source>
            <translation>Wacht op antwoord</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="39" />
            <source>Postponed</source>
            <translation>Uitgesteld</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="40" />
            <source>Decided</source>
            <translation>Besluit genomen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="41" />
            <source>Answered</source>
            <translation>Beantwoord</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="42" />
            <source>In objection</source>
            <translation>In bezwaar</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="43" />
            <source>Objection decided</source>
            <translation>Beslissing op bezwaar</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="44" />
            <source>In appeal</source>
            <translation>In beroep</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="45" />
            <location filename="../../woo_tracker/ui/labels.py" line="65" />
            <source>Withdrawn</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="46" />
            <location filename="../../woo_tracker/ui/labels.py" line="66" />
            <location filename="../../woo_tracker/ui/labels.py" line="83" />
            <source>Closed</source>
            <translation>Afgesloten</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="54" />
            <source>Received</source>
            <translation>Ontvangen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="55" />
            <source>Acknowledged</source>
            <translation>Ontvangst bevestigd</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="56" />
            <source>Suspended (opschorting)</source>
            <translation>Opschorting</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="57" />
            <source>Resumed</source>
            <translation>Termijn loopt weer</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="58" />
            <source>Extended (verdaging)</source>
            <translation>Verdaging</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="59" />
            <source>Postponed (uitstelbericht)</source>
            <translation>Uitstelbericht</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="60" />
            <source>Decision (besluit)</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="61" />
            <source>Answer received</source>
            <translation>Antwoorden ontvangen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="62" />
            <source>Objection filed (bezwaar)</source>
            <translation>Bezwaar ingediend</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="63" />
            <location filename="../../woo_tracker/ui/labels.py" line="93" />
            <source>Decision on objection</source>
            <translation>Beslissing op bezwaar</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="64" />
            <source>Appeal filed (beroep)</source>
            <translation>Beroep ingesteld</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="67" />
            <source>Notice of default (ingebrekestelling)</source>
            <translation>Ingebrekestelling</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="76" />
            <source>All requests</source>
            <translation>Alle verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="77" />
            <source>Due this week</source>
            <translation>Verloopt deze week</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="78" />
            <source>Overdue</source>
            <translation>Te laat</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="90" />
            <source>Decision term</source>
            <translation>Beslistermijn</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="91" />
            <source>Extended decision term</source>
            <translation>Verdaagde beslistermijn</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="92" />
            <source>Objection period</source>
            <translation>Bezwaartermijn</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="94" />
            <source>Decision on objection (extended)</source>
            <translation>Beslissing op bezwaar (verdaagd)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="97" />
            <source>Appeal period</source>
            <translation>Beroepstermijn</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="98" />
            <source>Answer term (3 weeks)</source>
            <translation>Antwoordtermijn (3 weken)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="99" />
            <source>Answer term after postponement (6 weeks)</source>
            <translation>Antwoordtermijn na uitstel (6 weken)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="102" />
            <source>Appeal for failure to decide</source>
            <translation>Beroep niet tijdig beslissen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="103" />
            <source>Disclosure</source>
            <translation>Openbaarmaking</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="115" />
            <source>1 day overdue</source>
            <translation>1 dag te laat</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="116" />
            <source>%1 days overdue</source>
            <translation>%1 dagen te laat</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="118" />
            <source>due today</source>
            <translation>vandaag</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="120" />
            <source>1 day</source>
            <translation>1 dag</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/labels.py" line="121" />
            <source>%1 days</source>
            <translation>%1 dagen</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="257" />
            <source>&amp;File</source>
            <extracomment>how many pages ``select_request`` may load to find a request further down the list the window now shows another library (its root folder)</extracomment>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="258" />
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="259" />
            <source>&amp;Go</source>
            <translation>&amp;Ga naar</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="260" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="261" />
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="262" />
            <source>&amp;New request…</source>
            <translation>&amp;Nieuw verzoek…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="263" />
            <source>New request</source>
            <translation>Nieuw verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="264" />
            <source>&amp;Open library…</source>
            <translation>Bibliotheek &amp;openen…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="265" />
            <source>Open the &amp;demo library</source>
            <translation>&amp;Demobibliotheek openen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="266" />
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="267" />
            <source>&amp;Find…</source>
            <translation>&amp;Zoeken…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="268" />
            <source>&amp;Next request</source>
            <translation>Volgend &amp;verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="269" />
            <source>&amp;Previous request</source>
            <translation>Vo&amp;rig verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="270" />
            <source>&amp;Requests</source>
            <translation>&amp;Verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="271" />
            <source>&amp;Deadline overview</source>
            <translation>&amp;Termijnenoverzicht</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="272" />
            <source>Re&amp;fresh</source>
            <translation>&amp;Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="273" />
            <source>&amp;About woo-tracker</source>
            <translation>&amp;Over woo-tracker</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="274" />
            <source>Requests</source>
            <translation>Verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="275" />
            <source>Deadline overview</source>
            <translation>Termijnenoverzicht</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="277" />
            <source>Filter by title, number or organisation (Ctrl+F)</source>
            <translation>Filter op titel, nummer of organisatie (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="299" />
            <source>The %1 translation is missing from this installation; the app stays in English.</source>
            <translation>De vertaling %1 ontbreekt in deze installatie; de app blijft Engelstalig.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="310" />
            <source>woo-tracker — %1</source>
            <translation>woo-tracker — %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="311" />
            <source>Library: %1</source>
            <translation>Bibliotheek: %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="314" />
            <source>%1 of %2 match</source>
            <translation>%1 van %2 gevonden</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="319" />
            <source>%1 requests</source>
            <translation>%1 verzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="521" />
            <source>Recorded %1 “%2”.</source>
            <translation>%1 „%2” vastgelegd.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="529" />
            <source>Open library</source>
            <translation>Bibliotheek openen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="541" />
            <source>The library at %1 could not be opened: %2</source>
            <translation>De bibliotheek in %1 kan niet worden geopend: %2</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="576" />
            <source>The demo library could not be made: %1</source>
            <translation>De demobibliotheek kan niet worden gemaakt: %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="583" />
            <source>This is the demo library: sample requests with dates around today. Use File → Open library… to go back to your own.</source>
            <translation>Dit is de demobibliotheek: voorbeeldverzoeken met datums rond vandaag. Ga via Bestand → Bibliotheek openen… terug naar je eigen bibliotheek.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="592" />
            <source>About woo-tracker</source>
            <translation>Over woo-tracker</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/main_window.py" line="594" />
            <source>woo-tracker %1

Track Woo and Wob requests and Kamervragen, their legal deadlines and the documents that come back.</source>
            <translation>woo-tracker %1

Volg Woo- en Wob-verzoeken en Kamervragen, hun wettelijke termijnen en de documenten die terugkomen.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../woo_tracker/ui/widgets/message_bar.py" line="40" />
            <source>Close this message</source>
            <translation>Dit bericht sluiten</translation>
        </message>
    </context>
    <context>
        <name>NewRequestDialog</name>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="117" />
            <source>New request</source>
            <translation>Nieuw verzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="120" />
            <source>What you asked for, in a few words</source>
            <translation>Waar je om vroeg, in een paar woorden</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="128" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="129" />
            <source>Title *</source>
            <translation>Titel *</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="130" />
            <source>Zaak number</source>
            <translation>Zaaknummer</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="130" />
            <source>Kenmerk</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="131" />
            <source>Addressed to (ministry)</source>
            <translation>Gericht aan (ministerie)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="131" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="132" />
            <source>Kamerlid</source>
            <translation>Kamerlid</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="132" />
            <source>Requester</source>
            <translation>Verzoeker</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="133" />
            <source>Submitted (ingezonden)</source>
            <translation>Ingezonden</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="133" />
            <source>Submitted (sent)</source>
            <translation>Ingediend (verstuurd)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="134" />
            <source>Received by the organisation</source>
            <translation>Ontvangen door de organisatie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="135" />
            <source>Investigation</source>
            <translation>Onderzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="136" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="141" />
            <source>e.g. 2025Z15452</source>
            <translation>bijv. 2025Z15452</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="141" />
            <source>the organisation's reference, if known</source>
            <translation>het kenmerk van de organisatie, als je het weet</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="157" />
            <source>Enter the date it was sent or received to see when it is due.</source>
            <translation>Vul de datum van verzending of ontvangst in om te zien wanneer de termijn verloopt.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="163" />
            <source>Due on %1 (%2).</source>
            <translation>Uiterlijk op %1 (%2).</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="169" />
            <source>Received before 1 May 2022: the Wob applies.</source>
            <translation>Ontvangen vóór 1 mei 2022: de Wob is van toepassing.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="171" />
            <source>Received on or after 1 May 2022: the Woo applies.</source>
            <translation>Ontvangen op of na 1 mei 2022: de Woo is van toepassing.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="189" />
            <source>Give the request a title.</source>
            <translation>Geef het verzoek een titel.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="201" />
            <source>The received date lies before the submitted date; check both dates.</source>
            <translation>De ontvangstdatum ligt vóór de datum van indienen; controleer beide datums.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="205" />
            <source>Kamervragen need the date they were submitted (ingezonden).</source>
            <translation>Kamervragen hebben de datum nodig waarop ze zijn ingezonden.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="239" />
            <source>The request could not be saved: %1</source>
            <translation>Het verzoek kan niet worden opgeslagen: %1</translation>
        </message>
    </context>
    <context>
        <name>OverrideDeadlineDialog</name>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="39" />
            <source>Override deadline</source>
            <translation>Termijn aanpassen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="42" />
            <source>%1: computed %2 (%3).</source>
            <translation>%1: berekend %2 (%3).</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="53" />
            <source>e.g. the organisation agreed to a later date by e-mail</source>
            <translation>bijv. de organisatie stemde per e-mail in met een latere datum</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="57" />
            <source>New due date</source>
            <translation>Nieuwe uiterste datum</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="58" />
            <source>Reason *</source>
            <translation>Reden *</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="84" />
            <source>Give the date that counts instead.</source>
            <translation>Geef de datum die in plaats daarvan geldt.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="88" />
            <source>Say why you override this deadline (a reason is required).</source>
            <translation>Zeg waarom je deze termijn aanpast (een reden is verplicht).</translation>
        </message>
    </context>
    <context>
        <name>RequestDetail</name>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="229" />
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="288" />
            <source>Date</source>
            <extracomment>Which events make sense on which kind of request (menu order follows kinds.EVENT_TYPES). a request was changed here (id); the list and the counts should refresh text, level ("error", "warning", "info") for the window's message bar</extracomment>
            <translation>Datum</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="230" />
            <source>Event</source>
            <translation>Gebeurtenis</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="231" />
            <source>Note</source>
            <translation>Notitie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="240" />
            <source>Deadline</source>
            <translation>Termijn</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="241" />
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="242" />
            <source>Computed</source>
            <translation>Berekend</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="243" />
            <source>Override</source>
            <translation>Aangepast</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="244" />
            <source>Legal basis</source>
            <translation>Wettelijke grondslag</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="286" />
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="380" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="287" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="289" />
            <source>Pages</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="299" />
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="301" />
            <source>Question</source>
            <translation>Vraag</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="304" />
            <source>Answer</source>
            <translation>Antwoord</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="319" />
            <source>Kind</source>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="320" />
            <source>Value</source>
            <translation>Waarde</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="321" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="322" />
            <source>Page</source>
            <translation>Pagina</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="338" />
            <source>Select a request to see its timeline, deadlines and documents.</source>
            <translation>Kies een verzoek om de tijdlijn, termijnen en documenten te zien.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="342" />
            <source>Details</source>
            <translation>Gegevens</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="344" />
            <source>Documents</source>
            <translation>Documenten</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="345" />
            <source>References</source>
            <translation>Verwijzingen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="349" />
            <source>Save</source>
            <translation>Opslaan</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="350" />
            <source>Revert</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="351" />
            <source>Date:</source>
            <translation>Datum:</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="352" />
            <source>Add event</source>
            <translation>Gebeurtenis toevoegen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="353" />
            <source>Record what happened on the chosen date</source>
            <translation>Leg vast wat er op de gekozen datum gebeurde</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="354" />
            <source>Remove event</source>
            <translation>Gebeurtenis verwijderen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="343" />
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="355" />
            <source>Timeline</source>
            <translation>Tijdlijn</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="356" />
            <source>Deadlines</source>
            <translation>Termijnen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="357" />
            <source>Override…</source>
            <translation>Aanpassen…</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="358" />
            <source>Clear override</source>
            <translation>Aanpassing wissen</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="359" />
            <source>No documents are linked to this request yet.</source>
            <translation>Er zijn nog geen documenten aan dit verzoek gekoppeld.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="361" />
            <source>No references found in this request's documents yet.</source>
            <translation>Nog geen verwijzingen gevonden in de documenten van dit verzoek.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="381" />
            <source>Zaak number</source>
            <translation>Zaaknummer</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="381" />
            <source>Kenmerk</source>
            <translation>Kenmerk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="382" />
            <source>Addressed to (ministry)</source>
            <translation>Gericht aan (ministerie)</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="382" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="383" />
            <source>Kamerlid</source>
            <translation>Kamerlid</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="383" />
            <source>Requester</source>
            <translation>Verzoeker</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="384" />
            <source>Investigation</source>
            <translation>Onderzoek</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="385" />
            <source>Notes</source>
            <translation>Notities</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="476" />
            <source>due %1</source>
            <translation>uiterlijk %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="489" />
            <source>Submitted %1</source>
            <translation>Ingediend %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="491" />
            <source>received %1</source>
            <translation>ontvangen %1</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="493" />
            <source>open for %1 days</source>
            <translation>%1 dagen open</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="535" />
            <source>Give the request a title.</source>
            <translation>Geef het verzoek een titel.</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="632" />
            <source>overridden to %1: %2</source>
            <translation>aangepast naar %1: %2</translation>
        </message>
    </context>
    <context>
        <name>RequestTableModel</name>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="52" />
            <source>Kind</source>
            <extracomment>column id, the service's order_by for it</extracomment>
            <translation>Soort</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="53" />
            <source>Number / kenmerk</source>
            <translation>Nummer / kenmerk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="54" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="55" />
            <source>Organisation</source>
            <translation>Organisatie</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="56" />
            <source>Submitted</source>
            <translation>Ingediend</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="57" />
            <source>Due</source>
            <translation>Uiterlijk</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="58" />
            <source>Days left</source>
            <translation>Dagen over</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/request_table.py" line="59" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
    </context>
    <context>
        <name>ViewsModel</name>
        <message>
            <location filename="../../woo_tracker/ui/models/views.py" line="66" />
            <source>Investigations</source>
            <translation>Onderzoeken</translation>
        </message>
        <message>
            <location filename="../../woo_tracker/ui/models/views.py" line="100" />
            <source>%1: %2 requests</source>
            <translation>%1: %2 verzoeken</translation>
        </message>
    </context>
</TS>
