"""Derive the Kazakh Latin interface translation from the Kazakh Cyrillic one.

    python -m tools.kazakh_latin_ts explorer/assets/translations/explorer_kk.ts \
        build/explorer_kk-Latn.ts

Every translation is transliterated to the 2021 Kazakh Latin alphabet; the build compiles the
result like the other languages. The derived .ts is never committed, its compiled .qm is.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from explorer.domain.transliteration import kazakh_latin


def derive(source: Path, target: Path) -> None:
    tree = ElementTree.parse(source)
    root = tree.getroot()
    root.set("language", "kk_KZ")
    for translation in root.iter("translation"):
        forms = translation.findall("numerusform") or [translation]
        for form in forms:
            if form.text:
                form.text = kazakh_latin(form.text)
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    derive(Path(argv[0]), Path(argv[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
