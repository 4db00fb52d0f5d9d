# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'treasure_room_dialog.ui'
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
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpinBox, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_TreasureRoomDialog(object):
    def setupUi(self, TreasureRoomDialog):
        if not TreasureRoomDialog.objectName():
            TreasureRoomDialog.setObjectName(u"TreasureRoomDialog")
        TreasureRoomDialog.resize(460, 480)
        self.outer = QVBoxLayout(TreasureRoomDialog)
        self.outer.setObjectName(u"outer")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.nameLabel = QLabel(TreasureRoomDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TreasureRoomDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.capacityLabel = QLabel(TreasureRoomDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(TreasureRoomDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(1)
        self.capacitySpin.setMaximum(10000)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.capacitySpin)

        self.opensLabel = QLabel(TreasureRoomDialog)
        self.opensLabel.setObjectName(u"opensLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.opensLabel)

        self.opensEdit = QTimeEdit(TreasureRoomDialog)
        self.opensEdit.setObjectName(u"opensEdit")
        self.opensEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.opensEdit)

        self.closesLabel = QLabel(TreasureRoomDialog)
        self.closesLabel.setObjectName(u"closesLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.closesLabel)

        self.closesEdit = QTimeEdit(TreasureRoomDialog)
        self.closesEdit.setObjectName(u"closesEdit")
        self.closesEdit.setDisplayFormat(u"HH:mm")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.closesEdit)

        self.slotLabel = QLabel(TreasureRoomDialog)
        self.slotLabel.setObjectName(u"slotLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.slotLabel)

        self.slotCombo = QComboBox(TreasureRoomDialog)
        self.slotCombo.setObjectName(u"slotCombo")

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slotCombo)

        self.minLabel = QLabel(TreasureRoomDialog)
        self.minLabel.setObjectName(u"minLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.minLabel)

        self.minSpin = QSpinBox(TreasureRoomDialog)
        self.minSpin.setObjectName(u"minSpin")
        self.minSpin.setMinimum(15)
        self.minSpin.setMaximum(1440)
        self.minSpin.setSingleStep(15)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.minSpin)

        self.maxLabel = QLabel(TreasureRoomDialog)
        self.maxLabel.setObjectName(u"maxLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.maxLabel)

        self.maxSpin = QSpinBox(TreasureRoomDialog)
        self.maxSpin.setObjectName(u"maxSpin")
        self.maxSpin.setMinimum(15)
        self.maxSpin.setMaximum(1440)
        self.maxSpin.setSingleStep(15)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.maxSpin)

        self.bufferLabel = QLabel(TreasureRoomDialog)
        self.bufferLabel.setObjectName(u"bufferLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.bufferLabel)

        self.bufferSpin = QSpinBox(TreasureRoomDialog)
        self.bufferSpin.setObjectName(u"bufferSpin")
        self.bufferSpin.setMaximum(240)
        self.bufferSpin.setSingleStep(5)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.bufferSpin)

        self.noShowLabel = QLabel(TreasureRoomDialog)
        self.noShowLabel.setObjectName(u"noShowLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noShowLabel)

        self.noShowSpin = QSpinBox(TreasureRoomDialog)
        self.noShowSpin.setObjectName(u"noShowSpin")
        self.noShowSpin.setMinimum(1)
        self.noShowSpin.setMaximum(240)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noShowSpin)

        self.approvalCheck = QCheckBox(TreasureRoomDialog)
        self.approvalCheck.setObjectName(u"approvalCheck")

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.approvalCheck)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(TreasureRoomDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(TreasureRoomDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
        self.opensLabel.setBuddy(self.opensEdit)
        self.closesLabel.setBuddy(self.closesEdit)
        self.slotLabel.setBuddy(self.slotCombo)
        self.minLabel.setBuddy(self.minSpin)
        self.maxLabel.setBuddy(self.maxSpin)
        self.bufferLabel.setBuddy(self.bufferSpin)
        self.noShowLabel.setBuddy(self.noShowSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TreasureRoomDialog)

        QMetaObject.connectSlotsByName(TreasureRoomDialog)
    # setupUi

    def retranslateUi(self, TreasureRoomDialog):
        TreasureRoomDialog.setWindowTitle(QCoreApplication.translate("TreasureRoomDialog", u"Room", None))
        self.nameLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"&Name", None))
        self.capacityLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"&Capacity", None))
        self.opensLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"&Opens", None))
        self.closesLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"C&loses", None))
        self.slotLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"&Slot (minutes)", None))
        self.minLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"S&hortest booking (minutes)", None))
        self.maxLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"Lon&gest booking (minutes)", None))
        self.bufferLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"&Buffer between bookings (minutes)", None))
        self.noShowLabel.setText(QCoreApplication.translate("TreasureRoomDialog", u"&No-show after (minutes)", None))
        self.approvalCheck.setText(QCoreApplication.translate("TreasureRoomDialog", u"Bookings need &approval", None))
    # retranslateUi

