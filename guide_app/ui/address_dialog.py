"""Shows a web address instead of opening it: the guide works offline and opens nothing itself.

On a kiosk the address is also a QR code, which a family scans to open the page on their own
phone (nothing is sent from the kiosk), and the address is plain text (nothing to select or drag).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from guide_app.ui.languages import Retranslated


class AddressDialog(Retranslated, QDialog):
    def __init__(self, address: str, parent: QWidget | None = None, *, as_qr: bool = False) -> None:
        super().__init__(parent)
        self.address = address
        self.as_qr = as_qr
        self._explanation = QLabel(self)
        self._explanation.setWordWrap(True)
        self._explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.code: QLabel | None = None
        self._address: QLineEdit | QLabel
        if as_qr:
            from guide_app.core.handoff_text import TooLongForOneQrError
            from guide_app.ui.qr_handoff import show_code

            self.code = QLabel(self)
            try:
                show_code(self.code, address)
            except TooLongForOneQrError:  # no address of ours is that long; say it in words
                self.code.setVisible(False)
            self._address = QLabel(address, self)
            self._address.setTextFormat(Qt.TextFormat.PlainText)
            self._address.setWordWrap(True)
            self._address.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        else:
            # A read-only line edit: the address can be selected and copied, and is read aloud.
            line = QLineEdit(address, self)
            line.setReadOnly(True)
            line.setCursorPosition(0)
            self._address = line
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)
        for button in self._buttons.buttons():
            button.setMinimumHeight(44)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation)
        if self.code is not None:
            layout.addWidget(self.code, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self._address)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Web address"))
        if self.as_qr:
            self._explanation.setText(
                self.tr(
                    "This guide works without the internet and does not open web pages. "
                    "To read this page on your own phone, scan the code with its camera, or "
                    "type the address below into its web browser."
                )
            )
        else:
            self._explanation.setText(
                self.tr(
                    "This guide works without the internet and does not open web pages. "
                    "To read this page, type the address below into a web browser on your "
                    "phone or computer."
                )
            )
        if self.code is not None:
            self.code.setAccessibleName(self.tr("QR code of the web address"))
        self._address.setAccessibleName(self.tr("Web address"))
