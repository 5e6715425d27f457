"""Paint an illustration for every card of a content pack and describe it in media.json.

    python -m tools.illustrate PACK_DIR

Reads PACK_DIR/cards.json and PACK_DIR/categories.json, writes PACK_DIR/media/<card-id>.jpg
and PACK_DIR/media.json. Each card listed in ``tools.illustration_catalogue.SCENES`` gets its
own scene; any other card gets the scene of its category (or a landscape), framed afresh for
it, and the tool names those cards in its output. The same input always gives byte-identical
output: every choice is drawn from a generator seeded with a hash of the card id.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image

from tools.illustration_catalogue import SCENES, Scene
from tools.illustration_paint import LIGHTS, Canvas

SIZE = (1200, 800)
SCALE = 2
JPEG_QUALITY = 88
MAX_BYTES = 150_000
LANGUAGES = ("en", "it", "kk", "ru")
CREDIT = "Illustration generated for the Italy–Kazakhstan Cultural Explorer"
LICENCE = "CC0 1.0"
ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")

CATEGORY_SCENES = {
    "history": "codex-cumanicus",
    "arts": "kasteev-museum",
    "education": "double-degree-programmes",
    "diplomacy": "diplomatic-relations-1992",
    "economy": "record-trade-2024",
    "transport": "neos",
    "society": "peoples-of-kazakhstan",
}
"""The scene a card without its own borrows, by category; other categories get LANDSCAPE."""
LANDSCAPE = "tourism-landscapes"


class IllustrationError(ValueError):
    """The pack cannot be illustrated; the message names the card and the field."""


@dataclass(frozen=True)
class Picture:
    image: Image.Image
    scene: Scene
    shows: frozenset[str]
    """The landmarks and things painted, as the painters named them (``Canvas.drew``)."""


@dataclass
class Report:
    entries: list[dict]
    fell_back: list[str] = field(default_factory=list)
    """Ids of the cards that got their category's scene for want of their own."""


def seeded(card_id: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(card_id.encode()).digest()[:8], "big"))


def scene_for(card: Mapping) -> tuple[Scene, bool]:
    """The card's own scene, or its category's and True to say it fell back."""
    own = SCENES.get(card["id"])
    if own:
        return own, False
    return SCENES[CATEGORY_SCENES.get(card.get("category", ""), LANDSCAPE)], True


def paint(
    scene: Scene,
    card_id: str,
    size: tuple[int, int] = SIZE,
    scale: int = SCALE,
    reframe: bool = False,
) -> Picture:
    """Paint ``scene`` at ``size``, drawn ``scale`` times larger and reduced for smooth edges.

    ``reframe`` crops a card-specific part of the scene, so that cards falling back on the same
    scene still get different pictures.
    """
    rng = seeded(card_id)
    canvas = Canvas(LIGHTS[scene.light], rng, (size[0] * scale, size[1] * scale))
    scene.paint(canvas)
    image = canvas.finish()
    if reframe:
        zoom = rng.uniform(1.12, 1.3)
        width, height = image.width / zoom, image.height / zoom
        left = rng.uniform(0, image.width - width)
        top = rng.uniform(0, image.height - height)
        image = image.crop((round(left), round(top), round(left + width), round(top + height)))
    return Picture(image.resize(size, Image.Resampling.LANCZOS), scene, frozenset(canvas.drew))


def encode_jpeg(image: Image.Image) -> bytes:
    for quality in range(JPEG_QUALITY, 50, -4):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, progressive=False, optimize=True)
        if buffer.tell() < MAX_BYTES:
            break
    return buffer.getvalue()


FALLBACK_CAPTION = (
    "Illustration for “{title}”",
    "Illustrazione per «{title}»",
    "«{title}» карточкасына арналған иллюстрация",
    "Иллюстрация к карточке «{title}»",
)
FALLBACK_ALT = (
    "Part of a scene: {alt}",
    "Parte di una scena: {alt}",
    "Көріністің бір бөлігі: {alt}",
    "Часть сцены: {alt}",
)
"""A card drawn from its category's scene shows a cropped part of it: its caption names the
card, and its alt text says that not all it describes may be in view."""


def media_entry(card: Mapping, scene: Scene, fell_back: bool = False) -> dict:
    caption, alt = scene.caption, scene.alt
    if fell_back:
        titles = card.get("title") or {}
        caption = tuple(
            template.format(title=titles.get(language) or titles.get("en") or card["id"])
            for template, language in zip(FALLBACK_CAPTION, LANGUAGES, strict=True)
        )
        alt = tuple(
            template.format(alt=text) for template, text in zip(FALLBACK_ALT, alt, strict=True)
        )
    return {
        "id": card["id"],
        "file": f"media/{card['id']}.jpg",
        "credit": CREDIT,
        "licence": LICENCE,
        "caption": dict(zip(LANGUAGES, caption, strict=True)),
        "alt": dict(zip(LANGUAGES, alt, strict=True)),
        "illustration": True,
    }


# --- pack ----------------------------------------------------------------------------------


def load_json_array(path: Path) -> list[dict]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise IllustrationError(f"{path}: file not found") from None
    except json.JSONDecodeError as error:
        raise IllustrationError(f"{path}: not valid JSON ({error})") from None
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        raise IllustrationError(f"{path}: expected a JSON array of objects")
    return data


def check_cards(cards: Sequence[Mapping], categories: Sequence[Mapping]) -> None:
    known = {category.get("id") for category in categories}
    for card in cards:
        card_id = card.get("id")
        if not isinstance(card_id, str) or not ID_PATTERN.fullmatch(card_id):
            raise IllustrationError(f"cards.json: {card_id!r}: id: not a valid id")
        if card.get("category") not in known:
            raise IllustrationError(
                f"cards.json: {card_id}: category: unknown category {card.get('category')!r}"
            )


def illustrate_pack(pack: Path) -> Report:
    categories = load_json_array(pack / "categories.json")
    cards = load_json_array(pack / "cards.json")
    check_cards(cards, categories)
    (pack / "media").mkdir(exist_ok=True)
    report = Report([])
    for card in cards:
        scene, fell_back = scene_for(card)
        picture = paint(scene, card["id"], reframe=fell_back)
        (pack / "media" / f"{card['id']}.jpg").write_bytes(encode_jpeg(picture.image))
        report.entries.append(media_entry(card, scene, fell_back))
        if fell_back:
            report.fell_back.append(card["id"])
    text = json.dumps(report.entries, ensure_ascii=False, indent=2) + "\n"
    (pack / "media.json").write_text(text, encoding="utf-8")
    return report


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tools.illustrate",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("pack", type=Path, help="pack folder with cards.json and categories.json")
    args = parser.parse_args(argv)
    try:
        report = illustrate_pack(args.pack)
    except IllustrationError as error:
        print(f"illustrate: {error}", file=sys.stderr)
        return 1
    print(f"wrote {len(report.entries)} illustrations to {args.pack / 'media'} and media.json")
    if report.fell_back:
        print(
            f"{len(report.fell_back)} cards have no scene of their own and got their "
            f"category's: {', '.join(report.fell_back)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
