"""受理: log a resident's request in under a minute, keyboard first.

Tab moves through the fields; Enter in a one-line field moves on too, so a scanner's Enter or a
habit of pressing Enter never submits half a form. Ctrl+Enter (or Enter on the Accept button)
accepts. The resident is found by a few pinyin initials, a phone tail, or a scanned card.
"""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QWidget,
)

from gridesk.core.requests.cases import (
    CHANNELS,
    MAX_PHOTOS,
    PRIORITIES,
    CaseDetail,
    IntakeInput,
    Photo,
    take_request,
)
from gridesk.core.requests.catalogue import CategoryView, list_categories
from gridesk.documents.qr import PayloadError, verify_payload
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_requests_intake import Ui_IntakeForm
from gridesk.ui.i18n import error_text
from gridesk.ui.requests.labels import channel_label, priority_label
from gridesk.ui.widgets.resident_picker import ResidentPicker

PICK_LIMIT = 8


class _EnterMovesOn(QObject):
    """Enter in a one-line field moves to the next field, like Tab."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ControlModifier
            and isinstance(watched, (QLineEdit, QComboBox))
        ):
            focus_next(watched)
            return True
        return False


class _PinyinTypeAhead(QObject):
    """Letters typed on the category list choose the category they spell in pinyin, in full
    or by initials (ldsh, ludeng → 路灯损坏), by the residents' matching rules
    (``core.residents.keys.match_rank``); Backspace takes a letter back. What is typed shows on
    the message line; it starts afresh when the list loses focus."""

    def __init__(self, form: IntakeForm) -> None:
        super().__init__(form)
        self.form = form
        self.typed = ""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.typed = ""
            return False
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if event.key() == Qt.Key.Key_Backspace and self.typed:
            self.typed = self.typed[:-1]
        elif len(text) == 1 and text.isascii() and text.isalpha():
            self.typed += text.lower()
        else:
            return False
        self.form.find_category(self.typed)
        return True


def focus_next(widget: QWidget) -> None:
    """Give focus to the next widget in the tab chain that takes Tab focus."""
    candidate = widget.nextInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            candidate.setFocus(Qt.FocusReason.TabFocusReason)
            return
        candidate = candidate.nextInFocusChain()


class IntakeForm(QWidget):
    accepted_case = Signal(object)  # CaseDetail
    refused = Signal()  # a request not accepted: its message is under the buttons

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.resident_id: uuid.UUID | None = None
        self.photos: list[Photo] = []
        self._categories: list[CategoryView] = []
        self._secret: bytes | None = None

        self.ui = Ui_IntakeForm()
        self.ui.setupUi(self)
        ui = self.ui
        # the names the rest of the window and the tests use
        self.who, self.matches, self.chosen = ui.whoEdit, ui.matchList, ui.chosenLabel
        self.contact_name, self.phone = ui.nameEdit, ui.phoneEdit
        self.category, self.description = ui.categoryCombo, ui.descriptionEdit
        self.channel, self.priority = ui.channelCombo, ui.priorityCombo
        self.photo_button, self.photo_list = ui.photoButton, ui.photoCountLabel
        self.print_receipt, self.accept_button = ui.printCheck, ui.acceptButton
        self.clear_button, self.message = ui.clearButton, ui.messageLabel
        self.checklist, self.thumbs = ui.checklistLabel, ui.thumbRow
        self.who.setObjectName("intakeWho")
        self.matches.hide()
        self.chosen.setObjectName("subtle")
        self.photo_list.setObjectName("subtle")
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        for key in PRIORITIES:
            self.priority.addItem(priority_label(key), key)

        self._enter = _EnterMovesOn(self)
        for widget in (self.contact_name, self.phone, self.category, self.channel, self.priority):
            widget.installEventFilter(self._enter)
        self._type_ahead = _PinyinTypeAhead(self)
        self.category.installEventFilter(self._type_ahead)  # after: it sees letters first
        self.picker = ResidentPicker(
            desk,
            self.who,
            self.matches,
            parts=("address", "tail"),
            limit=PICK_LIMIT,
            delay_ms=120,
            typed_only=True,
        )
        self.picker.listed.connect(lambda rows: self.matches.setVisible(bool(rows)))
        self.who.returnPressed.connect(self._enter_in_who)
        self.picker.picked.connect(self.set_resident)
        self.category.currentIndexChanged.connect(self._show_checklist)
        self.photo_button.clicked.connect(self.choose_photos)
        self.accept_button.clicked.connect(self.accept_request)
        self.clear_button.clicked.connect(self.clear)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept_request)
        self.load_categories()

    # -- the resident ------------------------------------------------------------------------

    def _enter_in_who(self) -> None:
        text = self.who.text().strip()
        if text.upper().startswith("GD1|"):
            self._scanned(text)
            return
        rows = self.picker.find()
        if len(rows) == 1:
            self.set_resident(rows[0].id)
        elif self.matches.count() > 1:
            self.matches.setFocus()
        else:
            self.contact_name.setFocus()  # nobody found: an anonymous request

    def _scanned(self, text: str) -> None:
        if self._secret is None:
            self._secret = self.desk.store.qr_secret()
        try:
            payload = verify_payload(self._secret, text)
        except PayloadError as exc:
            self.message.setText(error_text(exc))
            return
        if payload.kind not in ("R", "V"):
            self.message.setText(self.tr("Scan the resident's card here."))
            return
        self.set_resident(uuid.UUID(payload.ident))

    def set_resident(self, resident_id: uuid.UUID) -> None:
        from gridesk.core.residents.records import get_resident

        try:
            detail = get_resident(self.desk.store, self.desk.actor, resident_id)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.resident_id = detail.id
        self.who.setText(detail.name)
        self.contact_name.setText(detail.name)
        self.phone.setText(detail.phone)
        self.chosen.setText(
            "  ".join(p for p in (detail.name, detail.address, detail.grid_name) if p)
        )
        self.matches.hide()
        self.category.setFocus()

    # -- the rest ------------------------------------------------------------------------------

    def load_categories(self) -> None:
        self._categories = list_categories(self.desk.store, self.desk.actor)
        current = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("— choose a category —"), None)
        for c in self._categories:
            self.category.addItem(
                self.tr("{label} ({days} working days)").format(
                    label=c.label, days=c.deadline_days
                ),
                c.id,
            )
        select_data(self.category, current)
        self.category.blockSignals(False)
        self._show_checklist()

    def find_category(self, typed: str) -> None:
        """Make the category that ``typed`` (pinyin letters) spells best the current one."""
        from gridesk.core.residents.keys import match_rank

        if not typed:
            self.message.setText("")
            return
        # the name read first; its group (市政设施) a step below; the list's order on a tie
        scored = [
            (min(match_rank(c.name, typed), match_rank(c.group_name, typed) + 1), c)
            for c in self._categories
        ]
        best = min(scored, key=lambda pair: pair[0], default=None)
        if best is not None and best[0] < 4:
            select_data(self.category, best[1].id)
            self.message.setText(self.tr("Category: “{typed}”").format(typed=typed))
        else:
            self.message.setText(
                self.tr("No category reads “{typed}” (Backspace to correct).").format(typed=typed)
            )

    def _show_checklist(self) -> None:
        chosen = next((c for c in self._categories if c.id == self.category.currentData()), None)
        if chosen is None:
            self.checklist.setText(
                self.tr("Choose a category to see what the resident must bring.")
            )
            return
        items = "\n".join(f"{i}. {line}" for i, line in enumerate(chosen.checklist, 1))
        handler = chosen.handler_name or ""
        text = self.tr("Deadline: %n working day(s)", "", chosen.deadline_days)
        if handler:
            text += "\n" + self.tr("Handled by: {name}").format(name=handler)
        text += "\n\n" + (items or self.tr("Nothing to bring."))
        self.checklist.setText(text)

    def choose_photos(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose photos"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.webp)"),
        )
        for name in files:
            self.add_photo(Path(name))

    def add_photo(self, path: Path) -> None:
        if len(self.photos) >= MAX_PHOTOS:
            self.message.setText(self.tr("At most 6 photos at a time."))
            return
        data = path.read_bytes()
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.message.setText(self.tr("This file is not a picture GriDesk can read."))
            return
        self.photos.append(Photo(path.name, data))
        thumb = QLabel()
        thumb.setPixmap(
            pixmap.scaled(
                96,
                96,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        self.thumbs.addWidget(thumb)
        self.photo_list.setText(self.tr("%n photo(s)", "", len(self.photos)))

    def clear(self) -> None:
        self.resident_id = None
        self.photos.clear()
        while self.thumbs.count():
            item = self.thumbs.takeAt(0)
            widget = item.widget() if item else None
            if widget is not None:
                widget.deleteLater()
        for line in (self.who, self.contact_name, self.phone):
            line.clear()
        self.description.clear()
        self.chosen.clear()
        self.photo_list.clear()
        self.matches.hide()
        self.category.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.priority.setCurrentIndex(0)
        self.who.setFocus()

    def accept_request(self) -> CaseDetail | None:
        data = IntakeInput(
            category_id=self.category.currentData(),
            description=self.description.toPlainText(),
            resident_id=self.resident_id,
            contact_name=self.contact_name.text(),
            phone=self.phone.text(),
            channel=self.channel.currentData(),
            priority=self.priority.currentData(),
            photos=tuple(self.photos),
        )
        try:
            case = take_request(self.desk.store, self.desk.actor, data)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            self.message.setProperty("error", True)
            if isinstance(exc, ValidationError):
                target = {
                    "category": self.category,
                    "description": self.description,
                    "phone": self.phone,
                }.get(exc.field or "")
                if target is not None:
                    target.setFocus()
            self.refused.emit()
            return None
        self.message.setProperty("error", False)
        self.message.setText(
            self.tr("Accepted: ticket {number}, due {deadline}.").format(
                number=case.number,
                deadline=case.deadline.isoformat() if case.deadline else "",
            )
        )
        self.clear()
        self.accepted_case.emit(case)
        return case
