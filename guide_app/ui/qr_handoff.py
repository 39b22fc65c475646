"""The "Take your questions home" dialog: the family's list as a QR code of plain text, which they
scan with their own phone's camera. Nothing is sent anywhere; when the list is too long for one
code the dialog says so and offers printing instead (``print_instead``)."""

from __future__ import annotations

import io
import math
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from guide_app.core.handoff_text import fits_one_qr, handoff_qr
from guide_app.ui.heading_label import HeadingLabel
from guide_app.ui.languages import Retranslated

if TYPE_CHECKING:
    import segno  # loaded by handoff_qr() when a family asks for a code, not at start-up

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks
MIN_CODE_SIDE = 320  # px: the smallest code shown (a version 1 code still fills it)
MAX_CODE_SIDE = 640  # px: large on a kiosk, and the dialog still fits a laptop's screen
ROOM_FOR_TEXT = 320  # px of the screen's height kept for the heading, the words and the buttons
MIN_MODULE = 3  # px a module: less and a phone's camera struggles to read a screen
TOUCH_TARGET = 44  # px (WCAG 2.5.5, the kiosk's smallest control)


def qr_image(text: str, scale: int) -> QImage:
    """The code for ``text`` as an 8-bit grayscale image: black modules of ``scale`` px on white,
    with the quiet zone. Made in memory from segno's PNG; ``TooLongForOneQrError`` when the text
    does not fit in one code."""
    return _code_image(handoff_qr(text), scale)


def _code_image(code: segno.QRCode, scale: int) -> QImage:
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QUIET_ZONE, dark="#000", light="#fff")
    image = QImage.fromData(buffer.getvalue())  # a PNG: Qt knows it by its header
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def module_size(modules: int, screen_height: int) -> int:
    """Pixels a module for a code ``modules`` wide (quiet zone included): as large as the screen
    leaves room for, never below ``MIN_CODE_SIDE`` for the whole code or ``MIN_MODULE`` a module.
    Whole pixels, so every module is as sharp as the next."""
    target = max(MIN_CODE_SIDE, min(MAX_CODE_SIDE, screen_height - ROOM_FOR_TEXT))
    return max(MIN_MODULE, target // modules, math.ceil(MIN_CODE_SIDE / modules))


def show_code(label: QLabel, text: str) -> None:
    """Show ``text`` as a QR code in ``label``, as large as its screen leaves room for;
    ``TooLongForOneQrError`` when it does not fit in one code."""
    code = handoff_qr(text)
    modules = int(code.symbol_size(scale=1, border=QUIET_ZONE)[0])
    screen = label.screen() or QGuiApplication.primaryScreen()
    height = screen.availableGeometry().height() if screen is not None else 768
    scale = module_size(modules, height)
    # Drawn at the screen's own pixels, so a module stays sharp on a high-density screen.
    ratio = max(1, round(label.devicePixelRatioF()))
    pixmap = QPixmap.fromImage(_code_image(code, scale * ratio))
    pixmap.setDevicePixelRatio(ratio)
    label.setPixmap(pixmap)
    label.setFixedSize(modules * scale, modules * scale)


class QrHandoffDialog(Retranslated, QDialog):
    """Shows ``text`` (``handoff_text()``) as one large code, or, when it is too long, says so
    and offers to print the list instead. The text is made by the caller, in the language shown."""

    # The family asked to print the list because it does not fit in one code.
    print_instead = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = text
        self.fits = fits_one_qr(text)
        self._heading = HeadingLabel(1.3, self)
        self._heading.setWordWrap(True)
        self.code = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.print_button = QPushButton(self)
        self.print_button.setMinimumHeight(TOUCH_TARGET)
        self.print_button.clicked.connect(self._on_print)
        self.print_button.setVisible(not self.fits)
        self.close_button = QPushButton(self)
        self.close_button.setMinimumSize(TOUCH_TARGET * 2, TOUCH_TARGET)
        self.close_button.clicked.connect(self.reject)
        # The one thing to do next is the default: close after scanning, or print instead.
        (self.close_button if self.fits else self.print_button).setDefault(True)
        self.code.setVisible(self.fits)
        if self.fits:
            self._show_code()
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.code)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.setMinimumWidth(MIN_CODE_SIDE + 2 * TOUCH_TARGET)
        self._set_text_format(layout)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        title = self.tr("Take your questions home")
        self.setWindowTitle(title)
        self._heading.setText(title)
        if self.fits:
            message = self.tr(
                "Scan this with your phone's camera to take your questions home. "
                "Nothing is sent anywhere."
            )
        else:
            message = self.tr("Your list is too long for one code. Please print it instead.")
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.code.setAccessibleName(self.tr("QR code of your questions"))
        self.code.setAccessibleDescription(message)
        self.print_button.setText(self.tr("&Print my list"))
        self.print_button.setAccessibleName(self.tr("Print my list"))
        self.close_button.setText(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close"))

    def _show_code(self) -> None:
        show_code(self.code, self.text)

    def _set_text_format(self, layout: QVBoxLayout) -> None:
        # Qt.TextFormat is looked up here, not at import: the first lookup of QtCore.Qt builds
        # PySide6's whole namespace (pyproject.toml, TID253).
        from PySide6.QtCore import Qt

        for label in (self._heading, self.message):
            label.setTextFormat(Qt.TextFormat.PlainText)
        layout.setAlignment(self.code, Qt.AlignmentFlag.AlignHCenter)

    def _on_print(self) -> None:
        self.print_instead.emit()
        self.accept()
