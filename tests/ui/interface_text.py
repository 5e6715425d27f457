"""What a person reads on screen, and the English interface text it must not hold.

Two nets catch English left in another language:

* every English source string of the .ts files (and the English plural forms), as a
  pattern whose placeholders match anything, matched against each line a person reads;
* in Kazakh and Russian, which are written in Cyrillic, any Latin word that is neither in
  the collection's own texts (names such as "Neos", addresses, credits) nor in that
  language's translations (such as "PIN" or "Ctrl"): English that never reached a .ts file.

What a person reads is the text of every visible widget (labels, buttons, placeholders,
tooltips, accessible names, combo box items, the rows of item views) and every text our
own code draws with ``QPainter.drawText`` (timeline labels, tiles, kiosk screens), recorded
while the window is grabbed.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QPainter, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from explorer.content.validate import load_pack
from explorer.domain.link_types import reading
from explorer.store.locations import BUNDLED_COLLECTION
from explorer.ui.shell.language import LANGUAGE_NAMES
from tests.ui.translation_sources import messages, source_path

PLACEHOLDER = re.compile(r"%(?:n|L?\d)")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]{2,}")
ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.AccessibleTextRole,
)
MAX_ROWS = 300


@dataclass(frozen=True)
class EnglishString:
    context: str
    text: str
    pattern: re.Pattern

    @classmethod
    def of(cls, context: str, text: str) -> EnglishString:
        parts = PLACEHOLDER.split(text)
        holders = PLACEHOLDER.findall(text)
        regex = re.escape(parts[0])
        for holder, part in zip(holders, parts[1:], strict=True):
            regex += (r"\d+" if holder == "%n" else ".+") + re.escape(part)
        return cls(context, text, re.compile(regex, re.DOTALL))


def english_strings(language: str) -> list[EnglishString]:
    """The English interface strings that ``language`` translates into other words."""
    plurals = {
        (message.context, message.source): message.forms for message in messages(source_path("en"))
    }
    strings = []
    for message in messages(source_path(language)):
        context = message.context
        for english in {message.source, *plurals.get((context, message.source), ())}:
            letters = sum(ch.isalpha() for ch in PLACEHOLDER.sub("", english))
            if letters and english not in message.forms:
                strings.append(EnglishString.of(context, english))
    return strings


def _collection_texts(language: str) -> Iterator[str]:
    """What the bundled collection may show in ``language``: its texts in that language and
    the texts shown as written in every language (source titles, publishers, addresses,
    licences, the credits of photographs). Editors' notes and ids are not among them, nor
    an illustration's credit, which readers see in their own language."""
    collection = load_pack(BUNDLED_COLLECTION)
    manifest = collection.manifest
    localized = [manifest.title, manifest.description]
    for card in collection.cards:
        localized += [card.title, card.summary, card.body, card.date_note]
        yield from card.tags
    for item in (*collection.categories, *collection.places, *collection.routes):
        localized.append(item.name)
    localized += [era.name for era in collection.eras]
    for media in collection.media:
        localized += [media.caption, media.alt]
        yield media.licence
        if not media.illustration:
            yield media.credit
    for figure in collection.figures:
        localized += [figure.label, figure.unit]
    for link in collection.links:
        localized += [reading(link, outgoing=True), reading(link, outgoing=False)]
    for source in collection.sources:
        yield from (source.title, source.publisher, source.url or "")
    yield from (texts.get(language, "") for texts in localized)


def allowed_latin_words(language: str) -> set[str]:
    """Latin words that may appear in ``language``: the collection's own (names, addresses,
    credits) and those of the language's translations ("PIN", "Ctrl")."""
    texts = list(_collection_texts(language))
    for message in messages(source_path(language)):
        texts.extend(message.forms)
    texts.extend(LANGUAGE_NAMES.values())
    return {word.lower() for text in texts for word in LATIN_WORD.findall(text)}


def as_read(text: str) -> str:
    """``text`` as a person reads it: rich text (tooltips) without its markup."""
    if not GuiQt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _item_view_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for row in range(min(model.rowCount(QModelIndex()), MAX_ROWS)):
        index = model.index(row, 0)
        for role in ROLES:
            value = model.data(index, role)
            if isinstance(value, str):
                yield value


def widget_texts(widget: QWidget) -> Iterator[str]:
    """The texts one widget shows or says (to a screen reader, in a tooltip)."""
    yield widget.toolTip()
    yield widget.accessibleName()
    yield widget.accessibleDescription()
    if widget.isWindow():
        yield widget.windowTitle()
    if isinstance(widget, QLabel):
        yield widget.text()
    if isinstance(widget, QAbstractButton):
        yield widget.text()
        menu = getattr(widget, "menu", lambda: None)()
        if menu is not None:
            for action in menu.actions():
                yield action.text()
                yield action.toolTip()
    if isinstance(widget, QLineEdit):
        yield widget.placeholderText()
    if isinstance(widget, QComboBox):
        for row in range(widget.count()):
            yield widget.itemText(row)
            tip = widget.itemData(row, Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                yield tip
    if isinstance(widget, QAbstractItemView):
        yield from _item_view_texts(widget)


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every visible widget under ``root``, ``root`` included."""
    found = []
    for widget in (root, *root.findChildren(QWidget)):
        if not widget.isVisible():
            continue
        where = f"{type(widget).__name__}#{widget.objectName()}"
        found.extend((where, as_read(text)) for text in widget_texts(widget) if text)
    return found


class PaintedText:
    """Records every text our code draws with ``QPainter.drawText`` while installed."""

    def __init__(self) -> None:
        self.texts: list[str] = []

    @contextlib.contextmanager
    def installed(self) -> Iterator[PaintedText]:
        original = QPainter.drawText

        def draw_text(painter, *args):
            self.texts.extend(arg for arg in args if isinstance(arg, str))
            return original(painter, *args)

        QPainter.drawText = draw_text
        try:
            yield self
        finally:
            QPainter.drawText = original

    def take(self) -> list[tuple[str, str]]:
        texts, self.texts = self.texts, []
        return [("painted", text) for text in texts]


def latin_words(text: str) -> Iterator[str]:
    """The Latin words of ``text``, but for a word cut short by eliding ("Neo…")."""
    for match in LATIN_WORD.finditer(text):
        if not text.startswith("…", match.end()):
            yield match.group()


def english_left(
    texts: list[tuple[str, str]], language: str, strings: list[EnglishString], allowed: set[str]
) -> list[str]:
    """What in ``texts`` is English interface text: one line per problem."""
    problems = []
    for where, text in texts:
        lines = {text.strip(), *(line.strip() for line in text.splitlines())}
        for line in filter(None, lines):
            for english in strings:
                if english.pattern.fullmatch(line):
                    problems.append(f"{where}: {line!r} is {english.context}'s {english.text!r}")
        if language in ("kk", "ru"):
            stray = sorted({w for w in latin_words(text) if w.lower() not in allowed})
            if stray:
                problems.append(f"{where}: {text!r} has Latin words {stray}")
    return sorted(set(problems))
