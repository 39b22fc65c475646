"""Qt draws every picture under resources/pictures: its SVG image plugin loads each one as a
non-null image (as QTextBrowser and the printed sheet load them) at the picture's own size, and
QSvgRenderer reads it without a warning about something it does not support."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from guide_app.resources import resources_root

SVG_FILES = sorted((resources_root() / "pictures").glob("*.svg"))


def test_there_are_pictures() -> None:
    assert SVG_FILES


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda path: path.name)
def test_picture_loads_as_an_image(qapp, path: Path) -> None:  # type: ignore[no-untyped-def]
    image = QImage(str(path))
    assert not image.isNull()
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert (image.width(), image.height()) == (
        renderer.defaultSize().width(),
        renderer.defaultSize().height(),
    )


@pytest.mark.parametrize("path", SVG_FILES, ids=lambda path: path.name)
def test_picture_draws_without_warnings(qapp, path: Path) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []

    def keep(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg:
            messages.append(message)

    previous = qInstallMessageHandler(keep)
    try:
        renderer = QSvgRenderer(str(path))
        size = renderer.defaultSize() * 2
        image = QImage(size, QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    finally:
        qInstallMessageHandler(previous)
    assert messages == []
    # Something was drawn: the picture is not one flat colour.
    colours = {
        image.pixel(x, y) for x in range(0, size.width(), 7) for y in range(0, size.height(), 7)
    }
    assert len(colours) > 2
