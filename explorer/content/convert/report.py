"""What a conversion could not carry over, record by record, as the curator reads it."""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Loss:
    """One thing of one record that the pack does not hold as the source had it."""

    record: str
    """The record as the curator finds it in the source: "event 3 ('Moon landing')"."""
    field: str
    what: str
    """What was dropped or changed, and why, in one sentence."""


@dataclass
class ConversionReport:
    source: str
    format_name: str
    losses: list[Loss] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """Facts about the whole conversion: the encoding used, defaults filled in."""
    counts: dict[str, int] = field(default_factory=dict)
    record_order: dict[str, int] = field(default_factory=dict)
    """Where each record comes in the source, so that the report lists losses in that order."""

    def lose(self, record: str, field_name: str, what: str) -> None:
        self.losses.append(Loss(_escaped(record), _escaped(field_name), _escaped(what)))

    def note(self, text: str) -> None:
        self.notes.append(text)

    def text(self, out: str | None) -> str:
        """The whole report, for ``OUT.report.txt`` (``out`` None: converted to be imported)."""
        into = f"into the pack folder {out}" if out is not None else "to be imported"
        lines = [f"Converted {self.source} ({self.format_name}) {into}."]
        lines.append(self._counted())
        lines.extend(self.notes)
        lines.append("")
        if not self.losses:
            lines.append("Everything in the source was carried over.")
        else:
            lines.append(f"Not carried over as it was ({len(self.losses)}):")
            last = len(self.record_order)
            ordered = sorted(self.losses, key=lambda loss: self.record_order.get(loss.record, last))
            lines.extend(f"{loss.record}: {loss.field}: {loss.what}" for loss in ordered)
        return "\n".join(lines) + "\n"

    def summary(self, out: str, report_path: str) -> str:
        """A few lines for standard output."""
        lines = [f"Converted {self.source} ({self.format_name}) into {out}.", self._counted()]
        lines.extend(self.notes)
        if self.losses:
            by_field = Counter(loss.field for loss in self.losses)
            shown = ", ".join(f"{name} ({n})" for name, n in by_field.most_common())
            lines.append(f"{len(self.losses)} things were not carried over as they were: {shown}.")
        else:
            lines.append("Everything in the source was carried over.")
        lines.append(f"The full report is in {report_path}.")
        return "\n".join(lines)

    def _counted(self) -> str:
        if not self.counts:
            return "The pack holds nothing."
        return "The pack holds " + ", ".join(f"{n} {name}" for name, n in self.counts.items()) + "."


def _escaped(text: str) -> str:
    """``text`` with control and invisible format characters written as \\uXXXX, so that a
    source cannot move the cursor or reverse the text of a terminal showing the report."""
    if text.isprintable():
        return text
    return "".join(
        f"\\u{ord(c):04x}" if unicodedata.category(c) in ("Cc", "Cf") else c for c in text
    )
