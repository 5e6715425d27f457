"""Colours, fonts and the style sheet: a warm neutral ground with accents from the two flags."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from explorer.store.locations import ASSETS

SANS = "Noto Sans"
SERIF = "Noto Serif"
BASE_POINT_SIZE = 10.5  # the application font: explicit point sizes are chosen against it


class Palette:
    """The interface's colours, by what they are for: constants, read and never set (a
    plain class: a data class would cost every start its generated methods, unused here)."""

    ground = "#f6f1e7"
    surface = "#fffdf8"
    rail = "#efe7d8"
    ink = "#2b2520"
    muted = "#6f655b"
    line = "#e2d8c6"
    sky = "#00a3bd"
    sky_deep = "#00758a"
    gold = "#e0aa00"
    green = "#00804a"
    red = "#c1272d"
    notice = "#fbefc9"  # a pale gold ground for notices, with a dark gold ink
    notice_ink = "#5c4500"
    notice_line = "#ecd48a"
    focus = "#00758a"  # the keyboard focus ring: 3:1 or more against ground and surface


PALETTE = Palette()


def load_fonts() -> list[str]:
    """Register the bundled fonts; returns the families that loaded."""
    families = []
    for path in sorted((ASSETS / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return families


def font(size: float, *, serif: bool = False, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    result = QFont(SERIF if serif else SANS)
    result.setPointSizeF(size)
    result.setWeight(weight)
    return result


def text_scale(reference: QFont) -> float:
    """How much larger ``reference`` is than the base font (1.0 when it is the base font)."""
    size = reference.pointSizeF()
    return size / BASE_POINT_SIZE if size > 0 else 1.0


def scaled_font(
    reference: QFont,
    size: float,
    *,
    serif: bool = False,
    weight: QFont.Weight = QFont.Weight.Normal,
) -> QFont:
    """``font(size)`` grown or shrunk with ``reference``, e.g. a widget's inherited font, so
    explicit sizes follow larger kiosk type and stay exactly ``size`` at the base font."""
    return font(size * text_scale(reference), serif=serif, weight=weight)


def contrast_ratio(first: str | QColor, second: str | QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black on white)."""

    def luminance(colour: str | QColor) -> float:
        channels = []
        for value in QColor(colour).getRgbF()[:3]:
            linear = value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4
            channels.append(linear)
        red, green, blue = channels
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def focus_ring_on(colour: str) -> str:
    """The focus ring for a control filled with ``colour``: the focus colour, or ink where
    the focus colour would hardly show against the fill."""
    return max((PALETTE.focus, PALETTE.ink), key=lambda ring: contrast_ratio(ring, colour))


def apply_theme(app: QApplication) -> None:
    load_fonts()
    app.setFont(font(BASE_POINT_SIZE))
    palette = app.palette()
    p = PALETTE
    for role, colour in (
        (QPalette.ColorRole.Window, p.ground),
        (QPalette.ColorRole.Base, p.surface),
        (QPalette.ColorRole.AlternateBase, p.rail),
        (QPalette.ColorRole.Text, p.ink),
        (QPalette.ColorRole.WindowText, p.ink),
        (QPalette.ColorRole.ButtonText, p.ink),
        (QPalette.ColorRole.Button, p.surface),
        (QPalette.ColorRole.Highlight, p.sky_deep),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.PlaceholderText, p.muted),
        (QPalette.ColorRole.Link, p.sky_deep),
        (QPalette.ColorRole.ToolTipBase, p.ink),
        (QPalette.ColorRole.ToolTipText, p.surface),
    ):
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.setStyleSheet(STYLE_SHEET)


STYLE_SHEET = f"""
QMainWindow, QWidget#page {{ background: {PALETTE.ground}; }}
QWidget#rail {{ background: {PALETTE.rail}; border-right: 1px solid {PALETTE.line}; }}
QToolButton#railButton {{
    border: none; border-radius: 12px; padding: 10px 4px; margin: 2px 8px;
    color: {PALETTE.ink}; font-size: 9.5pt;
}}
QToolButton#railButton:hover {{ background: {PALETTE.line}; }}
QToolButton#railButton:checked {{ background: {PALETTE.surface}; color: {PALETTE.sky_deep};
    font-weight: 600; }}
QToolButton#railButton:disabled {{ color: #a89e92; }}
QToolButton#railButton:focus {{ outline: none; border: 2px solid {PALETTE.focus}; }}
QLineEdit#search {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 20px;
    padding: 8px 16px; font-size: 11pt; min-height: 22px;
}}
QLineEdit#search:focus {{ border: 2px solid {PALETTE.focus}; padding: 7px 15px; }}
QToolButton#navButton {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 19px;
    min-width: 38px; min-height: 38px; font-size: 14pt; color: {PALETTE.ink};
}}
QToolButton#navButton:hover {{ border-color: {PALETTE.sky}; }}
QToolButton#navButton:focus {{ border: 2px solid {PALETTE.focus}; }}
QToolButton#navButton:disabled {{ color: #c4b9aa; }}
QPushButton#chip {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 15px;
    padding: 5px 14px; color: {PALETTE.ink};
}}
QPushButton#chip:hover {{ border-color: {PALETTE.muted}; }}
QPushButton#chip:focus {{ border: 2px solid {PALETTE.focus}; padding: 4px 13px; }}
QComboBox#language {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 19px;
    padding: 6px 14px; min-height: 24px;
}}
QComboBox#language:focus {{ border: 2px solid {PALETTE.focus}; }}
QComboBox#language QAbstractItemView {{
    background: {PALETTE.surface}; color: {PALETTE.ink}; border: 1px solid {PALETTE.line};
    selection-background-color: {PALETTE.sky_deep}; selection-color: #ffffff; outline: none;
}}
QComboBox#language QAbstractItemView::item {{ padding: 6px 12px; }}
QComboBox#language::drop-down {{ border: none; width: 30px; }}
QComboBox#language::down-arrow {{ image: url({(ASSETS / "icons" / "chevron-down.svg").as_posix()});
    width: 12px; height: 8px; }}
QListView#cardGrid {{ background: {PALETTE.ground}; border: none; }}
QScrollArea#detailScroll {{ background: {PALETTE.ground}; border: 2px solid transparent; }}
QScrollArea#detailScroll:focus {{ border-color: {PALETTE.focus}; }}
QPushButton#activeFilter {{
    background: #d8eef2; border: 1px solid #a9d6df; border-radius: 13px;
    padding: 3px 12px; color: {PALETTE.ink};
}}
QPushButton#activeFilter:hover {{ background: {PALETTE.surface}; border-color: {PALETTE.sky}; }}
QPushButton#activeFilter:focus {{ border: 2px solid {PALETTE.focus}; padding: 2px 11px; }}
QGraphicsView#timelineView {{ border: 2px solid transparent; }}
QGraphicsView#timelineView:focus {{ border-color: {PALETTE.focus}; }}
QWidget#detailColumn {{ background: {PALETTE.ground}; }}
QLabel#eyebrow {{ color: {PALETTE.muted}; letter-spacing: 1px; font-size: 9pt; font-weight: 600; }}
QLabel#muted {{ color: {PALETTE.muted}; }}
QLabel#notice {{ background: {PALETTE.notice}; color: {PALETTE.notice_ink}; border-radius: 8px;
    padding: 6px 10px; }}
QFrame#noticeBar {{ background: {PALETTE.notice}; border-bottom: 1px solid {PALETTE.notice_line}; }}
QLabel#noticeText {{ background: transparent; color: {PALETTE.notice_ink}; }}
QToolButton#noticeClose {{
    background: transparent; border: none; border-radius: 15px; min-width: 30px; min-height: 30px;
    color: {PALETTE.notice_ink}; font-size: 13pt;
}}
QToolButton#noticeClose:hover {{ background: {PALETTE.notice_line}; }}
QToolButton#noticeClose:focus {{ border: 2px solid {PALETTE.sky_deep}; }}
QLabel#sectionTitle {{ color: {PALETTE.ink}; font-size: 13pt; font-weight: 600; }}
QPushButton#relatedCard {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 12px;
    padding: 10px 14px; text-align: left; color: {PALETTE.ink};
}}
QPushButton#relatedCard:hover {{ border-color: {PALETTE.sky}; }}
QPushButton#relatedCard:focus {{ border: 2px solid {PALETTE.focus}; }}
QLabel#resultCount {{ color: {PALETTE.muted}; }}
QTreeView#placeTree {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.ground}; border-radius: 10px;
    padding: 4px;
}}
QTreeView#placeTree:focus {{ border: 2px solid {PALETTE.focus}; }}
QTreeView#placeTree::item {{ padding: 6px 4px; }}
QListView#timelineList {{
    background: {PALETTE.surface}; border: 2px solid {PALETTE.line}; border-radius: 12px;
    padding: 5px; font-size: 11pt;
}}
QListView#timelineList:focus {{ border-color: {PALETTE.focus}; }}
QListView#timelineList::item {{ padding: 9px 12px; border-bottom: 1px solid {PALETTE.ground}; }}
QListView#timelineList::item:selected {{ background: #d8eef2; color: {PALETTE.ink};
    border-left: 4px solid {PALETTE.sky}; }}
QLineEdit#yearBox {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 15px;
    padding: 5px 9px; max-width: 80px;
}}
QLineEdit#yearBox:focus {{ border: 2px solid {PALETTE.focus}; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar::handle:vertical {{ background: #cfc3af; border-radius: 4px; min-height: 40px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ height: 0; }}
"""
