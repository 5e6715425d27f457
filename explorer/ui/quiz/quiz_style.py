"""The quiz's own style sheet: answers as large cards on the warm ground, the verdict in
the flags' green and red."""

from __future__ import annotations

from explorer.ui.shell.theme import PALETTE


def style_sheet(scale: float) -> str:
    """``scale``: how much larger the type is (touch mode's is larger)."""
    p = PALETTE
    return f"""
QLabel#quizCounter {{ color: {p.muted}; font-size: {10 * scale:.1f}pt; font-weight: 600; }}
QLabel#quizPrompt {{ color: {p.ink}; font-size: {17 * scale:.1f}pt; }}
QLabel#quizHint {{ color: {p.muted}; font-size: {10 * scale:.1f}pt; }}
QPushButton#quizChoice {{
    background: {p.surface}; color: {p.ink}; border: 2px solid {p.line}; border-radius: 12px;
    padding: 10px 18px; text-align: left; font-size: {13 * scale:.1f}pt;
}}
QPushButton#quizChoice:hover {{ border-color: {p.sky}; }}
QPushButton#quizChoice:focus {{ border: 3px solid {p.focus}; padding: 9px 17px; }}
QPushButton#quizChoice[verdict="right"] {{ border: 3px solid {p.green}; background: #e3f3ea; }}
QPushButton#quizChoice[verdict="wrong"] {{ border: 3px solid {p.red}; background: #f9e4e4; }}
QPushButton#quizChoice[verdict="picked"] {{ border-color: {p.sky_deep}; background: #d8eef2; }}
QPushButton#quizChoice:disabled {{ color: {p.ink}; }}
QFrame#quizVerdict {{ background: {p.surface}; border: 1px solid {p.line}; border-radius: 14px; }}
QFrame#quizVerdict QLabel {{ background: transparent; }}
QLabel#quizVerdictTitle {{ font-size: {15 * scale:.1f}pt; font-weight: 600; }}
QLabel#quizVerdictTitle[verdict="right"] {{ color: {p.green}; }}
QLabel#quizVerdictTitle[verdict="wrong"] {{ color: {p.red}; }}
QLabel#quizExplanation {{ color: {p.ink}; font-size: {10.5 * scale:.1f}pt; }}
QLabel#quizSources {{ color: {p.muted}; font-size: {9.5 * scale:.1f}pt; }}
QPushButton#quizAction {{
    background: {p.sky_deep}; color: #ffffff; border: 2px solid {p.sky_deep};
    border-radius: 10px; padding: 8px 20px; font-size: {11 * scale:.1f}pt; font-weight: 600;
}}
QPushButton#quizAction:focus {{ border: 3px solid {p.gold}; padding: 7px 19px; }}
QPushButton#quizSecondary {{
    background: {p.surface}; color: {p.sky_deep}; border: 2px solid {p.line};
    border-radius: 10px; padding: 8px 20px; font-size: {11 * scale:.1f}pt;
}}
QPushButton#quizSecondary:hover {{ border-color: {p.sky}; }}
QPushButton#quizSecondary:focus {{ border: 3px solid {p.focus}; padding: 7px 19px; }}
QLabel#quizScore {{ color: {p.ink}; font-size: {26 * scale:.1f}pt; font-weight: 600; }}
QLabel#quizBest {{ color: {p.muted}; font-size: {11 * scale:.1f}pt; }}
"""
