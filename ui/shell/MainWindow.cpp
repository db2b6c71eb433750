#include "shell/MainWindow.h"

#include "aid/AidPage.h"
#include "caresheets/CareSheetsPage.h"
#include "caseload/CaseloadPage.h"
#include "dashboard/DashboardPage.h"
#include "files/DataTransfer.h"
#include "files/FileOpener.h"
#include "files/RestoreBackupDialog.h"
#include "help/CrisisDialog.h"
#include "help/HelpPage.h"
#include "model/Version.h"
#include "persons/PersonsDialog.h"
#include "read/ReadSide.h"
#include "service/CarnetFile.h"
#include "sessions/SessionsPage.h"
#include "settings/SettingsDialog.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"
#include "shell/MessageBox.h"
#include "shell/PersonSwitcher.h"
#include "shell/RecentFiles.h"
#include "store/Database.h"
#include "wizards/CarePathWizard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace carnet {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_context(new AppContext(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/carnet/icons/carnet.svg")));
    createPages();
    createActions();
    createToolBar();

    m_fileStatus = new QLabel(this);
    m_fileStatus->setObjectName(QStringLiteral("fileStatus"));
    statusBar()->addPermanentWidget(m_fileStatus);

    connect(m_context, &AppContext::fileChanged, this, &MainWindow::onFileChanged);
    connect(m_context, &AppContext::dataChanged, this, &MainWindow::refreshPersons);
    connect(m_context, &AppContext::currentPersonChanged, this, &MainWindow::showCurrentPerson);
    connect(m_context, &AppContext::currentYearChanged, this, [this](int year) {
        if (m_yearSelector->value() != year)
            m_yearSelector->setValue(year);
    });
    connect(m_context, &AppContext::errorReported, this, &MainWindow::showError);

    onFileChanged();
    resize(1100, 760);
}

MainWindow::~MainWindow()
{
    // Pages listen to the context: close the file while they still exist.
    m_context->setDatabase(nullptr);
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
        tr("Help to pay (AFI)"), tr("Help"),     tr("To do"),
    };
    // Each row knows its page: the caseload moves (placeCaseload()).
    for (int page = 0; page < PageCount; ++page) {
        auto* item = new QListWidgetItem(titles[page], m_navigation);
        item->setData(Qt::UserRole, page);
    }

    m_dashboard = new carnet::DashboardPage(*m_context, m_pages);
    m_pages->addWidget(m_dashboard);
    m_sessions = new carnet::SessionsPage(*m_context, m_pages);
    m_pages->addWidget(m_sessions);
    m_careSheets = new carnet::CareSheetsPage(*m_context, m_pages);
    m_pages->addWidget(m_careSheets);
    m_aid = new carnet::AidPage(*m_context, m_pages);
    m_pages->addWidget(m_aid);
    m_pages->addWidget(new carnet::HelpPage(m_pages));
    auto* caseload = new carnet::CaseloadPage(*m_context, m_pages);
    m_pages->addWidget(caseload);

    connect(m_navigation, &QListWidget::currentItemChanged, m_pages, [this](QListWidgetItem* item) {
        if (item)
            m_pages->setCurrentIndex(item->data(Qt::UserRole).toInt());
    });
    showPage(DashboardPage);
    connect(caseload, &CaseloadPage::openRequested, this, &MainWindow::openAgendaItem);

    connect(m_dashboard, &DashboardPage::pageRequested, this,
            [this](int page) { showPage(Page(page)); });
    connect(m_dashboard, &DashboardPage::recordPaymentRequested, this, &MainWindow::recordPayment);
    connect(m_dashboard, &DashboardPage::quickEntryRequested, this, &MainWindow::quickEntry);
    connect(m_dashboard, &DashboardPage::addPersonRequested, this, &MainWindow::addPerson);
    connect(m_dashboard, &DashboardPage::carePathRequested, this, &MainWindow::startCarePath);

    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentItem(navigationItem(page));
}

QListWidgetItem* MainWindow::navigationItem(Page page) const
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toInt() == page)
            return m_navigation->item(row);
    }
    return nullptr;
}

void MainWindow::placeCaseload(qsizetype persons)
{
    const int wanted = persons > 1 ? 0 : m_navigation->count() - 1;
    QListWidgetItem* item = navigationItem(CaseloadPage);
    const int row = m_navigation->row(item);
    if (row == wanted)
        return;
    const Page shown = currentPage();
    const QSignalBlocker blocker(m_navigation);
    m_navigation->insertItem(wanted, m_navigation->takeItem(row));
    m_navigation->setCurrentItem(navigationItem(shown));
}

QString MainWindow::currentFile() const
{
    return m_context->filePath();
}

bool MainWindow::openPath(const QString& path, bool create)
{
    if (path.isEmpty())
        return false;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (create)
        QDir().mkpath(QFileInfo(absolute).absolutePath());
    // Close the current file first: the same file may be reopened (restore) and its lock
    // must be free.
    std::unique_ptr<Database> database = FileOpener::open(this, *m_context, absolute, create);
    if (!database) {
        if (!create && !QFileInfo::exists(absolute))
            RecentFiles::remove(absolute);
        return false;
    }
    m_context->setDatabase(std::move(database));
    statusBar()->showMessage(m_context->isReadOnly() ? tr("Opened read-only.") : tr("Opened."),
                             4000);
    followFileCheck();
    // A damaged file given at start may be closed already (its check had ended).
    return m_context->database() != nullptr;
}

void MainWindow::followFileCheck()
{
    Database* database = m_context->database();
    if (!database)
        return;
    if (!database->isProvedSound()) {
        // The file given at start, opened while its quick check still ran on another thread:
        // shown already, written to only once proved sound. Looked at again shortly, without
        // blocking the window (nor from inside a dialog's event loop).
        if (database->isCheckRunning() || QApplication::activeModalWidget()) {
            QTimer::singleShot(10, this, &MainWindow::followFileCheck);
            return;
        }
        if (!database->completeCheck()) {
            // Damaged: closed unchanged and opened again the usual way, which says so and
            // offers the latest backup.
            const QString path = database->path();
            m_context->setDatabase(nullptr);
            openPath(path, false);
            return;
        }
    }
    RecentFiles::add(database->path());
}

bool MainWindow::openFile(const QString& path)
{
    // The file already open stays as it is, unless read-only: opening it again takes it for
    // writing once the other Carnet has let it go.
    if (QFileInfo(path).absoluteFilePath() == currentFile() && !m_context->isReadOnly())
        return true;
    return openPath(path, false);
}

MainWindow::StartupFile MainWindow::startupFile(const QString& path)
{
    if (!path.isEmpty())
        return {path, true};
    for (const QString& recent : RecentFiles::list()) {
        if (QFileInfo::exists(recent))
            return {recent, false};
    }
    return {Database::defaultPath(), true};
}

bool MainWindow::openStartupFile(const StartupFile& file)
{
    return openPath(file.path, file.create);
}

bool MainWindow::openStartupFile(const QString& path)
{
    return openStartupFile(startupFile(path));
}

void MainWindow::closeFile()
{
    m_context->setDatabase(nullptr);
}

void MainWindow::newFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = FileDialog::getSaveFileName(this, tr("New Carnet file"), dir,
                                               tr("Carnet files (*.carnet)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".carnet")))
        path += QLatin1String(".carnet");
    if (QFileInfo::exists(path)) {
        m_context->reportError(tr("New Carnet file"),
                               tr("“%1” already exists. Carnet does not overwrite a file: open "
                                  "it (File, Open), or choose another name.")
                                   .arg(QFileInfo(path).fileName()));
        return;
    }
    openPath(path, true);
}

void MainWindow::openFileDialog()
{
    const QString dir = currentFile().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(currentFile()).absolutePath();
    const QString path = FileDialog::getOpenFileName(
        this, tr("Open a Carnet file"), dir, tr("Carnet files (*.carnet *.sqlite);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::onFileChanged()
{
    updateTitle();
    updateActions();
    refreshPersons();
    // A file of several persons opens on what there is to do for them all.
    if (m_personSwitcher->count() > 1 && currentPage() == DashboardPage)
        showPage(CaseloadPage);
    const QString path = currentFile();
    m_fileStatus->setText(path.isEmpty() ? tr("No file open")
                          : m_context->isReadOnly()
                              ? tr("%1 (read-only)").arg(QDir::toNativeSeparators(path))
                              : QDir::toNativeSeparators(path));
}

void MainWindow::updateTitle()
{
    const QString path = currentFile();
    QString name = path.isEmpty() ? tr("No file") : QFileInfo(path).fileName();
    if (m_context->isReadOnly())
        name = tr("%1 (read-only)").arg(name);
    setWindowTitle(tr("%1 — Carnet").arg(name));
}

void MainWindow::updateActions()
{
    const bool open = m_context->file() != nullptr;
    const bool writable = open && !m_context->isReadOnly();
    for (QAction* action : std::as_const(m_fileActions))
        action->setEnabled(m_writeActions.contains(action) ? writable : open);
}

void MainWindow::refreshPersons()
{
    const QSignalBlocker blocker(m_personSwitcher);
    CarnetFile* service = m_context->file();
    // The read side's list: the archived left out, those with something due first.
    QList<PersonChoice> persons;
    if (service) {
        if (auto found = service->read().personChoices())
            persons = std::move(found.value());
    }
    m_personSwitcher->setChoices(persons, service ? tr("(nobody yet)") : tr("(no file)"));
    placeCaseload(int(persons.size()));
    if (persons.isEmpty()) {
        if (m_context->currentPerson() != 0)
            m_context->setCurrentPerson(0);
        return;
    }
    int index = m_personSwitcher->findData(m_context->currentPerson());
    if (index < 0) {
        // The current person was removed or archived (or undone): show the first one.
        index = 0;
        m_personSwitcher->setCurrentIndex(0);
        m_context->setCurrentPerson(persons.constFirst().person.id);
        return;
    }
    m_personSwitcher->setCurrentIndex(index);
}

void MainWindow::showCurrentPerson()
{
    // The list is read again when the file or its data change; choosing another person
    // only moves the selection (unless that person is not in the list yet).
    const int index = m_personSwitcher->findData(m_context->currentPerson());
    if (index < 0 || (m_context->currentPerson() == 0 && m_personSwitcher->isEnabled())) {
        refreshPersons();
        return;
    }
    const QSignalBlocker blocker(m_personSwitcher);
    m_personSwitcher->setCurrentIndex(index);
}

void MainWindow::personActivated(int index)
{
    const qint64 id = m_personSwitcher->itemData(index).toLongLong();
    if (id != 0)
        m_context->setCurrentPerson(id);
}

void MainWindow::yearChanged(int year)
{
    m_context->setCurrentYear(year);
}

void MainWindow::managePersons()
{
    PersonsDialog dialog(*m_context, this);
    dialog.exec();
}

void MainWindow::addPerson()
{
    PersonsDialog::addPerson(*m_context, this);
}

void MainWindow::editCurrentPerson()
{
    if (m_context->currentPerson() != 0)
        PersonsDialog::editPerson(*m_context, m_context->currentPerson(), this);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(*m_context, this);
    dialog.exec();
}

void MainWindow::recordPayment(qint64 sheetId, Payer payer)
{
    showPage(CareSheetsPage);
    m_careSheets->recordPayment(sheetId, payer);
}

void MainWindow::openAgendaItem(const AgendaItem& item)
{
    if (item.isAid()) {
        showPage(AidPage);
        m_aid->selectRequest(item.aidRequestId);
        return;
    }
    showPage(CareSheetsPage);
    m_careSheets->showAgendaItem(item);
}

void MainWindow::quickEntry()
{
    showPage(SessionsPage);
    m_sessions->quickEntry();
}

void MainWindow::startCarePath()
{
    if (!m_context->file() || m_context->isReadOnly())
        return;
    CarePathWizard wizard(*m_context, this);
    if (wizard.exec() == QDialog::Accepted)
        showPage(DashboardPage);
}

void MainWindow::exportJsonAll()
{
    DataTransfer::exportJson(this, *m_context, false);
}

void MainWindow::exportJsonPerson()
{
    DataTransfer::exportJson(this, *m_context, true);
}

void MainWindow::exportPersonEncrypted()
{
    DataTransfer::exportEncrypted(this, *m_context);
}

void MainWindow::importJson()
{
    DataTransfer::importJson(this, *m_context);
}

void MainWindow::exportSessionsCsv()
{
    DataTransfer::exportCsv(this, *m_context, false);
}

void MainWindow::exportPaymentsCsv()
{
    DataTransfer::exportCsv(this, *m_context, true);
}

void MainWindow::backUpNow()
{
    Database* database = m_context->database();
    if (!database)
        return;
    const auto backup = database->backupNow();
    if (!backup) {
        m_context->reportError(tr("Backup failed"), backup.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backup made: %1").arg(QDir::toNativeSeparators(backup->path)),
                             8000);
}

void MainWindow::restoreFromBackup()
{
    Database* database = m_context->database();
    if (!database)
        return;
    const QList<BackupInfo> backups = database->backups();
    RestoreBackupDialog dialog(backups, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const BackupInfo chosen = dialog.selectedBackup();
    if (chosen.path.isEmpty())
        return;
    const auto answer = MessageBox::ask(
        this, QMessageBox::Warning, tr("Restore from a backup"),
        tr("Go back to the backup of %1? The current file is kept as a copy beside it, but what "
           "was recorded after the backup will no longer show.")
            .arg(QLocale().toString(chosen.created, QLocale::LongFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        {{QMessageBox::Yes, tr("Restore")}});
    if (answer != QMessageBox::Yes)
        return;

    const QString path = currentFile();
    m_context->setDatabase(nullptr);
    const auto restored = Database::restoreBackup(path, chosen.path);
    if (!restored)
        m_context->reportError(tr("Restore failed"), restored.error().message);
    if (openPath(path, false) && restored)
        statusBar()->showMessage(tr("Backup restored."), 8000);
}

void MainWindow::showError(const QString& action, const QString& message)
{
    // Over the dialog the user is in, if any (a refusal keeps it open).
    QWidget* parent = QApplication::activeModalWidget();
    // Actions are named as undo texts, in lower case ("add the session of 3 Feb 2025").
    const QString title =
        action.isEmpty() ? tr("Carnet") : action.left(1).toUpper() + action.mid(1);
    MessageBox::warning(parent ? parent : this, title, message);
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
