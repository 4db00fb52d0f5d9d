"""管理: users, grids and households, tags, backups, settings; one tab each."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout

from gridesk.core.actor import Permission
from gridesk.ui.admin.backups import BackupsTab
from gridesk.ui.admin.grids import GridsTab
from gridesk.ui.admin.printers import PrintersTab
from gridesk.ui.admin.settings import SettingsTab
from gridesk.ui.admin.tags import TagsTab
from gridesk.ui.admin.users import UsersTab
from gridesk.ui.desk import Desk
from gridesk.ui.page import Page


class AdminPage(Page):
    """Each tab shows only when the role allows it; the services check again on every call.

    ``status_changed`` fires after a backup is made (for the status bar's age of the last
    backup); ``settings_changed`` carries the changed settings by key.
    """

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Admin"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        self.tabs.setDocumentMode(False)
        layout.addWidget(self.tabs, 1)
        can = desk.actor.can
        self.users = UsersTab(desk) if can(Permission.USERS_MANAGE) else None
        self.grids = GridsTab(desk) if can(Permission.CATALOGUE_MANAGE) else None
        self.tags = TagsTab(desk) if can(Permission.CATALOGUE_MANAGE) else None
        self.backups = BackupsTab(desk) if can(Permission.BACKUP_MANAGE) else None
        self.settings = SettingsTab(desk) if can(Permission.SETTINGS_MANAGE) else None
        self.printers = PrintersTab(desk) if can(Permission.SETTINGS_MANAGE) else None
        for tab, text in (
            (self.users, self.tr("Users")),
            (self.grids, self.tr("Grids and households")),
            (self.tags, self.tr("Tags")),
            (self.backups, self.tr("Backups")),
            (self.settings, self.tr("Settings")),
            (self.printers, self.tr("Printers")),
        ):
            if tab is not None:
                self.tabs.addTab(tab, text)
        if self.backups is not None:
            self.backups.backups_changed.connect(self.status_changed)
        if self.settings is not None:
            self.settings.saved.connect(self.settings_changed)
        self.tabs.currentChanged.connect(lambda _index: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        """Show current data in the open tab (others refresh when they are opened)."""
        tab = self.tabs.currentWidget()
        refresh = getattr(tab, "refresh", None)
        if callable(refresh):
            refresh()
