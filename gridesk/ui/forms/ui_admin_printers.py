# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_printers.ui'
##
## Created by: Qt User Interface Compiler version 6.10.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_PrintersTab(object):
    def setupUi(self, PrintersTab):
        if not PrintersTab.objectName():
            PrintersTab.setObjectName(u"PrintersTab")
        PrintersTab.resize(900, 560)
        self.outer = QVBoxLayout(PrintersTab)
        self.outer.setSpacing(10)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(16, 14, 16, 12)
        self.dialogTitle = QLabel(PrintersTab)
        self.dialogTitle.setObjectName(u"dialogTitle")

        self.outer.addWidget(self.dialogTitle)

        self.receiptsBox = QGroupBox(PrintersTab)
        self.receiptsBox.setObjectName(u"receiptsBox")
        self.receiptsForm = QFormLayout(self.receiptsBox)
        self.receiptsForm.setObjectName(u"receiptsForm")
        self.receiptsForm.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.receiptsForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.receiptsForm.setHorizontalSpacing(10)
        self.receiptsForm.setVerticalSpacing(10)
        self.outputLabel = QLabel(self.receiptsBox)
        self.outputLabel.setObjectName(u"outputLabel")

        self.receiptsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.outputLabel)

        self.outputs = QHBoxLayout()
        self.outputs.setSpacing(18)
        self.outputs.setObjectName(u"outputs")
        self.systemRadio = QRadioButton(self.receiptsBox)
        self.systemRadio.setObjectName(u"systemRadio")

        self.outputs.addWidget(self.systemRadio)

        self.escposRadio = QRadioButton(self.receiptsBox)
        self.escposRadio.setObjectName(u"escposRadio")

        self.outputs.addWidget(self.escposRadio)

        self.outputsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outputs.addItem(self.outputsEnd)


        self.receiptsForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.outputs)

        self.receiptPrinterLabel = QLabel(self.receiptsBox)
        self.receiptPrinterLabel.setObjectName(u"receiptPrinterLabel")

        self.receiptsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receiptPrinterLabel)

        self.receiptPrinterCombo = QComboBox(self.receiptsBox)
        self.receiptPrinterCombo.setObjectName(u"receiptPrinterCombo")
        self.receiptPrinterCombo.setMinimumSize(QSize(360, 0))

        self.receiptsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receiptPrinterCombo)

        self.escposLabel = QLabel(self.receiptsBox)
        self.escposLabel.setObjectName(u"escposLabel")

        self.receiptsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.escposLabel)

        self.escposEdit = QLineEdit(self.receiptsBox)
        self.escposEdit.setObjectName(u"escposEdit")
        self.escposEdit.setMinimumSize(QSize(360, 0))
        self.escposEdit.setPlaceholderText(u"usb:0x0416:0x5011")

        self.receiptsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.escposEdit)

        self.escposHint = QLabel(self.receiptsBox)
        self.escposHint.setObjectName(u"escposHint")

        self.receiptsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.escposHint)

        self.widthLabel = QLabel(self.receiptsBox)
        self.widthLabel.setObjectName(u"widthLabel")

        self.receiptsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.widthLabel)

        self.widths = QHBoxLayout()
        self.widths.setSpacing(18)
        self.widths.setObjectName(u"widths")
        self.width58Radio = QRadioButton(self.receiptsBox)
        self.width58Radio.setObjectName(u"width58Radio")

        self.widths.addWidget(self.width58Radio)

        self.width80Radio = QRadioButton(self.receiptsBox)
        self.width80Radio.setObjectName(u"width80Radio")

        self.widths.addWidget(self.width80Radio)

        self.widthsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.widths.addItem(self.widthsEnd)


        self.receiptsForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.widths)

        self.testRow = QHBoxLayout()
        self.testRow.setObjectName(u"testRow")
        self.testButton = QPushButton(self.receiptsBox)
        self.testButton.setObjectName(u"testButton")

        self.testRow.addWidget(self.testButton)

        self.testHint = QLabel(self.receiptsBox)
        self.testHint.setObjectName(u"testHint")

        self.testRow.addWidget(self.testHint)

        self.testRowEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.testRow.addItem(self.testRowEnd)


        self.receiptsForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.testRow)


        self.outer.addWidget(self.receiptsBox)

        self.pagesBox = QGroupBox(PrintersTab)
        self.pagesBox.setObjectName(u"pagesBox")
        self.pagesForm = QFormLayout(self.pagesBox)
        self.pagesForm.setObjectName(u"pagesForm")
        self.pagesForm.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)
        self.pagesForm.setLabelAlignment(Qt.AlignRight|Qt.AlignVCenter)
        self.pagesForm.setHorizontalSpacing(10)
        self.pagesForm.setVerticalSpacing(10)
        self.pagePrinterLabel = QLabel(self.pagesBox)
        self.pagePrinterLabel.setObjectName(u"pagePrinterLabel")

        self.pagesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.pagePrinterLabel)

        self.pagePrinterCombo = QComboBox(self.pagesBox)
        self.pagePrinterCombo.setObjectName(u"pagePrinterCombo")
        self.pagePrinterCombo.setMinimumSize(QSize(360, 0))

        self.pagesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.pagePrinterCombo)

        self.pageHint = QLabel(self.pagesBox)
        self.pageHint.setObjectName(u"pageHint")

        self.pagesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.pageHint)


        self.outer.addWidget(self.pagesBox)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.saveButton = QPushButton(PrintersTab)
        self.saveButton.setObjectName(u"saveButton")

        self.buttons.addWidget(self.saveButton)

        self.buttonsEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsEnd)


        self.outer.addLayout(self.buttons)

        self.messageLabel = QLabel(PrintersTab)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.bottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottom)


        self.retranslateUi(PrintersTab)

        QMetaObject.connectSlotsByName(PrintersTab)
    # setupUi

    def retranslateUi(self, PrintersTab):
        self.dialogTitle.setText(QCoreApplication.translate("PrintersTab", u"Printers of this desk", None))
        self.receiptsBox.setTitle(QCoreApplication.translate("PrintersTab", u"Receipts (58 or 80 mm roll printer)", None))
        self.outputLabel.setText(QCoreApplication.translate("PrintersTab", u"Send receipts", None))
        self.systemRadio.setText(QCoreApplication.translate("PrintersTab", u"Through the system printer driver", None))
        self.escposRadio.setText(QCoreApplication.translate("PrintersTab", u"Directly, as ESC/POS commands", None))
        self.receiptPrinterLabel.setText(QCoreApplication.translate("PrintersTab", u"Receipt printer", None))
        self.escposLabel.setText(QCoreApplication.translate("PrintersTab", u"ESC/POS address", None))
        self.escposHint.setText(QCoreApplication.translate("PrintersTab", u"usb:VENDOR:PRODUCT (e.g. usb:0x0416:0x5011)\n"
"network:HOST:PORT (e.g. network:192.168.1.50:9100)\n"
"file:DEVICE (e.g. file:/dev/usb/lp0)", None))
        self.widthLabel.setText(QCoreApplication.translate("PrintersTab", u"Paper width", None))
        self.width58Radio.setText(QCoreApplication.translate("PrintersTab", u"58 mm", None))
        self.width80Radio.setText(QCoreApplication.translate("PrintersTab", u"80 mm", None))
        self.testButton.setText(QCoreApplication.translate("PrintersTab", u"Print a test receipt", None))
        self.testHint.setText(QCoreApplication.translate("PrintersTab", u"uses the choices above, even before they are saved", None))
        self.pagesBox.setTitle(QCoreApplication.translate("PrintersTab", u"Cards and A4 pages", None))
        self.pagePrinterLabel.setText(QCoreApplication.translate("PrintersTab", u"A4 printer", None))
        self.pageHint.setText(QCoreApplication.translate("PrintersTab", u"The print dialog starts on this printer; another can be chosen.", None))
        self.saveButton.setText(QCoreApplication.translate("PrintersTab", u"Save printer settings", None))
        pass
    # retranslateUi

