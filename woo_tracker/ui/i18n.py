"""Translations and settings: which language the app speaks and where it remembers things.

English is the source language of every string (``woo_tracker_en.qm`` only adds the English
plural forms of the ``%n`` strings); Dutch comes from ``resources/translations/woo_tracker_nl.qm``.
A missing ``.qm`` is not an error: the app then simply stays in English (``apply`` returns False
so the caller can say so).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
TRANSLATIONS_DIR = RESOURCES / "translations"
LANGUAGES: tuple[str, ...] = ("en", "nl")
ORGANISATION = "woo-tracker"
APPLICATION = "woo-tracker"


def settings() -> QSettings:
    """The app's settings (INI file in the user's config folder; tests point QSettings.setPath
    for the IniFormat/UserScope at a temporary folder)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def system_language() -> str:
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


def preferred_language(store: QSettings | None = None) -> str:
    """The remembered choice, else Dutch on a Dutch system, else English."""
    value = (store or settings()).value("language")
    return value if value in LANGUAGES else system_language()


class Translations:
    """The translators currently installed in the application; one language at a time."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to ``language``; True when it is now active (English always is)."""
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        self.language = "en"
        if language not in LANGUAGES:
            return False
        if language == "en":
            # English is the source; its .qm only holds the plural forms ("1 file", "2 files")
            english = QTranslator(app)
            if english.load(str(TRANSLATIONS_DIR / "woo_tracker_en.qm")):
                app.installTranslator(english)
                self._installed.append(english)
            return True
        ours = QTranslator(app)
        if not ours.load(str(TRANSLATIONS_DIR / f"woo_tracker_{language}.qm")):
            return False
        qt_own = QTranslator(app)  # standard buttons (OK/Cancel) and dialogs
        if qt_own.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            self._installed.append(qt_own)
        app.installTranslator(ours)
        self._installed.append(ours)
        self.language = language
        return True


#: One per process, shared by app.main and the main window's Language menu.
translations = Translations()
