"""打印机: where receipts and pages are printed, and a test receipt to try it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from gridesk.core import printing
from gridesk.core.printing import (
    FAMILY_RECEIPT,
    KIND_TEST_RECEIPT,
    OUTPUT_ESCPOS,
    OUTPUT_SYSTEM,
    PrinterSettings,
)
from gridesk.errors import GrideskError, ValidationError
from gridesk.ui.admin.table import heading
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.i18n import error_text
from gridesk.ui.printing import (
    Document,
    Outcome,
    PrintResult,
    available_printers,
    print_document,
)
from gridesk.ui.widgets.message_line import say


class PrintersTab(QWidget):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.last_result: PrintResult | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Printers of this desk")))

        receipts = QGroupBox(self.tr("Receipts (58 or 80 mm roll printer)"))
        form = QFormLayout(receipts)
        form.setSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.system_radio = QRadioButton(self.tr("Through the system printer driver"))
        self.escpos_radio = QRadioButton(self.tr("Directly, as ESC/POS commands"))
        self.output_group = QButtonGroup(self)
        self.output_group.addButton(self.system_radio)
        self.output_group.addButton(self.escpos_radio)
        outputs = QHBoxLayout()
        outputs.setSpacing(18)
        outputs.addWidget(self.system_radio)
        outputs.addWidget(self.escpos_radio)
        outputs.addStretch(1)
        form.addRow(self.tr("Send receipts"), outputs)
        self.receipt_printer = QComboBox()
        self.receipt_printer.setMinimumWidth(360)
        form.addRow(self.tr("Receipt printer"), self.receipt_printer)
        self.escpos_edit = QLineEdit()
        self.escpos_edit.setMinimumWidth(360)
        self.escpos_edit.setPlaceholderText("usb:0x0416:0x5011")
        form.addRow(self.tr("ESC/POS address"), self.escpos_edit)
        form.addRow(
            "",
            self._hint(
                self.tr(
                    "usb:VENDOR:PRODUCT (e.g. usb:0x0416:0x5011), network:HOST:PORT "
                    "(e.g. network:192.168.1.50:9100) or file:DEVICE (e.g. file:/dev/usb/lp0)"
                ),
                600,
            ),
        )
        self.width_58 = QRadioButton(self.tr("58 mm"))
        self.width_80 = QRadioButton(self.tr("80 mm"))
        self.width_group = QButtonGroup(self)
        self.width_group.addButton(self.width_58, 58)
        self.width_group.addButton(self.width_80, 80)
        widths = QHBoxLayout()
        widths.setSpacing(18)
        widths.addWidget(self.width_58)
        widths.addWidget(self.width_80)
        widths.addStretch(1)
        form.addRow(self.tr("Paper width"), widths)
        self.test_button = QPushButton(self.tr("Print a test receipt"))
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(
            self._hint(self.tr("uses the choices above, even before they are saved"))
        )
        test_row.addStretch(1)
        form.addRow("", test_row)
        layout.addWidget(receipts)

        pages = QGroupBox(self.tr("Cards and A4 pages"))
        page_form = QFormLayout(pages)
        page_form.setSpacing(10)
        page_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        page_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.page_printer = QComboBox()
        self.page_printer.setMinimumWidth(360)
        page_form.addRow(self.tr("A4 printer"), self.page_printer)
        page_form.addRow(
            "",
            self._hint(self.tr("The print dialog starts on this printer; another can be chosen.")),
        )
        layout.addWidget(pages)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save printer settings"))
        self.save_button.setObjectName("primary")
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)

        self.system_radio.toggled.connect(lambda _on: self._update_enabled())
        self.save_button.clicked.connect(lambda _checked: self.save())
        self.test_button.clicked.connect(lambda _checked: self.print_test_receipt())

    def _hint(self, text: str, width: int = 0) -> QLabel:
        """A grey line under a field; ``width`` lets a long one wrap at a readable measure."""
        label = QLabel(text)
        label.setObjectName("subtle")
        if width:
            label.setWordWrap(True)
            label.setMinimumWidth(width)
        return label

    def _fill_printers(self, combo: QComboBox, chosen: str) -> None:
        combo.clear()
        combo.addItem(self.tr("(the system's default printer)"), "")
        names = available_printers()
        for name in names:
            combo.addItem(name, name)
        if chosen and chosen not in names:
            combo.addItem(
                self.tr("{name} (not found on this computer)").format(name=chosen), chosen
            )
        select_data(combo, chosen)

    def refresh(self) -> None:
        settings = printing.printer_settings(self.desk.store)
        self._fill_printers(self.receipt_printer, settings.receipt_printer)
        self._fill_printers(self.page_printer, settings.page_printer)
        self.escpos_edit.setText(settings.escpos_target)
        escpos = settings.receipt_output == OUTPUT_ESCPOS
        self.escpos_radio.setChecked(escpos)
        self.system_radio.setChecked(not escpos)
        (self.width_58 if settings.receipt_width == 58 else self.width_80).setChecked(True)
        self._update_enabled()

    def _update_enabled(self) -> None:
        system = self.system_radio.isChecked()
        self.receipt_printer.setEnabled(system)
        self.escpos_edit.setEnabled(not system)

    def form_settings(self) -> PrinterSettings:
        """What the form says, checked (raises ValidationError)."""
        return printing.validate_printer_settings(
            PrinterSettings(
                receipt_printer=self.receipt_printer.currentData() or "",
                receipt_width=self.width_group.checkedId()
                if self.width_group.checkedId() > 0
                else 80,
                receipt_output=OUTPUT_ESCPOS if self.escpos_radio.isChecked() else OUTPUT_SYSTEM,
                escpos_target=self.escpos_edit.text(),
                page_printer=self.page_printer.currentData() or "",
            )
        )

    def _refused(self, exc: GrideskError) -> None:
        if isinstance(exc, ValidationError) and exc.field == "escpos_target":
            self.escpos_edit.setFocus()
        say(self.message, error_text(exc), error=True)

    def save(self) -> None:
        try:
            saved = printing.save_printer_settings(
                self.desk.store, self.desk.actor, self.form_settings()
            )
        except GrideskError as exc:
            self._refused(exc)
            return
        self.escpos_edit.setText(saved.escpos_target)
        say(self.message, self.tr("Printer settings saved."))

    def print_test_receipt(self) -> PrintResult | None:
        """A receipt with the station's header, Chinese lines and a QR code, printed the way
        the form says and kept in the print history."""
        from gridesk.documents.receipt import render_receipt

        try:
            settings = self.form_settings()
        except GrideskError as exc:
            self._refused(exc)
            return None
        receipt = printing.make_test_receipt(self.desk.store, settings)
        where = (
            settings.escpos_target
            if settings.receipt_output == OUTPUT_ESCPOS
            else settings.receipt_printer or self.tr("the system's default printer")
        )
        document = Document(
            kind=KIND_TEST_RECEIPT,
            title="打印测试",
            subject=where,
            pdf=render_receipt(receipt, settings.receipt_page_kind),
            family=FAMILY_RECEIPT,
            receipt=receipt,
        )
        result = print_document(self, self.desk, document, settings=settings)
        self.last_result = result
        if result.outcome is Outcome.PRINTED:
            say(
                self.message,
                self.tr(
                    "A test receipt went to {where}. If its Chinese text and QR code are clear, "
                    "the settings are right."
                ).format(where=where),
            )
        elif result.error is not None:
            say(self.message, error_text(result.error), error=True)
        return result
