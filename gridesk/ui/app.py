"""Starting the desktop app: fonts, language, the database, first run, sign-in, main window."""

from __future__ import annotations

import logging
import sys
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog

from gridesk import clock
from gridesk.config import DEMO_ADMIN, Location, peek_station, setup_logging
from gridesk.errors import GrideskError
from gridesk.ui.fonts import install_fonts
from gridesk.ui.i18n import DEFAULT_LANGUAGE, error_text, install_language
from gridesk.ui.messages import install_excepthook
from gridesk.ui.style import STYLE_SHEET
from gridesk.ui.widgets.jobs import UiThreadCollector

if TYPE_CHECKING:
    from gridesk.core.store import Store
    from gridesk.ui.desk import Desk
    from gridesk.ui.sign_in import SignInDialog

log = logging.getLogger(__name__)

DEMO_RESIDENTS = 3000
DAILY = timedelta(hours=24)


def make_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    if not app.property("collectsOnUiThread"):
        UiThreadCollector.hold()  # for the application's whole life
        app.setProperty("collectsOnUiThread", True)
    app.setApplicationName("GriDesk")
    app.setOrganizationName("GriDesk")
    install_fonts(app)
    app.setStyleSheet(STYLE_SHEET)
    install_language(app, DEFAULT_LANGUAGE)
    return app


def open_store_with_message(where: Location) -> Store | None:
    from gridesk.core.store import open_store

    try:
        return open_store(where.db_url, where.data_dir)
    except GrideskError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("app", "GriDesk cannot open its database"),
            error_text(exc),
        )
        return None


def prepare_demo(store: Store) -> None:
    """A demo database ready to try: a station, the demo admin, realistic residents."""
    from gridesk.core.setup import initialise
    from gridesk.demo import fill_demo

    actor = initialise(
        store,
        station_name="阳光社区党群服务中心（演示）",
        station_code="YG",
        admin_username=DEMO_ADMIN[0],
        admin_password=DEMO_ADMIN[1],
        admin_display_name="演示管理员",
        address="幸福路 88 号",
        hotline="0531-88886666",
    )
    progress = QProgressDialog(
        QCoreApplication.translate("app", "Preparing the demo database…"), "", 0, DEMO_RESIDENTS
    )
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)

    def step(done: int, total: int) -> None:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()

    fill_demo(store, actor, residents=DEMO_RESIDENTS, seed=2026, progress=step, history=True)
    progress.close()


def backup_if_due(desk: Desk, reason: str, *, force: bool = False) -> bool:
    """Backups never stop the desk: whatever goes wrong is logged and shown in the status
    bar's age of the last backup; False when a backup was due and failed."""
    from gridesk.core.backup_files import latest_backup, make_backup

    try:
        path = desk.store.sqlite_path
        if path is None:
            return True
        latest = latest_backup(desk.location.data_dir)
        if not force and latest is not None and clock.utcnow() - latest.made_at < DAILY:
            return True
        make_backup(path, desk.location.data_dir, reason=reason)  # kept as the admin says
    except Exception:  # any failure at all: the desk goes on, the next hour tries again
        log.exception("automatic backup failed")
        return False
    return True


def clean_up_after_crashes(data_dir: Path, db_path: Path | None) -> None:
    """What an interrupted backup or restore left (never in the way of starting)."""
    from gridesk.core.backup_files import clean_leftovers

    try:
        clean_leftovers(data_dir, db_path)
    except Exception:
        log.exception("could not clean up after an interrupted backup")


class Session:
    """One run of the app from sign-in to quit; the lock screen signs the same user back in."""

    def __init__(self, app: QApplication, store: Store, where: Location, demo: bool) -> None:
        self.app = app
        self.store = store
        self.where = where
        self.demo = demo
        self.window = None
        self.desk: Desk | None = None

    def sign_in(self, dialog: SignInDialog | None = None) -> bool:
        from gridesk.ui.desk import Desk
        from gridesk.ui.sign_in import SignInDialog

        if dialog is None:
            station = self.store.station()
            dialog = SignInDialog(self.store, station.name if station else "", demo=self.demo)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.actor is None:
            return False
        self.desk = Desk(self.store, dialog.actor, self.where, self.demo)
        from gridesk.core.open_desks import signed_in

        signed_in(dialog.actor.username)  # a restore elsewhere names who has the database open
        return True

    def show_main(self) -> None:
        from gridesk.ui.main_window import IdleWatcher

        assert self.desk is not None
        self.idle = IdleWatcher(int(self.store.setting("idle_lock_minutes", 10)), self.app)
        self.app.installEventFilter(self.idle)
        self.idle.idle.connect(self.lock)
        self._open_window()
        clean_up_after_crashes(self.where.data_dir, self.store.sqlite_path)
        self._daily = QTimer(self.app)
        self._daily.timeout.connect(lambda: backup_if_due(self.desk, "daily"))  # type: ignore[arg-type]
        self._daily.start(60 * 60 * 1000)
        backup_if_due(self.desk, "daily")

    def _open_window(self) -> None:
        from gridesk.ui.main_window import MainWindow

        assert self.desk is not None
        self.window = MainWindow(self.desk, self.lock)
        self.window.settings_changed.connect(self._settings_saved)
        self.window.showMaximized()  # the desk's whole screen, whatever its size and scale

    def _settings_saved(self, values: dict) -> None:  # type: ignore[type-arg]
        if "idle_lock_minutes" in values:
            self.idle.set_minutes(int(values["idle_lock_minutes"]))

    def lock(self) -> None:
        """Ctrl+L or idle minutes: every window is covered until the user unlocks; another
        user signing in (a shift change) gets a main window of their own and what the first
        had open is closed."""
        from gridesk.ui.desk import Desk
        from gridesk.ui.lock import close_dialogs, cover, open_windows
        from gridesk.ui.sign_in import SignInDialog

        if self.desk is None or self.window is None or getattr(self, "_locking", False):
            return
        self._locking = True
        try:
            station = self.store.station()
            dialog = SignInDialog(
                self.store,
                station.name if station else "",
                locked_actor=self.desk.actor,
                parent=self.window,
            )
            shown = open_windows()
            curtains = cover(shown)
            dialog.exec()
            for curtain in curtains:
                curtain.lift()
            if dialog.switched and dialog.actor is not None:
                from gridesk.core.open_desks import signed_in

                close_dialogs(shown)
                old = self.window
                self.desk = Desk(self.store, dialog.actor, self.where, self.demo)
                signed_in(dialog.actor.username)
                self._open_window()
                old.hide()  # not close(): closing the main window quits
                old.deleteLater()
            dialog.deleteLater()
        finally:
            self._locking = False

    def close(self) -> None:
        if self.desk is not None:
            backup_if_due(self.desk, "close", force=True)
        self.store.close()


def run_app(where: Location, demo: bool = False) -> int:
    log_path = setup_logging(where.data_dir)
    app = make_application()
    install_excepthook(str(log_path))
    peeked = peek_station(where.db_url)
    early: SignInDialog | None = None
    if peeked is not None:
        # an installation that is set up: show the sign-in window first, open the store behind it
        from gridesk.ui.sign_in import SignInDialog

        install_language(app, peeked[1])
        early = SignInDialog(None, peeked[0], demo=demo)
        early.show()
        app.processEvents()
    if where.needs_password:  # a desk of a hall with no keyring on this computer
        from gridesk.ui.first_run import ask_hall_password

        asked = ask_hall_password(where)
        if asked is None:
            return 0
        where = asked
    store = open_store_with_message(where)
    if store is None:
        return 1
    if early is not None:
        early.set_store(store)
    elif store.is_initialised():
        install_language(app, str(store.setting("language", DEFAULT_LANGUAGE)))
    if not store.is_initialised():
        if demo:
            prepare_demo(store)
        else:
            from gridesk.ui.first_run import FirstRunDialog

            first = FirstRunDialog(store, where=where)
            if first.exec() != QDialog.DialogCode.Accepted:
                store.close()
                return 0
            if first.store is not store:  # joined the hall's database
                store.close()
                store, where = first.store, first.location or where
    session = Session(app, store, where, demo)
    if not session.sign_in(early):
        store.close()
        return 0
    assert session.desk is not None
    from gridesk.ui.desk_name import ask_desk_name_if_unnamed

    ask_desk_name_if_unnamed(session.desk)  # an installation from before desks had names
    session.show_main()
    code = app.exec()
    session.close()
    return code
