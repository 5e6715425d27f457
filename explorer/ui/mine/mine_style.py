"""The look of My collection's lists and note, in the colours of the window's theme."""

from __future__ import annotations

from explorer.ui.shell.theme import PALETTE


def mine_style() -> str:
    """Set on My collection's page and on a card's keeping row only, so its plain
    ``QPushButton`` rule reaches their buttons and no others."""
    return f"""
QPushButton {{
    background: {PALETTE.surface}; color: {PALETTE.ink}; border: 1px solid {PALETTE.line};
    border-radius: 15px; padding: 6px 16px; font-size: 10pt;
}}
QPushButton:hover {{ border-color: {PALETTE.sky}; }}
QPushButton:checked {{
    background: {PALETTE.notice}; color: {PALETTE.notice_ink}; border-color: {PALETTE.gold};
}}
QPushButton:disabled {{ color: {PALETTE.muted}; background: {PALETTE.ground}; }}
QPushButton:focus {{ border: 2px solid {PALETTE.focus}; padding: 5px 15px; }}
QPushButton::menu-indicator {{ subcontrol-position: right center; right: 10px; }}
QPushButton#addToCollection {{ padding-right: 30px; }}
QPushButton#addToCollection:focus {{ padding-right: 29px; }}
QListWidget#myLists, QListWidget#myCards {{
    background: {PALETTE.surface}; border: 2px solid {PALETTE.line}; border-radius: 12px;
    padding: 5px; font-size: 11pt; color: {PALETTE.ink};
}}
QListWidget#myLists:focus, QListWidget#myCards:focus {{ border-color: {PALETTE.focus}; }}
QListWidget#myLists::item {{ padding: 8px 10px; border-radius: 6px; }}
QListWidget#myCards::item {{ padding: 9px 12px; border-bottom: 1px solid {PALETTE.ground}; }}
QListWidget#myLists::item:selected, QListWidget#myCards::item:selected {{
    background: #d8eef2; color: {PALETTE.ink}; border-left: 4px solid {PALETTE.sky};
}}
QPlainTextEdit#noteEditor {{
    background: {PALETTE.surface}; border: 1px solid {PALETTE.line}; border-radius: 8px;
    padding: 4px; font-size: 10.5pt; color: {PALETTE.ink};
}}
QPlainTextEdit#noteEditor:focus {{ border: 2px solid {PALETTE.focus}; }}
"""
