"""The column of view buttons on the left: Cards, Timeline, Map, Numbers, Stories, Quiz,
My collection."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QButtonGroup, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from explorer.store.locations import ASSETS
from explorer.ui.widgets.touch_mode import in_touch_mode

RAIL_WIDTH = 124
VIEWS = (
    ("cards", True),
    ("timeline", True),
    ("map", True),
    ("numbers", True),
    ("stories", True),
    ("quiz", True),
    ("collection", True),
)


class NavigationRail(QWidget):
    view_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rail")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 20, 0, 20)
        layout.setSpacing(6)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for key, enabled in VIEWS:
            button = QToolButton(self)
            button.setObjectName("railButton")
            button.setIcon(QIcon(str(ASSETS / "icons" / f"{key}.svg")))
            button.setIconSize(QSize(26, 26))
            button.setCheckable(True)
            button.setEnabled(enabled)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setMinimumSize(QSize(108, 64))
            button.clicked.connect(lambda _=False, view=key: self.view_selected.emit(view))
            self.group.addButton(button)
            self.buttons[key] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.retranslate()
        self.buttons["cards"].setChecked(True)

    def add_shortcuts(self) -> None:
        """Ctrl+1, Ctrl+2… for the views (the window adds them after its first paint)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        for number, (key, _) in enumerate(VIEWS, start=1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(self.buttons[key].click)

    def show_only(self, views: tuple[str, ...] | list[str]) -> None:
        """Hide the buttons of every view not in ``views``."""
        for key, button in self.buttons.items():
            button.setVisible(key in views)

    def check(self, view: str) -> None:
        """Show ``view`` as the current one (without asking for it)."""
        self.buttons[view].setChecked(True)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Views"))
        names = {
            "cards": self.tr("Cards"),
            "timeline": self.tr("Timeline"),
            "map": self.tr("Map"),
            "numbers": self.tr("Numbers"),
            "stories": self.tr("Stories"),
            "quiz": self.tr("Quiz"),
            "collection": self.tr("My collection"),
        }
        for number, (key, enabled) in enumerate(VIEWS, start=1):
            button, name = self.buttons[key], names[key]
            button.setText(name)
            button.setAccessibleName(name)
            tip = name if enabled else self.tr("%1 (coming soon)").replace("%1", name)
            button.setToolTip(tip if in_touch_mode(self) else f"{tip}  (Ctrl+{number})")
        # As wide as the longest label needs in this language, and never narrower than 124.
        self.setMinimumWidth(max(RAIL_WIDTH, self.layout().sizeHint().width()))
