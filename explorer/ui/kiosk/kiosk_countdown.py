"""The "still there?" overlay: counts down to the reset unless a visitor touches the screen."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from explorer.ui.shell.theme import PALETTE, font

PANEL_WIDTH = 560
RING_PX = 132


class CountdownRing(QWidget):
    """The seconds left, inside a ring that empties as they run out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFixedSize(RING_PX, RING_PX)
        self.remaining = 0
        self.total = 1

    def set_time(self, remaining: int, total: int) -> None:
        self.remaining, self.total = remaining, max(1, total)
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ring = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        painter.setPen(QPen(QColor(PALETTE.line), 10))
        painter.drawEllipse(ring)
        pen = QPen(QColor(PALETTE.sky_deep), 10)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(ring, 90 * 16, round(360 * 16 * self.remaining / self.total))
        painter.setPen(QColor(PALETTE.ink))
        painter.setFont(font(34, weight=QFont.Weight.DemiBold))
        painter.drawText(
            self.rect(), Qt.AlignmentFlag.AlignCenter, QLocale().toString(self.remaining)
        )


class CountdownOverlay(QWidget):
    """Covers its parent with a veil and a panel. A touch anywhere, or "Keep exploring",
    emits ``kept``; when the seconds run out it emits ``expired``."""

    kept = Signal()
    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("countdownOverlay")
        self.seconds = seconds
        self.remaining = seconds
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)

        self.panel = QWidget(self)
        self.panel.setObjectName("countdownPanel")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.panel.setStyleSheet(
            f"QWidget#countdownPanel {{ background: {PALETTE.surface};"
            f" border-radius: 24px; border: 1px solid {PALETTE.line}; }}"
        )
        layout = QVBoxLayout(self.panel)
        layout.setContentsMargins(40, 36, 40, 36)
        layout.setSpacing(18)
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setFont(font(24, serif=True, weight=QFont.Weight.DemiBold))
        self.ring = CountdownRing()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setFont(font(14))
        self.message.setObjectName("muted")
        self.keep_button = QPushButton()
        self.keep_button.setObjectName("primary")
        self.keep_button.setFont(font(16, weight=QFont.Weight.DemiBold))
        self.keep_button.setMinimumHeight(72)
        self.keep_button.setStyleSheet(
            f"QPushButton {{ background: {PALETTE.sky_deep}; color: white; border: none;"
            " border-radius: 36px; padding: 0 40px; }"
        )
        self.keep_button.clicked.connect(self.keep)
        for widget in (self.title, self.ring, self.message):
            widget.setParent(self.panel)
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addSpacing(6)
        layout.addWidget(self.keep_button)
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.keep_button.setText(self.tr("Keep exploring"))
        self.keep_button.setAccessibleName(self.keep_button.text())
        self._show_remaining()

    def _show_remaining(self) -> None:
        self.message.setText(
            self.tr(
                "The explorer starts again for the next visitor in %n second(s).",
                "",
                self.remaining,
            )
        )
        self.ring.set_time(self.remaining, self.seconds)

    def start(self) -> None:
        self.remaining = self.seconds
        self.retranslate()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.keep_button.setFocus()
        self.ticker.start()

    def keep(self) -> None:
        self.ticker.stop()
        self.hide()
        self.kept.emit()

    def _tick(self) -> None:
        self.remaining -= 1
        self._show_remaining()
        if self.remaining <= 0:
            self.ticker.stop()
            self.hide()
            self.expired.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.keep()

    def resizeEvent(self, event) -> None:
        self.panel.setFixedWidth(PANEL_WIDTH)
        self.panel.adjustSize()
        self.panel.move(
            (self.width() - self.panel.width()) // 2, (self.height() - self.panel.height()) // 2
        )

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 16, 12, 150))
