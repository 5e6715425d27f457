"""The look of My collection's lists and note, in the colours of the window's theme."""

from __future__ import annotations

from explorer.ui.shell.theme import PALETTE


def mine_style() -> str:
    return f"""
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
