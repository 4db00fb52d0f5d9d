# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'requests_intake.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_IntakeForm(object):
    def setupUi(self, IntakeForm):
        if not IntakeForm.objectName():
            IntakeForm.setObjectName(u"IntakeForm")
        IntakeForm.resize(1100, 560)
        self.outer = QHBoxLayout(IntakeForm)
        self.outer.setSpacing(16)
        self.outer.setObjectName(u"outer")
        self.left = QVBoxLayout()
        self.left.setObjectName(u"left")
        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(12)
        self.form.setVerticalSpacing(8)
        self.whoLabel = QLabel(IntakeForm)
        self.whoLabel.setObjectName(u"whoLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.whoLabel)

        self.whoEdit = QLineEdit(IntakeForm)
        self.whoEdit.setObjectName(u"whoEdit")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.whoEdit)

        self.matchList = QListWidget(IntakeForm)
        self.matchList.setObjectName(u"matchList")
        self.matchList.setMaximumSize(QSize(16777215, 100))

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.matchList)

        self.chosenLabel = QLabel(IntakeForm)
        self.chosenLabel.setObjectName(u"chosenLabel")
        self.chosenLabel.setText(u"")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.chosenLabel)

        self.nameLabel = QLabel(IntakeForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(IntakeForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(40)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.phoneLabel = QLabel(IntakeForm)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneEdit = QLineEdit(IntakeForm)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(30)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.phoneEdit)

        self.categoryLabel = QLabel(IntakeForm)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(IntakeForm)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.descriptionLabel = QLabel(IntakeForm)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QPlainTextEdit(IntakeForm)
        self.descriptionEdit.setObjectName(u"descriptionEdit")
        self.descriptionEdit.setMinimumSize(QSize(0, 64))
        self.descriptionEdit.setMaximumSize(QSize(16777215, 110))
        self.descriptionEdit.setTabChangesFocus(True)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)

        self.channelLabel = QLabel(IntakeForm)
        self.channelLabel.setObjectName(u"channelLabel")

        self.form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(IntakeForm)
        self.channelCombo.setObjectName(u"channelCombo")

        self.form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.priorityLabel = QLabel(IntakeForm)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(IntakeForm)
        self.priorityCombo.setObjectName(u"priorityCombo")

        self.form.setWidget(8, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.photosLabel = QLabel(IntakeForm)
        self.photosLabel.setObjectName(u"photosLabel")

        self.form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.photosLabel)

        self.photoRow = QHBoxLayout()
        self.photoRow.setObjectName(u"photoRow")
        self.photoButton = QPushButton(IntakeForm)
        self.photoButton.setObjectName(u"photoButton")

        self.photoRow.addWidget(self.photoButton)

        self.photoCountLabel = QLabel(IntakeForm)
        self.photoCountLabel.setObjectName(u"photoCountLabel")
        self.photoCountLabel.setText(u"")

        self.photoRow.addWidget(self.photoCountLabel)

        self.photoRow.setStretch(1, 1)

        self.form.setLayout(9, QFormLayout.ItemRole.FieldRole, self.photoRow)


        self.left.addLayout(self.form)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.printCheck = QCheckBox(IntakeForm)
        self.printCheck.setObjectName(u"printCheck")
        self.printCheck.setChecked(True)

        self.buttonRow.addWidget(self.printCheck)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonSpacer)

        self.clearButton = QPushButton(IntakeForm)
        self.clearButton.setObjectName(u"clearButton")

        self.buttonRow.addWidget(self.clearButton)

        self.acceptButton = QPushButton(IntakeForm)
        self.acceptButton.setObjectName(u"acceptButton")
        self.acceptButton.setObjectName(u"primary")
        self.acceptButton.setAutoDefault(True)

        self.buttonRow.addWidget(self.acceptButton)

        self.buttonRow.setStretch(1, 1)

        self.left.addLayout(self.buttonRow)

        self.messageLabel = QLabel(IntakeForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setText(u"")
        self.messageLabel.setWordWrap(True)

        self.left.addWidget(self.messageLabel)

        self.leftSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.left.addItem(self.leftSpacer)

        self.left.setStretch(3, 1)

        self.outer.addLayout(self.left)

        self.right = QVBoxLayout()
        self.right.setObjectName(u"right")
        self.checklistTitle = QLabel(IntakeForm)
        self.checklistTitle.setObjectName(u"checklistTitle")
        font = QFont()
        font.setBold(True)
        self.checklistTitle.setFont(font)

        self.right.addWidget(self.checklistTitle)

        self.checklistLabel = QLabel(IntakeForm)
        self.checklistLabel.setObjectName(u"checklistLabel")
        self.checklistLabel.setMinimumSize(QSize(300, 0))
        self.checklistLabel.setText(u"")
        self.checklistLabel.setAlignment(Qt.AlignLeading|Qt.AlignLeft|Qt.AlignTop)
        self.checklistLabel.setWordWrap(True)

        self.right.addWidget(self.checklistLabel)

        self.thumbRow = QHBoxLayout()
        self.thumbRow.setObjectName(u"thumbRow")

        self.right.addLayout(self.thumbRow)

        self.right.setStretch(1, 1)

        self.outer.addLayout(self.right)

#if QT_CONFIG(shortcut)
        self.whoLabel.setBuddy(self.whoEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.priorityLabel.setBuddy(self.priorityCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.whoEdit, self.matchList)
        QWidget.setTabOrder(self.matchList, self.nameEdit)
        QWidget.setTabOrder(self.nameEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.descriptionEdit)
        QWidget.setTabOrder(self.descriptionEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.photoButton)
        QWidget.setTabOrder(self.photoButton, self.printCheck)
        QWidget.setTabOrder(self.printCheck, self.acceptButton)
        QWidget.setTabOrder(self.acceptButton, self.clearButton)

        self.retranslateUi(IntakeForm)

        QMetaObject.connectSlotsByName(IntakeForm)
    # setupUi

    def retranslateUi(self, IntakeForm):
        self.whoLabel.setText(QCoreApplication.translate("IntakeForm", u"&Resident", None))
        self.whoEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"Pinyin initials, name, phone tail, or scan the resident's card", None))
        self.nameLabel.setText(QCoreApplication.translate("IntakeForm", u"&Name", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"For an anonymous request: how to address them", None))
        self.phoneLabel.setText(QCoreApplication.translate("IntakeForm", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"Phone to call back", None))
        self.categoryLabel.setText(QCoreApplication.translate("IntakeForm", u"&Category", None))
        self.descriptionLabel.setText(QCoreApplication.translate("IntakeForm", u"&What they said", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("IntakeForm", u"What the resident said, in their words", None))
        self.channelLabel.setText(QCoreApplication.translate("IntakeForm", u"C&hannel", None))
        self.priorityLabel.setText(QCoreApplication.translate("IntakeForm", u"Pri&ority", None))
        self.photosLabel.setText(QCoreApplication.translate("IntakeForm", u"Photos", None))
        self.photoButton.setText(QCoreApplication.translate("IntakeForm", u"Add photo\u2026", None))
        self.printCheck.setText(QCoreApplication.translate("IntakeForm", u"Print the receipt on accept", None))
        self.clearButton.setText(QCoreApplication.translate("IntakeForm", u"Clear", None))
        self.acceptButton.setText(QCoreApplication.translate("IntakeForm", u"Accept (Ctrl+Enter)", None))
        self.checklistTitle.setText(QCoreApplication.translate("IntakeForm", u"Tell the resident once (\u4e00\u6b21\u6027\u544a\u77e5)", None))
        pass
    # retranslateUi

