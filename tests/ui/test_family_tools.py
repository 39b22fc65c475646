"""The symptom checklist, the question builder and the family's sheet, as a family uses them."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionButton,
    QTreeWidgetItem,
    QWidget,
)

from guide_app.app import Guide
from guide_app.core.family_lists import SCHEMA_VERSION
from guide_app.core.question_list import MAX_OWN_QUESTION_LENGTH, MAX_QUESTIONS
from guide_app.core.storage import JsonFileStore, default_lists_path
from guide_app.ui.checklist_widget import ChecklistWidget
from guide_app.ui.question_builder import QuestionBuilder
from guide_app.ui.tool_page import CHECKLIST, QUESTIONS

HOSTILE = "<script>alert('x')</script> & <b>bold</b> مرحبا 🙂"


def _checklist(guide: Guide) -> ChecklistWidget:
    guide.window.show_section(CHECKLIST)
    widget = guide.window.tool(CHECKLIST)
    assert isinstance(widget, ChecklistWidget)
    return widget


def _builder(guide: Guide) -> QuestionBuilder:
    guide.window.show_section(QUESTIONS)
    widget = guide.window.tool(QUESTIONS)
    assert isinstance(widget, QuestionBuilder)
    return widget


def _bank_item(builder: QuestionBuilder, question_id: str) -> QTreeWidgetItem:
    tree = builder.bank_tree
    for t in range(tree.topLevelItemCount()):
        topic = tree.topLevelItem(t)
        for c in range(topic.childCount()):
            item = topic.child(c)
            if item.data(0, Qt.ItemDataRole.UserRole + 1) == question_id:
                return item
    raise AssertionError(f"no bank question {question_id}")


def _tick_bank(builder: QuestionBuilder, question_id: str) -> None:
    _bank_item(builder, question_id).setCheckState(0, Qt.CheckState.Checked)


def _toggle_bank(builder: QuestionBuilder, question_id: str) -> None:
    item = _bank_item(builder, question_id)
    checked = item.checkState(0) == Qt.CheckState.Checked
    item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)


def _list_texts(builder: QuestionBuilder) -> list[str]:
    return [builder.chosen.item(i).text() for i in range(builder.chosen.count())]


def test_ticking_a_call_now_sign_shows_what_to_do_at_once(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    checklist = _checklist(open_guide())
    fever = checklist.row("fever")
    assert fever.prompt.isHidden() and fever.details.isHidden()
    # Where a finger lands: on the box at the start of the row, once the row is laid out.
    qtbot.waitUntil(lambda: fever.tick.isVisible() and fever.tick.width() >= 44)
    option = QStyleOptionButton()
    fever.tick.initStyleOption(option)
    box = fever.tick.style().subElementRect(
        QStyle.SubElement.SE_CheckBoxIndicator, option, fever.tick
    )
    qtbot.mouseClick(fever.tick, Qt.MouseButton.LeftButton, pos=box.center())
    assert fever.prompt.isVisible()
    assert "care team" in fever.prompt.text().lower()
    assert fever.urgency.text() == "Call your care team now"
    assert fever.details.isVisible()  # note and date


def test_an_emergency_sign_says_to_call_emergency_services(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    checklist = _checklist(open_guide())
    seizure = checklist.row("seizure")
    assert seizure.urgency.text() == "Call emergency services"
    seizure.tick.setChecked(True)
    assert seizure.prompt.isVisible() and "emergency services" in seizure.prompt.text().lower()


def test_a_sign_the_leukemia_may_be_back_says_to_contact_the_team_never_to_wait(
    open_guide: Callable[..., Guide],
) -> None:  # type: ignore[no-untyped-def]
    checklist = _checklist(open_guide())
    pain = checklist.row("bone-joint-pain")
    assert pain.urgency.text() == "Contact your care team soon"  # the chart's words
    pain.tick.setChecked(True)
    assert pain.prompt.isVisible() and "care team" in pain.prompt.text().lower()
    assert pain.details.isVisible()
    assert "does not diagnose" in checklist.disclaimer.text()


def test_bank_questions_own_questions_reorder_remove_by_keyboard(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    builder = _builder(open_guide())
    _tick_bank(builder, "relapse-where")
    _tick_bank(builder, "treatment-choices")
    qtbot.keyClicks(builder.own_text, "Can my child go to the party?")
    assert builder.own_counter.text() == "29 of 500 characters"
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    assert builder.own_text.toPlainText() == ""
    texts = _list_texts(builder)
    assert len(texts) == 3 and texts[2] == "3. Can my child go to the party?"

    # Move the family's own question to the top with Alt+Up, twice.
    builder.chosen.setFocus()
    builder.chosen.setCurrentRow(2)
    qtbot.keyClick(builder.chosen, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(builder.chosen, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _list_texts(builder)[0] == "1. Can my child go to the party?"
    assert builder.chosen.currentRow() == 0
    qtbot.keyClick(builder.chosen, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert _list_texts(builder)[1] == "2. Can my child go to the party?"

    # Delete removes the current question; the bank tick follows.
    builder.chosen.setCurrentRow(0)
    removed = builder.chosen.item(0).text()
    qtbot.keyClick(builder.chosen, Qt.Key.Key_Delete)
    assert removed not in _list_texts(builder) and len(_list_texts(builder)) == 2


def test_own_questions_are_limited_with_a_visible_counter(open_guide: Callable[..., Guide]) -> None:  # type: ignore[no-untyped-def]
    builder = _builder(open_guide())
    builder.own_text.setPlainText("x" * (MAX_OWN_QUESTION_LENGTH + 50))
    assert len(builder.own_text.toPlainText()) == MAX_OWN_QUESTION_LENGTH
    assert builder.own_counter.text() == "500 of 500 characters"
    builder.own_text.setPlainText("   ")
    assert not builder.add_button.isEnabled()


def test_clear_my_lists_asks_first_then_empties_everything(
    open_guide: Callable[..., Guide], monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    builder = _builder(guide)
    _tick_bank(builder, "relapse-where")
    _checklist(guide).row("fever").tick.setChecked(True)
    guide.lists_model.flush()
    assert default_lists_path().exists()

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    builder.clear_button.click()
    assert builder.chosen.count() == 1

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    builder.clear_button.click()
    assert builder.chosen.count() == 0
    assert not _checklist(guide).row("fever").tick.isChecked()
    assert guide.lists_model.lists.is_empty()
    assert not default_lists_path().exists()  # gone from the computer too


def test_lists_are_saved_and_come_back_after_a_restart(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    builder = _builder(guide)
    _tick_bank(builder, "relapse-where")
    builder.own_text.setPlainText(HOSTILE)
    builder.add_button.click()
    row = _checklist(guide).row("fever")
    row.tick.setChecked(True)
    qtbot.keyClicks(row.note, "38.4 at night")
    qtbot.waitUntil(default_lists_path().exists)  # saved a moment after the last change
    guide.window.close()
    guide.lists_model.close()  # as quitting does

    again = open_guide()
    assert again.window.notice_bar.isHidden()  # the first guide let the lists go
    texts = _list_texts(_builder(again))
    assert texts == [
        f"1. {again.lists_model.lists.questions.resolved(_builder(again).bank)[0][1]}",
        f"2. {HOSTILE}",
    ]
    row = _checklist(again).row("fever")
    assert row.tick.isChecked() and row.note.text() == "38.4 at night"
    assert row.prompt.isVisible()


def test_a_corrupt_lists_file_is_kept_aside_and_the_family_is_told(
    open_guide: Callable[..., Guide],
) -> None:  # type: ignore[no-untyped-def]
    path = default_lists_path()
    path.parent.mkdir(parents=True)
    path.write_text("{ this is not json", encoding="utf-8")
    guide = open_guide()
    assert guide.window.notice_bar.isVisible()
    assert "could not be read" in guide.window.notice_bar.text()
    kept = list(path.parent.glob("family-lists.corrupt-*.json"))
    assert len(kept) == 1 and kept[0].read_text() == "{ this is not json"
    assert guide.lists_model.lists.is_empty()


def test_an_unwritable_data_folder_is_told_once_and_the_lists_still_work(
    open_guide: Callable[..., Guide], tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    guide = open_guide(store_factory=lambda: JsonFileStore(blocker / "family-lists.json"))
    builder = _builder(guide)
    _tick_bank(builder, "relapse-where")
    guide.lists_model.flush()
    _tick_bank(builder, "treatment-choices")
    guide.lists_model.flush()
    assert guide.window.notice_bar.isVisible()
    assert "cannot be saved" in guide.window.notice_bar.text()
    assert builder.chosen.count() == 2  # nothing the family did was lost on screen


def test_the_cannot_be_saved_notice_goes_when_saving_works_and_comes_back_if_it_fails_again(
    open_guide: Callable[..., Guide], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "data"
    folder.write_text("a file where the data folder should be")
    guide = open_guide(store_factory=lambda: JsonFileStore(folder / "family-lists.json"))
    builder = _builder(guide)
    notice = guide.window.notice_bar
    _tick_bank(builder, "relapse-where")
    guide.lists_model.flush()
    assert notice.isVisible() and "cannot be saved" in notice.text()

    folder.unlink()  # the folder can be made again (a USB disk came back, space was freed)
    _tick_bank(builder, "treatment-choices")
    guide.lists_model.flush()
    assert notice.isHidden()
    assert (folder / "family-lists.json").exists()

    (folder / "family-lists.json").unlink()
    folder.rmdir()
    folder.write_text("in the way again")
    _tick_bank(builder, "treatment-start")
    guide.lists_model.flush()
    assert notice.isVisible() and "cannot be saved" in notice.text()


def test_a_second_guide_open_at_once_shows_the_lists_and_saves_nothing(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    first = open_guide()
    _tick_bank(_builder(first), "relapse-where")
    first.lists_model.flush()

    second = open_guide()  # the family opened the guide again from the menu
    assert second.window.notice_bar.isVisible()
    assert "already open in another window" in second.window.notice_bar.text()
    assert _list_texts(_builder(second)) == _list_texts(_builder(first))
    _tick_bank(_builder(second), "treatment-start")
    second.lists_model.flush()
    second.lists_model.clear()  # "Clear my lists" in the second window removes nothing saved

    _tick_bank(_builder(first), "treatment-choices")
    first.lists_model.flush()
    saved = JsonFileStore(default_lists_path()).load().lists
    assert [item.id for item in saved.questions.items] == ["relapse-where", "treatment-choices"]


def test_save_as_pdf_prints_the_questions_in_order_the_symptoms_and_hostile_text_escaped(
    open_guide: Callable[..., Guide], tmp_path: Path, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    builder = _builder(guide)
    _tick_bank(builder, "relapse-where")
    builder.own_text.setPlainText(HOSTILE)
    builder.add_button.click()
    builder.child_name.setText("Ana")
    builder.child_name.textEdited.emit("Ana")
    row = _checklist(guide).row("fever")
    row.tick.setChecked(True)
    row.note.setText("38.4 at night")
    row.note.textEdited.emit("38.4 at night")

    pdf = guide.sheet_actions.save_pdf(tmp_path / "sheet.pdf")
    assert pdf is not None
    text = pdf_text(pdf)
    first = builder.bank.get("relapse-where").text
    assert text.index(f"1. {first}") < text.index("2. <script>alert('x')</script>")
    assert "<b>bold</b>" in text
    assert "Ana" in text
    assert "Symptoms we have noticed" in text and "Fever" in text and "38.4 at night" in text
    assert "not medical advice" in text


def test_print_preview_opens_and_paints_the_sheet(open_guide: Callable[..., Guide], qtbot) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    painted: list[bool] = []
    dialog = guide.sheet_actions.preview()
    dialog.paintRequested.connect(lambda printer: painted.append(True))
    qtbot.waitUntil(dialog.isVisible)
    dialog.findChild(QWidget)  # the preview widget exists
    from PySide6.QtPrintSupport import QPrintPreviewWidget

    preview = dialog.findChild(QPrintPreviewWidget)
    preview.updatePreview()
    assert painted and preview.pageCount() >= 1
    dialog.close()


def test_every_control_of_the_family_tools_has_an_accessible_name(
    open_guide: Callable[..., Guide],
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    for widget in (_checklist(guide), _builder(guide)):
        widget.window().show()
        for row in getattr(widget, "rows", []):
            row.tick.setChecked(True)
        controls = widget.findChildren(QAbstractButton) + widget.findChildren(QLineEdit)
        unnamed = [
            c.objectName() or type(c).__name__
            for c in controls
            if c.isVisibleTo(widget)
            and not (c.accessibleName() or getattr(c, "text", lambda: "")())
        ]
        assert unnamed == []


def test_saved_file_is_json_with_a_schema_version(open_guide: Callable[..., Guide]) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    _tick_bank(_builder(guide), "relapse-where")
    guide.lists_model.flush()
    data = json.loads(default_lists_path().read_text(encoding="utf-8"))
    assert data["schema"] == SCHEMA_VERSION
    assert "relapse-where" in json.dumps(data["questions"])


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A forgotten modal dialog would hang a headless run; fail instead."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a modal message box was opened")

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, refuse)


def test_the_checklist_labels_grow_when_the_text_size_changes(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    checklist = _checklist(guide)
    # The urgency and what-to-do lines have style sheets, which keep a widget's font unless
    # the window passes the new one on.
    styled = [label for label in checklist.findChildren(QLabel) if label.styleSheet()]
    assert len(styled) >= 2 * 20  # two per symptom
    normal = styled[0].font().pointSizeF()
    guide.window.settings.set_text_scale(150)
    assert [label.font().pointSizeF() for label in styled] == [normal * 1.5] * len(styled)


@pytest.mark.parametrize("tool_id", [CHECKLIST, QUESTIONS])
def test_at_200_percent_text_the_tools_fit_a_1024_by_768_kiosk_screen(
    open_guide: Callable[..., Guide], qtbot, tool_id: str
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    guide.window.resize(1024, 768)
    normal = guide.window.font().pointSizeF()
    guide.window.settings.set_text_scale(200)
    guide.window.show_section(tool_id)
    qtbot.waitUntil(lambda: guide.window.tool(tool_id).isVisible())
    hint = guide.window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768
    qtbot.waitUntil(lambda: guide.window.width() == 1024)
    # Nothing is cut off or squeezed: the tool fits the area that shows it, and every part of
    # it has at least the width its contents need.
    tool = guide.window.tool(tool_id)
    viewport = tool.parentWidget()
    qtbot.waitUntil(lambda: tool.font().pointSizeF() == pytest.approx(normal * 2))
    qtbot.waitUntil(lambda: tool.width() <= viewport.width())

    def squeezed() -> list[str]:
        return [
            f"{type(part).__name__} {part.width()} < {part.minimumSizeHint().width()}"
            for part in tool.findChildren(QWidget)
            if part.isVisible()
            and part.layout() is not None
            and part.width() < part.minimumSizeHint().width()
        ]

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(lambda: not squeezed(), timeout=2000)  # layouts settle after resizing
    assert squeezed() == []


def test_the_save_as_pdf_button_asks_where_and_writes_the_file(
    open_guide: Callable[..., Guide], tmp_path: Path, monkeypatch, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "our questions"  # the family typed no ".pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    builder = _builder(open_guide())
    _tick_bank(builder, "relapse-where")
    builder.pdf_button.click()
    saved = target.with_name("our questions.pdf")
    assert saved.exists()
    assert builder.bank.get("relapse-where").text in pdf_text(saved)


def test_cancelling_the_save_dialog_writes_nothing(
    open_guide: Callable[..., Guide], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    guide = open_guide()
    _builder(guide).pdf_button.click()
    assert guide.sheet_actions.last_pdf is None


def test_print_goes_through_the_print_dialog_to_the_chosen_printer(
    open_guide: Callable[..., Guide], tmp_path: Path, monkeypatch, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    output = tmp_path / "printed.pdf"

    def choose_a_pdf_printer(dialog: QPrintDialog) -> int:
        # What a family does in the dialog: pick a printer (here "Print to file") and OK.
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(output))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", choose_a_pdf_printer)
    builder = _builder(open_guide())
    _tick_bank(builder, "relapse-where")
    builder.print_button.click()
    assert builder.bank.get("relapse-where").text in pdf_text(output)


def test_a_long_note_and_many_ticks_keep_the_guide_running_and_everything_kept(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    # Each key and tick makes dozens of Qt calls; a binding that leaks a reference per call
    # (PySide6 6.12.0 on Python 3.11) aborts the interpreter part way through this.
    guide = open_guide()
    row = _checklist(guide).row("fever")
    row.tick.setChecked(True)
    note = ("Fever 38.4 at night, shivering, tired. " * 13)[:500]
    qtbot.keyClicks(row.note, note)
    builder = _builder(guide)
    question_ids = [q.id for q in builder.bank.questions]
    ticks = (question_ids * 2)[:60]  # every question once, then some of them off again
    for question_id in ticks:
        _toggle_bank(builder, question_id)
    assert row.note.text() == note
    assert guide.lists_model.lists.checklist.entry("fever").note == note
    expected = question_ids[len(ticks) - len(question_ids) :]
    assert [item.id for item in guide.lists_model.lists.questions.items] == expected
    assert builder.chosen.count() == len(expected)


def test_a_full_list_says_so_and_takes_a_question_again_after_one_is_removed(
    open_guide: Callable[..., Guide],
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    builder = _builder(guide)
    for n in range(MAX_QUESTIONS):
        guide.lists_model.add_own_question(f"Question {n}?")
    builder.own_text.setPlainText("One more?")
    assert not builder.add_button.isEnabled()
    assert "as many as it can" in builder.own_counter.text()
    builder.chosen.setCurrentRow(0)
    builder.remove_button.click()
    assert builder.add_button.isEnabled()
    builder.add_button.click()
    assert _list_texts(builder)[-1] == f"{MAX_QUESTIONS}. One more?"


def test_lists_from_a_newer_guide_are_left_alone_and_the_family_is_told(
    open_guide: Callable[..., Guide],
) -> None:  # type: ignore[no-untyped-def]
    path = default_lists_path()
    path.parent.mkdir(parents=True)
    path.write_text('{"schema": 99, "lists": "from a newer guide"}', encoding="utf-8")
    guide = open_guide()
    assert "made by a newer version of the guide" in guide.window.notice_bar.text()
    assert "family-lists.json" in guide.window.notice_bar.text()
    guide.lists_model.set_seen("fever", True)
    guide.lists_model.flush()
    assert path.read_text(encoding="utf-8") == '{"schema": 99, "lists": "from a newer guide"}'


def test_the_care_team_card_is_kept_comes_back_and_prints_on_the_sheet(
    open_guide: Callable[..., Guide], tmp_path: Path, qtbot, pdf_text
) -> None:  # type: ignore[no-untyped-def]
    from guide_app.ui.care_team_card import CareTeamCard

    guide = open_guide()
    guide.window.show_section("help-by-phone")
    card = guide.window.page("help-by-phone").extra
    assert isinstance(card, CareTeamCard)
    qtbot.keyClicks(card.fields["phone"], "555-0100")
    qtbot.keyClicks(card.fields["fever_number"], "100.4 F")
    assert all(field.accessibleName() for field in card.fields.values())
    pdf = guide.sheet_actions.save_pdf(tmp_path / "sheet.pdf")
    text = pdf_text(pdf)
    assert "Day and night phone: 555-0100" in text
    assert "Our fever number: 100.4 F" in text
    assert "When to call" in text and "Call emergency services" in text
    guide.window.close()
    guide.lists_model.close()  # as quitting does

    again = open_guide()
    again.window.show_section("help-by-phone")
    card = again.window.page("help-by-phone").extra
    assert card.fields["phone"].text() == "555-0100"


def test_a_long_symptom_name_wraps_and_a_tap_on_it_ticks_the_box(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    guide.window.resize(1024, 768)
    guide.window.settings.set_text_scale(200)
    checklist = _checklist(guide)
    row = max(checklist.rows, key=lambda r: len(r.symptom.name))
    qtbot.waitUntil(lambda: row.name.isVisible() and row.name.width() > 0)
    # The whole name is inside the row (it wraps instead of running past the edge).
    assert row.name.geometry().right() <= row.contentsRect().right()
    assert row.name.heightForWidth(row.name.width()) <= row.name.height()
    qtbot.mouseClick(row.name, Qt.MouseButton.LeftButton)
    assert row.tick.isChecked()
    assert guide.lists_model.lists.checklist.entry(row.symptom.id).seen


def test_take_your_questions_home_shows_the_list_as_a_code(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    from qr_decode import decoded

    from guide_app.ui.qr_handoff import QrHandoffDialog

    guide = open_guide()
    builder = _builder(guide)
    _tick_bank(builder, "relapse-where")
    guide.lists_model.add_own_question("¿Puede venir la abuela?")
    builder.take_home_button.click()
    dialog = guide.window.findChild(QrHandoffDialog)
    assert dialog is not None and dialog.fits
    qtbot.waitUntil(dialog.isVisible)
    text = decoded(dialog.grab().toImage())
    assert "1. Where in the body did the leukemia come back?" in text
    assert "2. ¿Puede venir la abuela?" in text
    dialog.reject()


def test_the_recommended_questions_go_on_the_list_with_one_tap(
    open_guide: Callable[..., Guide],
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    builder = _builder(guide)
    guide.lists_model.add_own_question("Our own first?")
    builder.recommended_button.click()
    builder.recommended_button.click()  # a second tap adds nothing twice
    defaults = [q.id for q in builder.bank.questions if q.default]
    ids = [item.id for item in guide.lists_model.lists.questions.items]
    assert defaults and ids[1:] == defaults  # after the family's own, in the bank's order


def test_the_date_calendar_opens_at_this_month_and_opening_it_sets_no_date(
    open_guide: Callable[..., Guide], qtbot
) -> None:  # type: ignore[no-untyped-def]
    guide = open_guide()
    checklist = _checklist(guide)
    row = checklist.rows[0]
    row.tick.setChecked(True)
    qtbot.waitUntil(row.date.isVisible)
    arrow = QPoint(row.date.width() - 8, row.date.height() // 2)
    qtbot.mouseClick(row.date, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = row.date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    calendar.window().close()
    assert row.date.text() == "No date"
    assert guide.lists_model.lists.checklist.entry(row.symptom.id).date is None
