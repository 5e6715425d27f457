"""What the card page says around a pack's own text: links read from the card they are on,
a picture's credit, and sources without editors' notes, in the reader's language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from explorer.content.importer import import_pack
from explorer.domain.references import qualify
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack


def k(local_id: str) -> str:
    return qualify(PACK_ID, local_id)


@pytest.fixture
def speak(qapp):
    """Switches the interface language; English again afterwards."""
    from explorer.ui.shell.app import create_application

    switcher = create_application().language_switcher
    yield switcher.apply
    switcher.apply("en")


@pytest.fixture
def detail(qtbot, tmp_path):
    from explorer.ui.cards.card_detail import CardDetail

    pack = write_valid_pack(
        tmp_path,
        sources={
            "abai-encyclopedia": {"publisher": REMOVE, "note": "Editors: check the 2nd edition"}
        },
        links={"abai-related-dante": {"type": "inspired"}},
    )
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    page = CardDetail(store)
    qtbot.addWidget(page)
    yield page
    store.close()


def shown(page) -> str:
    return "\n".join(label.text() for label in page.findChildren(QLabel))


def link_buttons(page) -> list[str]:
    buttons = page.findChildren(QPushButton)
    return [button.text() for button in buttons if button.objectName() == "relatedCard"]


def test_a_link_reads_from_the_card_it_is_on(detail, speak):
    speak("it")
    detail.set_language("it")
    detail.show_card(k("abai-monument-rome"))
    assert [text.split("\n")[0] for text in link_buttons(detail)] == ["→ intitolato a"]
    detail.show_card(k("abai"))
    buttons = link_buttons(detail)
    # Named after Abai: on Abai's card, the other way round, from the type's vocabulary.
    assert any(text.startswith("→ ha dato il nome a\n") for text in buttons), buttons
    # A type the explorer does not know, on its source card: the pack's own label.
    assert any(text.startswith("→ related to\n") for text in buttons), buttons
    detail.show_card(k("dante"))
    # ... and on its target card: the neutral label.
    assert [text.split("\n")[0] for text in link_buttons(detail)] == ["→ in relazione con"]


def test_an_illustration_is_credited_in_the_reader_language(detail, speak):
    speak("ru")
    detail.set_language("ru")
    detail.show_card(k("abai"))  # its portrait is an illustration
    text = shown(detail)
    assert "Иллюстрация, созданная для этой коллекции · Лицензия: " in text
    assert "Test painter" not in text
    detail.show_card(k("abai-monument-rome"))  # a photograph keeps its credit
    assert "Test photographer · Лицензия: " in shown(detail)


def test_sources_hide_editors_notes_and_say_when_no_publisher_is_named(detail, speak):
    speak("kk")
    detail.set_language("kk")
    detail.show_card(k("abai"))
    text = shown(detail)
    assert "баспагері көрсетілмеген" in text
    assert "Editors: check" not in text
