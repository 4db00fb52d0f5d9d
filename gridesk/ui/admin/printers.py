"""打印机: where receipts and pages are printed, and a test receipt to try it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QScrollArea,
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
from gridesk.ui.combo import select_data
from gridesk.ui.desk import Desk
from gridesk.ui.forms.ui_admin_printers import Ui_PrintersTab
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
        self.ui = ui = Ui_PrintersTab()
        body = QWidget()
        ui.setupUi(body)
        # taller than the room a 1280×720 screen leaves the tab: it scrolls, nothing is squeezed
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        for hint in (ui.escposHint, ui.testHint, ui.pageHint):
            hint.setObjectName("subtle")  # grey, like every hint under a field
        ui.saveButton.setObjectName("primary")
        self.system_radio, self.escpos_radio = ui.systemRadio, ui.escposRadio
        self.receipt_printer, self.page_printer = ui.receiptPrinterCombo, ui.pagePrinterCombo
        self.escpos_edit = ui.escposEdit
        self.width_58, self.width_80 = ui.width58Radio, ui.width80Radio
        self.test_button, self.save_button = ui.testButton, ui.saveButton
        self.message = ui.messageLabel
        # the groups by code: a form cannot give the widths their ids (the paper's millimetres)
        self.output_group = QButtonGroup(self)
        self.output_group.addButton(self.system_radio)
        self.output_group.addButton(self.escpos_radio)
        self.width_group = QButtonGroup(self)
        self.width_group.addButton(self.width_58, 58)
        self.width_group.addButton(self.width_80, 80)

        self.system_radio.toggled.connect(lambda _on: self._update_enabled())
        self.save_button.clicked.connect(lambda _checked: self.save())
        self.test_button.clicked.connect(lambda _checked: self.print_test_receipt())

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
        # testing the printer: its absence is the answer, not a preview
        result = print_document(
            self, self.desk, document, settings=settings, preview_without_printer=False
        )
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
