"""The main window as a user meets it: record requests, follow their deadlines, find them again.

The library's clock stands still on Monday 2025-11-24 (conftest.TODAY).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from woo_tracker.services.requests import RequestService
from woo_tracker.ui.models.request_table import COLUMNS, OVERDUE_COLOUR, SOON_COLOUR
from woo_tracker.ui.models.views import KEY_ROLE

COL = {name: i for i, (name, _key) in enumerate(COLUMNS)}


def cell(window: Any, row: int, column: str, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    model = window.table_model
    return model.data(model.index(row, COL[column]), role)


def table_rows(window: Any) -> list[dict[str, str]]:
    model = window.table_model
    return [{name: cell(window, r, name) for name in COL} for r in range(model.rowCount())]


def click_view(qtbot: Any, window: Any, key: str) -> None:
    pane = window.views_pane
    row = window.views_model.row_of(key)
    assert row >= 0, f"view {key} not in the left pane"
    rect = pane.visualRect(window.views_model.index(row))
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def click_header(qtbot: Any, window: Any, column: str) -> None:
    header = window.table.horizontalHeader()
    i = COL[column]
    x = header.sectionViewportPosition(i) + header.sectionSize(i) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def open_new_request(qtbot: Any, window: Any) -> Any:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: window.new_request_dialog is not None and window.new_request_dialog.isVisible()
    )
    return window.new_request_dialog


def press_ok(qtbot: Any, dialog: Any) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# -- first start -------------------------------------------------------------------------------
def test_empty_library_offers_new_request_and_the_demo(qtbot: Any, window: Any) -> None:
    assert window.is_empty_state
    assert window.empty_state.isVisible()
    assert window.empty_state.new_button.text() == "New request"

    qtbot.mouseClick(window.empty_state.demo_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not window.is_empty_state)
    assert "demo" in window.windowTitle()
    titles = [r["title"] for r in table_rows(window)]
    assert "Vragen van het lid Van Houwelingen (FvD) over Palantir" in titles
    counts = {e.key: e.count for e in window.views_model.entries}
    assert counts["all"] == len(titles) >= 6
    assert counts["overdue"] >= 1 and counts["due_this_week"] >= 1
    names = [e.name for e in window.views_model.entries if e.name]
    assert {"Palantir", "Algoritmes politie"} <= set(names)


def test_empty_state_new_request_button_opens_the_dialog(qtbot: Any, window: Any) -> None:
    qtbot.mouseClick(window.empty_state.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.new_request_dialog is not None and window.new_request_dialog.isVisible()
    )


# -- recording requests ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("kind", "dates", "expected"),
    [
        (
            "woo",
            {"received_edit": "2025-11-03"},
            {
                "kind": "Woo",
                "status": "Awaiting decision",
                "due": "2025-12-01",
                "days_left": "7 days",
            },
        ),
        (
            "wob",
            {"submitted_edit": "28-02-2022", "received_edit": "01-03-2022"},
            {
                "kind": "Wob",
                "status": "Awaiting decision",
                "due": "2022-03-29",
                "days_left": "1336 days overdue",
            },
        ),
        (
            "kamervragen",
            {"submitted_edit": "2025-11-10"},
            {
                "kind": "Kamervragen",
                "status": "Awaiting answer",
                "due": "2025-12-01",
                "days_left": "7 days",
            },
        ),
    ],
)
def test_create_each_kind_through_the_dialog(
    qtbot: Any, window: Any, ctx: Any, kind: str, dates: dict[str, str], expected: dict[str, str]
) -> None:
    dialog = open_new_request(qtbot, window)
    dialog.set_kind(kind)
    qtbot.keyClicks(dialog.title_edit, f"Test {kind}")
    qtbot.keyClicks(dialog.number_edit, "2025Z99999" if kind == "kamervragen" else "K-1")
    dialog.organisation_edit.setEditText("Ministerie van Justitie en Veiligheid")
    for field, text in dates.items():
        qtbot.keyClicks(getattr(dialog, field), text)
    assert dialog.preview.text().startswith(f"Due on {expected['due']}")

    press_ok(qtbot, dialog)

    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not window.is_empty_state
    row = table_rows(window)[0]
    assert row["title"] == f"Test {kind}"
    for column, value in expected.items():
        assert row[column] == value, column
    # the new request is selected and shown on the right
    assert window.detail.request_id == RequestService(ctx).list()[0].id
    assert window.detail.title_label.text() == f"Test {kind}"


def test_invalid_date_is_rejected_next_to_the_field(qtbot: Any, window: Any, ctx: Any) -> None:
    dialog = open_new_request(qtbot, window)
    qtbot.keyClicks(dialog.title_edit, "Camerabeelden")
    qtbot.keyClicks(dialog.received_edit, "31-02-2025")

    press_ok(qtbot, dialog)

    assert dialog.isVisible()
    box = dialog.boxes["received"]
    assert box.error.isVisible()
    assert "'31-02-2025' is not a valid date" in box.error.text()
    assert dialog.errors() == {"received": box.error.text()}
    assert RequestService(ctx).count() == 0

    dialog.received_edit.setText("2025-03-01")
    dialog.submitted_edit.setText("2025-03-05")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "received date lies before the submitted date" in dialog.boxes["received"].error.text()

    dialog.submitted_edit.clear()
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert RequestService(ctx).count() == 1


def test_title_is_required(qtbot: Any, window: Any, ctx: Any) -> None:
    dialog = open_new_request(qtbot, window)
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.boxes["title"].error.isVisible()
    assert dialog.boxes["title"].error.text() == "Give the request a title."
    assert RequestService(ctx).count() == 0


# -- the timeline ------------------------------------------------------------------------------
def test_events_change_status_and_due_in_table_and_detail(
    qtbot: Any, make_window: Any, ctx: Any
) -> None:
    service = RequestService(ctx)
    req = service.add(
        kind="woo",
        title="Palantir-contracten",
        organisation="Veiligheidsregio Utrecht",
        received=date(2025, 11, 3),
    )
    window = make_window(ctx)
    assert window.select_request(req.id)
    detail = window.detail
    assert "Awaiting decision" in detail.status_label.text()
    assert cell(window, 0, "due") == "2025-12-01"

    detail.tabs.setCurrentIndex(1)
    detail.event_date.setDate(date(2025, 11, 20))
    detail.event_actions["extended"].trigger()  # click "Add event", click "Extended"

    qtbot.waitUntil(lambda: cell(window, 0, "status") == "Extended")
    assert cell(window, 0, "due") == "2025-12-15"
    assert "Extended" in detail.status_label.text() and "2025-12-15" in detail.status_label.text()
    keys = [d["key"] for d in detail.deadlines_model.records]
    assert "verdaging" in keys

    detail.event_date.setDate(date(2025, 11, 24))
    detail.event_actions["decided"].trigger()
    qtbot.waitUntil(lambda: cell(window, 0, "status") == "Decided")
    assert [e["type"] for e in detail.events_model.records] == ["received", "extended", "decided"]
    assert "bezwaartermijn" in [d["key"] for d in detail.deadlines_model.records]
    assert cell(window, 0, "days_left") == ""  # nothing owed to the requester any more
    counts = {e.key: e.count for e in window.views_model.entries}
    assert counts["closed"] == 1

    # the event menu offers the Woo events, not the Kamervragen ones
    assert detail.event_actions["received"].isVisible()
    assert not detail.event_actions["postponed"].isVisible()

    # removing the decision brings the request back
    detail.events_view.selectRow(2)
    qtbot.mouseClick(detail.remove_event_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(window, 0, "status") == "Extended")


def test_late_extension_is_shown_as_a_warning(qtbot: Any, make_window: Any, ctx: Any) -> None:
    service = RequestService(ctx)
    req = service.add(kind="woo", title="Late verdaging", received=date(2025, 9, 1))
    window = make_window(ctx)
    window.select_request(req.id)
    window.detail.event_date.setDate(date(2025, 10, 15))  # the 4 weeks ended 2025-09-29
    window.detail.event_actions["extended"].trigger()
    qtbot.waitUntil(lambda: window.detail.warnings_label.isVisible())
    assert "verdaging was late" in window.detail.warnings_label.text()
    assert window.message_bar.isVisible() and window.message_bar.level == "warning"


def test_override_a_deadline_with_a_reason_and_clear_it(
    qtbot: Any, make_window: Any, ctx: Any
) -> None:
    service = RequestService(ctx)
    req = service.add(kind="woo", title="Afspraak", received=date(2025, 11, 3))
    window = make_window(ctx)
    window.select_request(req.id)
    detail = window.detail
    detail.tabs.setCurrentIndex(1)
    detail.deadlines_view.selectRow(0)
    qtbot.mouseClick(detail.override_button, Qt.MouseButton.LeftButton)
    from woo_tracker.ui.dialogs.override_deadline import OverrideDeadlineDialog

    qtbot.waitUntil(lambda: any(d.isVisible() for d in detail.findChildren(OverrideDeadlineDialog)))
    dialog = next(d for d in detail.findChildren(OverrideDeadlineDialog) if d.isVisible())
    dialog.date_edit.setText("2025-12-12")
    dialog.submit()
    assert dialog.isVisible()
    assert "reason is required" in dialog.boxes["reason"].error.text()
    qtbot.keyClicks(dialog.reason_edit, "Per e-mail afgesproken")
    dialog.submit()
    qtbot.waitUntil(lambda: cell(window, 0, "due") == "2025-12-12")
    record = detail.deadlines_model.records[0]
    assert record["override"] == "2025-12-12" and record["due"] == "2025-12-01"

    detail.deadlines_view.selectRow(0)
    qtbot.mouseClick(detail.clear_override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(window, 0, "due") == "2025-12-01")


def test_edit_fields_and_save(qtbot: Any, make_window: Any, ctx: Any) -> None:
    service = RequestService(ctx)
    req = service.add(kind="woo", title="Oude titel", received=date(2025, 11, 3))
    window = make_window(ctx)
    window.select_request(req.id)
    detail = window.detail
    detail.title_edit.clear()
    qtbot.keyClicks(detail.title_edit, "Nieuwe titel")
    qtbot.keyClicks(detail.number_edit, "VRU-2025-12")
    detail.investigation_edit.setEditText("Palantir")
    assert detail.save_button.isEnabled()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(window, 0, "title") == "Nieuwe titel")
    assert cell(window, 0, "number") == "VRU-2025-12"
    assert any(e.name == "Palantir" and e.count == 1 for e in window.views_model.entries)

    detail.title_edit.clear()
    qtbot.keyClick(detail.title_edit, Qt.Key.Key_Space)
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    assert detail.field_boxes["title"].error.isVisible()
    assert service.show(req.id)["title"] == "Nieuwe titel"


# -- finding requests --------------------------------------------------------------------------
@pytest.fixture
def three(ctx: Any) -> list[Any]:
    service = RequestService(ctx)
    return [
        service.add(
            kind="woo",
            title="Camerabeelden demonstratie",
            organisation="Gemeente Utrecht",
            received=date(2025, 11, 10),
        ),
        service.add(
            kind="woo",
            title="Palantir-contracten",
            organisation="Veiligheidsregio Utrecht",
            received=date(2025, 10, 1),
        ),
        service.add(
            kind="kamervragen",
            title="Algoritmes bij de politie",
            number="2025Z15452",
            organisation="Ministerie van Justitie en Veiligheid",
            submitted=date(2025, 11, 20),
        ),
    ]


def test_filter_as_you_type_and_sort_by_clicking_a_header(
    qtbot: Any, make_window: Any, ctx: Any, three: Any
) -> None:
    window = make_window(ctx)
    assert window.table_model.rowCount() == 3

    qtbot.keyClicks(window.filter_edit, "palantir")
    qtbot.waitUntil(lambda: window.table_model.text == "palantir")
    assert window.table_model.rowCount() == 1
    assert cell(window, 0, "title") == "Palantir-contracten"

    window.filter_edit.clear()
    qtbot.keyClicks(window.filter_edit, "2025z154")  # the number, any case
    qtbot.waitUntil(lambda: window.table_model.text == "2025z154")
    assert window.table_model.rowCount() == 1
    assert cell(window, 0, "kind") == "Kamervragen"

    window.filter_edit.clear()
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 3)

    click_header(qtbot, window, "title")
    qtbot.waitUntil(lambda: window.table_model.order_by == "title")
    titles = [r["title"] for r in table_rows(window)]
    assert titles == sorted(titles)
    click_header(qtbot, window, "title")
    qtbot.waitUntil(lambda: window.table_model.descending)
    assert [r["title"] for r in table_rows(window)] == sorted(titles, reverse=True)

    click_header(qtbot, window, "organisation")
    qtbot.waitUntil(lambda: window.table_model.order_by == "organisation")
    assert [r["organisation"] for r in table_rows(window)] == [
        "Gemeente Utrecht",
        "Ministerie van Justitie en Veiligheid",
        "Veiligheidsregio Utrecht",
    ]


def test_overdue_view_shows_the_overdue_request_in_red(
    qtbot: Any, make_window: Any, ctx: Any, three: Any
) -> None:
    window = make_window(ctx)
    click_view(qtbot, window, "overdue")
    qtbot.waitUntil(lambda: window.table_model.view == "overdue")
    assert window.table_model.rowCount() == 1
    assert cell(window, 0, "title") == "Palantir-contracten"
    assert cell(window, 0, "due") == "2025-10-29"
    assert cell(window, 0, "days_left") == "26 days overdue"
    assert cell(window, 0, "days_left", Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR
    assert cell(window, 0, "due", Qt.ItemDataRole.ForegroundRole).color() == OVERDUE_COLOUR

    click_view(qtbot, window, "kamervragen")
    qtbot.waitUntil(lambda: window.table_model.view == "kamervragen")
    assert [r["title"] for r in table_rows(window)] == ["Algoritmes bij de politie"]

    click_view(qtbot, window, "all")
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 3)
    # due 2025-12-08 is 10 working days away: no colour; nothing within 5 working days here
    by_title = {cell(window, r, "title"): r for r in range(3)}
    row = by_title["Camerabeelden demonstratie"]
    assert cell(window, row, "due") == "2025-12-08"
    assert cell(window, row, "days_left", Qt.ItemDataRole.ForegroundRole) is None


def test_due_within_five_working_days_is_amber(qtbot: Any, make_window: Any, ctx: Any) -> None:
    RequestService(ctx).add(
        kind="woo", title="Bijna", received=date(2025, 11, 1)
    )  # due Mon 2025-12-01
    window = make_window(ctx)
    assert cell(window, 0, "due") == "2025-12-01"
    assert cell(window, 0, "days_left", Qt.ItemDataRole.ForegroundRole).color() == SOON_COLOUR


def test_keyboard_next_previous_and_find(
    qtbot: Any, make_window: Any, ctx: Any, three: Any
) -> None:
    window = make_window(ctx)
    window.table.setCurrentIndex(window.table_model.index(-1, -1))
    assert window.detail.request_id is None
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.request_id == window.table_model.row_at(0).id
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.request_id == window.table_model.row_at(1).id
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.request_id == window.table_model.row_at(0).id
    qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.detail.request_id == window.table_model.row_at(1).id

    # Ctrl+F searches the documents; Ctrl+Shift+F filters the request list
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_view.search_edit.hasFocus)
    assert window.middle_tabs.currentWidget() is window.search_view
    qtbot.keyClick(
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(window.filter_edit.hasFocus)
    assert window.middle_tabs.currentIndex() == 0


def test_investigations_are_views_with_counts(qtbot: Any, make_window: Any, ctx: Any) -> None:
    service = RequestService(ctx)
    service.add(kind="woo", title="A", investigation="Palantir", received=date(2025, 11, 3))
    service.add(kind="woo", title="B", investigation="Palantir", received=date(2025, 11, 4))
    service.add(kind="woo", title="C", received=date(2025, 11, 5))
    window = make_window(ctx)
    entry = next(e for e in window.views_model.entries if e.name == "Palantir")
    assert entry.count == 2
    click_view(qtbot, window, entry.key)
    qtbot.waitUntil(lambda: window.table_model.rowCount() == 2)
    assert window.views_pane.currentIndex().data(KEY_ROLE) == entry.key


# -- the overview ------------------------------------------------------------------------------
def test_deadline_overview_groups_overdue_and_coming_weeks(
    qtbot: Any, make_window: Any, ctx: Any, three: Any
) -> None:
    window = make_window(ctx)
    with qtbot.waitSignal(window.overview.loaded, timeout=10_000):
        window.middle_tabs.setCurrentIndex(1)
    model = window.overview.model
    groups = [model.item(r, 0).text() for r in range(model.rowCount())]
    assert groups[0] == "Overdue  (1)"
    overdue = model.item(0, 0)
    assert overdue.child(0, 1).text() == "26 days overdue"
    assert overdue.child(0, 4).text() == "Palantir-contracten"
    assert any(g.startswith("Week 50") and g.endswith("(2)") for g in groups), groups
    assert window.overview.summary.text() == "1 overdue, 2 due in the coming 6 weeks."
    data = window.overview.data
    assert data.by_status == {"awaiting_decision": 2, "awaiting_answer": 1}
    assert window.overview.status_chart.chart().series()[0].barSets()[0].count() == 2
    assert not window.detail.isVisible()  # the overview gets the room

    # double-clicking a request opens it in the list
    index = model.indexFromItem(overdue.child(0, 4))
    window.overview.tree.doubleClicked.emit(index)
    assert window.middle_tabs.currentIndex() == 0
    assert window.detail.title_label.text() == "Palantir-contracten"


# -- language and settings ---------------------------------------------------------------------
def test_switch_language_to_dutch_at_runtime_and_remember_it(
    qtbot: Any, make_window: Any, ctx: Any, three: Any, settings_dir: Any
) -> None:
    window = make_window(ctx)
    assert window.new_action.text() == "&New request…"
    window.language_actions["nl"].trigger()
    qtbot.waitUntil(lambda: window.new_action.text() == "&Nieuw verzoek…")
    assert window.middle_tabs.tabText(0) == "Verzoeken"
    assert window.file_menu.title() == "&Bestand"
    assert window.views_model.data(window.views_model.index(0)) == "Alle verzoeken"
    assert window.table_model.headerData(COL["status"], Qt.Orientation.Horizontal) == "Status"
    assert (
        window.table_model.headerData(COL["days_left"], Qt.Orientation.Horizontal) == "Dagen over"
    )
    click_view(qtbot, window, "overdue")
    qtbot.waitUntil(lambda: window.table_model.view == "overdue")
    assert cell(window, 0, "days_left") == "26 dagen te laat"
    assert cell(window, 0, "status") == "Wacht op besluit"

    from woo_tracker.ui import i18n

    assert i18n.settings().value("language") == "nl"
    assert i18n.preferred_language() == "nl"

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.new_action.text() == "&New request…")
    assert cell(window, 0, "days_left") == "26 days overdue"


def test_missing_translation_falls_back_to_english(
    qtbot: Any, window: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    from woo_tracker.ui import i18n

    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path / "nowhere")
    assert window.set_language("nl") is False
    assert window.new_action.text() == "&New request…"
    assert window.message_bar.isVisible()
    assert "translation is missing" in window.message_bar.text
    assert window.language_actions["en"].isChecked()


def test_window_remembers_view_sort_and_splitter(
    qtbot: Any, make_window: Any, ctx: Any, three: Any
) -> None:
    window = make_window(ctx)
    click_view(qtbot, window, "overdue")
    qtbot.waitUntil(lambda: window.table_model.view == "overdue")
    click_header(qtbot, window, "title")
    qtbot.waitUntil(lambda: window.table_model.order_by == "title")
    window.splitter.setSizes([150, 800, 500])
    sizes = window.splitter.sizes()
    window.close()

    again = make_window(ctx)
    assert again.table_model.view == "overdue"
    assert again.views_pane.currentIndex().data(KEY_ROLE) == "overdue"
    assert again.table_model.order_by == "title"
    # the offscreen platform clamps restored window sizes; the fixed left pane keeps its width
    assert again.splitter.sizes()[0] == sizes[0]
    assert not again.settings.value("window/geometry").isEmpty()


# -- errors never crash ------------------------------------------------------------------------
def test_unknown_request_is_a_message_not_a_crash(qtbot: Any, window: Any) -> None:
    window.select_request(999)
    assert window.message_bar.isVisible()
    assert "no request with id 999" in window.message_bar.text
    assert window.detail.request_id is None


def test_unopenable_library_is_a_message(qtbot: Any, window: Any, tmp_path: Any) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert window.open_library_path(blocker / "library") is False
    assert "could not be opened" in window.message_bar.text
    assert window.ctx.root.name == "library"  # still on the old library
