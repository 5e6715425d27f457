"""The map view: its home view, zoom and pan by wheel, keys, pinch and drag, its names and
its layers."""

from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication

from explorer.domain.map_projection import project
from explorer.domain.transliteration import kazakh_latin
from explorer.ui.map.basemap import basemap
from explorer.ui.map.map_view import WORLD_RECT, ZOOM_STEP, MapView
from explorer.ui.shell.language import LanguageSwitcher
from tests.ui.focus_ring import shows_focus


@pytest.fixture
def view(qtbot) -> MapView:
    widget = MapView()
    qtbot.addWidget(widget)
    widget.resize(1200, 750)
    return widget


def near(first: QPointF, second: QPointF, tolerance: float = 1.0) -> bool:
    return abs(first.x() - second.x()) <= tolerance and abs(first.y() - second.y()) <= tolerance


def wheel(view: MapView, position: QPointF, steps: float) -> None:
    event = QWheelEvent(
        position,
        view.mapToGlobal(position),
        QPoint(0, 0),
        QPoint(0, int(120 * steps)),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


def label_texts(view: MapView) -> set[str]:
    view.grab()
    return {label.text for label in view.labels}


def test_home_shows_italy_and_kazakhstan_named(view):
    area = QRectF(view.rect())
    for iso in ("IT", "KZ"):
        label = basemap().country(iso).label
        assert area.contains(view.map_to_widget(label.x(), label.y())), iso
    assert {"Italy", "Kazakhstan", "Rome", "Astana"} <= label_texts(view)
    assert view.accessibleName() == "Map"
    assert view.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_widget_and_map_points_convert_both_ways(view):
    point = QPointF(*project(12.5, 41.9))
    on_screen = view.map_to_widget(point.x(), point.y())
    assert near(view.widget_to_map(on_screen), point, 1e-9)
    assert view.visible_map_rect().contains(point)
    assert view.visible_map_rect().width() == pytest.approx(view.width() / view.scale())


def test_the_wheel_zooms_around_the_pointer(view, qtbot):
    pointer = QPointF(300, 500)
    under = view.widget_to_map(pointer)
    before = view.scale()
    with qtbot.waitSignal(view.view_changed):
        wheel(view, pointer, 2)
    assert view.scale() == pytest.approx(before * ZOOM_STEP**2)
    assert near(view.map_to_widget(under.x(), under.y()), pointer)
    wheel(view, pointer, -3)
    assert near(view.map_to_widget(under.x(), under.y()), pointer)


def test_a_pinch_zooms_around_the_fingers(view):
    fingers = QPointF(800, 200)
    under = view.widget_to_map(fingers)
    before = view.scale()
    event = QNativeGestureEvent(
        Qt.NativeGestureType.ZoomNativeGesture,
        QPointingDevice.primaryPointingDevice(),
        2,
        fingers,
        fingers,
        view.mapToGlobal(fingers),
        0.5,
        QPointF(),
        0,
    )
    QApplication.sendEvent(view, event)
    assert view.scale() == pytest.approx(before * 1.5)
    assert near(view.map_to_widget(under.x(), under.y()), fingers)


def test_keys_pan_zoom_and_come_home(view, qtbot):
    home_centre, home_scale = view.centre(), view.scale()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert view.centre().x() > home_centre.x()
    assert view.centre().y() == pytest.approx(home_centre.y())
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert view.centre().y() < home_centre.y()  # north is up: y grows southwards
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert view.scale() == pytest.approx(home_scale * ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert view.scale() == pytest.approx(home_scale / ZOOM_STEP)
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert near(view.centre(), home_centre, 1e-9)
    assert view.scale() == pytest.approx(home_scale)


def test_zoom_stops_at_the_world_and_at_a_city(view):
    view.zoom_at(1e-6, QPointF(100, 100))
    visible = view.visible_map_rect()
    assert visible.contains(WORLD_RECT.adjusted(1e-6, 1e-6, -1e-6, -1e-6))
    assert view.scale() == pytest.approx(view.zoom_limits()[0])
    view.zoom_at(1e9, QPointF(600, 375))
    assert view.scale() == pytest.approx(view.zoom_limits()[1])
    assert view.visible_map_rect().width() == pytest.approx(0.3)  # about 33 km


def test_a_drag_pans_and_is_no_click(view, qtbot):
    layer = RecordingLayer(handles=True)
    view.add_layer(layer)
    start = view.widget_to_map(QPointF(400, 400))
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(400, 400))
    qtbot.mouseMove(view, QPoint(450, 420))
    qtbot.mouseMove(view, QPoint(500, 440))
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(500, 440))
    assert near(view.map_to_widget(start.x(), start.y()), QPointF(500, 440))
    assert layer.clicks == []


def test_names_never_overlap(view):
    views = [view.home, lambda: view.zoom_at(1e-6, QPointF(0, 0))]
    views += [
        lambda: view.zoom_at(3.0, QPointF(200, 400)),
        lambda: view.zoom_at(4.0, QPointF(900, 300)),
    ]
    for show in views:
        show()
        view.grab()
        assert view.labels
        for first, second in combinations(view.labels, 2):
            assert not first.rect.intersects(second.rect), (first.text, second.text)
            assert QRectF(view.rect()).contains(first.rect)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("it", {"Italia", "Kazakistan", "Roma"}),
        ("ru", {"Италия", "Казахстан", "Москва"}),
        ("kk", {"Италия", "Қазақстан", "Мәскеу"}),
        ("kk-Latn", {kazakh_latin("Қазақстан"), kazakh_latin("Мәскеу")}),
    ],
)
def test_names_follow_the_language(view, language, expected):
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        switcher.apply(language)
        assert expected <= label_texts(view)
    finally:
        switcher.apply("en")
    assert "Italy" in label_texts(view)


def test_the_focus_shows(view, qtbot):
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert shows_focus(view)


class RecordingLayer:
    def __init__(self, handles: bool):
        self.handles = handles
        self.paints: list[tuple] = []
        self.clicks: list[QPointF] = []

    def paint(self, painter, to_widget, visible, pixels_per_unit) -> None:
        self.paints.append((to_widget, visible, pixels_per_unit))

    def click(self, widget_point, to_widget) -> bool:
        self.clicks.append(widget_point)
        return self.handles


def test_layers_paint_in_order_and_clicks_go_top_down(view, qtbot):
    bottom, top = RecordingLayer(handles=True), RecordingLayer(handles=False)
    view.add_layer(bottom)
    view.add_layer(top)
    view.grab()
    to_widget, visible, scale = bottom.paints[-1]
    assert scale == view.scale() and visible == view.visible_map_rect()
    assert to_widget.map(QPointF(1, 2)) == view.map_to_widget(1, 2)
    assert len(top.paints) == len(bottom.paints)
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 300))
    assert top.clicks == [QPointF(300, 300)] and bottom.clicks == [QPointF(300, 300)]
    top.handles = True
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=QPoint(310, 300))
    assert len(top.clicks) == 2 and len(bottom.clicks) == 1


def test_names_grow_with_the_interface_type(view):
    def italy_height() -> float:
        view.grab()
        return next(label.rect.height() for label in view.labels if label.text == "Italy")

    usual = italy_height()
    larger = view.font()
    larger.setPointSizeF(larger.pointSizeF() * 1.6)
    view.setFont(larger)
    assert italy_height() > usual * 1.4


def test_a_capital_makes_way_for_a_place_of_the_content_in_its_city(view):
    import numpy as np

    from explorer.domain.map_nearby import SortedPoints

    view.home()
    assert "Rome" in label_texts(view)
    rome = project(12.4964, 41.9028)
    view.basemap_painter.covered = lambda: SortedPoints(np.array([rome[0]]), np.array([rome[1]]))
    view.update()
    texts = label_texts(view)
    assert "Rome" not in texts, "the place's own marker and name stand for the city"
    assert "Astana" in texts, "other capitals keep their dots"
