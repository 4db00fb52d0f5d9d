# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'care_helper_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QWidget)

class Ui_HelperDialog(object):
    def setupUi(self, HelperDialog):
        if not HelperDialog.objectName():
            HelperDialog.setObjectName(u"HelperDialog")
        HelperDialog.resize(380, 170)
        self.form = QFormLayout(HelperDialog)
        self.form.setObjectName(u"form")
        self.roleLabel = QLabel(HelperDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.roleCombo = QComboBox(HelperDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.roleCombo)

        self.nameLabel = QLabel(HelperDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(HelperDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(HelperDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(HelperDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.buttons = QDialogButtonBox(HelperDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.form.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.buttons)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.roleCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.roleCombo, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)

        self.retranslateUi(HelperDialog)

        QMetaObject.connectSlotsByName(HelperDialog)
    # setupUi

    def retranslateUi(self, HelperDialog):
        HelperDialog.setWindowTitle(QCoreApplication.translate("HelperDialog", u"Helper", None))
        self.roleLabel.setText(QCoreApplication.translate("HelperDialog", u"Role", None))
        self.nameLabel.setText(QCoreApplication.translate("HelperDialog", u"Name", None))
        self.phoneLabel.setText(QCoreApplication.translate("HelperDialog", u"Phone", None))
    # retranslateUi

