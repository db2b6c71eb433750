// MainWindow's menus, actions and tool bar (the rest of the class is in MainWindow.cpp).
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/PersonSwitcher.h"
#include "shell/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QSpinBox>
#include <QToolBar>
#include <QUndoStack>

namespace carnet {

QAction* MainWindow::addFileAction(QMenu* menu, const QString& text, const char* objectName,
                                   void (MainWindow::*slot)(), bool writes)
{
    QAction* action = menu->addAction(text, this, slot);
    action->setObjectName(QLatin1String(objectName));
    m_fileActions.append(action);
    if (writes)
        m_writeActions.append(action);
    return action;
}

void MainWindow::createActions()
{
    // File
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(tr("&New file…"), this, &MainWindow::newFile);
    newAction->setShortcut(QKeySequence::New);
    newAction->setObjectName(QStringLiteral("actionNew"));
    QAction* openAction = file->addAction(tr("&Open file…"), this, &MainWindow::openFileDialog);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &recent"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();

    QAction* importAction = addFileAction(file, tr("&Import from JSON…"), "actionImportJson",
                                          &MainWindow::importJson, true);
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("menuExport"));
    QAction* exportAll = addFileAction(exportMenu, tr("The whole file as &JSON…"),
                                       "actionExportJson", &MainWindow::exportJsonAll, false);
    exportAll->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    addFileAction(exportMenu, tr("The current &person as JSON…"), "actionExportPersonJson",
                  &MainWindow::exportJsonPerson, false);
    addFileAction(exportMenu, tr("The current person, en&crypted to hand back…"),
                  "actionExportPersonEncrypted", &MainWindow::exportPersonEncrypted, false);
    exportMenu->addSeparator();
    addFileAction(exportMenu, tr("&Sessions as CSV…"), "actionExportSessionsCsv",
                  &MainWindow::exportSessionsCsv, false);
    addFileAction(exportMenu, tr("P&ayments as CSV…"), "actionExportPaymentsCsv",
                  &MainWindow::exportPaymentsCsv, false);
    file->addSeparator();
    addFileAction(file, tr("&Back up now"), "actionBackUpNow", &MainWindow::backUpNow, false);
    addFileAction(file, tr("Restore from a &backup…"), "actionRestoreBackup",
                  &MainWindow::restoreFromBackup, true);
    file->addSeparator();
    QAction* closeAction =
        addFileAction(file, tr("&Close file"), "actionClose", &MainWindow::closeFile, false);
    closeAction->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("actionQuit"));

    // Edit
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_context->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    QAction* redo = m_context->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* addPersonAction =
        addFileAction(edit, tr("&Add a person…"), "actionAddPerson", &MainWindow::addPerson, true);
    addPersonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    QAction* editPerson = addFileAction(edit, tr("&Edit this person…"), "actionEditPerson",
                                        &MainWindow::editCurrentPerson, true);
    editPerson->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction* persons =
        addFileAction(edit, tr("&Persons…"), "actionPersons", &MainWindow::managePersons, false);
    persons->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    edit->addSeparator();
    QAction* settings = edit->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settings->setMenuRole(QAction::PreferencesRole);

    // Go
    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* action = go->addAction(navigationItem(Page(page))->text());
        action->setObjectName(QStringLiteral("actionPage%1").arg(page));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
    }
    go->addSeparator();
    QAction* choosePerson = go->addAction(tr("Choose the &person"));
    choosePerson->setObjectName(QStringLiteral("actionChoosePerson"));
    choosePerson->setShortcut(QKeySequence(Qt::Key_F6));
    connect(choosePerson, &QAction::triggered, this, [this] { m_personSwitcher->startSearch(); });
    QAction* chooseYear = go->addAction(tr("Choose the &year"));
    chooseYear->setObjectName(QStringLiteral("actionChooseYear"));
    chooseYear->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F6));
    connect(chooseYear, &QAction::triggered, this, [this] {
        m_yearSelector->setFocus(Qt::ShortcutFocusReason);
        m_yearSelector->selectAll();
    });

    // Sessions
    QMenu* care = menuBar()->addMenu(tr("&Sessions"));
    m_quickEntry = care->addAction(tr("I just had a &session…"), this, &MainWindow::quickEntry);
    m_quickEntry->setObjectName(QStringLiteral("actionQuickEntry"));
    m_quickEntry->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_fileActions.append(m_quickEntry);
    m_writeActions.append(m_quickEntry);
    addFileAction(care, tr("Start a year of &care (Mon soutien psy)…"), "actionCarePathWizard",
                  &MainWindow::startCarePath, true);

    // Help
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* crisis =
        help->addAction(tr("I'm not &well: numbers to call"), this, &MainWindow::showCrisisNumbers);
    crisis->setObjectName(QStringLiteral("actionCrisis"));
    crisis->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Carnet"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    for (QMenu* menu : {file, exportMenu, edit, go, care, help}) {
        // Shortcuts shown in menus even where the platform hides them.
        for (QAction* action : menu->actions())
            action->setShortcutVisibleInContextMenu(true);
    }
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* personLabel = new QLabel(tr("&Person:"), bar);
    personLabel->setContentsMargins(6, 0, 4, 0);
    m_personSwitcher = new PersonSwitcher(bar);
    m_personSwitcher->setObjectName(QStringLiteral("personSwitcher"));
    m_personSwitcher->setAccessibleName(tr("Person"));
    m_personSwitcher->setMinimumContentsLength(16);
    m_personSwitcher->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    personLabel->setBuddy(m_personSwitcher);
    bar->addWidget(personLabel);
    bar->addWidget(m_personSwitcher);
    connect(m_personSwitcher, &QComboBox::activated, this, &MainWindow::personActivated);

    for (QAction* action : std::as_const(m_fileActions)) {
        if (action->objectName() == QLatin1String("actionPersons"))
            bar->addAction(action);
    }

    auto* yearLabel = new QLabel(tr("&Year:"), bar);
    yearLabel->setContentsMargins(12, 0, 4, 0);
    m_yearSelector = new QSpinBox(bar);
    m_yearSelector->setObjectName(QStringLiteral("yearSelector"));
    m_yearSelector->setAccessibleName(tr("Year"));
    m_yearSelector->setRange(2000, 2100);
    m_yearSelector->setValue(m_context->currentYear());
    m_yearSelector->setGroupSeparatorShown(false);
    yearLabel->setBuddy(m_yearSelector);
    bar->addWidget(yearLabel);
    bar->addWidget(m_yearSelector);
    connect(m_yearSelector, &QSpinBox::valueChanged, this, &MainWindow::yearChanged);

    bar->addSeparator();
    bar->addAction(m_quickEntry);

    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    if (QAction* crisis = findChild<QAction*>(QStringLiteral("actionCrisis")))
        bar->addAction(crisis);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString& path : files) {
        QAction* action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        action->setStatusTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent file"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the list"), this, [] { RecentFiles::clear(); });
}

} // namespace carnet
