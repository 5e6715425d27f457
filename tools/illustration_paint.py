"""A canvas for painted scenes: light, sky, land, water and soft shapes, drawn with Pillow.

Coordinates are in a 1200 × 800 frame whatever the pixel size, y grows downwards. A scene is
painted far to near; ``far`` fades a colour into the light's haze to give depth. The canvas
remembers the names of the landmarks and things painted on it (``drew``), so that tests can
ask what a picture shows.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

Point = tuple[float, float]
RGB = tuple[int, int, int]
WIDTH, HEIGHT = 1200, 800
FONTS = Path(__file__).resolve().parents[1] / "explorer" / "assets" / "fonts"


def hex_rgb(code: str) -> RGB:
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", code):
        raise ValueError(f"not a #rrggbb colour: {code!r}")
    return int(code[1:3], 16), int(code[3:5], 16), int(code[5:7], 16)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    t = min(1.0, max(0.0, t))
    red, green, blue = (round(x + (y - x) * t) for x, y in zip(a, b, strict=True))
    return red, green, blue


@dataclass(frozen=True)
class Light:
    """The time of day: sky colours, where the sun or moon is, the haze and the overall tint."""

    zenith: RGB
    horizon: RGB
    sun: RGB
    haze: RGB
    tint: RGB
    tint_strength: float
    sun_at: Point
    sun_size: float
    night: bool = False


LIGHTS = {
    "dawn": Light(
        hex_rgb("#6d7fb3"),
        hex_rgb("#f7c6a3"),
        hex_rgb("#fff1d6"),
        hex_rgb("#e9c3b2"),
        hex_rgb("#f3b89a"),
        0.16,
        (860, 330),
        34,
    ),
    "day": Light(
        hex_rgb("#4f8fd0"),
        hex_rgb("#cfe6f5"),
        hex_rgb("#fffbe8"),
        hex_rgb("#c9dcea"),
        hex_rgb("#fff6e0"),
        0.05,
        (980, 120),
        30,
    ),
    "golden": Light(
        hex_rgb("#5d86c2"),
        hex_rgb("#f6d39a"),
        hex_rgb("#fff0c0"),
        hex_rgb("#ecd2a8"),
        hex_rgb("#f0b860"),
        0.18,
        (240, 250),
        36,
    ),
    "sunset": Light(
        hex_rgb("#3c4f8c"),
        hex_rgb("#f59a62"),
        hex_rgb("#ffd9a0"),
        hex_rgb("#d99a86"),
        hex_rgb("#e8875a"),
        0.24,
        (640, 380),
        44,
    ),
    "dusk": Light(
        hex_rgb("#1d2750"),
        hex_rgb("#b86f8a"),
        hex_rgb("#ffe6c8"),
        hex_rgb("#7c6684"),
        hex_rgb("#5a4f86"),
        0.30,
        (300, 130),
        22,
    ),
    "night": Light(
        hex_rgb("#0b1330"),
        hex_rgb("#2c3f6e"),
        hex_rgb("#f4f1dc"),
        hex_rgb("#34456e"),
        hex_rgb("#26335c"),
        0.42,
        (960, 120),
        26,
        night=True,
    ),
    "winter": Light(
        hex_rgb("#8fb3d6"),
        hex_rgb("#eef3f6"),
        hex_rgb("#fffdf4"),
        hex_rgb("#e2eaf0"),
        hex_rgb("#dfe9f4"),
        0.12,
        (300, 150),
        28,
    ),
    "indoor": Light(
        hex_rgb("#3a2a24"),
        hex_rgb("#6b4a3a"),
        hex_rgb("#ffe9b8"),
        hex_rgb("#7a5a48"),
        hex_rgb("#ffcf8a"),
        0.10,
        (600, 90),
        0,
    ),
}


class Canvas:
    def __init__(self, light: Light, rng: random.Random, size: tuple[int, int]) -> None:
        self.light = light
        self.rng = rng
        self.scale = size[0] / WIDTH
        self.image = Image.new("RGB", size, light.horizon)
        self.drew: set[str] = set()

    # --- colour ------------------------------------------------------------------------

    def lit(self, colour: RGB | str) -> RGB:
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        tinted = tuple(round(c * t / 255) for c, t in zip(rgb, self.light.tint, strict=True))
        return mix(rgb, tinted, min(0.5, self.light.tint_strength * 2))  # type: ignore[arg-type]

    def far(self, colour: RGB | str, depth: float) -> RGB:
        """A colour seen through ``depth`` (0 near, 1 lost in the haze) of air."""
        return mix(self.lit(colour), self.light.haze, depth)

    # --- shapes ------------------------------------------------------------------------

    def px(self, points: Sequence[Point]) -> list[Point]:
        s = self.scale
        return [(x * s, y * s) for x, y in points]

    def _mask(self, points: Sequence[Point], alpha: int) -> tuple[Image.Image, tuple[int, int]]:
        xy = self.px(points)
        x0 = max(0, math.floor(min(p[0] for p in xy)) - 1)
        y0 = max(0, math.floor(min(p[1] for p in xy)) - 1)
        x1 = min(self.image.width, math.ceil(max(p[0] for p in xy)) + 2)
        y1 = min(self.image.height, math.ceil(max(p[1] for p in xy)) + 2)
        mask = Image.new("L", (max(1, x1 - x0), max(1, y1 - y0)), 0)
        ImageDraw.Draw(mask).polygon([(x - x0, y - y0) for x, y in xy], fill=alpha)
        return mask, (x0, y0)

    def poly(self, points: Sequence[Point], colour: RGB | str, alpha: int = 255) -> None:
        if len(points) < 3:
            return
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        if alpha >= 255:
            ImageDraw.Draw(self.image).polygon(self.px(points), fill=rgb)
            return
        mask, at = self._mask(points, alpha)
        self.image.paste(rgb, (*at, at[0] + mask.width, at[1] + mask.height), mask)

    def rect(self, box: Sequence[float], colour: RGB | str, alpha: int = 255) -> None:
        x0, y0, x1, y1 = box
        self.poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], colour, alpha)

    def ellipse(
        self,
        x: float,
        y: float,
        rx: float,
        ry: float,
        colour: RGB | str,
        alpha: int = 255,
        start: float = 0,
        end: float = 360,
    ) -> None:
        points = arc(x, y, rx, ry, start, end, 72)
        if end - start < 360:
            points.append((x, y))
        self.poly(points, colour, alpha)

    def line(
        self, points: Sequence[Point], colour: RGB | str, width: float, alpha: int = 255
    ) -> None:
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        w = max(1, round(width * self.scale))
        if alpha >= 255:
            ImageDraw.Draw(self.image).line(self.px(points), fill=rgb, width=w, joint="curve")
            return
        xy = self.px(points)
        x0 = max(0, math.floor(min(p[0] for p in xy)) - w)
        y0 = max(0, math.floor(min(p[1] for p in xy)) - w)
        x1 = min(self.image.width, math.ceil(max(p[0] for p in xy)) + w)
        y1 = min(self.image.height, math.ceil(max(p[1] for p in xy)) + w)
        if x1 <= x0 or y1 <= y0:
            return
        mask = Image.new("L", (x1 - x0, y1 - y0), 0)
        ImageDraw.Draw(mask).line(
            [(x - x0, y - y0) for x, y in xy], fill=alpha, width=w, joint="curve"
        )
        self.image.paste(rgb, (x0, y0, x1, y1), mask)

    def text(
        self,
        x: float,
        y: float,
        words: str,
        size: float,
        colour: RGB | str,
        font: str = "NotoSerif.ttf",
        anchor: str = "la",
    ) -> None:
        """Lettering painted into the scene (a sign, a blackboard), in the app's own fonts."""
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        face = ImageFont.truetype(str(FONTS / font), max(1, round(size * self.scale)))
        ImageDraw.Draw(self.image).text(
            (x * self.scale, y * self.scale), words, font=face, fill=rgb, anchor=anchor
        )

    def gradient_poly(
        self, points: Sequence[Point], top: RGB, bottom: RGB, alpha: int = 255
    ) -> None:
        """A polygon shaded from ``top`` at its highest point to ``bottom`` at its lowest."""
        mask, at = self._mask(points, alpha)
        ramp = Image.linear_gradient("L").resize(mask.size)
        shade = Image.composite(
            Image.new("RGB", mask.size, bottom), Image.new("RGB", mask.size, top), ramp
        )
        self.image.paste(shade, at, mask)

    def glow(
        self, x: float, y: float, r: float, colour: RGB | str, strength: float, falloff: float = 1.6
    ) -> None:
        """Soft light: a radial fade of ``colour`` reaching ``strength`` at the centre."""
        rgb = hex_rgb(colour) if isinstance(colour, str) else colour
        side = max(2, round(2 * r * self.scale))
        ramp = Image.radial_gradient("L").resize((side, side))
        ramp = ramp.point(lambda v: round(255 * strength * max(0.0, 1 - v / 181) ** falloff))
        self.image.paste(rgb, (round((x - r) * self.scale), round((y - r) * self.scale)), ramp)

    def soften(self, box: Sequence[float], radius: float) -> None:
        """Blur a region, as distance or mist blurs it."""
        x0, y0, x1, y1 = (round(v * self.scale) for v in box)
        region = self.image.crop((x0, y0, x1, y1))
        self.image.paste(region.filter(ImageFilter.GaussianBlur(radius * self.scale)), (x0, y0))

    # --- sky, land and water -------------------------------------------------------------

    def sky(self, horizon: float, clouds: int = 3) -> None:
        light = self.light
        self.gradient_poly(
            [(0, 0), (WIDTH, 0), (WIDTH, horizon), (0, horizon)], light.zenith, light.horizon
        )
        if light.night:
            for _ in range(140):
                x, y = self.rng.uniform(0, WIDTH), self.rng.uniform(0, horizon * 0.8)
                r = self.rng.uniform(0.6, 1.6)
                self.ellipse(x, y, r, r, light.sun, self.rng.randrange(120, 255))
        sx, sy = light.sun_at
        if light.sun_size:
            self.glow(sx, sy, light.sun_size * 9, light.sun, 0.55)
            self.glow(sx, sy, light.sun_size * 3, light.sun, 0.8)
            self.ellipse(sx, sy, light.sun_size, light.sun_size, light.sun)
        for _ in range(clouds):
            self.cloud(
                self.rng.uniform(80, WIDTH - 80),
                self.rng.uniform(60, horizon * 0.6),
                self.rng.uniform(60, 140),
            )

    def cloud(self, x: float, y: float, size: float) -> None:
        body = mix(self.light.horizon, (255, 255, 255), 0.55)
        shade = mix(body, self.light.zenith, 0.25)
        for i in range(7):
            dx = (i - 3) * size * 0.28 + self.rng.uniform(-8, 8)
            r = size * (0.42 - abs(i - 3) * 0.06) * self.rng.uniform(0.8, 1.1)
            self.ellipse(x + dx, y + r * 0.3, r * 1.1, r * 0.55, shade, 150)
            self.ellipse(x + dx, y, r * 1.05, r * 0.6, body, 170)

    def ridge(
        self,
        base: float,
        top: float,
        depth: float,
        colour: str,
        seed_shift: float = 0,
        snow: float = 0.0,
        left: float = -20,
        right: float = WIDTH + 20,
        roughness: float = 0.55,
    ) -> list[Point]:
        """A mountain range from ``left`` to ``right`` rising from ``base`` to about ``top``."""
        points = displaced(
            left, right, base - (base - top) * 0.45, self.rng, (base - top) * 0.8, roughness, 7
        )
        points = [(x, min(base - 4, max(top, y + seed_shift))) for x, y in points]
        rock = self.far(colour, depth)
        outline = [*points, (right, base), (left, base)]
        self.gradient_poly(outline, mix(rock, self.light.sun, 0.08), mix(rock, (0, 0, 0), 0.1))
        if snow:
            peak = min(y for _, y in points)
            self.snow_caps(outline, peak + (base - peak) * snow * 0.6, depth)
        return points

    def shadow(self, x: float, y: float, rx: float, ry: float, strength: float = 0.35) -> None:
        """A soft contact shadow on the ground under a thing."""
        self.ellipse(x, y, rx, ry, mix(self.light.zenith, (0, 0, 0), 0.5), round(255 * strength))

    def snow_caps(self, outline: Sequence[Point], line: float, depth: float) -> None:
        """Snow on every part of a mountain outline above a ragged ``line``."""
        mountain, at = self._mask(outline, 255)
        x0, y0 = at
        s = self.scale
        edge = [
            (x, line + self.rng.uniform(-1, 1) * 26 + math.sin(x / 23) * 12)
            for x in range(-40, WIDTH + 60, 18)
        ]
        cap = Image.new("L", mountain.size, 0)
        ImageDraw.Draw(cap).polygon(
            [(x * s - x0, y * s - y0) for x, y in [(-40, -10), *edge, (WIDTH + 60, -10)]], fill=255
        )
        snow = ImageChops.multiply(mountain, cap)
        lit = self.far("#f4f7fb", depth * 0.7)
        self.image.paste(lit, (x0, y0, x0 + snow.width, y0 + snow.height), snow)
        shade = ImageChops.multiply(
            snow, ImageChops.offset(mountain, round(-9 * s), 0).point(lambda v: 255 - v)
        )
        self.image.paste(
            mix(lit, self.light.zenith, 0.3), (x0, y0, x0 + snow.width, y0 + snow.height), shade
        )

    def ground(self, top: float, near: RGB | str, far_colour: RGB | str) -> None:
        self.gradient_poly(
            [(0, top), (WIDTH, top), (WIDTH, HEIGHT), (0, HEIGHT)],
            self.far(far_colour, 0.35),
            self.lit(near),
        )

    def grass(self, top: float, colour: str, count: int = 160) -> None:
        for _ in range(count):
            y = self.rng.uniform(top, HEIGHT)
            t = (y - top) / max(1.0, HEIGHT - top)
            x = self.rng.uniform(0, WIDTH)
            h = 2 + 14 * t
            self.line(
                [(x, y), (x + self.rng.uniform(-3, 3), y - h)],
                self.far(colour, 0.5 - t / 2),
                1 + 1.5 * t,
            )

    def water(self, top: float, colour: str, reflect: float = 0.45, bottom: float = HEIGHT) -> None:
        """Water from ``top`` down: the scene above mirrored, tinted and rippled."""
        s = self.scale
        height = round((bottom - top) * s)
        above = self.image.crop(
            (0, max(0, round(top * s) - height), self.image.width, round(top * s))
        )
        mirror = above.transpose(Image.Transpose.FLIP_TOP_BOTTOM).resize((self.image.width, height))
        deep = Image.new("RGB", mirror.size, self.far(colour, 0.1))
        shallow = Image.new("RGB", mirror.size, self.far(colour, 0.45))
        ramp = Image.linear_gradient("L").resize(mirror.size)
        body = Image.composite(deep, shallow, ramp)
        water = Image.blend(body, mirror.filter(ImageFilter.GaussianBlur(3 * s)), reflect)
        self.image.paste(water, (0, round(top * s)))
        sheen = mix(self.light.sun, self.light.horizon, 0.3)
        for _ in range(90):
            y = self.rng.uniform(top + 2, bottom)
            t = (y - top) / max(1.0, bottom - top)
            x = self.rng.uniform(-40, WIDTH)
            length = 8 + 50 * t
            self.line([(x, y), (x + length, y)], sheen, 0.8 + 1.5 * t, 70 + round(60 * (1 - t)))
        sx = self.light.sun_at[0]
        if self.light.sun_size:
            for _ in range(70):
                t = self.rng.random() ** 1.3
                y = top + 3 + t * (bottom - top - 6)
                spread = 14 + t * 110
                x = sx + self.rng.uniform(-spread, spread)
                half = self.rng.uniform(4, 10 + t * 30)
                self.line(
                    [(x - half, y), (x + half, y)],
                    self.light.sun,
                    1 + t * 1.5,
                    self.rng.randrange(90, 190),
                )

    def haze(self, top: float, bottom: float, strength: float = 0.5) -> None:
        """Mist thickening from nothing at ``top`` to ``strength`` at ``bottom``."""
        s = self.scale
        size = (self.image.width, max(1, round((bottom - top) * s)))
        ramp = Image.linear_gradient("L").resize(size).point(lambda v: round(v * strength))
        self.image.paste(
            self.light.haze, (0, round(top * s), size[0], round(top * s) + size[1]), ramp
        )

    def inset(self, box: Sequence[float], paint: Callable[[Canvas], None]) -> None:
        """Paint a whole scene into ``box`` (a 3:2 window, a screen, a picture on a wall)."""
        x0, y0, x1, y1 = box
        inner = Canvas(
            self.light, self.rng, (round((x1 - x0) * self.scale), round((y1 - y0) * self.scale))
        )
        paint(inner)
        self.image.paste(inner.image, (round(x0 * self.scale), round(y0 * self.scale)))
        self.drew |= inner.drew

    def vignette(self) -> None:
        mask = Image.radial_gradient("L").resize(self.image.size)
        mask = mask.point(lambda v: round(max(0, v - 120) * 0.55))
        self.image.paste(mix(self.light.zenith, (0, 0, 0), 0.6), (0, 0), mask)

    def finish(self) -> Image.Image:
        self.vignette()
        return self.image


def arc(
    cx: float, cy: float, rx: float, ry: float, start: float, end: float, steps: int = 48
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


def displaced(
    left: float,
    right: float,
    level: float,
    rng: random.Random,
    spread: float,
    roughness: float,
    rounds: int,
) -> list[Point]:
    """A jagged line by midpoint displacement (the classic fractal ridge)."""
    heights = [level + rng.uniform(-spread, spread) / 2, level + rng.uniform(-spread, spread) / 2]
    for _ in range(rounds):
        grown = []
        for a, b in pairwise(heights):
            grown += [a, (a + b) / 2 + rng.uniform(-spread, spread) / 2]
        heights = [*grown, heights[-1]]
        spread *= roughness
    step = (right - left) / (len(heights) - 1)
    return [(left + i * step, y) for i, y in enumerate(heights)]
