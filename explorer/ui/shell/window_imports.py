"""Importing a content pack from the window: choosing it, the progress strip, the outcome.

A timeline in another format (TimelineJS JSON or its spreadsheet template as CSV, SIMILE
XML or JSON) may be chosen too: it is converted first, then imported as a pack; what the
conversion could not carry over is counted in the notice and listed in full in the log, as
are the pack check's warnings (markup left in a plain text).

A pack that would replace one from elsewhere is imported only after the person agrees. A
refused pack is explained in the notice bar; nothing was changed. A pack imported makes
the window emit ``content_changed``, for whoever opened it to open it again on the new
content (see ``app.reopen_window``).
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt

from explorer.content.import_progress import READING, ImportStep
from explorer.content.problems import printable, warning_lines
from explorer.domain.wording import fill
from explorer.ui.shell.import_progress_bar import ImportProgressBar
from explorer.ui.shell.problem_text import refusal_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from explorer.content.convert.import_timeline import TimelineImported
    from explorer.content.convert.pack_builder import PackOptions
    from explorer.content.convert.report import Loss
    from explorer.content.library import ImportReport, PackTakeover
    from explorer.ui.shell.main_window import MainWindow
    from explorer.ui.shell.pack_import import PackImport

log = logging.getLogger(__name__)


def pack_of(chosen: Path) -> Path:
    """The pack a chosen file stands for: a folder pack is chosen by its manifest.json."""
    return chosen.parent if chosen.name == "manifest.json" else chosen


def imported_notice(outcome: ImportReport | TimelineImported) -> Callable[[], str]:
    """What a pack's import did, in the interface language of the moment; for a timeline,
    with how many of its things were not carried over as they were."""
    # Not imported before: the converters are no part of drawing the window.
    from explorer.content.convert.import_timeline import TimelineImported

    report = outcome.report if isinstance(outcome, TimelineImported) else outcome

    def text() -> str:
        if report.unchanged:
            told = QCoreApplication.translate(
                "WindowImports", "“%1” version %2 was already imported; nothing changed."
            )
        else:
            told = QCoreApplication.translate(
                "WindowImports", "Imported “%1” version %2. Cards in it: %3."
            )
        cards = QLocale().toString(report.cards)
        told = fill(told, [report.pack_id, report.version, cards])
        if isinstance(outcome, TimelineImported):
            told += " " + conversion_notice(outcome.conversion.losses)
        warned = len(report.warnings) + report.unlisted_warnings
        if warned:
            told += " " + WarningWords().counted(warned)
        return told

    return text


def conversion_notice(losses: list[Loss]) -> str:
    """How many things of a converted timeline were not carried over as they were, by the
    field they were in (named as the converter names them)."""
    if not losses:
        return QCoreApplication.translate(
            "WindowImports", "Everything in the timeline was carried over."
        )
    by_field = Counter(loss.field for loss in losses)
    fields = ", ".join(
        f"{name} {QLocale().toString(count)}" for name, count in by_field.most_common()
    )
    told = QCoreApplication.translate(
        "WindowImports",
        "Things in the timeline not carried over as they were: %1 (%2). The log lists them.",
    )
    return fill(told, [QLocale().toString(len(losses)), fields])


class WarningWords(QObject):
    """The words for a pack's warnings (a QObject for its plural-aware ``tr``)."""

    def counted(self, count: int) -> str:
        return self.tr(
            "%n text(s) of the pack may need a look (markup in plain text); the log lists them.",
            "",
            count,
        )


class WindowImports(QObject):
    def __init__(self, window: MainWindow, bar_parent: QWidget):
        """The progress bar is made in ``bar_parent``, where the window shows it."""
        super().__init__(window)
        self.window = window
        self.bar = ImportProgressBar(bar_parent)
        self._database = window.store.path
        self._allowed = self._database is not None
        self._pack_import: PackImport | None = None
        self._options: PackOptions | None = None
        """The options of the timeline being imported, for importing it again in place."""
        if not self._allowed:
            window.top_bar.import_button.hide()

    @property
    def pack_import(self) -> PackImport | None:
        """What imports, made when it is first needed (a start need not load it); None
        where importing is not allowed."""
        if not self._allowed:
            return None
        if self._pack_import is None:
            from explorer.ui.shell.pack_import import PackImport

            made = PackImport(self._database, self)
            made.progressed.connect(self.bar.show_step)
            made.imported.connect(self._imported)
            made.takes_over.connect(self._takes_over)
            made.refused.connect(self._refused)
            made.cancelled.connect(self._cancelled)
            self.bar.cancel_button.clicked.connect(made.cancel)
            self._pack_import = made
        return self._pack_import

    def allow(self, allowed: bool) -> None:
        """Offer importing or not (a kiosk does not)."""
        self._allowed = allowed and self._database is not None
        self.window.top_bar.import_button.setVisible(self._allowed)

    def choose_pack(self) -> None:
        """Ask for a pack (a .zip, or a folder's manifest.json) or a timeline to convert,
        and import it."""
        if self.pack_import is None or self.pack_import.busy:
            return
        # The dialogs are imported when asked for: making their PySide6 classes (and enums)
        # is no part of drawing the window.
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self.window, self.tr("Import a content pack"))
        dialog.setNameFilters(
            [
                self.tr("Content packs and timelines (*.zip manifest.json *.json *.csv *.xml)"),
                self.tr("Content packs (*.zip manifest.json)"),
                self.tr("TimelineJS or SIMILE timelines (*.json *.csv *.xml)"),
            ]
        )
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        # Qt's own Italian and Russian leave these two in English.
        dialog.setLabelText(QFileDialog.DialogLabel.LookIn, self.tr("Look in:"))
        dialog.setLabelText(QFileDialog.DialogLabel.FileType, self.tr("Files of type:"))
        if dialog.exec() and dialog.selectedFiles():
            self.import_chosen(pack_of(Path(dialog.selectedFiles()[0])))

    def import_chosen(self, pack: Path) -> bool:
        """Import the pack chosen; for a timeline, ask first what it is to become (its
        texts' language, title and licence). False when nothing starts."""
        from explorer.content.convert.detect_format import is_timeline_file

        if not is_timeline_file(pack):
            return self.import_pack(pack)
        from explorer.ui.shell.timeline_options_dialog import TimelineOptionsDialog

        dialog = TimelineOptionsDialog(self.window, pack, self.window.language)
        options = dialog.options() if dialog.exec() else None
        dialog.deleteLater()
        return options is not None and self.import_pack(pack, options=options)

    def import_pack(
        self, pack: Path, *, replace: bool = False, options: PackOptions | None = None
    ) -> bool:
        """Import ``pack`` (or convert the timeline file ``pack`` with ``options``, then
        import it) in the background; False when importing is not possible now."""
        from explorer.content.convert.detect_format import is_timeline_file

        importer = self.pack_import
        if importer is None or not importer.start(pack, replace=replace, options=options):
            return False
        self._options = options
        self.bar.begin(pack.name, READING if is_timeline_file(pack) else ImportStep.CHECKING)
        return True

    def wait(self) -> None:
        if self._pack_import is not None:
            self._pack_import.wait()

    def _imported(self, outcome: ImportReport | TimelineImported) -> None:
        from explorer.content.convert.import_timeline import TimelineImported

        self.bar.hide()
        if isinstance(outcome, TimelineImported):
            log.info("%s", outcome.conversion.text(None).rstrip("\n"))  # in English, in full
        report = outcome.report if isinstance(outcome, TimelineImported) else outcome
        for line in warning_lines(report.warnings, report.unlisted_warnings):
            log.warning("%s", line)
        self.window.content_changed.emit(outcome)

    def _takes_over(self, pack: Path, takeover: PackTakeover) -> None:
        if self.confirm_takeover(refusal_text(takeover)):
            self.import_pack(pack, replace=True, options=self._options)
            return
        self.bar.hide()
        self.window.show_notice(lambda: self.tr("Nothing was imported."))

    def confirm_takeover(self, message: str) -> bool:
        """Ask whether the pack may replace the one it names."""
        from PySide6.QtWidgets import QMessageBox

        title = self.tr("Replace a pack?")
        box = QMessageBox(QMessageBox.Icon.Question, title, message, parent=self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(self.tr("Import it in place of the pack already there?"))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _cancelled(self) -> None:
        self.bar.hide()
        self.window.show_notice(lambda: self.tr("Import cancelled. Nothing was changed."))

    def _refused(self, reason: BaseException | str) -> None:
        self.bar.hide()
        log.warning("Nothing was imported: %s", reason)  # in English, the system's words as written
        # Said again at each change of language; what is quoted from the pack stays as written.
        # Imported here: the converters are no part of drawing the window.
        from explorer.content.convert.errors import ConvertError

        if isinstance(reason, ConvertError):  # the converter's English message, as written
            quoted = printable(str(reason))
            self.window.show_notice(
                lambda: fill(
                    self.tr("Nothing was imported: the timeline could not be converted: %1"),
                    [quoted],
                )
            )
            return
        self.window.show_notice(
            lambda: fill(self.tr("Nothing was imported: %1"), [refusal_text(reason)])
        )
