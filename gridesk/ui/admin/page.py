"""管理 (placeholder until the admin page lands)."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gridesk.ui.desk import Desk


class AdminPage(QWidget):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        QVBoxLayout(self).addWidget(QLabel(self.tr("Admin")))
