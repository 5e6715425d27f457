"""The growing wait after wrong staff PINs, so that guessing a PIN takes days, not minutes.

The first few wrong PINs cost nothing (a slip of the finger); each one after that makes the
pad refuse input for a while, twice as long each time, up to a cap. The right PIN clears it.
Time comes from an injected monotonic clock, so tests move it instead of sleeping.
"""

from __future__ import annotations

import time
from collections.abc import Callable

FREE_WRONG_PINS = 2
FIRST_DELAY_S = 1.0
MAX_DELAY_S = 300.0

Clock = Callable[[], float]


def delay_after(wrong_pins: int) -> float:
    """Seconds the pad waits after ``wrong_pins`` wrong PINs in a row: none for the first
    ``FREE_WRONG_PINS``, then 1, 2, 4, … seconds, never more than ``MAX_DELAY_S``."""
    doublings = wrong_pins - FREE_WRONG_PINS - 1
    if doublings < 0:
        return 0.0
    if doublings >= 32:  # far past the cap; keeps the power small
        return MAX_DELAY_S
    return min(MAX_DELAY_S, FIRST_DELAY_S * 2**doublings)


class PinDelay:
    """Counts wrong PINs in a row and says how long the pad must still wait."""

    def __init__(self, clock: Clock = time.monotonic):
        self.clock = clock
        self.wrong_pins = 0
        self._until = 0.0

    def remaining(self) -> float:
        """Seconds left before the pad takes a PIN again; 0 when it takes one now."""
        return max(0.0, self._until - self.clock())

    def wrong_pin(self) -> float:
        """Count a wrong PIN; returns the wait it starts (0 for none)."""
        self.wrong_pins += 1
        delay = delay_after(self.wrong_pins)
        self._until = self.clock() + delay
        return delay

    def right_pin(self) -> None:
        self.wrong_pins = 0
        self._until = 0.0
