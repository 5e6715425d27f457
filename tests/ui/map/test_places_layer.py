"""The places layer painted into a real image, and clicked."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from explorer.domain.map_projection import project
from explorer.ui.map.places_layer import PlacesLayer
from explorer.ui.shell.theme import PALETTE

WIDTH, HEIGHT = 400, 300
PIXELS_PER_UNIT = 20.0
LEFT, TOP = 0.0, -50.0  # the map point drawn at the image's top left corner
WHITE = "#ffffff"

PLACES = {
    # id: (names, longitude, latitude, card count)
    "rome": ({"en": "Rome", "it": "Roma"}, 5.0, 45.0, 4),
    "tivoli": ({"en": "Tivoli"}, 5.1, 45.05, 1),  # a few pixels from Rome: one cluster
    "semey": ({"en": "Semey", "kk": "Семей"}, 12.0, 42.0, 2),
}


@pytest.fixture
def layer(qapp):
    layer = PlacesLayer()
    ids = list(PLACES)
    layer.set_places(
        ids,
        [PLACES[i][0] for i in ids],
        np.array([PLACES[i][1] for i in ids]),
        np.array([PLACES[i][2] for i in ids]),
        np.array([PLACES[i][3] for i in ids]),
    )
    return layer


def _to_widget() -> QTransform:
    return QTransform(
        PIXELS_PER_UNIT, 0, 0, PIXELS_PER_UNIT, -LEFT * PIXELS_PER_UNIT, -TOP * PIXELS_PER_UNIT
    )


def _visible() -> QRectF:
    return QRectF(LEFT, TOP, WIDTH / PIXELS_PER_UNIT, HEIGHT / PIXELS_PER_UNIT)


def _pixel_of(longitude: float, latitude: float) -> QPointF:
    return _to_widget().map(QPointF(*project(longitude, latitude)))


def _paint(layer: PlacesLayer) -> QImage:
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor(WHITE))
    painter = QPainter(image)
    layer.paint(painter, _to_widget(), _visible(), PIXELS_PER_UNIT)
    painter.end()
    return image


def _colour(image: QImage, point: QPointF) -> str:
    return image.pixelColor(round(point.x()), round(point.y())).name()


def _centre(layer: PlacesLayer, *ids: str) -> QPointF:
    """Where the markers of ``ids`` (one cluster) are centred: their count-weighted mean."""
    weights = [PLACES[i][3] for i in ids]
    points = [_pixel_of(PLACES[i][1], PLACES[i][2]) for i in ids]
    x = sum(w * p.x() for w, p in zip(weights, points, strict=True)) / sum(weights)
    y = sum(w * p.y() for w, p in zip(weights, points, strict=True)) / sum(weights)
    return QPointF(x, y)


def test_a_single_place_is_a_deep_sky_circle_and_near_places_one_sky_cluster(layer):
    image = _paint(layer)
    assert _colour(image, _pixel_of(12.0, 42.0)) == QColor(PALETTE.sky_deep).name()
    cluster = _centre(layer, "rome", "tivoli")
    # The count is drawn at the centre: look beside it.
    assert _colour(image, cluster + QPointF(-4, 0)) == QColor(PALETTE.sky).name()
    assert _colour(image, QPointF(390, 290)) == WHITE


def test_a_single_place_is_named_beside_its_marker(layer):
    image = _paint(layer)
    semey = _pixel_of(12.0, 42.0)
    beside = [
        image.pixelColor(x, y).name()
        for x in range(round(semey.x()) + 8, round(semey.x()) + 50)
        for y in range(round(semey.y()) - 6, round(semey.y()) + 6)
    ]
    assert any(QColor(c).lightness() < 120 for c in beside)  # dark ink of the name
    layer.set_language("kk")
    assert layer.name(2) == "Семей"


def test_clicking_a_cluster_gives_all_its_places_and_empty_ground_nothing(layer, qtbot):
    _paint(layer)
    clicked = []
    layer.places_clicked.connect(clicked.append)
    assert layer.click(_centre(layer, "rome", "tivoli"), _to_widget())
    assert sorted(clicked[-1]) == ["rome", "tivoli"]
    assert layer.click(_pixel_of(12.0, 42.0) + QPointF(3, 3), _to_widget())
    assert clicked[-1] == ["semey"]
    assert not layer.click(QPointF(390, 290), _to_widget())
    assert len(clicked) == 2


def test_highlighted_places_are_drawn_in_gold_and_so_is_their_cluster(layer, qtbot):
    with qtbot.waitSignal(layer.changed):
        layer.set_highlighted(["semey", "tivoli", "nowhere"])
    image = _paint(layer)
    gold = QColor(PALETTE.gold).name()
    assert _colour(image, _pixel_of(12.0, 42.0)) == gold
    assert _colour(image, _centre(layer, "rome", "tivoli") + QPointF(-4, 0)) == gold
    layer.set_highlighted([])
    assert _colour(_paint(layer), _pixel_of(12.0, 42.0)) == QColor(PALETTE.sky_deep).name()


def test_places_without_cards_are_neither_drawn_nor_clicked(layer):
    layer.set_counts(np.array([4, 0, 0]))
    image = _paint(layer)
    assert _colour(image, _pixel_of(12.0, 42.0)) == WHITE
    assert _colour(image, _pixel_of(5.0, 45.0)) == QColor(PALETTE.sky_deep).name()
    assert not layer.click(_pixel_of(12.0, 42.0), _to_widget())
    assert layer.places_at(_pixel_of(5.0, 45.0), _to_widget()) == ["rome"]
    layer.set_counts(np.array([4, 1, 2]))
    assert _colour(_paint(layer), _pixel_of(12.0, 42.0)) == QColor(PALETTE.sky_deep).name()


def test_places_given_without_cards_are_not_shown_from_the_start(qapp):
    layer = PlacesLayer()
    layer.set_places(
        ["rome", "semey"], [{"en": "Rome"}, {"en": "Semey"}], [5.0, 12.0], [45.0, 42.0], [3, 0]
    )
    assert _colour(_paint(layer), _pixel_of(12.0, 42.0)) == WHITE
    assert layer.places_at(_pixel_of(5.0, 45.0), _to_widget()) == ["rome"]
    assert len(layer.shown_points()) == 1


def test_touch_makes_markers_and_their_targets_bigger(layer):
    semey = _pixel_of(12.0, 42.0)
    near = semey + QPointF(15, 0)
    assert layer.places_at(near, _to_widget()) == []
    layer.set_touch(True)
    assert layer.places_at(near, _to_widget()) == ["semey"]
    assert layer.radii(np.array([0]), np.array([1]))[0] >= 9.0


def test_places_need_one_value_of_each_column(qapp):
    with pytest.raises(ValueError, match="one id, name, longitude, latitude and card count"):
        PlacesLayer().set_places(["a"], [], np.zeros(1), np.zeros(1), np.zeros(1))


def test_an_empty_layer_paints_nothing_and_finds_nothing(qapp):
    layer = PlacesLayer()
    image = _paint(layer)
    assert _colour(image, QPointF(200, 150)) == WHITE
    assert not layer.click(QPointF(200, 150), _to_widget())


def test_a_markers_area_follows_its_card_count_and_a_cluster_has_room_for_its_count(qapp):
    layer = PlacesLayer()
    radii = layer.radii(np.array([1, 4, 9, 10_000, 2]), np.array([1, 1, 1, 1, 5]))
    assert radii[1] ** 2 == pytest.approx(4 * radii[0] ** 2)
    assert radii[2] ** 2 == pytest.approx(9 * radii[0] ** 2)
    assert radii[3] == layer.sizes.max_radius
    assert radii[4] >= layer.sizes.cluster_radius > radii[0] * np.sqrt(2)


def test_a_hundred_thousand_places_paint_as_a_bounded_number_of_markers(qapp):
    rng = np.random.default_rng(3)
    count = 100_000
    layer = PlacesLayer()
    layer.set_places(
        [f"p{i}" for i in range(count)],
        [{"en": "Somewhere"}] * count,
        rng.uniform(0.0, 20.0, count),
        rng.uniform(35.0, 50.0, count),
        rng.integers(1, 20, count),  # every place has cards: all are shown
    )
    image = _paint(layer)
    pixels = np.frombuffer(bytes(image.constBits()), dtype=np.uint32)
    assert np.mean(pixels != pixels[-1]) > 0.2  # markers across the view (a corner is ground)
    clusters = layer._clusterer.clusters(
        (LEFT, TOP, LEFT + WIDTH / PIXELS_PER_UNIT, TOP + HEIGHT / PIXELS_PER_UNIT),
        PIXELS_PER_UNIT,
    )
    cells = (WIDTH * 3 / layer.sizes.cell_px + 2) * (HEIGHT * 3 / layer.sizes.cell_px + 2)
    assert len(clusters) <= cells  # the viewport and its margin in cells, not the places
    largest = int(np.argmax(clusters.sizes()))
    centre = _to_widget().map(QPointF(clusters.x[largest], clusters.y[largest]))
    members = {f"p{i}" for i in clusters.members(largest).tolist()}
    assert len(members) > 1 and set(layer.places_at(centre, _to_widget())) == members


def _dark_pixels(image: QImage, left: int, right: int, top: int, bottom: int) -> int:
    return sum(
        QColor(image.pixelColor(x, y)).lightness() < 120
        for x in range(left, right)
        for y in range(top, bottom)
    )


def test_names_keep_off_the_areas_another_layer_has_taken(layer):
    semey = _pixel_of(12.0, 42.0)
    x, y = round(semey.x()), round(semey.y())
    assert _dark_pixels(_paint(layer), x + 8, x + 50, y - 6, y + 6) > 0
    taken = QRectF(semey.x() + 6, semey.y() - 10, 60, 20)  # a basemap name right of Semey
    layer.set_taken_areas(lambda: [taken])
    image = _paint(layer)
    assert _dark_pixels(image, x + 8, x + 50, y - 6, y + 6) == 0
    assert _dark_pixels(image, x - 50, x - 8, y - 6, y + 6) > 0  # the name went left


def test_new_counts_show_only_the_places_with_cards(layer):
    layer.set_counts(np.array([0, 0, 3]))
    image = _paint(layer)
    assert _colour(image, _pixel_of(5.0, 45.0)) == WHITE, "Rome and Tivoli have no card now"
    assert _colour(image, _pixel_of(12.0, 42.0)) == QColor(PALETTE.sky_deep).name()
    assert layer.places_at(_pixel_of(12.0, 42.0), _to_widget()) == ["semey"]
    points = layer.shown_points()
    assert len(points) == 1 and points.any_near(*project(12.0, 42.0), 0.01)
    layer.set_counts(np.array([4, 1, 2]))
    assert len(layer.shown_points()) == 3
    assert _colour(_paint(layer), _pixel_of(5.0, 45.0)) != WHITE


def test_counts_must_be_one_per_place(layer):
    with pytest.raises(ValueError, match="one card count per place"):
        layer.set_counts(np.array([1, 2]))
