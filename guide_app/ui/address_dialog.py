"""Shows a web address instead of opening it: the guide works offline and opens nothing itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from guide_app.ui.languages import Retranslated


class AddressDialog(Retranslated, QDialog):
    def __init__(self, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.address = address
        self._explanation = QLabel(self)
        self._explanation.setWordWrap(True)
        self._explanation.setTextFormat(Qt.TextFormat.PlainText)
        # A read-only line edit: the address can be selected and copied, and is read aloud.
        self._address = QLineEdit(address, self)
        self._address.setReadOnly(True)
        self._address.setCursorPosition(0)
        self._buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self._buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation)
        layout.addWidget(self._address)
        layout.addWidget(self._buttons)
        self.setMinimumWidth(480)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Web address"))
        self._explanation.setText(
            self.tr(
                "This guide works without the internet and does not open web pages. "
                "To read this page, type the address below into a web browser on your phone "
                "or computer."
            )
        )
        self._address.setAccessibleName(self.tr("Web address"))
