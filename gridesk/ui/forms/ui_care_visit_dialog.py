# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_visit_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        VisitDialog.resize(620, 560)
        self.outer = QVBoxLayout(VisitDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.dayLabel = QLabel(VisitDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(VisitDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.kindLabel = QLabel(VisitDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(VisitDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.visitorsLabel = QLabel(VisitDialog)
        self.visitorsLabel.setObjectName(u"visitorsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.visitorsLabel)

        self.visitorsEdit = QLineEdit(VisitDialog)
        self.visitorsEdit.setObjectName(u"visitorsEdit")
        self.visitorsEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.visitorsEdit)

        self.findingsLabel = QLabel(VisitDialog)
        self.findingsLabel.setObjectName(u"findingsLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.findingsLabel)

        self.findingsEdit = QPlainTextEdit(VisitDialog)
        self.findingsEdit.setObjectName(u"findingsEdit")
        self.findingsEdit.setMinimumSize(QSize(0, 90))
        self.findingsEdit.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.findingsEdit)


        self.outer.addLayout(self.form)

        self.goodsLabel = QLabel(VisitDialog)
        self.goodsLabel.setObjectName(u"goodsLabel")

        self.outer.addWidget(self.goodsLabel)

        self.goodsTable = QTableWidget(VisitDialog)
        if (self.goodsTable.columnCount() < 4):
            self.goodsTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.goodsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.goodsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.goodsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.goodsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        if (self.goodsTable.rowCount() < 4):
            self.goodsTable.setRowCount(4)
        self.goodsTable.setObjectName(u"goodsTable")
        self.goodsTable.setMinimumSize(QSize(0, 160))
        self.goodsTable.setMaximumSize(QSize(16777215, 160))
        self.goodsTable.setRowCount(4)
        self.goodsTable.setColumnCount(4)
        self.goodsTable.horizontalHeader().setStretchLastSection(False)
        self.goodsTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.goodsTable)

        self.followUpsLabel = QLabel(VisitDialog)
        self.followUpsLabel.setObjectName(u"followUpsLabel")

        self.outer.addWidget(self.followUpsLabel)

        self.followUpsEdit = QPlainTextEdit(VisitDialog)
        self.followUpsEdit.setObjectName(u"followUpsEdit")
        self.followUpsEdit.setMinimumSize(QSize(0, 70))
        self.followUpsEdit.setMaximumSize(QSize(16777215, 70))

        self.outer.addWidget(self.followUpsEdit)

        self.photos = QHBoxLayout()
        self.photos.setObjectName(u"photos")
        self.addPhotoButton = QPushButton(VisitDialog)
        self.addPhotoButton.setObjectName(u"addPhotoButton")

        self.photos.addWidget(self.addPhotoButton)

        self.photoNote = QLabel(VisitDialog)
        self.photoNote.setObjectName(u"photoNote")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.photoNote.sizePolicy().hasHeightForWidth())
        self.photoNote.setSizePolicy(sizePolicy)

        self.photos.addWidget(self.photoNote)


        self.outer.addLayout(self.photos)

        self.buttons = QDialogButtonBox(VisitDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.dayLabel.setBuddy(self.dayEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.visitorsLabel.setBuddy(self.visitorsEdit)
        self.findingsLabel.setBuddy(self.findingsEdit)
        self.goodsLabel.setBuddy(self.goodsTable)
        self.followUpsLabel.setBuddy(self.followUpsEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.dayEdit, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.visitorsEdit)
        QWidget.setTabOrder(self.visitorsEdit, self.findingsEdit)
        QWidget.setTabOrder(self.findingsEdit, self.goodsTable)
        QWidget.setTabOrder(self.goodsTable, self.followUpsEdit)
        QWidget.setTabOrder(self.followUpsEdit, self.addPhotoButton)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"Record a visit", None))
        self.dayLabel.setText(QCoreApplication.translate("VisitDialog", u"Date", None))
        self.kindLabel.setText(QCoreApplication.translate("VisitDialog", u"Kind", None))
        self.visitorsLabel.setText(QCoreApplication.translate("VisitDialog", u"Visited by", None))
        self.visitorsEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"Names, separated by \u3001", None))
        self.findingsLabel.setText(QCoreApplication.translate("VisitDialog", u"Findings", None))
        self.findingsEdit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"What was found: health, home, needs", None))
        self.goodsLabel.setText(QCoreApplication.translate("VisitDialog", u"Goods given", None))
        ___qtablewidgetitem = self.goodsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("VisitDialog", u"Item", None))
        ___qtablewidgetitem1 = self.goodsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("VisitDialog", u"Quantity", None))
        ___qtablewidgetitem2 = self.goodsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("VisitDialog", u"Unit", None))
        ___qtablewidgetitem3 = self.goodsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("VisitDialog", u"Value (yuan)", None))
        self.followUpsLabel.setText(QCoreApplication.translate("VisitDialog", u"Follow-up actions (one a line)", None))
        self.addPhotoButton.setText(QCoreApplication.translate("VisitDialog", u"Add photo\u2026", None))
        self.photoNote.setText(QCoreApplication.translate("VisitDialog", u"No photos", None))
    # retranslateUi

