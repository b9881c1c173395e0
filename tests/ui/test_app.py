"""Starting the app: the same --library/--database as the CLI, translations chosen sensibly."""

from __future__ import annotations

from typing import Any

from woo_tracker.ui import app, i18n


def test_arguments_match_the_cli_and_leave_qt_options_alone() -> None:
    args = app.parse_args(["woo-tracker", "--library", "/tmp/lib", "-platform", "offscreen"])
    assert args.library == "/tmp/lib" and args.database is None
    args = app.parse_args(["woo-tracker", "--database", "sqlite:///x.db"])
    assert args.database == "sqlite:///x.db"


def test_language_preference_is_remembered_else_follows_the_system(monkeypatch: Any) -> None:
    store = i18n.settings()
    store.setValue("language", "nl")
    assert i18n.preferred_language(store) == "nl"
    store.remove("language")
    monkeypatch.setattr(i18n, "system_language", lambda: "nl")
    assert i18n.preferred_language(store) == "nl"
    monkeypatch.setattr(i18n, "system_language", lambda: "en")
    assert i18n.preferred_language(store) == "en"


def test_dutch_translation_is_shipped_and_loads(qapp: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    assert (i18n.TRANSLATIONS_DIR / "woo_tracker_nl.qm").exists()
    assert i18n.translations.apply("nl")
    assert QCoreApplication.translate("MainWindow", "&New request…") == "&Nieuw verzoek…"
    assert QCoreApplication.translate("Labels", "Awaiting decision") == "Wacht op besluit"
    assert i18n.translations.apply("en")
    assert QCoreApplication.translate("MainWindow", "&New request…") == "&New request…"


def test_main_opens_the_window_on_the_given_library(
    qtbot: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QApplication

    shown: list[Any] = []
    monkeypatch.setattr(QApplication, "exec", lambda self: shown.append(self.activeWindow()) or 0)
    assert app.main(["woo-tracker", "--library", str(tmp_path / "lib")]) == 0
    windows = [w for w in QApplication.topLevelWidgets() if w.objectName() == "mainWindow"]
    assert any(str(w.ctx.root) == str((tmp_path / "lib").resolve()) for w in windows)
    for w in windows:
        w.close()
        w.deleteLater()
