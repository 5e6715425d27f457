"""Loading the compiled interface translations (.qm, built from assets/translations/*.ts)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from explorer.store.locations import ASSETS

TRANSLATIONS = ASSETS / "translations"
log = logging.getLogger(__name__)


def qm_path(language: str):
    return TRANSLATIONS / f"explorer_{language}.qm"


def install_translators(app: QCoreApplication, language: str = "en") -> list[QTranslator]:
    """Install Qt's own and the explorer's translators for ``language``; returns them so
    the caller keeps them alive."""
    installed = []
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(QLocale(language), "qtbase", "_", qt_folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    translator = QTranslator(app)
    if translator.load(str(qm_path(language))):
        app.installTranslator(translator)
        installed.append(translator)
    else:
        log.warning("no compiled interface translation at %s; run the build", qm_path(language))
    return installed
