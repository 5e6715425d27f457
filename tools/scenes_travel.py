"""Painted scenes of travel, trade and sport: aircraft, ships, trains, ports, works, races."""

from __future__ import annotations

import math

from PIL import Image

from tools import illustration_landmarks as land
from tools import illustration_things as things
from tools.illustration_paint import HEIGHT, WIDTH, Canvas, arc, mix


def water_salute(c: Canvas) -> None:
    """A first arrival: fire engines arch jets of water over an airliner, Almaty's peaks behind."""
    c.drew.add("water-salute")
    c.drew.add("zailiysky-alatau")
    c.sky(470)
    c.ridge(480, 130, 0.5, "#7a8aa6", snow=0.6)
    c.ground(480, "#8a8a88", "#a0a09c")
    c.rect((0, 620, WIDTH, 660), c.lit("#5a5a5e"))
    things.aircraft(c, 600, 560, 300, climbing=0)
    for side in (-1, 1):
        x = 600 + side * 470
        fire_engine(c, x, 655, 130, facing=-side)
        points = arc(600, 560, 470, 300, 180 if side < 0 else 0, 270 if side < 0 else -90, 40)
        c.line(points, (235, 245, 255), 16, 150)
        c.line(points, (255, 255, 255), 5, 200)
        for _ in range(25):
            px, py = points[c.rng.randrange(len(points))]
            c.ellipse(
                px + c.rng.uniform(-20, 20), py + c.rng.uniform(0, 30), 3, 3, (255, 255, 255), 180
            )


def fire_engine(c: Canvas, x: float, base: float, length: float, facing: int = 1) -> None:
    """An airport fire engine: cab, tank body with lockers, roof turret, six wheels."""
    c.drew.add("fire-engine")
    red, dark = c.lit("#d8302a"), c.lit("#8a1a16")
    half = length / 2

    def fx(u: float) -> float:
        return x + facing * u * half

    c.poly(
        [
            (fx(-1), base - 18),
            (fx(-1), base - 60),
            (fx(0.55), base - 60),
            (fx(0.6), base - 82),
            (fx(0.95), base - 82),
            (fx(1), base - 50),
            (fx(1), base - 18),
        ],
        red,
    )
    c.poly(
        [
            (fx(0.64), base - 78),
            (fx(0.92), base - 78),
            (fx(0.96), base - 56),
            (fx(0.64), base - 56),
        ],
        c.lit("#9ac0d8"),
    )
    for k in range(4):
        left, right = sorted((fx(-0.95 + k * 0.38), fx(-0.65 + k * 0.38)))
        c.rect((left, base - 52, right, base - 26), dark)
    c.rect((min(fx(-1), fx(1)), base - 24, max(fx(-1), fx(1)), base - 18), c.lit("#f2f2ee"))
    c.line([(fx(0.2), base - 60), (fx(0.3), base - 74), (fx(0.5), base - 78)], c.lit("#3a3a3a"), 5)
    for u in (-0.75, -0.45, 0.7):
        c.ellipse(fx(u), base - 10, 12, 12, c.lit("#1e1e1e"))
        c.ellipse(fx(u), base - 10, 5, 5, c.lit("#9a9a9a"))
    c.ellipse(fx(0.98), base - 86, 5, 4, c.lit("#3a8ae0"))


def airport_gate(c: Canvas) -> None:
    """An airliner at a gate in the morning, a jet bridge at its door, a tug and baggage carts."""
    c.drew.add("airport")
    c.sky(500)
    c.rect((560, 370, 1200, 500), c.far("#aab4be", 0.3))
    c.rect((560, 360, 1200, 372), c.far("#8a96a4", 0.3))
    for k in range(12):
        c.rect((575 + k * 52, 390, 612 + k * 52, 480), c.far("#5a7a9a", 0.2))
    c.ground(500, "#7a7a7a", "#909090")
    for k in range(6):
        c.rect((k * 220, 700, k * 220 + 120, 708), c.lit("#f2c14e"))
    c.shadow(480, 610, 330, 16)
    things.aircraft(c, 470, 520, 360, climbing=0, tail="#1f4e9a")
    bridge = c.lit("#c8ccd0")
    c.poly([(1200, 440), (800, 470), (800, 530), (1200, 500)], bridge)
    c.poly([(800, 470), (780, 474), (780, 528), (800, 530)], mix(bridge, (0, 0, 0), 0.3))
    for k in range(6):
        bx = 830 + k * 60
        c.line([(bx, 468 - k * 4.5), (bx, 528 - k * 4.5)], mix(bridge, (0, 0, 0), 0.15), 2)
    c.rect((930, 520, 950, 610), c.lit("#8a9098"))
    c.rect((900, 600, 980, 620), c.lit("#5a6068"))
    for k in range(3):
        x = 150 + k * 110
        c.rect((x, 650, x + 90, 690), c.lit("#c8d0d8"))
        c.ellipse(x + 20, 695, 10, 10, c.lit("#2a2a2a"))
        c.ellipse(x + 70, 695, 10, 10, c.lit("#2a2a2a"))
    c.rect((40, 660, 120, 700), c.lit("#f2c14e"))
    c.ellipse(60, 704, 12, 12, c.lit("#2a2a2a"))
    c.ellipse(105, 704, 12, 12, c.lit("#2a2a2a"))


def cabin_window(c: Canvas) -> None:
    """A business traveller's view: an open laptop on the tray, the wing over clouds outside."""

    def outside(v: Canvas) -> None:
        v.sky(800, clouds=0)
        for _ in range(14):
            v.cloud(v.rng.uniform(0, 1200), v.rng.uniform(520, 780), v.rng.uniform(160, 300))
        v.poly([(200, 600), (1250, 380), (1250, 470), (300, 640)], v.lit("#e8ecf0"))
        v.poly([(1150, 400), (1200, 330), (1230, 330), (1200, 410)], v.lit("#1f4e9a"))

    c.drew.add("cabin")
    c.rect((0, 0, WIDTH, HEIGHT), c.lit("#d8d4cc"))
    c.ellipse(760, 320, 250, 230, c.lit("#b8b4ac"))
    c.inset((560, 140, 960, 407), outside)
    c.poly([*arc(760, 320, 250, 230, 0, 360, 60)], c.lit("#b8b4ac"), 0)
    for band, width in ((0, 60), (1, 40)):
        c.line(
            arc(760, 274, 250 - band * 30, 190 - band * 20, 0, 360, 60),
            c.lit("#c8c4bc" if band else "#e8e4dc"),
            width,
        )
    c.poly([(0, 620), (WIDTH, 560), (WIDTH, HEIGHT), (0, HEIGHT)], c.lit("#3a4250"))
    c.rect((140, 520, 500, 560), c.lit("#2a2e36"))
    c.poly([(170, 360), (470, 360), (500, 520), (140, 520)], c.lit("#3a3e46"))
    c.poly([(186, 376), (454, 376), (480, 508), (160, 508)], c.lit("#6ab0e0"))
    for k in range(4):
        c.rect((200, 400 + k * 22, 420 - k * 30, 412 + k * 22), c.lit("#f4f8fa"))
    c.drew.add("laptop")
    c.ellipse(580, 560, 40, 12, c.lit("#f4f0ea"))
    c.rect((550, 510, 610, 560), c.lit("#f4f0ea"))
    c.rect((560, 520, 600, 530), c.lit("#5a3a2a"))


def night_flight_astana(c: Canvas) -> None:
    """An airliner with its lights on descending over Astana at night, the Baiterek lit below."""
    c.sky(600, clouds=1)
    land.city_blocks(c, -10, 1210, 640, 170, 0.35, lit_windows=True)
    land.baiterek(c, 700, 640, 330, 0.1)
    land.khan_shatyr(c, 1050, 640, 120, 0.3)
    c.ground(640, "#1e2430", "#2a3040")
    for _ in range(40):
        c.ellipse(c.rng.uniform(0, WIDTH), c.rng.uniform(660, 790), 2, 2, c.lit("#ffd890"))
    things.contrail(c, [(-20, 120), (200, 190)], 60)
    things.aircraft(c, 380, 230, 260, climbing=10)
    c.glow(600, 276, 18, "#ff4040", 0.9)
    c.glow(255, 200, 18, "#ffffff", 0.9)


def airliner_clouds(c: Canvas) -> None:
    """An airliner climbing above a sea of clouds in the morning sun, its contrail behind."""
    c.sky(800, clouds=0)
    for _ in range(18):
        c.cloud(c.rng.uniform(-50, 1250), c.rng.uniform(560, 800), c.rng.uniform(200, 340))
    things.contrail(c, [(-40, 560), (280, 430)], 130)
    things.aircraft(c, 620, 330, 420, climbing=-16)


def state_arrival(c: Canvas) -> None:
    """A presidential airliner on the apron: a red carpet, an honour guard, Astana beyond."""
    c.drew.add("red-carpet")
    c.drew.add("honour-guard")
    c.sky(500)
    land.city_blocks(c, 100, 1100, 500, 150, 0.5)
    land.baiterek(c, 860, 500, 240, 0.45)
    c.ground(500, "#8a8a8a", "#9a9a9a")
    things.aircraft(c, 420, 520, 380, climbing=0, tail="#1f5a3a")
    c.poly([(560, 540), (590, 540), (640, 640), (600, 640)], c.lit("#c8ccd0"))
    c.poly([(600, 640), (640, 640), (1000, 800), (860, 800)], c.lit("#b8202a"))
    for k in range(8):
        x = 700 + k * 60
        things.person(c, x - 200, 700 + k * 6, 130, "#2a3a6a")
        c.line([(x - 215, 600 + k * 6), (x - 215, 560 + k * 6)], c.lit("#c8c8c8"), 3)
    things.flag(c, 1090, 420, 40, "italy")
    things.flag(c, 1160, 420, 40, "kazakhstan")


def airport_1997(c: Canvas) -> None:
    """An airliner of the 1990s at Almaty airport under the mountains, in faded, warm tones."""
    c.drew.add("zailiysky-alatau")
    c.drew.add("old-photo")
    c.sky(480)
    c.ridge(490, 150, 0.5, "#7a8aa6", snow=0.55)
    c.ground(490, "#8a8a7a", "#9a9a8a")
    c.rect((0, 400, 380, 490), c.far("#d8d0c0", 0.2))
    c.rect((130, 340, 250, 400), c.far("#d8d0c0", 0.2))
    things.aircraft(c, 700, 540, 380, climbing=0, livery="#f4f4f0", tail="#c8302c")
    c.poly([(780, 560), (800, 560), (860, 680), (840, 680)], c.lit("#d8d8d8"))
    things.crowd(c, 880, 1120, 700, 110, 4)
    things.flag(c, 1140, 440, 34, "italy")
    grey = c.image.convert("L")
    warm = Image.merge(
        "RGB",
        (
            grey.point(lambda v: min(255, v + 24)),
            grey.point(lambda v: min(255, v + 8)),
            grey.point(lambda v: max(0, v - 18)),
        ),
    )
    c.image.paste(Image.blend(c.image, warm, 0.7))


def construction(c: Canvas) -> None:
    """A factory rising on the steppe: steel frame, tower cranes, a cement truck, morning sun."""
    c.drew.add("cranes")
    c.drew.add("factory")
    c.sky(520)
    c.ground(520, "#a89060", "#b8a070")
    steel = c.lit("#5a6a7a")
    c.rect((300, 380, 900, 600), c.lit("#d8dce0"))
    for k in range(9):
        x = 300 + k * 75
        c.line([(x, 600), (x, 300)], steel, 8)
    c.line([(300, 300), (900, 300)], steel, 8)
    for k in range(8):
        x = 300 + k * 75
        c.line([(x, 300), (x + 75, 380)], steel, 3)
    for x, height, jib in ((220, 420, 300), (980, 380, -260)):
        c.line([(x, 640), (x, 640 - height)], c.lit("#f2c14e"), 14)
        for k in range(int(height // 30)):
            c.line([(x - 7, 640 - k * 30), (x + 7, 610 - k * 30)], c.lit("#c89a2a"), 2)
        c.line([(x - jib * 0.2, 640 - height), (x + jib, 640 - height)], c.lit("#f2c14e"), 10)
        c.line(
            [(x + jib * 0.8, 640 - height), (x + jib * 0.8, 640 - height + 160)],
            c.lit("#2a2a2a"),
            2,
        )
        c.rect(
            (x + jib * 0.8 - 30, 640 - height + 160, x + jib * 0.8 + 30, 640 - height + 176), steel
        )
    c.rect((620, 640, 780, 700), c.lit("#e8e4dc"))
    c.ellipse(720, 630, 60, 40, c.lit("#d0302a"))
    for x in (650, 760):
        c.ellipse(x, 705, 18, 18, c.lit("#2a2a2a"))
    things.crowd(c, 380, 560, 720, 90, 3)


def industrial_park(c: Canvas) -> None:
    """An industrial park of factory halls with sawtooth roofs, lorries and company flags."""
    c.drew.add("factory")
    c.drew.add("lorries")
    c.sky(460)
    c.ridge(470, 380, 0.7, "#8a90a0")
    c.ground(470, "#8a8a70", "#a0a088")
    for row, (top, colour) in enumerate(((440, "#c8ccd0"), (520, "#e0e2e4"))):
        for k in range(4 - row):
            x0 = 40 + k * 300 + row * 120
            c.rect((x0, top, x0 + 260, top + 100), c.lit(colour))
            for t in range(5):
                tx = x0 + t * 52
                c.poly(
                    [(tx, top), (tx + 40, top - 30), (tx + 40, top), (tx + 52, top)],
                    c.lit("#8a96a4"),
                )
                c.rect((tx + 32, top - 26, tx + 40, top), c.lit("#9ad0f0"))
            c.rect((x0 + 100, top + 40, x0 + 160, top + 100), c.lit("#5a6470"))
    c.rect((0, 660, WIDTH, 720), c.lit("#5a5a5e"))
    for k in range(3):
        x = 120 + k * 380
        c.rect((x, 600, x + 200, 670), c.lit(("#f4f4f0", "#c8302c", "#2a5a9a")[k]))
        c.rect((x + 200, 620, x + 260, 670), c.lit("#2a3a4a"))
        for wx in (x + 30, x + 170, x + 230):
            c.ellipse(wx, 675, 14, 14, c.lit("#1a1a1a"))
    for k, stripes in enumerate(("italy", "kazakhstan", "italy")):
        things.flag(c, 960 + k * 70, 460, 26, stripes)


def freight_train(c: Canvas) -> None:
    """A long container train crossing the steppe at sunset, a locomotive at its head."""
    c.drew.add("train")
    c.sky(500)
    c.ground(500, "#8a6a3a", "#b08a50")
    c.grass(520, "#6a5a2a")
    c.line([(0, 640), (WIDTH, 560)], c.lit("#4a3a2e"), 10)
    c.line([(0, 660), (WIDTH, 574)], c.lit("#4a3a2e"), 6)
    palette = ("#c8302c", "#2a6db0", "#e0a030", "#3a8a5a", "#7a7f88", "#d26a2a")
    for k in range(12):
        x = 80 + k * 100
        y = 640 - (x / WIDTH) * 80
        c.poly(
            [(x, y - 60), (x + 92, y - 66), (x + 92, y - 8), (x, y - 2)],
            c.lit(palette[k % len(palette)]),
        )
        for j in range(6):
            c.line(
                [(x + 8 + j * 14, y - 56), (x + 8 + j * 14, y - 6)],
                mix(c.lit(palette[k % 6]), (0, 0, 0), 0.25),
                2,
            )
    x, y = 1040, 640 - (1040 / WIDTH) * 80
    c.poly(
        [(x, y - 80), (x + 130, y - 90), (x + 150, y - 60), (x + 150, y - 10), (x, y)],
        c.lit("#2f6a8a"),
    )
    c.rect((x + 100, y - 80, x + 135, y - 60), c.lit("#ffe8a0"))
    c.line([(0, 500), (WIDTH, 500)], c.lit("#6a6a6a"), 1)
    for k in range(6):
        px = 100 + k * 220
        c.line([(px, 500), (px, 430)], c.lit("#4a4a4a"), 3)
        c.line([(px - 20, 440), (px + 20, 440)], c.lit("#4a4a4a"), 3)


def container_port(c: Canvas) -> None:
    """A busy container port: stacks in every colour, gantry cranes, a ship at the quay."""
    c.drew.add("containers")
    c.drew.add("cranes")
    c.sky(420)
    c.water(420, "#2a5a7a", bottom=520)
    things.ship(c, 720, 500, 110, kind="container-ship")
    c.rect((0, 520, WIDTH, HEIGHT), c.lit("#8a8a88"))
    cranes = ((250, 0.25, 0.8), (700, 0.15, 1.0), (1060, 0.05, 1.15))
    for x, depth, scale in cranes:
        crane = c.far("#d0302a", depth)
        top = 520 - 330 * scale
        for leg in (-60, 60):
            c.line([(x + leg * scale, 540), (x + leg * scale, top)], crane, 12 * scale)
        c.line([(x - 150 * scale, top + 10), (x + 230 * scale, top + 10)], crane, 14 * scale)
        c.line([(x - 60 * scale, top + 60 * scale), (x + 60 * scale, top + 10)], crane, 5)
        c.line(
            [(x - 60 * scale, top + 10), (x, top - 50 * scale), (x + 230 * scale, top + 10)],
            crane,
            4,
        )
        c.line(
            [(x + 170 * scale, top + 10), (x + 170 * scale, top + 170 * scale)], c.lit("#2a2a2a"), 2
        )
        c.rect(
            (x + 140 * scale, top + 170 * scale, x + 200 * scale, top + 182 * scale),
            c.lit("#3a3a3a"),
        )
    palette = ("#c8302c", "#2a6db0", "#e0a030", "#3a8a5a", "#7a7f88", "#d26a2a", "#f4f4f0")
    rows = ((590, 26, 100, 13, 0.3), (670, 40, 150, 9, 0.15), (790, 64, 240, 6, 0.0))
    for base, height, width, count, depth in rows:
        for k in range(count):
            x = -30 + k * (width + 12) + c.rng.uniform(-6, 6)
            for tier in range(c.rng.randrange(1, 4)):
                y0, y1 = base - (tier + 1) * height, base - tier * height
                box = c.far(c.rng.choice(palette), depth)
                c.rect((x, y0, x + width, y1), box)
                ribs = mix(box, (0, 0, 0), 0.18)
                for rib in range(1, 12):
                    rx = x + rib * width / 12
                    c.line([(rx, y0 + 3), (rx, y1 - 3)], ribs, max(1.0, width / 90))
                c.rect((x, y1 - 3, x + width, y1), mix(box, (0, 0, 0), 0.35))
                c.rect((x, y0, x + width, y0 + 2), mix(box, (255, 255, 255), 0.3))


def grain_and_oil(c: Canvas) -> None:
    """Ripe wheat before a grain elevator, with oil tanks and a pipeline on the horizon."""
    c.drew.add("wheat")
    c.drew.add("grain-elevator")
    c.drew.add("oil-tanks")
    c.sky(440)
    silo = c.lit("#f0ebe0")
    shade = mix(silo, (70, 60, 70), 0.3)
    for k in range(5):
        x = 200 + k * 56
        c.rect((x, 220, x + 50, 460), silo)
        c.rect((x + 32, 220, x + 50, 460), shade)
        c.ellipse(x + 25, 220, 25, 8, mix(silo, (255, 255, 255), 0.3))
    c.rect((460, 160, 520, 460), silo)
    c.rect((500, 160, 520, 460), shade)
    c.poly([(470, 160), (490, 130), (510, 160)], shade)
    c.line([(520, 180), (620, 300), (620, 460)], shade, 6)
    for k in range(4):
        x = 860 + k * 70
        c.rect((x, 380, x + 60, 440), c.far("#c8ccd0", 0.1))
        c.rect((x + 40, 380, x + 60, 440), c.far("#9aa0a8", 0.1))
        c.ellipse(x + 30, 380, 30, 7, c.far("#dde0e4", 0.1))
    c.line([(680, 432), (1200, 432)], c.far("#6a6a6a", 0.1), 5)
    c.ground(440, "#c8a040", "#e0c060")
    for _ in range(500):
        y = c.rng.uniform(450, HEIGHT)
        t = (y - 450) / (HEIGHT - 450)
        x = c.rng.uniform(0, WIDTH)
        length = 6 + 40 * t
        c.line([(x, y), (x + 3, y - length)], c.lit("#b88a2a"), 1 + 2 * t)
        c.ellipse(x + 3, y - length, 2 + 3 * t, 4 + 8 * t, c.lit("#e8c060"))


def shop_window(c: Canvas) -> None:
    """An Italian shop window in the evening: shoes, a bag, coffee and a coat on show."""
    c.drew.add("shop-window")
    c.rect((0, 0, WIDTH, HEIGHT), c.lit("#2a2a30"))
    c.rect((120, 80, 1080, 140), c.lit("#1f4a3a"))
    for k, colour in enumerate(("#009246", "#f4f2ec", "#ce2b37")):
        c.rect((140 + k * 30, 95, 170 + k * 30, 125), c.lit(colour))
    c.gradient_poly(
        [(140, 160), (1060, 160), (1060, 640), (140, 640)], c.lit("#f4e4c8"), c.lit("#c8a070")
    )
    c.glow(600, 160, 500, "#fff0c8", 0.35)
    c.rect((140, 560, 1060, 640), c.lit("#e8dcc8"))
    for k, colour in enumerate(("#7a2f2a", "#2a2a2a")):
        x = 240 + k * 150
        c.poly(
            [(x, 560), (x + 20, 520), (x + 50, 520), (x + 110, 545), (x + 110, 560)], c.lit(colour)
        )
    c.drew.add("shoes")
    c.rect((520, 420, 680, 540), c.lit("#b8743a"))
    c.line(arc(600, 420, 60, 50, 180, 360, 16), c.lit("#8a5a2a"), 8)
    c.drew.add("handbag")
    c.poly(
        [(820, 200), (900, 200), (940, 260), (930, 540), (790, 540), (780, 260)], c.lit("#2a3a5a")
    )
    c.line([(800, 190), (920, 190)], c.lit("#6a6a6a"), 4)
    c.rect((960, 470, 1030, 560), c.lit("#c8c8cc"))
    c.ellipse(995, 470, 35, 10, c.lit("#a8a8ac"))
    c.ellipse(700, 552, 26, 8, c.lit("#f4f4f0"))
    c.drew.add("coffee")
    c.rect((100, 640, 1100, 680), c.lit("#1a1a1e"))
    c.gradient_poly(
        [(0, 680), (WIDTH, 680), (WIDTH, HEIGHT), (0, HEIGHT)], c.lit("#4a4a50"), c.lit("#2a2a30")
    )
    things.person(c, 160, 790, 330, "#6a2a3a", skirt=True)
    things.person(c, 1050, 790, 320, "#2a4a6a")


def mediterranean_hub(c: Canvas) -> None:
    """An Italian port town at sunset: a lighthouse on the mole, ships setting out
    on three routes."""
    c.drew.add("lighthouse")
    c.drew.add("mediterranean")
    c.sky(420)
    c.ridge(430, 300, 0.55, "#7a7a8a", left=-20, right=500)
    land.bay_town(c, 0, 480, 430, 0.3)
    c.water(430, "#2a6a8a")
    c.rect((300, 520, 700, 545), c.lit("#c8c0b0"))
    c.rect((660, 380, 690, 520), c.lit("#f4f0e8"))
    c.rect((660, 420, 690, 440), c.lit("#c8302c"))
    c.rect((654, 366, 696, 382), c.lit("#3a3a3a"))
    c.glow(675, 372, 140, "#fff0b0", 0.6)
    for (x, y, s), kind in zip(
        ((940, 520, 50), (820, 610, 70), (1050, 690, 60)),
        ("container-ship", "tanker", "ferry"),
        strict=True,
    ):
        things.ship(c, x, y, s, kind=kind)
    for end in ((1200, 460), (1200, 580), (1200, 760)):
        things.route_arc(c, (720, 540), end, 30, "#f2c14e", dashes=12)


def tanker_to_italy(c: Canvas) -> None:
    """An oil tanker at sea approaching a rocky Italian coast with a hill town at sunset."""
    c.sky(470)
    c.ridge(480, 340, 0.5, "#7a6a70", left=600, right=1220)
    land.bay_town(c, 700, 1200, 470, 0.4)
    land.campanile(c, 980, 420, 140, 0.4)
    c.water(470, "#2a4a6a")
    things.ship(c, 430, 610, 150, hull="#2a2a30", kind="tanker")
    c.drew.add("italian-coast")


def expo_pavilion(c: Canvas) -> None:
    """A modern exhibition pavilion with a curved timber front, flags and crowds at a world expo."""
    c.drew.add("pavilion")
    c.drew.add("expo")
    c.sky(520)
    c.ground(560, "#c8c0b0", "#d8d0c0")
    wood = c.lit("#c8945a")
    c.poly([*arc(600, 560, 420, 300, 180, 360, 48)], wood)
    for k in range(14):
        x = 200 + k * 60
        h = 300 * math.sqrt(max(0.0, 1 - ((x - 600) / 420) ** 2))
        c.line([(x, 560), (x, 560 - h)], c.lit("#a8743a"), 8)
    c.rect((400, 440, 800, 560), c.lit("#7ab0d0"))
    c.glow(600, 500, 200, "#ffffff", 0.2)
    for x in range(180, 1100, 120):
        stripes = "kazakhstan" if (x // 120) % 2 else "italy"
        things.flag(c, x, 250, 26, stripes)
    things.crowd(c, 60, 1140, 790, 170, 10)


def port_queue(c: Canvas) -> None:
    """Lorries and freight wagons queue at a Caspian port under a storm; the ferry
    waits offshore."""
    c.drew.add("lorries")
    c.drew.add("caspian")
    c.drew.add("barrier")
    c.sky(400, clouds=6)
    c.water(400, "#3a5060", bottom=520)
    things.ship(c, 900, 470, 45, kind="ferry")
    c.rect((0, 520, WIDTH, HEIGHT), c.lit("#7a7a78"))
    for k in range(6):
        x = 60 + k * 180
        y = 640 + k * 10
        c.rect((x, y - 70, x + 120, y), c.lit(("#c8302c", "#2a6db0", "#f4f4f0")[k % 3]))
        c.rect((x + 120, y - 50, x + 160, y), c.lit("#2a3a4a"))
        for wx in (x + 20, x + 100, x + 145):
            c.ellipse(wx, y + 4, 12, 12, c.lit("#1a1a1a"))
    c.line([(1040, 760), (1040, 600)], c.lit("#3a3a3a"), 10)
    for k in range(6):
        c.line(
            [(1040 - k * 40, 610), (1040 - (k + 1) * 40, 610)],
            c.lit("#d0302a" if k % 2 else "#f4f4f0"),
            10,
        )
    for _ in range(120):
        x, y = c.rng.uniform(0, WIDTH), c.rng.uniform(0, HEIGHT)
        c.line([(x, y), (x - 6, y + 22)], (220, 230, 240), 1.2, 120)
    c.drew.add("rain")


def cyclist(c: Canvas, x: float, base: float, size: float, jersey: str, trim: str) -> None:
    """A racing cyclist in profile, head down, riding to the right."""
    c.drew.add("cyclist")
    tyre, frame = c.lit("#1a1a1a"), c.lit("#3a3a44")
    for wx in (x - size * 0.45, x + size * 0.45):
        c.line(arc(wx, base - size * 0.3, size * 0.3, size * 0.3, 0, 360, 40), tyre, 7)
        c.ellipse(wx, base - size * 0.3, 6, 6, frame)
    c.line(
        [
            (x - size * 0.45, base - size * 0.3),
            (x - size * 0.05, base - size * 0.3),
            (x + size * 0.35, base - size * 0.7),
            (x - size * 0.15, base - size * 0.7),
            (x - size * 0.45, base - size * 0.3),
        ],
        frame,
        6,
    )
    c.line([(x + size * 0.35, base - size * 0.7), (x + size * 0.45, base - size * 0.3)], frame, 6)
    skin = c.lit(things.SKIN[2])
    c.line(
        [
            (x - size * 0.15, base - size * 0.75),
            (x + size * 0.05, base - size * 0.45),
            (x - size * 0.05, base - size * 0.3),
        ],
        c.lit("#1a1a1a"),
        size * 0.07,
    )
    c.poly(
        [
            (x - size * 0.2, base - size * 0.8),
            (x + size * 0.2, base - size * 1.02),
            (x + size * 0.3, base - size * 0.95),
            (x - size * 0.1, base - size * 0.7),
        ],
        c.lit(jersey),
    )
    c.line(
        [(x + size * 0.2, base - size * 0.98), (x + size * 0.38, base - size * 0.75)],
        c.lit(jersey),
        size * 0.05,
    )
    c.line(
        [(x - size * 0.15, base - size * 0.78), (x + size * 0.2, base - size * 0.98)],
        c.lit(trim),
        4,
    )
    c.ellipse(x + size * 0.3, base - size * 1.06, size * 0.07, size * 0.07, skin)
    c.ellipse(
        x + size * 0.28, base - size * 1.1, size * 0.1, size * 0.05, c.lit(trim), start=180, end=360
    )


def giro_mountains(c: Canvas) -> None:
    """A cyclist in sky blue climbing a mountain road lined with pink banners and fans."""
    c.drew.add("pink-banners")
    c.sky(430)
    c.ridge(440, 100, 0.45, "#9a8a9a", snow=0.6, roughness=0.62)
    c.ridge(470, 300, 0.25, "#5a7a5a")
    c.ground(470, "#4a7a3a", "#6a9a4a")
    c.poly([(0, 760), (500, 560), (1200, 500), (1200, 560), (520, 620), (0, 800)], c.lit("#5a5a5e"))
    for k in range(8):
        x = 80 + k * 150
        c.line([(x, 640 - k * 18), (x, 560 - k * 18)], c.lit("#8a8a8a"), 3)
        c.poly(
            [(x, 560 - k * 18), (x + 60, 565 - k * 18), (x + 60, 590 - k * 18), (x, 585 - k * 18)],
            c.lit("#f06aa8"),
        )
    things.crowd(c, 700, 1180, 500, 70, 6)
    cyclist(c, 420, 700, 260, "#1fa8d8", "#f2d030")


def tour_paris(c: Canvas) -> None:
    """A cyclist in the yellow jersey on a cobbled avenue, a triumphal arch at its end."""
    c.drew.add("arch")
    c.drew.add("yellow-jersey")
    c.sky(460)
    stone = c.far("#e0d8c4", 0.3)
    c.rect((500, 240, 700, 460), stone)
    c.poly(
        [(560, 460), (560, 340), *arc(600, 340, 40, 50, 180, 360, 12), (640, 460)],
        c.far("#8aa0c0", 0.5),
    )
    c.rect((490, 230, 710, 260), stone)
    for side in (-1, 1):
        for k in range(6):
            x = 600 + side * (140 + k * 90)
            land.poplar(c, x, 470 + k * 30, 100 + k * 30, 0.2 - k * 0.03)
    c.ground(460, "#8a8478", "#a09a8a")
    for k in range(14):
        y = 480 + k * 24
        c.line([(0, y), (WIDTH, y)], c.lit("#7a7468"), 1.5)
    things.crowd(c, 0, 280, 640, 110, 4)
    things.crowd(c, 920, 1200, 640, 110, 4)
    cyclist(c, 560, 760, 300, "#f2d030", "#1fa8d8")
