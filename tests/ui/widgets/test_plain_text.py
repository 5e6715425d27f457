"""Pack text is shown exactly as written: never read as markup, never a keyboard shortcut.

A pack whose every text holds markup is imported and the real widgets are opened on it;
each check looks at what a person would see: a label's text as Qt renders it for its
format, a tooltip as Qt renders it (rich text whenever it looks like HTML), a button's
text with its ``&`` shortcut markers taken out, and accessible names as they are.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QToolTip, QWidget

from explorer.content.importer import import_pack
from explorer.store.content_store import ContentStore
from explorer.store.locations import content_database_path, user_database_path
from explorer.ui.cards.card_model import CardRole
from explorer.ui.widgets.eliding_button import ElidingButton
from explorer.ui.widgets.plain_text import plain_button_text, plain_tooltip
from tests.content.pack_builder import valid_pack_data, write_valid_pack
from tests.ui.cards.refine_column import count_text, shown_values
from tests.ui.timeline.test_timeline import open_timeline, view_position
from tests.ui.windows import shown

MARKUP = '<b>bold</b> <img src="/etc/x.png"> &amp; <a href="x">link</a>'
MARKED_URL = 'https://example.org/<b>bold</b>&amp;<img/src="/etc/x.png">'
LITERALS = (MARKUP, MARKED_URL)
"""Every text of the pack ends with one of these; "bold" appears nowhere else."""

TEXT_FIELDS = {
    "title",
    "summary",
    "body",
    "date_note",
    "name",
    "label",
    "caption",
    "alt",
    "credit",
    "licence",
    "publisher",
    "note",
    "description",
}


def marked(what: str) -> str:
    return f"{what} {MARKUP}"


def _marked_value(field: str, owner: str, value):
    if isinstance(value, dict):
        return {language: _marked_value(field, owner, text) for language, text in value.items()}
    if field == "body":
        return f"{marked(f'body {owner}')}\n\n{marked(f'more {owner}')}"
    return marked(f"{field} {owner}")


def marked_pack_changes() -> dict:
    """Changes for ``write_valid_pack``: every text of every item marked up."""
    changes: dict = {}
    for stem, content in valid_pack_data().items():
        if stem == "manifest":
            changes[stem] = {
                field: _marked_value(field, "pack", value)
                for field, value in content.items()
                if field in TEXT_FIELDS
            }
            continue
        changes[stem] = {}
        for item in content:
            fields = {
                field: _marked_value(field, item["id"], value)
                for field, value in item.items()
                if field in TEXT_FIELDS
            }
            if "url" in item:
                fields["url"] = MARKED_URL
            if stem == "links":
                fields["reverse_label"] = {"en": marked(f"reverse_label {item['id']}")}
            changes[stem][item["id"]] = fields
    return changes


# ---- what a person sees ------------------------------------------------------------------


def rendered(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> QTextDocument:
    """``text`` laid out as Qt lays out a label or tooltip of ``text_format``."""
    document = QTextDocument()
    rich = text_format == Qt.TextFormat.RichText or (
        text_format == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if text_format == Qt.TextFormat.MarkdownText:
        document.setMarkdown(text)
    elif rich:
        document.setHtml(text)
    else:
        document.setPlainText(text)
    return document


def seen_tooltip(tip: str) -> str:
    document = rendered(tip)
    html = document.toHtml()
    assert "<img" not in html, f"the tooltip shows a picture: {tip!r}"
    assert "<a " not in html and "font-weight:700" not in html, f"styled: {tip!r}"
    return document.toPlainText()


def seen_label(label: QLabel) -> str:
    return rendered(label.text(), label.textFormat()).toPlainText()


def seen_button(button: QAbstractButton) -> str:
    text = button.text()
    assert QKeySequence.mnemonic(text).isEmpty(), f"pack text makes a shortcut: {text!r}"
    if isinstance(button, ElidingButton):
        # It shows the start of each line of its full text, which it shows whole when given
        # the room: the full text is what must be plain.
        text = button.full_text
        assert QKeySequence.mnemonic(text).isEmpty(), f"pack text makes a shortcut: {text!r}"
    return re.sub(r"&(.)", r"\1", text, flags=re.DOTALL)


def carries_pack_text(text: str) -> bool:
    return "bold" in text.casefold()


def literal_in(seen: str) -> bool:
    return any(literal.casefold() in seen.casefold() for literal in LITERALS)


def assert_all_shown_literally(root: QWidget) -> int:
    """Every label, button, tooltip and accessible text under ``root`` that holds pack text
    shows it as written. Returns how many pack texts were checked."""
    checked = 0
    for widget in [root, *root.findChildren(QWidget)]:
        texts = []
        if isinstance(widget, QLabel):
            texts.append(("label", widget.text(), seen_label(widget)))
        if isinstance(widget, QAbstractButton):
            texts.append(("button", widget.text(), seen_button(widget)))
        if widget.toolTip():
            texts.append(("tooltip", widget.toolTip(), seen_tooltip(widget.toolTip())))
        for kind, text in (
            ("accessible name", widget.accessibleName()),
            ("accessible description", widget.accessibleDescription()),
        ):
            texts.append((kind, text, text))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(item_texts(widget))
        for kind, raw, seen in texts:
            if carries_pack_text(raw):
                checked += 1
                assert literal_in(seen), f"{type(widget).__name__} {kind}: {raw!r} → {seen!r}"
    return checked


def item_texts(view: QAbstractItemView) -> list[tuple[str, str, str]]:
    model, texts = view.model(), []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        tip = index.data(Qt.ItemDataRole.ToolTipRole)
        if tip:
            texts.append(("item tooltip", tip, seen_tooltip(tip)))
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = index.data(role) or ""
            texts.append(("item text", text, text))  # item delegates paint plain text
    return texts


# ---- fixtures ------------------------------------------------------------------------------


@pytest.fixture
def marked_database(tmp_path, explorer_home):
    pack = write_valid_pack(tmp_path, name="marked", **marked_pack_changes())
    database = content_database_path()
    import_pack(pack, database)
    return database


@pytest.fixture
def marked_store(marked_database):
    store = ContentStore.open(marked_database)
    yield store
    store.close()


@pytest.fixture
def marked_window(qtbot, marked_database):
    from explorer.store.user_db import UserStore
    from explorer.ui.shell.app import create_application, open_window

    app = create_application()
    window = open_window(app, marked_database, UserStore.open(user_database_path()))
    with shown(qtbot, window) as shown_window:
        yield shown_window


# ---- the helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [MARKUP, f"{MARKUP}\n1845 – 1904", "two  spaces\n\nand a\ttab", "  lead", "<p>x</p>", ""],
)
def test_a_plain_tooltip_renders_as_the_text_itself(text):
    assert seen_tooltip(plain_tooltip(text)) == text


def test_without_the_helper_a_tooltip_would_show_markup():
    with pytest.raises(AssertionError, match="shows a picture"):
        seen_tooltip(MARKUP)


def test_plain_button_text_makes_no_shortcut():
    assert QKeySequence.mnemonic("A &Bc").toString() != ""
    assert QKeySequence.mnemonic(plain_button_text("A &Bc")).isEmpty()


# ---- the explorer on the marked pack -------------------------------------------------------


def test_every_text_of_the_pack_holds_markup(marked_store):
    card = marked_store.card(marked_store.card_ids()[0])
    assert card.title["en"].endswith(MARKUP), "the pack imports its text unchanged"


def test_the_card_grid_shows_titles_categories_and_summaries_as_written(
    marked_window, marked_store
):
    model = marked_window.model
    assert model.rowCount() == len(marked_store.card_ids()) > 0
    for row in range(model.rowCount()):
        index = model.index(row)
        card = marked_store.card(index.data(CardRole.Id))
        category = next(c for c in marked_store.categories() if c.id == card.category)
        assert index.data(Qt.ItemDataRole.DisplayRole) == card.title["en"]
        assert index.data(CardRole.CategoryName) == category.name["en"]
        assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(card.title["en"])
        assert seen_tooltip(index.data(Qt.ItemDataRole.ToolTipRole)) == card.summary["en"]
        snippet = "".join(piece.text for piece in index.data(CardRole.Snippet))
        assert snippet == card.summary["en"]


def test_category_chips_show_names_as_written(marked_window, marked_store):
    chips = marked_window.cards_page.category_filter.buttons
    for category in marked_store.categories():
        name = category.name["en"]
        chip = chips[category.id]
        assert seen_button(chip).split("  ")[0] == name
        assert name in chip.accessibleName()


def test_a_card_page_shows_every_pack_text_as_written(marked_window, marked_store):
    for card_id in marked_store.card_ids():
        marked_window.open_card(card_id)
        detail = marked_window.detail
        card = marked_store.card(card_id)
        labels = detail.findChildren(QLabel)
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
        seen = "\n".join(seen_label(label) for label in labels)
        expected = [card.title["en"], card.summary["en"], *card.body["en"].split("\n\n")]
        expected += [place.name["en"] for place in marked_store.places(card.places)]
        for source in marked_store.sources(card.sources):
            expected += [source.title, source.publisher, source.url or ""]
            assert not source.note or source.note not in seen  # for editors only
        if card.image is not None:
            media = marked_store.media(card.image)
            # An illustration's credit is said in the reader's language instead.
            credit = "" if media.illustration else media.credit
            expected += [media.caption["en"], credit, media.licence]
        for text in filter(None, expected):
            assert text in seen, f"{text!r} is not shown as written on {card_id}"
        category = next(c for c in marked_store.categories() if c.id == card.category)
        assert category.name["en"].upper() in seen
        assert assert_all_shown_literally(detail) >= len(expected)


def test_a_picture_describes_itself_as_written(marked_window, marked_store):
    card_id = next(i for i in marked_store.card_ids() if marked_store.card(i).image)
    marked_window.open_card(card_id)
    alt = marked_store.media(marked_store.card(card_id).image).alt["en"]
    picture = marked_window.detail.findChild(QLabel, "cardImage")
    assert picture.accessibleName() == alt
    assert seen_tooltip(picture.toolTip()) == alt


def test_related_cards_show_link_labels_and_titles_as_written(marked_window, marked_store):
    shown = 0
    for card_id in marked_store.card_ids():
        marked_window.open_card(card_id)
        title = marked_store.card(card_id).title["en"]
        related = marked_store.related(card_id, "en")
        buttons = marked_window.detail.related_buttons
        assert len(buttons) == len(related)
        for link, button in zip(related, buttons, strict=True):
            assert link.label.endswith(MARKUP) and link.title.endswith(MARKUP)
            assert seen_button(button) == f"→ {link.label}\n{link.title}"
            sentence = f"{title} {link.label} {link.title}"
            assert button.accessibleName() == sentence
            assert seen_tooltip(button.toolTip()) == sentence
            shown += 1
    assert shown >= 2


def test_facet_values_show_place_names_as_written(marked_window, marked_store):
    panel = marked_window.facet_panel
    names = {place.id: place.name["en"] for place in marked_store.all_places()}
    places = panel.values["place"]
    assert places.rowCount(), "the Refine column lists places"
    for row, key in enumerate(shown_values(panel, "place")):
        name = names[str(key)]
        index = places.index(row)
        assert index.data(Qt.ItemDataRole.DisplayRole) == name, "painted as text, never markup"
        assert count_text(panel, "place", key).startswith(f"{name}  ·  ")
        assert seen_tooltip(index.data(Qt.ItemDataRole.ToolTipRole)) == name
        assert index.data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"{name}, ")
    headings = panel.headings.values()
    assert all(heading.textFormat() == Qt.TextFormat.PlainText for heading in headings)


def test_the_timeline_shows_titles_as_written(marked_window, marked_store, qtbot):
    page = open_timeline(marked_window, qtbot)
    view = page.view
    events = page.all_events
    assert events
    for event in events:
        title = marked_store.card(event.id).title["en"]
        view.show_days(event.first_day - 60, event.first_day + 60)
        QToolTip.hideText()
        # Off the marks first: the last event, centred the same way, may have been here.
        qtbot.mouseMove(view.viewport(), QPoint(2, 2))
        qtbot.mouseMove(view.viewport(), view_position(view, event))
        qtbot.waitUntil(lambda: QToolTip.text() != "", timeout=2000)
        lines = seen_tooltip(QToolTip.text()).split("\n")
        assert lines[0] == title
        assert lines[1] and not carries_pack_text(lines[1])
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    selected = marked_store.card(view.selected_id).title["en"]
    assert view.accessibleDescription().startswith(f"{selected}, ")
    lane_names = {style.name for style in view.lane_styles.values()}
    assert lane_names == {category.name["en"] for category in marked_store.categories()}
    page.list_button.setChecked(True)
    assert assert_all_shown_literally(page) >= len(events)


def test_nothing_in_the_window_shows_pack_markup(marked_window, marked_store, qtbot):
    checked = assert_all_shown_literally(marked_window)
    for card_id in marked_store.card_ids():
        marked_window.open_card(card_id)
        checked += assert_all_shown_literally(marked_window)
    open_timeline(marked_window, qtbot)
    checked += assert_all_shown_literally(marked_window)
    assert checked > 50


def test_the_kiosk_shows_pack_text_as_written(marked_database, qtbot):
    from tests.ui.kiosk.kiosk_fixtures import build_shell, close_shell, kiosk_config

    shell = build_shell(qtbot, kiosk_config())
    try:
        slides = shell.slideshow.slides
        assert slides and all(slide.title["en"].endswith(MARKUP) for slide in slides)
        shell.slideshow.grab()  # painted with drawText: plain by nature
        assert_all_shown_literally(shell)
        shell.begin_visit("en")
        assert assert_all_shown_literally(shell) > 0
    finally:
        close_shell(shell)


def test_the_map_and_the_numbers_show_pack_text_as_written(marked_window, qtbot):
    marked_window.session.show_view("map")
    page = marked_window.map_page
    assert page.wait_loaded()
    page.choose_places(list(page.map_places.ids))  # the side panel: names and cards
    assert page.side_title.text(), "the places chosen are named"
    checked = assert_all_shown_literally(page)
    page.list_button.setChecked(True)
    countries = page.tree.places_model
    for row in range(countries.rowCount()):
        page.tree.expand(countries.index(row, 0))
    checked += assert_all_shown_literally(page)
    marked_window.session.show_view("numbers")
    checked += assert_all_shown_literally(marked_window.numbers_page)
    assert checked > 3
