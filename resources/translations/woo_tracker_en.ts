<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>DocumentView</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/document_view.py" line="454" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/document_view.py" line="456" />
            <source>%n page(s) read by OCR</source>
            <translation>
                <numerusform>%n page read by OCR</numerusform>
                <numerusform>%n pages read by OCR</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/document_view.py" line="487" />
            <source>%n document(s) listed.</source>
            <translation>
                <numerusform>%n document listed.</numerusform>
                <numerusform>%n documents listed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/export_dialog.py" line="362" />
            <source>%n deadline(s)</source>
            <translation>
                <numerusform>%n deadline</numerusform>
                <numerusform>%n deadlines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/export_dialog.py" line="364" />
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/export_dialog.py" line="366" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n request</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InboxView</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="166" />
            <source>(+%n other suggestion(s))</source>
            <translation>
                <numerusform>(+%n other suggestion)</numerusform>
                <numerusform>(+%n other suggestions)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/inbox_view.py" line="194" />
            <source>%n document(s) not filed with a request yet.</source>
            <translation>
                <numerusform>%n document not filed with a request yet.</numerusform>
                <numerusform>%n documents not filed with a request yet.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IngestPanel</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="199" />
            <source>%n page(s) read by OCR</source>
            <translation>
                <numerusform>%n page read by OCR</numerusform>
                <numerusform>%n pages read by OCR</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="202" />
            <source>%n more batch(es) waiting</source>
            <translation>
                <numerusform>%n more batch waiting</numerusform>
                <numerusform>%n more batches waiting</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="232" />
            <source>%n file(s) could not be added.</source>
            <translation>
                <numerusform>%n file could not be added.</numerusform>
                <numerusform>%n files could not be added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/ingest_panel.py" line="234" />
            <source>%n file(s) were added with a note.</source>
            <translation>
                <numerusform>%n file was added with a note.</numerusform>
                <numerusform>%n files were added with a note.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/main_window.py" line="440" />
            <source>%n request(s)</source>
            <translation>
                <numerusform>%n request</numerusform>
                <numerusform>%n requests</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/main_window.py" line="749" />
            <source>%n document(s) added</source>
            <translation>
                <numerusform>%n document added</numerusform>
                <numerusform>%n documents added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/main_window.py" line="751" />
            <source>%n already in the library</source>
            <translation>
                <numerusform>%n already in the library</numerusform>
                <numerusform>%n already in the library</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/main_window.py" line="753" />
            <source>%n waiting in the Inbox</source>
            <translation>
                <numerusform>%n waiting in the Inbox</numerusform>
                <numerusform>%n waiting in the Inbox</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/main_window.py" line="755" />
            <source>%n could not be added (see the list below)</source>
            <translation>
                <numerusform>%n could not be added (see the list below)</numerusform>
                <numerusform>%n could not be added (see the list below)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestDetail</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/request_detail.py" line="756" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n page</numerusform>
                <numerusform>%n pages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchView</name>
        <message numerus="yes">
            <location filename="../../woo_tracker/ui/widgets/search_view.py" line="361" />
            <source>%n page(s) found</source>
            <translation>
                <numerusform>%n page found</numerusform>
                <numerusform>%n pages found</numerusform>
            </translation>
        </message>
    </context>
</TS>