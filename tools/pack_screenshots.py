"""Render a pack as a curator first sees it after importing it: its timeline, whole, and a card.

    .venv/bin/python -m tools.pack_screenshots PACK CARD-ID OUT-DIR [PREFIX]

The pack is imported into a throwaway data folder beside the bundled collection; the window
is drawn offscreen and its views saved as OUT-DIR/PREFIX-timeline.png (as the timeline
opens), OUT-DIR/PREFIX-timeline-all.png (after "Fit all") and OUT-DIR/PREFIX-card.png.
docs/importing.md shows them.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def main(arguments: list[str]) -> int:
    pack, card_id, out = Path(arguments[0]), arguments[1], Path(arguments[2])
    prefix = arguments[3] if len(arguments) > 3 else "imported"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["EXPLORER_HOME"] = tempfile.mkdtemp(prefix="pack-screenshots-")
    from explorer.content.importer import import_pack
    from explorer.store.locations import content_database_path
    from explorer.ui.shell.app import create_application, create_main_window
    from explorer.ui.shell.screenshots import SIZE, settle

    app = create_application()
    window = create_main_window(app)  # the bundled collection's database, made
    window.close()
    import_pack(pack, content_database_path())
    window = create_main_window(app)
    window.resize(*SIZE)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    window.session.show_view("timeline")
    settle(window)
    shots = [_grab(window, out / f"{prefix}-timeline.png")]
    window.timeline_page.view.fit_all()
    shots.append(_grab(window, out / f"{prefix}-timeline-all.png"))
    window.open_card(window.store.resolve_card(card_id) or card_id)
    shots.append(_grab(window, out / f"{prefix}-card.png"))
    for shot in shots:
        print(shot)
    window.close()
    return 0


def _grab(window, path: Path) -> Path:
    from explorer.ui.shell.screenshots import settle

    settle(window, 300)
    window.grab().save(str(path), "PNG")
    return path


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
