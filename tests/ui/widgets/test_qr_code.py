"""QR codes are drawn offline from segno's matrix, module for module, and only for sources
with an address."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtGui import QColor

from explorer.domain.entities import Source
from explorer.ui.widgets.qr_code import QUIET_ZONE, QrCode, QrCodePicture, qr_matrix
from explorer.ui.widgets.take_home import TakeHomePanel, sources_with_addresses

ADDRESS = "https://www.britannica.com/biography/Marco-Polo"


def _read_back(picture: QrCodePicture) -> list[list[bool]]:
    """The modules as painted: the colour at each module's centre, dark or light."""
    image = picture.grab().toImage()
    area = picture.module_rect()
    module = area.width() / picture.modules
    size = len(picture.matrix)
    rows = []
    for row in range(size):
        y = round(area.top() + (row + QUIET_ZONE + 0.5) * module)
        cells = []
        for column in range(size):
            x = round(area.left() + (column + QUIET_ZONE + 0.5) * module)
            cells.append(QColor(image.pixel(x, y)).lightness() < 128)
        rows.append(cells)
    return rows


@pytest.mark.parametrize("text", [ADDRESS, "https://zakon.kz/x?a=1&b=Қазақ"])
def test_the_painted_code_is_segnos_matrix(qtbot, text):
    picture = QrCodePicture(text, 240)
    qtbot.addWidget(picture)
    expected = [[bool(m) for m in row] for row in segno.make(text, error="m").matrix]
    assert _read_back(picture) == expected


def test_the_quiet_zone_is_light(qtbot):
    picture = QrCodePicture(ADDRESS, 240)
    qtbot.addWidget(picture)
    image = picture.grab().toImage()
    area = picture.module_rect()
    module = area.width() / picture.modules
    for step in range(picture.modules):
        x = round(area.left() + (step + 0.5) * module)
        assert QColor(image.pixel(x, round(area.top() + module * 0.5))).lightness() > 200


def test_an_empty_text_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="needs a text"):
        qr_matrix("")


def test_the_caption_is_plain_text(qtbot):
    code = QrCode(ADDRESS, "<b>Britannica</b>")
    qtbot.addWidget(code)
    assert code.caption.text() == "<b>Britannica</b>"
    assert code.caption.textFormat().name == "PlainText"


def test_sources_without_an_address_give_no_code(qtbot):
    sources = [
        Source("a", "With an address", url=ADDRESS),
        Source("b", "Without one"),
        Source("c", "Blank address", url="  "),
        Source("d", "The same address again", url=ADDRESS),
        Source("e", "Another", url="https://example.org/e"),
    ]
    assert [s.id for s in sources_with_addresses(sources)] == ["a", "e"]
    from PySide6.QtWidgets import QWidget

    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1360, 860)
    panel = TakeHomePanel(host, "A card", sources)
    panel.open()
    assert [code.picture.text for code in panel.codes] == [ADDRESS, "https://example.org/e"]
    assert panel.geometry() == host.rect()


def test_a_long_caption_is_cut_to_three_lines_in_the_kiosk_s_type(qtbot):
    title = (
        "Italia-Kazakhstan, intitolata a Marco Polo via nel centro di Astana: simbolo di "
        "duratura amicizia tra i due paesi, dopo la visita del presidente della Repubblica"
    )
    code = QrCode(ADDRESS, title, 220)
    qtbot.addWidget(code)
    larger = code.caption.font()
    larger.setPointSizeF(13)
    code.caption.setFont(larger)  # as the kiosk enlarges each widget's type when polished
    code.show()
    lines = code.caption.text().split("\n")
    assert len(lines) <= 3 and lines[-1].endswith("…")
    assert code.caption.heightForWidth(220) <= 3 * code.caption.fontMetrics().lineSpacing() + 4
    assert code.accessibleName() == title


def test_a_short_caption_is_shown_whole(qtbot):
    code = QrCode(ADDRESS, "Marco Polo", 220)
    qtbot.addWidget(code)
    assert code.caption.text() == "Marco Polo"


@pytest.mark.parametrize(("count", "scrolls"), [(3, False), (6, False), (9, True)])
def test_the_codes_scroll_only_past_two_rows(qtbot, count, scrolls):
    from PySide6.QtWidgets import QWidget

    from explorer.ui.kiosk.kiosk_style import KIOSK_STYLE_SHEET, KIOSK_TYPE_SCALE, KioskType
    from explorer.ui.shell.app import create_application

    create_application()  # the explorer's theme and fonts, as the kiosk has them
    host = QWidget()
    qtbot.addWidget(host)
    host.resize(1920, 1080)
    host.setStyleSheet(KIOSK_STYLE_SHEET)
    KioskType(host, KIOSK_TYPE_SCALE)  # the kiosk's larger type, as its window has it
    long_title = "Italia-Kazakhstan, intitolata a Marco Polo via nel centro di Astana " * 2
    sources = [Source(f"s{n}", long_title, url=f"https://example.org/{n}") for n in range(count)]
    panel = TakeHomePanel(host, "A story", sources)
    host.show()
    panel.open()
    qtbot.waitExposed(panel)
    qtbot.wait(100)  # the kiosk's type is applied as each widget is polished
    assert panel.scroll.verticalScrollBar().isVisible() == scrolls
