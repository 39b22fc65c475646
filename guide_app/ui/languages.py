"""The one owner of translators: Qt's own (``qtbase_<lang>``, for standard dialogs) first, then
the guide's (``guide_app_<lang>``), for the window and for ``guide-app sheet``.

Installing them sends every widget a LanguageChange event; each widget with texts builds them in
``retranslate_ui()`` and runs it again then (``Retranslated``). English is the source language:
its file (``guide_app_en``, made with ``lupdate -pluralonly``) holds only the plural forms, so
"1 second" is not "1 seconds".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from guide_app.resources import translations_root

SOURCE_LANGUAGE = "en"


class Languages:
    """Installs one language's translators at a time, parented to the application.

    Each language's translators are loaded once and kept: a kiosk switches language for every
    other family, and a translator keeps its file mapped in memory until it is deleted."""

    def __init__(self) -> None:
        self.current: str | None = None
        self._loaded: dict[str, list[QTranslator]] = {}

    def install(self, language: str) -> None:
        """Translators for ``language`` (those that exist), the default locale and direction."""
        if language == self.current:
            return
        app = QCoreApplication.instance()
        for translator in self._loaded.get(self.current or "", []):
            QCoreApplication.removeTranslator(translator)
        for translator in self._translators(language):
            QCoreApplication.installTranslator(translator)
        # The system's own locale where it is of this language (dates as the family writes
        # them: en_GB or en_US), else the language's.
        system = QLocale.system()
        locale = system if system.name().split("_")[0] == language else QLocale(language)
        QLocale.setDefault(locale)
        # Not at start in the source language: the direction is left to right already, and
        # asking a locale for its direction builds PySide6's whole Qt namespace (~12 ms) before
        # the first paint.
        if isinstance(app, QGuiApplication) and (self.current or language != SOURCE_LANGUAGE):
            app.setLayoutDirection(locale.textDirection())
        self.current = language

    def _translators(self, language: str) -> list[QTranslator]:
        if language not in self._loaded:
            files = [(f"guide_app_{language}", str(translations_root()))]
            if language != SOURCE_LANGUAGE:  # English's own file holds only its plural forms
                qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
                files.insert(0, (f"qtbase_{language}", qt_folder))
            loaded: list[QTranslator] = []
            for name, folder in files:
                translator = QTranslator()
                if translator.load(name, folder):
                    translator.setParent(QCoreApplication.instance())  # kept for the run
                    loaded.append(translator)
            self._loaded[language] = loaded
        return self._loaded[language]


# Each language by its own name, as its readers look for it. (Qt's own native names carry the
# country: "American English", "español de España".)
NATIVE_NAMES = {"en": "English", "es": "Español"}


def native_name(code: str) -> str:
    return NATIVE_NAMES.get(code, code)


def start_language(requested: str | None, saved: str | None, shipped: list[str]) -> str:
    """The language to open in: the one asked for on the command line, else the family's last
    choice, else the system's when the guide ships it, else English."""
    system = QLocale.system().name().split("_")[0]
    for code in (requested, saved, system):
        if code and code in shipped:
            return code
    return SOURCE_LANGUAGE


class Retranslated:
    """For widgets with texts: ``retranslate_ui()`` runs again on every language change."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
