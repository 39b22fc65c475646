"""Wiring: the parts that live for the whole run, a window over one language's library, and the
connections between them, in one place (Mu's ``run()``)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

# The Qt-free modules come before PySide6: PySide6's import hook reads the source of every module
# imported after it (looking for "from __feature__ import"), which costs each one time at start.
from guide_app import __version__
from guide_app.core.content import languages
from guide_app.core.library import Library
from guide_app.core.render_inputs import RenderLabels
from guide_app.core.rendered_cache import shipped_html
from guide_app.resources import content_root, is_frozen, rendered_root, style_root

# isort: split
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

from guide_app.ui.first_paint import after_first_paint
from guide_app.ui.fonts import use_bundled_font
from guide_app.ui.languages import Languages, native_name, start_language
from guide_app.ui.main_window import MainWindow
from guide_app.ui.profile import Profile, ProfileKind
from guide_app.ui.settings import APPLICATION, MIN_TEXT_SCALE, ORGANIZATION, GuideSettings
from guide_app.ui.theme import apply_theme, current_theme, field_border_style
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS

if TYPE_CHECKING:
    import logging

    from guide_app.core.kiosk_config import KioskConfig
    from guide_app.core.storage import ListsStore
    from guide_app.ui.family_lists_model import FamilyListsModel
    from guide_app.ui.kiosk import KioskMode
    from guide_app.ui.sheet_actions import SheetActions

DEFAULT_LANGUAGE = "en"
HELP_BY_PHONE_SECTION = "help-by-phone"
_BASE_FONT_PROPERTY = "guideBaseFont"


def render_labels(*, source: bool = False) -> RenderLabels:
    """The words the renderer adds around the content: in the installed language, or with
    ``source`` in English (the source text, whatever translator is installed)."""
    translate = _source_text if source else QCoreApplication.translate
    return RenderLabels(
        sources=translate("Content", "Sources"),
        reviewed=translate("Content", "Last reviewed: {date}"),
        fallback=translate(
            "Content",
            "This section is not yet available in your language. It is shown in English.",
        ),
        see_also=translate("Content", "See also:"),
        date_format=translate("Content", "{month} {day}, {year}"),
        # Spelled out one by one so lupdate finds each.
        months=(
            translate("Content", "January"),
            translate("Content", "February"),
            translate("Content", "March"),
            translate("Content", "April"),
            translate("Content", "May"),
            translate("Content", "June"),
            translate("Content", "July"),
            translate("Content", "August"),
            translate("Content", "September"),
            translate("Content", "October"),
            translate("Content", "November"),
            translate("Content", "December"),
        ),
    )


def _source_text(context: str, text: str) -> str:
    return text


def base_font(app: QApplication) -> QFont:
    """The interface font at 100%: the application's font when the first window was made (the
    text-size control changes the application's font afterwards)."""
    stored = app.property(_BASE_FONT_PROPERTY)
    if isinstance(stored, QFont):
        return stored
    base = QFont(app.font())
    app.setProperty(_BASE_FONT_PROPERTY, base)
    return base


class GuideApp(QObject):
    """What lives for the whole run, outside any window: the profile, the translators, the
    remembered settings, one library per language and the family's lists. A language switch, a
    kiosk's "Start over" and the self-test each open a fresh window over these."""

    def __init__(
        self,
        profile: Profile | None = None,
        root: Path | None = None,
        store_factory: Callable[[], ListsStore] | None = None,
    ) -> None:
        """``store_factory`` replaces the profile's store of the lists (tests give their own)."""
        super().__init__()
        self.profile = profile or Profile()
        self.root = root if root is not None else content_root()
        self._store_factory = store_factory or self.profile.lists_store
        self.languages = Languages()
        self.settings = GuideSettings(self.profile.settings_store(), self)
        self._shipped_html = shipped_html(rendered_root(), frozen=is_frozen())
        self.kiosk: KioskMode | None = None  # set by run() for a kiosk
        # Once per run, not per window (a language switch or a kiosk reset makes a new one),
        # and again when the theme changes (set_high_contrast).
        self.style_sheet = ""
        self._apply_theme(bool(self.settings.high_contrast))
        self._libraries: dict[str, Library] = {}
        self._lists_model: FamilyListsModel | None = None
        self.guide: Guide | None = None

    def library(self, language: str) -> Library:
        """The language's library, made once (its words around the content in that language:
        English needs no translator, and may be asked for while another one is installed)."""
        if language not in self._libraries:
            self._libraries[language] = Library(
                self.root,
                language,
                render_labels(source=language == DEFAULT_LANGUAGE),
                shipped=self._shipped_html if self.root == content_root() else None,
                kept=self.profile.html_store(),
            )
        return self._libraries[language]

    def lists_model(self) -> FamilyListsModel:
        """The family's lists, loaded on first need (after the first paint) and kept for the run;
        quitting saves what is pending and lets the lists' lock go."""
        if self._lists_model is None:
            from guide_app.ui.family_lists_model import FamilyListsModel

            self._lists_model = FamilyListsModel(self._store_factory(), self)
            app = QCoreApplication.instance()
            app.aboutToQuit.connect(self._lists_model.close)  # type: ignore[union-attr]
        return self._lists_model

    def shipped_languages(self) -> list[str]:
        return languages(self.root)

    def open_window(self, language: str = DEFAULT_LANGUAGE, *, keep_section: bool = True) -> Guide:
        """A fresh window in ``language`` over the same lists and settings, in place of the one
        open (at the same section, unless not ``keep_section``); the old window is closed and
        deleted."""
        self.languages.install(language)
        old = self.guide
        self.guide = Guide(self, self.library(language))
        shipped = self.shipped_languages()
        self.guide.window.set_languages([(code, native_name(code)) for code in shipped], language)
        self.guide.window.language_chosen.connect(self.switch_language)
        self._add_theme_switch(self.guide.window)
        if self.kiosk is not None:
            self.kiosk.attach(self.guide.window)
        if old is not None:
            current = old.window.current_section_id()
            if current and keep_section:
                self.guide.window.show_section(current)
            self.guide.window.setGeometry(old.window.geometry())
            if old.window.isVisible():
                self.guide.window.show()
            old.window.close()
            old.window.deleteLater()
        return self.guide

    def reset(self, cause: str = "start over") -> Guide:
        """The kiosk's wipe for the next family: the lists emptied, the text size back to the
        kiosk's, and a fresh window (no search, popups or scroll positions) at Start here in the
        default language."""
        if self.guide is not None:
            self.guide.window.retire()  # it need not follow the text size on its way out
        self.lists_model().clear()
        # Only what the family changed: a new font or palette reaches every widget alive, the
        # old window's too, until it is deleted.
        text_scale = self.kiosk.text_scale if self.kiosk else MIN_TEXT_SCALE
        if self.settings.text_scale != text_scale:
            self.settings.set_text_scale(text_scale)
        # The next family starts in the kiosk's own look: the system's contrast setting.
        self.settings.set_high_contrast(None)
        if self.high_contrast != self._system_high_contrast:
            self._apply_theme(self._system_high_contrast)
        default = self.kiosk.config.default_language if self.kiosk else DEFAULT_LANGUAGE
        return self.open_window(default, keep_section=False)

    # --- the theme -----------------------------------------------------------------------------

    _system_high_contrast = False  # what the desktop asks for, once read after the first paint
    _followed_system = False

    def _apply_theme(self, high_contrast: bool) -> None:
        from guide_app.core.theme import ThemeName

        name = ThemeName.HIGH_CONTRAST if high_contrast else ThemeName.NORMAL
        theme = apply_theme(QApplication.instance(), name)  # type: ignore[arg-type]
        self.high_contrast = high_contrast
        self.style_sheet = (style_root() / theme.style_sheet_file).read_text(encoding="utf-8")

    def _add_theme_switch(self, window: MainWindow) -> None:
        """The switch in the top bar, after the text size and the language (and in the tab
        order there); Ctrl+Shift+H toggles it from anywhere."""
        from PySide6.QtGui import QKeySequence, QShortcut

        from guide_app.ui.theme_switch import HighContrastSwitch

        switch = HighContrastSwitch(self.high_contrast)
        window.add_to_top_bar(switch)
        window.theme_switch = switch  # type: ignore[attr-defined]
        QWidget.setTabOrder(window.language_box, switch)
        QWidget.setTabOrder(switch, window.tabs.names)
        switch.toggled.connect(self.set_high_contrast)
        QShortcut(QKeySequence("Ctrl+Shift+H"), window, switch.toggle)

    def set_high_contrast(self, on: bool) -> Guide | None:
        """The family's choice: remembered (on a laptop), and the guide shown in it at once."""
        self.settings.set_high_contrast(on)
        if on == self.high_contrast or self.guide is None:
            return None
        self._apply_theme(on)
        focus_switch = QApplication.focusWidget() is getattr(self.guide.window, "theme_switch", 0)
        guide = self.open_window(self.guide.language)
        if focus_switch:  # the keyboard stays where it was
            guide.window.theme_switch.setFocus()  # type: ignore[attr-defined]
        return guide

    def follow_system_contrast(self) -> None:
        """After the first paint (reading it builds PySide6's whole Qt namespace, ~12 ms): the
        desktop's high-contrast setting, where Qt can read it, when the family never chose."""
        from guide_app.ui.theme import system_prefers_high_contrast

        if self._followed_system:
            return  # once per run
        self._followed_system = True
        self._system_high_contrast = system_prefers_high_contrast()
        if self.settings.high_contrast is None and self._system_high_contrast != self.high_contrast:
            self._apply_theme(self._system_high_contrast)
            if self.guide is not None:
                self.open_window(self.guide.language)

    def switch_language(self, language: str) -> Guide:
        """The family chose another language: remember it, and show the guide in it."""
        self.settings.set_language(language)
        return self.open_window(language)


class Guide(QObject):
    """One window over one library: its content at once, and after the first paint the search
    index, the link checks and the family's tools over the app's lists."""

    loaded = Signal()  # the search index, link checks and family tools are ready

    def __init__(self, app_part: GuideApp, library: Library) -> None:
        super().__init__()
        self.app_part = app_part
        self.library = library
        self.language = library.language
        app = QApplication.instance()
        self.window = MainWindow(
            library.bundle,
            library.glossary_term,
            library.render,
            app_part.settings,
            base_font(app),  # type: ignore[arg-type]
            app_part.style_sheet,
        )
        self.setParent(self.window)  # lives as long as its window
        self.window.set_problems(library.problems())
        self.lists_model: FamilyListsModel | None = None
        self.sheet_actions: SheetActions | None = None
        self.is_loaded = False
        after_first_paint(self.window, self.finish_loading)

    def finish_loading(self) -> None:
        """What the first page does not need: the family's tools, the search index (it renders
        every section) and the link checks."""
        from guide_app.ui.focus_ring import install_focus_ring

        if self.is_loaded:
            return
        self.is_loaded = True
        self._add_family_tools()
        self.window.search.set_index(self.library.search_index)
        self.window.set_problems(self.library.problems(with_links=True))
        # The focus ring: a QFocusFrame sets up PySide6's QStyle types (~5 ms), so after the
        # first paint; it goes round whatever has the focus now.
        install_focus_ring(QApplication.instance())  # type: ignore[arg-type]
        # Edges round the fields in high contrast: a window style sheet, set once the window
        # has its fonts (a style sheet set while it is built keeps them at 100%).
        if sheet := field_border_style(current_theme()):
            self.window.setStyleSheet(sheet)
        self.loaded.emit()
        self.app_part.follow_system_contrast()

    def _add_family_tools(self) -> None:
        """The symptom checklist, the question builder and the care team's card, under their
        sections, over the lists."""
        # Imported here: none of it is needed to show the first page.
        from guide_app.ui.care_team_card import CareTeamCard
        from guide_app.ui.checklist_widget import ChecklistWidget
        from guide_app.ui.question_builder import QuestionBuilder
        from guide_app.ui.sheet_actions import SheetActions

        window, library = self.window, self.library
        model = self.app_part.lists_model()
        self.lists_model = model
        model.problem.connect(window.show_notice)
        model.problem_resolved.connect(window.withdraw_notice)
        if (notice := model.notice_text()) is not None:
            window.show_notice(notice)

        symptoms, bank = library.symptoms, library.question_bank
        english = None
        if self.language != DEFAULT_LANGUAGE:  # a bilingual sheet for an English-only clinician
            in_english = self.app_part.library(DEFAULT_LANGUAGE)
            english = (in_english.question_bank, in_english.symptoms)
        actions = SheetActions(model, bank, symptoms, self.language, window, english)
        self.sheet_actions = actions

        print_sheet: Callable[[], object] | None = actions.print_sheet
        kiosk_mode = self.app_part.kiosk
        if kiosk_mode is not None:
            # No file dialogs on a kiosk (the print dialogs can print to a file): the sheet goes
            # straight to the clinic's printer, if it set one.
            print_sheet = None
            if printer := kiosk_mode.config.printer:
                from guide_app.ui.kiosk_printing import KioskPrinting

                kiosk_printing = KioskPrinting(
                    printer,
                    kiosk_mode.config.printer_location,
                    actions.sheet_and_title,
                    lambda: actions.take_home(None),
                    window,
                    kiosk_mode.staff_log,
                )
                print_sheet = kiosk_printing.print_sheet

        def make_builder() -> QuestionBuilder:
            builder = QuestionBuilder(bank, model, offer_english=english is not None)
            builder.bilingual_changed.connect(actions.set_bilingual)
            builder.take_home_requested.connect(lambda: actions.take_home(print_sheet))
            builder.preview_requested.connect(actions.preview)
            builder.save_pdf_requested.connect(actions.save_pdf)
            if kiosk_mode is None:
                builder.print_requested.connect(actions.print_sheet)
            else:
                builder.set_direct_print(print_sheet is not None)
                if print_sheet is not None:
                    builder.print_requested.connect(print_sheet)
            return builder

        def make_questions_tool() -> tuple[QWidget, QWidget | None]:
            builder = make_builder()
            return builder, builder.sheet_bar

        window.set_tool(CHECKLIST, lambda: (ChecklistWidget(list(symptoms), model), None))
        window.set_tool(QUESTIONS, make_questions_tool)
        window.set_extra(HELP_BY_PHONE_SECTION, lambda: CareTeamCard(model))
        # A method of this object, not a closure: the connection ends with the window.
        model.changed.connect(self._show_counts)
        self._show_counts()

    def _show_counts(self) -> None:
        """Beside each tool's name in the section list: how many items it holds."""
        assert self.lists_model is not None
        lists = self.lists_model.lists
        self.window.set_tool_count(
            CHECKLIST, len(lists.checklist.seen_entries(self.library.symptoms))
        )
        self.window.set_tool_count(QUESTIONS, len(lists.questions))


def run(
    language: str | None = None,
    section: str | None = None,
    argv: Sequence[str] = (),
    profile: ProfileKind = ProfileKind.LAPTOP,
    kiosk: bool = False,
    config: Path | None = None,
) -> int:
    """Open the guide. ``kiosk`` (or ``kiosk = true`` in the machine-wide configuration file,
    ``config`` or its default path) runs it as a clinic's kiosk, in the kiosk profile."""
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    use_bundled_font(app)  # type: ignore[arg-type]
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    kiosk_setup = _kiosk_config(config, forced=kiosk)
    chosen = Profile(ProfileKind.KIOSK if kiosk_setup is not None else profile)
    chosen.install()
    guide_app = GuideApp(chosen)  # held here: it outlives every window
    shipped = guide_app.shipped_languages()
    if kiosk_setup is not None:
        from guide_app.ui.kiosk import KioskMode

        kiosk_config, log = kiosk_setup
        guide_app.kiosk = KioskMode(kiosk_config, guide_app.reset, log)
        guide_app.settings.set_text_scale(guide_app.kiosk.text_scale)
        language = language or kiosk_config.default_language
    guide = guide_app.open_window(start_language(language, guide_app.settings.language, shipped))
    if section:
        guide.window.show_section(section)
    guide.window.show()
    return app.exec()


def _kiosk_config(path: Path | None, *, forced: bool) -> tuple[KioskConfig, logging.Logger] | None:
    """The kiosk's configuration when the guide runs as a kiosk (``--kiosk``, or ``kiosk =
    true`` in the machine-wide file or the one given), else None. Each problem is one line on
    stderr and in the staff log, and the kiosk runs on safe defaults: it never refuses to start
    in front of a family. A laptop with no such file reads nothing and writes no log."""
    from guide_app.core.kiosk_paths import default_config_path

    path = path if path is not None else default_config_path()
    if not forced and not path.is_file():
        return None
    from guide_app.core.kiosk_config import load_kiosk_config
    from guide_app.core.staff_log import log_config_problems, log_start, open_staff_log

    config, messages = load_kiosk_config(path, languages(content_root()))
    if not (forced or config.kiosk):
        return None  # a configuration file that does not ask for a kiosk
    for message in messages:
        print(f"guide-app: {message}", file=sys.stderr)
    log = open_staff_log(path.parent)  # beside the configuration: IT's folder for the kiosk
    log_start(log, __version__, path)
    log_config_problems(log, messages)
    return config, log
