"""A time of day on a date: hours and minutes, maybe seconds, maybe a UTC offset.

Written as ISO 8601 and EDTF do after the day, ``T14:30``, ``T14:30:05``, ``T14:30Z``,
``T14:30:05+05:00``. The offset is kept as written and not applied: events are ordered by
the time written, which is the local time of the place where they happened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.domain.wording import PackProblems

_PATTERN = re.compile(
    r"^(?P<hour>\d{2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?"
    r"(?P<offset>Z|[+-](?P<offset_hour>\d{2}):(?P<offset_minute>\d{2}))?$"
)
SECONDS_A_DAY = 86_400


class TimeOfDayError(ValueError):
    @property
    def wording(self) -> str:
        return self.args[0]


@dataclass(frozen=True)
class TimeOfDay:
    hour: int
    minute: int
    second: int | None = None
    offset: str | None = None
    """``Z`` or ``+hh:mm`` / ``-hh:mm`` as written; None when none was."""

    def __post_init__(self) -> None:
        if not (0 <= self.hour <= 23 and 0 <= self.minute <= 59):
            raise TimeOfDayError(
                PackProblems.tr("%1 is not a time of day: hours go to 23, minutes to 59").arg(
                    f"{self.hour:02d}:{self.minute:02d}"
                )
            )
        if self.second is not None and not 0 <= self.second <= 59:
            raise TimeOfDayError(
                PackProblems.tr("second %1 is not between 0 and 59").arg(str(self.second))
            )

    @classmethod
    def parse(cls, text: str) -> TimeOfDay:
        match = _PATTERN.match(text)
        if match is None:
            raise TimeOfDayError(
                PackProblems.tr(
                    "%1 is not a time of day; write e.g. 14:30, 14:30:05, 14:30Z or 14:30+05:00"
                ).arg(repr(text))
            )
        if match["offset_hour"] is not None and (
            int(match["offset_hour"]) > 14 or int(match["offset_minute"]) > 59
        ):
            raise TimeOfDayError(
                PackProblems.tr("%1 is not a UTC offset: they go from -14:00 to +14:00").arg(
                    match["offset"]
                )
            )
        return cls(
            int(match["hour"]),
            int(match["minute"]),
            None if match["second"] is None else int(match["second"]),
            match["offset"],
        )

    def __str__(self) -> str:
        text = f"{self.hour:02d}:{self.minute:02d}"
        if self.second is not None:
            text += f":{self.second:02d}"
        return text + (self.offset or "")

    @property
    def seconds(self) -> int:
        """Seconds since midnight (as written, the offset not applied)."""
        return self.hour * 3600 + self.minute * 60 + (self.second or 0)

    @property
    def fraction(self) -> float:
        """The part of the day gone by: 0.5 at noon."""
        return self.seconds / SECONDS_A_DAY
