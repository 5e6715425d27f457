"""Draw an illustration for every card of a content pack and describe it in media.json.

    python -m tools.illustrate PACK_DIR

Reads PACK_DIR/cards.json and PACK_DIR/categories.json, writes PACK_DIR/media/<card-id>.jpg
and PACK_DIR/media.json. The same input always gives byte-identical output: every choice
is drawn from a generator seeded with a hash of the card id.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import math
import random
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter

from tools.illustration_icons import (
    ACCENT,
    BODY,
    CUT,
    ICONS,
    RGB,
    Icon,
    Layers,
    Pen,
    arc,
    horn_rosette,
    ram_horn,
    rounded_rect,
)

SIZE = (1200, 800)
SCALE = 2
MARGIN = 38 * SCALE
JPEG_QUALITY = 88
MAX_BYTES = 150_000
LANGUAGES = ("en", "it", "kk", "ru")
CREDIT = "Illustration generated for the Italy–Kazakhstan Cultural Explorer"
LICENCE = "CC0 1.0"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

GROUND: RGB = (0xF6, 0xF1, 0xE7)
IVORY: RGB = (0xFB, 0xF8, 0xF1)
BLACK: RGB = (0, 0, 0)

Box = tuple[float, float, float, float]


class IllustrationError(ValueError):
    """The pack cannot be illustrated; the message names the card and the field."""


# --- words -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Colour:
    rgb: RGB
    words: Mapping[str, str]
    """A name per language; Russian holds several forms split by '|' (see the tables)."""

    def word(self, language: str, form: int = 0) -> str:
        forms = self.words[language].split("|")
        return forms[min(form, len(forms) - 1)]


def _colour(hex_code: str, en: str, it: str, kk: str, ru: str) -> Colour:
    return Colour(hex_rgb(hex_code), {"en": en, "it": it, "kk": kk, "ru": ru})


def hex_rgb(code: str) -> RGB:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", code):
        raise ValueError(f"not a #rrggbb colour: {code!r}")
    return int(code[1:3], 16), int(code[3:5], 16), int(code[5:7], 16)


# Russian forms: masculine nominative | masculine prepositional | plural nominative.
ACCENTS = (
    _colour("#fec50c", "gold", "giallo oro", "алтын түсті", "золотой|золотом|золотые"),
    _colour("#00afca", "sky-blue", "azzurro cielo", "көгілдір", "голубой|голубом|голубые"),
    _colour("#009246", "green", "verde bandiera", "жасыл", "зелёный|зелёном|зелёные"),
    _colour("#ce2b37", "red", "rosso vivo", "қызыл", "красный|красном|красные"),
)
PALE = {"en": "pale", "it": "in tinta chiara", "kk": "ақшыл", "ru": "светлый|светлом|светлые"}

# Russian form: prepositional, as in "на тёмно-красном фоне".
FIELD_COLOURS = (
    _colour("#8a5a2b", "warm brown", "marrone caldo", "жылы қоңыр", "тёплом коричневом"),
    _colour("#b03a48", "deep red", "rosso scuro", "қою қызыл", "тёмно-красном"),
    _colour("#2f6f9f", "steel-blue", "blu acciaio", "көк", "стально-синем"),
    _colour("#1f7a5a", "deep green", "verde scuro", "қою жасыл", "тёмно-зелёном"),
    _colour("#b8860b", "ochre", "ocra", "күңгірт сары", "охристом"),
    _colour("#00829b", "teal", "verde petrolio", "көкшіл жасыл", "бирюзовом"),
    _colour("#6b4f8a", "violet", "viola", "күлгін", "фиолетовом"),
    _colour("#1f3a66", "navy", "blu scuro", "қою көк", "тёмно-синем"),
    _colour("#4a90c8", "light blue", "azzurro", "ашық көк", "голубом"),
    _colour("#d2691e", "orange", "arancione", "қызғылт сары", "оранжевом"),
    _colour("#6b7a2a", "olive", "verde oliva", "зәйтүн түсті", "оливковом"),
    _colour("#7a1f3a", "burgundy", "bordeaux", "күрең", "бордовом"),
    _colour("#c2567a", "rose", "rosa antico", "қызғылт", "розовом"),
    _colour("#6e6a64", "grey", "grigio", "сұр", "сером"),
    _colour("#2e2b28", "charcoal", "antracite", "қара сұр", "тёмно-сером"),
)

# Every phrase table below lists en, it, kk, ru in that order. Placeholders: {c} a colour,
# {cp} its Russian plural, {h} the ram's-horn phrase, {r} the ram's-horn rosette phrase.
TEMPLATES = (
    "Illustration: on {field} field, a white icon of {icon} ({detail} accents) {backdrop}, "
    "with {ornaments}.",
    "Illustrazione: su fondo {field}, icona bianca di {icon} (accenti {detail}) {backdrop}, "
    "con {ornaments}.",
    "Иллюстрация: {field} аяда {backdrop} {icon} бейнеленген ақ белгі, бөлшектері {detail}; "
    "{ornaments}.",
    "Иллюстрация: на {field} фоне белое изображение {icon} ({detail} акценты) {backdrop}; "
    "{ornaments}.",
)
CAPTIONS = (
    "Illustration for “{title}”",
    "Illustrazione per «{title}»",
    "«{title}» карточкасына арналған иллюстрация",
    "Иллюстрация к карточке «{title}»",
)
AND = (" and ", " e ", " және ", " и ")
CLAUSE_JOINERS = (" and ", " e ", "; ", "; ")

BACKDROPS = {
    "disc": ("in a darker round medallion", "in un medaglione rotondo più scuro",
             "күңгірт дөңгелек медальон ішінде", "в более тёмном круглом медальоне"),
    "ring": ("inside a thin {c} ring", "dentro un sottile anello {c}",
             "жіңішке {c} шеңбер ішінде", "в тонком {c} кольце"),
    "niche": ("in an arched niche", "in una nicchia ad arco", "доғал тауашада",
              "в арочной нише"),
    "glow": ("in a soft circle of light", "in un tenue cerchio di luce",
             "жұмсақ жарық шеңберінде", "в мягком круге света"),
}
HORN_WORDS = (
    "{c} Kazakh ram's-horn curls",
    "riccioli kazaki a corna d'ariete {c}",
    "{c} қошқар мүйіз өрнегі",
    "казахского орнамента «кошкар-мюйиз» (бараньи рога)",
)
ROSETTE_WORDS = (
    "{c} rosettes of Kazakh ram's-horn curls",
    "rosoni {c} di riccioli kazaki a corna d'ariete",
    "{c} қошқар мүйіз өрнекті розеткалар",
    "{cp} розетки из казахского орнамента «кошкар-мюйиз» (бараньи рога)",
)
ORNAMENT_WORDS = {
    "horn-corners": ("{r} in the four corners", "{r} nei quattro angoli",
                     "төрт бұрышында — {r}", "{r} в четырёх углах"),
    "horn-diagonal": ("{r} in two opposite corners", "{r} in due angoli opposti",
                      "қарама-қарсы екі бұрышында — {r}", "{r} в двух противоположных углах"),
    "horn-upper": ("{r} in the upper corners", "{r} negli angoli superiori",
                   "жоғарғы бұрыштарында — {r}", "{r} в верхних углах"),
    "horn-bands": ("bands of {h} along the top and bottom", "fasce di {h} in alto e in basso",
                   "жоғарғы және төменгі жиегінде — {h} жолақтары",
                   "{cp} фризы из {h} сверху и снизу"),
    "horn-column": ("a column of {h} at one side", "una colonna di {h} su un lato",
                    "бір шетінде — {h} тік жолағы", "{c} вертикальный фриз из {h} сбоку"),
    "arcade": ("a {c} row of Italian arches along the bottom",
               "una fila {c} di archi italiani lungo il bordo inferiore",
               "төменгі жиегінде — {c} итальяндық аркалар қатары",
               "{c} ряд итальянских арок внизу"),
    "tiles-border": ("a {c} border of Italian diamond tiles",
                     "una cornice {c} di piastrelle italiane a losanga",
                     "айналасында — {c} итальяндық ромб тақташалар жиегі",
                     "{c} бордюр из итальянских ромбовидных плиток"),
    "tiles-sides": ("{c} bands of Italian diamond tiles at both sides",
                    "fasce {c} di piastrelle italiane a losanga ai due lati",
                    "екі бүйірінде — {c} итальяндық ромб тақташалар жолағы",
                    "{c} узор из итальянских ромбовидных плиток по бокам"),
    "tiles-top": ("a {c} band of Italian diamond tiles along the top",
                  "una fascia {c} di piastrelle italiane a losanga in alto",
                  "жоғарғы жиегінде — {c} итальяндық ромб тақташалар жолағы",
                  "{c} фриз из итальянских ромбовидных плиток сверху"),
    "tile-rosettes": ("{c} Italian tile rosettes in the other two corners",
                      "rosoni {c} di piastrelle italiane negli altri due angoli",
                      "қалған екі бұрышында — {c} итальяндық тақташа розеткалары",
                      "{cp} розетки из итальянских плиток в двух других углах"),
}


# --- icons chosen from tags ----------------------------------------------------------------

ICON_KEYWORDS = {
    "masks": "opera theatre theater drama ballet stage actor actress cinema film",
    "bust": "monument statue sculpture bust memorial",
    "street-sign": "street avenue square boulevard",
    "mortarboard": "university students student education school academy scholarship graduate",
    "aeroplane": "flight aviation airline airport air",
    "route": "route rail railway corridor silk road logistics",
    "scales": "trade commerce export import",
    "bars": "investment economy finance growth business industry energy",
    "portico": "museum exhibition archaeology heritage architecture",
    "eagle": "eagle falconry berkut",
    "mountains": "mountains mountain alps tian shan ski",
    "steppe": "steppe nomad nomads",
    "chip": "technology tech digital innovation space",
    "round-table": "summit diplomacy visit talks treaty agreement partnership",
    "embassy": "embassy consulate ambassador",
    "book": "poetry poet literature book writer translation novel",
    "compass": "traveller traveler travel explorer exploration journey expedition",
    "diadem": "gold golden jewellery jewelry treasure",
    "people": "people diaspora community migration",
    "dombra": "music dombra musician composer concert song",
    "shanyrak": "crafts craft felt carpet textile",
    "skyline": "city capital urban",
    "waves": "sea caspian port maritime",
    "wheat": "agriculture wheat grain farming",
    "yurt": "camping yurt camp tourism",
}
KIND_ICONS = {
    "person": "portrait",
    "place": "pin",
    "institution": "portico",
    "work": "book",
    "event": "calendar",
    "topic": "globe",
    "figure": "bars",
}
_KEYWORD_PATTERNS = [
    (icon, re.compile(r"\b(?:" + "|".join(words.split()) + r")(?:s|es)?\b"))
    for icon, words in ICON_KEYWORDS.items()
]


def choose_icon(card: Mapping) -> Icon:
    for tag in card.get("tags", ()):
        text = re.sub(r"[-_]+", " ", str(tag).lower())
        for key, pattern in _KEYWORD_PATTERNS:
            if pattern.search(text):
                return ICONS[key]
    kind = card.get("kind")
    if kind not in KIND_ICONS:
        raise IllustrationError(f"cards.json: {card['id']}: kind: unknown kind {kind!r}")
    return ICONS[KIND_ICONS[kind]]


# --- colours -------------------------------------------------------------------------------


def mix(a: RGB, b: RGB, t: float) -> RGB:
    red, green, blue = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return red, green, blue


def luminance(rgb: RGB) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: RGB, b: RGB) -> float:
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def nearest_name(rgb: RGB) -> Colour:
    def distance(colour: Colour) -> int:
        return sum((x - y) ** 2 for x, y in zip(colour.rgb, rgb, strict=True))

    return min(FIELD_COLOURS, key=distance)


@dataclass(frozen=True)
class Palette:
    light: RGB
    dark: RGB
    accent: Colour
    ornament: Colour
    second: Colour

    @property
    def shade(self) -> RGB:
        return mix(self.dark, BLACK, 0.06)


def field_tones(base: RGB) -> tuple[RGB, RGB]:
    """Two tones of a category colour for the field; light colours are deepened for contrast."""
    if luminance(base) > 0.2:
        return mix(base, BLACK, 0.06), mix(base, BLACK, 0.34)
    return mix(base, IVORY, 0.16), mix(base, BLACK, 0.22)


def choose_palette(base: RGB, rng: random.Random) -> Palette:
    light, dark = field_tones(base)
    middle = mix(light, dark, 0.5)
    pale = Colour(mix(base, IVORY, 0.55), PALE)
    bright = [c for c in ACCENTS if contrast(c.rgb, middle) >= 2.2]
    accent = rng.choice(bright or [pale])
    ornament = pale if rng.random() < 0.3 else accent
    others = [c for c in (*ACCENTS, pale) if c is not ornament and contrast(c.rgb, middle) >= 1.4]
    second = rng.choice(others or [ornament])
    return Palette(light, dark, accent, ornament, second)


# --- ornaments -----------------------------------------------------------------------------

ORNAMENT = "ornament"
SECOND = "second"
SHADE = "shade"
SCENE_LAYERS = (SHADE, ORNAMENT, SECOND)


def shrink(box: Box, left: float, top: float, right: float, bottom: float) -> Box:
    return box[0] + left, box[1] + top, box[2] - right, box[3] - bottom


def corner_points(box: Box) -> list[tuple[float, float]]:
    """The corners clockwise from the top left."""
    x0, y0, x1, y1 = box
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def hairline(pen: Pen, box: Box, width: float = 5) -> None:
    x0, y0, x1, y1 = box
    pen.stroke([(x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)], width, ORNAMENT)


def horn_frieze(pen: Pen, start: float, end: float, size: float) -> None:
    """A band of koshkar-muiz motifs pointing up and down along a line, in the pen's x axis."""
    count = max(3, round((end - start) / (size * 1.25)))
    step = (end - start) / count
    pen.stroke([(start, 0), (end, 0)], size * 0.12, ORNAMENT)
    for edge in (-1.5 * size, 1.5 * size):
        pen.stroke([(start, edge), (end, edge)], size * 0.06, ORNAMENT)
    for i in range(count):
        up = i % 2 == 0
        x = start + step * (i + 0.5)
        motif = pen.at(x, -0.6 * size, size) if up else pen.at(x, 0.6 * size, size, 180)
        ram_horn(motif, ORNAMENT, 0.32)


def diamond(pen: Pen, x: float, y: float, r: float, layer: str) -> None:
    pen.fill([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], layer)


def tile_band(pen: Pen, start: float, end: float, r: float) -> None:
    """Touching diamond tiles in two colours between two rules, in the pen's x axis."""
    count = max(2, round((end - start) / (2 * r)))
    step = (end - start) / count
    for edge in (-r - 8, r + 8):
        pen.stroke([(start - r, edge), (end + r, edge)], 5, ORNAMENT)
    for i in range(count + 1):
        outer, inner = (ORNAMENT, SECOND) if i % 2 == 0 else (SECOND, ORNAMENT)
        x = start + step * i
        diamond(pen, x, 0, r * step / (2 * r), outer)
        diamond(pen, x, 0, r * 0.42, inner)


def tile_rosette(pen: Pen, x: float, y: float, r: float) -> None:
    diamond(pen, x, y, r, ORNAMENT)
    pen.rect((x - r * 0.5, y - r * 0.5, x + r * 0.5, y + r * 0.5), SECOND)
    diamond(pen, x, y, r * 0.4, ORNAMENT)
    pen.circle(x, y, r * 0.12, CUT)
    for dx, dy in ((1, 0), (0, 1), (-1, 0), (0, -1)):
        diamond(pen, x + dx * r * 1.25, y + dy * r * 1.25, r * 0.16, ORNAMENT)


def arcade(pen: Pen, box: Box, height: float) -> float:
    x0, _, x1, y1 = box
    top = y1 - height
    pen.rect((x0, top, x1, y1), ORNAMENT)
    count = max(5, round((x1 - x0) / (height * 0.62)))
    step = (x1 - x0) / count
    half = step * 0.3
    spring = top + height * 0.28 + half
    for i in range(count):
        cx = x0 + step * (i + 0.5)
        opening = [(cx - half, y1 - height * 0.14), (cx - half, spring),
                   *arc(cx, spring, half, half, 180, 360, 24), (cx + half, y1 - height * 0.14)]
        pen.fill(opening, CUT)
    pen.stroke([(x0, top + height * 0.12), (x1, top + height * 0.12)], 5, CUT)
    return top


Frame = Callable[[Pen, Box, random.Random], tuple[Box, list[str]]]
INSET = 60
CORNER = 140
ROSETTE = 140


def frame_horn_corners(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    line = shrink(field, CORNER, CORNER, CORNER, CORNER)
    hairline(pen, line)
    for x, y in corner_points(line):
        pen.circle(x, y, ROSETTE, CUT)
        horn_rosette(pen.at(x, y, ROSETTE), ORNAMENT)
    return shrink(field, 300, CORNER + 40, 300, CORNER + 40), ["horn-corners"]


def frame_horn_diagonal(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    line = shrink(field, CORNER, CORNER, CORNER, CORNER)
    hairline(pen, line)
    parity = rng.randrange(2)
    for i, (x, y) in enumerate(corner_points(line)):
        pen.circle(x, y, ROSETTE, CUT)
        if i % 2 == parity:
            horn_rosette(pen.at(x, y, ROSETTE), ORNAMENT)
        else:
            tile_rosette(pen, x, y, ROSETTE * 0.62)
    return shrink(field, 300, CORNER + 40, 300, CORNER + 40), ["horn-diagonal", "tile-rosettes"]


def frame_horn_bands(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    size = rng.uniform(52, 60)
    depth = INSET + 3 * size
    x0, y0, x1, y1 = shrink(field, INSET, INSET + 1.5 * size, INSET, INSET + 1.5 * size)
    pen.rect((0, 0, field[2] + MARGIN, field[1] + depth + 25), SHADE)
    pen.rect((0, field[3] - depth - 25, field[2] + MARGIN, field[3] + MARGIN), SHADE)
    for y in (y0, y1):
        horn_frieze(pen.at(0, y), x0, x1, size)
    return shrink(field, 200, depth + 60, 200, depth + 60), ["horn-bands"]


def frame_horn_column(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    size = 72
    depth = INSET + 3 * size
    x0, y0, x1, y1 = shrink(field, INSET + 1.5 * size, INSET, INSET + 1.5 * size, INSET)
    if rng.random() < 0.5:
        pen.rect((0, 0, field[0] + depth + 25, field[3] + MARGIN), SHADE)
        horn_frieze(pen.at(x0, 0, 1, 90), y0, y1, size)
        return shrink(field, depth + 85, 90, 60, 90), ["horn-column"]
    pen.rect((field[2] - depth - 25, 0, field[2] + MARGIN, field[3] + MARGIN), SHADE)
    horn_frieze(pen.at(x1, 0, 1, 90), y0, y1, size)
    return shrink(field, 60, 90, depth + 85, 90), ["horn-column"]


def frame_arcade(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    top = arcade(pen, field, rng.uniform(220, 260))
    for x in (field[0] + 160, field[2] - 160):
        horn_rosette(pen.at(x, field[1] + 160, ROSETTE), ORNAMENT)
    return (field[0] + 300, field[1] + 70, field[2] - 300, top - 50), ["horn-upper", "arcade"]


def frame_tiles_border(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    r = rng.uniform(30, 34)
    box = shrink(field, INSET + r, INSET + r, INSET + r, INSET + r)
    x0, y0, x1, y1 = box
    for y in (y0, y1):
        tile_band(pen.at(0, y), x0 + 2 * r, x1 - 2 * r, r)
    for x in (x0, x1):
        tile_band(pen.at(x, 0, 1, 90), y0 + 2 * r, y1 - 2 * r, r)
    for x, y in corner_points(box):
        tile_rosette(pen, x, y, r * 1.25)
    return shrink(field, 220, 170, 220, 170), ["tiles-border"]


def frame_tiles_sides(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    r = 34
    x0, y0, x1, y1 = shrink(field, INSET + r + 8, INSET + r, INSET + r + 8, INSET + r)
    for x in (x0, x1):
        tile_band(pen.at(x, 0, 1, 90), y0, y1, r)
    return shrink(field, 260, 90, 260, 90), ["tiles-sides"]


def frame_tiles_arcade(pen: Pen, field: Box, rng: random.Random) -> tuple[Box, list[str]]:
    r = 30
    x0, y0, x1, _ = shrink(field, INSET + r, INSET + r + 8, INSET + r, 0)
    tile_band(pen.at(0, y0), x0, x1, r)
    top = arcade(pen, field, rng.uniform(200, 240))
    return (field[0] + 280, y0 + r + 80, field[2] - 280, top - 50), ["tiles-top", "arcade"]


FRAMES: tuple[Frame, ...] = (
    frame_horn_corners,
    frame_horn_diagonal,
    frame_horn_bands,
    frame_horn_column,
    frame_arcade,
    frame_tiles_border,
    frame_tiles_sides,
    frame_tiles_arcade,
)


# --- composition ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Design:
    icon: Icon
    field: Colour
    palette: Palette
    layout: int
    ornaments: list[str]
    backdrop: str


LAYOUTS = len(FRAMES) * len(BACKDROPS)


def choose_layout(rng: random.Random, taken: Set[int]) -> int:
    """A frame and backdrop pair, avoiding as far as possible those of ``taken`` layouts."""
    start = rng.randrange(LAYOUTS)
    frames = {layout // len(BACKDROPS) for layout in taken}
    backdrops = {layout % len(BACKDROPS) for layout in taken}

    def clash(layout: int) -> tuple[bool, bool, bool]:
        frame, backdrop = divmod(layout, len(BACKDROPS))
        return layout in taken, frame in frames, backdrop in backdrops

    return min(((start + 13 * i) % LAYOUTS for i in range(LAYOUTS)), key=clash)


def gradient(size: tuple[int, int], a: RGB, b: RGB, angle: float) -> Image.Image:
    small = (48, 32)
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    values = []
    for y in range(small[1]):
        for x in range(small[0]):
            u, v = x / (small[0] - 1) - 0.5, (y / (small[1] - 1) - 0.5) * small[1] / small[0]
            values.append(round(255 * min(1.0, max(0.0, 0.5 + (u * dx + v * dy) * 1.2))))
    mask = Image.new("L", small)
    mask.putdata(values)
    mask = mask.resize(size, Image.Resampling.BICUBIC)
    return Image.composite(Image.new("RGB", size, b), Image.new("RGB", size, a), mask)


def draw_backdrop(pen: Pen, image: Image.Image, palette: Palette, kind: str,
                  centre: tuple[float, float], radius: float) -> None:
    x, y = centre
    if kind == "disc":
        pen.circle(x, y, radius, SHADE)
    elif kind == "ring":
        pen.ring(x, y, radius, 8, ORNAMENT)
        pen.ring(x, y, radius - 22, 3, ORNAMENT)
    elif kind == "niche":
        half = radius * 0.86
        spring = y - radius + half
        pen.fill([(x - half, y + radius), (x - half, spring),
                  *arc(x, spring, half, half, 180, 360, 96), (x + half, y + radius)], SHADE)
    else:
        glow = Image.radial_gradient("L").resize((round(radius * 2),) * 2)
        glow = glow.point(lambda v: round(200 * max(0.0, 1 - v / 255 * 1.4) ** 0.6))
        image.paste(mix(palette.light, IVORY, 0.2), (round(x - radius), round(y - radius)), glow)


def seeded(card_id: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(card_id.encode()).digest()[:8], "big"))


def compose(
    card: Mapping, field_rgb: RGB, taken: Set[int] = frozenset()
) -> tuple[Image.Image, Design]:
    """Draw a card's illustration; ``taken`` lists layouts to avoid (see ``choose_layout``)."""
    rng = seeded(card["id"])
    icon = choose_icon(card)
    palette = choose_palette(field_rgb, rng)
    layout = choose_layout(rng, taken)
    frame, backdrop = FRAMES[layout // len(BACKDROPS)], tuple(BACKDROPS)[layout % len(BACKDROPS)]
    width, height = SIZE[0] * SCALE, SIZE[1] * SCALE
    field: Box = (MARGIN, MARGIN, width - MARGIN, height - MARGIN)

    image = Image.new("RGB", (width, height), GROUND)
    tones = (palette.light, palette.dark) if rng.random() < 0.5 else (palette.dark, palette.light)
    inside = field_mask((width, height), field)
    image.paste(mix(GROUND, BLACK, 0.3), (0, 0), mount_shadow(inside))
    image.paste(gradient((width, height), *tones, rng.uniform(0, 360)), (0, 0), inside)

    scene = Layers((width, height), SCENE_LAYERS)
    pen = Pen.centred(scene, (0, 0), 1)
    safe, ornaments = frame(pen, field, rng)
    radius = min(600, (safe[2] - safe[0]) / 2, (safe[3] - safe[1]) / 2) * rng.uniform(0.9, 1.0)
    slack_x = max(0.0, (safe[2] - safe[0]) / 2 - radius)
    centre = ((safe[0] + safe[2]) / 2 + rng.uniform(-1, 1) * min(slack_x, 100),
              (safe[1] + safe[3]) / 2)
    draw_backdrop(pen, image, palette, backdrop, centre, radius)
    scene.onto(image, {SHADE: palette.shade, ORNAMENT: palette.ornament.rgb,
                       SECOND: palette.second.rgb}, clip=inside)

    figure = Layers((width, height), (BODY, ACCENT))
    icon_pen = Pen.centred(figure, centre, radius * 0.84)
    icon.draw(icon_pen.mirrored() if rng.random() < 0.5 and icon.mirrorable else icon_pen)
    figure.onto(image, {BODY: IVORY, ACCENT: palette.accent.rgb})

    image = image.resize(SIZE, Image.Resampling.LANCZOS)
    return image, Design(icon, nearest_name(field_rgb), palette, layout, ornaments, backdrop)


def mount_shadow(inside: Image.Image) -> Image.Image:
    shadow = ImageChops.offset(inside, 0, 6).filter(ImageFilter.GaussianBlur(10))
    return shadow.point(lambda v: v * 2 // 7)


def field_mask(size: tuple[int, int], field: Box) -> Image.Image:
    mask = Image.new("L", size, 0)
    ImageDraw.Draw(mask).polygon(rounded_rect(field, 6), fill=255)
    return mask


# --- text ----------------------------------------------------------------------------------


def with_article(words: str) -> str:
    return f"{'an' if words[0] in 'aeiou' else 'a'} {words}"


def colour_words(colours: Sequence[Colour], lang: str, form: int) -> str:
    i = LANGUAGES.index(lang)
    names = dict.fromkeys(colour.word(lang, form) for colour in colours)
    return AND[i].join(names)


def ornament_phrase(key: str, palette: Palette, lang: str) -> str:
    i = LANGUAGES.index(lang)
    tiles = key.startswith("tile")
    colours = [palette.ornament, palette.second] if tiles else [palette.ornament]
    c, cp = colour_words(colours, lang, 0), colour_words(colours, lang, 2)
    return ORNAMENT_WORDS[key][i].format(
        c=c, cp=cp, h=HORN_WORDS[i].format(c=c), r=ROSETTE_WORDS[i].format(c=c, cp=cp)
    )


def describe(design: Design, lang: str) -> str:
    i = LANGUAGES.index(lang)
    palette = design.palette
    field = design.field.word(lang)
    return TEMPLATES[i].format(
        field=with_article(field) if lang == "en" else field,
        icon=design.icon.name[lang],
        detail=palette.accent.word(lang, 2),
        backdrop=BACKDROPS[design.backdrop][i].format(c=palette.ornament.word(lang, 1)),
        ornaments=CLAUSE_JOINERS[i].join(
            ornament_phrase(key, palette, lang) for key in design.ornaments
        ),
    )


def caption(card: Mapping, lang: str) -> str:
    titles = card.get("title") or {}
    title = titles.get(lang) or titles.get("en") or card["id"]
    return CAPTIONS[LANGUAGES.index(lang)].format(title=title)


def media_entry(card: Mapping, design: Design) -> dict:
    return {
        "id": card["id"],
        "file": f"media/{card['id']}.jpg",
        "credit": CREDIT,
        "licence": LICENCE,
        "caption": {lang: caption(card, lang) for lang in LANGUAGES},
        "alt": {lang: describe(design, lang) for lang in LANGUAGES},
        "illustration": True,
    }


# --- pack ----------------------------------------------------------------------------------


def load_json_array(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IllustrationError(f"{path}: file not found") from None
    except json.JSONDecodeError as error:
        raise IllustrationError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise IllustrationError(f"{path}: expected a JSON array of objects")
    return data


def category_colours(categories: Sequence[Mapping]) -> dict[str, RGB]:
    colours = {}
    for category in categories:
        try:
            colours[category["id"]] = hex_rgb(category["colour"])
        except (KeyError, ValueError) as error:
            name = category.get("id", "?")
            raise IllustrationError(f"categories.json: {name}: colour: {error}") from None
    return colours


def encode_jpeg(image: Image.Image) -> bytes:
    for quality in range(JPEG_QUALITY, 60, -4):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, progressive=False, optimize=True)
        if buffer.tell() < MAX_BYTES:
            break
    return buffer.getvalue()


def illustrate_pack(pack: Path) -> list[dict]:
    colours = category_colours(load_json_array(pack / "categories.json"))
    cards = load_json_array(pack / "cards.json")
    for card in cards:
        card_id = card.get("id")
        if not isinstance(card_id, str) or not ID_PATTERN.fullmatch(card_id):
            raise IllustrationError(f"cards.json: {card_id!r}: id: not a valid id")
        if card.get("category") not in colours:
            raise IllustrationError(
                f"cards.json: {card_id}: category: "
                f"unknown category {card.get('category')!r}"
            )
    (pack / "media").mkdir(exist_ok=True)
    entries = []
    taken: dict[tuple[str, str], set[int]] = defaultdict(set)
    for card in cards:
        kin = (choose_icon(card).key, card["category"])
        image, design = compose(card, colours[card["category"]], taken[kin])
        taken[kin].add(design.layout)
        (pack / "media" / f"{card['id']}.jpg").write_bytes(encode_jpeg(image))
        entries.append(media_entry(card, design))
    text = json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
    (pack / "media.json").write_text(text, encoding="utf-8")
    return entries


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.illustrate", description=__doc__)
    parser.add_argument("pack", type=Path, help="pack folder with cards.json and categories.json")
    args = parser.parse_args(argv)
    try:
        entries = illustrate_pack(args.pack)
    except IllustrationError as error:
        print(f"illustrate: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(entries)} illustrations to {args.pack / 'media'} and media.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
