"""Where the compiled interface translations are: .qm files built from the .ts beside them."""

from __future__ import annotations

from explorer.store.locations import ASSETS

TRANSLATIONS = ASSETS / "translations"


def qm_path(language: str):
    return TRANSLATIONS / f"explorer_{language}.qm"
