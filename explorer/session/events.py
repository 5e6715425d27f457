"""A plain observer: callbacks to call when something happened (no Qt, no threads)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, ParamSpec

Args = ParamSpec("Args")


class Event(Generic[Args]):
    """``connect`` a callback; ``emit`` calls every callback in the order they connected."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[Args, None]] = []

    def connect(self, callback: Callable[Args, None]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[Args, None]) -> None:
        """Stop calling ``callback``; raises ValueError when it was not connected."""
        self._callbacks.remove(callback)

    def emit(self, *args: Args.args, **kwargs: Args.kwargs) -> None:
        for callback in list(self._callbacks):
            callback(*args, **kwargs)
