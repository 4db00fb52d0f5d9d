# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'treasure_item_dialog.ui'
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
    QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_TreasureItemDialog(object):
    def setupUi(self, TreasureItemDialog):
        if not TreasureItemDialog.objectName():
            TreasureItemDialog.setObjectName(u"TreasureItemDialog")
        TreasureItemDialog.resize(640, 560)
        self.outer = QVBoxLayout(TreasureItemDialog)
        self.outer.setObjectName(u"outer")
        self.columns = QHBoxLayout()
        self.columns.setSpacing(20)
        self.columns.setObjectName(u"columns")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setVerticalSpacing(10)
        self.nameLabel = QLabel(TreasureItemDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(TreasureItemDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(60)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.categoryLabel = QLabel(TreasureItemDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(TreasureItemDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")
        self.categoryCombo.setEditable(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.donorLabel = QLabel(TreasureItemDialog)
        self.donorLabel.setObjectName(u"donorLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.donorLabel)

        self.donorColumn = QVBoxLayout()
        self.donorColumn.setObjectName(u"donorColumn")
        self.donorSearch = QLineEdit(TreasureItemDialog)
        self.donorSearch.setObjectName(u"donorSearch")

        self.donorColumn.addWidget(self.donorSearch)

        self.donorCombo = QComboBox(TreasureItemDialog)
        self.donorCombo.setObjectName(u"donorCombo")

        self.donorColumn.addWidget(self.donorCombo)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.donorColumn)

        self.donatedLabel = QLabel(TreasureItemDialog)
        self.donatedLabel.setObjectName(u"donatedLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.donatedLabel)

        self.donatedEdit = QLineEdit(TreasureItemDialog)
        self.donatedEdit.setObjectName(u"donatedEdit")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.donatedEdit)

        self.conditionLabel = QLabel(TreasureItemDialog)
        self.conditionLabel.setObjectName(u"conditionLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.conditionLabel)

        self.conditionEdit = QLineEdit(TreasureItemDialog)
        self.conditionEdit.setObjectName(u"conditionEdit")
        self.conditionEdit.setMaxLength(100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.conditionEdit)

        self.locationLabel = QLabel(TreasureItemDialog)
        self.locationLabel.setObjectName(u"locationLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(TreasureItemDialog)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(60)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.daysLabel = QLabel(TreasureItemDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.daysSpin = QSpinBox(TreasureItemDialog)
        self.daysSpin.setObjectName(u"daysSpin")
        self.daysSpin.setMinimum(1)
        self.daysSpin.setMaximum(365)
        self.daysSpin.setValue(7)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.daysSpin)

        self.depositLabel = QLabel(TreasureItemDialog)
        self.depositLabel.setObjectName(u"depositLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.depositLabel)

        self.depositSpin = QSpinBox(TreasureItemDialog)
        self.depositSpin.setObjectName(u"depositSpin")
        self.depositSpin.setMaximum(100000)

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.depositSpin)

        self.borrowersLabel = QLabel(TreasureItemDialog)
        self.borrowersLabel.setObjectName(u"borrowersLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.borrowersLabel)

        self.borrowersEdit = QLineEdit(TreasureItemDialog)
        self.borrowersEdit.setObjectName(u"borrowersEdit")
        self.borrowersEdit.setMaxLength(100)

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.borrowersEdit)

        self.notesLabel = QLabel(TreasureItemDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(TreasureItemDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.notesEdit)


        self.columns.addLayout(self.form)

        self.photoColumn = QVBoxLayout()
        self.photoColumn.setObjectName(u"photoColumn")
        self.photoLabel = QLabel(TreasureItemDialog)
        self.photoLabel.setObjectName(u"photoLabel")
        self.photoLabel.setMinimumSize(QSize(180, 180))
        self.photoLabel.setMaximumSize(QSize(180, 180))
        self.photoLabel.setFrameShape(QFrame.Box)
        self.photoLabel.setAlignment(Qt.AlignCenter)

        self.photoColumn.addWidget(self.photoLabel)

        self.photoButton = QPushButton(TreasureItemDialog)
        self.photoButton.setObjectName(u"photoButton")

        self.photoColumn.addWidget(self.photoButton)

        self.photoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.photoColumn.addItem(self.photoSpacer)


        self.columns.addLayout(self.photoColumn)


        self.outer.addLayout(self.columns)

        self.messageLabel = QLabel(TreasureItemDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttons = QDialogButtonBox(TreasureItemDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Save)

        self.outer.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.donorLabel.setBuddy(self.donorSearch)
        self.donatedLabel.setBuddy(self.donatedEdit)
        self.conditionLabel.setBuddy(self.conditionEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.daysLabel.setBuddy(self.daysSpin)
        self.depositLabel.setBuddy(self.depositSpin)
        self.borrowersLabel.setBuddy(self.borrowersEdit)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(TreasureItemDialog)

        QMetaObject.connectSlotsByName(TreasureItemDialog)
    # setupUi

    def retranslateUi(self, TreasureItemDialog):
        TreasureItemDialog.setWindowTitle(QCoreApplication.translate("TreasureItemDialog", u"Item", None))
        self.nameLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"&Name", None))
        self.categoryLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"&Category", None))
        self.donorLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"&Donor", None))
        self.donorSearch.setPlaceholderText(QCoreApplication.translate("TreasureItemDialog", u"Type a name, phone or initials and press Enter", None))
        self.donatedLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"Donated &on", None))
        self.donatedEdit.setPlaceholderText(QCoreApplication.translate("TreasureItemDialog", u"e.g. 2026-05-01", None))
        self.conditionLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"Con&dition", None))
        self.locationLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"&Shelf", None))
        self.daysLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"&Longest loan (days)", None))
        self.depositLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"De&posit (yuan)", None))
        self.borrowersLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"&Who may borrow", None))
        self.notesLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"N&otes", None))
        self.photoLabel.setText(QCoreApplication.translate("TreasureItemDialog", u"No photo", None))
        self.photoButton.setText(QCoreApplication.translate("TreasureItemDialog", u"Choose &photo\u2026", None))
    # retranslateUi

