"""One case: what was asked, the checklist, the timeline of events with photos, and the steps
its status allows (each asks for what it needs: a reason, a referral, a handler, a rating)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.requests import papers
from gridesk.core.requests.cases import (
    CaseDetail,
    Photo,
    StepRequest,
    attachment_image,
    get_case,
    move_case,
    volunteer_candidates,
)
from gridesk.core.requests.catalogue import list_categories, list_units
from gridesk.core.requests.machine import Action, Status
from gridesk.core.residents.catalogue import list_grids
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import PrintResult, print_document
from gridesk.ui.requests.labels import (
    action_label,
    channel_label,
    handler_label,
    priority_label,
    status_label,
)
from gridesk.ui.widgets.screen_room import fit_to_screen

NEEDS_REASON = {Action.HOLD, Action.REJECT, Action.NOT_OURS, Action.REOPEN}
NEEDS_REFERRAL = {Action.REJECT, Action.NOT_OURS}
ASKS = NEEDS_REASON | {
    Action.DISPATCH,
    Action.ESCALATE,
    Action.RESOLVE,
    Action.RESOLVE_PARTLY,
    Action.CALLBACK,
    Action.NOTE,
}


def print_ticket(
    parent: QWidget | None,
    desk: Desk,
    case: CaseDetail,
    page_kind: str | None = None,
    printer: QPrinter | None = None,
) -> PrintResult:
    """Print (or reprint) the ticket receipt: on the receipt roll, or on A5."""
    document = papers.ticket(desk.store, desk.actor, case, page_kind)
    return print_document(parent, desk, document, printer=printer)


class StepDialog(QDialog):
    """Asks what a step needs; ``request`` is the StepRequest when accepted."""

    def __init__(self, desk: Desk, case: CaseDetail, action: Action, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.case = case
        self.action = action
        self.request: StepRequest | None = None
        self.photos: list[Photo] = []
        self.setWindowTitle(f"{case.number} — {action_label(action.value)}")
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.handler_kind = QComboBox()
        self.handler = QComboBox()
        self.handler.setObjectName("stepHandler")
        self.reason = QLineEdit()
        self.reason.setObjectName("stepReason")
        self.referred_to = QLineEdit()
        self.referred_to.setObjectName("stepReferral")
        self.referred_to.setPlaceholderText(
            self.tr("Where the resident was referred, with a phone")
        )
        self.rating = QSpinBox()
        self.rating.setRange(1, 5)
        self.rating.setValue(5)
        self.fixed = QCheckBox(self.tr("Really fixed, says the resident"))
        self.fixed.setChecked(True)
        self.escalate = QCheckBox(
            self.tr("If not closed: send to the escalation desk (办不成事窗口)")
        )
        self.note = QPlainTextEdit()
        self.note.setObjectName("stepNote")
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        self.photo_button = QPushButton(self.tr("Add photo…"))
        self.photo_label = QLabel()
        if action is Action.DISPATCH:
            for kind in ("department", "partner", "grid", "volunteer"):
                self.handler_kind.addItem(handler_label(kind), kind)
            form.addRow(self.tr("Dispatch to"), self.handler_kind)
            form.addRow(self.tr("Handler"), self.handler)
            self.handler_kind.currentIndexChanged.connect(self._load_handlers)
            self._load_handlers()
            self._preselect_category_handler()
        if action is Action.ESCALATE:
            for kind in ("escalation", "secretary"):
                self.handler_kind.addItem(handler_label(kind), kind)
            form.addRow(self.tr("Escalate to"), self.handler_kind)
        if action in NEEDS_REASON:
            form.addRow(self.tr("Reason"), self.reason)
        if action in NEEDS_REFERRAL:
            form.addRow(self.tr("Referred to"), self.referred_to)
        if action is Action.CALLBACK:
            form.addRow(self.tr("Rating (1-5)"), self.rating)
            form.addRow("", self.fixed)
            form.addRow("", self.escalate)
            self.note.setPlaceholderText(self.tr("The resident's words"))
        form.addRow(self.tr("Note"), self.note)
        photos = QHBoxLayout()
        photos.addWidget(self.photo_button)
        photos.addWidget(self.photo_label, 1)
        form.addRow(self.tr("Photos"), photos)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("stepMessage")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.reject)
        self.photo_button.clicked.connect(self._choose_photos)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.result_case: CaseDetail | None = None

    def _load_handlers(self) -> None:
        kind = self.handler_kind.currentData()
        self.handler.clear()
        store, actor = self.desk.store, self.desk.actor
        items: list[tuple[str, uuid.UUID]] = []
        if kind in ("department", "partner"):
            items = [
                (f"{u.name}  {u.contact_name} {u.phone}".strip(), u.id)
                for u in list_units(store, actor, kind)
            ]
        elif kind == "grid":
            items = [
                (f"{g.name}  {g.worker_name} {g.worker_phone}".strip(), g.id)
                for g in list_grids(store, actor)
            ]
        elif kind == "volunteer":
            items = [(name, rid) for rid, name in volunteer_candidates(store, actor)]
        for text, ident in items:
            self.handler.addItem(text, ident)

    def _preselect_category_handler(self) -> None:
        """The handler the case's category names (路灯损坏 → 城管执法中队), not the list's first."""
        category = next(
            (
                c
                for c in list_categories(self.desk.store, self.desk.actor, include_archived=True)
                if c.id == self.case.category_id
            ),
            None,
        )
        if category is None or category.handler_id is None:
            return
        kind = self.handler_kind.findData(category.handler_kind)
        if kind < 0:
            return
        self.handler_kind.setCurrentIndex(kind)  # loads that kind's handlers
        for index in range(self.handler.count()):  # findData cannot compare UUIDs
            if self.handler.itemData(index) == category.handler_id:
                self.handler.setCurrentIndex(index)

    def _choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png)"),
        )
        for name in files:
            self.photos.append(Photo(Path(name).name, Path(name).read_bytes()))
        self.photo_label.setText(self.tr("%n photo(s)", "", len(self.photos)))

    def _submit(self) -> None:
        kind = self.handler_kind.currentData() or ""
        self.request = StepRequest(
            action=self.action,
            note=self.note.toPlainText(),
            reason=self.reason.text(),
            referred_to=self.referred_to.text(),
            handler_kind=kind,
            handler_id=self.handler.currentData() if self.action is Action.DISPATCH else None,
            rating=self.rating.value() if self.action is Action.CALLBACK else None,
            fixed=self.fixed.isChecked() if self.action is Action.CALLBACK else None,
            escalate=self.escalate.isChecked(),
            photos=tuple(self.photos),
        )
        try:
            self.result_case = move_case(
                self.desk.store, self.desk.actor, self.case.id, self.request
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


class CaseDialog(QDialog):
    def __init__(self, desk: Desk, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.case = get_case(desk.store, desk.actor, case_id)
        self.changed = False
        fit_to_screen(self, 1000, 640)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.timeline = QListWidget()
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setIconSize(QSize(64, 64))
        self.timeline.setWordWrap(True)
        self.timeline.setSpacing(4)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setToolTip(self.tr("Enter or double-click a step to see its photos."))
        self.timeline.itemActivated.connect(self._show_photos)
        self.message = QLabel()
        self.message.setObjectName("caseMessage")
        self.actions = QGridLayout()
        self.print_roll = QPushButton(self.tr("Print receipt"))
        self.print_a5 = QPushButton(self.tr("Print on A5"))
        close = QPushButton(self.tr("Close window"))
        close.clicked.connect(self.accept)
        self.print_roll.clicked.connect(lambda: self.print_receipt(None))
        self.print_a5.clicked.connect(lambda: self.print_receipt("a5"))
        left = QVBoxLayout()
        left.addWidget(self.title)
        left.addWidget(self.facts, 1)
        prints = QHBoxLayout()
        prints.addWidget(self.print_roll)
        prints.addWidget(self.print_a5)
        left.addLayout(prints)
        self.task_button = QPushButton(self.tr("Publish for volunteers to claim"))
        self.task_button.setObjectName("caseTask")
        self.task_button.setVisible(desk.actor.can(Permission.VOLUNTEERS_MANAGE))
        self.task_button.clicked.connect(self.publish_task)
        left.addWidget(self.task_button)
        right = QVBoxLayout()
        heading = QLabel(self.tr("Timeline"))
        heading.setObjectName("sectionTitle")
        right.addWidget(heading)
        right.addWidget(self.timeline, 1)
        right.addLayout(self.actions)
        right.addWidget(self.message)
        right.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addLayout(right, 3)
        self.buttons: dict[Action, QPushButton] = {}
        self.show_case(self.case)

    def publish_task(self) -> None:
        """This case as a task volunteers can claim (志愿抢单), e.g. help an elderly resident."""
        from gridesk.core.volunteers.hours import publish_task

        case = self.case
        try:
            publish_task(
                self.desk.store,
                self.desk.actor,
                self.tr("Request {number}: {category}").format(
                    number=case.number, category=case.category
                ),
                description=case.description,
                place=case.address,
                source="request",
                source_id=case.number,
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Published: volunteers can claim it on the Volunteers page."))

    def deadline_text(self, case: CaseDetail) -> str:
        if case.deadline is None:
            left = case.days_left_on_hold  # below 0: put on hold past its deadline
            if left is not None and left < 0:
                return self.tr("Paused: overdue by %n working day(s)", "", -left)
            if left is not None:
                return self.tr("Paused: %n working day(s) left", "", left)
            return ""
        if case.status not in (
            Status.ACCEPTED,
            Status.DISPATCHED,
            Status.IN_PROGRESS,
            Status.REOPENED,
        ):
            return case.deadline.isoformat()
        today = clock.today()
        if case.deadline < today:
            return self.tr("{day} — overdue").format(day=case.deadline.isoformat())
        if case.deadline == today:
            return self.tr("{day} — due today").format(day=case.deadline.isoformat())
        return case.deadline.isoformat()

    def show_case(self, case: CaseDetail) -> None:
        self.case = case
        self.setWindowTitle(self.tr("Request {number}").format(number=case.number))
        ended = (Status.CLOSED, Status.REJECTED, Status.NOT_OURS)
        self.task_button.setEnabled(case.status not in ended)
        self.title.setText(f"{case.number}  {status_label(case.status.value)}")
        checklist = "<br>".join(f"{i}. {c}" for i, c in enumerate(case.checklist, 1))
        rows = [
            (self.tr("Resident"), case.contact_name or self.tr("anonymous")),
            (self.tr("Phone"), case.phone),
            (self.tr("Address"), case.address),
            (self.tr("Grid"), case.grid_name),
            (self.tr("Category"), case.category),
            (self.tr("Channel"), channel_label(case.channel)),
            (self.tr("Priority"), priority_label(case.priority)),
            (self.tr("Accepted"), case.accepted_day.isoformat()),
            (self.tr("Deadline"), self.deadline_text(case)),
            (
                self.tr("Handler"),
                f"{handler_label(case.handler_kind)} {case.handler_name}".strip()
                if case.handler_kind
                else "",
            ),
            (self.tr("Rating"), str(case.rating) if case.rating else ""),
        ]
        from html import escape

        html = "".join(
            f"<tr><td style='color:#666;padding-right:10px'>{escape(k)}</td><td>{escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        said, materials = self.tr("What they said"), self.tr("Materials checklist")
        nothing = self.tr("Nothing to bring.")
        self.facts.setText(
            f"<table>{html}</table><p><b>{escape(said)}</b><br>{escape(case.description)}</p>"
            f"<p><b>{escape(materials)}</b><br>{checklist or escape(nothing)}</p>"
        )
        self.timeline.clear()
        thumbs = {a.id: a.thumbnail for a in case.attachments}
        for e in case.events:
            change = status_label(e.to_status)
            if e.from_status and e.from_status != e.to_status:
                change = f"{status_label(e.from_status)} → {change}"
            local = e.at.astimezone()
            when = f"{local:%Y-%m-%d %H:%M}" if local.date() == e.day else e.day.isoformat()
            action = action_label(e.action).rstrip("…")
            parts = [f"{when}  {e.who}  {action}  {change}"]
            if e.handler_name or e.handler_kind:
                parts.append(f"{handler_label(e.handler_kind)} {e.handler_name}".strip())
            if e.reason:
                parts.append(self.tr("Reason: {text}").format(text=e.reason))
            if e.referred_to:
                parts.append(self.tr("Referred to: {text}").format(text=e.referred_to))
            if e.rating is not None:
                fixed = self.tr("fixed") if e.fixed else self.tr("not fixed")
                parts.append(self.tr("Rating {n}/5, {fixed}").format(n=e.rating, fixed=fixed))
            if e.note:
                parts.append(e.note)
            item = QListWidgetItem("\n".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, e.attachment_ids)
            if e.attachment_ids:
                pixmap = QPixmap()
                pixmap.loadFromData(thumbs[e.attachment_ids[0]])
                item.setIcon(QIcon(pixmap))
                if len(e.attachment_ids) > 1:
                    item.setText(
                        item.text() + "\n" + self.tr("%n photo(s)", "", len(e.attachment_ids))
                    )
            self.timeline.addItem(item)
        self.timeline.scrollToBottom()
        self._build_actions()

    def photos_dialog(self, row: int) -> QDialog | None:
        """The photos of one step of the timeline, at the size they were kept."""
        item = self.timeline.item(row)
        ids = item.data(Qt.ItemDataRole.UserRole) if item else None
        if not ids:
            return None
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photos"))
        strip = QWidget()
        row = QHBoxLayout(strip)
        for attachment_id in ids:
            pixmap = QPixmap()
            pixmap.loadFromData(attachment_image(self.desk.store, self.desk.actor, attachment_id))
            label = QLabel()
            label.setPixmap(pixmap)
            row.addWidget(label)
        # six photos of 600 px are wider than any screen: they scroll sideways
        scroll = QScrollArea()
        scroll.setWidget(strip)
        scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(dialog).addWidget(scroll)
        wanted = strip.sizeHint() + QSize(50, 50)  # the scroll area's frame, bar and margins
        fit_to_screen(dialog, wanted.width(), wanted.height())
        return dialog

    def _show_photos(self, item: QListWidgetItem) -> None:
        dialog = self.photos_dialog(self.timeline.row(item))
        if dialog is not None:
            dialog.exec()

    def _build_actions(self) -> None:
        for button in self.buttons.values():
            self.actions.removeWidget(button)
            button.deleteLater()
        self.buttons.clear()
        if not self.desk.actor.can(Permission.REQUESTS_HANDLE):
            return
        for i, action in enumerate(self.case.allowed_actions()):
            button = QPushButton(action_label(action.value))
            button.setObjectName(f"action_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.run_action(a))
            self.actions.addWidget(button, i // 4, i % 4)
            self.buttons[action] = button

    def step_dialog(self, action: Action) -> StepDialog:
        return StepDialog(self.desk, self.case, action, self)

    def run_action(self, action: Action) -> None:
        if action in ASKS:
            dialog = self.step_dialog(action)
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_case is None:
                return
            case = dialog.result_case
        else:
            try:
                case = move_case(
                    self.desk.store, self.desk.actor, self.case.id, StepRequest(action)
                )
            except GrideskError as exc:
                self.message.setText(error_text(exc))
                return
        self.changed = True
        self.message.setText(
            self.tr("Saved: {status}.").format(status=status_label(case.status.value))
        )
        self.show_case(case)

    def print_receipt(self, page_kind: str | None, printer: QPrinter | None = None) -> PrintResult:
        return print_ticket(self, self.desk, self.case, page_kind, printer)
