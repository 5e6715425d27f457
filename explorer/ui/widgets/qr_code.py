"""A QR code of a text, made offline with segno and painted module by module, with a caption.

Nothing is fetched: segno computes the code's matrix here, and the widget draws its dark
modules as squares on a white ground with the standard quiet zone of four modules around.
"""

from __future__ import annotations

import segno
from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from explorer.ui.widgets.plain_text import plain_tooltip
from explorer.ui.widgets.text_lines import fit_lines
from explorer.ui.widgets.wrapping_label import WrappingLabel

QUIET_ZONE = 4
"""Light modules around the code, as the QR standard asks, so a phone finds its edges."""
CAPTION_LINES = 3
"""A long source title is cut to three lines, so that every code of a row lines up and the
second row is not pushed out of sight."""
DARK = "#000000"
LIGHT = "#ffffff"


def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The code's modules, row by row, True for dark (no quiet zone); error correction at
    least "M" (segno raises it while the code keeps its size), for a smudged screen."""
    if not text:
        raise ValueError("a QR code needs a text to hold")
    code = segno.make(text, error="m")
    return tuple(tuple(bool(module) for module in row) for row in code.matrix)


class QrCodePicture(QWidget):
    """The painted code alone: square, every module the same whole number of pixels where
    the size allows, centred."""

    def __init__(self, text: str, side: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.text = text
        self.matrix = qr_matrix(text)
        self.setFixedSize(side, side)
        self.setAccessibleName(text)
        self.setToolTip(plain_tooltip(text))

    @property
    def modules(self) -> int:
        """Modules on a side, the quiet zone included."""
        return len(self.matrix) + 2 * QUIET_ZONE

    def module_rect(self) -> QRectF:
        """Where the code and its quiet zone are drawn: whole pixels a module, centred."""
        module = max(1, min(self.width(), self.height()) // self.modules)
        side = module * self.modules
        return QRectF((self.width() - side) // 2, (self.height() - side) // 2, side, side)

    def sizeHint(self) -> QSize:
        return self.size()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        area = self.module_rect()
        painter.fillRect(self.rect(), QColor(LIGHT))
        module = area.width() / self.modules
        dark = QColor(DARK)
        for row, cells in enumerate(self.matrix):
            y = area.top() + (row + QUIET_ZONE) * module
            for column, is_dark in enumerate(cells):
                if is_dark:
                    x = area.left() + (column + QUIET_ZONE) * module
                    painter.fillRect(QRectF(x, y, module, module), dark)


class QrCode(QWidget):
    """A code of ``text`` above its caption (plain text, wrapped to the code's width, at
    most three lines, the last elided; the full caption is the accessible name)."""

    def __init__(self, text: str, caption: str, side: int = 220, parent: QWidget | None = None):
        super().__init__(parent)
        self.full_caption = caption
        self.picture = QrCodePicture(text, side, self)
        self.caption = WrappingLabel(caption, self)
        self.caption.setObjectName("qrCaption")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.caption.setFixedWidth(side)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.caption, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(caption)
        self.caption.setAccessibleName(caption)
        self._fit_caption()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_caption()

    def showEvent(self, event) -> None:
        # Polished by now: the caption has its final type (a kiosk's style sheet makes it larger).
        self._fit_caption()
        super().showEvent(event)

    def _fit_caption(self) -> None:
        width = self.caption.width() - 2  # a hair narrower than the label, so nothing rewraps
        fitted = fit_lines(self.full_caption, self.caption.font(), width, CAPTION_LINES)
        self.caption.setText("\n".join(fitted.lines) or self.full_caption)
        self.caption.setWordWrap(
            False
        )  # the lines are broken already; wrapping again would add some
