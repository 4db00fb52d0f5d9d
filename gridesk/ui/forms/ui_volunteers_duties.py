# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteers_duties.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QTableWidget, QTableWidgetItem, QTimeEdit, QVBoxLayout,
    QWidget)

class Ui_DutiesDialog(object):
    def setupUi(self, DutiesDialog):
        if not DutiesDialog.objectName():
            DutiesDialog.setObjectName(u"DutiesDialog")
        DutiesDialog.resize(820, 560)
        self.outer = QVBoxLayout(DutiesDialog)
        self.outer.setObjectName(u"outer")
        self.dutyTable = QTableWidget(DutiesDialog)
        if (self.dutyTable.columnCount() < 6):
            self.dutyTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.dutyTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.dutyTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.dutyTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.dutyTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.dutyTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.dutyTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.dutyTable.setObjectName(u"dutyTable")
        self.dutyTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.dutyTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.dutyTable.verticalHeader().setVisible(False)

        self.outer.addWidget(self.dutyTable)

        self.form = QGridLayout()
        self.form.setObjectName(u"form")
        self.postLabel = QLabel(DutiesDialog)
        self.postLabel.setObjectName(u"postLabel")

        self.form.addWidget(self.postLabel, 0, 0, 1, 1)

        self.postEdit = QLineEdit(DutiesDialog)
        self.postEdit.setObjectName(u"postEdit")

        self.form.addWidget(self.postEdit, 0, 1, 1, 1)

        self.placeLabel = QLabel(DutiesDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.addWidget(self.placeLabel, 0, 2, 1, 1)

        self.placeEdit = QLineEdit(DutiesDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.form.addWidget(self.placeEdit, 0, 3, 1, 1)

        self.daysLabel = QLabel(DutiesDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.addWidget(self.daysLabel, 1, 0, 1, 1)

        self.days = QHBoxLayout()
        self.days.setObjectName(u"days")

        self.form.addLayout(self.days, 1, 1, 1, 3)

        self.timeLabel = QLabel(DutiesDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.addWidget(self.timeLabel, 2, 0, 1, 1)

        self.times = QHBoxLayout()
        self.times.setObjectName(u"times")
        self.startEdit = QTimeEdit(DutiesDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")
        self.startEdit.setTime(QTime(8, 30, 0))

        self.times.addWidget(self.startEdit)

        self.dashLabel = QLabel(DutiesDialog)
        self.dashLabel.setObjectName(u"dashLabel")
        self.dashLabel.setText(u"\u2014")

        self.times.addWidget(self.dashLabel)

        self.endEdit = QTimeEdit(DutiesDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")
        self.endEdit.setTime(QTime(11, 30, 0))

        self.times.addWidget(self.endEdit)

        self.timesEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.times.addItem(self.timesEnd)


        self.form.addLayout(self.times, 2, 1, 1, 1)

        self.peopleLabel = QLabel(DutiesDialog)
        self.peopleLabel.setObjectName(u"peopleLabel")

        self.form.addWidget(self.peopleLabel, 2, 2, 1, 1)

        self.neededSpin = QSpinBox(DutiesDialog)
        self.neededSpin.setObjectName(u"neededSpin")
        self.neededSpin.setMinimum(1)
        self.neededSpin.setMaximum(50)
        self.neededSpin.setValue(2)

        self.form.addWidget(self.neededSpin, 2, 3, 1, 1)

        self.skillLabel = QLabel(DutiesDialog)
        self.skillLabel.setObjectName(u"skillLabel")

        self.form.addWidget(self.skillLabel, 3, 0, 1, 1)

        self.skillEdit = QLineEdit(DutiesDialog)
        self.skillEdit.setObjectName(u"skillEdit")

        self.form.addWidget(self.skillEdit, 3, 1, 1, 1)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(DutiesDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QHBoxLayout()
        self.buttons.setObjectName(u"buttons")
        self.addButton = QPushButton(DutiesDialog)
        self.addButton.setObjectName(u"addButton")

        self.buttons.addWidget(self.addButton)

        self.removeButton = QPushButton(DutiesDialog)
        self.removeButton.setObjectName(u"removeButton")

        self.buttons.addWidget(self.removeButton)

        self.buttonsGap = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons.addItem(self.buttonsGap)

        self.closeButton = QPushButton(DutiesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttons.addWidget(self.closeButton)


        self.outer.addLayout(self.buttons)

        self.outer.setStretch(0, 1)

        self.retranslateUi(DutiesDialog)

        QMetaObject.connectSlotsByName(DutiesDialog)
    # setupUi

    def retranslateUi(self, DutiesDialog):
        DutiesDialog.setWindowTitle(QCoreApplication.translate("DutiesDialog", u"Weekly duties", None))
        ___qtablewidgetitem = self.dutyTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("DutiesDialog", u"Day", None))
        ___qtablewidgetitem1 = self.dutyTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("DutiesDialog", u"Time", None))
        ___qtablewidgetitem2 = self.dutyTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("DutiesDialog", u"Post", None))
        ___qtablewidgetitem3 = self.dutyTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("DutiesDialog", u"Place", None))
        ___qtablewidgetitem4 = self.dutyTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("DutiesDialog", u"People", None))
        ___qtablewidgetitem5 = self.dutyTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("DutiesDialog", u"Skill", None))
        self.postLabel.setText(QCoreApplication.translate("DutiesDialog", u"Post", None))
        self.postEdit.setPlaceholderText(QCoreApplication.translate("DutiesDialog", u"e.g. \u524d\u53f0\u5f15\u5bfc, \u5e73\u5b89\u5de1\u903b", None))
        self.placeLabel.setText(QCoreApplication.translate("DutiesDialog", u"Place", None))
        self.daysLabel.setText(QCoreApplication.translate("DutiesDialog", u"Days", None))
        self.timeLabel.setText(QCoreApplication.translate("DutiesDialog", u"Time", None))
        self.peopleLabel.setText(QCoreApplication.translate("DutiesDialog", u"People", None))
        self.skillLabel.setText(QCoreApplication.translate("DutiesDialog", u"Skill", None))
        self.skillEdit.setPlaceholderText(QCoreApplication.translate("DutiesDialog", u"needed skill, if any", None))
        self.addButton.setText(QCoreApplication.translate("DutiesDialog", u"Add duty", None))
        self.removeButton.setText(QCoreApplication.translate("DutiesDialog", u"Stop the selected duty", None))
        self.closeButton.setText(QCoreApplication.translate("DutiesDialog", u"Close", None))
    # retranslateUi

