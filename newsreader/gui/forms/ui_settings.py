# Generated from ui/settings.ui by `make forms`; do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QComboBox, QDialog, QDialogButtonBox, QFontComboBox,
    QFormLayout, QFrame, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget,
    QTreeView, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, settingsDialog):
        if not settingsDialog.objectName():
            settingsDialog.setObjectName(u"settingsDialog")
        settingsDialog.resize(780, 560)
        self.dialogLayout = QVBoxLayout(settingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.settingsTabs = QTabWidget(settingsDialog)
        self.settingsTabs.setObjectName(u"settingsTabs")
        self.feedsPage = QWidget()
        self.feedsPage.setObjectName(u"feedsPage")
        self.feedsLayout = QVBoxLayout(self.feedsPage)
        self.feedsLayout.setObjectName(u"feedsLayout")
        self.feedsTopLayout = QHBoxLayout()
        self.feedsTopLayout.setObjectName(u"feedsTopLayout")
        self.feedTree = QTreeView(self.feedsPage)
        self.feedTree.setObjectName(u"feedTree")
        self.feedTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.feedTree.setDragEnabled(True)
        self.feedTree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.feedTree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.feedTree.setAlternatingRowColors(True)
        self.feedTree.setUniformRowHeights(True)
        self.feedTree.setHeaderHidden(True)

        self.feedsTopLayout.addWidget(self.feedTree)

        self.feedButtonsLayout = QVBoxLayout()
        self.feedButtonsLayout.setObjectName(u"feedButtonsLayout")
        self.addFeedButton = QPushButton(self.feedsPage)
        self.addFeedButton.setObjectName(u"addFeedButton")
        self.addFeedButton.setAutoDefault(False)

        self.feedButtonsLayout.addWidget(self.addFeedButton)

        self.editFeedButton = QPushButton(self.feedsPage)
        self.editFeedButton.setObjectName(u"editFeedButton")
        self.editFeedButton.setAutoDefault(False)

        self.feedButtonsLayout.addWidget(self.editFeedButton)

        self.removeFeedButton = QPushButton(self.feedsPage)
        self.removeFeedButton.setObjectName(u"removeFeedButton")
        self.removeFeedButton.setAutoDefault(False)

        self.feedButtonsLayout.addWidget(self.removeFeedButton)

        self.feedButtonsLine = QFrame(self.feedsPage)
        self.feedButtonsLine.setObjectName(u"feedButtonsLine")
        self.feedButtonsLine.setFrameShape(QFrame.Shape.HLine)
        self.feedButtonsLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.feedButtonsLayout.addWidget(self.feedButtonsLine)

        self.importOpmlButton = QPushButton(self.feedsPage)
        self.importOpmlButton.setObjectName(u"importOpmlButton")
        self.importOpmlButton.setAutoDefault(False)

        self.feedButtonsLayout.addWidget(self.importOpmlButton)

        self.exportOpmlButton = QPushButton(self.feedsPage)
        self.exportOpmlButton.setObjectName(u"exportOpmlButton")
        self.exportOpmlButton.setAutoDefault(False)

        self.feedButtonsLayout.addWidget(self.exportOpmlButton)

        self.feedButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.feedButtonsLayout.addItem(self.feedButtonsSpacer)


        self.feedsTopLayout.addLayout(self.feedButtonsLayout)


        self.feedsLayout.addLayout(self.feedsTopLayout)

        self.healthBox = QGroupBox(self.feedsPage)
        self.healthBox.setObjectName(u"healthBox")
        self.healthLayout = QFormLayout(self.healthBox)
        self.healthLayout.setObjectName(u"healthLayout")
        self.healthUrlCaption = QLabel(self.healthBox)
        self.healthUrlCaption.setObjectName(u"healthUrlCaption")

        self.healthLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.healthUrlCaption)

        self.healthUrlLabel = QLabel(self.healthBox)
        self.healthUrlLabel.setObjectName(u"healthUrlLabel")
        self.healthUrlLabel.setWordWrap(True)
        self.healthUrlLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.healthUrlLabel)

        self.healthStatusCaption = QLabel(self.healthBox)
        self.healthStatusCaption.setObjectName(u"healthStatusCaption")

        self.healthLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.healthStatusCaption)

        self.healthStatusLabel = QLabel(self.healthBox)
        self.healthStatusLabel.setObjectName(u"healthStatusLabel")
        self.healthStatusLabel.setWordWrap(True)
        self.healthStatusLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.healthStatusLabel)

        self.lastSuccessCaption = QLabel(self.healthBox)
        self.lastSuccessCaption.setObjectName(u"lastSuccessCaption")

        self.healthLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.lastSuccessCaption)

        self.lastSuccessLabel = QLabel(self.healthBox)
        self.lastSuccessLabel.setObjectName(u"lastSuccessLabel")
        self.lastSuccessLabel.setWordWrap(True)
        self.lastSuccessLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.lastSuccessLabel)

        self.lastErrorCaption = QLabel(self.healthBox)
        self.lastErrorCaption.setObjectName(u"lastErrorCaption")

        self.healthLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.lastErrorCaption)

        self.lastErrorLabel = QLabel(self.healthBox)
        self.lastErrorLabel.setObjectName(u"lastErrorLabel")
        self.lastErrorLabel.setWordWrap(True)
        self.lastErrorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.lastErrorLabel)

        self.nextRefreshCaption = QLabel(self.healthBox)
        self.nextRefreshCaption.setObjectName(u"nextRefreshCaption")

        self.healthLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.nextRefreshCaption)

        self.nextRefreshLabel = QLabel(self.healthBox)
        self.nextRefreshLabel.setObjectName(u"nextRefreshLabel")
        self.nextRefreshLabel.setWordWrap(True)
        self.nextRefreshLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.nextRefreshLabel)

        self.articlesCaption = QLabel(self.healthBox)
        self.articlesCaption.setObjectName(u"articlesCaption")

        self.healthLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.articlesCaption)

        self.articlesLabel = QLabel(self.healthBox)
        self.articlesLabel.setObjectName(u"articlesLabel")
        self.articlesLabel.setWordWrap(True)
        self.articlesLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.healthLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.articlesLabel)


        self.feedsLayout.addWidget(self.healthBox)

        self.feedsMessageLabel = QLabel(self.feedsPage)
        self.feedsMessageLabel.setObjectName(u"feedsMessageLabel")
        self.feedsMessageLabel.setWordWrap(True)
        self.feedsMessageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.feedsLayout.addWidget(self.feedsMessageLabel)

        self.settingsTabs.addTab(self.feedsPage, "")
        self.sectionsPage = QWidget()
        self.sectionsPage.setObjectName(u"sectionsPage")
        self.sectionsLayout = QVBoxLayout(self.sectionsPage)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsTopLayout = QHBoxLayout()
        self.sectionsTopLayout.setObjectName(u"sectionsTopLayout")
        self.sectionsView = QTreeView(self.sectionsPage)
        self.sectionsView.setObjectName(u"sectionsView")
        self.sectionsView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sectionsView.setDragEnabled(True)
        self.sectionsView.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.sectionsView.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.sectionsView.setAlternatingRowColors(True)
        self.sectionsView.setUniformRowHeights(True)
        self.sectionsView.setHeaderHidden(True)

        self.sectionsTopLayout.addWidget(self.sectionsView)

        self.sectionButtonsLayout = QVBoxLayout()
        self.sectionButtonsLayout.setObjectName(u"sectionButtonsLayout")
        self.newSectionButton = QPushButton(self.sectionsPage)
        self.newSectionButton.setObjectName(u"newSectionButton")
        self.newSectionButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.newSectionButton)

        self.newSubsectionButton = QPushButton(self.sectionsPage)
        self.newSubsectionButton.setObjectName(u"newSubsectionButton")
        self.newSubsectionButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.newSubsectionButton)

        self.renameSectionButton = QPushButton(self.sectionsPage)
        self.renameSectionButton.setObjectName(u"renameSectionButton")
        self.renameSectionButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.renameSectionButton)

        self.deleteSectionButton = QPushButton(self.sectionsPage)
        self.deleteSectionButton.setObjectName(u"deleteSectionButton")
        self.deleteSectionButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.deleteSectionButton)

        self.sectionButtonsLine = QFrame(self.sectionsPage)
        self.sectionButtonsLine.setObjectName(u"sectionButtonsLine")
        self.sectionButtonsLine.setFrameShape(QFrame.Shape.HLine)
        self.sectionButtonsLine.setFrameShadow(QFrame.Shadow.Sunken)

        self.sectionButtonsLayout.addWidget(self.sectionButtonsLine)

        self.moveSectionUpButton = QPushButton(self.sectionsPage)
        self.moveSectionUpButton.setObjectName(u"moveSectionUpButton")
        self.moveSectionUpButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.moveSectionUpButton)

        self.moveSectionDownButton = QPushButton(self.sectionsPage)
        self.moveSectionDownButton.setObjectName(u"moveSectionDownButton")
        self.moveSectionDownButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.moveSectionDownButton)

        self.moveSectionOutButton = QPushButton(self.sectionsPage)
        self.moveSectionOutButton.setObjectName(u"moveSectionOutButton")
        self.moveSectionOutButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.moveSectionOutButton)

        self.moveSectionInButton = QPushButton(self.sectionsPage)
        self.moveSectionInButton.setObjectName(u"moveSectionInButton")
        self.moveSectionInButton.setAutoDefault(False)

        self.sectionButtonsLayout.addWidget(self.moveSectionInButton)

        self.sectionButtonsSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sectionButtonsLayout.addItem(self.sectionButtonsSpacer)


        self.sectionsTopLayout.addLayout(self.sectionButtonsLayout)


        self.sectionsLayout.addLayout(self.sectionsTopLayout)

        self.sectionsMessageLabel = QLabel(self.sectionsPage)
        self.sectionsMessageLabel.setObjectName(u"sectionsMessageLabel")
        self.sectionsMessageLabel.setWordWrap(True)

        self.sectionsLayout.addWidget(self.sectionsMessageLabel)

        self.settingsTabs.addTab(self.sectionsPage, "")
        self.generalPage = QWidget()
        self.generalPage.setObjectName(u"generalPage")
        self.generalLayout = QVBoxLayout(self.generalPage)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalForm = QFormLayout()
        self.generalForm.setObjectName(u"generalForm")
        self.generalForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.defaultIntervalCaption = QLabel(self.generalPage)
        self.defaultIntervalCaption.setObjectName(u"defaultIntervalCaption")

        self.generalForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.defaultIntervalCaption)

        self.defaultIntervalSpin = QSpinBox(self.generalPage)
        self.defaultIntervalSpin.setObjectName(u"defaultIntervalSpin")
        self.defaultIntervalSpin.setMinimum(5)
        self.defaultIntervalSpin.setMaximum(1440)
        self.defaultIntervalSpin.setValue(60)
        self.defaultIntervalSpin.setKeyboardTracking(False)

        self.generalForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.defaultIntervalSpin)

        self.refreshOnStartCheck = QCheckBox(self.generalPage)
        self.refreshOnStartCheck.setObjectName(u"refreshOnStartCheck")

        self.generalForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.refreshOnStartCheck)

        self.languageCaption = QLabel(self.generalPage)
        self.languageCaption.setObjectName(u"languageCaption")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageCombo = QComboBox(self.generalPage)
        self.languageCombo.addItem("")
        self.languageCombo.addItem(u"English")
        self.languageCombo.addItem(u"Deutsch")
        self.languageCombo.setObjectName(u"languageCombo")

        self.generalForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.languageNote = QLabel(self.generalPage)
        self.languageNote.setObjectName(u"languageNote")
        self.languageNote.setWordWrap(True)

        self.generalForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.languageNote)


        self.generalLayout.addLayout(self.generalForm)

        self.retentionBox = QGroupBox(self.generalPage)
        self.retentionBox.setObjectName(u"retentionBox")
        self.retentionForm = QFormLayout(self.retentionBox)
        self.retentionForm.setObjectName(u"retentionForm")
        self.retentionForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.retentionDaysCheck = QCheckBox(self.retentionBox)
        self.retentionDaysCheck.setObjectName(u"retentionDaysCheck")

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.retentionDaysCheck)

        self.retentionDaysSpin = QSpinBox(self.retentionBox)
        self.retentionDaysSpin.setObjectName(u"retentionDaysSpin")
        self.retentionDaysSpin.setMinimum(1)
        self.retentionDaysSpin.setMaximum(3650)
        self.retentionDaysSpin.setValue(30)
        self.retentionDaysSpin.setKeyboardTracking(False)

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.retentionDaysSpin)

        self.retentionPerFeedCheck = QCheckBox(self.retentionBox)
        self.retentionPerFeedCheck.setObjectName(u"retentionPerFeedCheck")

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.retentionPerFeedCheck)

        self.retentionPerFeedSpin = QSpinBox(self.retentionBox)
        self.retentionPerFeedSpin.setObjectName(u"retentionPerFeedSpin")
        self.retentionPerFeedSpin.setMinimum(10)
        self.retentionPerFeedSpin.setMaximum(100000)
        self.retentionPerFeedSpin.setValue(500)
        self.retentionPerFeedSpin.setKeyboardTracking(False)

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.retentionPerFeedSpin)

        self.retentionStarredNote = QLabel(self.retentionBox)
        self.retentionStarredNote.setObjectName(u"retentionStarredNote")
        self.retentionStarredNote.setWordWrap(True)

        self.retentionForm.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.retentionStarredNote)

        self.keepUnreadCheck = QCheckBox(self.retentionBox)
        self.keepUnreadCheck.setObjectName(u"keepUnreadCheck")

        self.retentionForm.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.keepUnreadCheck)


        self.generalLayout.addWidget(self.retentionBox)

        self.generalSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.generalLayout.addItem(self.generalSpacer)

        self.settingsTabs.addTab(self.generalPage, "")
        self.readingPage = QWidget()
        self.readingPage.setObjectName(u"readingPage")
        self.readingLayout = QVBoxLayout(self.readingPage)
        self.readingLayout.setObjectName(u"readingLayout")
        self.readingForm = QFormLayout()
        self.readingForm.setObjectName(u"readingForm")
        self.readingForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.readerFontCaption = QLabel(self.readingPage)
        self.readerFontCaption.setObjectName(u"readerFontCaption")

        self.readingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.readerFontCaption)

        self.readerFontCombo = QFontComboBox(self.readingPage)
        self.readerFontCombo.setObjectName(u"readerFontCombo")

        self.readingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.readerFontCombo)

        self.readerFontSizeCaption = QLabel(self.readingPage)
        self.readerFontSizeCaption.setObjectName(u"readerFontSizeCaption")

        self.readingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.readerFontSizeCaption)

        self.readerFontSizeSpin = QSpinBox(self.readingPage)
        self.readerFontSizeSpin.setObjectName(u"readerFontSizeSpin")
        self.readerFontSizeSpin.setMinimum(8)
        self.readerFontSizeSpin.setMaximum(36)
        self.readerFontSizeSpin.setValue(12)
        self.readerFontSizeSpin.setKeyboardTracking(False)

        self.readingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.readerFontSizeSpin)

        self.themeCaption = QLabel(self.readingPage)
        self.themeCaption.setObjectName(u"themeCaption")

        self.readingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.themeCaption)

        self.themeCombo = QComboBox(self.readingPage)
        self.themeCombo.addItem("")
        self.themeCombo.addItem("")
        self.themeCombo.addItem("")
        self.themeCombo.setObjectName(u"themeCombo")

        self.readingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.themeCombo)

        self.markReadCaption = QLabel(self.readingPage)
        self.markReadCaption.setObjectName(u"markReadCaption")

        self.readingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.markReadCaption)

        self.markReadCombo = QComboBox(self.readingPage)
        self.markReadCombo.addItem("")
        self.markReadCombo.addItem("")
        self.markReadCombo.addItem("")
        self.markReadCombo.setObjectName(u"markReadCombo")

        self.readingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.markReadCombo)

        self.readDelayCaption = QLabel(self.readingPage)
        self.readDelayCaption.setObjectName(u"readDelayCaption")

        self.readingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.readDelayCaption)

        self.readDelaySpin = QSpinBox(self.readingPage)
        self.readDelaySpin.setObjectName(u"readDelaySpin")
        self.readDelaySpin.setMinimum(0)
        self.readDelaySpin.setMaximum(60000)
        self.readDelaySpin.setValue(1500)
        self.readDelaySpin.setKeyboardTracking(False)
        self.readDelaySpin.setSingleStep(250)

        self.readingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.readDelaySpin)

        self.markReadOnScrollCheck = QCheckBox(self.readingPage)
        self.markReadOnScrollCheck.setObjectName(u"markReadOnScrollCheck")

        self.readingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.markReadOnScrollCheck)

        self.imagesCaption = QLabel(self.readingPage)
        self.imagesCaption.setObjectName(u"imagesCaption")

        self.readingForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.imagesCaption)

        self.imagesPolicyCombo = QComboBox(self.readingPage)
        self.imagesPolicyCombo.addItem("")
        self.imagesPolicyCombo.addItem("")
        self.imagesPolicyCombo.addItem("")
        self.imagesPolicyCombo.setObjectName(u"imagesPolicyCombo")

        self.readingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.imagesPolicyCombo)

        self.markUpdatedUnreadCheck = QCheckBox(self.readingPage)
        self.markUpdatedUnreadCheck.setObjectName(u"markUpdatedUnreadCheck")

        self.readingForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.markUpdatedUnreadCheck)


        self.readingLayout.addLayout(self.readingForm)

        self.readingSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.readingLayout.addItem(self.readingSpacer)

        self.settingsTabs.addTab(self.readingPage, "")
        self.networkPage = QWidget()
        self.networkPage.setObjectName(u"networkPage")
        self.networkLayout = QVBoxLayout(self.networkPage)
        self.networkLayout.setObjectName(u"networkLayout")
        self.networkForm = QFormLayout()
        self.networkForm.setObjectName(u"networkForm")
        self.networkForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.proxyModeCaption = QLabel(self.networkPage)
        self.proxyModeCaption.setObjectName(u"proxyModeCaption")

        self.networkForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.proxyModeCaption)

        self.proxyModeCombo = QComboBox(self.networkPage)
        self.proxyModeCombo.addItem("")
        self.proxyModeCombo.addItem("")
        self.proxyModeCombo.addItem("")
        self.proxyModeCombo.addItem("")
        self.proxyModeCombo.setObjectName(u"proxyModeCombo")

        self.networkForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.proxyModeCombo)

        self.proxyHostCaption = QLabel(self.networkPage)
        self.proxyHostCaption.setObjectName(u"proxyHostCaption")

        self.networkForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.proxyHostCaption)

        self.proxyHostEdit = QLineEdit(self.networkPage)
        self.proxyHostEdit.setObjectName(u"proxyHostEdit")
        self.proxyHostEdit.setMinimumSize(QSize(260, 0))

        self.networkForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.proxyHostEdit)

        self.proxyPortCaption = QLabel(self.networkPage)
        self.proxyPortCaption.setObjectName(u"proxyPortCaption")

        self.networkForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.proxyPortCaption)

        self.proxyPortSpin = QSpinBox(self.networkPage)
        self.proxyPortSpin.setObjectName(u"proxyPortSpin")
        self.proxyPortSpin.setMinimum(1)
        self.proxyPortSpin.setMaximum(65535)
        self.proxyPortSpin.setValue(8080)
        self.proxyPortSpin.setKeyboardTracking(False)

        self.networkForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.proxyPortSpin)

        self.timeoutCaption = QLabel(self.networkPage)
        self.timeoutCaption.setObjectName(u"timeoutCaption")

        self.networkForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.timeoutCaption)

        self.timeoutSpin = QSpinBox(self.networkPage)
        self.timeoutSpin.setObjectName(u"timeoutSpin")
        self.timeoutSpin.setMinimum(5)
        self.timeoutSpin.setMaximum(300)
        self.timeoutSpin.setValue(20)
        self.timeoutSpin.setKeyboardTracking(False)

        self.networkForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.timeoutSpin)

        self.downloadMaxCaption = QLabel(self.networkPage)
        self.downloadMaxCaption.setObjectName(u"downloadMaxCaption")

        self.networkForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.downloadMaxCaption)

        self.downloadMaxSpin = QSpinBox(self.networkPage)
        self.downloadMaxSpin.setObjectName(u"downloadMaxSpin")
        self.downloadMaxSpin.setMinimum(1)
        self.downloadMaxSpin.setMaximum(2048)
        self.downloadMaxSpin.setValue(2048)
        self.downloadMaxSpin.setKeyboardTracking(False)

        self.networkForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.downloadMaxSpin)

        self.downloadsDirCaption = QLabel(self.networkPage)
        self.downloadsDirCaption.setObjectName(u"downloadsDirCaption")

        self.networkForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.downloadsDirCaption)

        self.downloadsDirLayout = QHBoxLayout()
        self.downloadsDirLayout.setObjectName(u"downloadsDirLayout")
        self.downloadsDirEdit = QLineEdit(self.networkPage)
        self.downloadsDirEdit.setObjectName(u"downloadsDirEdit")

        self.downloadsDirLayout.addWidget(self.downloadsDirEdit)

        self.downloadsDirButton = QPushButton(self.networkPage)
        self.downloadsDirButton.setObjectName(u"downloadsDirButton")

        self.downloadsDirLayout.addWidget(self.downloadsDirButton)


        self.networkForm.setLayout(5, QFormLayout.ItemRole.FieldRole, self.downloadsDirLayout)

        self.networkNote = QLabel(self.networkPage)
        self.networkNote.setObjectName(u"networkNote")
        self.networkNote.setWordWrap(True)

        self.networkForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.networkNote)


        self.networkLayout.addLayout(self.networkForm)

        self.networkMessageLabel = QLabel(self.networkPage)
        self.networkMessageLabel.setObjectName(u"networkMessageLabel")
        self.networkMessageLabel.setWordWrap(True)

        self.networkLayout.addWidget(self.networkMessageLabel)

        self.networkSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.networkLayout.addItem(self.networkSpacer)

        self.settingsTabs.addTab(self.networkPage, "")

        self.dialogLayout.addWidget(self.settingsTabs)

        self.buttonBox = QDialogButtonBox(settingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.defaultIntervalCaption.setBuddy(self.defaultIntervalSpin)
        self.languageCaption.setBuddy(self.languageCombo)
        self.readerFontCaption.setBuddy(self.readerFontCombo)
        self.readerFontSizeCaption.setBuddy(self.readerFontSizeSpin)
        self.themeCaption.setBuddy(self.themeCombo)
        self.markReadCaption.setBuddy(self.markReadCombo)
        self.readDelayCaption.setBuddy(self.readDelaySpin)
        self.imagesCaption.setBuddy(self.imagesPolicyCombo)
        self.proxyModeCaption.setBuddy(self.proxyModeCombo)
        self.proxyHostCaption.setBuddy(self.proxyHostEdit)
        self.proxyPortCaption.setBuddy(self.proxyPortSpin)
        self.timeoutCaption.setBuddy(self.timeoutSpin)
        self.downloadMaxCaption.setBuddy(self.downloadMaxSpin)
        self.downloadsDirCaption.setBuddy(self.downloadsDirEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.settingsTabs, self.feedTree)
        QWidget.setTabOrder(self.feedTree, self.addFeedButton)
        QWidget.setTabOrder(self.addFeedButton, self.editFeedButton)
        QWidget.setTabOrder(self.editFeedButton, self.removeFeedButton)
        QWidget.setTabOrder(self.removeFeedButton, self.importOpmlButton)
        QWidget.setTabOrder(self.importOpmlButton, self.exportOpmlButton)
        QWidget.setTabOrder(self.exportOpmlButton, self.sectionsView)
        QWidget.setTabOrder(self.sectionsView, self.newSectionButton)
        QWidget.setTabOrder(self.newSectionButton, self.newSubsectionButton)
        QWidget.setTabOrder(self.newSubsectionButton, self.renameSectionButton)
        QWidget.setTabOrder(self.renameSectionButton, self.deleteSectionButton)
        QWidget.setTabOrder(self.deleteSectionButton, self.moveSectionUpButton)
        QWidget.setTabOrder(self.moveSectionUpButton, self.moveSectionDownButton)
        QWidget.setTabOrder(self.moveSectionDownButton, self.moveSectionOutButton)
        QWidget.setTabOrder(self.moveSectionOutButton, self.moveSectionInButton)
        QWidget.setTabOrder(self.moveSectionInButton, self.defaultIntervalSpin)
        QWidget.setTabOrder(self.defaultIntervalSpin, self.refreshOnStartCheck)
        QWidget.setTabOrder(self.refreshOnStartCheck, self.retentionDaysCheck)
        QWidget.setTabOrder(self.retentionDaysCheck, self.retentionDaysSpin)
        QWidget.setTabOrder(self.retentionDaysSpin, self.retentionPerFeedCheck)
        QWidget.setTabOrder(self.retentionPerFeedCheck, self.retentionPerFeedSpin)
        QWidget.setTabOrder(self.retentionPerFeedSpin, self.keepUnreadCheck)
        QWidget.setTabOrder(self.keepUnreadCheck, self.readerFontCombo)
        QWidget.setTabOrder(self.readerFontCombo, self.readerFontSizeSpin)
        QWidget.setTabOrder(self.readerFontSizeSpin, self.themeCombo)
        QWidget.setTabOrder(self.themeCombo, self.markReadCombo)
        QWidget.setTabOrder(self.markReadCombo, self.readDelaySpin)
        QWidget.setTabOrder(self.readDelaySpin, self.markReadOnScrollCheck)
        QWidget.setTabOrder(self.markReadOnScrollCheck, self.imagesPolicyCombo)
        QWidget.setTabOrder(self.imagesPolicyCombo, self.markUpdatedUnreadCheck)
        QWidget.setTabOrder(self.markUpdatedUnreadCheck, self.proxyModeCombo)
        QWidget.setTabOrder(self.proxyModeCombo, self.proxyHostEdit)
        QWidget.setTabOrder(self.proxyHostEdit, self.proxyPortSpin)
        QWidget.setTabOrder(self.proxyPortSpin, self.timeoutSpin)
        QWidget.setTabOrder(self.timeoutSpin, self.buttonBox)

        self.retranslateUi(settingsDialog)
        self.buttonBox.rejected.connect(settingsDialog.reject)

        self.settingsTabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(settingsDialog)
    # setupUi

    def retranslateUi(self, settingsDialog):
        settingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.addFeedButton.setText(QCoreApplication.translate("SettingsDialog", u"&Add feed\u2026", None))
#if QT_CONFIG(tooltip)
        self.addFeedButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Subscribe to a feed or a web page that links to feeds", None))
#endif // QT_CONFIG(tooltip)
        self.editFeedButton.setText(QCoreApplication.translate("SettingsDialog", u"&Edit\u2026", None))
#if QT_CONFIG(tooltip)
        self.editFeedButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Title, section, refresh interval, user name and password", None))
#endif // QT_CONFIG(tooltip)
        self.removeFeedButton.setText(QCoreApplication.translate("SettingsDialog", u"Re&move\u2026", None))
#if QT_CONFIG(tooltip)
        self.removeFeedButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Unsubscribe and delete the feed's stored articles", None))
#endif // QT_CONFIG(tooltip)
        self.importOpmlButton.setText(QCoreApplication.translate("SettingsDialog", u"&Import OPML\u2026", None))
#if QT_CONFIG(tooltip)
        self.importOpmlButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Subscribe to every feed of an OPML list", None))
#endif // QT_CONFIG(tooltip)
        self.exportOpmlButton.setText(QCoreApplication.translate("SettingsDialog", u"E&xport OPML\u2026", None))
#if QT_CONFIG(tooltip)
        self.exportOpmlButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Save every subscription as an OPML list", None))
#endif // QT_CONFIG(tooltip)
        self.healthBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Feed health", None))
        self.healthUrlCaption.setText(QCoreApplication.translate("SettingsDialog", u"Address:", None))
        self.healthUrlLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2014", None))
        self.healthStatusCaption.setText(QCoreApplication.translate("SettingsDialog", u"Status:", None))
        self.healthStatusLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2014", None))
        self.lastSuccessCaption.setText(QCoreApplication.translate("SettingsDialog", u"Last success:", None))
        self.lastSuccessLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2014", None))
        self.lastErrorCaption.setText(QCoreApplication.translate("SettingsDialog", u"Last error:", None))
        self.lastErrorLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2014", None))
        self.nextRefreshCaption.setText(QCoreApplication.translate("SettingsDialog", u"Next refresh:", None))
        self.nextRefreshLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2014", None))
        self.articlesCaption.setText(QCoreApplication.translate("SettingsDialog", u"Articles stored:", None))
        self.articlesLabel.setText(QCoreApplication.translate("SettingsDialog", u"\u2014", None))
        self.feedsMessageLabel.setText("")
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.feedsPage), QCoreApplication.translate("SettingsDialog", u"&Feeds", None))
        self.newSectionButton.setText(QCoreApplication.translate("SettingsDialog", u"&New section\u2026", None))
#if QT_CONFIG(tooltip)
        self.newSectionButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"A new top-level section", None))
#endif // QT_CONFIG(tooltip)
        self.newSubsectionButton.setText(QCoreApplication.translate("SettingsDialog", u"New s&ubsection\u2026", None))
#if QT_CONFIG(tooltip)
        self.newSubsectionButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"A new section inside the selected one", None))
#endif // QT_CONFIG(tooltip)
        self.renameSectionButton.setText(QCoreApplication.translate("SettingsDialog", u"Ren&ame\u2026", None))
        self.deleteSectionButton.setText(QCoreApplication.translate("SettingsDialog", u"&Delete\u2026", None))
#if QT_CONFIG(tooltip)
        self.deleteSectionButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Delete the section; its feeds and subsections move to its parent", None))
#endif // QT_CONFIG(tooltip)
        self.moveSectionUpButton.setText(QCoreApplication.translate("SettingsDialog", u"Move u&p", None))
        self.moveSectionDownButton.setText(QCoreApplication.translate("SettingsDialog", u"Move do&wn", None))
        self.moveSectionOutButton.setText(QCoreApplication.translate("SettingsDialog", u"Move &out", None))
#if QT_CONFIG(tooltip)
        self.moveSectionOutButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Make it a sibling of its parent", None))
#endif // QT_CONFIG(tooltip)
        self.moveSectionInButton.setText(QCoreApplication.translate("SettingsDialog", u"Move &in", None))
#if QT_CONFIG(tooltip)
        self.moveSectionInButton.setToolTip(QCoreApplication.translate("SettingsDialog", u"Put it inside the section above it", None))
#endif // QT_CONFIG(tooltip)
        self.sectionsMessageLabel.setText("")
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.sectionsPage), QCoreApplication.translate("SettingsDialog", u"&Sections", None))
        self.defaultIntervalCaption.setText(QCoreApplication.translate("SettingsDialog", u"Default refresh &interval:", None))
        self.defaultIntervalSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" min", None))
        self.refreshOnStartCheck.setText(QCoreApplication.translate("SettingsDialog", u"Refresh all feeds when Newsreader st&arts", None))
        self.languageCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.languageCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"System default", None))

        self.languageNote.setText(QCoreApplication.translate("SettingsDialog", u"A new language is used the next time Newsreader starts.", None))
        self.retentionBox.setTitle(QCoreApplication.translate("SettingsDialog", u"Keep articles", None))
        self.retentionDaysCheck.setText(QCoreApplication.translate("SettingsDialog", u"For at most (&days):", None))
        self.retentionDaysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days", None))
        self.retentionPerFeedCheck.setText(QCoreApplication.translate("SettingsDialog", u"At most &per feed:", None))
        self.retentionPerFeedSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" articles", None))
        self.retentionStarredNote.setText(QCoreApplication.translate("SettingsDialog", u"Starred articles are always kept.", None))
        self.keepUnreadCheck.setText(QCoreApplication.translate("SettingsDialog", u"Never delete &unread articles", None))
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.generalPage), QCoreApplication.translate("SettingsDialog", u"&General", None))
        self.readerFontCaption.setText(QCoreApplication.translate("SettingsDialog", u"Reader f&ont:", None))
        self.readerFontSizeCaption.setText(QCoreApplication.translate("SettingsDialog", u"Font si&ze:", None))
        self.readerFontSizeSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" pt", None))
        self.themeCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Appearance:", None))
        self.themeCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"System", None))
        self.themeCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"Light", None))
        self.themeCombo.setItemText(2, QCoreApplication.translate("SettingsDialog", u"Dark", None))

        self.markReadCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Mark as read:", None))
        self.markReadCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"After the delay below on screen", None))
        self.markReadCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"On open", None))
        self.markReadCombo.setItemText(2, QCoreApplication.translate("SettingsDialog", u"Manually", None))

#if QT_CONFIG(tooltip)
        self.markReadCombo.setToolTip(QCoreApplication.translate("SettingsDialog", u"When the article shown in the reader is marked as read.", None))
#endif // QT_CONFIG(tooltip)
        self.readDelayCaption.setText(QCoreApplication.translate("SettingsDialog", u"Read &delay:", None))
        self.readDelaySpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" ms", None))
        self.readDelaySpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"none", None))
#if QT_CONFIG(tooltip)
        self.readDelaySpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"How long an article must stay on screen before it counts as read for Most popular (and before it is marked read, when that is chosen above).", None))
#endif // QT_CONFIG(tooltip)
        self.markReadOnScrollCheck.setText(QCoreApplication.translate("SettingsDialog", u"Mark as read when scrolled &past in the list", None))
#if QT_CONFIG(tooltip)
        self.markReadOnScrollCheck.setToolTip(QCoreApplication.translate("SettingsDialog", u"Articles that scroll up past the top of the article list are marked as read. They do not count for Most popular.", None))
#endif // QT_CONFIG(tooltip)
        self.imagesCaption.setText(QCoreApplication.translate("SettingsDialog", u"Remote &images:", None))
        self.imagesPolicyCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"Download for offline reading", None))
        self.imagesPolicyCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"Only when I ask", None))
        self.imagesPolicyCombo.setItemText(2, QCoreApplication.translate("SettingsDialog", u"Never", None))

        self.markUpdatedUnreadCheck.setText(QCoreApplication.translate("SettingsDialog", u"Mark &updated articles unread", None))
#if QT_CONFIG(tooltip)
        self.markUpdatedUnreadCheck.setToolTip(QCoreApplication.translate("SettingsDialog", u"When a feed changes the title or the text of an article you have read, it becomes unread again. Its earlier text is kept either way: the article shows \"Show changes\".", None))
#endif // QT_CONFIG(tooltip)
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.readingPage), QCoreApplication.translate("SettingsDialog", u"&Reading", None))
        self.proxyModeCaption.setText(QCoreApplication.translate("SettingsDialog", u"&Proxy:", None))
        self.proxyModeCombo.setItemText(0, QCoreApplication.translate("SettingsDialog", u"System settings", None))
        self.proxyModeCombo.setItemText(1, QCoreApplication.translate("SettingsDialog", u"No proxy", None))
        self.proxyModeCombo.setItemText(2, QCoreApplication.translate("SettingsDialog", u"HTTP proxy", None))
        self.proxyModeCombo.setItemText(3, QCoreApplication.translate("SettingsDialog", u"SOCKS5 proxy", None))

        self.proxyHostCaption.setText(QCoreApplication.translate("SettingsDialog", u"Proxy &host:", None))
        self.proxyHostEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"proxy.example.org", None))
        self.proxyPortCaption.setText(QCoreApplication.translate("SettingsDialog", u"Proxy p&ort:", None))
        self.timeoutCaption.setText(QCoreApplication.translate("SettingsDialog", u"Timeo&ut:", None))
        self.timeoutSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" s", None))
        self.downloadMaxCaption.setText(QCoreApplication.translate("SettingsDialog", u"Largest do&wnload:", None))
#if QT_CONFIG(tooltip)
        self.downloadMaxSpin.setToolTip(QCoreApplication.translate("SettingsDialog", u"A podcast episode or video larger than this is not downloaded.", None))
#endif // QT_CONFIG(tooltip)
        self.downloadMaxSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" MB", None))
        self.downloadsDirCaption.setText(QCoreApplication.translate("SettingsDialog", u"Downloads fol&der:", None))
        self.downloadsDirEdit.setPlaceholderText(QCoreApplication.translate("SettingsDialog", u"Your Downloads folder, in Newsreader", None))
        self.downloadsDirButton.setText(QCoreApplication.translate("SettingsDialog", u"&Browse\u2026", None))
        self.networkNote.setText(QCoreApplication.translate("SettingsDialog", u"Applies to feeds, pages and images fetched from now on.", None))
        self.networkMessageLabel.setText("")
        self.settingsTabs.setTabText(self.settingsTabs.indexOf(self.networkPage), QCoreApplication.translate("SettingsDialog", u"Ne&twork", None))
    # retranslateUi

