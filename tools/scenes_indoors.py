"""Painted scenes indoors: state rooms, desks, classrooms, galleries, stages and screens."""

from __future__ import annotations

from tools import illustration_landmarks as land
from tools import illustration_things as things
from tools.illustration_paint import WIDTH, Canvas, arc, mix
from tools.scenes_italy import dome_view


def astana_view(c: Canvas) -> None:
    c.sky(560)
    land.city_blocks(c, -10, 1210, 560, 260, 0.5)
    land.baiterek(c, 600, 560, 420, 0.2)
    c.ground(560, "#7a8080", "#8a9090")


def almaty_view(c: Canvas) -> None:
    c.sky(520)
    c.ridge(530, 120, 0.45, "#7a8aa6", snow=0.55)
    land.city_blocks(c, -10, 1210, 600, 180, 0.3)
    c.ground(600, "#5a7a4a", "#7a8a6a")
    c.drew.add("zailiysky-alatau")


def pines_view(c: Canvas) -> None:
    c.sky(600)
    for x in range(-40, 1300, 230):
        land.umbrella_pine(c, x, 720, 340, 0.2)
    c.ground(700, "#6a7a4a", "#8a9a5a")


def window(c: Canvas, box: tuple[float, float, float, float], view) -> None:
    c.drew.add("window")
    c.inset(box, view)
    x0, y0, x1, y1 = box
    frame = c.lit("#e8e2d6")
    for edge in (
        (x0 - 12, y0 - 12, x1 + 12, y0),
        (x0 - 12, y1, x1 + 12, y1 + 16),
        (x0 - 12, y0, x0, y1),
        (x1, y0, x1 + 12, y1),
    ):
        c.rect(edge, frame)
    c.line([((x0 + x1) / 2, y0), ((x0 + x1) / 2, y1)], frame, 8)


def press_podium(c: Canvas) -> None:
    """A podium with microphones before a window on Astana, both flags beside it."""
    c.rect((0, 0, WIDTH, 800), c.lit("#c8bca8"))
    window(c, (300, 80, 900, 480), astana_view)
    c.gradient_poly(
        [(0, 560), (WIDTH, 560), (WIDTH, 800), (0, 800)], c.lit("#6a4a32"), c.lit("#3a2a1e")
    )
    things.flag(c, 170, 400, 60, "kazakhstan")
    things.flag(c, 960, 400, 60, "italy")
    things.microphone_podium(c, 600, 680, 280)
    c.glow(600, 560, 200, "#ffffff", 0.2)
    c.drew.add("journalists")
    c.drew.add("camera")
    for k in range(9):
        x = 60 + k * 135 + c.rng.uniform(-15, 15)
        if 120 < x < 260:
            continue
        head = c.lit(("#2a2420", "#4a3a2a", "#1a1a1a", "#6a5a4a")[k % 4])
        c.ellipse(x, 800, 80, 60, c.lit(things.CLOTHES[k % 7]))
        c.ellipse(x, 720, 34, 40, head)
    cam = c.lit("#22262e")
    for leg in (-40, 0, 40):
        c.line([(190, 640), (190 + leg, 800)], cam, 6)
    c.rect((140, 580, 250, 645), cam)
    c.rect((250, 595, 290, 630), cam)
    c.ellipse(292, 612, 8, 16, c.lit("#6a8aa0"))
    c.ellipse(160, 598, 6, 6, c.lit("#d03030"))


def negotiation_hall(c: Canvas) -> None:
    """A state room with a long table set for talks, flags of both countries behind it."""
    things.hall(c, 520)
    for x, stripes in ((470, "italy"), (640, "kazakhstan")):
        things.flag(c, x, 230, 56, stripes)
    things.podium_table(c, 600, 700, 900, cloth="#1f4a3a", chairs=6)


def summit_round(c: Canvas) -> None:
    """A round summit table in a pale hall: a ring of chairs, the six countries' flags behind."""
    c.drew.add("round-table")
    things.hall(c, 460, wall="#d6dbe0", columns=8)
    countries = ("kazakhstan", "kyrgyzstan", "tajikistan", "turkmenistan", "uzbekistan", "italy")
    for k, country in enumerate(countries):
        x = 190 + k * 164
        c.line([(x, 190), (x, 470)], c.lit("#b8b2a6"), 4)
        things.flat_flag(c, x, 200, 90, country)
    c.drew.add("flags")
    import math

    chairs = [
        (
            600 + math.cos(math.radians(k * 30 + 15)) * 470,
            640 + math.sin(math.radians(k * 30 + 15)) * 135,
        )
        for k in range(12)
    ]
    leather = c.lit("#4a2e22")

    def chair(x: float, y: float) -> None:
        c.rect((x - 24, y - 52, x + 24, y), leather)
        c.rect((x - 20, y - 48, x + 20, y - 8), mix(leather, (255, 255, 255), 0.1))
        c.ellipse(x, y, 28, 12, mix(leather, (0, 0, 0), 0.2))

    for x, y in chairs:
        if y < 640:
            chair(x, y)
    c.ellipse(600, 656, 420, 112, c.lit("#6a4a32"))
    c.ellipse(600, 640, 420, 110, c.lit("#f4efe4"))
    c.ellipse(600, 640, 300, 60, c.lit("#3a6a5a"))
    c.ellipse(600, 636, 80, 20, c.lit("#e8d8a8"))
    for k in range(12):
        a = math.radians(k * 30 + 15)
        px, py = 600 + math.cos(a) * 360, 640 + math.sin(a) * 88
        c.rect((px - 18, py - 5, px + 18, py + 5), c.lit("#fbfaf6"))
        c.line([(px, py), (px + math.cos(a) * -20, py - 24)], c.lit("#2a2a2a"), 2)
    for x, y in chairs:
        if y >= 640:
            chair(x, y + 30)


def ministers_rome(c: Canvas) -> None:
    """A meeting room in Rome: a table for ministers, a window on umbrella pines."""
    c.rect((0, 0, WIDTH, 800), c.lit("#ded2bc"))
    window(c, (120, 90, 570, 390), pines_view)
    window(c, (660, 90, 1110, 390), dome_view)
    c.gradient_poly(
        [(0, 470), (WIDTH, 470), (WIDTH, 800), (0, 800)], c.lit("#7a5a3a"), c.lit("#4a3424")
    )
    things.podium_table(c, 600, 720, 1000, cloth="#2a3a5a", chairs=7)
    for k in range(6):
        c.rect((220 + k * 150, 548, 270 + k * 150, 556), c.lit("#f8f4ea"))


def declaration(c: Canvas) -> None:
    """A signed declaration on a desk: columns of text, two signatures, a ribbon and a seal."""
    c.drew.add("document")
    c.gradient_poly(
        [(0, 0), (WIDTH, 0), (WIDTH, 800), (0, 800)], c.lit("#5a3a26"), c.lit("#2e1e14")
    )
    c.glow(600, 300, 600, "#ffe0a0", 0.25)
    paper = c.lit("#f6f0e0")
    c.poly([(330, 80), (900, 110), (870, 760), (290, 730)], paper)
    for k in range(22):
        y = 180 + k * 20
        c.line([(350 - k * 1.8, y), (850 - k * 1.4, y + 14)], c.lit("#8a8272"), 2)
    for k, x in enumerate((380, 640)):
        c.line(
            [(x + t * 18, 660 + 14 * ((t % 3) - 1) + k * 6) for t in range(8)], c.lit("#1f3a8a"), 3
        )
    c.poly([(560, 560), (600, 700), (620, 690), (590, 560)], c.lit("#b8302a"))
    c.poly([(610, 560), (640, 700), (660, 690), (630, 560)], c.lit("#b8302a"))
    c.ellipse(600, 560, 48, 48, c.lit("#9a1f1a"))
    c.ellipse(600, 560, 32, 32, c.lit("#c8402a"))
    c.line([(960, 620), (1120, 420)], c.lit("#1a1a1a"), 14)
    c.line([(955, 626), (975, 600)], c.lit("#d9b04a"), 14)
    things.flag(c, 90, 200, 40, "kazakhstan")
    things.flag(c, 1000, 120, 40, "italy")


def signing(c: Canvas) -> None:
    """Two people signing at a desk: open leather folders, pens, a pair of small flags."""
    c.drew.add("signing")
    things.hall(c, 430, wall="#e4dccb", columns=4, chandelier=False)
    c.gradient_poly(
        [(80, 460), (1120, 460), (1180, 800), (20, 800)], c.lit("#4a2e1e"), c.lit("#2a1a10")
    )
    for x in (380, 820):
        c.poly([(x - 170, 560), (x + 170, 560), (x + 190, 720), (x - 190, 720)], c.lit("#5a1f1a"))
        c.poly([(x - 150, 572), (x + 150, 572), (x + 166, 706), (x - 166, 706)], c.lit("#f6f0e0"))
        for k in range(7):
            c.line([(x - 130, 590 + k * 14), (x + 130, 590 + k * 14)], c.lit("#a09a8a"), 2)
        c.line([(x - 60, 690), (x + 30, 640)], c.lit("#1a1a1a"), 8)
        c.ellipse(x - 80, 700, 40, 20, c.lit(things.SKIN[0]))
        c.poly([(x - 120, 700), (x - 80, 720), (x - 160, 800), (x - 230, 800)], c.lit("#22262e"))
    things.flag(c, 560, 360, 24, "italy", pole=False)
    things.flag(c, 610, 360, 24, "kazakhstan", pole=False)
    c.line([(590, 450), (590, 360)], c.lit("#9a948a"), 3)
    things.person(c, 260, 460, 300, "#22262e")
    things.person(c, 940, 460, 300, "#2a2a3a", skirt=True)


def handshake(c: Canvas) -> None:
    """Two hands meeting in a handshake above a table, each sleeve in a dark suit, flags behind."""
    c.drew.add("handshake")
    things.hall(c, 620, wall="#d6cdb8", columns=5)
    things.flag(c, 200, 160, 70, "italy")
    things.flag(c, 900, 160, 70, "kazakhstan")
    suit_a, suit_b = c.lit("#22262e"), c.lit("#2e2a3a")
    c.poly([(0, 560), (440, 450), (470, 540), (0, 700)], suit_a)
    c.poly([(1200, 560), (760, 450), (730, 540), (1200, 700)], suit_b)
    c.rect((430, 450, 470, 545), c.lit("#f4f4f0"))
    c.rect((730, 450, 770, 545), c.lit("#f4f4f0"))
    skin_a, skin_b = c.lit(things.SKIN[2]), c.lit(things.SKIN[1])
    c.ellipse(540, 495, 90, 52, skin_a)
    c.ellipse(660, 505, 90, 50, skin_b)
    for k in range(4):
        c.line([(580 + k * 14, 470), (600 + k * 14, 530)], mix(skin_b, (0, 0, 0), 0.2), 3)
    c.ellipse(560, 470, 40, 14, skin_a)


def flags_dawn(c: Canvas) -> None:
    """Both flags rising on tall masts at dawn, doves crossing the sky."""
    c.sky(560)
    c.ridge(565, 500, 0.6, "#7a8a7a")
    c.ground(560, "#5a7a4a", "#7a9a6a")
    c.rect((0, 600, WIDTH, 612), c.lit("#d8d0c0"))
    things.flag(c, 360, 250, 110, "kazakhstan")
    things.flag(c, 700, 250, 110, "italy")
    for x in (360, 700):
        c.rect((x - 30, 536, x + 30, 552), c.lit("#d8d0c0"))
    c.drew.add("doves")
    for k in range(7):
        x, y = 230 + k * 120, 200 - (k % 3) * 40
        c.ellipse(x, y, 16, 8, (250, 250, 250))
        c.poly([(x - 4, y), (x - 24, y - 22), (x + 6, y - 4)], (240, 240, 240))
        c.poly([(x + 4, y), (x + 22, y - 20), (x + 10, y)], (230, 230, 235))


def tech_visit(c: Canvas) -> None:
    """Visitors walking through a tech hub's hall past glowing screens and young founders."""
    c.drew.add("tech-hub")
    c.rect((0, 0, WIDTH, 800), c.lit("#1c2330"))
    things.screen_wall(c, (80, 90, 560, 380))
    things.screen_wall(c, (640, 90, 1120, 380), accent="#f2a640")
    c.gradient_poly(
        [(0, 480), (WIDTH, 480), (WIDTH, 800), (0, 800)], c.lit("#3a4250"), c.lit("#20242c")
    )
    for k in range(3):
        x = 160 + k * 320
        c.rect((x, 560, x + 200, 580), c.lit("#d8dde4"))
        c.rect((x + 60, 520, x + 140, 560), c.lit("#2a3a4a"))
        c.glow(x + 100, 540, 60, "#6ad0e0", 0.4)
    things.crowd(c, 300, 900, 780, 240, 5)


def server_lab(c: Canvas) -> None:
    """A data centre aisle in one-point perspective: racks of blinking servers on both sides,
    light strips overhead and a screen of a glowing network at the end."""
    c.drew.add("servers")
    vx, vy = 600, 380
    c.rect((0, 0, WIDTH, 800), c.lit("#1a2230"))
    c.gradient_poly(
        [(0, 0), (WIDTH, 0), (vx + 130, vy - 90), (vx - 130, vy - 90)],
        c.lit("#222c3c"),
        c.lit("#2e3a4e"),
    )
    c.gradient_poly(
        [(0, 800), (WIDTH, 800), (vx + 130, vy + 90), (vx - 130, vy + 90)],
        c.lit("#2a3444"),
        c.lit("#161c26"),
    )
    for k in range(-6, 7):
        c.line([(vx + k * 20, vy + 90), (vx + k * 200, 800)], c.lit("#242e3c"), 2)
    for side in (-1, 1):
        near = 0 if side < 0 else WIDTH
        far = vx + side * 130
        c.poly([(near, 60), (far, vy - 80), (far, vy + 80), (near, 740)], c.lit("#263042"))
        for k in range(9):
            t = (k / 9) ** 1.6
            x = near + (far - near) * t
            top, bottom = 60 + (vy - 80 - 60) * t, 740 + (vy + 80 - 740) * t
            c.line([(x, top), (x, bottom)], c.lit("#141a24"), 5 * (1 - t) + 1)
            for row in range(14):
                y = top + (bottom - top) * (row + 0.5) / 14
                colour = ("#3ad07a", "#27c2d8", "#f2a640", "#3ad07a")[(row * 3 + k) % 4]
                if c.rng.random() < 0.7:
                    c.ellipse(
                        x + side * (14 * (1 - t) + 3),
                        y,
                        3.2 * (1 - t) + 1,
                        3.2 * (1 - t) + 1,
                        colour,
                    )
    for k in range(4):
        y = 20 + k * 60
        t = k / 4
        half = 300 * (1 - t) + 60
        c.line([(vx - half, y + 40 * t), (vx + half, y + 40 * t)], (220, 240, 255), 6 - k, 160)
    c.glow(vx, 60, 420, "#bfe6ff", 0.18)
    things.screen_wall(c, (vx - 120, vy - 75, vx + 120, vy + 75))
    c.glow(vx, vy + 200, 260, "#27c2d8", 0.18)


def diplomat_window(c: Canvas) -> None:
    """A diplomat in a dark suit at an office window, watching an airliner climb over Astana."""

    def view(v: Canvas) -> None:
        astana_view(v)
        things.aircraft(v, 300, 240, 200, climbing=-12)

    c.rect((0, 0, WIDTH, 800), c.lit("#b8ad9a"))
    window(c, (420, 80, 1110, 540), view)
    c.gradient_poly(
        [(0, 620), (WIDTH, 620), (WIDTH, 800), (0, 800)], c.lit("#5a3a26"), c.lit("#3a2418")
    )
    things.flag(c, 120, 200, 70, "italy")
    things.person(c, 330, 780, 520, "#1e222a", skin=things.SKIN[2], hair="#3a3a3a")
    c.drew.add("diplomat")


def business_desk(c: Canvas) -> None:
    """A businessman at his desk with a laptop, papers and a coffee, Almaty's mountains outside."""
    c.rect((0, 0, WIDTH, 800), c.lit("#cfc6b4"))
    window(c, (480, 70, 1110, 490), almaty_view)
    things.person(c, 300, 760, 480, "#2a3a55", skin=things.SKIN[2], hair="#6a5a4a")
    c.drew.add("businessman")
    c.poly([(0, 600), (WIDTH, 600), (WIDTH, 800), (0, 800)], c.lit("#6a4a32"))
    c.rect((560, 540, 800, 600), c.lit("#2a2e36"))
    c.poly([(540, 600), (820, 600), (840, 614), (520, 614)], c.lit("#3a3e46"))
    c.glow(680, 570, 100, "#9ad0ff", 0.3)
    c.drew.add("laptop")
    c.ellipse(960, 600, 30, 10, c.lit("#f4f0ea"))
    c.rect((935, 560, 985, 600), c.lit("#f4f0ea"))
    c.poly([(880, 610), (1060, 606), (1080, 650), (900, 656)], c.lit("#f6f2e6"))


def meeting_room(c: Canvas) -> None:
    """A business association's meeting: people round a table before a screen of rising bars."""
    c.rect((0, 0, WIDTH, 800), c.lit("#e4e0d8"))
    c.drew.add("chart")
    c.rect((360, 80, 840, 360), c.lit("#1f2a3a"))
    for k in range(6):
        h = 40 + k * 36
        c.rect((410 + k * 70, 330 - h, 450 + k * 70, 330), c.lit(("#fec50c", "#00afca")[k % 2]))
    c.line([(410, 300), (830, 120)], c.lit("#ce2b37"), 4)
    c.gradient_poly(
        [(0, 520), (WIDTH, 520), (WIDTH, 800), (0, 800)], c.lit("#9a9a98"), c.lit("#6a6a68")
    )
    for k, x in enumerate((250, 420, 780, 950)):
        things.person(c, x, 640, 260, things.CLOTHES[k], skin=things.SKIN[k], skirt=k % 2 == 1)
    c.ellipse(600, 640, 420, 90, c.lit("#f4f2ee"))
    c.drew.add("table")
    for k in range(5):
        c.rect((380 + k * 100, 620, 440 + k * 100, 640), c.lit("#f8f8f8"))


def trade_fair(c: Canvas) -> None:
    """A trade fair hall: stands under Italian and Kazakh banners, visitors in the aisle."""
    c.drew.add("trade-fair")
    c.rect((0, 0, WIDTH, 800), c.lit("#dcdcd8"))
    for k in range(12):
        c.line([(k * 110, 0), (600, 300)], c.lit("#b8b8b4"), 3)
    c.glow(600, 60, 500, "#ffffff", 0.4)
    for side, stripes in ((-1, "italy"), (1, "kazakhstan")):
        x0 = 600 + side * 120
        x1 = 600 + side * 600
        c.rect((min(x0, x1), 300, max(x0, x1), 560), c.lit("#f8f8f6"))
        if stripes == "italy":
            for k, colour in enumerate(("#009246", "#f4f2ec", "#ce2b37")):
                span = (max(x0, x1) - min(x0, x1)) / 3
                c.rect(
                    (min(x0, x1) + k * span, 260, min(x0, x1) + (k + 1) * span, 300), c.lit(colour)
                )
        else:
            c.rect((min(x0, x1), 260, max(x0, x1), 300), c.lit("#00afca"))
            c.ellipse((x0 + x1) / 2, 280, 14, 14, c.lit("#fec50c"))
        for k in range(3):
            bx = min(x0, x1) + 40 + k * 150
            c.rect((bx, 420, bx + 110, 520), c.lit(("#c8a070", "#8a6a4a", "#e0c8a0")[k]))
            c.rect((bx + 10, 330, bx + 100, 400), c.lit("#b8c8d8"))
    c.drew.add("flags")
    c.gradient_poly(
        [(0, 560), (WIDTH, 560), (WIDTH, 800), (0, 800)], c.lit("#9aa0a8"), c.lit("#6a7078")
    )
    things.crowd(c, 150, 1050, 790, 220, 7)


def classroom(c: Canvas) -> None:
    """An Italian lesson: a blackboard greeting in Italian and Kazakh, pupils at their desks."""
    c.drew.add("classroom")
    c.rect((0, 0, WIDTH, 800), c.lit("#e8dcc0"))
    c.rect((200, 90, 1000, 420), c.lit("#6a4a2a"))
    c.rect((215, 105, 985, 405), c.lit("#2e4a3a"))
    chalk = (236, 238, 230)
    c.text(260, 140, "Buongiorno!", 64, chalk)
    c.text(260, 240, "Сәлеметсіз бе! — Ciao!", 40, chalk, "NotoSans.ttf")
    c.text(260, 310, "io sono, tu sei, lui è", 40, chalk, "NotoSans.ttf")
    things.flag(c, 1040, 120, 50, "italy")
    c.gradient_poly(
        [(0, 520), (WIDTH, 520), (WIDTH, 800), (0, 800)], c.lit("#a07a52"), c.lit("#7a5a3a")
    )
    for row in range(2):
        for k in range(4):
            x = 190 + k * 270 + row * 40
            y = 600 + row * 130
            things.person(
                c,
                x,
                y + 10,
                170 + row * 40,
                things.CLOTHES[(k + row) % 7],
                skin=things.SKIN[(k + row) % 4],
            )
            c.rect((x - 90, y - 40, x + 90, y - 20), c.lit("#c89a62"))
            c.rect((x - 80, y - 20, x - 70, y + 40), c.lit("#8a6a42"))
            c.rect((x + 70, y - 20, x + 80, y + 40), c.lit("#8a6a42"))
    c.drew.add("people")


def gallery(c: Canvas) -> None:
    """A museum gallery: framed landscape paintings on a red wall, a visitor on a bench."""
    c.drew.add("gallery")
    c.rect((0, 0, WIDTH, 800), c.lit("#8a3a34"))
    c.glow(600, 0, 700, "#fff0d0", 0.25)

    def steppe_painting(v: Canvas) -> None:
        v.sky(520)
        v.ridge(530, 200, 0.5, "#7a8aa6", snow=0.5)
        v.ground(530, "#8a9a4a", "#a0a868")
        land.yurt(v, 400, 640, 90)

    def lake_painting(v: Canvas) -> None:
        v.sky(420)
        v.ridge(430, 180, 0.4, "#5a6a8a", snow=0.6)
        v.water(430, "#2a6a8a")

    for box, view in (
        ((90, 150, 420, 370), lake_painting),
        ((480, 110, 870, 370), steppe_painting),
        ((930, 170, 1140, 310), lake_painting),
    ):
        x0, y0, x1, y1 = box
        c.rect((x0 - 16, y0 - 16, x1 + 16, y1 + 16), c.lit("#c8a04a"))
        c.inset(box, view)
        c.glow((x0 + x1) / 2, y0 - 30, 90, "#fff4d8", 0.4)
    c.drew.add("paintings")
    c.gradient_poly(
        [(0, 560), (WIDTH, 560), (WIDTH, 800), (0, 800)], c.lit("#8a6a48"), c.lit("#5a4430")
    )
    c.rect((420, 660, 780, 690), c.lit("#3a2a20"))
    things.person(c, 640, 690, 200, "#2a3a5a", skirt=True)
    things.person(c, 240, 790, 300, "#5a3a3a")


def gold_vitrine(c: Canvas) -> None:
    """A golden warrior's costume and treasures in a lit glass case in a dark exhibition hall."""
    c.drew.add("golden-warrior")
    c.rect((0, 0, WIDTH, 800), c.lit("#14121a"))
    c.glow(600, 380, 460, "#ffd070", 0.3)
    c.rect((380, 120, 820, 690), c.lit("#2a2630"), 220)
    c.line([(380, 120), (380, 690)], c.lit("#8a8aa0"), 3)
    c.line([(820, 120), (820, 690)], c.lit("#8a8aa0"), 3)
    gold = c.lit("#e0b040")
    dark = mix(gold, (60, 30, 0), 0.45)
    c.poly([(600, 150), (560, 300), (640, 300)], gold)
    for k in range(5):
        c.line([(580 + k * 10, 170 + k * 20), (620 - k * 10, 170 + k * 20)], dark, 2)
    c.ellipse(600, 320, 34, 40, c.lit("#c89a70"))
    c.poly([(520, 360), (680, 360), (700, 560), (500, 560)], dark)
    for row in range(10):
        for k in range(9):
            c.ellipse(515 + k * 21 + (row % 2) * 10, 372 + row * 19, 7, 7, gold)
    c.rect((525, 560, 575, 660), dark)
    c.rect((625, 560, 675, 660), dark)
    c.rect((360, 690, 840, 780), c.lit("#2a2830"))
    for k, x in enumerate((200, 1000)):
        c.glow(x, 470, 120, "#ffd070", 0.25)
        c.rect((x - 80, 520, x + 80, 780), c.lit("#2a2830"))
        c.ellipse(x, 500, 50, 18, gold)
        c.ellipse(x, 480 - k * 10, 22, 22, gold)
    things.crowd(c, 60, 300, 800, 200, 2)


def costume_stage(c: Canvas) -> None:
    """A stage in warm light: actors in embroidered Kazakh costume, a bride in a tall saukele."""
    c.drew.add("stage")
    c.drew.add("costumes")
    c.rect((0, 0, WIDTH, 800), c.lit("#1a0f14"))
    c.gradient_poly(
        [(120, 100), (1080, 100), (1080, 620), (120, 620)], c.lit("#3a2050"), c.lit("#c86a3a")
    )
    for k in range(6):
        x = 160 + k * 180
        c.poly([(x, 100), (x + 60, 100), (x + 20, 620)], c.lit("#f2c14e"), 60)
    c.gradient_poly(
        [(80, 600), (1120, 600), (1200, 800), (0, 800)], c.lit("#6a3a22"), c.lit("#2a160c")
    )
    for x, coat, bride in (
        (330, "#8a1f2a", False),
        (600, "#f4ede0", True),
        (870, "#1f4a7a", False),
    ):
        things.person(c, x, 700, 420, coat, skirt=bride)
        c.line([(x - 60, 460), (x + 60, 460)], c.lit("#f2c14e"), 6)
        if bride:
            c.poly([(x - 30, 330), (x, 150), (x + 30, 330)], c.lit("#e8d8c0"))
            c.line([(x - 20, 300), (x + 20, 300)], c.lit("#f2c14e"), 5)
            c.ellipse(x, 155, 10, 10, c.lit("#c8302c"))
        else:
            c.ellipse(x, 318, 46, 18, c.lit("#f2e8d8"))
    for side in (-1, 1):
        c.poly(
            [
                (600 + side * 600, 0),
                (600 + side * 460, 0),
                (600 + side * 500, 800),
                (600 + side * 600, 800),
            ],
            c.lit("#8a1f2a"),
        )
    c.glow(600, 120, 500, "#ffe8b0", 0.2)


def biennale_hall(c: Canvas) -> None:
    """An old brick hall of the Arsenale holding an installation of suspended felt forms."""
    c.drew.add("installation")
    c.drew.add("arsenale")
    c.rect((0, 0, WIDTH, 800), c.lit("#9a5a3e"))
    for row in range(40):
        for k in range(30):
            c.rect(
                (k * 42 + (row % 2) * 21, row * 20, k * 42 + (row % 2) * 21 + 38, row * 20 + 17),
                c.lit("#a8664a" if (row * k) % 7 else "#8a4a32"),
            )
    for k in range(4):
        x = 150 + k * 300
        c.rect((x, 0, x + 40, 620), c.lit("#6a3a2a"))
    c.gradient_poly([(0, 0), (WIDTH, 0), (WIDTH, 800), (0, 800)], (30, 20, 16), (30, 20, 16), 110)
    c.glow(600, 300, 500, "#fff0d0", 0.35)
    for k in range(7):
        x = 260 + k * 110
        y = 220 + (k % 3) * 60
        c.line([(x, 0), (x, y - 60)], (230, 230, 230), 1.5)
        c.ellipse(x, y, 44, 60, c.lit(("#f2e8d4", "#c8302c", "#2a4a7a", "#f2c14e")[k % 4]))
        c.ellipse(x - 12, y - 18, 12, 16, (255, 255, 255), 80)
    c.gradient_poly(
        [(0, 620), (WIDTH, 620), (WIDTH, 800), (0, 800)], c.lit("#6a6a6a"), c.lit("#3a3a3a")
    )
    things.crowd(c, 200, 1000, 790, 200, 5)


def biennale_giardini(c: Canvas) -> None:
    """A national pavilion in the Giardini: a white façade among plane trees, a
    sculpture before it."""
    c.drew.add("pavilion")
    c.sky(560)
    for x in range(-60, 1300, 180):
        c.ellipse(x, 250, 140, 130, c.far("#5a7a4a", 0.25))
        c.line([(x, 560), (x, 300)], c.far("#8a8070", 0.2), 16)
    c.rect((300, 300, 900, 600), c.lit("#f4f2ec"))
    c.rect((300, 280, 900, 300), c.lit("#e0ddd4"))
    for k in range(4):
        c.rect((360 + k * 140, 340, 440 + k * 140, 600), c.lit("#3a3a40"))
    c.ground(600, "#c8bca4", "#d8ccb4")
    c.drew.add("sculpture")
    c.poly([(560, 720), (600, 470), (640, 720)], c.lit("#c8302c"))
    c.ellipse(600, 460, 70, 70, c.lit("#00afca"))
    c.ellipse(580, 440, 24, 24, (255, 255, 255), 90)
    things.crowd(c, 150, 1050, 790, 160, 6)


def cinema_river(c: Canvas) -> None:
    """A festival cinema: on the screen, boys by a river in the steppe; heads of the audience."""
    c.drew.add("cinema")

    def film(v: Canvas) -> None:
        v.sky(360)
        v.ground(360, "#b8a870", "#c8b880")
        v.poly([(0, 520), (1200, 430), (1200, 620), (0, 760)], v.lit("#4a7a9a"))
        v.drew.add("river")
        for k in range(5):
            things.person(v, 360 + k * 90, 500 - k * 8, 150 - k * 6, "#f4f0e8", skin=things.SKIN[1])

    c.rect((0, 0, WIDTH, 800), c.lit("#0e0a10"))
    c.inset((150, 60, 1050, 660), film)
    c.gradient_poly(
        [(150, 60), (1050, 60), (1050, 660), (150, 660)], (20, 20, 30), (20, 20, 30), 50
    )
    for row in range(2):
        for k in range(11):
            x = 40 + k * 115 + row * 55
            c.ellipse(x, 760 - row * 70, 40, 48, c.lit("#080608"))
            c.rect((x - 60, 790 - row * 70, x + 60, 800), c.lit("#080608"))


def manuscript(c: Canvas) -> None:
    """A medieval manuscript open on a lectern: two columns of script, a red initial, a candle."""
    c.drew.add("manuscript")
    c.rect((0, 0, WIDTH, 800), c.lit("#2a1c14"))
    c.glow(880, 240, 420, "#ffc870", 0.4)
    vellum = c.lit("#eadcb8")
    c.poly([(170, 170), (590, 200), (590, 720), (150, 690)], vellum)
    c.poly([(610, 200), (1030, 170), (1050, 690), (610, 720)], mix(vellum, (255, 240, 200), 0.2))
    c.line([(600, 200), (600, 720)], c.lit("#8a6a4a"), 6)
    ink = c.lit("#3a2a1e")
    for page, x0 in ((0, 200), (1, 640)):
        for col in range(2):
            cx = x0 + col * 190
            for row in range(22):
                y = 240 + row * 20 + (page * 2 - 1) * 0
                width = c.rng.uniform(120, 160)
                start = cx + (60 if page == 0 and col == 0 and row < 4 else 0)
                c.line([(start, y), (cx + width, y)], ink, 3)
    c.rect((200, 232, 250, 300), c.lit("#a82a22"))
    c.rect((208, 240, 242, 292), c.lit("#e0b040"))
    c.rect((860, 220, 900, 330), c.lit("#f0e6cc"))
    c.poly([(872, 220), (880, 180), (888, 220)], c.lit("#ffd070"))
    c.gradient_poly(
        [(100, 720), (1100, 720), (1160, 800), (40, 800)], c.lit("#5a3a24"), c.lit("#3a2416")
    )


def graduation(c: Canvas) -> None:
    """Graduates in gowns throwing their caps in the air before a university building."""
    c.drew.add("graduation")
    c.sky(520)
    land.campus(c, 600, 560, 240, "#ece4d4", "#7fa7c4")
    c.ground(560, "#6a9a4a", "#8ab06a")
    for k in range(9):
        x, y = 180 + k * 100 + c.rng.uniform(-20, 20), c.rng.uniform(80, 260)
        angle = c.rng.uniform(-0.3, 0.3)
        c.poly(
            [(x - 30, y + angle * 30), (x, y - 12), (x + 30, y - angle * 30), (x, y + 12)],
            c.lit("#1a1a24"),
        )
        c.line([(x, y), (x + 8, y + 26)], c.lit("#f2c14e"), 3)
    for k in range(7):
        x = 160 + k * 145
        things.person(c, x, 780, 260, "#1a1a24", skin=things.SKIN[k % 4], skirt=True)
        c.line([(x - 20, 600), (x - 60, 520)], c.lit("#1a1a24"), 14)
    c.drew.add("people")


def students_piazza(c: Canvas) -> None:
    """Students with backpacks crossing an Italian piazza of arcades and a fountain."""
    c.drew.add("piazza")
    c.sky(430)
    wall = c.lit("#e0a870")
    c.rect((0, 200, WIDTH, 560), wall)
    for k in range(12):
        x = 30 + k * 100
        c.poly(
            [(x, 560), (x, 470), *arc(x + 35, 470, 35, 40, 180, 360, 12), (x + 70, 560)],
            c.lit("#6a3a2a"),
        )
        for row in range(2):
            c.rect((x + 20, 250 + row * 100, x + 50, 320 + row * 100), c.lit("#4a5a5a"))
            c.rect((x + 14, 250 + row * 100, x + 20, 320 + row * 100), c.lit("#3a6a4a"))
            c.rect((x + 50, 250 + row * 100, x + 56, 320 + row * 100), c.lit("#3a6a4a"))
    c.rect((0, 190, WIDTH, 205), c.lit("#b8603a"))
    c.ground(560, "#c8b090", "#d8c4a4")
    c.ellipse(600, 640, 170, 40, c.lit("#d8d0c0"))
    c.ellipse(600, 634, 150, 28, c.lit("#6aa0c0"))
    c.line([(600, 630), (600, 560)], c.lit("#d8d0c0"), 14)
    c.ellipse(600, 556, 40, 14, c.lit("#d8d0c0"))
    for k in range(-8, 9):
        c.line([(600 + k * 40, 560), (600 + k * 160, 800)], c.lit("#b89c7c"), 1.5)
    for y in (590, 630, 680, 740):
        c.line([(0, y), (WIDTH, y)], c.lit("#b89c7c"), 1.5)
    walkers = (
        (200, 790, 260, "#c8302c"),
        (330, 730, 200, "#2a5a8a"),
        (850, 760, 230, "#3a7a4a"),
        (990, 700, 170, "#e0a030"),
    )
    for k, (x, base, size, coat) in enumerate(walkers):
        c.rect(
            (x - size * 0.15, base - size * 0.76, x + size * 0.15, base - size * 0.5),
            c.lit(("#2a2a30", "#6a3a2a", "#3a4a6a", "#2a4a3a")[k]),
        )
        things.person(c, x, base, size, coat, skin=things.SKIN[k])
    c.drew.add("students")


def two_campuses(c: Canvas) -> None:
    """An Italian arcaded university and a Kazakh modern one, joined by a dashed arc."""
    c.drew.add("campus")
    c.sky(540)
    c.ridge(545, 330, 0.5, "#8494b0", snow=0.45, left=600, right=1220)
    c.ground(540, "#7a9a5a", "#9ab07a")
    wall = c.lit("#e8c090")
    c.rect((60, 330, 520, 600), wall)
    for k in range(6):
        x = 80 + k * 74
        c.poly(
            [(x, 600), (x, 520), *arc(x + 26, 520, 26, 30, 180, 360, 10), (x + 52, 600)],
            c.lit("#6a3a2a"),
        )
        c.rect((x + 10, 380, x + 40, 450), c.lit("#4a5a6a"))
    land.campanile(c, 440, 330, 230)
    land.campus(c, 880, 600, 190, "#eef0ee", "#6a9ac0")
    things.route_arc(c, (290, 300), (880, 380), 200, "#f2c14e")
    things.flag(c, 140, 200, 40, "italy")
    things.flag(c, 1060, 250, 40, "kazakhstan")


def bard_yurt(c: Canvas) -> None:
    """Inside a yurt at night: an akyn plays the dombra by the fire for listeners on felt rugs."""
    c.drew.add("yurt-interior")
    c.drew.add("dombra")
    c.rect((0, 0, WIDTH, 800), c.lit("#3a2418"))
    for k in range(-10, 11):
        c.line([(600, 40), (600 + k * 80, 420)], c.lit("#8a5a34"), 6)
    c.ellipse(600, 40, 90, 28, c.lit("#c8a060"))
    for k in range(20):
        x = k * 60
        c.line([(x, 420), (x + 60, 600)], c.lit("#7a4a2a"), 4)
        c.line([(x + 60, 420), (x, 600)], c.lit("#7a4a2a"), 4)
    c.glow(600, 600, 420, "#ff9a40", 0.45)
    c.gradient_poly(
        [(0, 600), (WIDTH, 600), (WIDTH, 800), (0, 800)], c.lit("#8a2a22"), c.lit("#5a1a14")
    )
    for k in range(6):
        c.line(
            [(60 + k * 200, 700), (160 + k * 200, 660), (260 + k * 200, 700)], c.lit("#f2c14e"), 4
        )
    things.campfire(c, 600, 710, 60)
    x, base = 330, 720
    things.person(c, x, base, 330, "#1f3a6a", skin=things.SKIN[1], hair="#d8d0c0")
    things.dombra(c, x + 40, 570, 300, -30)
    for k in range(3):
        things.person(c, 820 + k * 110, 760, 240, things.CLOTHES[k + 2], skin=things.SKIN[k])


def craft_market(c: Canvas) -> None:
    """A folk craft stall: felt rugs with ram's-horn patterns, a dombra, a musician and buyers."""
    c.drew.add("felt-rugs")
    c.drew.add("dombra")
    c.sky(380)
    c.ridge(390, 200, 0.5, "#8a98b0", snow=0.4)
    c.ground(390, "#b8a070", "#c8b080")
    c.poly([(100, 150), (1100, 150), (1150, 220), (50, 220)], c.lit("#c8302c"))
    for k in range(10):
        c.rect((60 + k * 110, 220, 110 + k * 110, 236), c.lit("#f4ede0"))
    for k, (colour, trim) in enumerate(
        (
            ("#a82a22", "#f2c14e"),
            ("#1f4a7a", "#f4ede0"),
            ("#2a6a4a", "#f2c14e"),
            ("#6a2a5a", "#f4ede0"),
        )
    ):
        x0 = 110 + k * 250
        c.rect((x0, 250, x0 + 210, 560), c.lit(colour))
        c.rect((x0 + 14, 264, x0 + 196, 546), c.lit(trim))
        c.rect((x0 + 24, 274, x0 + 186, 536), c.lit(colour))
        for cx, cy in ((x0 + 105, 340), (x0 + 105, 470)):
            horn_motif(c, cx, cy, 52, c.lit(trim))
    c.line([(160, 180), (1040, 180)], c.lit("#6a4a2a"), 4)
    things.person(c, 200, 760, 230, "#1f3a6a")
    things.dombra(c, 230, 655, 220, -30)
    things.crowd(c, 600, 1150, 780, 200, 4)


def horn_motif(c: Canvas, x: float, y: float, r: float, colour: tuple[int, int, int]) -> None:
    """The koshkar-muiz (ram's horn) motif: a stem whose ends curl out into four spirals."""
    import math

    c.line([(x, y - r * 0.55), (x, y + r * 0.55)], colour, r * 0.12)
    for side in (-1, 1):
        for v in (-1, 1):
            points = []
            for k in range(40):
                t = k / 39
                angle = math.pi * (1 - side) / 2 - side * v * t * 1.6 * math.pi
                radius = r * (0.42 - 0.3 * t)
                points.append(
                    (
                        x + side * r * 0.42 - radius * math.cos(angle),
                        y + v * r * 0.55 - radius * math.sin(angle),
                    )
                )
            c.line([(x, y + v * r * 0.55), *points], colour, r * 0.12)


def abai_monuments(c: Canvas) -> None:
    """A globe with pins in many countries, and a small bust of Abai before it."""
    c.drew.add("globe")
    c.sky(600, clouds=0)
    c.glow(600, 330, 360, "#ffffff", 0.25)
    c.ellipse(600, 330, 260, 260, c.lit("#2a6aa0"))
    for lon in range(-3, 4):
        c.line(arc(600 + lon * 10, 330, abs(lon) * 80 + 1, 260, -90, 90, 24), c.lit("#6aa0d0"), 2)
        c.line(arc(600 + lon * 10, 330, abs(lon) * 80 + 1, 260, 90, 270, 24), c.lit("#6aa0d0"), 2)
    for lat in range(-2, 3):
        c.line(
            [
                (600 - 250 * (1 - (lat / 3) ** 2) ** 0.5, 330 + lat * 80),
                (600 + 250 * (1 - (lat / 3) ** 2) ** 0.5, 330 + lat * 80),
            ],
            c.lit("#6aa0d0"),
            2,
        )
    for x, y in (
        (420, 240),
        (520, 200),
        (560, 260),
        (700, 230),
        (760, 280),
        (480, 380),
        (650, 400),
    ):
        c.poly([(x, y), (x - 12, y - 22), (x + 12, y - 22)], c.lit("#c8302c"))
        c.ellipse(x, y - 26, 13, 13, c.lit("#c8302c"))
        c.ellipse(x, y - 26, 5, 5, (255, 255, 255))
    c.drew.add("pins")
    c.ground(600, "#8a8070", "#a09888")
    things.bust(c, 600, 780, 240, stone="#7a8288", plinth="#4a4644")
