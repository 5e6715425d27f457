"""The focus ring's colours: visible on the grounds it is drawn on and on every chip."""

from __future__ import annotations

import pytest

from explorer.ui.shell.theme import PALETTE, contrast_ratio, focus_ring_on

NON_TEXT = 3.0  # WCAG 1.4.11, for a focus indicator against what is next to it


def test_contrast_ratio_is_the_wcag_one():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert contrast_ratio(PALETTE.ink, PALETTE.ink) == 1


@pytest.mark.parametrize("ground", [PALETTE.ground, PALETTE.surface, PALETTE.rail])
def test_the_focus_ring_shows_on_every_ground(ground):
    assert contrast_ratio(PALETTE.focus, ground) >= NON_TEXT


def test_a_filled_chip_gets_the_ring_farther_from_its_fill(store):
    fills = [PALETTE.ink, *(category.colour for category in store.categories())]
    for fill in fills:
        ring = focus_ring_on(fill)
        other = PALETTE.ink if ring == PALETTE.focus else PALETTE.focus
        assert contrast_ratio(ring, fill) >= contrast_ratio(other, fill)
        assert contrast_ratio(ring, PALETTE.ground) >= NON_TEXT
    assert focus_ring_on(PALETTE.ink) == PALETTE.focus, "the All chip is filled with ink"
