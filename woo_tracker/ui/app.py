"""Start the desktop app: arguments, QApplication, translations, the main window.

``woo-tracker`` without a command calls ``main([prog, "--library", …])`` (cli.cmd_gui);
``--library`` and ``--database`` mean what they mean on the command line (woo_tracker.config).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from woo_tracker import __version__
from woo_tracker.ui import i18n


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    args = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(prog="woo-tracker-gui", description="woo-tracker desktop app")
    parser.add_argument(
        "--library",
        default=None,
        help="library folder (default: WOO_TRACKER_LIBRARY or the user data folder)",
    )
    parser.add_argument(
        "--database", default=None, help="SQLAlchemy URL of the database (team mode)"
    )
    known, _qt_args = parser.parse_known_args(
        args[1:]
    )  # leave Qt's own options (-platform …) alone
    return known


def application(argv: Sequence[str] | None = None) -> QApplication:
    """The QApplication (created once), named so QSettings finds the user's settings."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(list(sys.argv if argv is None else argv))
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(i18n.ORGANISATION)
    QCoreApplication.setApplicationName(i18n.APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    app.setApplicationDisplayName("woo-tracker")
    return app


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    app = application(argv)
    store = i18n.settings()
    language = i18n.preferred_language(store)
    if not i18n.translations.apply(language):
        i18n.translations.apply("en")  # the .qm is missing: English rather than nothing

    from woo_tracker.services.context import open_library
    from woo_tracker.ui.main_window import MainWindow

    try:
        ctx = open_library(args.library, args.database)
    except Exception as exc:  # DatabaseError and friends carry a sentence
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "woo-tracker"),
            QCoreApplication.translate("App", "The library could not be opened: %1").replace(
                "%1", str(exc)
            ),
        )
        return 1
    window = MainWindow(ctx, settings=store, owns_context=True)
    window.show()
    return int(app.exec())


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
