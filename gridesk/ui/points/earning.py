"""积分发放: award points by a rule to one resident or many (an activity's attendees); the
rules catalogue (admin); awards waiting for a second person's approval."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.models import new_id
from gridesk.core.points import accounts, earning
from gridesk.errors import GrideskError
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.messages import show_error
from gridesk.ui.widgets.resident_picker import ResidentPicker, describe


class RuleDialog(QDialog):
    def __init__(self, desk: Desk, rule: earning.RuleView | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.desk = desk
        self.rule = rule
        self.setWindowTitle(self.tr("Earning rule"))
        form = QFormLayout(self)
        self.name = QLineEdit(rule.name if rule else "")
        self.points = QSpinBox()
        self.points.setRange(1, earning.MAX_POINTS)
        self.points.setValue(rule.points if rule else 5)
        self.unit = QLineEdit(rule.unit if rule else "")
        self.unit.setPlaceholderText(self.tr("e.g. hour (empty: once)"))
        self.scheme = QComboBox()
        self.scheme.addItem(self.tr("Civility points"), "civility")
        self.scheme.addItem(self.tr("Pioneer index (party members)"), "pioneer")
        if rule is not None:
            select_data(self.scheme, rule.scheme)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Points"), self.points)
        form.addRow(self.tr("Per"), self.unit)
        form.addRow(self.tr("Scheme"), self.scheme)
        self.error = QLabel("")
        self.error.setObjectName("errorText")
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # once in the dialog, so that it sticks: Enter in any field saves
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        buttons.button(QDialogButtonBox.StandardButton.Save).setDefault(True)

    def save(self) -> None:
        try:
            earning.save_rule(
                self.desk.store,
                self.desk.actor,
                self.name.text(),
                self.points.value(),
                self.unit.text(),
                self.scheme.currentData(),
                rule_id=self.rule.id if self.rule else None,
            )
        except GrideskError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class EarningTab(QWidget):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.operation_id = new_id()
        can_award = desk.actor.can(Permission.POINTS_AWARD)
        layout = QHBoxLayout(self)

        award_box = QGroupBox(self.tr("Award points"))
        form = QVBoxLayout(award_box)
        self.rule = QComboBox()
        self.rule.setObjectName("awardRule")
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 1000)
        self.search = QLineEdit()
        self.search.setObjectName("awardSearch")
        self.search.setPlaceholderText(self.tr("Find a resident, Enter adds them"))
        self.recipients = QListWidget()
        self.recipients.setObjectName("awardRecipients")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (activity, date …)"))
        self.award_button = QPushButton(self.tr("Award"))
        self.award_button.setObjectName("primary")
        self.result = QLabel("")
        self.result.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.rule, 1)
        row.addWidget(QLabel(self.tr("×")))
        row.addWidget(self.quantity)
        form.addLayout(row)
        form.addWidget(self.search)
        form.addWidget(QLabel(self.tr("Residents (Delete removes the selected one):")))
        form.addWidget(self.recipients, 1)
        form.addWidget(self.note)
        form.addWidget(self.award_button)
        form.addWidget(self.result)
        self.hours_button = QPushButton(self.tr("Points for volunteer hours…"))
        self.hours_button.setObjectName("hoursButton")
        form.addWidget(self.hours_button)
        award_box.setEnabled(can_award)
        layout.addWidget(award_box, 3)

        side = QVBoxLayout()
        rules_box = QGroupBox(self.tr("Earning rules"))
        rv = QVBoxLayout(rules_box)
        self.rules = QListWidget()
        self.rules.setObjectName("ruleList")
        rv.addWidget(self.rules, 1)
        rb = QHBoxLayout()
        self.new_rule = QPushButton(self.tr("New rule"))
        self.edit_rule = QPushButton(self.tr("Edit"))
        rb.addWidget(self.new_rule)
        rb.addWidget(self.edit_rule)
        rv.addLayout(rb)
        self.threshold = QSpinBox()
        self.threshold.setRange(0, 1_000_000)
        self.threshold.setPrefix(self.tr("Approval above "))
        self.threshold.setSuffix(self.tr(" points per resident"))
        rv.addWidget(self.threshold)
        self.pooled = QCheckBox(self.tr("A household shares one account"))
        self.pooled.setToolTip(self.tr("Can be set only before the first points are awarded."))
        rv.addWidget(self.pooled)
        manage = desk.actor.can(Permission.POINTS_MANAGE)
        for w in (self.new_rule, self.edit_rule, self.threshold, self.pooled):
            w.setVisible(manage)
        side.addWidget(rules_box, 1)

        pending_box = QGroupBox(self.tr("Waiting for approval"))
        pv = QVBoxLayout(pending_box)
        self.pending = QListWidget()
        self.pending.setObjectName("pendingAwards")
        self.pending.setWordWrap(True)
        pv.addWidget(self.pending, 1)
        pb = QHBoxLayout()
        self.approve = QPushButton(self.tr("Approve"))
        self.reject = QPushButton(self.tr("Reject"))
        pb.addWidget(self.approve)
        pb.addWidget(self.reject)
        pv.addLayout(pb)
        approver = desk.actor.can(Permission.POINTS_APPROVE)
        self.approve.setVisible(approver)
        self.reject.setVisible(approver)
        side.addWidget(pending_box, 1)
        layout.addLayout(side, 2)

        self.search.returnPressed.connect(self.add_recipient)
        self.award_button.clicked.connect(self.award)
        self.hours_button.clicked.connect(self.award_hours)
        self.new_rule.clicked.connect(lambda: self.edit(None))
        self.edit_rule.clicked.connect(self.edit_selected)
        self.threshold.editingFinished.connect(self.save_threshold)
        self.pooled.toggled.connect(self.save_pooling)
        self.approve.clicked.connect(lambda: self.decide(True))
        self.reject.clicked.connect(lambda: self.decide(False))
        self.recipients.installEventFilter(self)
        self.rule.currentIndexChanged.connect(self._changed)
        self.quantity.valueChanged.connect(self._changed)
        self.note.textChanged.connect(self._changed)
        self.refresh()

    def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
        if (
            watched is self.recipients
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
        ):
            self.recipients.takeItem(self.recipients.currentRow())
            self._changed()
            return True
        return False

    def _changed(self) -> None:
        self.operation_id = new_id()  # another award: a new operation

    def refresh(self) -> None:
        rules = earning.list_rules(self.desk.store, self.desk.actor)
        current = self.rule.currentData()
        self.rule.blockSignals(True)
        self.rule.clear()
        self.rules.clear()
        for r in rules:
            per = self.tr(" per {unit}").format(unit=r.unit) if r.unit else ""
            text = self.tr("{name}: {points} points{per}").format(
                name=r.name, points=r.points, per=per
            )
            self.rule.addItem(text, r.id)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, r)
            self.rules.addItem(item)
        if current is not None:
            select_data(self.rule, current)
        self.rule.blockSignals(False)
        self.threshold.blockSignals(True)
        self.threshold.setValue(accounts.approval_threshold(self.desk.store))
        self.threshold.blockSignals(False)
        self.pooled.blockSignals(True)
        self.pooled.setChecked(accounts.pooling(self.desk.store))
        self.pooled.blockSignals(False)
        self.pending.clear()
        for a in earning.list_awards(self.desk.store, self.desk.actor, earning.PENDING):
            names = "、".join(name for _, name in a.recipients[:5])
            more = len(a.recipients) - 5
            if more > 0:
                names += self.tr(" and %n more", "", more)
            item = QListWidgetItem(
                self.tr("{rule} ×{q}: {points} points each to {names}").format(
                    rule=a.rule_name, q=a.quantity, points=a.points_each, names=names
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            self.pending.addItem(item)

    def add_recipient(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        r, why_not = ResidentPicker.one(self.desk, text)
        if r is None:
            self.result.setText(why_not)
            return
        for i in range(self.recipients.count()):
            if self.recipients.item(i).data(Qt.ItemDataRole.UserRole) == r.id:
                break
        else:
            item = QListWidgetItem(describe(r, ("address",)))
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.recipients.addItem(item)
            self._changed()
        self.search.clear()
        self.result.setText("")

    def recipient_ids(self) -> list[uuid.UUID]:
        return [
            self.recipients.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.recipients.count())
        ]

    def award(self) -> None:
        rule_id = self.rule.currentData()
        if rule_id is None:
            return
        try:
            done = earning.award(
                self.desk.store,
                self.desk.actor,
                rule_id,
                self.recipient_ids(),
                self.operation_id,
                quantity=self.quantity.value(),
                note=self.note.text(),
            )
        except GrideskError as exc:
            self.result.setText(error_text(exc))
            return
        if done.status == earning.PENDING:
            self.result.setText(
                self.tr("{points} points each wait for a second person's approval.").format(
                    points=done.points_each
                )
            )
        else:
            self.result.setText(
                self.tr(
                    "Awarded {points} points each to %n resident(s).", "", len(done.recipients)
                ).format(points=done.points_each)
            )
        self.recipients.clear()
        self.note.clear()
        self._changed()
        self.refresh()

    def award_hours(self) -> None:
        """Approved volunteer hours that have not earned points yet, awarded at once."""
        from gridesk.ui.points.hours_dialog import HoursAwardDialog

        HoursAwardDialog(self.desk, self).exec()
        self.refresh()

    def edit(self, rule: earning.RuleView | None) -> None:
        dialog = RuleDialog(self.desk, rule, self)
        if dialog.exec():
            self.refresh()
        dialog.deleteLater()

    def edit_selected(self) -> None:
        item = self.rules.currentItem()
        if item is not None:
            self.edit(item.data(Qt.ItemDataRole.UserRole))

    def save_threshold(self) -> None:
        try:
            accounts.set_approval_threshold(
                self.desk.store, self.desk.actor, self.threshold.value()
            )
        except GrideskError as exc:
            show_error(self, exc)

    def save_pooling(self, pooled: bool) -> None:
        try:
            accounts.set_pooling(self.desk.store, self.desk.actor, pooled)
        except GrideskError as exc:
            self.result.setText(error_text(exc))
            self.refresh()

    def decide(self, approve: bool) -> None:
        item = self.pending.currentItem()
        if item is None:
            return
        try:
            earning.decide(
                self.desk.store,
                self.desk.actor,
                item.data(Qt.ItemDataRole.UserRole),
                approve,
                new_id(),
            )
        except GrideskError as exc:
            show_error(self, exc)
        self.refresh()
