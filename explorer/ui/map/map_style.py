"""The map's colours and type, drawn from the theme's palette: a pale sea of the Kazakh sky,
warm paper for the land, Italy and Kazakhstan tinted with their flags' colours."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont

from explorer.ui.shell.theme import PALETTE, SANS


def mix(first: str, second: str, amount: float) -> QColor:
    """``first`` moved ``amount`` (0 to 1) of the way towards ``second``."""
    a, b = QColor(first), QColor(second)
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


SEA = mix(PALETTE.sky, PALETTE.ground, 0.8)
BEYOND = QColor(PALETTE.ground)
"""Around the world, when all of it is in view."""
SEA_GRID = mix(PALETTE.sky, PALETTE.ground, 0.68)
LAND = QColor(PALETTE.surface)
COAST = mix(PALETTE.sky_deep, PALETTE.ground, 0.35)
BORDER = mix(PALETTE.muted, PALETTE.surface, 0.5)
RIVER = mix(PALETTE.sky_deep, PALETTE.surface, 0.55)
HIGHLIGHTS = {
    "IT": mix(PALETTE.green, PALETTE.surface, 0.84),
    "KZ": mix(PALETTE.gold, PALETTE.surface, 0.78),
}
COUNTRY_INK = QColor(PALETTE.muted)
CAPITAL_INK = QColor(PALETTE.ink)
CAPITAL_DOT = QColor(PALETTE.ink)
HALO = QColor(PALETTE.surface)
FOCUS = QColor(PALETTE.focus)


COUNTRY_FONT_SIZES = ((0.0, 11), (160.0, 13), (560.0, 17))
"""A country name's pixel size by how many pixels across the country is drawn."""


def country_font(pixels: int, scale: float = 1.0) -> QFont:
    """``scale``: how much larger the interface's type is than usual (a kiosk's)."""
    result = QFont(SANS)
    result.setPixelSize(round(pixels * scale))
    result.setWeight(QFont.Weight.DemiBold)
    result.setCapitalization(QFont.Capitalization.AllUppercase)
    result.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, pixels * scale / 9)
    return result


def capital_font(scale: float = 1.0) -> QFont:
    result = QFont(SANS)
    result.setPixelSize(round(12 * scale))
    return result
