"""心愿墙: publish a wish, claim it, light it up; print the wall as an A4 poster."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.printing import Document
from gridesk.core.requests import papers
from gridesk.core.requests.wishes import (
    CLAIMER_KINDS,
    WishView,
    claim_wish,
    find_wish,
    fulfil_wish,
    list_wishes,
    publish_wish,
    wish_counts,
)
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import PrintResult, print_document
from gridesk.ui.requests.labels import wish_label


class WishWall(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._photo: bytes | None = None
        self.wisher = QLineEdit()
        self.wisher.setObjectName("wishWisher")
        self.wisher.setPlaceholderText(self.tr("Whose wish"))
        self.what = QLineEdit()
        self.what.setObjectName("wishWhat")
        self.what.setPlaceholderText(self.tr("The wish, e.g. a pair of warm winter shoes"))
        self.photo_button = QPushButton(self.tr("Photo…"))
        self.publish_button = QPushButton(self.tr("Publish"))
        self.publish_button.setObjectName("primary")
        top = QHBoxLayout()
        top.addWidget(self.wisher, 1)
        top.addWidget(self.what, 3)
        top.addWidget(self.photo_button)
        top.addWidget(self.publish_button)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All wishes"), "")
        for key in ("open", "claimed", "fulfilled"):
            self.status_filter.addItem(wish_label(key), key)
        self.counts = QLabel()
        self.counts.setObjectName("subtle")
        self.wall = QListWidget()
        self.wall.setObjectName("wishList")
        self.wall.setIconSize(QSize(56, 56))
        self.wall.setSpacing(4)
        self.wall.setAlternatingRowColors(True)
        self.claimer_kind = QComboBox()
        for key, text in zip(
            CLAIMER_KINDS,
            (self.tr("Volunteer"), self.tr("Party member"), self.tr("Partner unit")),
            strict=True,
        ):
            self.claimer_kind.addItem(text, key)
        self.claimer = QLineEdit()
        self.claimer.setObjectName("wishClaimer")
        self.claimer.setPlaceholderText(self.tr("Who claims it"))
        self.claimer_phone = QLineEdit()
        self.claimer_phone.setPlaceholderText(self.tr("Their phone"))
        self.claim_button = QPushButton(self.tr("Claim"))
        self.note = QLineEdit()
        self.note.setObjectName("wishNote")
        self.note.setPlaceholderText(self.tr("How it came true"))
        self.fulfil_photo_button = QPushButton(self.tr("Photo…"))
        self.fulfil_button = QPushButton(self.tr("Light it up (点亮)"))
        self.poster_button = QPushButton(self.tr("Print the wall (A4)…"))
        self.task_button = QPushButton(self.tr("Publish for volunteers to claim"))
        self.task_button.setObjectName("wishTask")
        self.message = QLabel()
        self.message.setObjectName("wishMessage")
        bar = QHBoxLayout()
        bar.addWidget(self.status_filter)
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.poster_button)
        claim = QHBoxLayout()
        claim.addWidget(self.claimer_kind)
        claim.addWidget(self.claimer, 2)
        claim.addWidget(self.claimer_phone, 1)
        claim.addWidget(self.claim_button)
        claim.addWidget(self.task_button)
        fulfil = QHBoxLayout()
        fulfil.addWidget(self.note, 3)
        fulfil.addWidget(self.fulfil_photo_button)
        fulfil.addWidget(self.fulfil_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(bar)
        layout.addWidget(self.wall, 1)
        layout.addLayout(claim)
        layout.addLayout(fulfil)
        layout.addWidget(self.message)
        self._fulfil_photo: bytes | None = None
        self.rows: list[WishView] = []
        can = desk.actor.can(Permission.REQUESTS_HANDLE)
        for w in (self.publish_button, self.claim_button, self.fulfil_button):
            w.setEnabled(can)
        self.publish_button.clicked.connect(self.publish)
        self.what.returnPressed.connect(self.publish)
        self.photo_button.clicked.connect(lambda: self._pick("_photo"))
        self.fulfil_photo_button.clicked.connect(lambda: self._pick("_fulfil_photo"))
        self.claim_button.clicked.connect(self.claim)
        self.claimer.returnPressed.connect(self.claim)
        self.fulfil_button.clicked.connect(self.fulfil)
        self.note.returnPressed.connect(self.fulfil)
        self.poster_button.clicked.connect(lambda: self.print_poster())
        self.task_button.setVisible(desk.actor.can(Permission.VOLUNTEERS_MANAGE))
        self.task_button.clicked.connect(self.publish_task)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def _pick(self, attr: str) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a photo"),
            str(Path.home()),
            self.tr("Pictures (*.jpg *.jpeg *.png)"),
        )
        if name:
            setattr(self, attr, Path(name).read_bytes())

    def refresh(self) -> None:
        current = self.selected_id()
        self.wall.clear()
        self.rows = list_wishes(
            self.desk.store, self.desk.actor, self.status_filter.currentData() or None
        )
        for w in self.rows:
            text = f"{wish_label(w.status)}  {w.number}  {w.wisher_name}：{w.what}"
            if w.claimer_name:
                text += "\n" + self.tr("Claimed by {name}").format(name=w.claimer_name)
            if w.fulfilled_note:
                text += "\n" + w.fulfilled_note
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, w.id)
            photo = w.fulfilled_photo or w.photo
            if photo:
                pixmap = QPixmap()
                pixmap.loadFromData(photo)
                item.setIcon(QIcon(pixmap))
            self.wall.addItem(item)
            if w.id == current:
                self.wall.setCurrentItem(item)
        counts = wish_counts(self.desk.store, self.desk.actor)
        self.counts.setText(
            self.tr("{open} open, {claimed} claimed, {fulfilled} fulfilled").format(**counts)
        )

    def selected_id(self) -> uuid.UUID | None:
        item = self.wall.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _run(self, fn, *args, **kwargs) -> WishView | None:  # type: ignore[no-untyped-def]
        try:
            wish = fn(self.desk.store, self.desk.actor, *args, **kwargs)
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return None
        self.message.setText("")
        self.refresh()
        return wish  # type: ignore[no-any-return]

    def publish(self) -> None:
        wish = self._run(
            publish_wish, what=self.what.text(), wisher_name=self.wisher.text(), photo=self._photo
        )
        if wish is not None:
            self.what.clear()
            self.wisher.clear()
            self._photo = None
            self.message.setText(self.tr("Published as {number}.").format(number=wish.number))

    def claim(self) -> None:
        wish_id = self.selected_id()
        if wish_id is None:
            self.message.setText(self.tr("Choose a wish on the wall first."))
            return
        if self._run(
            claim_wish,
            wish_id,
            claimer_kind=self.claimer_kind.currentData(),
            claimer_name=self.claimer.text(),
            claimer_phone=self.claimer_phone.text(),
        ):
            self.claimer.clear()
            self.claimer_phone.clear()

    def fulfil(self) -> None:
        wish_id = self.selected_id()
        if wish_id is None:
            self.message.setText(self.tr("Choose a wish on the wall first."))
            return
        if self._run(fulfil_wish, wish_id, note=self.note.text(), photo=self._fulfil_photo):
            self.note.clear()
            self._fulfil_photo = None

    def publish_task(self) -> None:
        """The chosen open wish as a task volunteers can claim (志愿抢单)."""
        from gridesk.core.volunteers.hours import publish_task

        wish = next((w for w in self.rows if w.id == self.selected_id()), None)
        if wish is None or wish.status != "open":
            self.message.setText(self.tr("Choose an open wish first."))
            return
        try:
            publish_task(
                self.desk.store,
                self.desk.actor,
                self.tr("Wish {number}: {what}").format(number=wish.number, what=wish.what[:40]),
                description=f"{wish.wisher_name}：{wish.what}",
                source="wish",
                source_id=wish.number,
            )
        except GrideskError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(self.tr("Published: volunteers can claim it on the Volunteers page."))

    def open_wish_number(self, number: str) -> bool:
        wish = find_wish(self.desk.store, self.desk.actor, number)
        if wish is None:
            return False
        self.status_filter.setCurrentIndex(0)
        for row in range(self.wall.count()):
            if self.wall.item(row).data(Qt.ItemDataRole.UserRole) == wish.id:
                self.wall.setCurrentRow(row)
        return True

    def poster_document(self) -> Document:
        return papers.wish_wall(
            self.desk.store, self.desk.actor, self.status_filter.currentData() or None
        )

    def poster_pdf(self) -> bytes:
        return self.poster_document().pdf

    def print_poster(self, printer=None) -> PrintResult:  # type: ignore[no-untyped-def]
        document = self.poster_document()
        return print_document(self, self.desk, document, printer=printer)
