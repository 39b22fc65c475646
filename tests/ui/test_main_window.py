"""The guide's window as a family uses it: tabs, links, glossary, search, text size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QPalette,
    QPixmap,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from guide_app.ui.address_dialog import AddressDialog
from guide_app.ui.glossary_popup import GlossaryPopup
from guide_app.ui.main_window import MainWindow
from guide_app.ui.settings import MAX_TEXT_SCALE
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS, TOOL_IDS

BUNDLES = Path(__file__).parent.parent / "fixtures" / "bundles"


@pytest.fixture
def window(open_guide, good_bundle: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    return open_guide("en", good_bundle).window


def _focused_browser(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """The reader's place: keyboard shortcuts act when the window is active and text has focus."""
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)
    browser = window.tabs.current_page().browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    return browser


def _texts(window: MainWindow) -> list[str]:
    """The sections' names in the list, in order (the family's tools left out)."""
    return [window.tabs.name(window.tabs.index_of(page)) for page in window.pages()]


def test_every_section_has_a_tab_in_order_showing_its_text(window: MainWindow) -> None:
    assert _texts(window) == ["Welcome", "Marrow", "Words"]
    for page in window.pages():
        window.tabs.set_current_index(window.tabs.index_of(page))
        assert page.section.title in page.browser.toPlainText()


def test_the_familys_tools_are_listed_right_after_the_first_section_with_their_counts(
    open_guide, good_bundle: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("en", good_bundle)
    window = guide.window
    names = [window.tabs.name(i) for i in range(window.tabs.count())]
    assert names[0] == "Welcome" and names[3:] == ["Marrow", "Words"]
    assert names[1].startswith("My symptom checklist") and names[2].startswith("My questions")
    qtbot.waitUntil(lambda: guide.is_loaded)
    assert window.tabs.name(1) == "My symptom checklist (0)"
    assert window.tabs.name(2) == "My questions (0)"
    guide.lists_model.add_own_question("Can he go to school?")
    guide.lists_model.add_own_question("Who do we call at night?")
    assert window.tabs.name(2) == "My questions (2)"


def test_only_the_shown_section_is_rendered_before_the_first_paint(
    open_guide, good_bundle: Path
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("en", good_bundle, show=False)
    assert [p.rendered for p in guide.window.pages()] == [True, False, False]
    assert not guide.is_loaded  # search index, link checks and family tools wait for the paint


def test_the_real_guide_opens_with_every_section(open_guide, section_count: int) -> None:  # type: ignore[no-untyped-def]
    window = open_guide("en").window
    assert len(window.pages()) == section_count
    assert window.tabs.count() == section_count + len(TOOL_IDS)  # and the family's tools
    assert window.tabs.name(0) == "Start here"
    assert window.problem_banner.isHidden()


def test_clicking_a_section_link_switches_tab_and_scrolls(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    welcome = window.page("welcome")
    welcome.browser.anchorClicked.emit(QUrl("section:marrow#where-blood-is-made"))
    assert window.tabs.current_page() is window.page("marrow")


def test_a_glossary_click_shows_the_meaning_and_esc_closes_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.page("welcome").browser.anchorClicked.emit(QUrl("glossary:bone-marrow"))
    popup = window.findChild(GlossaryPopup)
    assert popup is not None and popup.isVisible()
    assert popup.meaning_text == "The soft inside of bones, where blood cells are made."
    assert popup.accessibleDescription() == popup.meaning_text
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.findChild(GlossaryPopup) is None)


def test_an_external_link_is_shown_never_opened(window: MainWindow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    window.page("welcome").browser.anchorClicked.emit(QUrl("https://www.cancer.gov/"))
    dialog = window.findChild(AddressDialog)
    assert dialog is not None and dialog.address == "https://www.cancer.gov/"
    assert opened == []


def test_other_link_schemes_do_nothing(window: MainWindow) -> None:
    window.page("welcome").browser.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert window.findChild(AddressDialog) is None
    assert window.tabs.current_index() == 0


def test_remote_resources_are_never_loaded(window: MainWindow) -> None:
    browser = window.page("welcome").browser
    for address in ("https://example.org/tracker.png", "file:///etc/passwd"):
        refused = browser.loadResource(QTextDocument.ResourceType.ImageResource, QUrl(address))
        # Not None: Qt would then load the address itself. A blank pixel instead.
        assert isinstance(refused, QImage) and refused.size().width() == 1


def test_a_picture_outside_the_guide_is_never_shown(
    window: MainWindow, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # Content or a tampered cache of rendered HTML may name any file on the computer.
    private = QImage(40, 30, QImage.Format.Format_RGB32)
    private.fill(QColor("red"))
    picture = tmp_path / "family-photo.png"
    assert private.save(str(picture))
    browser = window.page("welcome").browser
    addresses = [QUrl.fromLocalFile(str(picture)), QUrl(f"../../../../../../..{picture}")]
    browser.setHtml("".join(f'<p><img src="{url.toString()}"></p>' for url in addresses))
    window.show()
    qtbot.waitExposed(window)
    browser.document().documentLayout().documentSize()  # lays out, so images are asked for
    for url in addresses:
        shown = browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
        assert not (isinstance(shown, (QImage, QPixmap)) and shown.width() == 40)
        assert not (isinstance(shown, (bytes, QByteArray)) and bytes(shown))


def test_a_bundled_file_is_served(window: MainWindow) -> None:
    from guide_app.resources import style_root

    browser = window.page("welcome").browser
    served = browser.loadResource(
        QTextDocument.ResourceType.StyleSheetResource, QUrl("style/guide.css")
    )
    expected = (style_root() / "guide.css").read_bytes()
    assert bytes(served) == expected  # type: ignore[arg-type]


def test_search_opens_the_section_at_the_match_with_it_highlighted(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search.field, "MEDULA")
    assert window.search.results.count() == 1
    item = window.search.results.item(0)
    assert item.text().startswith("The marrow")
    window.search.results.itemActivated.emit(item)
    page = window.page("marrow")
    assert window.tabs.current_page() is page
    [selection] = page.browser.extraSelections()
    assert selection.cursor.selectedText() == "médula"


def test_search_says_when_nothing_is_found(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search.field, "zebra")
    assert window.search.results.count() == 0
    assert "Nothing found" in window.search.status.text()


def test_text_size_grows_with_ctrl_plus_and_survives_a_restart(
    window: MainWindow, qtbot, open_guide, good_bundle: Path
) -> None:  # type: ignore[no-untyped-def]
    before = window.body_font().pointSizeF()
    reading = _focused_browser(window, qtbot)
    qtbot.keyClick(reading, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(reading, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.text_scale == 120
    assert window.body_font().pointSizeF() == pytest.approx(before * 1.2)
    window.close()

    again = open_guide("en", good_bundle).window
    assert again.settings.text_scale == 120
    assert again.body_font().pointSizeF() == pytest.approx(before * 1.2)
    qtbot.keyClick(
        _focused_browser(again, qtbot), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier
    )
    assert again.settings.text_scale == 100


def test_text_size_stops_at_200_percent_and_buttons_work(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(15):
        qtbot.mouseClick(window.larger_button, Qt.MouseButton.LeftButton)
    assert window.settings.text_scale == MAX_TEXT_SCALE
    assert "200" in window.text_size_label.text()
    qtbot.mouseClick(window.smaller_button, Qt.MouseButton.LeftButton)
    assert window.settings.text_scale == 190


def test_at_200_percent_no_section_name_is_clipped(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.settings.set_text_scale(MAX_TEXT_SCALE)
    window.show()
    qtbot.waitExposed(window)
    names = window.tabs.names
    metrics = names.fontMetrics()
    first = names.item(0)
    qtbot.waitUntil(  # the new size reaches the list's rows through the event loop
        lambda: names.visualItemRect(first).width() > metrics.horizontalAdvance(first.text())
    )
    for row in range(names.count()):
        rect = names.visualItemRect(names.item(row))
        assert rect.width() > metrics.horizontalAdvance(names.item(row).text())
        assert rect.height() >= metrics.height()
        assert names.viewport().rect().contains(rect.topLeft())
    assert not names.horizontalScrollBar().isVisible()


def test_section_names_and_notices_grow_with_the_text(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_notice("Your saved lists could not be read.")
    window.show()
    qtbot.waitExposed(window)
    names = window.tabs.names
    normal_width = names.width()
    normal = {w: w.font().pointSizeF() for w in (names, window.notice_bar)}
    window.settings.set_text_scale(MAX_TEXT_SCALE)
    # The notice bar has a style sheet, which keeps a widget's font unless the window passes
    # the new one on.
    qtbot.waitUntil(
        lambda: all(w.font().pointSizeF() == pytest.approx(s * 2) for w, s in normal.items())
    )
    qtbot.waitUntil(lambda: names.width() > normal_width)  # laid out when the loop runs
    window.settings.set_text_scale(100)
    qtbot.waitUntil(lambda: names.width() == normal_width)


def test_every_section_name_is_a_touch_target(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    names = window.tabs.names
    heights = [names.visualItemRect(names.item(row)).height() for row in range(names.count())]
    assert min(heights) >= 44


def test_keys_move_between_sections(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    browser = _focused_browser(window, qtbot)
    qtbot.keyClick(browser, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.current_page() is window.tool_pages[CHECKLIST]
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.current_page() is window.page("words")  # round to the last
    names = window.tabs.names
    names.setFocus()
    qtbot.keyClick(names, Qt.Key.Key_Home)
    for _ in range(3):  # past the two tools' pages
        qtbot.keyClick(names, Qt.Key.Key_Down)
    assert window.tabs.current_page() is window.page("marrow")
    assert window.page("marrow").rendered


def test_the_keyboard_focus_shows_round_the_open_section_name(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    from guide_app.ui.selection_colours import SELECTION_BACKGROUND
    from guide_app.ui.side_tabs import FOCUS_RING

    names = window.tabs.names

    def colours_across_the_open_name() -> set[str]:
        image = names.viewport().grab().toImage()
        rect = names.visualItemRect(names.currentItem())
        y = rect.center().y()
        return {image.pixelColor(x, y).name() for x in range(rect.left(), rect.left() + 8)}

    browser = _focused_browser(window, qtbot)
    assert browser.hasFocus()
    assert QColor(SELECTION_BACKGROUND).name() in colours_across_the_open_name()
    assert QColor(FOCUS_RING).name() not in colours_across_the_open_name()
    # Tab from the last control of the top bar reaches the names: the ring shows.
    switch = window.theme_switch
    switch.setFocus()
    qtbot.waitUntil(switch.hasFocus)
    qtbot.keyClick(switch, Qt.Key.Key_Tab)
    qtbot.waitUntil(names.hasFocus)
    assert QColor(FOCUS_RING).name() in colours_across_the_open_name()
    # A click (or a tap) on a name does not draw it, as the style's own focus frame does not.
    qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton)
    second = names.visualItemRect(names.item(1)).center()
    qtbot.mouseClick(names.viewport(), Qt.MouseButton.LeftButton, pos=second)
    assert names.hasFocus() and window.tabs.current_index() == 1
    assert QColor(FOCUS_RING).name() not in colours_across_the_open_name()


def _contrast(first: QColor, second: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def linear(channel: float) -> float:
            return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4

        red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_what_is_chosen_reads_at_aa_contrast(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # The open section's name, the chosen search result and selected text share these colours.
    qtbot.keyClicks(window.search.field, "blood")
    for widget in (window.tabs.names, window.search.results, window.page("welcome").browser):
        palette = widget.palette()
        background = palette.color(QPalette.ColorRole.Highlight)
        text = palette.color(QPalette.ColorRole.HighlightedText)
        assert _contrast(background, text) >= 4.5, type(widget).__name__


def test_tab_goes_along_the_top_bar_then_to_the_section_names_then_the_text(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    _focused_browser(window, qtbot)
    window.search.field.setFocus()
    qtbot.waitUntil(window.search.field.hasFocus)
    visited = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())
    # This bundle has a translation, so the language control stands after A+; the
    # high-contrast switch after it.
    expected = [window.smaller_button, window.larger_button, window.language_box]
    expected += [window.theme_switch, window.tabs.names]
    assert visited == [*expected, window.tabs.current_page().browser]


def test_the_open_section_stays_highlighted(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show()
    qtbot.waitExposed(window)
    names = window.tabs.names
    first = names.visualItemRect(names.item(0)).center()
    # A Ctrl+click or Ctrl+Space on the selected name would deselect it in a plain list.
    qtbot.mouseClick(
        names.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, first
    )
    assert names.item(0).isSelected()
    qtbot.keyClick(names, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert names.item(0).isSelected()
    assert window.tabs.current_index() == 0


def test_bad_content_still_opens_with_the_good_sections_and_names_the_file(open_guide) -> None:  # type: ignore[no-untyped-def]
    window = open_guide("en", BUNDLES / "broken-header").window
    assert _texts(window) == ["Welcome", "Words"]
    assert window.problem_banner.isVisible()
    assert "02-marrow.md:3:" in window.problem_banner.text()


def test_a_link_to_a_missing_section_is_named_after_start(open_guide) -> None:  # type: ignore[no-untyped-def]
    window = open_guide("en", BUNDLES / "missing-section-link").window
    assert window.problem_banner.isVisible()
    assert (
        "02-marrow.md:19: link to unknown section 'no-such-section'" in window.problem_banner.text()
    )


def test_a_missing_language_falls_back_to_english_and_says_so(
    open_guide, good_bundle: Path
) -> None:  # type: ignore[no-untyped-def]
    window = open_guide("fr", good_bundle).window
    assert "not yet available in your language" in window.page("welcome").browser.toPlainText()


def test_every_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLineEdit, QListWidget, QTextBrowser

    controls = window.findChildren(QAbstractButton) + window.findChildren(QLineEdit)
    controls += window.findChildren(QListWidget) + window.findChildren(QTextBrowser)
    unnamed = [
        type(c).__name__ for c in controls if c.isVisibleTo(window) and not c.accessibleName()
    ]
    assert unnamed == []


def test_a_result_opens_its_own_paragraph_not_an_earlier_match(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(window.search.field, "blood")
    items = [window.search.results.item(i) for i in range(window.search.results.count())]
    [paragraph] = [i for i in items if "Blood is made in the" in i.text()]
    window.search.results.itemActivated.emit(paragraph)
    [selection] = window.page("marrow").browser.extraSelections()
    cursor = selection.cursor
    assert cursor.selectedText() == "Blood"
    assert cursor.block().text().startswith("Blood is made in the bone marrow")


def test_a_section_missing_in_spanish_shows_the_english_one_and_says_so_in_spanish(
    open_guide, good_bundle: Path
) -> None:  # type: ignore[no-untyped-def]
    # The fixture's Spanish lacks "welcome"; the real Spanish interface translation is installed.
    from PySide6.QtCore import QCoreApplication

    window = open_guide("es", good_bundle).window
    notice = QCoreApplication.translate(
        "Content", "This section is not yet available in your language. It is shown in English."
    )
    assert notice != "This section is not yet available in your language. It is shown in English."
    welcome = window.page("welcome").browser.toPlainText()
    assert notice in welcome and "Welcome to the test guide" in welcome


def test_a_link_to_a_family_tool_opens_its_page(open_guide, good_bundle: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide("en", good_bundle)
    qtbot.waitUntil(lambda: guide.is_loaded)
    window = guide.window
    window.page("welcome").browser.anchorClicked.emit(QUrl("section:my-questions"))
    assert window.tabs.current_page() is window.tool_pages[QUESTIONS]
    assert window.current_section_id() == QUESTIONS
    assert window.tool(QUESTIONS) is not None and window.tool(QUESTIONS).isVisible()
