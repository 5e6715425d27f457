"""The study sheet PDF: read back with pypdf, in Russian and in Kazakh."""

from __future__ import annotations

import re
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from explorer.domain.transliteration import kazakh_latin
from explorer.ui.print.study_sheet import StudySheetError, write_study_sheet

CARDS = [
    "italy-kazakhstan:abai-bust-rome",
    "italy-kazakhstan:marco-polo",
    "italy-kazakhstan:astana",
]


def text_of(path) -> str:
    """The PDF's text, its runs of spaces, tabs and line breaks made single spaces and its
    ligatures ("ﬁ") letters again."""
    text = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", text).split())


def embedded_fonts(path) -> set[str]:
    """The names of the fonts whose programs the PDF carries."""
    names = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for described in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                descriptor = described.get("/FontDescriptor")
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                if any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                    names.add(str(descriptor["/FontName"]))
    return names


# The sheet's own words, in its language: the bibliography's heading and the page footer.
WORDS = {
    "ru": ("Источники", r"страница 1 из \d"),
    "kk": ("Дереккөздер", r"\d беттің 1-і"),
}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_a_sheet_of_three_cards(qapp, store, tmp_path, language):
    heading, footer = WORDS[language]
    path = tmp_path / f"sheet-{language}.pdf"
    notes = {CARDS[0]: "Посмотреть в Риме: әғқңөұүһі"}
    pages = write_study_sheet(
        path, store, CARDS, title="Поиск: абай", language=language, notes=notes
    )
    assert pages == len(PdfReader(path).pages) >= 3
    text = text_of(path)
    assert "Поиск: абай" in text
    first_title = store.card(CARDS[0]).title[language]
    assert first_title in text  # "Бюст Абая в Риме", "Римдегі Абай бюсті"
    assert "әғқңөұүһі" in text
    # The bibliography: every source once, numbered in order of first citation.
    bibliography = text[text.rindex(heading) :]
    cited = list(dict.fromkeys(s for c in CARDS for s in store.card(c).sources))
    numbers = [int(n) for n in re.findall(r"(?<!\S)(\d+)\. “", bibliography)]
    assert numbers == list(range(1, len(cited) + 1))
    first_source = store.sources(cited[:1])[0]
    assert f"1. “{' '.join(first_source.title.split()[:4])}" in bibliography
    assert re.search(footer, text)
    fonts = embedded_fonts(path)
    assert any("NotoSerif" in name for name in fonts), fonts


def test_the_title_page_says_when_cards_were_left_out(qapp, store, tmp_path, monkeypatch):
    monkeypatch.setattr("explorer.ui.print.study_sheet.MAX_CARDS", 2)
    path = tmp_path / "cut.pdf"
    write_study_sheet(path, store, CARDS, title="Search: abai", language="en", subtitle="Cards")
    text = text_of(path)
    assert "Only the first 2 of the 3 cards found are in this sheet." in text
    assert "Cards in this sheet: 2" in text
    assert " ".join(store.card(CARDS[2]).summary["en"].split()[:6]) not in text


def test_a_failing_write_leaves_no_file(qapp, store, tmp_path):
    target = tmp_path / "missing-folder" / "sheet.pdf"
    with pytest.raises(StudySheetError, match=r"cannot write a PDF at .*missing-folder"):
        write_study_sheet(target, store, CARDS, title="T", language="en")
    assert list(tmp_path.iterdir()) == [], "no folder made and nothing written"


def test_an_unknown_card_is_named_and_nothing_is_written(qapp, store, tmp_path):
    target = tmp_path / "sheet.pdf"
    with pytest.raises(StudySheetError, match="no-such-card"):
        write_study_sheet(target, store, [CARDS[0], "pack:no-such-card"], title="T", language="en")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_sheet_is_kept_when_a_write_fails(qapp, store, tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the earlier sheet")

    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("explorer.store.durable_files.os.replace", broken)
    with pytest.raises(OSError, match="disk full"):
        write_study_sheet(target, store, CARDS[:1], title="T", language="en")
    assert target.read_bytes() == b"the earlier sheet"
    assert list(tmp_path.iterdir()) == [target]


def test_pack_text_is_never_read_as_markup_and_kazakh_latin_is_latin(qapp, store, tmp_path):
    path = tmp_path / "escaped.pdf"
    write_study_sheet(path, store, CARDS[:1], title="<b>A & B</b>", language="kk-Latn")
    text = text_of(path)
    assert "<b>A & B</b>" in text
    assert kazakh_latin(store.card(CARDS[0]).title["kk"]) in text
    assert "qazan" in text  # October: the locale's "қазан", transliterated


@pytest.mark.skipif(sys.platform != "linux", reason="a file-size limit as Linux sets it")
def test_a_full_disk_is_an_error_and_leaves_the_earlier_sheet(qapp, store, tmp_path):
    """A file-size limit fails the write as a full disk does (EFBIG instead of ENOSPC)."""
    import resource
    import signal

    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the earlier sheet")
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)
    ignored = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, limits[1]))
    try:
        with pytest.raises(OSError):
            write_study_sheet(target, store, CARDS, title="T", language="ru")
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        signal.signal(signal.SIGXFSZ, ignored)
    assert target.read_bytes() == b"the earlier sheet"
    assert list(tmp_path.iterdir()) == [target]


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_a_card_title_is_never_left_at_the_foot_of_a_page(qapp, store, tmp_path):
    """Each card's title stands on the page of its picture's caption, never alone below."""
    path = tmp_path / "sheet.pdf"
    card_ids = store.card_ids()[:16]
    write_study_sheet(path, store, card_ids, title="T", language="kk")
    pages = [_flat(page.extract_text()) for page in PdfReader(path).pages]
    checked = 0
    for card_id in card_ids:
        card = store.card(card_id)
        if card.image is None or store.media(card.image).remote:
            continue
        # The title as a heading: followed by the card's dates (a qualifier may lead them).
        heading = re.compile(re.escape(_flat(card.title["kk"])) + r" (?:\S+ )?\d")
        caption = _flat(store.media(card.image).caption["kk"])[:24]
        title_page = next(number for number, text in enumerate(pages) if heading.search(text))
        assert caption in pages[title_page], f"{card_id}: title and picture on different pages"
        checked += 1
    assert checked >= 5


@pytest.mark.parametrize(("language", "circa"), [("ru", "ок. 1254"), ("kk", "шамамен 1254")])
def test_the_words_of_dates_are_in_the_sheet_language_not_the_interface(
    qapp, store, tmp_path, language, circa
):
    path = tmp_path / "sheet.pdf"
    write_study_sheet(path, store, ["italy-kazakhstan:marco-polo"], title="T", language=language)
    text = text_of(path)
    assert circa in text
    assert "c. 1254" not in text  # the English interface's word
