# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'sign_in.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 400)
        self.outer = QVBoxLayout(SignInDialog)
        self.outer.setSpacing(14)
        self.outer.setObjectName(u"outer")
        self.outer.setContentsMargins(36, 28, 36, 28)
        self.stationLabel = QLabel(SignInDialog)
        self.stationLabel.setObjectName(u"stationLabel")
        self.stationLabel.setObjectName(u"stationLabel")
        self.stationLabel.setText(u"")
        self.stationLabel.setAlignment(Qt.AlignCenter)
        self.stationLabel.setWordWrap(True)

        self.outer.addWidget(self.stationLabel)

        self.titleLabel = QLabel(SignInDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignCenter)
        self.titleLabel.setWordWrap(True)

        self.outer.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(12)
        self.usernameLabel = QLabel(SignInDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(SignInDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setMaxLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.Password)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.outer.addLayout(self.form)

        self.messageLabel = QLabel(SignInDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.signInButton = QPushButton(SignInDialog)
        self.signInButton.setObjectName(u"signInButton")

        self.outer.addWidget(self.signInButton)

        self.switchButton = QPushButton(SignInDialog)
        self.switchButton.setObjectName(u"switchButton")
        self.switchButton.setAutoDefault(False)
        self.switchButton.setVisible(False)

        self.outer.addWidget(self.switchButton)

        self.demoLabel = QLabel(SignInDialog)
        self.demoLabel.setObjectName(u"demoLabel")
        self.demoLabel.setText(u"")
        self.demoLabel.setAlignment(Qt.AlignCenter)
        self.demoLabel.setWordWrap(True)

        self.outer.addWidget(self.demoLabel)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outer.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.signInButton)

        self.retranslateUi(SignInDialog)

        self.signInButton.setDefault(True)


        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"GriDesk \u2014 Sign in", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInDialog", u"Sign in to GriDesk", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"&User name", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password", None))
        self.signInButton.setText(QCoreApplication.translate("SignInDialog", u"Sign in", None))
        self.switchButton.setText(QCoreApplication.translate("SignInDialog", u"Sign in as someone else (shift change)", None))
    # retranslateUi

