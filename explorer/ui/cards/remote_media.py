"""What a card page shows for a remote medium: never fetched (the explorer works offline),
only named by its kind, caption, credit and address, all as plain, selectable text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from explorer.domain.entities import Media, MediaKind
from explorer.ui.widgets.wrapping_label import WrappingLabel


def media_kind_name(kind: MediaKind) -> str:
    names = {
        MediaKind.IMAGE: QCoreApplication.translate("RemoteMedia", "Picture"),
        MediaKind.VIDEO: QCoreApplication.translate("RemoteMedia", "Video"),
        MediaKind.AUDIO: QCoreApplication.translate("RemoteMedia", "Sound recording"),
        MediaKind.MAP: QCoreApplication.translate("RemoteMedia", "Map"),
        MediaKind.PAGE: QCoreApplication.translate("RemoteMedia", "Web page"),
    }
    return names[kind]


class RemoteMediaPlaceholder(QFrame):
    """Stands where the picture would be: the kind, the caption, the credit and the address
    (text to copy, not a live link)."""

    def __init__(
        self, media: Media, caption: str, credit: str, width: int, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("remoteMedia")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        heading = self.tr("%1 kept online, not shown here").replace(
            "%1", media_kind_name(media.kind)
        )
        self.heading = self._line(heading, "sectionTitle")
        self.caption = self._line(caption)
        self.credit = self._line(credit, "muted")
        self.address = self._line(media.url or "", "muted")
        for label in (self.heading, self.caption, self.credit, self.address):
            if label.text():
                layout.addWidget(label)
        self.setAccessibleName(heading)

    def _line(self, text: str, name: str | None = None) -> WrappingLabel:
        label = WrappingLabel(text)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setOpenExternalLinks(False)
        if name:
            label.setObjectName(name)
        return label
