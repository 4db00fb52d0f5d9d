"""The main window: navigation on the left, pages on the right, a status bar below."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import ROLE_LABELS, Permission
from gridesk.core.backup_files import latest_backup
from gridesk.errors import StoreError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import translated
from gridesk.ui.page import Page
from gridesk.ui.scan import ScanBox, route_scan
from gridesk.ui.widgets.elided_label import ElidedLabel
from gridesk.windows import WINDOWS, load

log = logging.getLogger(__name__)

TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # a navigation item's title without its count


class IdleWatcher(QObject):
    """Emits ``idle`` after the set minutes with no keyboard or mouse input."""

    idle = Signal()
    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseMove,
            QEvent.Type.Wheel,
        }
    )

    def __init__(
        self, minutes: int, parent: QObject | None = None, minute_ms: int = 60_000
    ) -> None:
        super().__init__(parent)
        self._minute_ms = minute_ms  # tests shorten the minute
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self._timer.setInterval(max(1, minutes) * self._minute_ms)
        self._timer.start()

    def remaining_ms(self) -> int:
        return self._timer.remainingTime()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self._timer.start()
        return False


class MainWindow(QMainWindow):
    locked = Signal()
    connection_changed = Signal(bool)
    """The connection to the hall's database was lost (True) or works again (False); emitted
    from whichever thread's unit of work found it, shown on the UI thread."""
    settings_changed = Signal(dict)
    """A page saved the installation's settings (the changed values by key)."""

    def __init__(self, desk: Desk, lock: Callable[[], None]) -> None:
        super().__init__()
        self.desk = desk
        self.setObjectName("mainWindow")
        station = desk.store.station()
        self._station_name = station.name if station else ""
        self.setWindowTitle(self.tr("GriDesk — {station}").format(station=self._station_name))
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(150)
        self.nav.setWordWrap(
            True
        )  # "Care register (65)" in English takes two lines, not an ellipsis
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        self._keys: list[str] = []
        for spec in WINDOWS:
            if spec.permission is not None and not desk.actor.can(Permission(spec.permission)):
                continue
            page: Page = load(spec.page)(desk)
            page.setObjectName(f"page_{spec.key}")
            self.pages[spec.key] = page
            self._keys.append(spec.key)
            self.stack.addWidget(page)
            title = QCoreApplication.translate("windows", spec.title)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setData(TITLE_ROLE, title)
            item.setSizeHint(QSize(140, 48))
            self.nav.addItem(item)
            page.open_page.connect(self._open_page)
            page.open_records.connect(self._open_records)
            page.start_for_resident.connect(self._start_for)
            page.count_changed.connect(lambda n, item=item: self._show_count(item, n))
            page.status_changed.connect(self.refresh_backup_age)
            page.settings_changed.connect(self.settings_changed)
            self._show_count(item, page.count())
        self.nav.currentRowChanged.connect(self._show_page)
        self.scan_box = ScanBox(desk)
        self.scan_box.setFixedWidth(340)
        self.scan_box.scanned.connect(self._scanned)
        self.scan_box.refused.connect(self.say)
        self.scan_message = QLabel()
        self.scan_message.setObjectName("scanMessage")
        top = QHBoxLayout()
        top.setContentsMargins(20, 10, 20, 0)
        top.addWidget(self.scan_message, 1)
        top.addWidget(self.scan_box)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addLayout(top)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self._build_status_bar()
        QShortcut(QKeySequence("Ctrl+L"), self, activated=lock)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, activated=self.scan_box.setFocus)
        for number in range(min(9, len(self._keys))):
            QShortcut(
                QKeySequence(f"Ctrl+{number + 1}"),
                self,
                activated=lambda n=number: self.nav.setCurrentRow(n),
            )
        self.nav.setCurrentRow(0)
        # the screen's size, not a fixed 1366×768: a 1920×1080 laptop at 150 % has 1280×720
        available = self.screen().availableGeometry()
        self.resize(min(1366, available.width()), min(768, available.height()))

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        actor = self.desk.actor
        role = translated("roles", ROLE_LABELS[actor.role])
        self.station_label = QLabel(self.tr("Station: {name}").format(name=self._station_name))
        self.desk_label = QLabel()
        self.desk_label.setObjectName("deskName")
        self._show_desk_name()
        self.connection_label = QLabel(self.tr("The connection to the database is lost; retrying…"))
        self.connection_label.setObjectName("errorText")  # the style sheet's red
        self.connection_label.setVisible(False)
        self._retry = QTimer(self)
        self._retry.setInterval(5_000)
        self._retry.timeout.connect(self._try_connection)
        self.connection_changed.connect(self._show_connection)
        unwatch = self.desk.store.watch_connection(self.connection_changed.emit)
        self.destroyed.connect(lambda *_: unwatch())
        self.settings_changed.connect(self._settings_saved)
        self.user_label = QLabel(
            self.tr("User: {name} ({role})").format(name=actor.display_name, role=role)
        )
        # a path as long as the folder's: shortened in the middle to the room left, whole in
        # the tooltip
        self.db_label = ElidedLabel(
            self.tr("Database: {where}").format(where=self.desk.store.location)
        )
        self.db_label.setMaximumWidth(520)
        self.backup_label = QLabel()
        self.password_button = QToolButton()
        self.password_button.setObjectName("passwordButton")
        self.password_button.setText(self.tr("Change my password…"))
        self.password_button.setAutoRaise(True)
        self.password_button.clicked.connect(self.change_own_password)
        for widget in (
            self.station_label,
            self.desk_label,
            self.user_label,
            self.password_button,
            self.db_label,
            self.connection_label,
        ):
            bar.addWidget(widget)
        self._show_connection(self.desk.store.connection_lost)
        # the windows' own lines (a station's time since its last sync), from the registry
        self.window_status = [(load(w.status), QLabel()) for w in WINDOWS if w.status]
        for _text, label in self.window_status:
            bar.addPermanentWidget(label)
        bar.addPermanentWidget(self.backup_label)
        self.refresh_backup_age()
        timer = QTimer(self)
        timer.timeout.connect(self.refresh_backup_age)
        timer.start(60_000)

    def _show_desk_name(self) -> None:
        name = self.desk.store.desk_name
        self.desk_label.setText(self.tr("Desk: {name}").format(name=name))
        self.desk_label.setVisible(bool(name))

    def _settings_saved(self, values: dict) -> None:  # type: ignore[type-arg]
        if "desk_name" in values:
            self._show_desk_name()

    def _show_connection(self, lost: bool) -> None:
        """A red line while the hall's database does not answer; what is typed stays."""
        self.connection_label.setVisible(lost)
        if lost:
            self._retry.start()
        else:
            self._retry.stop()

    def _try_connection(self) -> None:
        self.desk.store.ping()  # a success tells every watcher, this window included

    def refresh_backup_age(self) -> None:
        for text, label in self.window_status:
            try:
                line = text(self.desk.store)
            except StoreError:  # the hall's server not answering: the red line says so
                continue
            label.setText(line)
            label.setVisible(bool(line))
        latest = latest_backup(self.desk.location.data_dir)
        if latest is None:
            self.backup_label.setText(self.tr("Last backup: never"))
            return
        minutes = int((clock.utcnow() - latest.made_at).total_seconds() // 60)
        if minutes < 60:
            text = self.tr("Last backup: %n minute(s) ago", "", minutes)
        elif minutes < 48 * 60:
            text = self.tr("Last backup: %n hour(s) ago", "", minutes // 60)
        else:
            text = self.tr("Last backup: %n day(s) ago", "", minutes // 1440)
        self.backup_label.setText(text)
        self.backup_label.setProperty("stale", minutes > 48 * 60)

    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self._keys):
            return
        page = self.pages[self._keys[row]]
        self.stack.setCurrentWidget(page)
        page.refresh()

    def show_page(self, key: str) -> Page:
        row = self._keys.index(key)
        self.nav.setCurrentRow(row)
        return self.pages[key]

    def _open_page(self, key: str) -> None:
        if key in self.pages:
            self.show_page(key)

    def _open_records(self, key: str, wanted: dict[str, str]) -> None:
        if key in self.pages:
            self.show_page(key).show_records(wanted)

    def _start_for(self, key: str, resident_id: object) -> None:
        if key in self.pages and isinstance(resident_id, uuid.UUID):
            self.show_page(key).start_for(resident_id)

    @staticmethod
    def _show_count(item: QListWidgetItem, n: int) -> None:
        title = item.data(TITLE_ROLE)
        item.setText(f"{title}  ({n})" if n else title)

    def say(self, text: str) -> None:
        """A short message beside the scan box, kept until the next scan."""
        self.scan_message.setText(text)

    def _scanned(self, kind: str, ident: str) -> None:
        self.say("")
        current = self.stack.currentWidget()
        on_screen = current if isinstance(current, Page) else None
        self.say(route_scan(kind, ident, self.pages, self.show_page, on_screen))

    def change_own_password(self) -> None:
        from gridesk.ui.own_password import OwnPasswordDialog

        dialog = OwnPasswordDialog(self.desk, self)
        if dialog.exec():
            self.say(self.tr("Your password is changed."))

    def page_keys(self) -> list[str]:
        return list(self._keys)

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        QApplication.closeAllWindows()
        super().closeEvent(event)
