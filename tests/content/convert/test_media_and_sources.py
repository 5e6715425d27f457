"""Media made into media records (remote addresses by kind, pictures beside the source copied
into the pack), and the "Sources: …" paragraph that explorer export writes read back."""

import json

import pytest

from explorer.content.convert.drafts import WebLink
from explorer.content.convert.media_records import media_kind
from explorer.content.convert.sources_paragraph import split_sources
from tests.content.convert.converting import card, converted, losses
from tests.content.pack_builder import png_bytes


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("https://example.org/photo.JPG", "image"),
        ("https://example.org/a/b.png?size=2", "image"),
        ("https://www.youtube.com/watch?v=abc", "video"),
        ("https://youtu.be/abc", "video"),
        ("https://vimeo.com/12345", "video"),
        ("https://www.google.com/maps/place/Rome", "map"),
        ("https://maps.google.com/?q=Astana", "map"),
        ("https://www.openstreetmap.org/#map=5/48/68", "map"),
        ("https://example.org/song.mp3", "audio"),
        ("https://en.wikipedia.org/wiki/Abai", "page"),
    ],
)
def test_a_remote_medium_takes_its_kind_from_its_address(address, kind):
    assert media_kind(address) == kind


def _timeline(tmp_path, media: list[dict]) -> object:
    events = [
        {"start_date": {"year": 2000 + n}, "text": {"headline": f"Event {n}"}, "media": m}
        for n, m in enumerate(media, 1)
    ]
    source = tmp_path / "src" / "timeline.json"
    source.parent.mkdir(exist_ok=True)
    source.write_text(json.dumps({"events": events}), encoding="utf-8")
    return source


def test_a_picture_beside_the_source_is_copied_into_the_pack(tmp_path):
    pictures = tmp_path / "src" / "pictures"
    pictures.mkdir(parents=True)
    (pictures / "abai.png").write_bytes(png_bytes())
    source = _timeline(
        tmp_path,
        [{"url": "pictures/abai.png", "caption": "Abai", "credit": "Archive", "alt": "A man"}],
    )
    collection, report, out = converted(tmp_path, "timelinejs", source)
    media = next(m for m in collection.media if m.id == card(collection, "Event 1").image)
    assert (media.file, media.caption["en"], media.credit, media.alt["en"]) == (
        "media/abai.png",
        "Abai",
        "Archive",
        "A man",
    )
    assert (out / "media" / "abai.png").read_bytes() == png_bytes()
    assert media.licence == "Not stated in the source"
    assert losses(report, "media") == []


def test_a_path_outside_the_source_folder_or_not_a_picture_is_dropped_and_reported(tmp_path):
    (tmp_path / "secret.png").write_bytes(png_bytes())
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "notes.png").write_text("not a picture", encoding="utf-8")
    source = _timeline(
        tmp_path,
        [
            {"url": "../secret.png"},
            {"url": str(tmp_path / "secret.png")},
            {"url": "notes.png"},
            {"url": "missing.jpg"},
            {"url": "<iframe src='x'></iframe>"},
        ],
    )
    collection, report, out = converted(tmp_path, "timelinejs", source)
    assert [c.image for c in collection.cards] == [None] * 5
    assert not (out / "media").exists()
    dropped = losses(report, "media")
    assert dropped[0] == (
        "event 1 ('Event 1'): the media '../secret.png' was dropped: a picture must lie inside "
        "the source's folder (no absolute path, no ..)"
    )
    assert "inside the source's folder" in dropped[1]
    assert dropped[2].endswith(
        "it is not a web address, nor a PNG or JPEG file in the source's folder"
    )
    assert dropped[3].endswith("there is no such file inside the source's folder")
    assert len(dropped) == 5


def test_a_link_to_a_picture_outside_the_folder_is_dropped_and_one_picture_is_one_record(
    tmp_path,
):
    (tmp_path / "outside.png").write_bytes(png_bytes())
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "inside.png").symlink_to(tmp_path / "outside.png")
    (tmp_path / "src" / "shared.png").write_bytes(png_bytes(colour="#00ff00"))
    shared = {"url": "shared.png", "caption": "Shared"}
    source = _timeline(tmp_path, [{"url": "inside.png"}, shared, shared])
    collection, report, out = converted(tmp_path, "timelinejs", source)
    assert losses(report, "media") == [
        "event 1 ('Event 1'): the media 'inside.png' was dropped: there is no such file inside the "
        "source's folder"
    ]
    images = [c.image for c in collection.cards]
    assert images[0] is None and images[1] == images[2] == "shared"
    assert [p.name for p in (out / "media").iterdir()] == ["shared.png"]


def test_the_sources_paragraph_of_an_export_is_read_in_any_language():
    html = (
        '<p>Body.</p><p>Источники: <a href="https://e.org/a?x=1&amp;y=2">Page; one</a>; '
        'A book; <a href="https://e.org/b">B</a></p>'
    )
    rest, sources = split_sources(html)
    assert rest == "<p>Body.</p>"
    assert sources == [
        WebLink("https://e.org/a?x=1&y=2", "Page; one"),
        WebLink("", "A book"),
        WebLink("https://e.org/b", "B"),
    ]
    italian = "<p>Testo.</p><p>Fonti: Un libro</p>"
    assert split_sources(italian) == ("<p>Testo.</p>", [WebLink("", "Un libro")])


def test_a_sources_paragraph_not_at_the_end_is_body_text():
    html = "<p>Sources: the archive</p><p>More text.</p>"
    assert split_sources(html) == (html, [])


def test_sources_read_back_become_the_cards_sources_not_body(tmp_path):
    text = (
        "<p>The summary.</p><p>The body.</p>"
        '<p>Sources: <a href="https://e.org/page">A page</a>; A book</p>'
    )
    source = tmp_path / "timeline.json"
    event = {"start_date": {"year": 1999}, "text": {"headline": "Event", "text": text}}
    source.write_text(json.dumps({"events": [event]}), encoding="utf-8")
    collection, _, _ = converted(tmp_path, "timelinejs", source)
    event_card = card(collection, "Event")
    assert (event_card.summary["en"], event_card.body["en"]) == ("The summary.", "The body.")
    sources = {s.id: s for s in collection.sources}
    assert [(sources[i].title, sources[i].url) for i in event_card.sources] == [
        ("A page", "https://e.org/page"),
        ("A book", None),
    ]
