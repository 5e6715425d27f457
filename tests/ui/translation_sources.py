"""The interface's translation sources (.ts files) as the tests read them: one reader."""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from explorer.domain.entities import KAZAKH_LATIN
from explorer.ui.shell.translations import TRANSLATIONS


@dataclass(frozen=True)
class Message:
    """One entry: its context, its English source, its translation (a form per plural form
    where it counts), and whether it is marked unfinished."""

    context: str
    source: str
    forms: tuple[str, ...]
    unfinished: bool
    plural: bool


def source_path(language: str) -> Path:
    """The .ts file of ``language``; Kazakh Latin is derived from the Kazakh one."""
    return TRANSLATIONS / f"explorer_{'kk' if language == KAZAKH_LATIN else language}.ts"


def messages(path: Path) -> Iterator[Message]:
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = translation.findall("numerusform") or [translation]
            yield Message(
                name,
                message.findtext("source") or "",
                tuple(form.text or "" for form in forms),
                translation.get("type") == "unfinished",
                message.get("numerus") == "yes",
            )
