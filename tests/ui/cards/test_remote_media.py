"""A remote medium is never fetched: the card page names it in a placeholder, the kiosk
leaves its card out of the slides, and the Refine column names cards of neither country
and each card's collection."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from explorer.content.importer import import_pack
from explorer.domain.references import qualify
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, REMOVE, write_valid_pack

VIDEO = "https://www.youtube.com/watch?v=abc"


def k(local_id: str) -> str:
    return qualify(PACK_ID, local_id)


@pytest.fixture
def store(tmp_path):
    pack = write_valid_pack(
        tmp_path,
        cards={"dante": {"side": REMOVE}},
        media={"abai-monument": {"file": REMOVE, "url": VIDEO, "kind": "video"}},
        files={"media/abai-monument.png": REMOVE},
    )
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    yield store
    store.close()


@pytest.fixture
def speak(qapp):
    """Switches the interface language; English again afterwards."""
    from explorer.ui.shell.app import create_application

    switcher = create_application().language_switcher
    yield switcher.apply
    switcher.apply("en")


@pytest.fixture
def detail(qtbot, store):
    from explorer.ui.cards.card_detail import CardDetail

    page = CardDetail(store)
    qtbot.addWidget(page)
    return page


def test_the_card_page_shows_a_placeholder_naming_the_remote_medium(detail):
    from explorer.ui.cards.remote_media import RemoteMediaPlaceholder

    detail.show_card(k("abai-monument-rome"))
    placeholder = detail.findChild(RemoteMediaPlaceholder)
    assert placeholder is not None
    assert detail.findChild(QLabel, "cardImage") is None, "nothing is shown as a picture"
    assert [label.text() for label in placeholder.findChildren(QLabel)] == [
        "Video kept online, not shown here",
        "The monument",
        "Test photographer · Licence: CC BY 4.0",
        VIDEO,
    ]
    address = placeholder.address
    assert address.textFormat() == Qt.TextFormat.PlainText
    assert not address.openExternalLinks()
    assert address.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert not address.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByMouse


def test_the_placeholder_speaks_the_reader_s_language(detail, speak):
    speak("it")
    detail.set_language("it")
    detail.show_card(k("abai-monument-rome"))
    from explorer.ui.cards.remote_media import RemoteMediaPlaceholder

    placeholder = detail.findChild(RemoteMediaPlaceholder)
    assert placeholder.caption.text() == "Il monumento"
    assert placeholder.credit.text() == "Test photographer · Licenza: CC BY 4.0"


def test_a_picture_of_the_pack_still_shows_as_a_picture(detail):
    from explorer.ui.cards.remote_media import RemoteMediaPlaceholder

    detail.show_card(k("abai"))
    assert detail.findChild(RemoteMediaPlaceholder) is None
    assert not detail.findChild(QLabel, "cardImage").pixmap().isNull()


def test_kiosk_slides_leave_out_cards_whose_picture_is_remote(qapp, store):
    from explorer.ui.kiosk.kiosk_slides import load_slides

    slides = load_slides(store, ["abai-monument-rome", "abai"])
    assert [slide.card_id for slide in slides] == [k("abai")]


def test_a_card_of_neither_country_is_named_so_never_both(qapp):
    from explorer.ui.cards.facet_labels import side_name

    assert side_name("neither") == "Neither country"
    assert side_name("both") == "Both countries"


def test_the_refine_column_lists_the_collection_and_cards_of_neither_country(qtbot, tmp_path):
    from explorer.content.library import ContentLibrary
    from explorer.store.locations import user_data_folder
    from explorer.store.user_db import UserStore
    from explorer.ui.shell.app import create_application, open_window
    from tests.ui.cards.refine_column import choose, count_text
    from tests.ui.windows import shown

    pack = write_valid_pack(tmp_path, cards={"dante": {"side": REMOVE}})
    other = write_valid_pack(
        tmp_path,
        name="other",
        manifest={"id": "heritage-register", "title": {"en": "Heritage register"}},
    )
    library = ContentLibrary(user_data_folder(), pack)
    library.prepare()
    library.import_pack(other)
    prepared = library.prepare()
    user = UserStore.open_or_in_memory(user_data_folder() / "user.db")
    with shown(qtbot, open_window(create_application(), prepared.database, user)) as window:
        panel = window.facet_panel
        qtbot.waitUntil(lambda: bool(count_text(panel, "collection", PACK_ID)), timeout=5000)
        assert count_text(panel, "collection", PACK_ID) == "Test pack  ·  3"
        assert count_text(panel, "collection", "heritage-register") == "Heritage register  ·  3"
        assert count_text(panel, "side", "neither") == "Neither country  ·  1"
        assert count_text(panel, "side", "both") == "Both countries  ·  2"
        assert panel.headings["collection"].text().lower() == "collection"
        choose(panel, "collection", "heritage-register")
        qtbot.waitUntil(
            lambda: window.model.rowCount() == 3 and not window.search_worker.busy, timeout=5000
        )
        assert count_text(panel, "side", "neither") == ""  # none in that collection
        assert count_text(panel, "collection", PACK_ID) == "Test pack  ·  3"


def test_a_library_of_one_pack_has_no_collection_to_narrow_to(window, qtbot):
    panel = window.facet_panel
    qtbot.waitUntil(lambda: bool(panel.values["kind"].listed()), timeout=5000)
    assert panel.values["collection"].listed() == []
    assert panel.headings["collection"].isHidden()
