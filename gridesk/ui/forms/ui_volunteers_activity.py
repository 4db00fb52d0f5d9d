# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteers_activity.ui'
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
    QLabel, QLineEdit, QPlainTextEdit, QSizePolicy,
    QSpinBox, QTimeEdit, QVBoxLayout, QWidget)

class Ui_ActivityDialog(object):
    def setupUi(self, ActivityDialog):
        if not ActivityDialog.objectName():
            ActivityDialog.setObjectName(u"ActivityDialog")
        ActivityDialog.resize(560, 460)
        self.outer = QVBoxLayout(ActivityDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.titleLabel = QLabel(ActivityDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ActivityDialog)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(100)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.descriptionLabel = QLabel(ActivityDialog)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(ActivityDialog)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMaximumSize(QSize(16777215, 80))
        self.descriptionEdit.setTabChangesFocus(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.placeLabel = QLabel(ActivityDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(ActivityDialog)
        self.placeEdit.setObjectName(u"placeEdit")
        self.placeEdit.setMaxLength(100)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.timeLabel = QLabel(ActivityDialog)
        self.timeLabel.setObjectName(u"timeLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeLabel)

        self.times = QHBoxLayout()
        self.times.setObjectName(u"times")
        self.dayEdit = QDateEdit(ActivityDialog)
        self.dayEdit.setObjectName(u"dayEdit")
        self.dayEdit.setCalendarPopup(True)
        self.dayEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.times.addWidget(self.dayEdit)

        self.startEdit = QTimeEdit(ActivityDialog)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.times.addWidget(self.startEdit)

        self.toLabel = QLabel(ActivityDialog)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setText(u"\u2014")

        self.times.addWidget(self.toLabel)

        self.endEdit = QTimeEdit(ActivityDialog)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.times.addWidget(self.endEdit)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.times)

        self.capacityLabel = QLabel(ActivityDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(ActivityDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(1000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.pointsLabel = QLabel(ActivityDialog)
        self.pointsLabel.setObjectName(u"pointsLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pointsLabel)

        self.points = QHBoxLayout()
        self.points.setObjectName(u"points")
        self.pointsSpin = QSpinBox(ActivityDialog)
        self.pointsSpin.setObjectName(u"pointsSpin")
        self.pointsSpin.setMaximum(1000)

        self.points.addWidget(self.pointsSpin)

        self.pointsModeCombo = QComboBox(ActivityDialog)
        self.pointsModeCombo.setObjectName(u"pointsModeCombo")

        self.points.addWidget(self.pointsModeCombo)


        self.form.setLayout(5, QFormLayout.ItemRole.FieldRole, self.points)

        self.whoLabel = QLabel(ActivityDialog)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.who = QHBoxLayout()
        self.who.setObjectName(u"who")
        self.eligibilityCombo = QComboBox(ActivityDialog)
        self.eligibilityCombo.setObjectName(u"eligibilityCombo")

        self.who.addWidget(self.eligibilityCombo)

        self.teamCombo = QComboBox(ActivityDialog)
        self.teamCombo.setObjectName(u"teamCombo")

        self.who.addWidget(self.teamCombo)


        self.form.setLayout(6, QFormLayout.ItemRole.FieldRole, self.who)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(ActivityDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ActivityDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.timeLabel.setBuddy(self.dayEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.pointsLabel.setBuddy(self.pointsSpin)
        self.whoLabel.setBuddy(self.eligibilityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.placeEdit)
        QWidget.setTabOrder(self.placeEdit, self.dayEdit)
        QWidget.setTabOrder(self.dayEdit, self.startEdit)
        QWidget.setTabOrder(self.startEdit, self.endEdit)
        QWidget.setTabOrder(self.endEdit, self.capacitySpin)
        QWidget.setTabOrder(self.capacitySpin, self.pointsSpin)
        QWidget.setTabOrder(self.pointsSpin, self.pointsModeCombo)
        QWidget.setTabOrder(self.pointsModeCombo, self.eligibilityCombo)
        QWidget.setTabOrder(self.eligibilityCombo, self.teamCombo)

        self.retranslateUi(ActivityDialog)

        QMetaObject.connectSlotsByName(ActivityDialog)
    # setupUi

    def retranslateUi(self, ActivityDialog):
        ActivityDialog.setWindowTitle(QCoreApplication.translate("ActivityDialog", u"Activity", None))
        self.titleLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Title", None))
        self.descriptionLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Description", None))
        self.placeLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Place", None))
        self.timeLabel.setText(QCoreApplication.translate("ActivityDialog", u"T&ime", None))
        self.capacityLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Capacity", None))
        self.pointsLabel.setText(QCoreApplication.translate("ActivityDialog", u"P&oints", None))
        self.whoLabel.setText(QCoreApplication.translate("ActivityDialog", u"&Who may sign up", None))
    # retranslateUi

