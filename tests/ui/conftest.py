"""GUI fixtures: the real main window on a fresh library, settings in a temporary folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("PySide6.QtWidgets")

from PySide6.QtCore import QSettings


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path, qapp: Any) -> Iterator[Path]:
    """Every test gets its own QSettings (INI, user scope) under tmp_path and starts in English."""
    from woo_tracker.ui import i18n

    folder = tmp_path / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    store = i18n.settings()
    store.setValue("language", "en")
    store.sync()
    i18n.translations.apply("en")
    yield folder
    i18n.translations.apply("en")


@pytest.fixture
def make_window(qtbot: Any, tmp_path: Path, ctx: Any) -> Any:
    """Open a main window on ``ctx`` (shown, exposed); closes it at the end of the test."""
    from woo_tracker.ui.main_window import MainWindow

    windows: list[MainWindow] = []

    def _make(ctx: Any) -> MainWindow:
        window = MainWindow(ctx, demo_location=tmp_path / "demo")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # window shortcuts (Ctrl+N, Ctrl+J …) need the active window
        qtbot.waitUntil(window.isActiveWindow)
        windows.append(window)
        return window

    yield _make
    for window in windows:
        window.ingest.cancel()
        window.runner.cancel_all()
        window.runner.wait()
        window.ingest.runner.wait()


@pytest.fixture
def window(make_window: Any, ctx: Any) -> Any:
    return make_window(ctx)
