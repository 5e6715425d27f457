"""Take it home: the addresses of a card's or a story's sources as QR codes, laid over the
window, so a visitor at a kiosk keeps them on their phone. Sources without an address give
no code."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from explorer.domain.entities import Source
from explorer.ui.shell.theme import PALETTE, font
from explorer.ui.widgets.flow_layout import FlowLayout
from explorer.ui.widgets.qr_code import QrCode
from explorer.ui.widgets.wrapping_label import WrappingLabel

CODE_SIDE = 220
COLUMNS = 3
SPACING = 24
CAPTION_ROOM = 90  # three lines of a source's title under its code
SCROLL_BAR = 24


def sources_with_addresses(sources: Sequence[Source]) -> list[Source]:
    """The sources a code can be made of: those with an address, each address once."""
    seen: set[str] = set()
    kept = []
    for source in sources:
        url = (source.url or "").strip()
        if url and url not in seen:
            seen.add(url)
            kept.append(source)
    return kept


def panel_host(widget: QWidget) -> QWidget:
    """What a panel opened from ``widget`` covers: the explorer's main window, which a
    kiosk holds as a child (a reset then closes the panel with the visit), else the window."""
    while widget is not None and not isinstance(widget, QMainWindow):
        widget = widget.parentWidget()
    return widget


def close_take_home_panels(host: QWidget) -> None:
    for panel in host.findChildren(TakeHomePanel):
        panel.close()


class TakeHomePanel(QFrame):
    """Covers ``host`` (a window) with a dimmed ground and, on a card in its middle, a code
    for each source's address; "Close", Escape or a touch beside the card closes it."""

    def __init__(self, host: QWidget, heading: str, sources: Sequence[Source]):
        super().__init__(host)
        self.setObjectName("takeHome")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(
            "QFrame#takeHome { background: rgba(43, 37, 32, 150); }"
            f"QFrame#takeHomeCard {{ background: {PALETTE.surface}; border-radius: 14px; }}"
        )
        self.sources = sources_with_addresses(sources)
        card = QFrame(self)
        card.setObjectName("takeHomeCard")
        columns = max(1, min(COLUMNS, len(self.sources)))
        rows = -(-len(self.sources) // columns)
        card.setFixedWidth(columns * CODE_SIDE + (columns - 1) * SPACING + 2 * 40 + SCROLL_BAR)
        column = QVBoxLayout(card)
        column.setContentsMargins(40, 32, 40, 28)
        column.setSpacing(12)
        title = WrappingLabel(self.tr("Scan to keep the sources"), card)
        title.setFont(font(22, serif=True))
        title.setAccessibleName(title.text())
        column.addWidget(title)
        subtitle = WrappingLabel(heading, card)
        subtitle.setObjectName("muted")
        column.addWidget(subtitle)
        codes = QWidget(card)
        codes.setObjectName("takeHomeCodes")
        flow = FlowLayout(codes, spacing=SPACING)
        self.codes: list[QrCode] = []
        for source in self.sources:
            code = QrCode(source.url.strip(), source.title, CODE_SIDE, codes)
            flow.addWidget(code)
            self.codes.append(code)
        scroll = QScrollArea(card)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(codes)
        shown_rows = max(1, min(rows, 2))  # more rows scroll
        scroll.setFixedHeight(shown_rows * (CODE_SIDE + CAPTION_ROOM) + (shown_rows - 1) * SPACING)
        scroll.setStyleSheet("QScrollArea, QWidget#takeHomeCodes { background: transparent; }")
        scroll.viewport().setAutoFillBackground(False)
        column.addWidget(scroll, 1)
        self.scroll = scroll
        if not self.sources:
            empty = WrappingLabel(self.tr("None of these sources has an address to keep."), card)
            column.addWidget(empty)
        self.close_button = QPushButton(self.tr("Close"), card)
        self.close_button.setObjectName("chip")
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        column.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 50, 60, 50)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignCenter)
        self.card = card
        self.setAccessibleName(self.tr("Scan to keep the sources"))
        self.setGeometry(host.rect())
        host.installEventFilter(self)

    def open(self) -> None:
        self.raise_()
        self.show()
        self.close_button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.setGeometry(self.parentWidget().rect())
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event) -> None:
        if not self.card.geometry().contains(event.position().toPoint()):
            self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
