"""商品与库存: the product list with low-stock warnings; add and edit products (admin); stock in
and stock count (cashier), each a movement on the product's record."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gridesk.core.actor import Permission
from gridesk.core.models import new_id
from gridesk.core.points import shop
from gridesk.errors import GrideskError
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.messages import show_error


class ProductDialog(QDialog):
    def __init__(
        self, desk: Desk, product: shop.ProductView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.product = product
        self.saved: shop.ProductView | None = None
        self.setObjectName("productDialog")
        self.setWindowTitle(self.tr("New product") if product is None else self.tr("Product"))
        form = QFormLayout(self)
        self.code = QLineEdit(product.code if product else "")
        self.code.setPlaceholderText(self.tr("Scan the barcode or type a short code"))
        self.name = QLineEdit(product.name if product else "")
        self.category = QLineEdit(product.category if product else "")
        self.price = QSpinBox()
        self.price.setRange(1, shop.MAX_PRICE)
        self.price.setValue(product.price if product else 10)
        self.price.setSuffix(self.tr(" points"))
        self.low = QSpinBox()
        self.low.setRange(0, shop.MAX_STOCK)
        self.low.setValue(product.low_stock if product else 5)
        self.active = QCheckBox(self.tr("On sale"))
        self.active.setChecked(product.active if product else True)
        form.addRow(self.tr("Code"), self.code)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.tr("Warn at stock"), self.low)
        form.addRow("", self.active)
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
        data = shop.ProductInput(
            code=self.code.text(),
            name=self.name.text(),
            price=self.price.value(),
            category=self.category.text(),
            low_stock=self.low.value(),
            active=self.active.isChecked(),
        )
        try:
            if self.product is None:
                self.saved = shop.create_product(self.desk.store, self.desk.actor, data)
            else:
                self.saved = shop.update_product(
                    self.desk.store, self.desk.actor, self.product.id, data
                )
        except GrideskError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()


class ProductsTab(QWidget):
    CODE, NAME, CATEGORY, PRICE, STOCK, STATE = range(6)

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.products: list[shop.ProductView] = []
        layout = QVBoxLayout(self)
        self.warning = QLabel("")
        self.warning.setObjectName("errorText")
        layout.addWidget(self.warning)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("productTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Code"),
                self.tr("Name"),
                self.tr("Category"),
                self.tr("Price"),
                self.tr("Stock"),
                self.tr("State"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            self.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setColumnWidth(self.CODE, 160)
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        bar.addStretch(1)
        self.new_button = QPushButton(self.tr("New product"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.in_button = QPushButton(self.tr("Stock in…"))
        self.count_button = QPushButton(self.tr("Stock count…"))
        self.photo_button = QPushButton(self.tr("Photo…"))
        for b in (
            self.new_button,
            self.edit_button,
            self.photo_button,
            self.in_button,
            self.count_button,
        ):
            bar.addWidget(b)
        layout.addLayout(bar)
        manage = desk.actor.can(Permission.POINTS_MANAGE)
        stock = desk.actor.can(Permission.POINTS_STOCK)
        self.new_button.setVisible(manage)
        self.edit_button.setVisible(manage)
        self.photo_button.setVisible(manage)
        self.photo_button.clicked.connect(lambda: self.choose_photo())
        self.in_button.setVisible(stock)
        self.count_button.setVisible(stock)
        self.new_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.in_button.clicked.connect(self.stock_in)
        self.count_button.clicked.connect(self.stock_count)
        self.table.doubleClicked.connect(lambda _i: self.edit(self.selected()))
        if manage:
            QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.edit(None))
        self.refresh()

    def refresh(self) -> None:
        self.products = shop.list_products(self.desk.store, self.desk.actor)
        self.table.setRowCount(len(self.products))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        low_brush = QBrush(QColor("#FBE3E6"))
        for row, p in enumerate(self.products):
            state = self.tr("Low stock") if p.is_low else ""
            if p.has_photo:
                state = (state + " " + self.tr("with photo")).strip()
            if not p.active:
                state = self.tr("Not on sale")
            values = (p.code, p.name, p.category, str(p.price), str(p.stock), state)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if col in (self.PRICE, self.STOCK):
                    item.setTextAlignment(right)
                if p.is_low:
                    item.setBackground(low_brush)
                self.table.setItem(row, col, item)
        low = [p.name for p in self.products if p.is_low]
        self.warning.setText(
            self.tr("Low stock: {names}").format(names="、".join(low)) if low else ""
        )

    def select_first_low(self) -> None:
        """The first product running low, selected, with the keyboard in the list."""
        self.table.setFocus()
        row = next((n for n, p in enumerate(self.products) if p.is_low), None)
        if row is not None:
            self.table.selectRow(row)

    def selected(self) -> shop.ProductView | None:
        row = self.table.currentRow()
        return self.products[row] if 0 <= row < len(self.products) else None

    def edit(self, product: shop.ProductView | None) -> None:
        if not self.desk.actor.can(Permission.POINTS_MANAGE):
            return
        dialog = ProductDialog(self.desk, product, self)
        if dialog.exec():
            self.refresh()
        dialog.deleteLater()

    def choose_photo(self, path: Path | None = None) -> None:
        p = self.selected()
        if p is None:
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Photo of {name}").format(name=p.name), "",
                self.tr("Pictures (*.jpg *.jpeg *.png)"),
            )  # fmt: skip
            if not chosen:
                return
            path = Path(chosen)
        try:
            shop.set_product_photo(self.desk.store, self.desk.actor, p.id, path.read_bytes())
        except OSError as exc:
            self.warning.setText(str(exc.strerror or exc))
            return
        except GrideskError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def stock_in(self) -> None:
        p = self.selected()
        if p is None:
            return
        n, ok = QInputDialog.getInt(
            self,
            self.tr("Stock in"),
            self.tr("How many {name} arrived?").format(name=p.name),
            1,
            1,
            shop.MAX_STOCK,
        )
        if ok:
            try:
                shop.stock_in(self.desk.store, self.desk.actor, p.id, n, new_id())
            except GrideskError as exc:
                show_error(self, exc)
            self.refresh()

    def stock_count(self) -> None:
        p = self.selected()
        if p is None:
            return
        n, ok = QInputDialog.getInt(
            self,
            self.tr("Stock count"),
            self.tr("How many {name} are on the shelf? (the records say {stock})").format(
                name=p.name, stock=p.stock
            ),
            p.stock,
            0,
            shop.MAX_STOCK,
        )
        if ok:
            try:
                shop.stock_count(self.desk.store, self.desk.actor, p.id, n, new_id())
            except GrideskError as exc:
                show_error(self, exc)
            self.refresh()
