"""备份: copies of the database, made now or restored from; for a shared server, its own tools."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.backup import Restored, backup_now, check_backup_file, restore
from gridesk.core.backup_files import BackupFile, backup_dir, list_backups
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.lazy_model import Column
from gridesk.ui.messages import confirm, show_error
from gridesk.ui.widgets.jobs import BackgroundJob
from gridesk.ui.widgets.message_line import say
from gridesk.ui.widgets.row_table import RowTable, heading, local_time

log = logging.getLogger(__name__)


class BackupsTab(QWidget):
    MADE_AT, REASON, SIZE, FILE = range(4)

    backups_changed = Signal()
    restored = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._reasons = {
            "manual": self.tr("Made by hand"),
            "daily": self.tr("Daily"),
            "close": self.tr("At closing"),
            "before_upgrade": self.tr("Before an update"),
            "before_restore": self.tr("Before a restore"),
        }
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(heading(self.tr("Database")))
        self.location_label = QLabel(desk.store.location)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.location_label.setWordWrap(True)
        layout.addWidget(self.location_label)
        self.sqlite = desk.store.sqlite_path is not None
        self._job: BackgroundJob | None = None
        if not self.sqlite:
            self._server_tab(layout)
            return
        folder = QLabel(
            self.tr("Backups are kept in {folder}").format(
                folder=backup_dir(desk.location.data_dir)
            )
        )
        folder.setObjectName("subtle")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        locale = QLocale()
        self.table = RowTable(
            [
                Column(self.tr("Made at"), lambda b: local_time(b.made_at), width=170),
                Column(self.tr("Why"), lambda b: self._reasons.get(b.reason, b.reason), width=170),
                Column(
                    self.tr("Size"),
                    lambda b: locale.formattedDataSize(b.size),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    width=110,
                ),
                Column(self.tr("File"), lambda b: b.path.name, width=360),
            ],
            key=lambda b: b.path,
        )
        self.table.setObjectName("backupTable")
        layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.restore_button = QPushButton(self.tr("Restore selected…"))
        self.restore_file_button = QPushButton(self.tr("Restore from file…"))
        for button in (self.backup_button, self.restore_button, self.restore_file_button):
            bottom.addWidget(button)
        layout.addLayout(bottom)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.current_changed.connect(
            lambda: self.restore_button.setEnabled(self.table.current() is not None)
        )

    def _server_tab(self, layout: QVBoxLayout) -> None:
        """A desk of a hall: the server's database dumped (pg_dump) into this desk's backups
        folder, and a dump restored in its place (pg_restore), refused while another desk is
        connected; both off the UI thread."""
        note = QLabel(
            self.tr(
                "This desk works on the hall's shared database server. A backup is a dump of "
                "the whole database (made with pg_dump); restoring one (with pg_restore) replaces "
                "the hall's database for every desk, and is refused while another desk is "
                "connected."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        folder = QLabel(
            self.tr("Backups are kept in {folder}").format(
                folder=backup_dir(self.desk.location.data_dir)
            )
        )
        folder.setObjectName("subtle")
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(folder)
        bottom = QHBoxLayout()
        self.message = QLabel()
        self.message.setWordWrap(True)
        bottom.addWidget(self.message, 1)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.setObjectName("primary")
        self.restore_file_button = QPushButton(self.tr("Restore from file…"))
        bottom.addWidget(self.backup_button)
        bottom.addWidget(self.restore_file_button)
        layout.addLayout(bottom)
        layout.addStretch(1)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_file_button.clicked.connect(self.restore_from_file)

    def _busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.restore_file_button.setEnabled(not busy)

    def refresh(self) -> None:
        if not self.sqlite:
            return
        backups = list_backups(self.desk.location.data_dir)
        self.table.set_rows(backups)
        if self.table.current() is None and backups:
            self.table.selectRow(0)

    def back_up_now(self) -> None:
        db_path = self.desk.store.sqlite_path
        if db_path is None:
            self._busy(True)
            say(self.message, self.tr("Backing up the hall's database…"))
            self._job = BackgroundJob(
                lambda _progress, _cancelled: backup_now(self.desk.store, self.desk.actor),
                self._dumped,
                self._dump_failed,
                parent=self,
            )
            self._job.start_work()
            return
        try:
            made = backup_now(self.desk.store, self.desk.actor)
        except (GrideskError, OSError) as exc:
            log.exception("backup failed")
            say(
                self.message,
                self.tr("The backup failed: {reason}").format(reason=_reason(exc)),
                error=True,
            )
            return
        self.refresh()
        self.table.select_key(made)
        say(self.message, self.tr("Backed up to {file}.").format(file=made.name))
        self.backups_changed.emit()

    def _dumped(self, made: object) -> None:
        self._busy(False)
        assert isinstance(made, Path)
        say(self.message, self.tr("Backed up to {file}.").format(file=made.name))
        self.backups_changed.emit()

    def _dump_failed(self, exc: BaseException) -> None:
        self._busy(False)
        log.error("backup of the server failed", exc_info=exc)
        say(
            self.message,
            self.tr("The backup failed: {reason}").format(reason=_reason(exc)),
            error=True,
        )

    def restore_selected(self) -> None:
        backup: BackupFile | None = self.table.current()
        if backup is not None:
            self.restore(backup.path, local_time(backup.made_at))

    def restore_from_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            str(backup_dir(self.desk.location.data_dir)),
            self.tr("GriDesk backups (*.db);;All files (*)")
            if self.sqlite
            else self.tr("Backups of the hall's server (*.dump);;All files (*)"),
        )
        if name:
            self.restore(Path(name), Path(name).name)

    def restore(self, backup: Path, label: str) -> None:
        """Put a backup in place of the database, then close: every window holds old data."""
        try:
            check_backup_file(backup)
        except GrideskError as exc:
            show_error(self, exc)
            return
        if not self.sqlite:
            self._restore_server(backup, label)
            return
        question = self.tr(
            "Replace the whole database with the backup {backup}?\n\n"
            "Everything entered after that backup is lost. The current database is backed up "
            "first. GriDesk then closes and must be started again."
        ).format(backup=label)
        if not confirm(self, question, self.tr("Restore a backup")):
            return
        try:
            done = restore(self.desk.store, backup, self.desk.actor)
        except (GrideskError, OSError) as exc:
            show_error(self, exc)
            return
        self._restored(done)

    def _restore_server(self, backup: Path, label: str) -> None:
        question = self.tr(
            "Replace the hall's whole database with the backup {backup}?\n\n"
            "Everything every desk entered after that backup is lost. Every other desk must be "
            "closed first. The database as it is now is saved first (a dump). GriDesk then "
            "closes and must be started again."
        ).format(backup=label)
        if not confirm(self, question, self.tr("Restore a backup")):
            return
        self._busy(True)
        say(self.message, self.tr("Restoring {backup}…").format(backup=label))
        self._job = BackgroundJob(
            lambda _progress, _cancelled: restore(self.desk.store, backup, self.desk.actor),
            self._restored,
            self._restore_failed,
            parent=self,
        )
        self._job.start_work()

    def _restore_failed(self, exc: BaseException) -> None:
        self._busy(False)
        say(self.message, "")
        show_error(self, exc)

    def _restored(self, done: object) -> None:
        assert isinstance(done, Restored)
        self.restored.emit()
        if done.safety is not None:
            saved = self.tr("The database as it was before is saved as {file}.").format(
                file=done.safety
            )
        else:
            saved = self.tr("There was no database before it to save.")
        QMessageBox.information(
            self,
            self.tr("Backup restored"),
            self.tr(
                "The backup is in place. GriDesk will now close; start it again to go on working."
            )
            + "\n\n"
            + saved,
        )
        QApplication.quit()


def _reason(exc: BaseException) -> str:
    return error_text(exc) if isinstance(exc, GrideskError) else str(exc)
