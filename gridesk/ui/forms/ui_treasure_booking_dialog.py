# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'treasure_booking_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QSpinBox, QVBoxLayout, QWidget)

class Ui_TreasureBookingDialog(object):
    def setupUi(self, TreasureBookingDialog):
        if not TreasureBookingDialog.objectName():
            TreasureBookingDialog.setObjectName(u"TreasureBookingDialog")
        TreasureBookingDialog.resize(600, 560)
        self.outer = QVBoxLayout(TreasureBookingDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.roomLabel = QLabel(TreasureBookingDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomCombo = QComboBox(TreasureBookingDialog)
        self.roomCombo.setObjectName(u"roomCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roomCombo)

        self.dayLabel = QLabel(TreasureBookingDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayEdit = QDateEdit(TreasureBookingDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.dayEdit)

        self.timeLabel = QLabel(TreasureBookingDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.timeRow = QHBoxLayout()
        self.timeRow.setObjectName(u"timeRow")
        self.startCombo = QComboBox(TreasureBookingDialog)
        self.startCombo.setObjectName(u"startCombo")

        self.timeRow.addWidget(self.startCombo)

        self.toLabel = QLabel(TreasureBookingDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.timeRow.addWidget(self.toLabel)

        self.endCombo = QComboBox(TreasureBookingDialog)
        self.endCombo.setObjectName(u"endCombo")

        self.timeRow.addWidget(self.endCombo)

        self.timeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.timeRow.addItem(self.timeSpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.timeRow)

        self.kindLabel = QLabel(TreasureBookingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TreasureBookingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.residentLabel = QLabel(TreasureBookingDialog)
        self.residentLabel.setObjectName(u"residentLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.residentLabel)

        self.residentColumn = QVBoxLayout()
        self.residentColumn.setObjectName(u"residentColumn")
        self.residentSearch = QLineEdit(TreasureBookingDialog)
        self.residentSearch.setObjectName(u"residentSearch")

        self.residentColumn.addWidget(self.residentSearch)

        self.residentCombo = QComboBox(TreasureBookingDialog)
        self.residentCombo.setObjectName(u"residentCombo")

        self.residentColumn.addWidget(self.residentCombo)


        self.form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.residentColumn)

        self.holderLabel = QLabel(TreasureBookingDialog)
        self.holderLabel.setObjectName(u"holderLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.holderLabel)

        self.holderEdit = QLineEdit(TreasureBookingDialog)
        self.holderEdit.setObjectName(u"holderEdit")
        self.holderEdit.setMaxLength(60)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.holderEdit)

        self.phoneLabel = QLabel(TreasureBookingDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(TreasureBookingDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.purposeLabel = QLabel(TreasureBookingDialog)
        self.purposeLabel.setObjectName(u"purposeLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.purposeLabel)

        self.purposeEdit = QLineEdit(TreasureBookingDialog)
        self.purposeEdit.setObjectName(u"purposeEdit")
        self.purposeEdit.setMaxLength(100)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.purposeEdit)

        self.attendeesLabel = QLabel(TreasureBookingDialog)
        self.attendeesLabel.setObjectName(u"attendeesLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.attendeesLabel)

        self.attendeesSpin = QSpinBox(TreasureBookingDialog)
        self.attendeesSpin.setObjectName(u"attendeesSpin")
        self.attendeesSpin.setMaximum(10000)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.attendeesSpin)

        self.repeatCheck = QCheckBox(TreasureBookingDialog)
        self.repeatCheck.setObjectName(u"repeatCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.repeatCheck)

        self.untilEdit = QDateEdit(TreasureBookingDialog)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)
        self.untilEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.untilEdit)


        self.outer.addLayout(self.form)

        self.rulesLabel = QLabel(TreasureBookingDialog)
        self.rulesLabel.setObjectName(u"rulesLabel")
        self.rulesLabel.setText(u"")
        self.rulesLabel.setWordWrap(True)

        self.outer.addWidget(self.rulesLabel)

        self.messageLabel = QLabel(TreasureBookingDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.suggestionRow = QHBoxLayout()
        self.suggestionRow.setObjectName(u"suggestionRow")

        self.outer.addLayout(self.suggestionRow)

        self.buttons = QDialogButtonBox(TreasureBookingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.roomLabel.setBuddy(self.roomCombo)
        self.dayLabel.setBuddy(self.dayEdit)
        self.timeLabel.setBuddy(self.startCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.residentLabel.setBuddy(self.residentSearch)
        self.holderLabel.setBuddy(self.holderEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.purposeLabel.setBuddy(self.purposeEdit)
        self.attendeesLabel.setBuddy(self.attendeesSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TreasureBookingDialog)

        QMetaObject.connectSlotsByName(TreasureBookingDialog)
    # setupUi

    def retranslateUi(self, TreasureBookingDialog):
        TreasureBookingDialog.setWindowTitle(QCoreApplication.translate("TreasureBookingDialog", u"Book a room", None))
        self.roomLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"&Room", None))
        self.dayLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"&Date", None))
        self.timeLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"&Time", None))
        self.toLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"to", None))
        self.kindLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"Booked &for", None))
        self.residentLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"Res&ident", None))
        self.residentSearch.setPlaceholderText(QCoreApplication.translate("TreasureBookingDialog", u"Type a name, phone or initials and press Enter", None))
        self.holderLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"Team or &unit", None))
        self.phoneLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"&Phone", None))
        self.purposeLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"Purpo&se", None))
        self.attendeesLabel.setText(QCoreApplication.translate("TreasureBookingDialog", u"P&eople", None))
        self.repeatCheck.setText(QCoreApplication.translate("TreasureBookingDialog", u"Every &week until", None))
    # retranslateUi

