"""Landmarks and buildings for painted scenes: each stands on ``base`` at ``x`` with ``size``
its height in frame units, and fades by ``depth`` into the haze."""

from __future__ import annotations

from tools.illustration_paint import Canvas, arc, hex_rgb, mix


def baiterek(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    """Astana's Baiterek: a white lattice trunk holding a golden sphere in its branches."""
    c.drew.add("baiterek")
    white, shade = c.far("#f1f0ea", depth), c.far("#c9cdd2", depth)
    gold = c.far("#f2b632", depth)
    top = base - size
    sphere_y, r = top + size * 0.13, size * 0.085
    c.poly(
        [
            (x - size * 0.06, base),
            (x - size * 0.025, top + size * 0.3),
            (x + size * 0.025, top + size * 0.3),
            (x + size * 0.06, base),
        ],
        white,
    )
    c.poly(
        [
            (x, base),
            (x, top + size * 0.3),
            (x + size * 0.025, top + size * 0.3),
            (x + size * 0.06, base),
        ],
        shade,
    )
    for i in range(9):
        y = base - (base - top - size * 0.3) * (i + 0.5) / 9
        c.line([(x - size * 0.05, y), (x + size * 0.05, y - size * 0.03)], shade, size * 0.004)
    for side in (-1, 1):
        for k, spread in enumerate((0.09, 0.13, 0.11)):
            tip_y = sphere_y - r * (0.2 + 0.5 * k)
            c.line(
                [
                    (x, top + size * 0.32),
                    (x + side * spread * size, sphere_y + r * 0.4),
                    (x + side * (spread - 0.015) * size, tip_y),
                ],
                white,
                size * 0.012,
            )
    c.glow(x, sphere_y, r * 3, gold, 0.35)
    c.ellipse(x, sphere_y, r, r, gold)
    c.ellipse(x - r * 0.3, sphere_y - r * 0.3, r * 0.45, r * 0.4, mix(gold, (255, 255, 230), 0.6))
    c.rect((x - size * 0.12, base - size * 0.02, x + size * 0.12, base), shade)


def khan_shatyr(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    c.drew.add("khan-shatyr")
    glass, lines = c.far("#b7c8d4", depth), c.far("#8aa1b2", depth)
    width = size * 0.9
    c.poly(
        [
            (x - width, base),
            (x - width * 0.3, base - size * 0.55),
            (x, base - size),
            (x + width * 0.25, base - size * 0.6),
            (x + width, base),
        ],
        glass,
    )
    for k in range(1, 6):
        t = k / 6
        c.line([(x - width * (1 - t), base - size * 0.05 * t), (x, base - size)], lines, 1.2)
        c.line([(x + width * (1 - t), base - size * 0.05 * t), (x, base - size)], lines, 1.2)


def tower_block(
    c: Canvas,
    x: float,
    base: float,
    width: float,
    height: float,
    depth: float,
    colour: str = "#aebccb",
    lit_windows: bool = False,
) -> None:
    face, side = c.far(colour, depth), c.far(mix_hex(colour, "#2b3140", 0.35), depth)
    c.rect((x, base - height, x + width, base), face)
    c.rect((x + width * 0.72, base - height, x + width, base), side)
    window = c.far("#ffd98a", depth) if lit_windows else c.far("#5b6d80", depth)
    rows = int(height // 14)
    for row in range(rows):
        y = base - height + 8 + row * 14
        for col in range(3):
            if lit_windows and c.rng.random() < 0.45:
                continue
            wx = x + 4 + col * width * 0.22
            c.rect((wx, y, wx + width * 0.14, y + 6), window)


def city_blocks(
    c: Canvas,
    left: float,
    right: float,
    base: float,
    tall: float,
    depth: float,
    colour: str = "#aebccb",
    lit_windows: bool = False,
) -> None:
    x = left
    while x < right:
        width = c.rng.uniform(26, 52)
        tower_block(c, x, base, width, c.rng.uniform(0.35, 1.0) * tall, depth, colour, lit_windows)
        x += width + c.rng.uniform(2, 10)


def mix_hex(a: str, b: str, t: float) -> str:
    r, g, bl = mix(hex_rgb(a), hex_rgb(b), t)
    return f"#{r:02x}{g:02x}{bl:02x}"


def colosseum(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    """The Flavian amphitheatre, its broken outer ring higher on the left."""
    c.drew.add("colosseum")
    stone, dark = c.far("#d9b98c", depth), c.far("#7a5a3c", depth)
    sunlit = mix(stone, c.light.sun, 0.25)
    width = size * 2.2
    x0, x1 = x - width / 2, x + width / 2
    top_left, top_right = base - size, base - size * 0.72
    c.poly(
        [
            (x0, base),
            (x0, top_left),
            (x0 + width * 0.55, top_left + size * 0.02),
            (x0 + width * 0.62, top_right),
            (x1, top_right + size * 0.06),
            (x1, base),
        ],
        stone,
    )
    c.rect((x0, base - size * 0.25, x1, base), sunlit)
    tiers = ((0.0, 0.25), (0.25, 0.5), (0.5, 0.75))
    for lo, hi in tiers:
        y_low, y_high = base - size * lo, base - size * hi
        c.line([(x0, y_high), (x1, y_high)], mix(stone, dark, 0.3), size * 0.02)
        count = 14
        for i in range(count):
            ax = x0 + width * (i + 0.5) / count
            if hi > 0.5 and ax > x0 + width * 0.62:
                continue
            half = width / count * 0.3
            spring = y_low - (y_low - y_high) * 0.55
            c.poly(
                [
                    (ax - half, y_low - 2),
                    (ax - half, spring),
                    *arc(ax, spring, half, half * 1.1, 180, 360, 12),
                    (ax + half, y_low - 2),
                ],
                dark,
            )
    for i in range(18):
        wx = x0 + width * (i + 0.5) / 18
        if wx < x0 + width * 0.55:
            c.rect((wx - 3, top_left + size * 0.08, wx + 3, top_left + size * 0.15), dark)


def dome_church(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    """A Roman church with a ribbed dome and lantern, St Peter's as seen from afar."""
    c.drew.add("dome")
    stone, shade = c.far("#e6d3b0", depth), c.far("#a98d68", depth)
    c.rect((x - size * 0.6, base - size * 0.35, x + size * 0.6, base), stone)
    c.rect((x - size * 0.42, base - size * 0.55, x + size * 0.42, base - size * 0.35), stone)
    c.ellipse(x, base - size * 0.55, size * 0.38, size * 0.36, stone, start=180, end=360)
    c.ellipse(x + size * 0.1, base - size * 0.55, size * 0.28, size * 0.33, shade, 90, 270, 360)
    for k in (-0.25, -0.1, 0.05, 0.2):
        c.line(
            [(x + k * size, base - size * 0.56), (x + k * size * 0.5, base - size * 0.88)],
            shade,
            1.5,
        )
    c.rect((x - size * 0.05, base - size * 1.0, x + size * 0.05, base - size * 0.88), stone)
    c.poly(
        [(x - size * 0.03, base - size), (x, base - size * 1.1), (x + size * 0.03, base - size)],
        stone,
    )
    for i in range(8):
        cx = x - size * 0.55 + i * size * 0.157
        c.rect((cx, base - size * 0.3, cx + size * 0.05, base - size * 0.05), shade)


def umbrella_pine(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    trunk, leaf = c.far("#5a4232", depth), c.far("#3e5a34", depth)
    c.line(
        [(x, base), (x - size * 0.05, base - size * 0.5), (x + size * 0.05, base - size * 0.8)],
        trunk,
        max(2, size * 0.06),
    )
    for dx, dy, r in ((-0.3, 0.85, 0.35), (0.15, 0.95, 0.42), (0.45, 0.85, 0.3)):
        c.ellipse(x + dx * size, base - dy * size, r * size, r * size * 0.38, leaf)
    c.ellipse(
        x + size * 0.1, base - size * 1.0, size * 0.4, size * 0.1, mix(leaf, c.light.sun, 0.2)
    )


def cypress(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    leaf = c.far("#2f4a2c", depth)
    c.poly(
        [(x, base - size), *arc(x, base - size * 0.3, size * 0.11, size * 0.3, 0, 180, 16)], leaf
    )
    c.poly(
        [
            (x - size * 0.1, base - size * 0.3),
            (x + size * 0.1, base - size * 0.3),
            (x + size * 0.03, base),
            (x - size * 0.03, base),
        ],
        leaf,
    )


def poplar(
    c: Canvas, x: float, base: float, size: float, depth: float = 0.0, colour: str = "#4f7a3a"
) -> None:
    """A Lombardy poplar: a tall, narrow crown, lit on the sun's side."""
    leaf = c.far(colour, depth)
    dark, light = mix(leaf, (10, 20, 10), 0.3), mix(leaf, c.light.sun, 0.25)
    c.line([(x, base), (x, base - size * 0.2)], c.far("#5a4a3a", depth), max(1.5, size * 0.035))
    steps = 14
    width = size * 0.12

    def edge(side: int) -> list[tuple[float, float]]:
        points = []
        for k in range(steps + 1):
            t = k / steps
            half = width * (4 * t * (1 - t)) ** 0.6 * (1.1 if k % 2 else 0.9)
            points.append((x + side * half, base - size * (0.12 + 0.88 * t)))
        return points

    left, right = edge(-1), edge(1)
    c.poly([*left, *reversed(right)], leaf)
    c.poly([(x, base - size * 0.12), *right[1:], (x, base - size)], dark)
    for k in range(4):
        t = 0.2 + k * 0.17
        dx = width * (0.25 + 0.2 * (k % 2))
        c.ellipse(x - dx, base - size * (0.12 + 0.88 * t), width * 0.22, size * 0.09, light, 90)


def vesuvius(c: Canvas, x: float, base: float, size: float, depth: float = 0.35) -> None:
    """Vesuvius: the broad cone with the Somma ridge to its left, a wisp of cloud at the top."""
    c.drew.add("vesuvius")
    rock = c.far("#6c5f6a", depth)
    c.gradient_poly(
        [
            (x - size * 3.2, base),
            (x - size * 1.6, base - size * 0.72),
            (x - size * 1.0, base - size * 0.86),
            (x - size * 0.55, base - size * 0.78),
            (x - size * 0.3, base - size * 0.98),
            (x + size * 0.35, base - size),
            (x + size * 1.2, base - size * 0.55),
            (x + size * 3.2, base),
        ],
        mix(rock, c.light.sun, 0.12),
        mix(rock, (0, 0, 0), 0.12),
    )
    c.poly(
        [
            (x - size * 0.3, base - size * 0.98),
            (x + size * 0.35, base - size),
            (x + size * 0.75, base - size * 0.78),
            (x + size * 0.1, base - size * 0.85),
        ],
        mix(rock, (0, 0, 0), 0.15),
    )
    c.ellipse(
        x + size * 0.3,
        base - size * 1.04,
        size * 0.25,
        size * 0.04,
        mix(c.light.horizon, (255, 255, 255), 0.4),
        120,
    )


def bay_town(
    c: Canvas,
    left: float,
    right: float,
    base: float,
    depth: float,
    colours: tuple[str, ...] = ("#e8b77d", "#f1d8a8", "#d9876a", "#f4e6c8", "#c9a27a"),
    lit: bool = False,
) -> None:
    """Houses in warm plaster climbing a shore, with shuttered windows."""
    x = left
    while x < right:
        width = c.rng.uniform(16, 34)
        height = c.rng.uniform(22, 60)
        colour = c.rng.choice(colours)
        wall = c.far(colour, depth)
        c.rect((x, base - height, x + width, base), wall)
        c.rect((x, base - height - 3, x + width, base - height), c.far("#a0543c", depth))
        for wy in range(int(base - height + 8), int(base - 6), 12):
            for wx in (x + width * 0.25, x + width * 0.65):
                window = (
                    c.far("#ffd27a", depth)
                    if lit and c.rng.random() < 0.5
                    else c.far("#6b5a4e", depth)
                )
                c.rect((wx - 2, wy, wx + 2, wy + 5), window)
        x += width


def san_carlo(c: Canvas, x: float, base: float, size: float) -> None:
    """The Teatro di San Carlo's front: a rusticated arcade under an Ionic loggia."""
    c.drew.add("san-carlo")
    width = size * 2.4
    x0, x1 = x - width / 2, x + width / 2
    cream, rust = c.lit("#efe2c2"), c.lit("#b9793e")
    shade = mix(cream, (60, 40, 30), 0.35)
    c.rect((x0, base - size, x1, base), cream)
    c.rect((x0, base - size * 0.45, x1, base), rust)
    for k in range(0, 28):
        y = base - size * 0.45 + k * size * 0.016
        c.line([(x0, y), (x1, y)], mix(rust, (60, 30, 10), 0.25), 0.8)
    for i in range(5):
        ax = x0 + width * (0.1 + i * 0.2)
        half = width * 0.06
        spring = base - size * 0.26
        c.poly(
            [
                (ax - half, base),
                (ax - half, spring),
                *arc(ax, spring, half, half, 180, 360, 16),
                (ax + half, base),
            ],
            mix(rust, (40, 20, 10), 0.55),
        )
        c.glow(ax, base - size * 0.15, half * 1.6, "#ffcf7a", 0.35)
    c.rect((x0, base - size * 0.5, x1, base - size * 0.45), cream)
    c.rect((x0 + width * 0.1, base - size * 0.88, x1 - width * 0.1, base - size * 0.5), shade)
    c.glow(x, base - size * 0.69, width * 0.4, "#ffcf7a", 0.3)
    for i in range(9):
        colx = x0 + width * 0.12 + i * width * 0.095
        c.rect((colx, base - size * 0.86, colx + width * 0.022, base - size * 0.5), cream)
        c.rect((colx - 3, base - size * 0.88, colx + width * 0.022 + 3, base - size * 0.85), cream)
    c.rect((x0, base - size * 0.95, x1, base - size * 0.88), cream)
    c.rect((x0 + width * 0.3, base - size * 1.05, x1 - width * 0.3, base - size * 0.95), cream)
    c.poly(
        [
            (x - width * 0.12, base - size * 1.05),
            (x, base - size * 1.2),
            (x + width * 0.12, base - size * 1.05),
        ],
        cream,
    )
    c.ellipse(x, base - size * 1.1, size * 0.05, size * 0.04, c.lit("#c9a24a"))


def portico_theatre(c: Canvas, x: float, base: float, size: float) -> None:
    """A neoclassical theatre front with a columned pronaos, as the Carlo Felice in Genoa."""
    c.drew.add("carlo-felice")
    width = size * 1.8
    x0, x1 = x - width / 2, x + width / 2
    stone = c.lit("#d8d0c0")
    shade = mix(stone, (40, 35, 30), 0.45)
    c.rect((x0 - width * 0.4, base - size * 0.75, x1 + width * 0.4, base), mix(stone, shade, 0.3))
    c.rect((x0, base - size * 0.85, x1, base), shade)
    for i in range(6):
        colx = x0 + width * 0.04 + i * width * 0.178
        c.rect((colx, base - size * 0.82, colx + width * 0.06, base - size * 0.06), stone)
        c.rect((colx - 4, base - size * 0.85, colx + width * 0.06 + 4, base - size * 0.8), stone)
    c.rect((x0 - 10, base - size * 0.95, x1 + 10, base - size * 0.85), stone)
    c.poly(
        [(x0 - 10, base - size * 0.95), (x, base - size * 1.18), (x1 + 10, base - size * 0.95)],
        stone,
    )
    c.poly(
        [(x0 + 30, base - size * 0.97), (x, base - size * 1.13), (x1 - 30, base - size * 0.97)],
        shade,
    )
    c.rect((x0 - 30, base - size * 0.06, x1 + 30, base), stone)
    c.rect((x1 + width * 0.1, base - size * 1.4, x1 + width * 0.38, base - size * 0.75), shade)


def duomo_milan(c: Canvas, x: float, base: float, size: float) -> None:
    """Milan Cathedral's west front: a gabled marble face bristling with spires."""
    c.drew.add("duomo")
    marble = c.lit("#f1e7dc")
    shade = mix(marble, (90, 80, 90), 0.3)
    width = size * 2.0
    x0, x1 = x - width / 2, x + width / 2
    c.poly(
        [
            (x0, base),
            (x0, base - size * 0.55),
            (x, base - size * 0.9),
            (x1, base - size * 0.55),
            (x1, base),
        ],
        marble,
    )
    for i in range(11):
        sx = x0 + width * i / 10
        height = size * (0.55 + 0.35 * (1 - abs(i - 5) / 5))
        c.rect((sx - 5, base - height - size * 0.15, sx + 5, base), shade if i % 2 else marble)
        c.poly(
            [
                (sx - 6, base - height - size * 0.15),
                (sx, base - height - size * 0.28),
                (sx + 6, base - height - size * 0.15),
            ],
            marble,
        )
    c.poly(
        [(x - 8, base - size * 0.9), (x, base - size * 1.45), (x + 8, base - size * 0.9)], marble
    )
    c.ellipse(x, base - size * 1.47, 5, 6, c.lit("#f0c040"))
    for i in range(5):
        dx = x0 + width * (0.1 + i * 0.2)
        half = width * 0.045
        top = base - size * (0.3 if i != 2 else 0.4)
        c.poly(
            [
                (dx - half, base),
                (dx - half, top + half),
                (dx, top),
                (dx + half, top + half),
                (dx + half, base),
            ],
            mix(shade, (50, 40, 40), 0.5),
        )
    for i in range(4):
        wx = x0 + width * (0.2 + i * 0.2)
        c.poly(
            [
                (wx - 7, base - size * 0.45),
                (wx, base - size * 0.55),
                (wx + 7, base - size * 0.45),
                (wx + 7, base - size * 0.36),
                (wx - 7, base - size * 0.36),
            ],
            mix(shade, (60, 70, 110), 0.4),
        )


def palazzo_row(c: Canvas, left: float, right: float, base: float, depth: float) -> None:
    """Venetian palaces on a canal: pointed-arch windows, loggias and chimneys."""
    x = left
    colours = ("#d9876a", "#efc99a", "#c8705a", "#e9dcc0", "#d6a66e")
    while x < right:
        width = c.rng.uniform(60, 110)
        height = c.rng.uniform(90, 150)
        wall = c.far(c.rng.choice(colours), depth)
        c.rect((x, base - height, x + width, base), wall)
        c.rect((x - 2, base - height - 4, x + width + 2, base - height), c.far("#8a4a38", depth))
        rows = int((height - 20) // 34)
        for row in range(rows):
            wy = base - height + 16 + row * 34
            count = max(2, int(width // 20))
            for k in range(count):
                wx = x + (k + 0.5) * width / count
                c.poly(
                    [
                        (wx - 5, wy + 18),
                        (wx - 5, wy + 6),
                        (wx, wy),
                        (wx + 5, wy + 6),
                        (wx + 5, wy + 18),
                    ],
                    c.far("#4a3a36", depth),
                )
        c.line(
            [(x + width * 0.3, base - height - 4), (x + width * 0.3, base - height - 16)],
            c.far("#8a4a38", depth),
            5,
        )
        x += width + 2


def campanile(c: Canvas, x: float, base: float, size: float, depth: float = 0.0) -> None:
    brick = c.far("#b8644a", depth)
    c.rect((x - size * 0.06, base - size * 0.8, x + size * 0.06, base), brick)
    c.rect(
        (x - size * 0.07, base - size * 0.92, x + size * 0.07, base - size * 0.8),
        c.far("#efe2c8", depth),
    )
    for k in (-0.035, 0.0, 0.035):
        c.rect(
            (x + k * size - 2, base - size * 0.9, x + k * size + 2, base - size * 0.83),
            c.far("#5a3a30", depth),
        )
    c.poly(
        [
            (x - size * 0.07, base - size * 0.92),
            (x, base - size * 1.1),
            (x + size * 0.07, base - size * 0.92),
        ],
        c.far("#6d8a7a", depth),
    )


def gondola(c: Canvas, x: float, y: float, size: float) -> None:
    c.drew.add("gondola")
    black = c.lit("#1c1a1f")
    c.poly(
        [
            *arc(x, y - size * 0.15, size, size * 0.18, 0, 180, 24),
            (x - size * 1.1, y - size * 0.3),
            (x - size * 1.0, y - size * 0.15),
        ],
        black,
    )
    c.poly(
        [
            (x + size * 0.95, y - size * 0.12),
            (x + size * 1.15, y - size * 0.45),
            (x + size * 1.2, y - size * 0.42),
            (x + size * 1.05, y - size * 0.1),
        ],
        black,
    )
    for k in range(5):
        c.line(
            [
                (x + size * 1.08, y - size * (0.2 + k * 0.05)),
                (x + size * 1.18, y - size * (0.2 + k * 0.05)),
            ],
            c.lit("#d9d2c0"),
            1.5,
        )
    gx = x - size * 0.55
    c.line([(gx, y - size * 0.2), (gx, y - size * 0.72)], c.lit("#2d2a30"), size * 0.06)
    c.ellipse(gx, y - size * 0.78, size * 0.05, size * 0.06, c.lit("#d9a88a"))
    c.ellipse(gx, y - size * 0.83, size * 0.08, size * 0.02, c.lit("#2d2a30"))
    c.line(
        [(gx + size * 0.02, y - size * 0.6), (gx - size * 0.3, y + size * 0.1)],
        c.lit("#5a4030"),
        size * 0.02,
    )


def yurt(
    c: Canvas, x: float, base: float, size: float, depth: float = 0.0, lit: bool = False
) -> None:
    c.drew.add("yurt")
    felt, shade = c.far("#f3ead8", depth), c.far("#cdbfa4", depth)
    band = c.far("#a8322d", depth)
    c.rect((x - size, base - size * 0.55, x + size, base), felt)
    c.rect((x + size * 0.4, base - size * 0.55, x + size, base), shade)
    c.ellipse(x, base - size * 0.55, size * 1.02, size * 0.45, felt, start=180, end=360)
    c.rect((x - size, base - size * 0.6, x + size, base - size * 0.5), band)
    for k in range(6):
        ox = x - size * 0.85 + k * size * 0.34
        c.line(
            [
                (ox, base - size * 0.55),
                (ox + size * 0.1, base - size * 0.48),
                (ox + size * 0.2, base - size * 0.55),
            ],
            c.far("#f2c14e", depth),
            1.5,
        )
    door = c.far("#ffc86a", depth) if lit else c.far("#7a3a2a", depth)
    c.rect((x - size * 0.18, base - size * 0.42, x + size * 0.18, base), door)
    if lit:
        c.glow(x, base - size * 0.2, size * 0.8, "#ffb84a", 0.35)
    c.ellipse(x, base - size * 0.98, size * 0.15, size * 0.04, c.far("#8a6a4a", depth))


def campus(
    c: Canvas, x: float, base: float, size: float, colour: str = "#e6e0d4", glass: str = "#7fa7c4"
) -> None:
    """A modern teaching building: a low glazed wing, a taller block with window bands and fins,
    an entrance canopy and a shadow on the lawn."""
    wall = c.lit(colour)
    side = mix(wall, (60, 70, 90), 0.22)
    pane = c.lit(glass)
    sky_in_glass = mix(pane, c.light.horizon, 0.35)
    width = size * 2.6
    x0 = x - width / 2
    c.shadow(x + size * 0.2, base + 4, width * 0.6, 14, 0.3)
    # low wing
    c.rect((x0, base - size * 0.5, x0 + width * 0.5, base), wall)
    for row in range(3):
        y = base - size * 0.44 + row * size * 0.14
        c.gradient_poly(
            [
                (x0 + 10, y),
                (x0 + width * 0.5 - 8, y),
                (x0 + width * 0.5 - 8, y + size * 0.08),
                (x0 + 10, y + size * 0.08),
            ],
            sky_in_glass,
            pane,
        )
    c.rect((x0 - 4, base - size * 0.53, x0 + width * 0.5 + 4, base - size * 0.5), side)
    # tall block with a shaded return
    bx0, bx1 = x0 + width * 0.45, x0 + width * 0.92
    c.rect((bx0, base - size, bx1, base), wall)
    c.rect((bx1, base - size * 0.97, x0 + width, base), side)
    for row in range(7):
        y = base - size * 0.93 + row * size * 0.125
        c.gradient_poly(
            [(bx0 + 8, y), (bx1 - 8, y), (bx1 - 8, y + size * 0.07), (bx0 + 8, y + size * 0.07)],
            sky_in_glass,
            pane,
        )
    for k in range(7):
        fx = bx0 + 8 + k * (bx1 - bx0 - 16) / 6
        c.line([(fx, base - size * 0.95), (fx, base - size * 0.12)], wall, 3)
    c.rect((bx0 - 4, base - size * 1.03, x0 + width + 2, base - size), side)
    # entrance
    c.rect((bx0 + width * 0.08, base - size * 0.11, bx0 + width * 0.22, base), pane)
    c.rect((bx0 + width * 0.04, base - size * 0.14, bx0 + width * 0.26, base - size * 0.11), side)
