# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'volunteers_profile.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_ProfileDialog(object):
    def setupUi(self, ProfileDialog):
        if not ProfileDialog.objectName():
            ProfileDialog.setObjectName(u"ProfileDialog")
        ProfileDialog.resize(560, 520)
        self.outer = QVBoxLayout(ProfileDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.residentLabel = QLabel(ProfileDialog)
        self.residentLabel.setObjectName(u"residentLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.residentLabel)

        self.resident = QVBoxLayout()
        self.resident.setObjectName(u"resident")
        self.nameLabel = QLabel(ProfileDialog)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setText(u"")

        self.resident.addWidget(self.nameLabel)

        self.searchEdit = QLineEdit(ProfileDialog)
        self.searchEdit.setObjectName(u"searchEdit")

        self.resident.addWidget(self.searchEdit)

        self.foundList = QListWidget(ProfileDialog)
        self.foundList.setObjectName(u"foundList")
        self.foundList.setMaximumSize(QSize(16777215, 110))

        self.resident.addWidget(self.foundList)


        self.form.setLayout(0, QFormLayout.ItemRole.FieldRole, self.resident)

        self.skillsLabel = QLabel(ProfileDialog)
        self.skillsLabel.setObjectName(u"skillsLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.skillsLabel)

        self.skillsEdit = QLineEdit(ProfileDialog)
        self.skillsEdit.setObjectName(u"skillsEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.skillsEdit)

        self.availabilityLabel = QLabel(ProfileDialog)
        self.availabilityLabel.setObjectName(u"availabilityLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.availabilityLabel)

        self.availabilityEdit = QLineEdit(ProfileDialog)
        self.availabilityEdit.setObjectName(u"availabilityEdit")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.availabilityEdit)

        self.flags = QHBoxLayout()
        self.flags.setObjectName(u"flags")
        self.partyCheck = QCheckBox(ProfileDialog)
        self.partyCheck.setObjectName(u"partyCheck")

        self.flags.addWidget(self.partyCheck)

        self.activeCheck = QCheckBox(ProfileDialog)
        self.activeCheck.setObjectName(u"activeCheck")
        self.activeCheck.setChecked(True)

        self.flags.addWidget(self.activeCheck)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.flags)

        self.teamsLabel = QLabel(ProfileDialog)
        self.teamsLabel.setObjectName(u"teamsLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.teamsLabel)

        self.teamsList = QListWidget(ProfileDialog)
        self.teamsList.setObjectName(u"teamsList")
        self.teamsList.setMaximumSize(QSize(16777215, 110))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.teamsList)

        self.notesLabel = QLabel(ProfileDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QLineEdit(ProfileDialog)
        self.notesEdit.setObjectName(u"notesEdit")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(ProfileDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ProfileDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.residentLabel.setBuddy(self.searchEdit)
        self.skillsLabel.setBuddy(self.skillsEdit)
        self.availabilityLabel.setBuddy(self.availabilityEdit)
        self.teamsLabel.setBuddy(self.teamsList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.foundList)
        QWidget.setTabOrder(self.foundList, self.skillsEdit)
        QWidget.setTabOrder(self.skillsEdit, self.availabilityEdit)
        QWidget.setTabOrder(self.availabilityEdit, self.partyCheck)
        QWidget.setTabOrder(self.partyCheck, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.teamsList)
        QWidget.setTabOrder(self.teamsList, self.notesEdit)

        self.retranslateUi(ProfileDialog)

        QMetaObject.connectSlotsByName(ProfileDialog)
    # setupUi

    def retranslateUi(self, ProfileDialog):
        ProfileDialog.setWindowTitle(QCoreApplication.translate("ProfileDialog", u"Volunteer profile", None))
        self.residentLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Resident", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"Name, pinyin, phone last 4 \u2026", None))
        self.skillsLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Skills", None))
        self.skillsEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"e.g. \u6025\u6551\u3001\u7535\u5de5\u3001\u7406\u53d1", None))
        self.availabilityLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Available", None))
        self.availabilityEdit.setPlaceholderText(QCoreApplication.translate("ProfileDialog", u"weekday 1-7 and times, e.g. 1 08:00-12:00; 6 14:00-18:00", None))
        self.partyCheck.setText(QCoreApplication.translate("ProfileDialog", u"&Party member", None))
        self.activeCheck.setText(QCoreApplication.translate("ProfileDialog", u"A&ctive", None))
        self.teamsLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Teams", None))
        self.notesLabel.setText(QCoreApplication.translate("ProfileDialog", u"&Notes", None))
    # retranslateUi

