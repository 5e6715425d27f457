"""A group's figures as horizontal bars, drawn with pyqtgraph in the app's colours and type.

Each bar is one figure, in date order from the top, its label and date above it and its
amount at its end; the axis below writes numbers as the reader's locale does. A click on a
bar (or its row) asks for the figure's card.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QSizePolicy

from explorer.ui.shell.theme import PALETTE

BAR_THICKNESS = 0.42
"""Of the unit of height each row has: the rest is the label above the bar and air."""
VALUE_ROOM = 1.22
"""How far past the longest bar the axis runs, leaving room for its amount."""
TICK_PX = 110


@dataclass(frozen=True)
class Bar:
    card: str
    label: str
    value: float
    amount: str
    """The value as written at the bar's end, with its unit."""


@dataclass(frozen=True)
class ChartLook:
    row_px: int
    font: QFont
    colour: str


class _LocaleAxis(pg.AxisItem):
    """An axis whose numbers are written as ``locale`` writes them."""

    def __init__(self, locale: QLocale):
        super().__init__("bottom")
        self.locale = locale
        self.enableAutoSIPrefix(False)

    def tickSpacing(self, minVal, maxVal, size):
        """One level of round steps (1, 2 or 5 times a power of ten), about every
        ``TICK_PX`` pixels: a chart of a few bars needs no minor ticks."""
        span = maxVal - minVal
        if span <= 0 or size <= 0:
            return super().tickSpacing(minVal, maxVal, size)
        rough = span / max(1.0, size / TICK_PX)
        power = 10 ** math.floor(math.log10(rough))
        step = next(m * power for m in (1, 2, 5, 10) if m * power >= rough)
        return [(step, 0)]

    def tickStrings(self, values, scale, spacing):
        step = spacing * scale
        decimals = max(0, -math.floor(math.log10(step))) if step > 0 else 0
        return [self.locale.toString(float(value * scale), "f", decimals) for value in values]


class _Bars(pg.BarGraphItem):
    """The bars, which say which one (by row) was clicked."""

    def __init__(self, on_click: Callable[[int], None], **options):
        super().__init__(**options)
        self.on_click = on_click

    def mouseClickEvent(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        event.accept()
        self.on_click(round(event.pos().y()))


class BarChart(pg.PlotWidget):
    bar_clicked = Signal(str)
    """The card id of the bar clicked."""

    def __init__(self, bars: Sequence[Bar], locale: QLocale, look: ChartLook, parent=None):
        super().__init__(
            parent, background=PALETTE.surface, axisItems={"bottom": _LocaleAxis(locale)}
        )
        self.bars = list(bars)
        self.look = look
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.setFrameShape(self.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.invertY(True)
        self._style_axis(plot.getAxis("bottom"))
        self._draw(plot)

    def _style_axis(self, axis: pg.AxisItem) -> None:
        axis.setPen(pg.mkPen(PALETTE.line, width=1))
        axis.setTextPen(pg.mkPen(PALETTE.muted))
        tick_font = QFont(self.look.font)
        tick_font.setPointSizeF(self.look.font.pointSizeF() * 0.9)
        axis.setTickFont(tick_font)
        axis.setStyle(tickLength=-6, tickTextOffset=6)

    def _draw(self, plot: pg.PlotItem) -> None:
        rows = range(len(self.bars))
        values = [bar.value for bar in self.bars]
        colour = QColor(self.look.colour)
        plot.addItem(
            _Bars(
                self._clicked,
                x0=[0.0] * len(values),
                width=values,
                y=list(rows),
                height=BAR_THICKNESS,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen(None),
            )
        )
        ink, muted = QColor(PALETTE.ink), QColor(PALETTE.muted)
        bold = QFont(self.look.font)
        bold.setWeight(QFont.Weight.DemiBold)
        for row, bar in zip(rows, self.bars, strict=True):
            label = pg.TextItem(bar.label, color=muted, anchor=(0, 1))
            label.setFont(self.look.font)
            label.setPos(0, row - BAR_THICKNESS / 2 - 0.02)
            amount = pg.TextItem(bar.amount, color=ink, anchor=(0, 0.5))
            amount.setFont(bold)
            amount.setPos(max(bar.value, 0), row)
            plot.addItem(label)
            plot.addItem(amount)
        low = min([0.0, *values])
        high = max([0.0, *values])
        plot.setXRange(low * VALUE_ROOM, high * VALUE_ROOM or 1.0, padding=0)
        plot.setYRange(-0.85, len(self.bars) - 0.45, padding=0)

    def _clicked(self, row: int) -> None:
        if 0 <= row < len(self.bars):
            self.bar_clicked.emit(self.bars[row].card)

    def bar_centre(self, row: int):
        """Where the middle of ``row``'s bar is, in this widget's coordinates (for tests and
        for the accessibility of a pointer)."""
        bar = self.bars[row]
        scene = self.getPlotItem().vb.mapViewToScene(pg.Point(bar.value / 2, row))
        return self.mapFromScene(scene)

    def sizeHint(self) -> QSize:
        return QSize(480, self.look.row_px * len(self.bars) + 2 * self.look.row_px // 3 + 30)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())
