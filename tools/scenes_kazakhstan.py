"""Painted scenes set in Kazakhstan: its cities, mountains, steppe and the Caspian shore."""

from __future__ import annotations

from tools import illustration_landmarks as land
from tools import illustration_things as things
from tools.illustration_paint import HEIGHT, WIDTH, Canvas, arc, mix


def astana(c: Canvas) -> None:
    """Astana at dusk: the Baiterek over the river, towers and the Khan Shatyr tent beyond."""
    c.sky(520)
    land.city_blocks(c, -10, 1210, 520, 200, 0.55, lit_windows=True)
    land.khan_shatyr(c, 1000, 520, 170, 0.35)
    c.ground(520, "#4f5a5a", "#6a7a7a")
    c.water(600, "#3a5070", bottom=720)
    c.rect((0, 720, WIDTH, HEIGHT), c.lit("#5a5a58"))
    for side in (-1, 1):
        c.poly(
            [(520 + side * 40, 600), (520 + side * 10, 160), (520 + side * 70, 160)],
            (255, 240, 210),
            40,
        )
    land.baiterek(c, 520, 600, 470)
    c.glow(520, 420, 300, "#ffe0a0", 0.18)
    for x in range(40, 1200, 140):
        c.line([(x, 780), (x, 700)], c.lit("#2a2a30"), 4)
        c.glow(x, 698, 26, "#ffe0a0", 0.9)


def astana_street(c: Canvas) -> None:
    """A new avenue in Astana in perspective: young trees, lamps, towers, the
    Baiterek at its end."""
    c.drew.add("street")
    c.sky(470)
    land.baiterek(c, 600, 470, 200, 0.35)
    land.city_blocks(c, -10, 420, 470, 260, 0.3)
    land.city_blocks(c, 780, 1210, 470, 260, 0.3)
    c.ground(470, "#6a6a6a", "#8a8a8a")
    c.poly([(560, 470), (640, 470), (1100, 800), (100, 800)], c.lit("#4a4a50"))
    for k in range(6):
        y0, y1 = 480 + k * 55, 500 + k * 60
        c.poly([(598, y0), (602, y0), (606 + k * 2, y1), (594 - k * 2, y1)], c.lit("#f0f0e8"))
    for side in (-1, 1):
        for k in range(6):
            t = (k + 1) / 6
            x = 600 + side * (70 + 520 * t**1.2)
            base = 470 + 330 * t
            land.poplar(c, x, base, 40 + 160 * t)
    c.rect((120, 560, 320, 620), c.lit("#1f5aa8"))
    c.rect((126, 566, 314, 614), c.lit("#1f5aa8"))
    c.line([(220, 620), (220, 790)], c.lit("#7a7a7a"), 8)
    c.line([(132, 590), (308, 590)], c.lit("#f4f4f4"), 3)
    c.drew.add("street-sign")


def almaty(c: Canvas) -> None:
    """Almaty under the snowy wall of the Zailiysky Alatau, poplars and towers below."""
    c.drew.add("zailiysky-alatau")
    c.sky(520, clouds=2)
    c.ridge(520, 120, 0.55, "#7a8aa6", snow=0.55, roughness=0.58)
    c.ridge(530, 300, 0.35, "#4f6a5a", roughness=0.5)
    c.haze(380, 560, 0.6)
    c.gradient_poly(
        [(760, 560), (900, 450), (1010, 440), (1210, 560)],
        c.far("#5a7a4a", 0.3),
        c.far("#4a6a3a", 0.2),
    )
    tv_tower(c, 950, 445, 230, 0.25)
    land.city_blocks(c, -10, 1210, 600, 150, 0.3)
    c.ground(600, "#5a7a4a", "#7a8a6a")
    for k in range(26):
        land.poplar(c, 10 + k * 48 + c.rng.uniform(-8, 8), 640, c.rng.uniform(80, 110), 0.2)
    for k in range(11):
        land.poplar(c, 30 + k * 115 + c.rng.uniform(-10, 10), 740, c.rng.uniform(190, 250))
    c.gradient_poly(
        [(0, 735), (WIDTH, 735), (WIDTH, HEIGHT), (0, HEIGHT)], c.lit("#5a6a4a"), c.lit("#3e4e34")
    )


def tv_tower(c: Canvas, x: float, base: float, size: float, depth: float) -> None:
    """A slender lattice television tower, as the one on Kok-Tobe hill."""
    c.drew.add("tv-tower")
    steel = c.far("#e8ecef", depth)
    for side in (-1, 1):
        c.line([(x + side * size * 0.08, base), (x + side * size * 0.012, base - size)], steel, 3)
    for k in range(12):
        t0, t1 = k / 12, (k + 1) / 12
        w0, w1 = size * (0.08 - 0.068 * t0), size * (0.08 - 0.068 * t1)
        c.line([(x - w0, base - size * t0), (x + w1, base - size * t1)], steel, 1.2)
        c.line([(x + w0, base - size * t0), (x - w1, base - size * t1)], steel, 1.2)
    c.rect((x - size * 0.03, base - size * 0.62, x + size * 0.03, base - size * 0.56), steel)
    c.line([(x, base - size), (x, base - size * 1.15)], steel, 2)


def cultural_institute(c: Canvas) -> None:
    """A small institute building on an Almaty street, Italian flag by its door, peaks behind."""
    c.drew.add("institute")
    c.sky(420)
    c.ridge(430, 130, 0.5, "#7a8aa6", snow=0.5)
    land.city_blocks(c, -10, 1210, 470, 120, 0.3)
    c.ground(470, "#8a8a80", "#a0a090")
    wall = c.lit("#efe6d4")
    c.rect((300, 300, 900, 700), wall)
    c.rect((300, 280, 900, 300), c.lit("#b8a888"))
    for row in range(3):
        for k in range(6):
            wx = 340 + k * 92
            if row == 2 and k in (2, 3):
                continue
            c.rect((wx, 330 + row * 110, wx + 50, 400 + row * 110), c.lit("#ffe0a0"))
            c.line([(wx + 25, 330 + row * 110), (wx + 25, 400 + row * 110)], wall, 3)
    c.rect((540, 560, 660, 700), c.lit("#6a4a32"))
    things.flag(c, 690, 470, 48, "italy")
    for x in (150, 1050):
        land.poplar(c, x, 720, 300)
    things.book(c, 600, 740, 50)
    things.crowd(c, 380, 520, 760, 110, 2)


def taldykorgan(c: Canvas) -> None:
    """Taldykorgan: a low town among poplars and fields below the Zhetysu Alatau."""
    c.drew.add("zhetysu-alatau")
    c.sky(460)
    c.ridge(470, 200, 0.6, "#8494b0", snow=0.4)
    c.ridge(480, 360, 0.4, "#6a7a5a")
    land.bay_town(c, 200, 1000, 520, 0.35, ("#f0ece0", "#e0d8c8", "#c8d0d8", "#e8c8a0"))
    c.ground(520, "#8aa04a", "#a0b070")
    for k in range(10):
        y = 560 + k * 26
        c.line([(0, y), (WIDTH, y - 10)], c.lit("#6e8a3a"), 8)
    for k in range(10):
        land.poplar(c, 40 + k * 125, 560, 150)


def taldykorgan_campus(c: Canvas) -> None:
    """The branch campus in Taldykorgan: a teaching block, students, trial plots, the Alatau."""
    c.drew.add("zhetysu-alatau")
    c.drew.add("campus")
    c.sky(430)
    c.ridge(440, 160, 0.55, "#8494b0", snow=0.45)
    c.ground(440, "#7a9a4a", "#9ab070")
    for k in range(8):
        y = 470 + k * 16
        c.line([(600, y), (WIDTH, y - 4)], c.lit("#5e7a2a") if k % 2 else c.lit("#9ab040"), 7)
    land.campus(c, 330, 600, 200, "#eef0ee", "#6a9ac0")
    things.flag(c, 640, 520, 30, "kazakhstan")
    things.flag(c, 700, 520, 30, "italy")
    for k in range(5):
        land.poplar(c, 760 + k * 90, 640, 200)
    things.crowd(c, 300, 900, 780, 100, 6)


def zhetysu_university(c: Canvas) -> None:
    """A university's main building: a columned portico and wings, autumn trees."""
    c.drew.add("university")
    c.sky(500)
    c.ridge(505, 300, 0.6, "#8a9ab4", snow=0.3)
    c.ground(560, "#8a8a7a", "#a09a88")
    wall, column = c.lit("#e8dcc4"), c.lit("#f8f4ec")
    c.rect((150, 330, 1050, 600), wall)
    c.rect((450, 250, 750, 600), wall)
    c.poly([(430, 250), (600, 180), (770, 250)], wall)
    for k in range(6):
        cx = 470 + k * 52
        c.rect((cx, 270, cx + 22, 590), column)
    for row in range(2):
        for k in range(10):
            wx = 180 + k * 86 if k < 3 or k > 6 else None
            if wx is None:
                continue
            c.rect((wx, 370 + row * 110, wx + 40, 440 + row * 110), c.lit("#4a5a6a"))
    for k in range(9):
        y = 600 + k * 16
        c.rect((420 - k * 12, y, 780 + k * 12, y + 16), mix(wall, (0, 0, 0), 0.05 * (k % 2)))
    for x in (70, 1130, 230, 970):
        c.ellipse(x, 560, 80, 110, c.lit("#d98a2a"))
        c.line([(x, 720), (x, 600)], c.lit("#4a3a2a"), 10)
    things.crowd(c, 300, 900, 790, 90, 7)


def aktau(c: Canvas) -> None:
    """Aktau on the Caspian: pale apartment blocks on a cliff shore, a lighthouse on one roof."""
    c.drew.add("caspian")
    c.drew.add("lighthouse")
    c.sky(430)
    c.water(430, "#2a7a9a", bottom=800)
    c.gradient_poly(
        [(0, 400), (700, 420), (860, 470), (900, 800), (0, 800)], c.lit("#e4d2a8"), c.lit("#b89a6a")
    )
    for k in range(5):
        x = 40 + k * 150
        c.rect((x, 260 - k * 5, x + 120, 430), c.lit("#f0ece2"))
        c.rect((x + 90, 260 - k * 5, x + 120, 430), c.lit("#c8c4bc"))
        for row in range(8):
            for col in range(4):
                c.rect(
                    (
                        x + 10 + col * 20,
                        275 - k * 5 + row * 19,
                        x + 22 + col * 20,
                        285 - k * 5 + row * 19,
                    ),
                    c.lit("#6a8aa0"),
                )
    lx = 340
    c.rect((lx - 10, 180, lx + 10, 255), c.lit("#f0f0ea"))
    c.rect((lx - 10, 200, lx + 10, 215), c.lit("#c8302c"))
    c.glow(lx, 180, 90, "#fff0b0", 0.6)
    c.ellipse(lx, 180, 10, 10, (255, 250, 210))
    things.ship(c, 1020, 560, 40, kind="tanker")
    cliff = c.lit("#b89a6a")
    for k in range(9):
        y = 470 + k * 36
        c.line([(700 + k * 4, y - 40), (860 + k * 5, y)], mix(cliff, (0, 0, 0), 0.15), 3)
    c.rect((0, 470, 820, 500), c.lit("#8a8680"))
    for x in range(30, 800, 110):
        c.line([(x, 470), (x, 400)], c.lit("#3a3a40"), 3)
        c.ellipse(x, 398, 6, 6, c.lit("#fff0c0"))
    for k in range(14):
        bx = 40 + k * 58 + c.rng.uniform(-10, 10)
        c.ellipse(bx, 540 + c.rng.uniform(0, 200), 26, 12, c.lit("#8a9a5a"))
    things.person(c, 240, 700, 150, "#c8302c", skirt=True)
    things.person(c, 300, 705, 156, "#2a4a6a")
    things.person(c, 520, 640, 110, "#e0a030")
    c.drew.add("promenade")


def embassy_winter(c: Canvas) -> None:
    """An embassy building in snowy Astana: railings, a guard box, the Italian flag."""
    c.drew.add("embassy")
    c.drew.add("snow")
    c.sky(520)
    land.city_blocks(c, -10, 1210, 520, 160, 0.5)
    c.ground(520, "#f4f6f8", "#e4eaf0")
    wall = c.lit("#e0d4bc")
    c.rect((280, 300, 920, 620), wall)
    c.rect((280, 286, 920, 300), c.lit("#f8fafc"))
    for row in range(3):
        for k in range(7):
            wx = 310 + k * 88
            c.rect((wx, 330 + row * 90, wx + 46, 390 + row * 90), c.lit("#ffd890"))
    c.rect((560, 520, 640, 620), c.lit("#4a3a30"))
    things.flag(c, 600, 150, 60, "italy")
    c.rect((0, 640, WIDTH, 650), c.lit("#2a2a30"))
    for k in range(60):
        c.line([(k * 20, 640), (k * 20, 700)], c.lit("#2a2a30"), 3)
    for _ in range(240):
        x, y = c.rng.uniform(0, WIDTH), c.rng.uniform(0, HEIGHT)
        r = c.rng.uniform(1.2, 3.2)
        c.ellipse(x, y, r, r, (255, 255, 255), 220)


def akorda(c: Canvas) -> None:
    """The Akorda presidential palace in Astana: white block, blue dome, golden spire."""
    c.drew.add("akorda")
    c.sky(540)
    c.ground(560, "#8a9a8a", "#a0b0a0")
    white = c.lit("#f4f2ee")
    c.rect((240, 380, 960, 600), white)
    c.rect((470, 300, 730, 600), white)
    for k in range(8):
        cx = 490 + k * 31
        c.rect((cx, 320, cx + 14, 580), c.lit("#d8d4cc"))
    c.ellipse(600, 300, 110, 110, c.lit("#2f7ab8"), start=180, end=360)
    c.ellipse(570, 260, 30, 40, mix(c.lit("#2f7ab8"), (255, 255, 255), 0.3))
    c.rect((592, 150, 608, 195), c.lit("#e0b040"))
    c.poly([(585, 150), (600, 70), (615, 150)], c.lit("#e0b040"))
    c.ellipse(600, 165, 16, 16, c.lit("#e0b040"))
    for row in range(2):
        for k in range(10):
            wx = 260 + k * 70 if k < 3 or k > 6 else None
            if wx is None:
                continue
            c.rect((wx, 410 + row * 90, wx + 34, 470 + row * 90), c.lit("#5a7a9a"))
    things.flag(c, 880, 240, 50, "kazakhstan")
    c.rect((0, 610, WIDTH, 640), c.lit("#c8c4bc"))
    for k in range(10):
        c.ellipse(60 + k * 120, 690, 50, 30, c.lit("#4a7a3a"))


def national_museum(c: Canvas) -> None:
    """A museum of blue glass blocks with a tall central tower, visitors on a wide square."""
    c.drew.add("museum")
    c.sky(560)
    glass, frame = c.lit("#6a9ac0"), c.lit("#d8dde4")
    for k, (x0, top) in enumerate(((120, 420), (320, 380), (700, 380), (900, 420))):
        c.rect((x0, top, x0 + 190, 600), glass)
        c.rect((x0, top, x0 + 190, top + 14), frame)
        for j in range(6):
            c.line([(x0 + j * 38, top), (x0 + j * 38, 600)], frame, 2)
        c.ellipse(
            x0 + 95,
            top,
            95,
            30,
            mix(glass, (255, 255, 255), 0.25 + k * 0.02),
            180 + 0,
            start=180,
            end=360,
        )
    c.rect((520, 160, 680, 600), mix(glass, (30, 50, 80), 0.2))
    for j in range(9):
        c.line([(520, 180 + j * 46), (680, 180 + j * 46)], frame, 2)
    c.ellipse(600, 160, 80, 30, mix(glass, (255, 255, 255), 0.3), start=180, end=360)
    c.glow(600, 200, 160, c.light.sun, 0.2)
    c.ground(600, "#c8c0b0", "#d8d0c0")
    things.crowd(c, 200, 1000, 760, 90, 7)


def tech_hub_night(c: Canvas) -> None:
    """A glass tech park at night, its storeys lit, a glowing network drawn over its front."""
    c.drew.add("tech-hub")
    c.sky(600, clouds=0)
    c.rect((200, 240, 1000, 620), c.lit("#1a2a3a"))
    for row in range(7):
        for k in range(16):
            wx = 215 + k * 49
            colour = "#6ad0e0" if (row + k) % 5 else "#ffd890"
            c.rect((wx, 255 + row * 50, wx + 40, 290 + row * 50), c.lit(colour), 200)
    c.glow(600, 430, 420, "#27c2d8", 0.25)
    for k in range(9):
        ax, ay = 260 + k * 85, 300 + (k * 37) % 240
        c.ellipse(ax, ay, 6, 6, (220, 250, 255))
        if k:
            c.line([(ax, ay), (ax - 85, 300 + ((k - 1) * 37) % 240)], (200, 240, 255), 2, 160)
    c.ground(620, "#1a2028", "#2a3040")
    c.water(650, "#1a2a3a", reflect=0.6, bottom=800)
    things.crowd(c, 380, 820, 640, 60, 6)


def eagle_hunter(c: Canvas) -> None:
    """A berkutchi on horseback with a golden eagle on his arm, snow and mountains behind."""
    c.sky(470)
    c.ridge(480, 150, 0.5, "#7a8ab0", snow=0.7)
    c.ridge(500, 320, 0.3, "#8a96aa", snow=0.5)
    c.ground(500, "#eef2f6", "#dfe6ee")
    c.shadow(560, 760, 220, 18)
    things.horse_rider(c, 540, 760, 300, eagle_on_arm=True, horse="#5a3a28", coat="#7a4a2a")
    things.eagle_flying(c, 930, 220, 90)


def glamping(c: Canvas) -> None:
    """Glowing dome tents on a mountain meadow under a starry sky."""
    c.drew.add("tents")
    c.sky(430, clouds=0)
    c.ridge(440, 120, 0.4, "#4a5a80", snow=0.5)
    c.ridge(470, 300, 0.2, "#2a3a50")
    c.ground(470, "#1e3020", "#2a3a30")
    for x, y, r in ((300, 640, 110), (640, 560, 80), (900, 620, 100)):
        c.glow(x, y - r * 0.4, r * 2.2, "#ffb860", 0.35)
        c.ellipse(x, y, r, r * 0.9, "#e9d2a6", start=180, end=360)
        for k in range(1, 6):
            c.line(
                [*arc(x, y, r, r * 0.9, 180 + k * 30, 180 + k * 30, 1), (x, y - r * 0.9)],
                "#b89a6a",
                2,
            )
        c.line(arc(x, y - r * 0.45, r * 0.9, r * 0.12, 0, 180, 24), "#b89a6a", 2)
        c.ellipse(x, y, r * 0.35, r * 0.5, "#ffc870", start=180, end=360)
    land.yurt(c, 1080, 520, 60, 0.2, lit=True)
    for x in (40, 110, 1150):
        c.poly([(x, 520 - 120), (x - 40, 560), (x + 40, 560)], c.lit("#14241a"))
    things.campfire(c, 230, 740, 40)


def canyon(c: Canvas) -> None:
    """Red sandstone walls of a canyon above a green river, steppe on the rim."""
    c.drew.add("canyon")
    c.drew.add("river")
    c.sky(300)
    c.ground(300, "#c8b47a", "#d8c48a")
    for k in range(4):
        x = 120 + k * 300
        c.poly([(x - 90, 302), (x - 60, 270), (x + 50, 268), (x + 80, 302)], c.far("#b8704a", 0.55))
    c.poly([(585, 320), (615, 320), (800, 800), (400, 800)], c.lit("#3a8a7a"))
    c.glow(600, 360, 120, c.light.sun, 0.25)
    for _ in range(50):
        y = c.rng.uniform(330, 790)
        half = 15 + (y - 320) / 480 * 185
        length = 6 + (y - 320) / 480 * 50
        x = c.rng.uniform(600 - half, 600 + half - length)
        c.line([(x, y), (x + length, y)], (230, 250, 240), 1 + (y - 320) / 240, 110)
    walls = (("#9a4020", "#c8683a"), ("#b0502a", "#d88048"), ("#8a3a1e", "#b86034"))
    for side in (-1, 1):
        for k, (dark, light) in enumerate(walls):
            top_x, bottom_x = 600 + side * (25 + k * 60), 600 + side * (150 + k * 190)
            outer = 0 if side < 0 else WIDTH
            rim = 300 + k * 60
            face = [(top_x, rim), (outer, rim - 20), (outer, 800), (bottom_x, 800)]
            c.gradient_poly(face, c.far(light if side < 0 else dark, 0.3 - k * 0.1), c.lit(dark))
            for band in range(6):
                y = rim + 30 + band * (800 - rim) / 7
                t = (y - rim) / (800 - rim)
                c.line(
                    [(top_x + (bottom_x - top_x) * t, y), (outer, y - 10)],
                    mix(c.lit(dark), (0, 0, 0), 0.2),
                    3,
                    140,
                )
    for _ in range(30):
        x = c.rng.uniform(0, WIDTH)
        if abs(x - 600) < 200:
            continue
        c.ellipse(x, 292 + c.rng.uniform(0, 10), 8, 5, c.far("#6a7a3a", 0.3))


def elder_tree(c: Canvas) -> None:
    """An old tree on the steppe at sunset, its seven tiers of branches over an
    elder and a child."""
    c.drew.add("tree")
    c.sky(560)
    c.ground(560, "#a08a4a", "#c0a86a")
    trunk = c.lit("#4a3424")
    bark = mix(trunk, (0, 0, 0), 0.3)
    c.shadow(640, 725, 260, 20)
    c.poly([(545, 725), (575, 560), (585, 330), (612, 300), (622, 560), (665, 725)], trunk)
    c.poly([(600, 725), (612, 560), (612, 300), (622, 560), (665, 725)], bark)
    for k in range(7):
        side = -1 if k % 2 == 0 else 1
        y = 600 - k * 48
        reach = 250 - k * 22
        tip = (600 + side * reach, y - 70)
        c.line([(605, y), (600 + side * reach * 0.5, y - 20), tip], trunk, 14 - k * 1.4)
        leaf = mix(c.lit("#3e5a24"), c.lit("#8aa040"), k / 8)
        for dx, dy, r in ((0, 0, 1.0), (-0.5, 0.3, 0.75), (0.55, 0.25, 0.7), (0.1, -0.45, 0.6)):
            size = 70 - k * 4
            c.ellipse(
                tip[0] + dx * size,
                tip[1] + dy * size,
                size * r,
                size * r * 0.62,
                mix(leaf, (0, 0, 0), 0.15),
            )
            c.ellipse(
                tip[0] + dx * size - size * 0.15,
                tip[1] + dy * size - size * 0.12,
                size * r * 0.6,
                size * r * 0.35,
                mix(leaf, c.light.sun, 0.25),
            )
    c.ellipse(612, 270, 80, 50, c.lit("#8aa040"))
    things.person(c, 420, 760, 200, "#5a3a2a", hair="#d8d0c0")
    things.person(c, 500, 760, 120, "#2a5a8a")
    c.drew.add("people")
    land.yurt(c, 980, 620, 70, 0.2)


def peoples(c: Canvas) -> None:
    """People of many backgrounds on a city square on a holiday, flags and balloons above."""
    c.sky(520)
    land.city_blocks(c, -10, 1210, 540, 190, 0.35)
    c.ground(540, "#b8b0a0", "#c8c0b0")
    for k in range(9):
        x, y = 100 + k * 125, c.rng.uniform(120, 300)
        c.line([(x, y + 30), (x + 10, y + 200)], (255, 255, 255), 1, 160)
        colour = ("#00afca", "#fec50c", "#ce2b37", "#009246", "#ffffff")[k % 5]
        c.ellipse(x, y, 22, 28, c.lit(colour))
    for x in (150, 1050):
        things.flag(c, x, 250, 60, "kazakhstan")
    things.crowd(c, 40, 1160, 700, 150, 12)
    things.crowd(c, 0, 1200, 800, 190, 9)


def abai_steppe(c: Canvas) -> None:
    """A portrait bust of Abai in a dark stone, the steppe and a yurt behind at dusk."""
    c.sky(560)
    c.ground(560, "#7a6a3a", "#9a8a5a")
    land.yurt(c, 930, 600, 70, 0.3, lit=True)
    c.glow(600, 380, 360, c.light.sun, 0.15)
    things.bust(c, 560, 760, 480, stone="#8c9296", plinth="#4e4a48")
    things.book(c, 230, 700, 90, "#5a2a2a")


def friar_steppe(c: Canvas) -> None:
    """A friar in a brown habit crossing the windswept steppe with a staff, riders far off."""
    c.drew.add("friar")
    c.sky(500)
    c.ridge(505, 420, 0.7, "#8a90a0")
    c.ground(500, "#a89060", "#b8a070")
    c.grass(520, "#7a6a3a", 220)
    x, base, size = 520, 760, 320
    habit = c.lit("#6a4a2e")
    c.poly(
        [
            (x - size * 0.2, base),
            (x - size * 0.12, base - size * 0.75),
            (x + size * 0.12, base - size * 0.75),
            (x + size * 0.22, base),
        ],
        habit,
    )
    c.ellipse(x, base - size * 0.8, size * 0.11, size * 0.11, mix(habit, (0, 0, 0), 0.25))
    c.ellipse(x + size * 0.03, base - size * 0.8, size * 0.06, size * 0.07, c.lit("#d8a880"))
    c.line(
        [(x - size * 0.05, base - size * 0.4), (x + size * 0.05, base - size * 0.4)],
        c.lit("#e8dcc0"),
        4,
    )
    c.line([(x + size * 0.3, base), (x + size * 0.22, base - size * 0.95)], c.lit("#5a3a1a"), 7)
    c.line(
        [(x + size * 0.1, base - size * 0.6), (x + size * 0.25, base - size * 0.55)],
        habit,
        size * 0.07,
    )
    for k in range(3):
        things.horse_rider(c, 880 + k * 70, 520, 40)
    land.yurt(c, 200, 515, 30, 0.5)


def caravan_caspian(c: Canvas) -> None:
    """The Middle Corridor: camels on the Caspian shore and a ferry crossing at sunset."""
    c.drew.add("caspian")
    c.drew.add("caravan")
    c.sky(430)
    c.water(430, "#3a6a8a", bottom=600)
    things.ship(c, 760, 500, 60, kind="ferry")
    c.gradient_poly(
        [(0, 600), (WIDTH, 580), (WIDTH, HEIGHT), (0, HEIGHT)], c.lit("#d8b078"), c.lit("#a07a4a")
    )
    for k in range(4):
        c.shadow(180 + k * 170, 722 + k * 8, 70, 8)
        things.camel(c, 180 + k * 170, 720 + k * 8, 130, colour="#5e3e24")
    things.route_arc(c, (120, 380), (1120, 300), 120)


def caspian_offshore(c: Canvas) -> None:
    """An offshore oil field in the shallow northern Caspian: a platform, ice floes,
    a supply boat."""
    c.drew.add("caspian")
    c.drew.add("ice")
    c.sky(430)
    c.water(430, "#4a6a80")
    oil = things.oil_platform
    oil(c, 260, 440, 50, 0.5)
    oil(c, 680, 560, 150)
    for _ in range(22):
        x, y = c.rng.uniform(0, WIDTH), c.rng.uniform(600, 790)
        w = c.rng.uniform(30, 110)
        c.poly(
            [
                (x - w, y),
                (x - w * 0.6, y - 8),
                (x + w * 0.7, y - 10),
                (x + w, y),
                (x + w * 0.5, y + 6),
            ],
            c.lit("#eef4f8"),
        )
    things.ship(c, 1020, 500, 26, hull="#c8302c", kind="ferry")


def fireworks(c: Canvas) -> None:
    """Fireworks in the colours of both flags over a river city at night."""
    c.drew.add("fireworks")
    c.sky(560, clouds=0)
    bursts = (
        (320, 200, "#009246"),
        (600, 150, "#f4f2ec"),
        (860, 210, "#ce2b37"),
        (450, 330, "#00afca"),
        (760, 320, "#fec50c"),
    )
    for x, y, colour in bursts:
        c.glow(x, y, 170, colour, 0.3)
        for k in range(28):
            import math

            a = math.radians(k * 360 / 28)
            r = c.rng.uniform(80, 130)
            c.line(
                [
                    (x + math.cos(a) * 20, y + math.sin(a) * 20),
                    (x + math.cos(a) * r, y + math.sin(a) * r + 10),
                ],
                colour,
                3,
                220,
            )
            c.ellipse(x + math.cos(a) * r, y + math.sin(a) * r + 10, 4, 4, (255, 255, 240))
    land.city_blocks(c, -10, 1210, 560, 170, 0.3, lit_windows=True)
    c.water(560, "#101a30", reflect=0.65)
    c.drew.add("river")
