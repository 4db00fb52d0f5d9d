# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'resident_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_ResidentDialog(object):
    def setupUi(self, ResidentDialog):
        if not ResidentDialog.objectName():
            ResidentDialog.setObjectName(u"ResidentDialog")
        ResidentDialog.resize(720, 560)
        self.outer = QVBoxLayout(ResidentDialog)
        self.outer.setObjectName(u"outer")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(24)
        self.columns.setObjectName(u"columns")
        self.personForm = QFormLayout()
        self.personForm.setObjectName(u"personForm")
        self.nameLabel = QLabel(ResidentDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.personForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(ResidentDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.personForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.genderLabel = QLabel(ResidentDialog)
        self.genderLabel.setObjectName(u"genderLabel")

        self.personForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.genderLabel)

        self.genderCombo = QComboBox(ResidentDialog)
        self.genderCombo.setObjectName(u"genderCombo")

        self.personForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.genderCombo)

        self.birthLabel = QLabel(ResidentDialog)
        self.birthLabel.setObjectName(u"birthLabel")

        self.personForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.birthLabel)

        self.birthEdit = QLineEdit(ResidentDialog)
        self.birthEdit.setObjectName(u"birthEdit")

        self.personForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.birthEdit)

        self.phoneLabel = QLabel(ResidentDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.personForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(ResidentDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.personForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.idLabel = QLabel(ResidentDialog)
        self.idLabel.setObjectName(u"idLabel")

        self.personForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.idLabel)

        self.idEdit = QLineEdit(ResidentDialog)
        self.idEdit.setObjectName(u"idEdit")
        self.idEdit.setMaxLength(18)

        self.personForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.idEdit)

        self.tagsLabel = QLabel(ResidentDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.personForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsList = QListWidget(ResidentDialog)
        self.tagsList.setObjectName(u"tagsList")

        self.personForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tagsList)


        self.columns.addLayout(self.personForm)

        self.addressForm = QFormLayout()
        self.addressForm.setObjectName(u"addressForm")
        self.estateLabel = QLabel(ResidentDialog)
        self.estateLabel.setObjectName(u"estateLabel")

        self.addressForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.estateLabel)

        self.estateCombo = QComboBox(ResidentDialog)
        self.estateCombo.setObjectName(u"estateCombo")
        self.estateCombo.setEditable(True)

        self.addressForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.estateCombo)

        self.buildingLabel = QLabel(ResidentDialog)
        self.buildingLabel.setObjectName(u"buildingLabel")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.buildingLabel)

        self.buildingEdit = QLineEdit(ResidentDialog)
        self.buildingEdit.setObjectName(u"buildingEdit")

        self.addressForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.buildingEdit)

        self.unitLabel = QLabel(ResidentDialog)
        self.unitLabel.setObjectName(u"unitLabel")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.unitLabel)

        self.unitEdit = QLineEdit(ResidentDialog)
        self.unitEdit.setObjectName(u"unitEdit")

        self.addressForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.unitEdit)

        self.roomLabel = QLabel(ResidentDialog)
        self.roomLabel.setObjectName(u"roomLabel")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.roomLabel)

        self.roomEdit = QLineEdit(ResidentDialog)
        self.roomEdit.setObjectName(u"roomEdit")

        self.addressForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.roomEdit)

        self.gridLabel = QLabel(ResidentDialog)
        self.gridLabel.setObjectName(u"gridLabel")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.gridLabel)

        self.gridCombo = QComboBox(ResidentDialog)
        self.gridCombo.setObjectName(u"gridCombo")

        self.addressForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.gridCombo)

        self.workerCaption = QLabel(ResidentDialog)
        self.workerCaption.setObjectName(u"workerCaption")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.workerCaption)

        self.workerLabel = QLabel(ResidentDialog)
        self.workerLabel.setObjectName(u"workerLabel")
        self.workerLabel.setText(u"")

        self.addressForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.workerLabel)

        self.householdCaption = QLabel(ResidentDialog)
        self.householdCaption.setObjectName(u"householdCaption")

        self.addressForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.householdCaption)

        self.householdLabel = QLabel(ResidentDialog)
        self.householdLabel.setObjectName(u"householdLabel")
        self.householdLabel.setText(u"")
        self.householdLabel.setWordWrap(True)

        self.addressForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.householdLabel)

        self.notesLabel = QLabel(ResidentDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.addressForm.setWidget(7, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(ResidentDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.addressForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columns.addLayout(self.addressForm)


        self.outer.addLayout(self.columns)

        self.messageLabel = QLabel(ResidentDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(ResidentDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.genderLabel.setBuddy(self.genderCombo)
        self.birthLabel.setBuddy(self.birthEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.idLabel.setBuddy(self.idEdit)
        self.tagsLabel.setBuddy(self.tagsList)
        self.estateLabel.setBuddy(self.estateCombo)
        self.buildingLabel.setBuddy(self.buildingEdit)
        self.unitLabel.setBuddy(self.unitEdit)
        self.roomLabel.setBuddy(self.roomEdit)
        self.gridLabel.setBuddy(self.gridCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.genderCombo)
        QWidget.setTabOrder(self.genderCombo, self.birthEdit)
        QWidget.setTabOrder(self.birthEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.idEdit)
        QWidget.setTabOrder(self.idEdit, self.tagsList)
        QWidget.setTabOrder(self.tagsList, self.estateCombo)
        QWidget.setTabOrder(self.estateCombo, self.buildingEdit)
        QWidget.setTabOrder(self.buildingEdit, self.unitEdit)
        QWidget.setTabOrder(self.unitEdit, self.roomEdit)
        QWidget.setTabOrder(self.roomEdit, self.gridCombo)
        QWidget.setTabOrder(self.gridCombo, self.notesEdit)

        self.retranslateUi(ResidentDialog)

        QMetaObject.connectSlotsByName(ResidentDialog)
    # setupUi

    def retranslateUi(self, ResidentDialog):
        ResidentDialog.setWindowTitle(QCoreApplication.translate("ResidentDialog", u"Resident", None))
        self.nameLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Name", None))
        self.genderLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Gender", None))
        self.birthLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Birth date", None))
        self.birthEdit.setPlaceholderText(QCoreApplication.translate("ResidentDialog", u"e.g. 1950-03-01", None))
        self.phoneLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Phone", None))
        self.idLabel.setText(QCoreApplication.translate("ResidentDialog", u"&ID number", None))
        self.tagsLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Tags", None))
        self.estateLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Estate", None))
        self.buildingLabel.setText(QCoreApplication.translate("ResidentDialog", u"Bui&lding", None))
        self.unitLabel.setText(QCoreApplication.translate("ResidentDialog", u"&Unit", None))
        self.roomLabel.setText(QCoreApplication.translate("ResidentDialog", u"Roo&m", None))
        self.gridLabel.setText(QCoreApplication.translate("ResidentDialog", u"G&rid", None))
        self.workerCaption.setText(QCoreApplication.translate("ResidentDialog", u"Grid worker", None))
        self.householdCaption.setText(QCoreApplication.translate("ResidentDialog", u"Household", None))
        self.notesLabel.setText(QCoreApplication.translate("ResidentDialog", u"N&otes", None))
    # retranslateUi

