"""物品: the shelf. Add and edit items (with donor and photo), take them out of circulation
and back, print their asset labels and the donor's thank-you note."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gridesk import clock
from gridesk.core.actor import Permission
from gridesk.core.pictures import prepare_photo
from gridesk.core.treasure import lending, papers
from gridesk.core.treasure.labels import ITEM_STATUS
from gridesk.core.treasure.lending import ItemInput, ItemView
from gridesk.core.treasure.models import IN_REPAIR, ITEM_STATUSES, RETIRED
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_treasure_item_dialog import Ui_TreasureItemDialog
from gridesk.ui.i18n import error_text, label_text
from gridesk.ui.lazy_model import Column, LazyTableModel, configure_big_table
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.resident_picker import add_residents, find_residents

CATEGORIES = ("工具", "助老助残", "雨具", "家居", "文体", "母婴")


class ItemDialog(QDialog):
    """Add (``item`` None) or edit an item. ``saved`` holds the result when accepted."""

    def __init__(self, desk: Desk, item: ItemView | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TreasureItemDialog()
        self.ui.setupUi(self)
        self.desk = desk
        self.item = item
        self.saved: ItemView | None = None
        self._photo: bytes | None = None
        self.ui.messageLabel.setObjectName("errorText")
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New item"))
        self.ui.categoryCombo.addItems(list(CATEGORIES))
        self.ui.donorCombo.addItem(self.tr("(no donor)"), None)
        self.ui.donorSearch.installEventFilter(self)  # Enter searches; it must not save
        self.ui.photoButton.clicked.connect(self._choose_photo)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        self.ui.buttons.rejected.connect(self.reject)
        if item is not None:
            self.ui.nameEdit.setText(item.name)
            self.ui.categoryCombo.setCurrentText(item.category)
            if item.donor_id is not None:
                self.ui.donorCombo.addItem(item.donor_name, item.donor_id)
                select_data(self.ui.donorCombo, item.donor_id)
            self.ui.donatedEdit.setText(item.donated_on.isoformat() if item.donated_on else "")
            self.ui.conditionEdit.setText(item.condition)
            self.ui.locationEdit.setText(item.location)
            self.ui.daysSpin.setValue(item.max_loan_days)
            self.ui.depositSpin.setValue(item.deposit)
            self.ui.borrowersEdit.setText(item.borrowers)
            self.ui.notesEdit.setPlainText(item.notes)
            if item.has_photo:
                self._show_photo(lending.item_photo(desk.store, desk.actor, item.id))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.ui.donorSearch
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._find_donor()
            return True
        return super().eventFilter(watched, event)

    def _find_donor(self) -> None:
        text = self.ui.donorSearch.text().strip()
        if not text:
            return
        rows = find_residents(self.desk, text, 30)
        self.ui.donorCombo.clear()
        self.ui.donorCombo.addItem(self.tr("(no donor)"), None)
        add_residents(self.ui.donorCombo, rows)
        self.ui.donorCombo.setCurrentIndex(1 if rows else 0)
        self.ui.messageLabel.setText("" if rows else self.tr("No resident found."))

    def _show_photo(self, data: bytes | None) -> None:
        if not data:
            return
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(data))
        self.ui.photoLabel.setPixmap(
            pixmap.scaled(
                180,
                180,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )

    def _choose_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Photo of the item"), "", self.tr("Images (*.jpg *.jpeg *.png)")
        )
        if not path:
            return
        try:
            with open(path, "rb") as f:
                self._photo = prepare_photo(f.read())
        except (OSError, GrideskError) as exc:
            self.ui.messageLabel.setText(
                error_text(exc) if isinstance(exc, GrideskError) else str(exc)
            )
            return
        self._show_photo(self._photo)

    def _save(self) -> None:
        donated: date | None = None
        text = self.ui.donatedEdit.text().strip()
        if text:
            try:
                donated = date.fromisoformat(text)
            except ValueError:
                self.ui.messageLabel.setText(self.tr("Write the date as 2026-05-01."))
                self.ui.donatedEdit.setFocus()
                return
        data = ItemInput(
            name=self.ui.nameEdit.text(),
            category=self.ui.categoryCombo.currentText(),
            donor_id=self.ui.donorCombo.currentData(),
            donated_on=donated,
            condition=self.ui.conditionEdit.text(),
            location=self.ui.locationEdit.text(),
            max_loan_days=self.ui.daysSpin.value(),
            deposit=self.ui.depositSpin.value(),
            borrowers=self.ui.borrowersEdit.text(),
            notes=self.ui.notesEdit.toPlainText(),
            photo=self._photo,
        )
        try:
            self.saved = lending.save_item(
                self.desk.store, self.desk.actor, self.item.id if self.item else None, data
            )
        except ValidationError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            if exc.field == "name":
                self.ui.nameEdit.setFocus()
            return
        except GrideskError as exc:
            self.ui.messageLabel.setText(error_text(exc))
            return
        self.accept()


class ItemsTab(QWidget):
    """The shelf as a list. ``open_at_desk(item_id)``: the person wants to lend or take it back."""

    NAME, CATEGORY, STATUS, BORROWER, QUEUE, SHELF, DONOR = range(7)
    open_at_desk = Signal(object)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self._rows: list[ItemView] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find an item by name, category or shelf"))
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("In circulation"), None)
        for status in ITEM_STATUSES:
            self.status_filter.addItem(label_text(ITEM_STATUS, status), status)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        layout.addLayout(bar)
        self.model: LazyTableModel[ItemView] = LazyTableModel(
            self._columns(), lambda: len(self._rows), self._page, self
        )
        self.table = QTableView()
        self.table.setObjectName("treasureItems")
        configure_big_table(self.table, self.model)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        more = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("subtle")
        buttons.addWidget(self.count_label, 1)
        self.new_button = QPushButton(self.tr("New item…"))
        self.new_button.setObjectName("primary")
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.desk_button = QPushButton(self.tr("Lend / take back"))
        self.repair_button = QPushButton(self.tr("To repair…"))
        self.back_button = QPushButton(self.tr("Back in circulation"))
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.labels_button = QPushButton(self.tr("Labels (A4 sheet)…"))
        self.roll_button = QPushButton(self.tr("Label (40×30 mm)…"))
        self.thanks_button = QPushButton(self.tr("Thank-you note…"))
        for b in (self.new_button, self.edit_button, self.desk_button):
            buttons.addWidget(b)
        for b in (self.repair_button, self.back_button, self.retire_button):
            more.addWidget(b)
        more.addStretch(1)
        for b in (self.labels_button, self.roll_button, self.thanks_button):
            more.addWidget(b)
        layout.addLayout(buttons)
        layout.addLayout(more)
        manage = desk.actor.can(Permission.TREASURE_MANAGE)
        for b in (
            self.new_button,
            self.edit_button,
            self.repair_button,
            self.back_button,
            self.retire_button,
            self.labels_button,
            self.roll_button,
            self.thanks_button,
        ):
            b.setVisible(manage)
        self.search.textChanged.connect(self.refresh)
        self.status_filter.currentIndexChanged.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _i: self._to_desk())
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_item)
        self.desk_button.clicked.connect(self._to_desk)
        self.repair_button.clicked.connect(lambda: self._set_status(IN_REPAIR))
        self.back_button.clicked.connect(lambda: self._set_status("available"))
        self.retire_button.clicked.connect(lambda: self._set_status(RETIRED))
        self.labels_button.clicked.connect(lambda: self._print_labels(roll=False))
        self.roll_button.clicked.connect(lambda: self._print_labels(roll=True))
        self.thanks_button.clicked.connect(self._print_thanks)
        self.refresh()

    def _columns(self) -> list[Column[ItemView]]:
        today = clock.today()

        def borrower(i: ItemView) -> str:
            if not i.borrower_name or i.due_on is None:
                return ""
            if i.due_on < today:
                return self.tr("{name} (OVERDUE since {due})").format(
                    name=i.borrower_name, due=i.due_on.isoformat()
                )
            return self.tr("{name} (due {due})").format(
                name=i.borrower_name, due=i.due_on.isoformat()
            )

        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("Item"), lambda i: i.name, width=200),
            Column(self.tr("Category"), lambda i: i.category, width=90),
            Column(
                self.tr("Status"),
                lambda i: label_text(ITEM_STATUS, i.status),
                width=130,
            ),
            Column(self.tr("Borrower"), borrower, width=280),
            Column(self.tr("Queue"), lambda i: str(i.waiting) if i.waiting else "", right, 60),
            Column(self.tr("Shelf"), lambda i: i.location, width=90),
            Column(self.tr("Donor"), lambda i: i.donor_name, width=100),
        ]

    def _page(self, offset: int, limit: int) -> list[ItemView]:
        return self._rows[offset : offset + limit]

    def refresh(self) -> None:
        self._rows = lending.list_items(
            self.desk.store, self.desk.actor, self.search.text(), self.status_filter.currentData()
        )
        self.model.reload()
        self.count_label.setText(self.tr("%n item(s)", "", len(self._rows)))
        if self._rows:
            self.table.selectRow(0)

    def selected(self) -> ItemView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_item(self, item_id: uuid.UUID) -> None:
        for row, item in enumerate(self._rows):
            if item.id == item_id:
                self.table.selectRow(row)
                return

    def new_item(self) -> None:
        dialog = ItemDialog(self.desk, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.refresh()
            self.select_item(dialog.saved.id)

    def edit_item(self) -> None:
        item = self.selected()
        if item is None:
            return
        dialog = ItemDialog(self.desk, item, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_item(item.id)

    def _to_desk(self) -> None:
        item = self.selected()
        if item is not None:
            self.open_at_desk.emit(item.id)

    def _set_status(self, status: str) -> None:
        item = self.selected()
        if item is None:
            return
        note = ""
        if status != "available":
            prompt = (
                self.tr("Why does {item} go to repair (missing parts, damage)?")
                if status == IN_REPAIR
                else self.tr("Why is {item} retired?")
            )
            note, ok = QInputDialog.getText(
                self, self.tr("Out of circulation"), prompt.format(item=item.name)
            )
            if not ok:
                return
        try:
            lending.set_item_status(self.desk.store, self.desk.actor, item.id, status, note)
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.select_item(item.id)

    def _print_labels(self, *, roll: bool) -> None:
        from gridesk.ui.printing import print_paper

        item = self.selected()
        if item is None:
            return
        ids = [item.id] if roll else [i.id for i in self._rows]
        store, actor = self.desk.store, self.desk.actor
        print_paper(self, self.desk, lambda: papers.paper_labels(store, actor, ids, roll=roll))

    def _print_thanks(self) -> None:
        from gridesk.ui.printing import print_paper

        item = self.selected()
        if item is None:
            return
        store, actor = self.desk.store, self.desk.actor
        print_paper(self, self.desk, lambda: papers.paper_thank_you(store, actor, item.id))
