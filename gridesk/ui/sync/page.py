"""同步: packs in and out, conflicts for a person to resolve, stations not heard from."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Actor
from gridesk.core.requests.labels import ACTION as REQUEST_ACTION
from gridesk.core.requests.labels import STATUS as REQUEST_STATUS
from gridesk.core.store import Store
from gridesk.core.sync import decide, held, overview, packs
from gridesk.core.sync.labels import CONFLICT_KIND, DIRECTION, FIELD, OWNED_FIELD, OWNED_RECORD
from gridesk.core.treasure.labels import ITEM_STATUS
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.page import Page
from gridesk.ui.sync.allowances import AllowancesTab
from gridesk.ui.sync.tables import fill, table
from gridesk.ui.widgets.message_line import MessageLine
from gridesk.ui.widgets.row_table import local_time


def _what_field(c: overview.ConflictRow) -> str:
    """The field; for another station's record, which record it is and the field's own name
    (a case's ``status`` is not a sign-up's)."""
    if c.kind != "owner":
        return label_text(FIELD, c.field)
    record = label_text(OWNED_RECORD, c.entity)
    return f"{record}: {label_text(OWNED_FIELD, c.field)}" if c.field else record


def _value(c: overview.ConflictRow, value: str) -> str:
    """A value as the record's own window words it (a case's status, an item's)."""
    if c.kind == "owner" and c.field == "status":
        table = {"requests": REQUEST_STATUS, "treasure_items": ITEM_STATUS}.get(c.entity)
        if table is not None:
            return label_text(table, value)
    if c.kind == "owner" and c.entity == "request_events" and value in REQUEST_ACTION:
        return label_text(REQUEST_ACTION, value).rstrip("…")  # a step, not its button
    return value


class SyncPage(Page):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._conflict_ids: list[object] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        title = QLabel(self.tr("Sync"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.state = QLabel()
        layout.addWidget(self.state)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("&Write a pack…"))
        self.import_button = QPushButton(self.tr("&Read a pack…"))
        self.now_button = QPushButton(self.tr("Sync with the &centre now"))
        for button in (self.export_button, self.import_button, self.now_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.conflicts = table(
            [
                self.tr("What"),
                self.tr("Resident"),
                self.tr("Field"),
                self.tr("Here"),
                self.tr("There"),
                self.tr("Changed by"),
                self.tr("When"),
                self.tr("Station"),
            ]
        )
        conflicts_tab = QWidget()
        box = QVBoxLayout(conflicts_tab)
        box.addWidget(self.conflicts, 1)
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        box.addWidget(self.explain)
        self.here_button = QPushButton(self.tr("&Keep the value here"))
        self.there_button = QPushButton(self.tr("&Take the value from there"))
        self.resolve_button = QPushButton(self.tr("Mark as &resolved"))
        self.apply_button = QPushButton(self.tr("&Apply the held redemption"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel the held redemption"))
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (
            self.here_button,
            self.there_button,
            self.apply_button,
            self.cancel_button,
            self.resolve_button,
        ):
            row.addWidget(button)
        box.addLayout(row)
        self.packs = table(
            [
                self.tr("When"),
                self.tr("Direction"),
                self.tr("Other side"),
                self.tr("Operations"),
                self.tr("Applied"),
                self.tr("Size (bytes)"),
            ]
        )
        self.peers = table(
            [self.tr("Code"), self.tr("Name"), self.tr("Last heard from"), self.tr("Silent")]
        )
        self.tabs.addTab(conflicts_tab, self.tr("Conflicts to resolve (同步冲突)"))
        self.tabs.addTab(self.packs, self.tr("Packs in and out"))
        self.tabs.addTab(self.peers, self.tr("Stations and centre"))
        self.message = MessageLine()
        self.allowances = AllowancesTab(desk, self.message)
        self.tabs.addTab(self.allowances, self.tr("Offline allowances"))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        self.export_button.clicked.connect(self.write_pack)
        self.import_button.clicked.connect(self.read_pack)
        self.now_button.clicked.connect(self.sync_now)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.apply_button.clicked.connect(self.apply_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.here_button.clicked.connect(lambda: self.take_value(decide.HERE))
        self.there_button.clicked.connect(lambda: self.take_value(decide.THERE))
        self.conflicts.itemSelectionChanged.connect(self._held_buttons)
        self._conflict_kinds: list[str] = []
        self._rows: list[overview.ConflictRow] = []
        self._held_buttons()
        self.station_code = ""

    def refresh(self) -> None:
        view = overview.overview(self.desk.store, self.desk.actor)
        on = view is not None
        for button in (self.export_button, self.import_button):
            button.setEnabled(on)
        self.now_button.setEnabled(on and view is not None and view.role != "hub")
        if view is None:
            self.state.setText(
                self.tr(
                    "This installation does not sync yet. At the centre, enrol a station with "
                    "gridesk station add; at a station, set it up with gridesk init --enrolment."
                )
            )
            return
        line = overview.sync_line(self.desk.store)
        if line is None:
            self.state.setText(self.tr("The centre: %n station(s) enrolled", "", len(view.peers)))
        else:
            self.state.setText(sync_text(line))
        self._conflict_ids = [c.id for c in view.conflicts]
        self._conflict_kinds = [c.kind for c in view.conflicts]
        self._rows = list(view.conflicts)
        self.allowances.refresh()
        fill(
            self.conflicts,
            [
                [
                    label_text(CONFLICT_KIND, c.kind),
                    c.resident,
                    _what_field(c),
                    _value(c, c.local_value),
                    _value(c, c.remote_value),
                    c.remote_by,
                    local_time(c.remote_at),
                    c.station,
                ]
                for c in view.conflicts
            ],
        )
        fill(
            self.packs,
            [
                [
                    local_time(p.at),
                    label_text(DIRECTION, p.direction),
                    p.peer,
                    str(p.operations),
                    str(p.applied),
                    str(p.size),
                ]
                for p in view.packs
            ],
        )
        fill(
            self.peers,
            [
                [p.code, p.name, local_time(p.last_heard_at), self.tr("yes") if p.silent else ""]
                for p in view.peers
            ],
        )
        self._held_buttons()
        self.count_changed.emit(len(view.conflicts))

    def count(self) -> int:
        view = overview.overview(self.desk.store, self.desk.actor)
        return len(view.conflicts) if view is not None else 0

    def _station_for_pack(self) -> str | None:
        view = overview.overview(self.desk.store, self.desk.actor)
        if view is None or view.role != "hub":
            return None
        row = self.peers.currentRow()
        if row < 0:
            raise _Choose()
        item = self.peers.item(row, 0)
        return item.text() if item is not None else None

    def write_pack(self) -> None:
        try:
            station = self._station_for_pack()
        except _Choose:
            self.tabs.setCurrentWidget(self.peers)
            self.message.say(self.tr("Choose the station the pack is for."), "error")
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write a sync pack"), "", "GriDesk (*.gdp)"
        )
        if not path:
            return
        try:
            done = packs.export_pack(self.desk.store, self.desk.actor, Path(path), station)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.message.say(
            self.tr("%n operation(s) written for {peer}.", "", done.operations).format(
                peer=done.peer
            )
        )
        self.refresh()

    def read_pack(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Read a sync pack"), "", "GriDesk (*.gdp)"
        )
        if path:
            self.take_pack(Path(path))

    def take_pack(self, path: Path) -> None:
        try:
            done = packs.import_pack(self.desk.store, self.desk.actor, path)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.message.say(
            self.tr(
                "From {peer}: %n operation(s) applied, {conflicts} new conflicts.", "", done.applied
            ).format(peer=done.peer, conflicts=done.conflicts)
        )
        self.refresh()
        self.status_changed.emit()

    def sync_now(self) -> None:
        from gridesk.core.setup import installation_admin
        from gridesk.core.store import open_store

        url = self.desk.store.setting(packs.HUB_URL)
        if not url:
            self.message.say(
                self.tr("The centre's database is not known yet: run gridesk sync --hub-url once."),
                "error",
            )
            return
        try:
            hub = open_store(url, self.desk.store.data_dir / "hub", migrate=False)
            try:
                sent, received = packs.exchange_direct(
                    self.desk.store, self.desk.actor, hub, installation_admin(hub)
                )
            finally:
                hub.close()
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.message.say(
            self.tr("Synced: {sent} sent, {received} received.").format(
                sent=sent.applied, received=received.applied
            )
        )
        self.refresh()
        self.status_changed.emit()

    def _selected_held(self) -> object | None:
        """The selected 同步冲突's id when it is a held redemption."""
        row = self.conflicts.currentRow()
        if 0 <= row < len(self._conflict_kinds) and self._conflict_kinds[row] == "balance":
            return self._conflict_ids[row]
        return None

    def _selected(self) -> overview.ConflictRow | None:
        row = self.conflicts.currentRow()
        if not self.conflicts.selectionModel().hasSelection():
            return None
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _held_buttons(self) -> None:
        """The buttons of the selected conflict's kind, and what it asks of a person."""
        c = self._selected()
        kind = c.kind if c is not None else ""
        self.apply_button.setEnabled(kind == "balance")
        self.cancel_button.setEnabled(kind == "balance")
        self.here_button.setEnabled(kind == "field" and c is not None and c.entity == "residents")
        self.there_button.setEnabled(self.here_button.isEnabled())
        self.resolve_button.setEnabled(kind in ("capacity", "owner"))
        self.explain.setText(self._explanation(c) if c is not None else "")

    def _explanation(self, c: overview.ConflictRow) -> str:
        station = c.station or self.tr("the other side")
        if c.kind == "field":
            return self.tr(
                "{resident}'s {field} was changed here and at {station}. Choose the value to "
                "keep: it is written here and goes to the other side with the next pack."
            ).format(resident=c.resident, field=label_text(FIELD, c.field), station=station)
        if c.kind == "balance":
            return self.tr(
                "A redemption made at {station} would take {resident}'s balance below zero: "
                "it was not entered. Apply it once the points are there, or cancel it (then "
                "refund it at {station}, so both balances agree)."
            ).format(resident=c.resident, station=station)
        if c.kind == "capacity":
            return self.tr(
                "No place was left when this sign-up of {resident} arrived: it was moved to the "
                "waiting list. Call the resident, who was told yes at the desk, then mark it "
                "resolved."
            ).format(resident=c.resident)
        return self.tr(
            "{station} changed {record}, which belongs to another station: it was not applied "
            "here. Sort it out with the station it belongs to (the change stays at {station} "
            "until then), then mark it resolved."
        ).format(station=station, record=self._record(c))

    def _record(self, c: overview.ConflictRow) -> str:
        record = label_text(OWNED_RECORD, c.entity)
        return f"{record} {c.resident}" if c.resident else record

    def take_value(self, choice: str) -> None:
        c = self._selected()
        if c is None or c.kind != "field":
            return
        try:
            name = decide.take_value(self.desk.store, self.desk.actor, c.id, choice)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.message.say(
            self.tr("{resident}'s {field} is decided; the next pack takes it along.").format(
                resident=name, field=label_text(FIELD, c.field)
            )
        )
        self.refresh()
        self.status_changed.emit()

    def apply_selected(self) -> None:
        self._decide_held(held.apply_held, self.tr("The redemption was entered."))

    def cancel_selected(self) -> None:
        self._decide_held(
            held.cancel_held,
            self.tr(
                "The redemption was cancelled here. Refund it at the station that made it, so "
                "both balances agree."
            ),
        )

    def _decide_held(self, decide: Callable[[Store, Actor, uuid.UUID], None], done: str) -> None:
        conflict = self._selected_held()
        if conflict is None:
            return
        try:
            decide(self.desk.store, self.desk.actor, conflict)  # type: ignore[arg-type]
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.message.say(done)
        self.refresh()
        self.status_changed.emit()

    def resolve_selected(self) -> None:
        c = self._selected()
        if c is None or c.kind not in ("capacity", "owner"):
            return
        try:
            decide.mark_done(self.desk.store, self.desk.actor, c.id)
        except GrideskError as exc:
            self.message.say(error_text(exc), "error")
            return
        self.refresh()
        self.status_changed.emit()


class _Choose(Exception):
    """At the centre, no station chosen for a pack."""


class SyncLineText(QObject):
    """The status bar's line: 离线 · 上次同步 3 天前 · 12 条待发送."""

    def text(self, line: overview.SyncLine) -> str:
        if line.days is None:
            when = self.tr("Offline · not synced since enrolment")
        elif line.days == 0:
            when = self.tr("Offline · last synced today")
        else:
            when = self.tr("Offline · last synced %n day(s) ago", "", line.days)
        return when + self.tr(" · %n operation(s) waiting", "", line.waiting)


def sync_text(line: overview.SyncLine) -> str:
    return SyncLineText().text(line)


def status_text(store: Store) -> str:
    """The status bar's line at a station; "" elsewhere."""
    line = overview.sync_line(store)
    return "" if line is None else sync_text(line)
