"""By the numbers, on the bundled collection's figures: charts, their sources and dates,
numbers as the locale writes them, the table, PNG export, languages and clicks."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QWidget

from explorer.content.importer import import_pack
from explorer.store.content_store import ContentStore
from explorer.ui.charts.figure_text import amount_text, number_text
from explorer.ui.charts.figures_view import FiguresView
from explorer.ui.widgets.touch_mode import mark_touch_mode
from tests.content.pack_builder import write_valid_pack


@pytest.fixture
def view(qtbot, bundled_store):
    view = FiguresView(bundled_store)
    qtbot.addWidget(view)
    view.resize(1440, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_store_gives_every_figure_with_its_card_source_and_date(bundled_store):
    figures = {figure.id: figure for figure in bundled_store.figures()}
    assert len(figures) == 8
    trade = figures["italy-kazakhstan:trade-2024-record"]
    assert trade.card == "italy-kazakhstan:record-trade-2024"
    assert trade.source == "italy-kazakhstan:article-a"
    assert (trade.value, trade.unit["en"], str(trade.date)) == (20, "billion USD", "2024")
    assert trade.label["ru"].startswith("Двусторонний товарооборот")


def test_trade_values_share_a_bar_chart_and_single_figures_are_large_numbers(view):
    assert len(view.charts) == 1
    chart = view.charts[0]
    assert [bar.amount for bar in chart.bars] == [
        "20 billion USD",
        "7 billion USD",
        "11.3 billion USD",
    ]
    assert chart.bars[0].label == "Bilateral trade in 2024 (record) · 2024"
    numbers = {panel.number_label.text(): panel.unit_label.text() for panel in view.numbers}
    assert numbers == {
        "250": "companies",
        "4,000": "students",
        "70.4%": "",
        "100": "ethnic groups",
        "21": "countries",
    }
    assert len(view.panels) == 6


def test_every_chart_names_its_source_and_dates(view):
    captions = [panel.caption_label.text() for panel in view.panels]
    assert (
        "Source: Italy Forges Central Asia Gateway Through Kazakh Tech and Trade · Dated 2024, 2025"
    ) in captions
    # A date known to the month says so.
    assert any(caption.endswith("Dated November 2025") for caption in captions)
    assert all(caption.startswith("Source: ") and " · Dated " in caption for caption in captions)


@pytest.mark.parametrize(
    ("language", "thousands", "tens_of_thousands"),
    [
        ("en", "1,234.5", "12,345.5"),
        # Italian groups from five digits on, as its locale (CLDR) says: 1234,5 but 12.345,5.
        ("it", "1234,5", "12.345,5"),
        ("ru", "1\u00a0234,5", "12\u00a0345,5"),
        ("kk", "1\u00a0234,5", "12\u00a0345,5"),
    ],
)
def test_numbers_are_written_as_the_language_writes_them(language, thousands, tens_of_thousands):
    locale = QLocale(language)
    assert number_text(1234.5, locale) == thousands
    assert number_text(12345.5, locale) == tens_of_thousands


def test_numbers_keep_their_decimals_and_their_unit():
    english = QLocale("en")
    assert number_text(4000, english) == "4,000"
    assert number_text(0.125, english) == "0.125"
    assert amount_text(70.4, "%", english) == "70.4%"
    assert amount_text(7, "billion USD", english) == "7 billion USD"


def test_the_table_holds_every_figure_and_is_reached_by_keyboard(view, qtbot):
    view.table_button.click()
    table = view.table
    assert view.stack.currentWidget() is table
    assert table.hasFocus()
    assert view.table_button.text() == "Show as charts"
    assert table.rowCount() == 8
    assert table.accessibleName() == "Figures"
    rows = {
        table.item(row, 0).text(): tuple(table.item(row, column).text() for column in range(1, 5))
        for row in range(table.rowCount())
    }
    assert rows["Kazakh students at Italian universities (more than)"] == (
        "4,000",
        "students",
        "2025",
        "Italy Forges Central Asia Gateway Through Kazakh Tech and Trade",
    )
    assert rows["Countries with busts or monuments to Abai"][2] == "November 2025"
    table.setCurrentCell(2, 0)
    with qtbot.waitSignal(view.card_requested) as requested:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert requested.args == [table.item(2, 0).data(Qt.ItemDataRole.UserRole)]
    view.table_button.click()
    assert view.stack.currentWidget() is view.scroll


def test_a_chart_is_saved_as_a_real_png(view, tmp_path, monkeypatch):
    panel = view.panels[0]
    target = tmp_path / "trade"
    monkeypatch.setattr(
        "explorer.ui.charts.chart_panel.QFileDialog.getSaveFileName",
        lambda *args: (str(target), "PNG images (*.png)"),
    )
    panel.export_button.click()
    saved = target.with_suffix(".png")
    with Image.open(saved) as image:
        assert image.format == "PNG"
        assert image.width >= panel.sheet.width()
        colours = image.convert("RGB").getcolors(maxcolors=100_000)
    # The bars and words are there, not only an empty ground.
    assert colours is not None and len(colours) > 20


def test_a_file_that_cannot_be_written_is_reported_false(view, tmp_path):
    assert view.panels[0].save_png(tmp_path / "no-such-folder" / "chart.png") is False


def test_switching_language_redraws_labels_numbers_and_dates(view):
    view.set_language("ru")
    chart = view.charts[0]
    assert chart.bars[0].label.startswith("Двусторонний товарооборот в 2024 году")
    assert "11,3" in chart.bars[2].amount
    assert {panel.number_label.text() for panel in view.numbers} >= {"4\u00a0000", "70,4%"}
    assert any("ноябрь 2025" in panel.caption_label.text() for panel in view.panels)
    assert view.table.item(0, 0).text().startswith("Двусторонний")
    assert chart.bars[2].amount == "11,3 млрд долларов США", "the unit in the reader's language"
    assert view.panels[0].title_label.text().endswith("млрд долларов США")
    units = {panel.number_label.text(): panel.unit_label.text() for panel in view.numbers}
    assert units["21"] == "страна" and units["4\u00a0000"] == "студентов"
    assert view.table.item(0, 2).text() == "млрд долларов США"
    view.set_language("it")
    assert view.charts[0].bars[0].label.startswith("Interscambio bilaterale nel 2024")
    view.set_language("kk-Latn")
    assert any(panel.text_label.text().startswith("Qazaqstanda") for panel in view.numbers), [
        panel.text_label.text() for panel in view.numbers
    ]
    assert "mlrd AQŞ dollary" in view.charts[0].bars[0].amount


def test_clicking_a_bar_asks_for_its_card(view, qtbot):
    chart = view.charts[0]
    qtbot.waitUntil(lambda: chart.width() > 400)
    for row in (0, 2):
        with qtbot.waitSignal(view.card_requested) as requested:
            point = chart.bar_centre(row)
            qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert requested.args == [chart.bars[row].card]
    assert chart.bars[0].card == "italy-kazakhstan:record-trade-2024"


def test_clicking_a_large_number_or_pressing_enter_on_it_asks_for_its_card(view, qtbot):
    number = next(panel for panel in view.numbers if panel.number_label.text() == "4,000")
    with qtbot.waitSignal(view.card_requested) as requested:
        qtbot.mouseClick(number, Qt.MouseButton.LeftButton)
    assert requested.args == ["italy-kazakhstan:kazakh-students-in-italy"]
    number.setFocus()
    with qtbot.waitSignal(view.card_requested) as requested:
        qtbot.keyClick(number, Qt.Key.Key_Return)
    assert requested.args == ["italy-kazakhstan:kazakh-students-in-italy"]


def test_a_pack_without_figures_says_so(qtbot, tmp_path):
    database = tmp_path / "content.db"
    import_pack(write_valid_pack(tmp_path, figures=[]), database)
    store = ContentStore.open(database)
    try:
        view = FiguresView(store)
        qtbot.addWidget(view)
        assert view.stack.currentWidget() is view.empty_label
        assert view.empty_label.text() == "This collection has no figures to chart."
        assert not view.table_button.isEnabled()
        assert view.panels == [] and view.table.rowCount() == 0
    finally:
        store.close()


def test_touch_mode_makes_larger_targets(qtbot, bundled_store):
    kiosk = QWidget()
    mark_touch_mode(kiosk)
    qtbot.addWidget(kiosk)
    view = FiguresView(bundled_store, parent=kiosk)
    assert view.touch
    assert view.table_button.minimumHeight() >= 48
    assert all(panel.export_button.minimumHeight() >= 48 for panel in view.panels)
    assert view.charts[0].look.row_px > 72
