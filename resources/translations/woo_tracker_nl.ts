<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../../woo_tracker/ui/app.py" line="66"/>
        <source>woo-tracker</source>
        <translation>woo-tracker</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/app.py" line="67"/>
        <source>The library could not be opened: %1</source>
        <translation>De bibliotheek kan niet worden geopend: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineOverview</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="136"/>
        <source>Counting…</source>
        <extracomment>rows listed per group; the rest is counted (the Overdue view in the list shows them all) the user double-clicked a request in the list the figures are on screen</extracomment>
        <translation>Tellen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="151"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="152"/>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="153"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="154"/>
        <source>Number / kenmerk</source>
        <translation>Nummer / kenmerk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="155"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="156"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="163"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="170"/>
        <source>This week (week %1)</source>
        <translation>Deze week (week %1)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="172"/>
        <source>Next week (week %1)</source>
        <translation>Volgende week (week %1)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="174"/>
        <source>Week %1</source>
        <translation>Week %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="209"/>
        <source>… and %1 more (see the list)</source>
        <translation>… en nog %1 (zie de lijst)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="226"/>
        <source>%1 overdue, %2 due in the coming %3 weeks.</source>
        <translation>%1 te laat, %2 verlopen in de komende %3 weken.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="269"/>
        <source>(no organisation)</source>
        <translation>(geen organisatie)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="272"/>
        <source>Other</source>
        <translation>Overige</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="275"/>
        <source>Requests by status</source>
        <translation>Verzoeken per status</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="278"/>
        <source>Requests by organisation</source>
        <translation>Verzoeken per organisatie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="286"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/deadline_overview.py" line="287"/>
        <source>Double-click a request to open it</source>
        <translation>Dubbelklik op een verzoek om het te openen</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="126"/>
        <source>Question %1</source>
        <extracomment>references that name a request (its number) and open it when clicked</extracomment>
        <translation>Vraag %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="127"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="128"/>
        <source>No answer found.</source>
        <translation>Geen antwoord gevonden.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="280"/>
        <source>No.</source>
        <extracomment>a reference that names a request was clicked: (kind, value, raw text) a date in the text was clicked: use it as the event date of the selected request open this request (a &quot;filed with&quot; link) text, level for the window&apos;s message bar the page image on screen now (page number) pages were read by OCR here: the document may now be filed with a request (id, or -1)</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="281"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="282"/>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="283"/>
        <source>Assessment</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="284"/>
        <source>Grounds</source>
        <translation>Gronden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="296"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="297"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="298"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="299"/>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="357"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="351"/>
        <source>Open a document from a request, the inbox or a search result to read it here.</source>
        <translation>Open een document vanuit een verzoek, de inbox of een zoekresultaat om het hier te lezen.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="353"/>
        <source>Open original</source>
        <translation>Origineel openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="354"/>
        <source>Open the stored file in the system&apos;s viewer</source>
        <translation>Open het bewaarde bestand in het standaardprogramma</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="355"/>
        <source>◀ Previous</source>
        <translation>◀ Vorige</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="356"/>
        <source>Next ▶</source>
        <translation>Volgende ▶</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="360"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="361"/>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="362"/>
        <source>Inventory</source>
        <translation>Inventaris</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="363"/>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="451"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="453"/>
        <source>%n page(s) read by OCR</source>
        <translation>
            <numerusform>%n pagina gelezen met OCR</numerusform>
            <numerusform>%n pagina&apos;s gelezen met OCR</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="455"/>
        <source>scanned pages not read yet (no OCR)</source>
        <translation>gescande pagina&apos;s nog niet gelezen (geen OCR)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="458"/>
        <source>Read them with OCR now</source>
        <translation>Nu met OCR lezen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="466"/>
        <source>Filed with: %1</source>
        <translation>Hoort bij: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="468"/>
        <source>Not filed with a request yet (see the Inbox).</source>
        <translation>Hoort nog bij geen verzoek (zie de inbox).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="486"/>
        <source>%n document(s) listed.</source>
        <translation>
            <numerusform>%n document op de lijst.</numerusform>
            <numerusform>%n documenten op de lijst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="489"/>
        <source>Assessment: %1</source>
        <translation>Beoordeling: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="496"/>
        <source>Grounds for refusal: %1</source>
        <translation>Weigeringsgronden: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="506"/>
        <source>No grounds for refusal were recognised in the rows.</source>
        <translation>In de regels zijn geen weigeringsgronden herkend.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="531"/>
        <source>of %1</source>
        <translation>van %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="537"/>
        <source>text layer</source>
        <translation>tekstlaag</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="538"/>
        <source>read by OCR</source>
        <translation>gelezen met OCR</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="539"/>
        <source>no text on this page (scanned; OCR needed)</source>
        <translation>geen tekst op deze pagina (gescand; OCR nodig)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="553"/>
        <source>Margin</source>
        <translation>Kantlijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="565"/>
        <source>No text was read from this page. If it is a scan, add it with OCR on.</source>
        <translation>Van deze pagina is geen tekst gelezen. Is het een scan, voeg het document dan toe met OCR aan.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="587"/>
        <source>No page image: this document is not a PDF. Its text is on the right.</source>
        <translation>Geen paginabeeld: dit document is geen pdf. De tekst staat rechts.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="590"/>
        <source>Rendering page %1…</source>
        <translation>Pagina %1 wordt getekend…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="662"/>
        <source>Click to use %1 as the event date of the selected request</source>
        <translation>Klik om %1 te gebruiken als datum van een gebeurtenis bij het gekozen verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="667"/>
        <source>%1 %2 — click to open its request</source>
        <translation>%1 %2 — klik om het verzoek te openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="672"/>
        <source>Click to open %1</source>
        <translation>Klik om %1 te openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="674"/>
        <source>%1 %2 — click to search all documents for it</source>
        <translation>%1 %2 — klik om alle documenten erop te doorzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="730"/>
        <source>Reading the scanned pages with OCR…</source>
        <translation>De gescande pagina&apos;s worden met OCR gelezen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="742"/>
        <source>The scanned pages were read.</source>
        <translation>De gescande pagina&apos;s zijn gelezen.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="766"/>
        <source>The stored file is missing; run Verify and add the document again.</source>
        <translation>Het bewaarde bestand ontbreekt; voer een controle uit en voeg het document opnieuw toe.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="779"/>
        <source>The document could not be opened: %1</source>
        <translation>Het document kan niet worden geopend: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/document_view.py" line="784"/>
        <source>No program to open %1 was found; the copy is at %2.</source>
        <translation>Er is geen programma gevonden om %1 te openen; de kopie staat in %2.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="55"/>
        <source>No requests yet</source>
        <translation>Nog geen verzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="58"/>
        <source>Record a Woo request, a Wob request or Kamervragen and woo-tracker computes every legal deadline, tells you what is due or overdue and keeps the timeline. Or drop the documents you received (PDFs, e-mails) on this window: an answer to Kamervragen makes its request by itself. Not sure yet? Look around in the demo library first.</source>
        <translation>Leg een Woo-verzoek, een Wob-verzoek of Kamervragen vast en woo-tracker berekent elke wettelijke termijn, laat zien wat binnenkort verloopt of al te laat is en houdt de tijdlijn bij. Of sleep de documenten die je kreeg (pdf&apos;s, e-mails) op dit venster: een antwoord op Kamervragen maakt zelf zijn verzoek aan. Eerst rondkijken? Open dan de demobibliotheek.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="66"/>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="67"/>
        <source>Add documents…</source>
        <translation>Documenten toevoegen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/empty_state.py" line="68"/>
        <source>Open the demo library</source>
        <translation>Demobibliotheek openen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="183"/>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="194"/>
        <source>Export</source>
        <extracomment>the service&apos;s result dict after a successful export</extracomment>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="186"/>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="187"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="188"/>
        <source>Separator</source>
        <translation>Scheidingsteken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="189"/>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="190"/>
        <source>Semicolon (;) for a Dutch-language Excel</source>
        <translation>Puntkomma (;) voor een Nederlandstalige Excel</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="191"/>
        <source>Save as</source>
        <translation>Opslaan als</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="192"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="193"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="196"/>
        <source>All requests</source>
        <translation>Alle verzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="200"/>
        <source>This request (#%1)</source>
        <translation>Dit verzoek (#%1)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="209"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="209"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="219"/>
        <source>Investigation: %1</source>
        <translation>Onderzoek: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="250"/>
        <source>Select a request first: a dossier is made of one request.</source>
        <translation>Kies eerst een verzoek: een dossier wordt van één verzoek gemaakt.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="283"/>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="328"/>
        <source>Exporting…</source>
        <translation>Bezig met exporteren…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="335"/>
        <source>Cancelling…</source>
        <translation>Bezig met annuleren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/export_dialog.py" line="362"/>
        <source>%n deadline(s)</source>
        <translation>
            <numerusform>%n termijn</numerusform>
            <numerusform>%n termijnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/export_dialog.py" line="364"/>
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n bestand</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/export_dialog.py" line="366"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="367"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 geëxporteerd naar %2.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="369"/>
        <source>Missing from the library (run verify): %1.</source>
        <translation>Ontbreekt in de bibliotheek (voer verify uit): %1.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/export_dialog.py" line="380"/>
        <source>The export was cancelled; nothing was written.</source>
        <translation>De export is geannuleerd; er is niets weggeschreven.</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/fields.py" line="43"/>
        <source>YYYY-MM-DD or DD-MM-YYYY</source>
        <translation>JJJJ-MM-DD of DD-MM-JJJJ</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/fields.py" line="47"/>
        <source>&apos;%1&apos; is not a valid date; write it as YYYY-MM-DD, e.g. 2025-04-25.</source>
        <translation>&apos;%1&apos; is geen geldige datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld 2025-04-25, of als DD-MM-JJJJ.</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="54"/>
        <source>Document</source>
        <extracomment>documents were filed (the request they went to, or -1): counts and lists should refresh open a document in the document view (id, page) show this request beside the inbox (the selected document&apos;s suggestion) text, level for the window&apos;s message bar</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="55"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="56"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="57"/>
        <source>Suggested request</source>
        <translation>Voorgesteld verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="58"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="123"/>
        <source>Accept suggestion</source>
        <translation>Voorstel aannemen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="124"/>
        <source>File the document with the suggested request</source>
        <translation>Voeg het document toe aan het voorgestelde verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="125"/>
        <source>Reject suggestion</source>
        <translation>Voorstel afwijzen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="126"/>
        <source>File with another request…</source>
        <translation>Bij ander verzoek zetten…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="127"/>
        <source>New request from document</source>
        <translation>Nieuw verzoek uit document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="129"/>
        <source>Make a request from what the document says (kind, number, title)</source>
        <translation>Maak een verzoek met wat het document zegt (soort, nummer, titel)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="131"/>
        <source>Open document</source>
        <translation>Document openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="134"/>
        <source>The inbox is empty: every document is filed with a request.
Documents you add that match no request for sure wait here.</source>
        <translation>De inbox is leeg: elk document hoort bij een verzoek.
Documenten die je toevoegt en niet zeker bij een verzoek passen, wachten hier.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="155"/>
        <source>— none —</source>
        <translation>— geen —</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="162"/>
        <source>no request matches; file it yourself or make a new one</source>
        <translation>geen verzoek past; kies er zelf een of maak een nieuw</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="166"/>
        <source>(+%n other suggestion(s))</source>
        <translation>
            <numerusform>(+%n ander voorstel)</numerusform>
            <numerusform>(+%n andere voorstellen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="194"/>
        <source>%n document(s) not filed with a request yet.</source>
        <translation>
            <numerusform>%n document hoort nog bij geen verzoek.</numerusform>
            <numerusform>%n documenten horen nog bij geen verzoek.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="234"/>
        <source>Filed “%1” with “%2”.</source>
        <translation>„%1” toegevoegd aan „%2”.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="281"/>
        <source>There are no requests yet; make one from the document instead.</source>
        <translation>Er zijn nog geen verzoeken; maak er een uit het document.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="290"/>
        <source>File with a request</source>
        <translation>Bij een verzoek zetten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="291"/>
        <source>File “%1” with:</source>
        <translation>„%1” toevoegen aan:</translation>
    </message>
</context>
<context>
    <name>IngestPanel</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="99"/>
        <source>File</source>
        <extracomment>text, level for the window&apos;s message bar</extracomment>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="100"/>
        <source>What happened</source>
        <translation>Wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="101"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="143"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="145"/>
        <source>Stop after the current page; what is stored stays, nothing half</source>
        <translation>Stop na de huidige pagina; wat bewaard is blijft, niets half</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="147"/>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="148"/>
        <source>Enter password…</source>
        <translation>Wachtwoord invoeren…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="149"/>
        <source>Install OCR…</source>
        <translation>OCR installeren…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="150"/>
        <source>Remove from list</source>
        <translation>Uit de lijst halen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="151"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="164"/>
        <source>Enter the password; the file is added again with it.</source>
        <translation>Voer het wachtwoord in; het bestand wordt er opnieuw mee toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="165"/>
        <source>Get a fresh copy from its source and add that, or Retry.</source>
        <translation>Haal een nieuw exemplaar bij de bron en voeg dat toe, of probeer opnieuw.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="166"/>
        <source>Install OCR (tesseract) to read the scanned pages.</source>
        <translation>Installeer OCR (tesseract) om de gescande pagina&apos;s te lezen.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="167"/>
        <source>Added; read the note.</source>
        <translation>Toegevoegd; lees de opmerking.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="173"/>
        <source>Adding documents…</source>
        <translation>Documenten toevoegen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="185"/>
        <source>Adding documents: file %1 of %2</source>
        <translation>Documenten toevoegen: bestand %1 van %2</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="193"/>
        <source>page %1 of %2</source>
        <translation>pagina %1 van %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="198"/>
        <source>%n page(s) read by OCR</source>
        <translation>
            <numerusform>%n pagina gelezen met OCR</numerusform>
            <numerusform>%n pagina&apos;s gelezen met OCR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="201"/>
        <source>%n more batch(es) waiting</source>
        <translation>
            <numerusform>nog %n partij wacht</numerusform>
            <numerusform>nog %n partijen wachten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="209"/>
        <source>Cancelling… the file being read is finished or left out whole.</source>
        <translation>Annuleren… het bestand dat nu gelezen wordt, wordt afgemaakt of helemaal weggelaten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="231"/>
        <source>%n file(s) could not be added.</source>
        <translation>
            <numerusform>%n bestand kon niet worden toegevoegd.</numerusform>
            <numerusform>%n bestanden konden niet worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="233"/>
        <source>%n file(s) were added with a note.</source>
        <translation>
            <numerusform>%n bestand is toegevoegd met een opmerking.</numerusform>
            <numerusform>%n bestanden zijn toegevoegd met een opmerking.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="283"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="284"/>
        <source>Password to open “%1”:</source>
        <translation>Wachtwoord om „%1” te openen:</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="300"/>
        <source>Install OCR</source>
        <translation>OCR installeren</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="303"/>
        <source>Scanned pages are read with the free OCR program tesseract and its Dutch language data. It is not installed on this computer, so those pages were stored without their text.</source>
        <translation>Gescande pagina&apos;s worden gelezen met het gratis OCR-programma tesseract en de Nederlandse taalgegevens. Dat is op deze computer niet geïnstalleerd, dus die pagina&apos;s zijn zonder tekst bewaard.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="308"/>
        <source>To install it: %1.</source>
        <translation>Zo installeer je het (Engelstalige aanwijzing): %1.</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../woo_tracker/ui/workers.py" line="100"/>
        <source>Something went wrong in the background ({0}). Try again; if it happens again, please report it.</source>
        <extracomment>done, total (0 when unknown), a short message for the status bar the value ``work()`` returned a sentence for the user, and the exception always emitted last, whatever the outcome</extracomment>
        <translation>Er ging op de achtergrond iets mis ({0}). Probeer het opnieuw; meld het als het weer gebeurt.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="17"/>
        <location filename="../../woo_tracker/ui/labels.py" line="82"/>
        <source>Woo</source>
        <translation>Woo</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="18"/>
        <location filename="../../woo_tracker/ui/labels.py" line="83"/>
        <source>Wob</source>
        <translation>Wob</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="19"/>
        <location filename="../../woo_tracker/ui/labels.py" line="28"/>
        <location filename="../../woo_tracker/ui/labels.py" line="84"/>
        <source>Kamervragen</source>
        <translation>Kamervragen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="26"/>
        <source>Woo request</source>
        <translation>Woo-verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="27"/>
        <source>Wob request</source>
        <translation>Wob-verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="35"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="36"/>
        <location filename="../../woo_tracker/ui/labels.py" line="55"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="37"/>
        <source>Awaiting decision</source>
        <translation>Wacht op besluit</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="38"/>
        <source>Suspended</source>
        <translation>Opgeschort</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="39"/>
        <source>Extended</source>
        <translation>Verdaagd</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="40"/>
        <location filename="../../woo_tracker/ui/labels.py" line="81"/>
        <source>Awaiting answer</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="41"/>
        <source>Postponed</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="42"/>
        <source>Decided</source>
        <translation>Besluit genomen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="43"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="44"/>
        <source>In objection</source>
        <translation>In bezwaar</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="45"/>
        <source>Objection decided</source>
        <translation>Beslissing op bezwaar</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="46"/>
        <source>In appeal</source>
        <translation>In beroep</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="47"/>
        <location filename="../../woo_tracker/ui/labels.py" line="67"/>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="48"/>
        <location filename="../../woo_tracker/ui/labels.py" line="68"/>
        <location filename="../../woo_tracker/ui/labels.py" line="85"/>
        <source>Closed</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="56"/>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="57"/>
        <source>Acknowledged</source>
        <translation>Ontvangst bevestigd</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="58"/>
        <source>Suspended (opschorting)</source>
        <translation>Opschorting</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="59"/>
        <source>Resumed</source>
        <translation>Termijn loopt weer</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="60"/>
        <source>Extended (verdaging)</source>
        <translation>Verdaging</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="61"/>
        <source>Postponed (uitstelbericht)</source>
        <translation>Uitstelbericht</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="62"/>
        <location filename="../../woo_tracker/ui/labels.py" line="153"/>
        <source>Decision (besluit)</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="63"/>
        <source>Answer received</source>
        <translation>Antwoorden ontvangen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="64"/>
        <source>Objection filed (bezwaar)</source>
        <translation>Bezwaar ingediend</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="65"/>
        <location filename="../../woo_tracker/ui/labels.py" line="95"/>
        <source>Decision on objection</source>
        <translation>Beslissing op bezwaar</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="66"/>
        <source>Appeal filed (beroep)</source>
        <translation>Beroep ingesteld</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="69"/>
        <source>Notice of default (ingebrekestelling)</source>
        <translation>Ingebrekestelling</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="78"/>
        <source>All requests</source>
        <translation>Alle verzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="79"/>
        <source>Due this week</source>
        <translation>Verloopt deze week</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="80"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="92"/>
        <source>Decision term</source>
        <translation>Beslistermijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="93"/>
        <source>Extended decision term</source>
        <translation>Verdaagde beslistermijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="94"/>
        <source>Objection period</source>
        <translation>Bezwaartermijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="96"/>
        <source>Decision on objection (extended)</source>
        <translation>Beslissing op bezwaar (verdaagd)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="99"/>
        <source>Appeal period</source>
        <translation>Beroepstermijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="100"/>
        <source>Answer term (3 weeks)</source>
        <translation>Antwoordtermijn (3 weken)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="101"/>
        <source>Answer term after postponement (6 weeks)</source>
        <translation>Antwoordtermijn na uitstel (6 weken)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="104"/>
        <source>Appeal for failure to decide</source>
        <translation>Beroep niet tijdig beslissen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="105"/>
        <source>Disclosure</source>
        <translation>Openbaarmaking</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="117"/>
        <source>1 day overdue</source>
        <translation>1 dag te laat</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="118"/>
        <source>%1 days overdue</source>
        <translation>%1 dagen te laat</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="120"/>
        <source>due today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="122"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="123"/>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="132"/>
        <source>Kamervragen (questions)</source>
        <translation>Kamervragen (vragen)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="133"/>
        <source>Answers to Kamervragen</source>
        <translation>Antwoorden op Kamervragen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="134"/>
        <source>Postponement of answers</source>
        <translation>Uitstelbericht</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="135"/>
        <location filename="../../woo_tracker/ui/labels.py" line="155"/>
        <source>Acknowledgement of receipt</source>
        <translation>Ontvangstbevestiging</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="136"/>
        <location filename="../../woo_tracker/ui/labels.py" line="154"/>
        <source>Extension (verdagingsbesluit)</source>
        <translation>Verdagingsbesluit</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="137"/>
        <source>Woo decision (besluit)</source>
        <translation>Woo-besluit</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="138"/>
        <source>Wob decision (besluit)</source>
        <translation>Wob-besluit</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="139"/>
        <location filename="../../woo_tracker/ui/labels.py" line="156"/>
        <source>Inventory list</source>
        <translation>Inventarislijst</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="140"/>
        <source>Released document</source>
        <translation>Openbaar gemaakt document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="141"/>
        <source>Objection (bezwaar)</source>
        <translation>Bezwaar</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="142"/>
        <source>News article</source>
        <translation>Nieuwsartikel</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="143"/>
        <source>Other document</source>
        <translation>Overig document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="151"/>
        <source>Answers</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="152"/>
        <source>Postponement notice</source>
        <translation>Uitstelbericht</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="164"/>
        <source>Kamervragen number</source>
        <translation>Kamervraagnummer</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="165"/>
        <source>Kamer document</source>
        <translation>Kamerdocument</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="166"/>
        <source>Aanhangsel Handelingen</source>
        <translation>Aanhangsel Handelingen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="167"/>
        <source>Kamerstuk</source>
        <translation>Kamerstuk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="168"/>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="169"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="170"/>
        <source>Article of law</source>
        <translation>Wetsartikel</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="171"/>
        <source>Law</source>
        <translation>Wet</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="172"/>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="173"/>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="174"/>
        <source>Court ruling (ECLI)</source>
        <translation>Uitspraak (ECLI)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="182"/>
        <source>theirs (ons kenmerk)</source>
        <translation>ons kenmerk (organisatie)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="184"/>
        <source>document date</source>
        <translation>datum document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="185"/>
        <source>submitted</source>
        <translation>ingezonden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="186"/>
        <source>letter answered</source>
        <translation>beantwoorde brief</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="196"/>
        <source>“%1” is damaged, incomplete or not the kind of file its name says; get a fresh copy from its source.</source>
        <translation>“%1” is beschadigd, onvolledig of niet het soort bestand dat de naam zegt; haal een nieuw exemplaar bij de bron.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="200"/>
        <source>“%1” is protected by a password; add it again with the password.</source>
        <translation>“%1” is met een wachtwoord beveiligd; voeg het opnieuw toe met het wachtwoord.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="203"/>
        <source>“%1” is of a type woo-tracker cannot read; save it as PDF, e-mail, Word, HTML or text.</source>
        <translation>“%1” is van een soort dat woo-tracker niet kan lezen; sla het op als PDF, e-mail, Word, HTML of tekst.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="207"/>
        <source>“%1” does not exist or cannot be read; check the file.</source>
        <translation>“%1” bestaat niet of kan niet worden gelezen; controleer het bestand.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="210"/>
        <source>“%1” needs OCR, and tesseract is not installed.</source>
        <translation>“%1” heeft OCR nodig, en tesseract is niet geïnstalleerd.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="183"/>
        <source>yours (uw kenmerk)</source>
        <translation>van jou (uw kenmerk)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/labels.py" line="187"/>
        <source>received</source>
        <translation>ontvangen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="361"/>
        <source>&amp;File</source>
        <extracomment>how many pages ``select_request`` may load to find a request further down the list the middle tabs the pages of the requests tab the window now shows another library (its root folder)</extracomment>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="362"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="363"/>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="364"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="365"/>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="366"/>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="367"/>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="368"/>
        <source>&amp;Open library…</source>
        <translation>Bibliotheek &amp;openen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="369"/>
        <source>Open the &amp;demo library</source>
        <translation>&amp;Demobibliotheek openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="370"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="371"/>
        <source>&amp;Add documents…</source>
        <translation>Documenten &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="372"/>
        <source>Add a &amp;folder of documents…</source>
        <translation>Een &amp;map met documenten toevoegen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="373"/>
        <source>Read scanned pages with &amp;OCR</source>
        <translation>Gescande pagina&apos;s lezen met &amp;OCR</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="375"/>
        <source>Slower, but scanned pages become searchable; off: they are stored unread</source>
        <translation>Trager, maar gescande pagina&apos;s worden doorzoekbaar; uit: ze worden ongelezen bewaard</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="377"/>
        <source>&amp;Search documents…</source>
        <translation>Documenten &amp;zoeken…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="378"/>
        <source>&amp;Filter requests…</source>
        <translation>Verzoeken &amp;filteren…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="379"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="380"/>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="381"/>
        <source>D&amp;ocument</source>
        <translation>D&amp;ocument</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="392"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="393"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="395"/>
        <source>Filter by title, number or organisation (Ctrl+Shift+F)</source>
        <translation>Filter op titel, nummer of organisatie (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="399"/>
        <source>Drop to add the documents to the library.
They are filed with their requests; the rest waits in the Inbox.</source>
        <translation>Loslaten om de documenten aan de bibliotheek toe te voegen.
Ze komen bij hun verzoek; de rest wacht in de inbox.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/main_window.py" line="447"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="672"/>
        <source>No request has the number %1; searching the documents for it.</source>
        <translation>Geen verzoek heeft nummer %1; de documenten worden erop doorzocht.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="690"/>
        <source>Select a request first: the date %1 becomes the date of its next event.</source>
        <translation>Kies eerst een verzoek: de datum %1 wordt de datum van de volgende gebeurtenis.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="698"/>
        <source>%1 is now the event date of “%2”; choose Add event to record what happened.</source>
        <translation>%1 is nu de datum van de gebeurtenis bij „%2”; kies Gebeurtenis toevoegen om vast te leggen wat er gebeurde.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="731"/>
        <source>Add documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="733"/>
        <source>Documents (%1);;All files (*)</source>
        <translation>Documenten (%1);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="743"/>
        <source>Add a folder of documents</source>
        <translation>Een map met documenten toevoegen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/main_window.py" line="756"/>
        <source>%n document(s) added</source>
        <translation>
            <numerusform>%n document toegevoegd</numerusform>
            <numerusform>%n documenten toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/main_window.py" line="758"/>
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n stond al in de bibliotheek</numerusform>
            <numerusform>%n stonden al in de bibliotheek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/main_window.py" line="760"/>
        <source>%n waiting in the Inbox</source>
        <translation>
            <numerusform>%n wacht in de inbox</numerusform>
            <numerusform>%n wachten in de inbox</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/main_window.py" line="762"/>
        <source>%n could not be added (see the list below)</source>
        <translation>
            <numerusform>%n kon niet worden toegevoegd (zie de lijst onderaan)</numerusform>
            <numerusform>%n konden niet worden toegevoegd (zie de lijst onderaan)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="766"/>
        <source>Cancelled: the files not read yet were left out, nothing half stored.</source>
        <translation>Geannuleerd: de bestanden die nog niet gelezen waren, zijn weggelaten; niets is half bewaard.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="780"/>
        <source>Filed with “%1”.</source>
        <translation>Toegevoegd aan „%1”.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="382"/>
        <source>&amp;Next request</source>
        <translation>Volgend &amp;verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="383"/>
        <source>&amp;Previous request</source>
        <translation>Vo&amp;rig verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="384"/>
        <source>&amp;Requests</source>
        <translation>&amp;Verzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="385"/>
        <source>&amp;Deadline overview</source>
        <translation>&amp;Termijnenoverzicht</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="386"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="387"/>
        <source>&amp;About woo-tracker</source>
        <translation>&amp;Over woo-tracker</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="389"/>
        <location filename="../../woo_tracker/ui/main_window.py" line="517"/>
        <source>Requests</source>
        <translation>Verzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="389"/>
        <location filename="../../woo_tracker/ui/main_window.py" line="517"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="391"/>
        <source>Deadline overview</source>
        <translation>Termijnenoverzicht</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="427"/>
        <source>The %1 translation is missing from this installation; the app stays in English.</source>
        <translation>De vertaling %1 ontbreekt in deze installatie; de app blijft Engelstalig.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="438"/>
        <source>woo-tracker — %1</source>
        <translation>woo-tracker — %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="439"/>
        <source>Library: %1</source>
        <translation>Bibliotheek: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="442"/>
        <source>%1 of %2 match</source>
        <translation>%1 van %2 gevonden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="874"/>
        <source>Recorded %1 “%2”.</source>
        <translation>%1 „%2” vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="882"/>
        <source>Open library</source>
        <translation>Bibliotheek openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="894"/>
        <source>The library at %1 could not be opened: %2</source>
        <translation>De bibliotheek in %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="935"/>
        <source>The demo library could not be made: %1</source>
        <translation>De demobibliotheek kan niet worden gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="942"/>
        <source>This is the demo library: sample requests with dates around today. Use File → Open library… to go back to your own.</source>
        <translation>Dit is de demobibliotheek: voorbeeldverzoeken met datums rond vandaag. Ga via Bestand → Bibliotheek openen… terug naar je eigen bibliotheek.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="951"/>
        <source>About woo-tracker</source>
        <translation>Over woo-tracker</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/main_window.py" line="953"/>
        <source>woo-tracker %1

Track Woo and Wob requests and Kamervragen, their legal deadlines and the documents that come back.</source>
        <translation>woo-tracker %1

Volg Woo- en Wob-verzoeken en Kamervragen, hun wettelijke termijnen en de documenten die terugkomen.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/message_bar.py" line="40"/>
        <source>Close this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="117"/>
        <source>New request</source>
        <translation>Nieuw verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="120"/>
        <source>What you asked for, in a few words</source>
        <translation>Waar je om vroeg, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="128"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="129"/>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="130"/>
        <source>Zaak number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="130"/>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="131"/>
        <source>Addressed to (ministry)</source>
        <translation>Gericht aan (ministerie)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="131"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="132"/>
        <source>Kamerlid</source>
        <translation>Kamerlid</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="132"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="133"/>
        <source>Submitted (ingezonden)</source>
        <translation>Ingezonden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="133"/>
        <source>Submitted (sent)</source>
        <translation>Ingediend (verstuurd)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="134"/>
        <source>Received by the organisation</source>
        <translation>Ontvangen door de organisatie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="135"/>
        <source>Investigation</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="136"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="141"/>
        <source>e.g. 2025Z15452</source>
        <translation>bijv. 2025Z15452</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="141"/>
        <source>the organisation&apos;s reference, if known</source>
        <translation>het kenmerk van de organisatie, als je het weet</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="157"/>
        <source>Enter the date it was sent or received to see when it is due.</source>
        <translation>Vul de datum van verzending of ontvangst in om te zien wanneer de termijn verloopt.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="163"/>
        <source>Due on %1 (%2).</source>
        <translation>Uiterlijk op %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="169"/>
        <source>Received before 1 May 2022: the Wob applies.</source>
        <translation>Ontvangen vóór 1 mei 2022: de Wob is van toepassing.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="171"/>
        <source>Received on or after 1 May 2022: the Woo applies.</source>
        <translation>Ontvangen op of na 1 mei 2022: de Woo is van toepassing.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="189"/>
        <source>Give the request a title.</source>
        <translation>Geef het verzoek een titel.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="201"/>
        <source>The received date lies before the submitted date; check both dates.</source>
        <translation>De ontvangstdatum ligt vóór de datum van indienen; controleer beide datums.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="205"/>
        <source>Kamervragen need the date they were submitted (ingezonden).</source>
        <translation>Kamervragen hebben de datum nodig waarop ze zijn ingezonden.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/new_request.py" line="239"/>
        <source>The request could not be saved: %1</source>
        <translation>Het verzoek kan niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>OverrideDeadlineDialog</name>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="39"/>
        <source>Override deadline</source>
        <translation>Termijn aanpassen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="42"/>
        <source>%1: computed %2 (%3).</source>
        <translation>%1: berekend %2 (%3).</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="53"/>
        <source>e.g. the organisation agreed to a later date by e-mail</source>
        <translation>bijv. de organisatie stemde per e-mail in met een latere datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="57"/>
        <source>New due date</source>
        <translation>Nieuwe uiterste datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="58"/>
        <source>Reason *</source>
        <translation>Reden *</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="84"/>
        <source>Give the date that counts instead.</source>
        <translation>Geef de datum die in plaats daarvan geldt.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/dialogs/override_deadline.py" line="88"/>
        <source>Say why you override this deadline (a reason is required).</source>
        <translation>Zeg waarom je deze termijn aanpast (een reden is verplicht).</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="244"/>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="359"/>
        <source>Date</source>
        <extracomment>Which events make sense on which kind of request (menu order follows kinds.EVENT_TYPES). a request was changed here (id); the list and the counts should refresh text, level (&quot;error&quot;, &quot;warning&quot;, &quot;info&quot;) for the window&apos;s message bar open a document in the document view: document id, page files were dropped on (or chosen for) the shown request: paths, request id</extracomment>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="245"/>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="246"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="255"/>
        <source>Deadline</source>
        <translation>Termijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="256"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="257"/>
        <source>Computed</source>
        <translation>Berekend</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="258"/>
        <source>Override</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="259"/>
        <source>Legal basis</source>
        <translation>Wettelijke grondslag</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="301"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="360"/>
        <source>Response</source>
        <translation>Reactie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="361"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="414"/>
        <source>Responses</source>
        <translation>Reacties</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="431"/>
        <source>No documents are filed with this request yet. Drop files here, or use Add documents….</source>
        <translation>Er horen nog geen documenten bij dit verzoek. Sleep bestanden hierheen of kies Documenten toevoegen….</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="435"/>
        <source>Double-click a document to read it.</source>
        <translation>Dubbelklik op een document om het te lezen.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="436"/>
        <source>Add documents…</source>
        <translation>Documenten toevoegen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="438"/>
        <source>Add files to this request (you can also drop them on this pane)</source>
        <translation>Voeg bestanden toe aan dit verzoek (je kunt ze ook op dit deel slepen)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="440"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="441"/>
        <source>Questions and answers</source>
        <translation>Vragen en antwoorden</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="444"/>
        <source>No responses yet. Answers, decisions and extensions appear here when their documents are added.</source>
        <translation>Nog geen reacties. Antwoorden, besluiten en verdagingen verschijnen hier zodra hun documenten zijn toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="470"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="747"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="791"/>
        <source>Add documents to this request</source>
        <translation>Documenten aan dit verzoek toevoegen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="793"/>
        <source>Documents (*.pdf *.eml *.docx *.html *.htm *.txt *.xlsx);;All files (*)</source>
        <translation>Documenten (*.pdf *.eml *.docx *.html *.htm *.txt *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="802"/>
        <source>Drop to add the files to “%1”</source>
        <translation>Loslaten om de bestanden aan „%1” toe te voegen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="328"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="330"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="333"/>
        <source>Answer</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="381"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="382"/>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="383"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="384"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="407"/>
        <source>Select a request to see its timeline, deadlines and documents.</source>
        <translation>Kies een verzoek om de tijdlijn, termijnen en documenten te zien.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="411"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="362"/>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="413"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="415"/>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="419"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="420"/>
        <source>Revert</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="421"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="422"/>
        <source>Add event</source>
        <translation>Gebeurtenis toevoegen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="423"/>
        <source>Record what happened on the chosen date</source>
        <translation>Leg vast wat er op de gekozen datum gebeurde</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="424"/>
        <source>Remove event</source>
        <translation>Gebeurtenis verwijderen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="412"/>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="425"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="426"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="427"/>
        <source>Override…</source>
        <translation>Aanpassen…</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="428"/>
        <source>Clear override</source>
        <translation>Aanpassing wissen</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="450"/>
        <source>No references found in this request&apos;s documents yet.</source>
        <translation>Nog geen verwijzingen gevonden in de documenten van dit verzoek.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="471"/>
        <source>Zaak number</source>
        <translation>Zaaknummer</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="471"/>
        <source>Kenmerk</source>
        <translation>Kenmerk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="472"/>
        <source>Addressed to (ministry)</source>
        <translation>Gericht aan (ministerie)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="472"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="473"/>
        <source>Kamerlid</source>
        <translation>Kamerlid</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="473"/>
        <source>Requester</source>
        <translation>Verzoeker</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="474"/>
        <source>Investigation</source>
        <translation>Onderzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="475"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="572"/>
        <source>due %1</source>
        <translation>uiterlijk %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="585"/>
        <source>Submitted %1</source>
        <translation>Ingediend %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="587"/>
        <source>received %1</source>
        <translation>ontvangen %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="589"/>
        <source>open for %1 days</source>
        <translation>%1 dagen open</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="631"/>
        <source>Give the request a title.</source>
        <translation>Geef het verzoek een titel.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="728"/>
        <source>overridden to %1: %2</source>
        <translation>aangepast naar %1: %2</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="52"/>
        <source>Kind</source>
        <extracomment>column id, the service&apos;s order_by for it</extracomment>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="53"/>
        <source>Number / kenmerk</source>
        <translation>Nummer / kenmerk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="54"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="55"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="56"/>
        <source>Submitted</source>
        <translation>Ingediend</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="57"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="58"/>
        <source>Days left</source>
        <translation>Dagen over</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/request_table.py" line="59"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="111"/>
        <source>page %1</source>
        <extracomment>document id → {&quot;filename&quot;, &quot;ocr_pages&quot;, …} of the documents hit</extracomment>
        <translation>pagina %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="251"/>
        <source>Search the text of all documents (Ctrl+F)</source>
        <extracomment>open a hit: document id, page, the query (to mark its words on the page)</extracomment>
        <translation>Zoek in de tekst van alle documenten (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="252"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="255"/>
        <source>All words must occur; &quot;an exact phrase&quot; in quotes; OR between alternatives; -word leaves out pages with that word; raffin* finds words that begin so. Double-click a result to read that page.</source>
        <translation>Alle woorden moeten voorkomen; &quot;een exacte woordgroep&quot; tussen aanhalingstekens; OR tussen alternatieven; -woord laat pagina&apos;s met dat woord weg; raffin* vindt woorden die zo beginnen. Dubbelklik op een resultaat om die pagina te lezen.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="260"/>
        <source>Request</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="261"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="262"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="263"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="265"/>
        <source>any date</source>
        <translation>elke datum</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="266"/>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="283"/>
        <source>Any request</source>
        <translation>Elk verzoek</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="267"/>
        <source>Any type</source>
        <translation>Elk type</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="346"/>
        <source>The search is empty; type one or more words.</source>
        <translation>De zoekopdracht is leeg; typ een of meer woorden.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="350"/>
        <source>The search has an opening quote without a closing one; add the closing &quot; or remove it.</source>
        <translation>De zoekopdracht heeft een openingsaanhalingsteken zonder sluitend teken; voeg het sluitende &quot; toe of haal het weg.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="354"/>
        <source>The search has no words to look for; type letters or digits.</source>
        <translation>De zoekopdracht bevat geen woorden om te zoeken; typ letters of cijfers.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="358"/>
        <source>A search cannot only exclude words; add a word to look for beside the -word.</source>
        <translation>Een zoekopdracht kan niet alleen woorden uitsluiten; zet naast het -woord een woord om te zoeken.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="374"/>
        <source>No page contains this.</source>
        <translation>Geen enkele pagina bevat dit.</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="377"/>
        <source>The first %1 pages found; add words to narrow the search.</source>
        <translation>De eerste %1 gevonden pagina&apos;s; voeg woorden toe om gerichter te zoeken.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../woo_tracker/ui/widgets/search_view.py" line="382"/>
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n pagina gevonden</numerusform>
            <numerusform>%n pagina&apos;s gevonden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ViewsModel</name>
    <message>
        <location filename="../../woo_tracker/ui/models/views.py" line="76"/>
        <source>Documents</source>
        <extracomment>the left-pane entry for documents not filed with a request (not a view of the request list)</extracomment>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/views.py" line="78"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/views.py" line="80"/>
        <source>Investigations</source>
        <translation>Onderzoeken</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/views.py" line="117"/>
        <source>Documents not filed with a request yet: %1</source>
        <translation>Documenten die nog bij geen verzoek horen: %1</translation>
    </message>
    <message>
        <location filename="../../woo_tracker/ui/models/views.py" line="122"/>
        <source>%1: %2 requests</source>
        <translation>%1: %2 verzoeken</translation>
    </message>
</context>
</TS>
