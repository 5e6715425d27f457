"""The view's own style sheet: its panels on the app's warm ground, as the cards are."""

from __future__ import annotations

from explorer.ui.shell.theme import PALETTE


def style_sheet(scale: float) -> str:
    """``scale``: how much larger the type is (touch mode's is larger)."""
    p = PALETTE
    return f"""
QFrame#chartPanel {{ background: {p.surface}; border: 1px solid {p.line}; border-radius: 14px; }}
QWidget#chartSheet {{ background: {p.surface}; border-radius: 14px; }}
QWidget#chartSheet QLabel {{ background: transparent; }}
QLabel#chartTitle {{ color: {p.ink}; font-size: {12.5 * scale:.1f}pt; font-weight: 600; }}
QLabel#chartCaption {{ color: {p.muted}; font-size: {9 * scale:.1f}pt; }}
QLabel#pageTitle {{ color: {p.ink}; font-size: {20 * scale:.1f}pt; }}
QLabel#pageIntro {{ color: {p.muted}; font-size: {10.5 * scale:.1f}pt; }}
QLabel#emptyFigures {{ color: {p.muted}; font-size: {12 * scale:.1f}pt; }}
QWidget#bigNumber {{ border: 2px solid transparent; border-radius: 10px; }}
QWidget#bigNumber:focus {{ border-color: {p.focus}; }}
QScrollArea#chartScroll {{ background: {p.ground}; border: none; }}
QWidget#chartGrid {{ background: {p.ground}; }}
QTableWidget#figuresTable {{
    background: {p.surface}; alternate-background-color: {p.ground}; color: {p.ink};
    border: 2px solid {p.line}; border-radius: 12px; gridline-color: {p.line};
    font-size: {10.5 * scale:.1f}pt; selection-background-color: #d8eef2;
    selection-color: {p.ink};
}}
QTableWidget#figuresTable:focus {{ border-color: {p.focus}; }}
QTableWidget#figuresTable QHeaderView::section {{
    background: {p.rail}; color: {p.ink}; border: none; border-bottom: 1px solid {p.line};
    padding: 8px 10px; font-weight: 600;
}}
QTableWidget#figuresTable::item {{ padding: 6px 10px; }}
"""
