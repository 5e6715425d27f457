"""The card page lists a card's labelled dates in order, each with its label."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from explorer.content.importer import import_pack
from explorer.domain.references import qualify
from explorer.store.content_store import ContentStore
from tests.content.pack_builder import PACK_ID, write_valid_pack


def test_labelled_dates_are_shown_in_order_with_their_labels(qtbot, tmp_path):
    from explorer.ui.cards.card_detail import CardDetail

    dates = [
        {"label": {"en": "built", "it": "costruito"}, "date": "1389/1405"},
        {"label": {"en": "inscribed"}, "date": "2003"},
        {"label": {"en": "restored"}, "date": "2019/.."},
        {"label": {"en": "first mentioned"}, "date": "../1380"},
        {"label": {"en": "sale %2 <b>off</b>"}, "date": "2024"},
    ]
    pack = write_valid_pack(tmp_path, cards={"abai-monument-rome": {"dates": dates}})
    import_pack(pack, tmp_path / "content.db")
    store = ContentStore.open(tmp_path / "content.db")
    try:
        page = CardDetail(store)
        qtbot.addWidget(page)
        page.show_card(qualify(PACK_ID, "abai-monument-rome"))
        shown = [label.text() for label in page.findChildren(QLabel, "labelledDate")]
        assert shown == [
            "built: 1389 – 1405",
            "inscribed: 2003",
            "restored: from 2019",
            "first mentioned: until 1380",
            "sale %2 <b>off</b>: 2024",  # a label is shown as written, its "%2" too
        ]
        page.set_language("it")
        page.show_card(qualify(PACK_ID, "abai-monument-rome"))
        shown = [label.text() for label in page.findChildren(QLabel, "labelledDate")]
        assert shown[0] == "costruito: 1389 – 1405" and shown[1] == "inscribed: 2003"
    finally:
        store.close()
