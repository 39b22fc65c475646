"""Reading a QR code on screen as a phone's camera would: decoded with zxing-cpp."""

from __future__ import annotations

import numpy as np
import zxingcpp
from PySide6.QtGui import QImage


def grayscale(image: QImage) -> np.ndarray:
    """The image as rows of 8-bit gray values (each row cut from its padded scan line)."""
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    stride, height = image.bytesPerLine(), image.height()
    data = np.frombuffer(image.constBits(), dtype=np.uint8, count=stride * height)
    return data.reshape(height, stride)[:, : image.width()].copy()


def decoded(image: QImage) -> str:
    """The text of the one QR code in ``image`` (fails unless there is exactly one)."""
    results = zxingcpp.read_barcodes(grayscale(image))
    assert len(results) == 1
    assert results[0].format == zxingcpp.BarcodeFormat.QRCode
    return str(results[0].text)
