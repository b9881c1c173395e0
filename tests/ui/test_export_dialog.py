"""The Export dialog and menu: pick a format and a file, watch it run, see how it went."""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMainWindow

from woo_tracker.services.requests import RequestService
from woo_tracker.ui import export_dialog
from woo_tracker.ui.export_dialog import FORMATS, ExportDialog, add_export_menu

EVIL_TITLE = '=HYPERLINK("http://evil","x")'


@pytest.fixture
def requests_(ctx: Any) -> dict[str, int]:
    rs = RequestService(ctx)
    evil = rs.add(
        kind="woo",
        title=EVIL_TITLE,
        organisation="Gemeente Utrecht",
        received=date(2025, 4, 25),
        investigation="Palantir",
    )
    rs.add_event(
        evil.id, type="acknowledged", date=date(2025, 4, 28), note="<script>alert(1)</script>"
    )
    other = rs.add(kind="woo", title="Algoritmes", received=date(2025, 11, 10))
    return {"evil": evil.id, "other": other.id}


def _dialog(qtbot: Any, ctx: Any, **kwargs: Any) -> ExportDialog:
    dialog = ExportDialog(ctx, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _wait_done(qtbot: Any, dialog: ExportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=15000)


def test_export_to_excel_in_the_background_and_say_where(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path
) -> None:
    from openpyxl import load_workbook

    dialog = _dialog(qtbot, ctx)
    dialog.set_format("xlsx")
    assert dialog.fmt == "xlsx"
    assert not dialog.separator_combo.isVisibleTo(dialog)  # only for CSV
    target = tmp_path / "overzicht"  # no extension typed: the format's is added
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(dialog.exported, timeout=15000) as blocker:
        dialog.export_button.click()
    assert blocker.args[0]["rows"] == 2
    _wait_done(qtbot, dialog)
    out = tmp_path / "overzicht.xlsx"
    assert out.is_file() and dialog.path_edit.text() == str(out)
    assert "Exported 2 requests" in dialog.status.text() and str(out) in dialog.status.text()
    assert dialog.open_button.isVisibleTo(dialog)
    assert not dialog.progress.isVisibleTo(dialog)
    assert dialog.export_button.isEnabled() and dialog.close_button.text() == "Close"
    titles = [c.value for c in load_workbook(out).active["D"]]
    assert "'" + EVIL_TITLE in titles


def test_csv_with_semicolons_for_one_investigation(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, fmt="csv")
    assert dialog.separator_combo.isVisibleTo(dialog)
    dialog.separator_combo.setCurrentIndex(1)
    scopes = [dialog.scope_combo.itemText(i) for i in range(dialog.scope_combo.count())]
    assert scopes == ["All requests", "Investigation: Palantir"]
    dialog.scope_combo.setCurrentIndex(1)
    out = tmp_path / "palantir.csv"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000) as blocker:
        dialog.start_export()
    assert blocker.args[0]["rows"] == 1
    assert out.read_text(encoding="utf-8-sig").startswith("ID;Kind;")


def test_a_wrong_folder_is_said_in_the_dialog(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, fmt="pdf")
    dialog.path_edit.setText(str(tmp_path / "no" / "such" / "report.pdf"))
    assert dialog.start_export() is None
    assert "does not exist" in dialog.status.text() and dialog.status.isVisibleTo(dialog)
    assert not dialog.running


def test_a_failure_in_the_job_is_shown_as_its_sentence(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from woo_tracker.services.errors import ServiceError

    def fail(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise ServiceError("Cannot write the file: the disk is full; free some space.")

    monkeypatch.setattr(export_dialog.ExportService, "export", fail)
    dialog = _dialog(qtbot, ctx, fmt="html")
    dialog.path_edit.setText(str(tmp_path / "r.html"))
    dialog.start_export()
    _wait_done(qtbot, dialog)
    assert dialog.status.text() == "Cannot write the file: the disk is full; free some space."
    assert not dialog.open_button.isVisibleTo(dialog)


def test_cancel_stops_the_export_and_writes_nothing(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    started = threading.Event()
    real = export_dialog.ExportService.export

    def slow(self, fmt, output, **kwargs):  # type: ignore[no-untyped-def]
        report = kwargs["on_progress"]

        def waiting(done: int, total: int, message: str = "") -> None:
            started.set()
            for _ in range(500):  # until Cancel is pressed (report raises then)
                report(done, total, message)
                threading.Event().wait(0.01)

        return real(self, fmt, output, **{**kwargs, "on_progress": waiting})

    monkeypatch.setattr(export_dialog.ExportService, "export", slow)
    dialog = _dialog(qtbot, ctx, fmt="pdf")
    out = tmp_path / "report.pdf"
    dialog.path_edit.setText(str(out))
    dialog.start_export()
    assert dialog.running and dialog.close_button.text() == "Cancel"
    assert dialog.progress.isVisibleTo(dialog) and not dialog.export_button.isEnabled()
    assert started.wait(10)
    dialog.close_button.click()  # Cancel
    _wait_done(qtbot, dialog)
    assert "cancelled" in dialog.status.text()
    assert not out.exists() and list(tmp_path.glob("*.part")) == []
    assert dialog.isVisible()  # cancelling does not close the dialog


def test_opened_for_one_request_it_exports_that_request(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, ctx, request_id=requests_["other"])
    assert (
        dialog.fmt == "csv"
        and dialog.scope_combo.currentText() == f"This request (#{requests_['other']})"
    )
    dialog.path_edit.setText(str(tmp_path / "one.csv"))
    with qtbot.waitSignal(dialog.exported, timeout=15000) as blocker:
        dialog.start_export()
    assert blocker.args[0]["rows"] == 1


def test_dossier_needs_a_request_and_defaults_to_it(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path
) -> None:
    without = _dialog(qtbot, ctx, fmt="zip")
    assert not without.export_button.isEnabled()
    assert "Select a request" in without.status.text()

    dialog = _dialog(qtbot, ctx, fmt="zip", request_id=requests_["evil"])
    assert dialog.export_button.isEnabled() and not dialog.scope_combo.isEnabled()
    assert dialog.scope_combo.currentText() == f"This request (#{requests_['evil']})"
    assert dialog.path_edit.text().endswith(f"dossier-request-{requests_['evil']}.zip")
    out = tmp_path / "dossier.zip"
    dialog.path_edit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=15000) as blocker:
        dialog.start_export()
    assert blocker.args[0]["format"] == "zip" and out.is_file()


def test_the_file_name_follows_the_format_and_browse_uses_a_save_dialog(
    qtbot: Any, ctx: Any, requests_: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    dialog = _dialog(qtbot, ctx, fmt="csv")
    assert dialog.path_edit.text().endswith("woo-overview.csv")
    dialog.set_format("ics")
    assert dialog.path_edit.text().endswith("woo-deadlines.ics")
    calls: list[tuple[Any, ...]] = []

    def fake_save(*args: Any) -> tuple[str, str]:
        calls.append(args)
        return str(tmp_path / "agenda"), "Calendar files (*.ics)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake_save))
    dialog.browse_button.click()
    assert calls and "*.ics" in calls[0][3]
    assert dialog.path_edit.text() == str(tmp_path / "agenda.ics")
    dialog.set_format("pdf")  # a picked name keeps its stem, takes the new extension
    assert dialog.path_edit.text() == str(tmp_path / "agenda.pdf")


def test_export_menu_has_an_action_per_format_and_opens_the_dialog(
    qtbot: Any, ctx: Any, requests_: Any
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    selected: dict[str, int | None] = {"id": None}
    menu = add_export_menu(window, lambda: ctx, lambda: selected["id"])
    assert menu.title() == "&Export"
    assert menu.menuAction() in window.menuBar().actions()
    assert list(menu.format_actions) == list(FORMATS)
    assert all(a.text() for a in menu.format_actions.values())
    menu.update_actions()
    assert not menu.format_actions["zip"].isEnabled()
    selected["id"] = requests_["other"]
    menu.update_actions()
    assert menu.format_actions["zip"].isEnabled()

    menu.format_actions["pdf"].trigger()
    dialog = menu.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.fmt == "pdf" and dialog.request_id == requests_["other"]
    assert dialog.scope_combo.currentText() == "All requests"  # the menu's report is of all
    assert dialog.scope_combo.itemText(dialog.scope_combo.count() - 1).startswith("This request")
    dialog.reject()
    menu.format_actions["zip"].trigger()
    assert menu.dialog is not dialog and menu.dialog.fmt == "zip"
    menu.dialog.reject()


def test_the_main_window_has_the_export_menu(window: Any) -> None:
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert "Export" in titles
    assert titles.index("Export") < titles.index("Help")
