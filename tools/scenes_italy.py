"""Painted scenes set in Italy: its cities, theatres, palaces and coasts."""

from __future__ import annotations

from tools import illustration_landmarks as land
from tools import illustration_things as things
from tools.illustration_paint import WIDTH, Canvas, arc, mix


def rome(c: Canvas) -> None:
    c.sky(520)
    c.ridge(535, 450, 0.75, "#7d8aa0")
    land.dome_church(c, 1010, 535, 150, 0.55)
    land.bay_town(c, 760, 1200, 535, 0.5, ("#e8b77d", "#f1d8a8", "#d9a06a"))
    c.ground(520, "#7b6a45", "#a39070")
    c.shadow(520, 630, 280, 20)
    land.colosseum(c, 520, 625, 220)
    c.poly([(0, 690), (1200, 650), (1200, 720), (0, 780)], c.lit("#c8b898"))
    for k in range(24):
        c.line([(k * 52, 735 - k * 2.2), (k * 52 + 30, 734 - k * 2.2)], c.lit("#b0a080"), 2)
    arch_of_constantine(c, 880, 660, 150)
    for x, s in ((90, 210), (230, 180), (1100, 190)):
        c.shadow(x + 20, 700, s * 0.5, 10)
        land.umbrella_pine(c, x, 700, s)
    land.cypress(c, 1190, 760, 170)
    things.crowd(c, 300, 700, 745, 60, 6)


def arch_of_constantine(c: Canvas, x: float, base: float, size: float) -> None:
    """A triumphal arch with three openings, columns and an attic, as the one by the Colosseum."""
    c.drew.add("arch-of-constantine")
    stone = c.lit("#e4d2b0")
    shade = mix(stone, (70, 50, 40), 0.3)
    dark = mix(stone, (40, 30, 25), 0.6)
    width = size * 1.3
    x0, x1 = x - width / 2, x + width / 2
    c.rect((x0, base - size * 0.75, x1, base), stone)
    c.rect((x0 - 6, base - size, x1 + 6, base - size * 0.75), stone)
    c.rect((x0 - 8, base - size * 0.78, x1 + 8, base - size * 0.74), shade)
    c.rect((x1 - width * 0.12, base - size, x1 + 6, base), shade)
    half = width * 0.13
    spring = base - size * 0.42
    c.poly(
        [
            (x - half, base),
            (x - half, spring),
            *arc(x, spring, half, half, 180, 360, 14),
            (x + half, base),
        ],
        dark,
    )
    for side in (-1, 1):
        sx = x + side * width * 0.33
        small = half * 0.55
        spring = base - size * 0.3
        c.poly(
            [
                (sx - small, base),
                (sx - small, spring),
                *arc(sx, spring, small, small, 180, 360, 10),
                (sx + small, base),
            ],
            dark,
        )
    for k in range(4):
        cx = x0 + width * (0.06 + k * 0.29)
        c.rect((cx, base - size * 0.74, cx + width * 0.04, base - size * 0.05), shade)


def naples(c: Canvas) -> None:
    c.sky(470)
    land.vesuvius(c, 800, 470, 230)
    c.ridge(470, 430, 0.55, "#6d6a78", left=-20, right=300)
    land.bay_town(c, 0, 520, 470, 0.35)
    c.water(470, "#2b6a8f", bottom=640)
    c.gradient_poly(
        [(0, 640), (1200, 620), (1200, 800), (0, 800)], c.lit("#c9b48e"), c.lit("#8f7a58")
    )
    stone = c.lit("#e9dcc0")
    c.rect((0, 612, WIDTH, 622), stone)
    for k in range(60):
        c.rect((k * 20 + 4, 622, k * 20 + 12, 646), stone)
    c.rect((0, 644, WIDTH, 652), mix(stone, (0, 0, 0), 0.15))
    for x in (80, 470, 860):
        c.line([(x, 760), (x, 560)], c.lit("#2a2a30"), 5)
        c.line([(x, 562), (x + 24, 552)], c.lit("#2a2a30"), 4)
        c.glow(x + 26, 556, 40, "#ffd890", 0.7)
        c.ellipse(x + 26, 558, 7, 8, (255, 238, 200))
    land.umbrella_pine(c, 1090, 790, 330)
    c.drew.add("bay")
    c.drew.add("seafront")
    things.person(c, 300, 720, 120, "#6a2a3a", skirt=True)
    things.person(c, 345, 724, 125, "#2a3a5a")
    things.person(c, 700, 770, 160, "#3a4a3a")
    things.ship(c, 420, 560, 40, kind="ferry")


def san_carlo_front(c: Canvas) -> None:
    """The San Carlo's façade at night, a banner for "Abai" on its loggia, an audience arriving."""
    c.drew.add("abai-banner")
    c.sky(520, clouds=1)
    land.bay_town(c, -10, 1210, 520, 0.55, ("#7a6a80", "#8a7a8a", "#6a5a70"), lit=True)
    c.ground(520, "#4a4040", "#6a5a60")
    land.san_carlo(c, 600, 640, 300)
    c.glow(600, 600, 420, "#ffce80", 0.25)
    c.rect((455, 392, 745, 462), c.lit("#8a1a22"))
    c.rect((463, 400, 737, 454), c.lit("#a8222c"))
    c.text(600, 428, "ABAI", 40, c.lit("#f2c96a"), anchor="mm")
    for x in (120, 1080):
        c.line([(x, 760), (x, 560)], c.lit("#2a2a30"), 6)
        c.glow(x, 555, 60, "#ffd890", 0.8)
        c.ellipse(x, 555, 12, 14, (255, 240, 200))
    things.crowd(c, 300, 900, 700, 80, 6)
    things.crowd(c, 160, 1040, 795, 125, 6)


def san_carlo_hall(c: Canvas) -> None:
    """Inside the San Carlo: tiers of gilded boxes in a horseshoe, red velvet, a lit stage."""
    c.drew.add("opera-house")
    c.rect((0, 0, 1200, 800), c.lit("#4a1a1e"))
    red, gold = c.lit("#9a1f2a"), c.lit("#d6a544")
    for tier in range(6):
        y = 60 + tier * 95
        inset = 60 + tier * 8
        c.poly(
            [*arc(600, y, 600 - inset, 260, 180, 360, 48)], mix(red, (0, 0, 0), 0.2 + tier * 0.05)
        )
        c.line(arc(600, y + 30, 600 - inset, 260, 180, 360, 48), gold, 7)
        for k in range(13):
            angle = 190 + k * 12.5
            points = arc(600, y + 30, 600 - inset, 260, angle, angle + 6, 6)
            bottom = [(px, py + 40) for px, py in reversed(points)]
            c.poly([*points, *bottom], mix(red, (0, 0, 0), 0.45))
            c.glow(points[3][0], points[3][1] + 20, 22, "#ffcf80", 0.35)
    c.rect((300, 300, 900, 760), c.lit("#1a0d10"))
    c.gradient_poly(
        [(330, 320), (870, 320), (870, 700), (330, 700)], c.lit("#f0b860"), c.lit("#8a3a2a")
    )
    c.poly([(300, 300), (420, 300), (380, 720), (300, 720)], red)
    c.poly([(900, 300), (780, 300), (820, 720), (900, 720)], red)
    c.rect((290, 280, 910, 320), gold)
    c.ellipse(600, 300, 60, 30, gold, start=180, end=360)
    for x in range(0, 1200, 36):
        c.ellipse(x + 18, 790, 20, 30, mix(red, (0, 0, 0), 0.35))
    c.glow(600, 120, 200, "#ffe6b0", 0.4)


def carlo_felice(c: Canvas) -> None:
    c.sky(560)
    c.ridge(560, 380, 0.55, "#6f7a6a")
    land.bay_town(c, -10, 1210, 560, 0.45, ("#e0a070", "#f0d0a0", "#e8c090", "#c88060"))
    c.ground(560, "#a09888", "#b8ae9c")
    for k in range(14):
        c.line([(k * 100 - 50, 800), (600, 560)], c.lit("#8a8272"), 1.5)
    land.portico_theatre(c, 560, 690, 300)
    things.crowd(c, 240, 900, 780, 100, 6)
    c.glow(560, 560, 260, "#ffd890", 0.22)


def milan(c: Canvas) -> None:
    c.sky(560)
    c.ground(600, "#b8aa96", "#c9bca8")
    for k in range(12):
        c.line([(k * 110 - 60, 800), (600, 600)], c.lit("#a49682"), 1.5)
    land.duomo_milan(c, 600, 610, 300)
    for x0, x1 in ((-10, 260), (940, 1210)):
        c.rect((x0, 300, x1, 620), c.lit("#d9c8aa"))
        for k in range(6):
            ax = x0 + 25 + k * 45
            c.poly(
                [
                    (ax - 14, 620),
                    (ax - 14, 560),
                    *arc(ax, 560, 14, 16, 180, 360, 10),
                    (ax + 14, 620),
                ],
                c.lit("#6a5a48"),
            )
        for row in range(4):
            for k in range(6):
                wx = x0 + 18 + k * 45
                c.rect((wx, 330 + row * 52, wx + 14, 358 + row * 52), c.lit("#5a6070"))
    things.crowd(c, 250, 950, 770, 95, 8)
    for _ in range(14):
        x, y = c.rng.uniform(200, 1000), c.rng.uniform(690, 790)
        c.ellipse(x, y, 7, 4, c.lit("#8a8a94"))
        c.ellipse(x + 6, y - 3, 3, 3, c.lit("#6a6a74"))


def venice(c: Canvas) -> None:
    """The Grand Canal in perspective: palaces on both banks, the Rialto bridge far off,
    mooring poles and a gondola in front."""
    c.drew.add("grand-canal")
    horizon = 430
    c.sky(horizon)
    rialto(c, 600, horizon, 150)
    c.water(horizon, "#3d7a82", reflect=0.35)
    colours = ("#d9876a", "#efc99a", "#c8705a", "#e9dcc0", "#d6a66e", "#b86a5a")
    for side in (-1, 1):
        edges = [0.0, 0.1, 0.22, 0.37, 0.55, 0.78, 1.05]
        for k in range(len(edges) - 1):
            t0, t1 = edges[k], edges[k + 1]
            x0, x1 = 600 + side * (70 + 560 * t0), 600 + side * (70 + 560 * t1)
            b0, b1 = horizon + 8 + 260 * t0, horizon + 8 + 260 * t1
            h0, h1 = 70 + 420 * t0, 70 + 420 * t1
            wall = c.far(colours[(k * 2 + (side > 0)) % len(colours)], 0.3 * (1 - t0))
            c.poly([(x0, b0), (x1, b1), (x1, b1 - h1), (x0, b0 - h0)], wall)
            c.poly(
                [(x0, b0), (x1, b1), (x1, b1 + 14 + 20 * t1), (x0, b0 + 10 + 20 * t0)],
                mix(wall, (40, 60, 60), 0.55),
                200,
            )
            c.line([(x0, b0 - h0), (x1, b1 - h1)], mix(wall, (90, 40, 30), 0.5), 3 + 5 * t1)
            for row in range(3):
                for col in range(3):
                    u = (col + 0.5) / 3
                    xm = x0 + (x1 - x0) * u
                    bm, hm = b0 + (b1 - b0) * u, h0 + (h1 - h0) * u
                    wy = bm - hm * (0.25 + row * 0.25)
                    ww, wh = abs(x1 - x0) / 14, hm * 0.12
                    c.poly(
                        [
                            (xm - ww, wy + wh),
                            (xm - ww, wy),
                            (xm, wy - wh * 0.4),
                            (xm + ww, wy),
                            (xm + ww, wy + wh),
                        ],
                        mix(wall, (30, 25, 30), 0.6),
                    )
    for x, y, h in ((230, 600, 120), (300, 575, 95), (880, 585, 105), (960, 615, 130)):
        c.line([(x, y), (x, y - h)], c.lit("#2f4f8a"), 8)
        for band in range(3):
            c.line([(x, y - h + band * 24), (x, y - h + band * 24 + 12)], c.lit("#f2f2ee"), 8)
    land.gondola(c, 600, 700, 190)


def rialto(c: Canvas, x: float, base: float, width: float) -> None:
    """The Rialto bridge seen from the canal: one stone arch, a roofed arcade on top."""
    c.drew.add("rialto")
    stone = c.far("#eae2d2", 0.35)
    shade = mix(stone, (60, 60, 70), 0.3)
    half = width / 2
    c.poly(
        [
            (x - half * 1.2, base),
            (x - half, base - 28),
            (x, base - 46),
            (x + half, base - 28),
            (x + half * 1.2, base),
        ],
        stone,
    )
    c.poly(arc(x, base, half * 0.8, 34, 180, 360, 24), c.far("#3a4a50", 0.4))
    c.rect((x - 26, base - 70, x + 26, base - 44), stone)
    c.poly([(x - 30, base - 70), (x, base - 86), (x + 30, base - 70)], shade)
    for k in range(3):
        c.rect((x - 20 + k * 16, base - 64, x - 12 + k * 16, base - 48), shade)


def venice_lagoon_ship(c: Canvas) -> None:
    """A Venetian sailing ship of Marco Polo's time leaving the lagoon at dawn."""
    c.drew.add("sailing-ship")
    c.sky(480)
    land.palazzo_row(c, 0, 520, 480, 0.6)
    land.campanile(c, 300, 480, 260, 0.6)
    c.water(480, "#4a6f8a")
    hull = c.lit("#5a3a24")
    x, y = 760, 640
    c.poly([(x - 230, y - 60), (x + 230, y - 80), (x + 170, y + 10), (x - 180, y + 10)], hull)
    c.rect((x - 240, y - 90, x - 150, y - 60), hull)
    c.rect((x + 150, y - 110, x + 240, y - 80), hull)
    for mx, height, width in ((x - 60, 380, 150), (x + 90, 300, 110)):
        c.line([(mx, y - 60), (mx, y - 60 - height)], c.lit("#3a2a1a"), 7)
        c.poly(
            [
                (mx, y - 50 - height),
                (mx + width, y - 80 - height * 0.2),
                (mx - width * 0.2, y - 100),
            ],
            c.lit("#efe4cc"),
        )
        c.poly(
            [
                (mx, y - 50 - height),
                (mx + width * 0.4, y - 90 - height * 0.3),
                (mx - width * 0.2, y - 100),
            ],
            mix(c.lit("#efe4cc"), (0, 0, 0), 0.12),
        )
    c.rect((x - 62, y - 450, x - 58, y - 420), c.lit("#b8302a"))
    c.line([(x - 280, y + 14), (x + 240, y + 14)], (255, 255, 255), 3, 120)


def ancona(c: Canvas) -> None:
    """Ancona: the cathedral on its green headland above the harbour, quays, cranes, a ferry."""
    c.sky(420)
    c.water(420, "#2f6f8f")
    c.gradient_poly(
        [(-10, 560), (120, 330), (300, 262), (470, 262), (640, 350), (760, 470), (820, 560)],
        c.far("#6e8a4e", 0.15),
        c.far("#4e6a32", 0.05),
    )
    land.bay_town(c, 420, 900, 560, 0.2)
    church = c.lit("#efe4cc")
    shade = mix(church, (70, 60, 50), 0.3)
    x, base = 385, 266
    c.rect((x - 110, base - 60, x + 110, base), church)
    c.rect((x + 50, base - 60, x + 110, base), shade)
    c.poly(
        [(x - 120, base - 60), (x - 60, base - 90), (x + 60, base - 90), (x + 120, base - 60)],
        c.lit("#c88a6a"),
    )
    c.rect((x - 34, base - 120, x + 34, base - 86), church)
    c.ellipse(x, base - 120, 40, 36, c.lit("#6d8a7a"), start=180, end=360)
    c.rect((x - 4, base - 166, x + 4, base - 150), church)
    c.rect((x - 30, base - 44, x + 30, base), mix(church, (60, 40, 30), 0.5))
    c.poly([(x - 36, base - 44), (x, base - 62), (x + 36, base - 44)], shade)
    for k in range(5):
        c.rect((x - 100 + k * 18, base - 48, x - 92 + k * 18, base - 30), shade)
    land.campanile(c, x + 150, base + 4, 120, 0.1)
    c.drew.add("san-ciriaco")
    c.rect((700, 560, 1200, 585), c.lit("#b0a898"))
    c.rect((700, 585, 1200, 592), mix(c.lit("#b0a898"), (0, 0, 0), 0.3))
    for k, cx in enumerate((860, 1040)):
        crane = c.lit("#c8502a")
        c.line([(cx - 30, 560), (cx - 30, 380)], crane, 8)
        c.line([(cx + 30, 560), (cx + 30, 380)], crane, 8)
        c.line([(cx - 90, 390), (cx + 160 - k * 40, 390)], crane, 10)
        c.line([(cx - 30, 430), (cx + 30, 390)], crane, 4)
        c.line([(cx + 120 - k * 40, 390), (cx + 120 - k * 40, 480)], c.lit("#2a2a2a"), 2)
    things.ship(c, 980, 548, 50, kind="container-ship")
    things.ship(c, 330, 680, 80, kind="ferry")
    c.drew.add("harbour")


def marche_campus(c: Canvas) -> None:
    """A hilltop university campus above the Adriatic: terraces, olive trees, the sea beyond."""
    c.sky(360)
    c.water(360, "#3a7aa0", reflect=0.3, bottom=470)
    c.gradient_poly(
        [(0, 470), (1200, 440), (1200, 800), (0, 800)], c.lit("#8aa05a"), c.lit("#5a7a3a")
    )
    land.campus(c, 640, 640, 230, "#e8e2d6", "#7fa7c4")
    c.drew.add("campus")
    for x in (80, 180, 1040, 1140):
        c.ellipse(x, 650, 50, 34, c.lit("#6e7a4e"))
        c.line([(x, 690), (x, 660)], c.lit("#5a4a3a"), 6)
    things.crowd(c, 420, 900, 770, 90, 5)


def eur_palazzo(c: Canvas) -> None:
    """A white arcaded palazzo of Rome's EUR district, stacked arches in travertine."""
    c.drew.add("eur-palazzo")
    c.sky(560)
    c.ground(560, "#c9bca0", "#ddd2bc")
    stone = c.lit("#f0ead8")
    x0, x1, top, base = 330, 870, 170, 600
    c.rect((x0, top, x1, base), stone)
    c.rect((x1 - 60, top, x1, base), mix(stone, (60, 60, 70), 0.2))
    for row in range(6):
        for col in range(9):
            ax = x0 + 30 + col * 58
            ay = top + 20 + row * 68
            c.poly(
                [
                    (ax, ay + 58),
                    (ax, ay + 20),
                    *arc(ax + 20, ay + 20, 20, 20, 180, 360, 10),
                    (ax + 40, ay + 58),
                ],
                c.lit("#3a3a44"),
            )
    c.rect((x0 - 60, base, x1 + 60, base + 20), stone)
    for x in (150, 1050):
        land.cypress(c, x, 640, 260)
    for x in (260, 940):
        c.rect((x - 30, 480, x + 30, 600), stone)
        c.ellipse(x, 460, 26, 40, stone)


def quirinale(c: Canvas) -> None:
    """The Quirinal Palace in Rome with its tower and a flag, the obelisk and fountain before it."""
    c.drew.add("quirinale")
    c.sky(540)
    c.ground(560, "#c0ad8e", "#d4c4a6")
    wall = c.lit("#e8c99a")
    c.rect((120, 300, 1080, 560), wall)
    c.rect((180, 180, 300, 300), wall)
    c.rect((170, 170, 310, 190), c.lit("#d8b888"))
    things.flag(c, 240, 90, 36, "italy")
    for row in range(3):
        for k in range(14):
            wx = 330 + k * 52
            c.rect((wx, 330 + row * 70, wx + 22, 372 + row * 70), c.lit("#5a4a3e"))
            c.poly(
                [(wx - 4, 328 + row * 70), (wx + 11, 316 + row * 70), (wx + 26, 328 + row * 70)],
                c.lit("#d0ae80"),
            )
    c.rect((560, 470, 640, 560), c.lit("#4a3a30"))
    c.poly([(575, 650), (590, 360), (610, 360), (625, 650)], c.lit("#d8c8a8"))
    c.poly([(590, 360), (600, 340), (610, 360)], c.lit("#d8c8a8"))
    c.ellipse(600, 690, 150, 34, c.lit("#b8a888"))
    c.ellipse(600, 684, 130, 24, c.lit("#6aa0c0"))
    for side in (-1, 1):
        c.ellipse(600 + side * 70, 620, 28, 46, c.lit("#cdbd9d"))


def palazzo_chigi(c: Canvas) -> None:
    """Palazzo Chigi in the evening: an ochre palace with a balcony and flags over the door."""
    c.drew.add("palazzo-chigi")
    c.sky(600, clouds=1)
    wall = c.lit("#d9a96a")
    c.rect((80, 140, 1120, 640), wall)
    c.rect((80, 120, 1120, 150), c.lit("#c89858"))
    for row in range(4):
        for k in range(11):
            wx = 130 + k * 92
            lit = c.rng.random() < 0.6
            c.rect(
                (wx, 180 + row * 110, wx + 40, 250 + row * 110),
                c.lit("#ffd88a") if lit else c.lit("#4a3a30"),
            )
            c.rect((wx - 6, 172 + row * 110, wx + 46, 180 + row * 110), c.lit("#f0d8b0"))
    c.rect((520, 490, 680, 640), c.lit("#3a2a22"))
    c.rect((480, 470, 720, 490), c.lit("#f0d8b0"))
    things.flag(c, 570, 320, 44, "italy")
    c.ground(640, "#8a7a6a", "#9a8a7a")
    for x in (300, 900):
        c.line([(x, 780), (x, 560)], c.lit("#2a2a30"), 6)
        c.glow(x, 555, 70, "#ffd890", 0.8)


def vittoriano(c: Canvas) -> None:
    """The Vittoriano in Rome, white marble colonnade and stairs, with both countries' flags."""
    c.drew.add("vittoriano")
    c.sky(520)
    marble = c.lit("#f4f1ea")
    shade = mix(marble, (80, 90, 110), 0.25)
    c.rect((140, 250, 1060, 470), marble)
    for k in range(16):
        cx = 170 + k * 56
        c.rect((cx, 270, cx + 20, 450), shade)
    c.rect((120, 230, 1080, 260), marble)
    for side in (-1, 1):
        c.rect((600 + side * 460 - 60, 160, 600 + side * 460 + 60, 470), marble)
        c.poly(
            [(600 + side * 460 - 40, 160), (600 + side * 460, 110), (600 + side * 460 + 40, 160)],
            c.lit("#b8a878"),
        )
    for k in range(12):
        y = 470 + k * 14
        c.rect((300 - k * 20, y, 900 + k * 20, y + 14), mix(marble, shade, k % 2 * 0.5))
    for x, stripes in ((420, "italy"), (780, "kazakhstan")):
        things.flag(c, x, 420, 50, stripes)
    c.rect((0, 638, 1200, 800), c.lit("#a09080"))


def dome_view(c: Canvas) -> None:
    c.sky(560)
    land.bay_town(c, -10, 1210, 560, 0.45, ("#e8b77d", "#f1d8a8", "#d9a06a"))
    land.dome_church(c, 600, 560, 330, 0.3)
    c.ground(560, "#9a8a6a", "#b0a080")


def book_desk_rome(c: Canvas) -> None:
    """A scholar's desk by a Roman window: an open monograph, a lamp, the dome outside."""
    c.rect((0, 0, 1200, 800), c.lit("#5a4434"))
    c.drew.add("window")
    wx0, wy0, wx1, wy1 = 630, 100, 1080, 400
    c.inset((wx0, wy0, wx1, wy1), dome_view)
    c.rect((wx0 - 14, wy0 - 14, wx1 + 14, wy0), c.lit("#e8dcc4"))
    c.rect((wx0 - 14, wy1, wx1 + 14, wy1 + 20), c.lit("#e8dcc4"))
    c.line([((wx0 + wx1) / 2, wy0), ((wx0 + wx1) / 2, wy1)], c.lit("#e8dcc4"), 10)
    c.gradient_poly(
        [(0, 520), (1200, 520), (1200, 800), (0, 800)], c.lit("#8a5a34"), c.lit("#4a2e1a")
    )
    things.book(c, 460, 600, 200, "#2a4a6a")
    things.book(c, 900, 690, 110, "#7a2f2a", open_pages=False)
    c.line([(150, 600), (180, 380), (260, 330)], c.lit("#2a2a2a"), 8)
    c.poly([(230, 320), (320, 320), (290, 380), (260, 380)], c.lit("#2f5a3a"))
    c.glow(275, 400, 260, "#ffd890", 0.45)
    c.drew.add("lamp")


def abai_bust_park(c: Canvas) -> None:
    """Abai's bronze bust on a stone plinth in a Roman park, umbrella pines around it."""
    c.drew.add("park")
    c.sky(540)
    land.bay_town(c, 600, 1210, 545, 0.55, ("#e8b77d", "#f1d8a8", "#d9a06a"))
    land.dome_church(c, 770, 545, 120, 0.45)
    c.ground(540, "#5a7a3a", "#7a9050")
    c.poly([(520, 800), (560, 560), (640, 560), (680, 800)], c.lit("#d8c8a0"))
    for x, s in ((110, 300), (290, 220), (1010, 230), (1150, 310)):
        c.shadow(x + 30, 700, s * 0.5, 12)
        land.umbrella_pine(c, x, 700, s)
    c.shadow(600, 745, 140, 16)
    things.bust(c, 600, 745, 420, stone="#8a6a44", plinth="#cfc6b4")
