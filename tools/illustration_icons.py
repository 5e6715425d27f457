"""Flat icons for the generated illustrations, drawn with Pillow primitives.

Every icon is drawn by a ``Pen`` in a unit box: (0, 0) is the centre, ±1 the edges, y grows
downwards. A pen paints into named layers; painting one layer clears the others under it,
and the ``CUT`` layer clears them all, so later shapes sit on top and cuts make real holes.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PIL import Image, ImageChops, ImageDraw

Point = tuple[float, float]
RGB = tuple[int, int, int]

BODY = "body"
ACCENT = "accent"
CUT = "cut"


class Layers:
    """Named masks of one size, painted like a stack of stencils."""

    def __init__(self, size: tuple[int, int], names: Sequence[str]) -> None:
        self.masks = {name: Image.new("L", size, 0) for name in names}
        self._draws = {name: ImageDraw.Draw(mask) for name, mask in self.masks.items()}

    def paint(self, layer: str, op: Callable[[ImageDraw.ImageDraw, int], None]) -> None:
        for name, draw in self._draws.items():
            op(draw, 255 if name == layer else 0)

    def onto(
        self, image: Image.Image, colours: Mapping[str, RGB], clip: Image.Image | None = None
    ) -> None:
        for name, mask in self.masks.items():
            image.paste(colours[name], mask=ImageChops.multiply(mask, clip) if clip else mask)


class Pen:
    """Draws shapes given in a local unit frame onto ``Layers``."""

    def __init__(self, layers: Layers, matrix: tuple[float, ...]) -> None:
        self.layers = layers
        self.matrix = matrix

    @classmethod
    def centred(cls, layers: Layers, centre: Point, radius: float) -> Pen:
        return cls(layers, (radius, 0.0, centre[0], 0.0, radius, centre[1]))

    def at(self, x: float, y: float, scale: float = 1.0, angle: float = 0.0) -> Pen:
        """A pen whose frame sits at (x, y) of this one, scaled and turned by ``angle`` degrees."""
        a, b, c, d, e, f = self.matrix
        cos, sin = math.cos(math.radians(angle)) * scale, math.sin(math.radians(angle)) * scale
        return Pen(
            self.layers,
            (
                a * cos + b * sin,
                -a * sin + b * cos,
                a * x + b * y + c,
                d * cos + e * sin,
                -d * sin + e * cos,
                d * x + e * y + f,
            ),
        )

    def mirrored(self) -> Pen:
        a, b, c, d, e, f = self.matrix
        return Pen(self.layers, (-a, b, c, -d, e, f))

    @property
    def unit(self) -> float:
        a, b, _, d, e, _ = self.matrix
        return math.sqrt(abs(a * e - b * d))

    def px(self, points: Sequence[Point]) -> list[Point]:
        a, b, c, d, e, f = self.matrix
        return [(a * x + b * y + c, d * x + e * y + f) for x, y in points]

    def fill(self, points: Sequence[Point], layer: str = BODY, gap: float = 0.0) -> None:
        if gap:
            self.stroke([*points, points[0]], 2 * gap, CUT)
        xy = self.px(points)
        self.layers.paint(layer, lambda draw, ink: draw.polygon(xy, fill=ink))

    def stroke(self, points: Sequence[Point], width: float, layer: str = BODY) -> None:
        xy = self.px(points)
        w = max(1, round(width * self.unit))
        r = w / 2

        def op(draw: ImageDraw.ImageDraw, ink: int) -> None:
            draw.line(xy, fill=ink, width=w, joint="curve")
            for x, y in (xy[0], xy[-1]):
                draw.ellipse((x - r, y - r, x + r, y + r), fill=ink)

        self.layers.paint(layer, op)

    def circle(self, x: float, y: float, r: float, layer: str = BODY, gap: float = 0.0) -> None:
        self.fill(arc(x, y, r, r, 0, 360), layer, gap)

    def ellipse(
        self, x: float, y: float, rx: float, ry: float, layer: str = BODY, gap: float = 0.0
    ) -> None:
        self.fill(arc(x, y, rx, ry, 0, 360), layer, gap)

    def rect(
        self,
        box: tuple[float, float, float, float],
        layer: str = BODY,
        radius: float = 0.0,
        gap: float = 0.0,
    ) -> None:
        self.fill(rounded_rect(box, radius), layer, gap)

    def tapered(self, points: Sequence[Point], *widths: float, layer: str = BODY) -> None:
        self.fill(taper(points, *widths), layer)

    def ring(self, x: float, y: float, r: float, width: float, layer: str = BODY) -> None:
        (cx, cy), = self.px([(x, y)])
        outer, w = r * self.unit, max(1, round(width * self.unit))

        def op(draw: ImageDraw.ImageDraw, ink: int) -> None:
            draw.ellipse((cx - outer, cy - outer, cx + outer, cy + outer), outline=ink, width=w)

        self.layers.paint(layer, op)


def arc(
    cx: float, cy: float, rx: float, ry: float, start: float, end: float, steps: int = 96
) -> list[Point]:
    angles = (math.radians(start + (end - start) * i / steps) for i in range(steps + 1))
    return [(cx + rx * math.cos(a), cy + ry * math.sin(a)) for a in angles]


def bezier(*control: Point, steps: int = 32) -> list[Point]:
    points = []
    for i in range(steps + 1):
        t = i / steps
        row = list(control)
        while len(row) > 1:
            row = [(p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t) for p, q in pairwise(row)]
        points.append(row[0])
    return points


def spiral(
    cx: float, cy: float, r0: float, r1: float, start: float, end: float, steps: int = 64
) -> list[Point]:
    points = []
    for i in range(steps + 1):
        t = i / steps
        a = math.radians(start + (end - start) * t)
        r = r0 + (r1 - r0) * t
        points.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return points


def rounded_rect(box: tuple[float, float, float, float], radius: float) -> list[Point]:
    x0, y0, x1, y1 = box
    r = min(radius, (x1 - x0) / 2, (y1 - y0) / 2)
    if r <= 0:
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    return [
        *arc(x1 - r, y0 + r, r, r, -90, 0, 12),
        *arc(x1 - r, y1 - r, r, r, 0, 90, 12),
        *arc(x0 + r, y1 - r, r, r, 90, 180, 12),
        *arc(x0 + r, y0 + r, r, r, 180, 270, 12),
    ]


def taper(points: Sequence[Point], *widths: float) -> list[Point]:
    """The outline of a stroke along ``points`` whose width runs through ``widths``."""
    left, right = [], []
    n, k = len(points) - 1, len(widths) - 1
    for i, (x, y) in enumerate(points):
        px, py = points[max(i - 1, 0)]
        nx, ny = points[min(i + 1, n)]
        dx, dy = nx - px, ny - py
        length = math.hypot(dx, dy) or 1.0
        t = i / n * k
        j = min(int(t), k - 1)
        half = (widths[j] + (widths[j + 1] - widths[j]) * (t - j)) / 2
        ox, oy = -dy / length * half, dx / length * half
        left.append((x + ox, y + oy))
        right.append((x - ox, y - oy))
    return left + right[::-1]


def mirror_x(points: Sequence[Point]) -> list[Point]:
    return [(-x, y) for x, y in reversed(points)]


def rotate(points: Sequence[Point], angle: float, centre: Point = (0.0, 0.0)) -> list[Point]:
    cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    cx, cy = centre
    return [(cx + (x - cx) * cos - (y - cy) * sin, cy + (x - cx) * sin + (y - cy) * cos)
            for x, y in points]


def ram_horn(pen: Pen, layer: str, weight: float = 0.26) -> None:
    """A koshkar-muiz motif: two ram's-horn curls rising from one point, in a box about 2 × 1.3."""
    rise = bezier((0.0, 0.6), (0.0, 0.3), (0.02, 0.05), (0.06, -0.22), steps=16)
    path = rise + spiral(0.46, -0.22, 0.4, 0.06, 180, 590, 80)[1:]
    widths = (0.6, 0.8, 1.0, 0.9, 0.5, 0.2)
    for side in (path, mirror_x(path)):
        pen.fill(taper(side, *(weight * w for w in widths)), layer)
        pen.circle(*side[-1], weight * 0.12, layer)
    pen.fill([(0.0, -0.62), (0.09, -0.42), (0.0, -0.22), (-0.09, -0.42)], layer)


def horn_rosette(pen: Pen, layer: str, weight: float = 0.26) -> None:
    """Four koshkar-muiz motifs round a diamond, in a box about 2 × 2."""
    for angle in (0, 90, 180, 270):
        ram_horn(pen.at(0, 0, 0.5, angle).at(0, -0.9), layer, weight)
    pen.fill([(0.0, -0.16), (0.16, 0.0), (0.0, 0.16), (-0.16, 0.0)], layer)


# --- icons ---------------------------------------------------------------------------------


def _mask_outline() -> list[Point]:
    top = bezier((-0.52, -0.45), (-0.45, -0.8), (0.45, -0.8), (0.52, -0.45))
    right = bezier((0.52, -0.45), (0.6, 0.1), (0.35, 0.62), (0.0, 0.7))
    return top + right[1:] + mirror_x(right)[1:-1]


def _mask(pen: Pen, layer: str, happy: bool) -> None:
    pen.fill(_mask_outline(), layer)
    tilt = -1 if happy else 1
    for side in (-1, 1):
        eye = arc(side * 0.22, -0.22, 0.13, 0.075, 0, 360, 32)
        pen.fill(rotate(eye, side * tilt * 12, (side * 0.22, -0.22)), CUT)
        brow = arc(side * 0.22, -0.3 + tilt * 0.02, 0.15, 0.1, 200, 340, 16)
        pen.stroke(rotate(brow, side * tilt * 12, (side * 0.22, -0.3)), 0.035, CUT)
    smile = arc(0, 0.12, 0.3, 0.24, 15, 165, 24) + arc(0, 0.12, 0.3, 0.07, 165, 15, 24)
    if not happy:
        smile = [(x, 0.52 - y) for x, y in smile]
    pen.fill(smile, CUT)


def draw_masks(pen: Pen) -> None:
    back = pen.at(0.3, 0.08, 0.72, 14)
    _mask(back, ACCENT, happy=False)
    front = pen.at(-0.24, -0.08, 0.78, -12)
    front.fill(_mask_outline(), CUT, gap=0.06)
    _mask(front, BODY, happy=True)


def draw_bust(pen: Pen) -> None:
    pen.rect((-0.46, 0.84, 0.46, 0.94), radius=0.02)
    pen.rect((-0.36, 0.44, 0.36, 0.84))
    pen.rect((-0.44, 0.36, 0.44, 0.45), radius=0.02)
    for side in (-1, 1):
        stem = arc(0, 0.58, 0.2, 0.2, 90 - side * 10, 90 - side * 120, 12)
        pen.stroke(stem, 0.025, ACCENT)
        for x, y in stem[2::3]:
            leaf = rotate(arc(x, y, 0.03, 0.065, 0, 360, 16), -side * 35, (x, y))
            pen.fill(leaf, ACCENT)
    pen.rect((-0.2, 0.26, 0.2, 0.36), radius=0.02)
    shoulder = bezier((-0.5, 0.24), (-0.52, -0.06), (-0.38, -0.14), (-0.11, -0.16))
    base = bezier((0.5, 0.24), (0.2, 0.2), (-0.2, 0.2), (-0.5, 0.24))
    pen.fill(shoulder + mirror_x(shoulder) + base, gap=0.025)
    pen.fill([(-0.11, -0.1), (-0.1, -0.36), (0.1, -0.36), (0.11, -0.1)])
    head = bezier((0.0, -0.8), (0.26, -0.8), (0.24, -0.36), (0.0, -0.3))
    pen.fill(head + mirror_x(head)[1:])


def draw_street_sign(pen: Pen) -> None:
    pen.ellipse(0, 0.86, 0.28, 0.06)
    pen.rect((-0.045, -0.78, 0.045, 0.86))
    pen.circle(0, -0.82, 0.075)
    upper = [(-0.48, -0.66), (0.58, -0.66), (0.74, -0.5), (0.58, -0.34), (-0.48, -0.34)]
    lower = [(0.48, -0.22), (-0.58, -0.22), (-0.74, -0.06), (-0.58, 0.1), (0.48, 0.1)]
    pen.fill(upper, gap=0.03)
    pen.stroke([(-0.36, -0.5), (0.5, -0.5)], 0.05, CUT)
    pen.fill(lower, ACCENT, gap=0.03)
    pen.stroke([(0.36, -0.06), (-0.5, -0.06)], 0.05, CUT)
    pen.rect((-0.045, 0.1, 0.045, 0.8))


def draw_mortarboard(pen: Pen) -> None:
    hem = bezier((0.46, 0.3), (0.2, 0.44), (-0.2, 0.44), (-0.46, 0.3))
    cap = [(-0.46, -0.16), (0.46, -0.16), *hem]
    pen.fill(cap)
    board = [(0.0, -0.64), (0.9, -0.3), (0.0, 0.04), (-0.9, -0.3)]
    pen.fill(board, gap=0.045)
    pen.stroke([(0.0, -0.3), (0.66, -0.22), (0.66, 0.34)], 0.04, ACCENT)
    pen.fill([(0.6, 0.3), (0.72, 0.3), (0.78, 0.6), (0.54, 0.6)], ACCENT)
    pen.circle(0.0, -0.3, 0.06, ACCENT)


def draw_aeroplane(pen: Pen) -> None:
    trail = bezier((-0.2, 0.95), (-0.75, 0.75), (-0.95, 0.2), (-0.7, -0.3), steps=40)
    for i in range(0, 36, 6):
        pen.stroke(trail[i : i + 3], 0.045, ACCENT)
    plane = pen.at(0.12, -0.08, 0.92, 40)
    hull = [*bezier((0, -0.95), (0.14, -0.9), (0.12, -0.6), (0.11, -0.4)), (0.09, 0.8)]
    plane.fill(hull + mirror_x(hull))
    wing = [(0.09, -0.2), (0.9, 0.16), (0.9, 0.3), (0.09, 0.14)]
    tail = [(0.07, 0.56), (0.36, 0.74), (0.36, 0.84), (0.07, 0.78)]
    for shape in (wing, tail):
        plane.fill(shape)
        plane.fill(mirror_x(shape))
    for side in (-1, 1):
        plane.rect((side * 0.42 - 0.06, -0.06, side * 0.42 + 0.06, 0.2), ACCENT, 0.05, 0.03)
    plane.ellipse(0, -0.66, 0.05, 0.12, ACCENT)


def draw_route(pen: Pen) -> None:
    path = bezier((-0.72, 0.72), (0.5, 0.8), (0.5, 0.05), (0.0, 0.0)) + bezier(
        (0.0, 0.0), (-0.5, -0.05), (-0.5, -0.8), (0.72, -0.72)
    )[1:]
    pen.tapered(path, 0.2, 0.2)
    for i in range(3, len(path) - 4, 5):
        pen.stroke(path[i : i + 3], 0.035, CUT)
    for x, y in (path[0], path[32], path[-1]):
        pen.circle(x, y, 0.17, BODY)
        pen.circle(x, y, 0.11, ACCENT)
        pen.circle(x, y, 0.04, CUT)


def draw_bars(pen: Pen) -> None:
    pen.rect((-0.88, 0.78, 0.88, 0.86), radius=0.03)
    for i, top in enumerate((0.3, 0.02, -0.24, -0.5)):
        x = -0.66 + i * 0.42
        pen.rect((x - 0.15, top, x + 0.15, 0.72), radius=0.04)
    arrow = [(-0.8, 0.02), (-0.4, -0.34), (-0.02, -0.16), (0.5, -0.66)]
    pen.stroke(arrow, 0.16, CUT)
    pen.stroke(arrow, 0.07, ACCENT)
    pen.fill(rotate([(0.58, -0.86), (0.72, -0.52), (0.36, -0.56)], 0, (0.6, -0.6)), ACCENT)


def draw_scales(pen: Pen) -> None:
    pen.fill([(-0.42, 0.88), (0.42, 0.88), (0.3, 0.76), (-0.3, 0.76)])
    pen.rect((-0.045, -0.62, 0.045, 0.78))
    pen.rect((-0.78, -0.6, 0.78, -0.5), radius=0.05)
    pen.circle(0, -0.7, 0.09, ACCENT)
    for side in (-1, 1):
        x = side * 0.68
        for dx in (-0.26, 0.26):
            pen.stroke([(x, -0.52), (x + dx, 0.1)], 0.025)
        pen.fill(arc(x, 0.1, 0.3, 0.16, 0, 180, 32), ACCENT)
        pen.rect((x - 0.3, 0.07, x + 0.3, 0.11))


def draw_portico(pen: Pen) -> None:
    pen.fill([(-0.88, -0.44), (0.0, -0.86), (0.88, -0.44)])
    pen.fill([(-0.66, -0.5), (0.0, -0.78), (0.66, -0.5)], CUT)
    pen.circle(0, -0.6, 0.07, ACCENT)
    pen.rect((-0.82, -0.42, 0.82, -0.28))
    pen.rect((-0.82, -0.36, 0.82, -0.33), CUT)
    for x in (-0.6, -0.2, 0.2, 0.6):
        pen.rect((x - 0.13, -0.24, x + 0.13, -0.18))
        pen.rect((x - 0.09, -0.18, x + 0.09, 0.56))
        pen.rect((x - 0.13, 0.56, x + 0.13, 0.62))
        for dx in (-0.035, 0.035):
            pen.stroke([(x + dx, -0.12), (x + dx, 0.5)], 0.02, CUT)
    pen.rect((-0.88, 0.65, 0.88, 0.74), ACCENT)
    pen.rect((-0.96, 0.77, 0.96, 0.87))


def _eagle_parts() -> list[list[Point]]:
    wing = bezier((0.06, -0.22), (0.3, -0.34), (0.52, -0.38), (0.72, -0.36), steps=16)
    wing += [(0.7, -0.04), (0.58, 0.04), (0.5, 0.01), (0.41, 0.09), (0.32, 0.06), (0.22, 0.13),
             (0.06, 0.12)]
    parts = [wing, mirror_x(wing)]
    tips = ((0.92, -0.47), (0.96, -0.37), (0.95, -0.27), (0.91, -0.17), (0.84, -0.08))
    for side in (1, -1):
        for i, (tx, ty) in enumerate(tips):
            base = (side * 0.62, -0.33 + i * 0.07)
            feather = bezier(base, (side * (tx - 0.1), ty + 0.03), (side * tx, ty), steps=8)
            parts.append(taper(feather, 0.1, 0.09, 0.06))
            parts.append(arc(side * tx, ty, 0.03, 0.03, 0, 360, 12))
    body = bezier((0.0, -0.32), (0.17, -0.3), (0.15, 0.2), (0.05, 0.36)) + bezier(
        (-0.05, 0.36), (-0.15, 0.2), (-0.17, -0.3), (0.0, -0.32)
    )
    tail = [(-0.08, 0.3), (0.08, 0.3), (0.2, 0.56), (0.1, 0.6), (0.0, 0.56), (-0.1, 0.6),
            (-0.2, 0.56)]
    head = arc(0.0, -0.34, 0.08, 0.085, 0, 360, 32)
    beak = [(0.05, -0.39), (0.15, -0.37), (0.18, -0.32), (0.15, -0.28), (0.13, -0.32),
            (0.05, -0.3)]
    return [*parts, body, tail, head, beak]


def draw_eagle(pen: Pen) -> None:
    pen.circle(0, -0.56, 0.28, ACCENT)
    for i in range(12):
        pen.stroke(rotate([(0, -0.92), (0, -1.0)], i * 30 + 15, (0, -0.56)), 0.05, ACCENT)
    bird = pen.at(0, 0.12, 1.02)
    parts = _eagle_parts()
    for part in parts:
        bird.stroke([*part, part[0]], 0.07, CUT)
    for part in parts:
        bird.fill(part)
    bird.circle(0.04, -0.35, 0.02, CUT)


def draw_mountains(pen: Pen) -> None:
    pen.circle(0.62, -0.58, 0.16, ACCENT)
    pen.fill([(-0.05, 0.72), (0.36, -0.38), (0.5, -0.26), (0.96, 0.72)], ACCENT)
    big = [(-0.96, 0.72), (-0.28, -0.72), (-0.16, -0.6), (0.56, 0.72)]
    pen.fill(big, gap=0.04)
    snow = [(-0.52, -0.24), (-0.4, -0.14), (-0.3, -0.28), (-0.16, -0.12), (-0.04, -0.24)]
    pen.stroke(snow, 0.045, CUT)
    pen.rect((-0.96, 0.76, 0.96, 0.84), radius=0.03)


def draw_steppe(pen: Pen) -> None:
    pen.fill(arc(0.26, 0.2, 0.46, 0.46, 180, 360, 48), ACCENT)
    for a in range(195, 350, 22):
        ray = arc(0.26, 0.2, 0.58, 0.58, a, a, 1) + arc(0.26, 0.2, 0.74, 0.74, a, a, 1)
        pen.stroke([ray[0], ray[2]], 0.05, ACCENT)
    ground = bezier((-0.96, 0.22), (-0.3, 0.12), (0.3, 0.12), (0.96, 0.22))
    pen.fill([*ground, (0.96, 0.34), (-0.96, 0.34)], gap=0.04)
    pen.fill([*bezier((-0.9, 0.44), (0, 0.4), (0.9, 0.44)), (0.8, 0.52), (-0.8, 0.52)])
    pen.fill([*bezier((-0.7, 0.62), (0, 0.58), (0.7, 0.62)), (0.6, 0.68), (-0.6, 0.68)])
    for x, lean in ((-0.74, -0.08), (-0.6, 0.04), (-0.44, 0.12)):
        for bend, height in ((0.16, 0.5), (0.3, 0.7), (0.42, 0.58)):
            blade = bezier((x, 0.22), (x + lean, -0.1), (x + bend + lean, 0.22 - height))
            pen.tapered(blade, 0.03, 0.04, 0.004)


def draw_chip(pen: Pen) -> None:
    for i in range(4):
        side = pen.at(0, 0, 1, i * 90)
        for x in (-0.3, -0.1, 0.1, 0.3):
            side.rect((x - 0.035, -0.74, x + 0.035, -0.5))
        side.stroke([(-0.3, -0.74), (-0.3, -0.82), (-0.5, -0.9)], 0.035)
        side.circle(-0.55, -0.9, 0.06)
        side.stroke([(0.3, -0.74), (0.3, -0.86)], 0.035)
        side.circle(0.3, -0.9, 0.06)
    pen.rect((-0.52, -0.52, 0.52, 0.52), radius=0.08)
    pen.fill(rounded_rect((-0.4, -0.4, 0.4, 0.4), 0.05), CUT)
    pen.rect((-0.3, -0.3, 0.3, 0.3), ACCENT, 0.04)
    pen.circle(-0.18, -0.18, 0.04, CUT)


def draw_round_table(pen: Pen) -> None:
    for x in (-0.62, 0.0, 0.62):
        pen.rect((x - 0.17, -0.16, x + 0.17, 0.2), radius=0.08)
    for x in (-0.6, 0.6):
        pen.fill([(x - 0.05, 0.4), (x + 0.05, 0.4), (x + 0.07, 0.86), (x - 0.03, 0.86)])
    pen.rect((-0.045, 0.5, 0.045, 0.92))
    pen.fill(arc(0, 0.24, 0.92, 0.28, 0, 180, 64) + arc(0, 0.34, 0.92, 0.28, 180, 0, 64),
             gap=0.03)
    pen.ellipse(0, 0.24, 0.92, 0.28, gap=0.03)
    pen.ellipse(0, 0.24, 0.76, 0.19, ACCENT)
    for side in (-1, 1):
        x = side * 0.2
        pen.ellipse(x, 0.2, 0.08, 0.03)
        pen.rect((x - 0.022, -0.72, x + 0.022, 0.2))
        cloth = bezier((x, -0.7), (x + side * 0.14, -0.78), (x + side * 0.26, -0.62),
                       (x + side * 0.44, -0.7))
        cloth += bezier((x + side * 0.44, -0.42), (x + side * 0.26, -0.34),
                        (x + side * 0.14, -0.5), (x, -0.42))
        pen.fill(cloth, ACCENT if side < 0 else BODY, gap=0.02)


def draw_embassy(pen: Pen) -> None:
    pen.rect((-0.025, -0.96, 0.025, -0.4))
    pen.fill(
        bezier((0.02, -0.94), (0.2, -1.0), (0.32, -0.84), (0.56, -0.92))
        + bezier((0.56, -0.62), (0.32, -0.54), (0.2, -0.7), (0.02, -0.64)),
        ACCENT,
    )
    pen.fill([(-0.8, -0.14), (0.0, -0.46), (0.8, -0.14)])
    pen.rect((-0.72, -0.12, 0.72, 0.74))
    for x in (-0.5, -0.25, 0.25, 0.5):
        for y in (0.0, 0.3):
            pen.rect((x - 0.07, y, x + 0.07, y + 0.18), CUT, 0.02)
    pen.fill([(-0.13, 0.74), (-0.13, 0.3), *arc(0, 0.3, 0.13, 0.13, 180, 360, 16),
              (0.13, 0.74)], CUT)
    pen.rect((-0.86, 0.76, 0.86, 0.86), ACCENT)


def draw_book(pen: Pen) -> None:
    page = bezier((0.0, -0.2), (-0.3, -0.42), (-0.6, -0.38), (-0.9, -0.28))
    page += bezier((-0.9, 0.48), (-0.6, 0.4), (-0.3, 0.44), (0.0, 0.64))
    cover = [(x * 1.06, y + 0.07) for x, y in page]
    for shape in (cover, mirror_x(cover)):
        pen.fill(shape, ACCENT)
    for shape in (page, mirror_x(page)):
        pen.fill(shape, gap=0.025)
    for side in (-1, 1):
        for i in range(3):
            y = -0.12 + i * 0.16
            line = bezier((side * 0.16, y), (side * 0.4, y - 0.12), (side * 0.72, y - 0.08))
            pen.stroke(line, 0.025, CUT)
    quill = bezier((0.1, 0.32), (0.3, -0.2), (0.55, -0.62), (0.9, -0.94))
    pen.tapered(quill[4:], 0.08, 0.26, 0.3, 0.22, 0.1, layer=CUT)
    pen.fill(taper(quill[6:], 0.02, 0.17, 0.21, 0.14, 0.0), ACCENT)
    pen.stroke(quill[:12], 0.03, ACCENT)
    pen.stroke(quill[12:30], 0.014, CUT)


def draw_compass(pen: Pen) -> None:
    pen.ring(0, 0, 0.72, 0.05)
    for i in range(4):
        diagonal = rotate([(0, -0.58), (0.1, -0.1), (0, 0), (-0.1, -0.1)], 45 + i * 90)
        pen.fill(diagonal, ACCENT, gap=0.03)
    for i in range(4):
        main = [(0, -0.96), (0.15, -0.15), (0, 0), (-0.15, -0.15)]
        pen.fill(rotate(main, i * 90), gap=0.03)
        pen.fill(rotate([(0, -0.96), (0, 0), (-0.15, -0.15)], i * 90), ACCENT)
    pen.circle(0, 0, 0.09, BODY, gap=0.03)
    pen.circle(0, 0, 0.04, CUT)


def draw_diadem(pen: Pen) -> None:
    band = bezier((-0.86, 0.16), (0.0, 0.52), (0.86, 0.16)) + bezier(
        (0.86, 0.46), (0.0, 0.82), (-0.86, 0.46)
    )
    spike = bezier((-0.13, 0.4), (-0.15, -0.2), (0.0, -0.88)) + bezier(
        (0.0, -0.88), (0.15, -0.2), (0.13, 0.4)
    )
    pen.fill(spike)
    pen.circle(0, -0.12, 0.065, ACCENT)
    for side in (-1, 1):
        ram_horn(pen.at(side * 0.43, -0.08, 0.4), BODY, 0.3)
        pen.fill([(x * 0.55 + side * 0.76, y * 0.42 + 0.02) for x, y in spike])
    pen.fill(band, gap=0.04)
    for i in range(7):
        x = -0.66 + 0.22 * i
        y = 0.31 + 0.18 * (1 - (x / 0.86) ** 2)
        pen.circle(x, y, 0.06 if i % 2 == 0 else 0.035, ACCENT if i % 2 == 0 else CUT)


def _figure(pen: Pen, layer: str, gap: float) -> None:
    pen.circle(0, -0.46, 0.2, layer, gap)
    body = bezier((-0.42, 0.72), (-0.44, 0.0), (-0.3, -0.14), (0.0, -0.14))
    pen.fill(body + mirror_x(body)[1:], layer, gap)


def draw_people(pen: Pen) -> None:
    for side in (-1, 1):
        _figure(pen.at(side * 0.52, -0.02, 0.82), ACCENT, 0.0)
    _figure(pen.at(0, 0.1), BODY, 0.05)


def draw_dombra(pen: Pen) -> None:
    for x, y in ((0.5, -0.5), (0.78, -0.62)):
        pen.ellipse(x, y, 0.08, 0.06, ACCENT)
        pen.stroke([(x + 0.07, y), (x + 0.07, y - 0.3)], 0.03, ACCENT)
    pen.stroke([(0.57, -0.8), (0.85, -0.92)], 0.06, ACCENT)
    lute = pen.at(-0.08, 0.04, 1.0, -28)
    side = bezier((0.05, -0.12), (0.12, 0.1), (0.42, 0.3), (0.36, 0.62)) + bezier(
        (0.36, 0.62), (0.3, 0.88), (0.1, 0.92), (0.0, 0.92)
    )
    lute.fill(side + mirror_x(side)[1:])
    lute.rect((-0.055, -0.86, 0.055, -0.05))
    lute.rect((-0.075, -1.0, 0.075, -0.82), radius=0.03)
    for y in (-0.96, -0.88):
        lute.rect((0.06, y - 0.02, 0.17, y + 0.02), ACCENT)
    for y in (-0.7, -0.58, -0.46, -0.34):
        lute.stroke([(-0.055, y), (0.055, y)], 0.012, CUT)
    for x in (-0.02, 0.02):
        lute.stroke([(x, -0.84), (x, 0.62)], 0.012, CUT)
    lute.rect((-0.12, 0.58, 0.12, 0.64), ACCENT)
    lute.circle(0, 0.3, 0.07, ACCENT)


def draw_shanyrak(pen: Pen) -> None:
    for i in range(24):
        spoke = rotate([(0, -0.72), (0, -0.96)], i * 15)
        pen.stroke(spoke, 0.04, ACCENT)
    pen.ring(0, 0, 0.68, 0.09)
    for angle in (0, 90):
        for offset in (-0.3, 0.0, 0.3):
            reach = math.sqrt(0.64**2 - offset**2)
            bar = bezier((offset, -reach), (offset * 1.6, 0.0), (offset, reach))
            pen.stroke(rotate(bar, angle), 0.06)
    pen.circle(0, 0, 0.1, ACCENT, gap=0.03)


def draw_skyline(pen: Pen) -> None:
    pen.rect((-0.86, 0.1, -0.34, 0.74))
    pen.fill(arc(-0.6, 0.1, 0.26, 0.34, 180, 360, 40))
    pen.rect((-0.64, -0.34, -0.56, -0.22))
    pen.circle(-0.6, -0.38, 0.04)
    for x in (-0.74, -0.6, -0.46):
        pen.fill([(x - 0.04, 0.6), (x - 0.04, 0.3), *arc(x, 0.3, 0.04, 0.04, 180, 360, 8),
                  (x + 0.04, 0.6)], CUT)
    pen.fill([(-0.14, 0.74), (-0.03, -0.3), (0.03, -0.3), (0.14, 0.74)], gap=0.035)
    pen.fill(arc(0, -0.52, 0.24, 0.3, 10, 170, 24) + arc(0, -0.52, 0.19, 0.24, 170, 10, 24))
    pen.circle(0, -0.56, 0.15, ACCENT)
    pen.fill([(0.3, 0.74), (0.3, -0.16), (0.56, -0.32), (0.56, 0.74)], gap=0.035)
    pen.rect((0.62, 0.22, 0.9, 0.74), gap=0.035)
    for row in range(6):
        y = -0.04 + row * 0.12
        pen.rect((0.36, y, 0.5, y + 0.05), CUT)
    for row in range(3):
        y = 0.32 + row * 0.12
        pen.rect((0.68, y, 0.84, y + 0.05), CUT)
    pen.rect((-0.96, 0.74, 0.96, 0.82), radius=0.03)


def _wave_band(y: float, amplitude: float, thickness: float) -> list[Point]:
    top = [(x / 24, y - amplitude * math.cos(x / 24 * 2.5 * math.pi)) for x in range(-22, 23)]
    return top + [(x, y2 + thickness) for x, y2 in reversed(top)]


def draw_waves(pen: Pen) -> None:
    pen.circle(0.5, -0.52, 0.22, ACCENT)
    for dx, scale in ((-0.46, 1.0), (-0.12, 0.7)):
        gull = arc(dx - 0.1 * scale, -0.6, 0.1 * scale, 0.07 * scale, 200, 340, 12)
        gull += arc(dx + 0.1 * scale, -0.6, 0.1 * scale, 0.07 * scale, 200, 340, 12)
        pen.stroke(gull, 0.035)
    for row, layer in enumerate((ACCENT, BODY, BODY)):
        band = _wave_band(-0.12 + row * 0.3, 0.07, 0.13)
        pen.fill(band, layer, gap=0.03)
    pen.rect((-0.92, 0.74, 0.92, 0.8), radius=0.03)


def draw_wheat(pen: Pen) -> None:
    for layer, angle, dx in ((ACCENT, 18, 0.16), (BODY, -12, -0.12)):
        ear = pen.at(dx, 0.04, 0.95, angle)
        ear.tapered(bezier((0.02, 0.92), (0.0, 0.3), (0.0, -0.3)), 0.06, 0.035, layer=layer)
        for i in range(5):
            y = -0.28 - i * 0.13
            for side in (-1, 1):
                grain = rotate(arc(side * 0.09, y, 0.07, 0.14, 0, 360, 24), side * 28,
                               (side * 0.09, y))
                ear.fill(grain, layer, gap=0.02)
        ear.fill(arc(0, -0.95, 0.055, 0.12, 0, 360, 24), layer, gap=0.02)
        leaf = bezier((0.01, 0.45), (0.3, 0.3), (0.4, 0.05), (0.5, -0.05))
        ear.tapered(leaf, 0.08, 0.005, layer=layer)


def draw_yurt(pen: Pen) -> None:
    pen.rect((-0.96, 0.74, 0.96, 0.82), radius=0.03)
    pen.rect((-0.76, 0.02, 0.76, 0.74))
    for i in range(-8, 9):
        x = i * 0.18
        pen.stroke([(x - 0.3, 0.7), (x + 0.3, 0.1)], 0.025, CUT)
        pen.stroke([(x + 0.3, 0.7), (x - 0.3, 0.1)], 0.025, CUT)
    pen.fill([(-0.96, 0.0), (-0.96, 0.1), (0.96, 0.1), (0.96, 0.0)], CUT)
    pen.rect((-0.76, 0.0, 0.76, 0.1), CUT)
    pen.rect((-0.8, -0.02, 0.8, 0.08), ACCENT)
    roof = bezier((-0.84, -0.02), (-0.5, -0.3), (-0.2, -0.52), (-0.12, -0.56)) + bezier(
        (0.12, -0.56), (0.2, -0.52), (0.5, -0.3), (0.84, -0.02)
    )
    pen.fill(roof, gap=0.03)
    for x in (-0.52, -0.26, 0.26, 0.52):
        pen.stroke([(x * 0.2, -0.5), (x, -0.2 + abs(x) * 0.2)], 0.02, CUT)
    pen.ellipse(0, -0.56, 0.15, 0.05, ACCENT)
    pen.fill([(-0.15, 0.74), (-0.15, 0.22), (0.15, 0.22), (0.15, 0.74)], ACCENT, gap=0.03)
    pen.stroke([(0, 0.26), (0, 0.7)], 0.02, CUT)


def draw_portrait(pen: Pen) -> None:
    pen.stroke(arc(0, 0, 0.66, 0.88, 0, 360), 0.06, ACCENT)
    pen.circle(0, -0.28, 0.24)
    shoulders = bezier((-0.5, 0.62), (-0.52, 0.1), (-0.3, 0.02), (0.0, 0.02))
    pen.fill(shoulders + mirror_x(shoulders)[1:] + bezier((0.5, 0.62), (0, 0.76), (-0.5, 0.62)))


def draw_pin(pen: Pen) -> None:
    pen.ellipse(0, 0.74, 0.42, 0.1, ACCENT)
    pen.ellipse(0, 0.74, 0.24, 0.05, CUT)
    side = arc(0, -0.32, 0.48, 0.48, 150, 390, 64)
    pen.fill([*side, (0.0, 0.74)], gap=0.04)
    pen.circle(0, -0.32, 0.2, CUT)
    pen.circle(0, -0.32, 0.12, ACCENT)


def draw_calendar(pen: Pen) -> None:
    pen.rect((-0.72, -0.62, 0.72, 0.8), radius=0.08)
    pen.rect((-0.72, -0.62, 0.72, -0.3), ACCENT, 0.08)
    pen.rect((-0.72, -0.36, 0.72, -0.3), ACCENT)
    for x in (-0.36, 0.36):
        pen.rect((x - 0.06, -0.84, x + 0.06, -0.46), BODY, 0.06, gap=0.035)
    for row in range(3):
        for col in range(4):
            x, y = -0.54 + col * 0.36, -0.14 + row * 0.3
            layer = ACCENT if (row, col) == (1, 2) else CUT
            pen.rect((x - 0.11, y - 0.09, x + 0.11, y + 0.09), layer, 0.03)


def draw_globe(pen: Pen) -> None:
    pen.circle(0, 0, 0.7)
    for rx in (0.28, 0.56):
        pen.stroke(arc(0, 0, rx, 0.7, 0, 360), 0.025, CUT)
    pen.stroke([(0, -0.7), (0, 0.7)], 0.025, CUT)
    for y in (-0.38, 0.0, 0.38):
        half = math.sqrt(0.7**2 - y**2)
        pen.stroke([(-half, y), (half, y)], 0.025, CUT)
    orbit = rotate(arc(0, 0, 0.98, 0.3, 0, 360), -22)
    pen.stroke(orbit, 0.1, CUT)
    pen.stroke(orbit, 0.045, ACCENT)
    x, y = orbit[60]
    pen.circle(x, y, 0.08, ACCENT, gap=0.03)


@dataclass(frozen=True)
class Icon:
    key: str
    draw: Callable[[Pen], None]
    name: Mapping[str, str]
    """What the icon shows: en, it and kk as a noun phrase, ru in the genitive."""
    mirrorable: bool = True


def _icon(
    key: str, draw: Callable[[Pen], None], en: str, it: str, kk: str, ru: str, mirror: bool = True
) -> Icon:
    return Icon(key, draw, {"en": en, "it": it, "kk": kk, "ru": ru}, mirror)


ICONS: dict[str, Icon] = {
    icon.key: icon
    for icon in (
        _icon("masks", draw_masks, "two theatre masks", "due maschere teatrali",
              "театр маскалары", "двух театральных масок"),
        _icon("bust", draw_bust, "a bust on a plinth", "un busto su un piedistallo",
              "тұғырдағы бюст", "бюста на постаменте"),
        _icon("street-sign", draw_street_sign, "a street signpost", "un cartello stradale",
              "көше көрсеткіші", "уличного указателя"),
        _icon("mortarboard", draw_mortarboard, "a graduation cap", "un tocco accademico",
              "түлек қалпағы", "академической шапочки"),
        _icon("aeroplane", draw_aeroplane, "an aeroplane", "un aereo", "ұшақ", "самолёта"),
        _icon("route", draw_route, "a winding route with waypoints",
              "un percorso tortuoso con tappe", "аялдамалары бар ирек жол",
              "извилистого маршрута с остановками"),
        _icon("bars", draw_bars, "rising bars with an upward arrow",
              "barre crescenti con una freccia verso l'alto",
              "өсіп келе жатқан бағандар мен жоғары көрсеткі",
              "растущих столбцов со стрелкой вверх", mirror=False),
        _icon("scales", draw_scales, "a pair of scales", "una bilancia", "таразы", "весов"),
        _icon("portico", draw_portico, "a classical portico with columns",
              "un portico classico con colonne", "бағаналы классикалық портик",
              "классического портика с колоннами"),
        _icon("eagle", draw_eagle, "a soaring eagle against the sun",
              "un'aquila in volo davanti al sole", "күн аясында қалықтаған бүркіт",
              "парящего орла на фоне солнца"),
        _icon("mountains", draw_mountains, "snow-capped mountains and the sun",
              "montagne innevate e il sole", "қар басқан таулар мен күн",
              "заснеженных гор и солнца"),
        _icon("steppe", draw_steppe, "the steppe with feather grass and a rising sun",
              "la steppa con la stipa e il sole nascente",
              "селеу өскен дала мен шығып келе жатқан күн",
              "степи с ковылём и восходящим солнцем"),
        _icon("chip", draw_chip, "a microchip with circuit traces",
              "un microchip con piste di circuito", "тізбек жолдары бар микрочип",
              "микрочипа с дорожками схемы"),
        _icon("round-table", draw_round_table, "a round table with chairs and two flags",
              "un tavolo rotondo con sedie e due bandiere",
              "орындықтары мен екі туы бар дөңгелек үстел",
              "круглого стола со стульями и двумя флагами"),
        _icon("embassy", draw_embassy, "a building flying a flag",
              "un edificio con una bandiera", "туы желбіреген ғимарат", "здания с флагом"),
        _icon("book", draw_book, "an open book with a quill",
              "un libro aperto con una penna d'oca", "қауырсын қаламы бар ашық кітап",
              "открытой книги с гусиным пером"),
        _icon("compass", draw_compass, "a compass rose", "una rosa dei venti",
              "жел раушаны", "розы ветров"),
        _icon("diadem", draw_diadem, "a jewelled diadem", "un diadema ingioiellato",
              "асыл тас қадалған тәж", "диадемы с самоцветами"),
        _icon("people", draw_people, "three human figures", "tre figure umane",
              "үш адам", "трёх человеческих фигур"),
        _icon("dombra", draw_dombra, "a dombra, the two-stringed Kazakh lute, with notes",
              "una dombra, il liuto kazako a due corde, con note musicali",
              "домбыра мен ноталар", "домбры, казахской двухструнной лютни, и нот"),
        _icon("shanyrak", draw_shanyrak, "a shanyrak, the crown of a yurt",
              "uno shanyrak, la corona della yurta", "шаңырақ",
              "шанырака, венца купола юрты"),
        _icon("skyline", draw_skyline, "a city skyline with a dome and the Baiterek tower",
              "il profilo di una città con una cupola e la torre Bayterek",
              "күмбез бен Бәйтерек мұнарасы бар қала сұлбасы",
              "городского силуэта с куполом и башней Байтерек"),
        _icon("waves", draw_waves, "sea waves with a gull and the sun",
              "onde del mare con un gabbiano e il sole",
              "шағала мен күн үстіндегі теңіз толқындары",
              "морских волн с чайкой и солнцем"),
        _icon("wheat", draw_wheat, "two ears of wheat", "due spighe di grano",
              "екі бидай масағы", "двух колосьев пшеницы"),
        _icon("yurt", draw_yurt, "a yurt", "una yurta", "киіз үй", "юрты"),
        _icon("portrait", draw_portrait, "a portrait silhouette in an oval frame",
              "una silhouette in una cornice ovale", "сопақ жақтаудағы портрет сұлбасы",
              "силуэта портрета в овальной раме"),
        _icon("pin", draw_pin, "a map pin", "un segnaposto su una mappa", "картадағы белгі",
              "метки на карте"),
        _icon("calendar", draw_calendar, "a calendar page", "una pagina di calendario",
              "күнтізбе парағы", "листка календаря", mirror=False),
        _icon("globe", draw_globe, "a globe with an orbit", "un globo con un'orbita",
              "орбитасы бар глобус", "глобуса с орбитой"),
    )
}

