"""Vehicles, people and objects for painted scenes, placed like the landmarks: at ``x`` on
``base`` (or ``y``) with ``size`` in frame units."""

from __future__ import annotations

from collections.abc import Sequence

from tools.illustration_paint import Canvas, arc, bezier, hex_rgb, mix

SKIN = ("#e0b48e", "#c68d64", "#f0c9a4", "#a86f4a")
CLOTHES = ("#2f3b55", "#5a2f3a", "#3a4a3a", "#6b5a44", "#27303d", "#7a3b2e", "#3d3552")


def aircraft(
    c: Canvas,
    x: float,
    y: float,
    size: float,
    livery: str = "#ffffff",
    tail: str = "#1f4e9a",
    climbing: float = -8.0,
) -> None:
    """An airliner seen from the side, nose to the right, climbing by ``climbing`` degrees."""
    c.drew.add("aircraft")
    import math

    a = math.radians(climbing)
    cos, sin = math.cos(a), math.sin(a)

    def at(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [
            (x + (px * cos - py * sin) * size, y + (px * sin + py * cos) * size)
            for px, py in points
        ]

    body, shade = c.lit(livery), mix(c.lit(livery), (60, 70, 90), 0.35)
    c.poly(at([(-0.85, 0.08), (-0.95, -0.25), (-0.75, -0.06)]), c.lit(tail))
    c.poly(
        at([*arc(0.78, 0.0, 0.2, 0.07, -90, 90, 12), (-0.85, 0.07), (-0.9, -0.03), (-0.8, -0.07)]),
        body,
    )
    c.poly(at([(-0.9, 0.03), (0.95, 0.03), (0.9, 0.06), (-0.85, 0.07)]), shade)
    c.poly(at([(-0.1, 0.03), (-0.4, 0.14), (-0.3, 0.15), (0.15, 0.04)]), shade)
    c.poly(at([(-0.75, -0.04), (-0.92, -0.1), (-0.88, -0.02)]), shade)
    if climbing == 0:
        for gx, gy in ((0.62, 0.06), (-0.12, 0.08)):
            c.line(at([(gx, gy), (gx, 0.2)]), c.lit("#6a6a70"), max(2.0, 0.015 * size))
            for dx in (0.0,) if gx > 0 else (-0.03, 0.03):
                c.ellipse(*at([(gx + dx, 0.21)])[0], 0.026 * size, 0.026 * size, c.lit("#1e1e22"))
    c.ellipse(*at([(-0.05, 0.12)])[0], 0.1 * size, 0.035 * size, shade)
    for k in range(14):
        wx = -0.55 + k * 0.09
        c.ellipse(*at([(wx, -0.015)])[0], 0.012 * size, 0.012 * size, c.lit("#27364f"))
    c.poly(at([(0.88, -0.04), (0.95, -0.02), (0.9, -0.005), (0.86, -0.02)]), c.lit("#27364f"))


def contrail(c: Canvas, points: Sequence[tuple[float, float]], alpha: int = 120) -> None:
    c.line(points, (255, 255, 255), 5, alpha)
    c.line(points, (255, 255, 255), 2, min(255, alpha + 60))


def route_arc(
    c: Canvas,
    start: tuple[float, float],
    end: tuple[float, float],
    lift: float,
    colour: str = "#ffffff",
    dashes: int = 26,
) -> None:
    """A dashed great-circle-like arc between two places, with dots at both ends."""
    mid = ((start[0] + end[0]) / 2, min(start[1], end[1]) - lift)
    points = bezier(start, mid, end, steps=dashes * 2)
    for i in range(0, len(points) - 1, 2):
        c.line([points[i], points[i + 1]], c.lit(colour), 3, 220)
    for px, py in (start, end):
        c.ellipse(px, py, 9, 9, c.lit(colour))
        c.ellipse(px, py, 4, 4, c.lit("#c8302c"))


def ship(
    c: Canvas, x: float, y: float, size: float, hull: str = "#2f3f5a", kind: str = "ferry"
) -> None:
    """A ship on the water line ``y``: a ro-ro ferry, a container ship or a tanker."""
    c.drew.add(kind)
    dark = c.lit(hull)
    length = size * 2.4
    x0 = x - length / 2
    c.poly(
        [
            (x0, y - size * 0.22),
            (x0 + length, y - size * 0.22),
            (x0 + length * 0.96, y),
            (x0 + length * 0.04, y),
        ],
        dark,
    )
    c.rect((x0, y - size * 0.22, x0 + length, y - size * 0.18), c.lit("#b83a32"))
    if kind == "ferry":
        c.rect(
            (x0 + length * 0.1, y - size * 0.5, x0 + length * 0.9, y - size * 0.22),
            c.lit("#f1f1ee"),
        )
        c.rect(
            (x0 + length * 0.5, y - size * 0.68, x0 + length * 0.82, y - size * 0.5),
            c.lit("#e4e6e8"),
        )
        for k in range(16):
            wx = x0 + length * (0.13 + k * 0.048)
            c.rect((wx, y - size * 0.42, wx + size * 0.05, y - size * 0.36), c.lit("#35506e"))
        c.rect(
            (x0 + length * 0.7, y - size * 0.85, x0 + length * 0.76, y - size * 0.68),
            c.lit("#c8302c"),
        )
    elif kind == "container-ship":
        palette = ("#c8302c", "#2a6db0", "#e0a030", "#3a8a5a", "#7a7f88", "#d26a2a")
        for col in range(14):
            for row in range(3):
                bx = x0 + length * 0.08 + col * length * 0.052
                if bx > x0 + length * 0.8:
                    continue
                colour = palette[(col * 7 + row * 3 + int(x)) % len(palette)]
                c.rect(
                    (
                        bx,
                        y - size * (0.32 + row * 0.1),
                        bx + length * 0.048,
                        y - size * (0.23 + row * 0.1),
                    ),
                    c.lit(colour),
                )
        c.rect(
            (x0 + length * 0.84, y - size * 0.7, x0 + length * 0.94, y - size * 0.22),
            c.lit("#f0f0ea"),
        )
    else:
        deck = c.lit("#8a4a3a")
        c.rect((x0 + length * 0.05, y - size * 0.27, x0 + length * 0.86, y - size * 0.22), deck)
        c.line(
            [(x0 + length * 0.1, y - size * 0.3), (x0 + length * 0.82, y - size * 0.3)],
            c.lit("#d8c8a0"),
            3,
        )
        for k in range(5):
            px = x0 + length * (0.18 + k * 0.14)
            c.line([(px, y - size * 0.27), (px, y - size * 0.36)], c.lit("#d8c8a0"), 4)
        c.rect(
            (x0 + length * 0.86, y - size * 0.66, x0 + length * 0.97, y - size * 0.22),
            c.lit("#f0f0ea"),
        )
        c.rect(
            (x0 + length * 0.89, y - size * 0.8, x0 + length * 0.93, y - size * 0.66),
            c.lit("#2a2a30"),
        )
    c.line([(x0 - 30, y + 3), (x0 + length + 20, y + 3)], c.lit("#ffffff"), 2, 140)


def oil_platform(c: Canvas, x: float, y: float, size: float, depth: float = 0.0) -> None:
    """An offshore platform on legs with a derrick, cranes and a gas flare."""
    c.drew.add("oil-platform")
    steel, dark = c.far("#c9c2b4", depth), c.far("#4a4f58", depth)
    for k in (-0.8, -0.3, 0.3, 0.8):
        c.line([(x + k * size, y + 10), (x + k * size * 0.9, y - size * 0.45)], dark, size * 0.05)
    c.line([(x - size * 0.8, y - size * 0.1), (x + size * 0.8, y - size * 0.3)], dark, 3)
    c.line([(x - size * 0.8, y - size * 0.3), (x + size * 0.8, y - size * 0.1)], dark, 3)
    c.rect((x - size, y - size * 0.6, x + size, y - size * 0.45), c.far("#e0a030", depth))
    c.rect((x - size * 0.9, y - size * 0.85, x + size * 0.1, y - size * 0.6), steel)
    c.rect(
        (x - size * 0.9, y - size * 0.9, x - size * 0.4, y - size * 0.85), c.far("#c8302c", depth)
    )
    c.poly(
        [
            (x + size * 0.2, y - size * 0.6),
            (x + size * 0.35, y - size * 1.5),
            (x + size * 0.5, y - size * 0.6),
        ],
        dark,
    )
    for k in range(6):
        t = k / 6
        c.line(
            [
                (x + size * (0.2 + 0.15 * t), y - size * (0.6 + 0.9 * t)),
                (x + size * (0.5 - 0.15 * t - 0.025), y - size * (0.6 + 0.9 * (t + 1 / 6))),
            ],
            dark,
            1.5,
        )
    c.line([(x + size * 0.8, y - size * 0.6), (x + size * 1.3, y - size * 1.1)], dark, 4)
    c.glow(x + size * 1.3, y - size * 1.18, size * 0.35, "#ffb040", 0.7)
    c.poly(
        [
            (x + size * 1.27, y - size * 1.1),
            (x + size * 1.3, y - size * 1.3),
            (x + size * 1.36, y - size * 1.12),
        ],
        c.lit("#ffd060"),
    )


def camel(
    c: Canvas, x: float, base: float, size: float, colour: str = "#b08a5a", load: str = "#8a3a2e"
) -> None:
    """A Bactrian camel walking right, with a striped pack between its humps."""
    body = c.lit(colour)
    for lx, phase in ((-0.35, 0.05), (-0.2, -0.05), (0.3, -0.05), (0.45, 0.05)):
        c.line(
            [(x + lx * size, base - size * 0.5), (x + (lx + phase) * size, base)], body, size * 0.07
        )
    c.ellipse(x, base - size * 0.62, size * 0.55, size * 0.2, body)
    c.ellipse(x - size * 0.22, base - size * 0.8, size * 0.16, size * 0.14, body)
    c.ellipse(x + size * 0.18, base - size * 0.8, size * 0.16, size * 0.14, body)
    c.line(
        [
            (x + size * 0.5, base - size * 0.62),
            (x + size * 0.68, base - size * 0.85),
            (x + size * 0.72, base - size * 1.02),
        ],
        body,
        size * 0.1,
    )
    c.ellipse(x + size * 0.8, base - size * 1.02, size * 0.12, size * 0.06, body)
    c.rect((x - size * 0.1, base - size * 0.95, x + size * 0.05, base - size * 0.55), c.lit(load))
    for k in range(3):
        c.line(
            [
                (x - size * 0.1, base - size * (0.85 - k * 0.1)),
                (x + size * 0.05, base - size * (0.85 - k * 0.1)),
            ],
            c.lit("#f2c14e"),
            2,
        )


def horse_rider(
    c: Canvas,
    x: float,
    base: float,
    size: float,
    eagle_on_arm: bool = False,
    horse: str = "#6a4a32",
    coat: str = "#7a3b2e",
) -> None:
    """A rider on a standing horse facing right; an eagle hunter if ``eagle_on_arm``.

    The horse's outline is given in units of ``size`` from its hooves' line, x from its middle.
    """
    c.drew.add("horse")
    body = c.lit(horse)
    far_side = mix(body, (0, 0, 0), 0.3)
    hair = mix(body, (0, 0, 0), 0.55)
    s = size

    def at(points: Sequence[tuple[float, float]]) -> list[tuple[float, float]]:
        return [(x + px * s, base - py * s) for px, py in points]

    def leg(hip: tuple[float, float], knee: tuple[float, float], hoof: float, colour) -> None:
        c.line(at([hip, knee, (hoof, 0.03)]), colour, s * 0.055)
        c.ellipse(x + hoof * s + s * 0.01, base - s * 0.02, s * 0.035, s * 0.022, hair)

    leg((-0.28, 0.5), (-0.3, 0.25), -0.27, far_side)
    leg((0.28, 0.5), (0.3, 0.25), 0.3, far_side)
    c.line(at([(-0.46, 0.62), (-0.56, 0.45), (-0.6, 0.22)]), hair, s * 0.07)
    c.poly(
        at(
            [
                (-0.46, 0.66),
                (-0.36, 0.74),
                (-0.1, 0.72),
                (0.2, 0.72),
                (0.36, 0.78),
                (0.46, 0.72),
                (0.44, 0.52),
                (0.34, 0.44),
                (0.1, 0.42),
                (-0.2, 0.43),
                (-0.4, 0.46),
                (-0.48, 0.56),
            ]
        ),
        body,
    )
    c.poly(
        at(
            [
                (0.34, 0.74),
                (0.5, 0.98),
                (0.6, 1.06),
                (0.76, 0.92),
                (0.8, 0.86),
                (0.72, 0.84),
                (0.6, 0.9),
                (0.5, 0.62),
            ]
        ),
        body,
    )
    c.poly(at([(0.58, 1.05), (0.6, 1.12), (0.64, 1.05)]), body)
    c.line(at([(0.36, 0.8), (0.46, 0.95), (0.56, 1.04)]), hair, s * 0.04)
    c.ellipse(x + 0.66 * s, base - 0.97 * s, s * 0.012, s * 0.012, (20, 15, 10))
    leg((-0.3, 0.5), (-0.24, 0.26), -0.22, body)
    leg((0.34, 0.5), (0.38, 0.26), 0.36, body)
    c.poly(at([(-0.2, 0.74), (0.16, 0.74), (0.12, 0.6), (-0.16, 0.6)]), c.lit("#8a2a22"))
    for k in range(3):
        c.line(at([(-0.18 + k * 0.12, 0.62), (-0.14 + k * 0.12, 0.72)]), c.lit("#f2c14e"), 2)
    rider, fur = c.lit(coat), c.lit("#c8a878")
    c.line(at([(0.0, 0.72), (0.06, 0.5), (0.02, 0.36)]), mix(rider, (0, 0, 0), 0.3), s * 0.07)
    c.ellipse(x + 0.03 * s, base - 0.34 * s, s * 0.045, s * 0.02, hair)
    c.poly(
        at([(-0.13, 0.72), (0.13, 0.72), (0.1, 1.02), (0.06, 1.06), (-0.08, 1.06), (-0.12, 1.0)]),
        rider,
    )
    c.poly(at([(-0.09, 1.06), (0.07, 1.06), (0.05, 1.0), (-0.07, 1.0)]), fur)
    c.line(at([(-0.13, 0.8), (0.13, 0.8)]), c.lit("#3a2a1a"), s * 0.02)
    c.ellipse(x, base - 1.13 * s, s * 0.055, s * 0.065, c.lit(SKIN[1]))
    c.ellipse(x, base - 1.2 * s, s * 0.085, s * 0.07, fur, start=180, end=360)
    c.ellipse(x, base - 1.21 * s, s * 0.06, s * 0.09, rider, start=180, end=360)
    for side in (-1, 1):
        c.poly(at([(side * 0.07, 1.19), (side * 0.09, 1.08), (side * 0.05, 1.1)]), fur)
    if eagle_on_arm:
        c.drew.add("eagle")
        c.line(at([(0.08, 0.98), (0.2, 0.9), (0.3, 1.0)]), rider, s * 0.055)
        c.ellipse(x + 0.31 * s, base - 1.0 * s, s * 0.04, s * 0.03, c.lit("#5a3a22"))
        eagle_perched(c, x + s * 0.32, base - s * 1.02, s * 0.32)
    else:
        c.line(at([(0.08, 0.98), (0.22, 0.86), (0.4, 0.84)]), rider, s * 0.05)


def eagle_perched(c: Canvas, x: float, y: float, size: float) -> None:
    brown, gold = c.lit("#4a3424"), c.lit("#c89a4a")
    c.ellipse(x, y - size * 0.45, size * 0.22, size * 0.45, brown)
    c.ellipse(x + size * 0.05, y - size * 0.95, size * 0.13, size * 0.12, gold)
    c.poly(
        [
            (x + size * 0.15, y - size * 0.97),
            (x + size * 0.28, y - size * 0.92),
            (x + size * 0.15, y - size * 0.88),
        ],
        c.lit("#2a2a2a"),
    )
    c.poly(
        [(x - size * 0.2, y - size * 0.1), (x - size * 0.35, y + size * 0.2), (x - size * 0.1, y)],
        brown,
    )


def eagle_flying(c: Canvas, x: float, y: float, size: float) -> None:
    c.drew.add("eagle")
    brown, light = c.lit("#3e2c20"), c.lit("#b98a4a")
    for side in (-1, 1):
        c.poly(
            [
                (x, y),
                (x + side * size * 0.5, y - size * 0.25),
                (x + side * size * 1.0, y - size * 0.1),
                (x + side * size * 1.1, y + size * 0.05),
                (x + side * size * 0.95, y + size * 0.02),
                (x + side * size * 0.9, y + size * 0.1),
                (x + side * size * 0.75, y + size * 0.06),
                (x + side * size * 0.5, y + size * 0.1),
                (x + side * size * 0.15, y + size * 0.12),
            ],
            brown,
        )
    c.ellipse(x, y + size * 0.05, size * 0.12, size * 0.2, brown)
    c.ellipse(x, y - size * 0.12, size * 0.08, size * 0.08, light)
    c.poly(
        [(x - size * 0.1, y + size * 0.22), (x, y + size * 0.4), (x + size * 0.1, y + size * 0.22)],
        brown,
    )


def person(
    c: Canvas,
    x: float,
    base: float,
    size: float,
    coat: str,
    skin: str = SKIN[0],
    hair: str = "#2a2420",
    skirt: bool = False,
) -> None:
    """A standing figure seen from the front: head, shoulders, coat, arms, legs and shoes,
    the right-hand side in shade."""
    body = c.lit(coat)
    shade = mix(body, (10, 10, 20), 0.3)
    dark = c.lit(mix_hex_rgb(coat, 0.45))
    s = size
    c.shadow(x + s * 0.05, base, s * 0.18, s * 0.025, 0.3)
    c.rect((x - s * 0.085, base - s * 0.45, x - s * 0.02, base - s * 0.02), dark)
    c.rect(
        (x + s * 0.02, base - s * 0.45, x + s * 0.085, base - s * 0.02), mix(dark, (0, 0, 0), 0.2)
    )
    for foot in (-1, 1):
        c.ellipse(x + foot * s * 0.055, base - s * 0.015, s * 0.05, s * 0.02, c.lit("#1e1a18"))
    width = 0.22 if skirt else 0.16
    c.poly(
        [
            (x - s * 0.16, base - s * 0.78),
            (x + s * 0.16, base - s * 0.78),
            (x + s * width, base - s * 0.4),
            (x - s * width, base - s * 0.4),
        ],
        body,
    )
    c.poly(
        [
            (x + s * 0.06, base - s * 0.78),
            (x + s * 0.16, base - s * 0.78),
            (x + s * width, base - s * 0.4),
            (x + s * 0.07, base - s * 0.4),
        ],
        shade,
    )
    c.ellipse(x, base - s * 0.78, s * 0.16, s * 0.055, body)
    c.poly(
        [(x - s * 0.04, base - s * 0.8), (x, base - s * 0.7), (x + s * 0.04, base - s * 0.8)],
        mix(body, (255, 255, 255), 0.5),
    )
    for side in (-1, 1):
        c.line(
            [(x + side * s * 0.165, base - s * 0.76), (x + side * s * 0.19, base - s * 0.47)],
            body if side < 0 else shade,
            s * 0.06,
        )
        c.ellipse(x + side * s * 0.19, base - s * 0.45, s * 0.03, s * 0.035, c.lit(skin))
    c.rect((x - s * 0.03, base - s * 0.83, x + s * 0.03, base - s * 0.79), c.lit(skin))
    c.ellipse(x, base - s * 0.9, s * 0.075, s * 0.09, c.lit(skin))
    c.ellipse(
        x + s * 0.03, base - s * 0.9, s * 0.04, s * 0.085, mix(c.lit(skin), (60, 30, 20), 0.15)
    )
    c.ellipse(x, base - s * 0.955, s * 0.08, s * 0.045, c.lit(hair), start=180, end=360)


def crowd(c: Canvas, left: float, right: float, base: float, size: float, count: int) -> None:
    c.drew.add("people")
    for i in range(count):
        x = left + (right - left) * (i + 0.5) / count + c.rng.uniform(-8, 8)
        scale = size * c.rng.uniform(0.9, 1.08)
        person(
            c,
            x,
            base + c.rng.uniform(-4, 4),
            scale,
            c.rng.choice(CLOTHES),
            c.rng.choice(SKIN),
            c.rng.choice(("#2a2420", "#5a4030", "#1a1a1a", "#8a6a4a")),
            skirt=c.rng.random() < 0.4,
        )


def mix_hex_rgb(code: str, t: float) -> tuple[int, int, int]:
    return mix(hex_rgb(code), (0, 0, 0), t)


def flag(c: Canvas, x: float, top: float, size: float, stripes: str, pole: bool = True) -> None:
    """A waving flag: ``stripes`` is "italy" (vertical tricolour) or "kazakhstan" "
    "(sky blue, sun)."""
    c.drew.add(f"flag-{stripes}")
    if pole:
        c.line([(x, top - 6), (x, top + size * 2.6)], c.lit("#b8b2a6"), 4)
    width, height = size * 1.5, size

    def wave(u: float, v: float) -> tuple[float, float]:
        import math

        return x + u * width, top + v * height + math.sin(u * 5.5) * size * 0.08 * u

    def band(u0: float, u1: float, v0: float, v1: float, colour: str) -> None:
        steps = 8
        upper = [wave(u0 + (u1 - u0) * k / steps, v0) for k in range(steps + 1)]
        lower = [wave(u1 - (u1 - u0) * k / steps, v1) for k in range(steps + 1)]
        c.poly([*upper, *lower], c.lit(colour))

    if stripes == "italy":
        band(0, 1 / 3, 0, 1, "#009246")
        band(1 / 3, 2 / 3, 0, 1, "#f4f2ec")
        band(2 / 3, 1, 0, 1, "#ce2b37")
    else:
        band(0, 1, 0, 1, "#00afca")
        sx, sy = wave(0.5, 0.45)
        c.ellipse(sx, sy, size * 0.17, size * 0.17, c.lit("#fec50c"))
        c.ellipse(sx, sy + size * 0.28, size * 0.2, size * 0.05, c.lit("#fec50c"))
        band(0.04, 0.1, 0.1, 0.9, "#fec50c")
    c.line([wave(0, 0), wave(0, 1)], c.lit("#8a857c"), 2)


def bust(
    c: Canvas, x: float, base: float, size: float, stone: str = "#9aa3a8", plinth: str = "#6f6a66"
) -> None:
    """A portrait bust of Abai on a plinth: bearded face, moustache, a rounded Kazakh cap."""
    c.drew.add("bust")
    rock, shade = c.lit(stone), mix(c.lit(stone), (20, 25, 35), 0.4)
    light = mix(rock, c.light.sun, 0.35)
    s = size
    c.rect((x - s * 0.3, base - s * 0.5, x + s * 0.3, base), c.lit(plinth))
    c.rect((x + s * 0.1, base - s * 0.5, x + s * 0.3, base), mix(c.lit(plinth), (0, 0, 0), 0.2))
    c.rect(
        (x - s * 0.36, base - s * 0.55, x + s * 0.36, base - s * 0.5),
        mix(c.lit(plinth), (255, 255, 255), 0.15),
    )
    # shoulders in a robe with a wide collar
    c.poly(
        [
            (x - s * 0.34, base - s * 0.55),
            (x - s * 0.3, base - s * 0.74),
            (x - s * 0.12, base - s * 0.84),
            (x + s * 0.12, base - s * 0.84),
            (x + s * 0.3, base - s * 0.74),
            (x + s * 0.34, base - s * 0.55),
        ],
        rock,
    )
    c.poly(
        [
            (x + s * 0.04, base - s * 0.84),
            (x + s * 0.12, base - s * 0.84),
            (x + s * 0.3, base - s * 0.74),
            (x + s * 0.34, base - s * 0.55),
            (x + s * 0.06, base - s * 0.55),
        ],
        shade,
    )
    c.line(
        [(x - s * 0.1, base - s * 0.83), (x, base - s * 0.62), (x + s * 0.1, base - s * 0.83)],
        shade,
        s * 0.012,
    )
    # neck and head, lit from the left with a bright rim
    h = s * 0.15
    cx, cy = x, base - s * 1.0
    c.rect((x - h * 0.45, base - s * 0.9, x + h * 0.45, base - s * 0.8), shade)
    c.ellipse(cx, cy, h * 0.82, h, rock)
    c.ellipse(cx + h * 0.3, cy + h * 0.02, h * 0.55, h * 0.95, shade)
    c.line(arc(cx, cy, h * 0.8, h * 0.98, 120, 235, 24), light, s * 0.008)
    for side in (-1, 1):
        c.ellipse(cx + side * h * 0.82, cy - h * 0.05, h * 0.12, h * 0.22, shade)
    # brows, eyes, nose, cheeks
    for side in (-1, 1):
        ex = cx + side * h * 0.33
        c.poly(
            [
                (ex - h * 0.2, cy - h * 0.3),
                (ex + h * 0.2, cy - h * 0.34),
                (ex + h * 0.2, cy - h * 0.27),
                (ex - h * 0.2, cy - h * 0.24),
            ],
            mix(shade, (0, 0, 0), 0.3),
        )
        c.ellipse(ex, cy - h * 0.15, h * 0.13, h * 0.05, mix(shade, (0, 0, 0), 0.35))
        c.ellipse(ex - h * 0.03, cy - h * 0.16, h * 0.04, h * 0.03, light)
    c.poly(
        [
            (cx - h * 0.05, cy - h * 0.2),
            (cx - h * 0.14, cy + h * 0.18),
            (cx + h * 0.1, cy + h * 0.2),
            (cx + h * 0.04, cy - h * 0.2),
        ],
        shade,
    )
    c.poly(
        [
            (cx - h * 0.05, cy - h * 0.2),
            (cx - h * 0.14, cy + h * 0.18),
            (cx - h * 0.04, cy + h * 0.18),
        ],
        light,
    )
    # drooping moustache and a full beard ending in a point
    beard = mix(rock, shade, 0.55)
    c.poly(
        [
            (cx - h * 0.62, cy + h * 0.05),
            (cx - h * 0.55, cy + h * 0.55),
            (cx - h * 0.2, cy + h * 1.05),
            (cx, cy + h * 1.22),
            (cx + h * 0.2, cy + h * 1.05),
            (cx + h * 0.55, cy + h * 0.55),
            (cx + h * 0.62, cy + h * 0.05),
            (cx + h * 0.35, cy + h * 0.35),
            (cx, cy + h * 0.42),
            (cx - h * 0.35, cy + h * 0.35),
        ],
        beard,
    )
    for k in range(5):
        bx = cx - h * 0.4 + k * h * 0.2
        c.line(
            [(bx, cy + h * 0.5), (bx * 0.7 + cx * 0.3, cy + h * 1.0)],
            mix(beard, (0, 0, 0), 0.2),
            s * 0.004,
        )
    c.poly(
        [
            (cx - h * 0.45, cy + h * 0.42),
            (cx - h * 0.25, cy + h * 0.26),
            (cx, cy + h * 0.3),
            (cx + h * 0.25, cy + h * 0.26),
            (cx + h * 0.45, cy + h * 0.42),
            (cx + h * 0.2, cy + h * 0.36),
            (cx, cy + h * 0.4),
            (cx - h * 0.2, cy + h * 0.36),
        ],
        mix(shade, (0, 0, 0), 0.25),
    )
    # a rounded cap with a fur band
    c.ellipse(cx, cy - h * 0.62, h * 0.8, h * 0.62, rock, start=180, end=360)
    c.ellipse(cx + h * 0.25, cy - h * 0.62, h * 0.55, h * 0.6, shade, start=200, end=360)
    c.line(arc(cx, cy - h * 0.62, h * 0.78, h * 0.6, 200, 260, 12), light, s * 0.006)
    c.poly(
        [
            (cx - h * 0.9, cy - h * 0.5),
            (cx - h * 0.86, cy - h * 0.76),
            (cx + h * 0.86, cy - h * 0.76),
            (cx + h * 0.9, cy - h * 0.5),
        ],
        beard,
    )
    for k in range(12):
        fx = cx - h * 0.85 + k * h * 0.155
        c.line(
            [(fx, cy - h * 0.52), (fx + h * 0.05, cy - h * 0.74)],
            mix(beard, (0, 0, 0), 0.25),
            s * 0.004,
        )


def book(
    c: Canvas, x: float, y: float, size: float, cover: str = "#7a2f2a", open_pages: bool = True
) -> None:
    """An open book lying flat, seen a little from above, or a closed one if not ``open_pages``."""
    c.drew.add("book")
    paper, edge = c.lit("#f4ecd8"), c.lit("#d8caa8")
    if not open_pages:
        c.poly(
            [
                (x - size, y),
                (x + size * 0.6, y - size * 0.15),
                (x + size, y + size * 0.25),
                (x - size * 0.6, y + size * 0.42),
            ],
            c.lit(cover),
        )
        c.poly(
            [
                (x - size * 0.6, y + size * 0.42),
                (x + size, y + size * 0.25),
                (x + size, y + size * 0.33),
                (x - size * 0.6, y + size * 0.5),
            ],
            edge,
        )
        c.rect(
            (x - size * 0.2, y + size * 0.05, x + size * 0.35, y + size * 0.12), c.lit("#d9b04a")
        )
        return
    c.poly(
        [
            (x - size * 1.05, y - size * 0.05),
            (x, y + size * 0.05),
            (x + size * 1.05, y - size * 0.05),
            (x + size * 1.05, y + size * 0.6),
            (x, y + size * 0.7),
            (x - size * 1.05, y + size * 0.6),
        ],
        c.lit(cover),
    )
    for side in (-1, 1):
        c.poly(
            [
                (x, y),
                *[
                    (x + side * size * t, y - size * 0.1 * (1 - (2 * t - 1) ** 2) - size * 0.02)
                    for t in (0.25, 0.5, 0.75, 1.0)
                ],
                (x + side * size, y + size * 0.55),
                (x, y + size * 0.62),
            ],
            paper,
        )
        for row in range(9):
            ly = y + size * (0.05 + row * 0.055)
            c.line(
                [(x + side * size * 0.12, ly + size * 0.02), (x + side * size * 0.88, ly)],
                edge,
                1.6,
            )
    c.line([(x, y), (x, y + size * 0.62)], mix(paper, (0, 0, 0), 0.25), 2)


def podium_table(
    c: Canvas, x: float, base: float, width: float, cloth: str = "#1f4a3a", chairs: int = 4
) -> None:
    """A long negotiating table with a cloth, chairs behind and small desk flags."""
    c.drew.add("table")
    top = base - width * 0.16
    for i in range(chairs):
        cx = x - width * 0.4 + i * width * 0.8 / max(1, chairs - 1)
        c.rect((cx - width * 0.05, top - width * 0.12, cx + width * 0.05, top), c.lit("#3a2a22"))
    c.poly(
        [
            (x - width * 0.55, top),
            (x + width * 0.55, top),
            (x + width * 0.5, base),
            (x - width * 0.5, base),
        ],
        c.lit(cloth),
    )
    c.rect((x - width * 0.56, top - 6, x + width * 0.56, top), c.lit("#f4efe4"))
    for k, stripes in ((-0.12, "italy"), (0.08, "kazakhstan")):
        c.line([(x + k * width, top - 6), (x + k * width, top - width * 0.1)], c.lit("#9a948a"), 2)
        flag(c, x + k * width, top - width * 0.1, width * 0.03, stripes, pole=False)


def microphone_podium(c: Canvas, x: float, base: float, size: float, wood: str = "#5a3a28") -> None:
    c.drew.add("podium")
    c.poly(
        [
            (x - size * 0.25, base - size * 0.7),
            (x + size * 0.25, base - size * 0.7),
            (x + size * 0.2, base),
            (x - size * 0.2, base),
        ],
        c.lit(wood),
    )
    c.ellipse(x, base - size * 0.45, size * 0.08, size * 0.08, c.lit("#d9b04a"))
    for k in (-0.08, 0.08):
        c.line(
            [(x + k * size, base - size * 0.7), (x + k * size * 1.5, base - size * 0.92)],
            c.lit("#2a2a2a"),
            2.5,
        )
        c.ellipse(x + k * size * 1.5, base - size * 0.94, 4, 6, c.lit("#2a2a2a"))


def hall(
    c: Canvas, floor: float, wall: str = "#d9ccb4", columns: int = 6, chandelier: bool = True
) -> None:
    """A state room: panelled wall with pilasters, parquet floor, a chandelier's glow."""
    c.gradient_poly(
        [(0, 0), (1200, 0), (1200, floor), (0, floor)],
        c.lit(wall),
        mix(c.lit(wall), (0, 0, 0), 0.2),
    )
    for i in range(columns):
        px = 1200 * (i + 0.5) / columns
        c.rect((px - 18, 40, px + 18, floor), mix(c.lit(wall), (255, 255, 255), 0.25))
        c.rect((px - 24, 30, px + 24, 46), mix(c.lit(wall), (255, 255, 255), 0.3))
        c.rect((px + 8, 46, px + 18, floor), mix(c.lit(wall), (0, 0, 0), 0.12))
    c.gradient_poly(
        [(0, floor), (1200, floor), (1200, 800), (0, 800)], c.lit("#8a5a36"), c.lit("#5a3a22")
    )
    for k in range(-12, 13):
        c.line([(600 + k * 40, floor), (600 + k * 140, 800)], c.lit("#6e4628"), 1.5)
    if chandelier:
        c.glow(600, 90, 260, "#ffe2a0", 0.45)
        for k in range(7):
            cx = 520 + k * 26
            c.line([(cx, 60), (cx, 100)], c.lit("#d9b04a"), 2)
            c.ellipse(cx, 104, 6, 8, (255, 240, 200))
        c.line([(600, 0), (600, 70)], c.lit("#a88a4a"), 3)


def screen_wall(c: Canvas, box: tuple[float, float, float, float], accent: str = "#27c2d8") -> None:
    """A large display showing glowing network lines and charts."""
    c.drew.add("screen")
    x0, y0, x1, y1 = box
    c.rect((x0 - 6, y0 - 6, x1 + 6, y1 + 6), c.lit("#1a1d24"))
    c.gradient_poly([(x0, y0), (x1, y0), (x1, y1), (x0, y1)], c.lit("#0f2a44"), c.lit("#123a5a"))
    nodes = [(c.rng.uniform(x0 + 20, x1 - 20), c.rng.uniform(y0 + 20, y1 - 20)) for _ in range(9)]
    for (ax, ay), (bx, by) in zip(nodes, nodes[1:] + nodes[:2], strict=False):
        c.line([(ax, ay), (bx, by)], c.lit(accent), 1.5, 150)
    for nx, ny in nodes:
        c.glow(nx, ny, 18, accent, 0.6)
        c.ellipse(nx, ny, 4, 4, (230, 250, 255))
    c.glow((x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) * 0.7, accent, 0.12)


def flat_flag(c: Canvas, x: float, y: float, width: float, country: str) -> None:
    """A flag hanging flat, in simplified form, its top left corner at (x, y)."""
    c.drew.add(f"flag-{country}")
    h = width * 0.6
    white = c.lit("#f6f6f2")
    if country == "italy":
        for k, colour in enumerate(("#009246", "#f4f2ec", "#ce2b37")):
            c.rect((x + k * width / 3, y, x + (k + 1) * width / 3, y + h), c.lit(colour))
    elif country == "kazakhstan":
        c.rect((x, y, x + width, y + h), c.lit("#00afca"))
        c.ellipse(x + width / 2, y + h * 0.45, h * 0.18, h * 0.18, c.lit("#fec50c"))
        c.rect((x + width * 0.05, y + h * 0.1, x + width * 0.1, y + h * 0.9), c.lit("#fec50c"))
    elif country == "kyrgyzstan":
        c.rect((x, y, x + width, y + h), c.lit("#e8112d"))
        c.ellipse(x + width / 2, y + h / 2, h * 0.3, h * 0.3, c.lit("#ffef00"))
        c.ellipse(x + width / 2, y + h / 2, h * 0.15, h * 0.15, c.lit("#e8112d"))
    elif country == "tajikistan":
        c.rect((x, y, x + width, y + h * 0.29), c.lit("#cc0000"))
        c.rect((x, y + h * 0.29, x + width, y + h * 0.71), white)
        c.rect((x, y + h * 0.71, x + width, y + h), c.lit("#006600"))
        c.ellipse(x + width / 2, y + h / 2, h * 0.1, h * 0.07, c.lit("#f8c300"))
    elif country == "turkmenistan":
        c.rect((x, y, x + width, y + h), c.lit("#00843d"))
        c.rect((x + width * 0.12, y, x + width * 0.3, y + h), c.lit("#a0282e"))
        c.ellipse(x + width * 0.45, y + h * 0.28, h * 0.12, h * 0.12, white)
        c.ellipse(x + width * 0.48, y + h * 0.26, h * 0.11, h * 0.11, c.lit("#00843d"))
    elif country == "uzbekistan":
        c.rect((x, y, x + width, y + h / 3), c.lit("#0099b5"))
        c.rect((x, y + h / 3, x + width, y + 2 * h / 3), white)
        c.rect((x, y + 2 * h / 3, x + width, y + h), c.lit("#1eb53a"))
        for edge in (h / 3, 2 * h / 3):
            c.line([(x, y + edge), (x + width, y + edge)], c.lit("#ce1126"), max(1.0, h * 0.03))
        c.ellipse(x + width * 0.15, y + h / 6, h * 0.1, h * 0.1, white)
        c.ellipse(x + width * 0.17, y + h / 6, h * 0.09, h * 0.09, c.lit("#0099b5"))
    else:
        raise ValueError(f"no flag drawn for {country!r}")


def dombra(c: Canvas, x: float, y: float, length: float, angle: float) -> None:
    """A dombra held across the body: a pear-shaped body at (x, y), its long fretted neck
    pointing ``angle`` degrees from the horizontal, two strings."""
    import math

    a = math.radians(angle)
    cos, sin = math.cos(a), math.sin(a)

    def at(u: float, v: float) -> tuple[float, float]:
        return x + (u * cos - v * sin) * length, y + (u * sin + v * cos) * length

    wood, dark = c.lit("#b8743a"), c.lit("#6a3a1e")
    outline = [
        at(-0.18 * math.cos(t) + 0.02, 0.1 * math.sin(t) * (1 - 0.35 * math.cos(t)))
        for t in (k * math.pi / 24 for k in range(49))
    ]
    c.poly(outline, wood)
    c.ellipse(*at(0.0, 0.0), 0.02 * length, 0.02 * length, dark)
    c.poly([at(0.14, -0.02), at(0.95, -0.012), at(0.95, 0.012), at(0.14, 0.02)], dark)
    for k in range(8):
        u = 0.25 + k * 0.085
        c.line([at(u, -0.016), at(u, 0.016)], c.lit("#e8d8b0"), 1.2)
    c.poly([at(0.95, -0.02), at(1.03, -0.03), at(1.03, 0.03), at(0.95, 0.02)], dark)
    for v in (-0.006, 0.006):
        c.line([at(-0.12, v), at(0.98, v)], c.lit("#f4e8c8"), 1.0)


def campfire(c: Canvas, x: float, y: float, size: float) -> None:
    """A fire of crossed logs with three tongues of flame and a warm glow."""
    c.drew.add("campfire")
    c.glow(x, y - size * 0.5, size * 3, "#ff9a40", 0.45)
    for dx in (-1, 1):
        c.line(
            [(x - size * 0.7 * dx, y + size * 0.15), (x + size * 0.6 * dx, y - size * 0.1)],
            c.lit("#4a3020"),
            size * 0.16,
        )
    for k, colour in enumerate(("#ff6a2a", "#ff9a40", "#ffd070")):
        h, w = size * (1.3 - k * 0.35), size * (0.55 - k * 0.15)
        c.poly(
            [
                (x - w, y),
                (x - w * 0.4, y - h * 0.6),
                (x, y - h),
                (x + w * 0.5, y - h * 0.55),
                (x + w, y),
            ],
            colour,
        )
