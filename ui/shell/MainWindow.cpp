#include "shell/MainWindow.h"

#include "help/CrisisDialog.h"
#include "help/HelpPage.h"
#include "model/Version.h"
#include "shell/RecentFiles.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace carnet {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/carnet/icons/carnet.svg")));
    createPages();
    createActions();
    updateTitle();
    resize(1100, 720);
}

void MainWindow::createPages()
{
    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);

    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setMaximumWidth(220);
    m_navigation->setSpacing(2);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));

    const QString titles[PageCount] = {
        tr("Where do I stand?"), tr("Sessions"), tr("Care sheets and payments"),
        tr("Help to pay (AFI)"), tr("Help"),
    };
    for (const QString& title : titles)
        m_navigation->addItem(title);

    m_pages->addWidget(emptyStatePage(
        QStringLiteral("dashboardPage"), titles[DashboardPage],
        tr("Open or create a Carnet file (File menu) to see, for each person, the covered "
           "sessions left this year, the money expected from the CPAM and the mutuelle, and "
           "what to do next.")));
    m_pages->addWidget(emptyStatePage(
        QStringLiteral("sessionsPage"), titles[SessionsPage],
        tr("Every session with a psychologist, whether it is covered by Mon soutien psy, "
           "and why not when it is not.")));
    m_pages->addWidget(emptyStatePage(
        QStringLiteral("claimsPage"), titles[ClaimsPage],
        tr("The feuilles de soins to send to the CPAM and the payments received from the CPAM "
           "and the mutuelle.")));
    m_pages->addWidget(emptyStatePage(
        QStringLiteral("aidPage"), titles[AidPage],
        tr("Build a request for the CPAM's individual financial aid (aide financière "
           "individuelle), with its checklist of documents.")));
    m_pages->addWidget(new carnet::HelpPage(m_pages));

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(DashboardPage);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

QWidget* MainWindow::emptyStatePage(const QString& objectName, const QString& title,
                                    const QString& text)
{
    auto* page = new QWidget(m_pages);
    page->setObjectName(objectName);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(title, page);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto* body = new QLabel(text, page);
    body->setWordWrap(true);
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(1);
    return page;
}

void MainWindow::createActions()
{
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
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    for (int page = 0; page < PageCount; ++page) {
        QAction* action = go->addAction(m_navigation->item(page)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
        connect(action, &QAction::triggered, this, [this, page] { showPage(Page(page)); });
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* crisis = help->addAction(tr("I'm not &well: numbers to call"), this,
                                      &MainWindow::showCrisisNumbers);
    crisis->setObjectName(QStringLiteral("actionCrisis"));
    crisis->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Carnet"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addAction(crisis);

    statusBar()->showMessage(tr("No file open"));
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

bool MainWindow::openFile(const QString& path)
{
    m_file = QFileInfo(path).absoluteFilePath();
    RecentFiles::add(m_file);
    statusBar()->showMessage(m_file);
    updateTitle();
    return true;
}

void MainWindow::newFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Carnet file"), dir,
                                                tr("Carnet files (*.carnet)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".carnet")))
        path += QStringLiteral(".carnet");
    openFile(path);
}

void MainWindow::openFileDialog()
{
    const QString dir = m_file.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                         : QFileInfo(m_file).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Carnet file"), dir,
                                                      tr("Carnet files (*.carnet *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
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

void MainWindow::updateTitle()
{
    const QString name = m_file.isEmpty() ? tr("No file") : QFileInfo(m_file).fileName();
    setWindowTitle(tr("%1 — Carnet").arg(name));
}

void MainWindow::showCrisisNumbers()
{
    CrisisDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Carnet"),
        tr("<h3>Carnet %1</h3>"
           "<p>Keeps, on your own computer, the record of your psychological care and of the "
           "money around it: Mon soutien psy sessions, feuilles de soins, what the CPAM and the "
           "mutuelle owe you, and requests for the CPAM's individual financial aid.</p>"
           "<p>Your data stays on this computer, in a file only you can read.</p>"
           "<p>Carnet is not an official tool of the Assurance Maladie. Rules change: check "
           "ameli.fr when in doubt.</p>")
            .arg(version()));
}

} // namespace carnet
