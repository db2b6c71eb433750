// The main window as a user meets it: a file opened at start, the title, the pages reached
// with Ctrl+1..6 (the caseload first in the navigation for a file of several persons), the
// person switcher and the year selector, File > export and import, a file locked by another
// Carnet, the crisis numbers.

#include "UiTestSupport.h"
#include "dashboard/DashboardPage.h"
#include "files/RestoreBackupDialog.h"
#include "help/CrisisDialog.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/QuickEntryDialog.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/RecentFiles.h"
#include "store/Database.h"
#include "store/IntegrityPrefetch.h"
#include "store/SessionRepository.h"

#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <chrono>
#include <filesystem>

using namespace carnet;
using namespace carnet::uitest;

namespace {

// Dates the file an hour back, as one last written long before Carnet starts (a file written
// in the last seconds is checked by the open itself, not beside the window).
void age(const QString& path)
{
    std::filesystem::last_write_time(std::filesystem::path(path.toStdU16String()),
                                     std::filesystem::file_time_type::clock::now() -
                                         std::chrono::hours(1));
}

QByteArray hashOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Bytes over a page in the middle of the file: its header and schema stay sound, only a
// check that reads every page finds it.
void damageMiddle(const QString& path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 page = 4096;
    QVERIFY(file.seek((file.size() / page / 2) * page));
    QByteArray noise(page, Qt::Uninitialized);
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 131 + 17) % 251);
    QCOMPARE(file.write(noise), page);
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void opensTheStartupFile();
    void navigatesWithTheKeyboard();
    void personSwitcherAndYearDriveTheContext();
    void exportsJsonAndCsv();
    void importMergesIntoTheOpenFile();
    void importReportsWhatSessionAddWouldSay();
    void newFileRefusesToOverwrite();
    void lockedFileOpensReadOnly();
    void lockedFileCancelKeepsTheCurrentFile();
    void closingDisablesTheFileActions();
    void restoresABackupFromTheFileMenu();
    void offersTheLatestBackupForADamagedFile();
    void startupFileIsShownWhileItsCheckRuns();
    void damagedStartupFileIsClosedUnchanged();
    void crisisNumbersAreOneShortcutAway();

private:
    QAction* action(const char* name) const
    {
        auto* found = m_window->findChild<QAction*>(QLatin1String(name));
        if (!found)
            qWarning("no action %s", name);
        return found;
    }
    CarnetFile& file() const { return *m_window->context().file(); }
    QString file(const QString& name) const { return m_dir->filePath(name); }
    // The household file with years of sessions (its check takes a while), backed up today
    // (opening it has nothing to write), then closed.
    void growAndClose();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
};

void TestMainWindow::init()
{
    MessageBox::clearAnswers();
    FileDialog::clearNextFileNames();
    RecentFiles::clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStartupFile(file(QStringLiteral("household.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->context().setCurrentYear(testToday().year());
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_dir.reset();
}

void TestMainWindow::opensTheStartupFile()
{
    const QString path = file(QStringLiteral("household.carnet"));
    QVERIFY(QFile::exists(path));
    QCOMPARE(m_window->currentFile(), path);
    QCOMPARE(m_window->context().filePath(), path);
    QVERIFY(!m_window->context().isReadOnly());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("household.carnet — Carnet"));
    auto* status = m_window->findChild<QLabel*>(QStringLiteral("fileStatus"));
    QVERIFY(status);
    QCOMPARE(status->text(), QDir::toNativeSeparators(path));
    QCOMPARE(RecentFiles::list(), QStringList{path});

    // The first person of the file is selected, and the dashboard shows her.
    QCOMPARE(m_window->context().currentPerson(), m_household.alice);
    auto* title = m_window->findChild<QLabel*>(QStringLiteral("dashboardTitle"));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Alice Martin in 2025"));

    // Started again without a path: the last file used.
    MainWindow again;
    m_window.reset();
    QVERIFY(again.openStartupFile());
    QCOMPARE(again.currentFile(), path);
}

void TestMainWindow::navigatesWithTheKeyboard()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QVERIFY(pages && navigation);
    const char* names[] = {"dashboardPage", "sessionsPage", nullptr,
                           "aidPage",       "helpPage",     "caseloadPage"};
    for (int page : {1, 4, 3, 2, 5, 0}) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + page), Qt::ControlModifier);
        QCOMPARE(int(m_window->currentPage()), page);
        QCOMPARE(pages->currentIndex(), page);
        QCOMPARE(navigation->currentItem()->data(Qt::UserRole).toInt(), page);
        if (names[page])
            QCOMPARE(pages->currentWidget()->objectName(), QLatin1String(names[page]));
    }
    // Two persons in the file: what there is to do for them all comes first, then the
    // pages in their order.
    QStringList rows;
    for (int row = 0; row < navigation->count(); ++row)
        rows << navigation->item(row)->text();
    QCOMPARE(rows,
             (QStringList{QStringLiteral("To do"), QStringLiteral("Where do I stand?"),
                          QStringLiteral("Sessions"), QStringLiteral("Care sheets and payments"),
                          QStringLiteral("Help to pay (AFI)"), QStringLiteral("Help")}));
    QCOMPARE(action("actionPage5")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
    // Its row chosen with the keyboard shows it.
    navigation->setFocus();
    QTest::keyClick(navigation, Qt::Key_Home);
    QCOMPARE(m_window->currentPage(), MainWindow::CaseloadPage);
    // The Go menu shows the shortcuts.
    QCOMPARE(action("actionPage1")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    QVERIFY(action("actionPage1")->isShortcutVisibleInContextMenu());
}

void TestMainWindow::personSwitcherAndYearDriveTheContext()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto* switcher = m_window->findChild<QComboBox*>(QStringLiteral("personSwitcher"));
    auto* year = m_window->findChild<QSpinBox*>(QStringLiteral("yearSelector"));
    auto* dashboard = m_window->findChild<DashboardPage*>();
    auto* title = m_window->findChild<QLabel*>(QStringLiteral("dashboardTitle"));
    QVERIFY(switcher && year && dashboard && title);

    QCOMPARE(switcher->count(), 2);
    QCOMPARE(switcher->itemText(0), QStringLiteral("Alice Martin"));
    QCOMPARE(switcher->itemText(1), QStringLiteral("Léo Martin"));
    QCOMPARE(switcher->currentIndex(), 0);
    QCOMPARE(year->value(), 2025);

    // F6 goes to the switcher; the arrow picks Léo.
    QTest::keyClick(m_window.get(), Qt::Key_F6);
    if (QWidget* popup = QApplication::activePopupWidget())
        QTest::keyClick(popup, Qt::Key_Escape);
    QTRY_VERIFY(switcher->hasFocus());
    QTest::keyClick(switcher, Qt::Key_Down);
    QCOMPARE(m_window->context().currentPerson(), m_household.leo);
    QCOMPARE(title->text(), QStringLiteral("Léo Martin in 2025"));

    // Shift+F6 goes to the year; the arrow moves it on.
    QTest::keyClick(m_window.get(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(year->hasFocus());
    QTest::keyClick(year, Qt::Key_Up);
    QCOMPARE(m_window->context().currentYear(), 2026);
    QCOMPARE(dashboard->status().year, 2026);
    QCOMPARE(title->text(), QStringLiteral("Léo Martin in 2026"));

    // The context drives the widgets too.
    m_window->context().setCurrentYear(2024);
    QCOMPARE(year->value(), 2024);
    m_window->context().setCurrentPerson(m_household.alice);
    QCOMPARE(switcher->currentText(), QStringLiteral("Alice Martin"));
    QCOMPARE(title->text(), QStringLiteral("Alice Martin in 2024"));
}

void TestMainWindow::exportsJsonAndCsv()
{
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 17), SessionKind::FollowUp)));

    // No suffix typed: ".json" is added.
    FileDialog::setNextFileName(file(QStringLiteral("everything")));
    action("actionExportJson")->trigger();
    QFile json(file(QStringLiteral("everything.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject document = QJsonDocument::fromJson(json.readAll()).object();
    QCOMPARE(document.value(QStringLiteral("persons")).toArray().size(), 2);
    QCOMPARE(document.value(QStringLiteral("sessions")).toArray().size(), 2);
    QVERIFY(MessageBox::texts().join(QLatin1Char('\n')).contains(QStringLiteral("Exported to")));

    // The current person only.
    m_window->context().setCurrentPerson(m_household.leo);
    FileDialog::setNextFileName(file(QStringLiteral("leo.json")));
    action("actionExportPersonJson")->trigger();
    QFile person(file(QStringLiteral("leo.json")));
    QVERIFY(person.open(QIODevice::ReadOnly));
    const QJsonArray persons = QJsonDocument::fromJson(person.readAll())
                                   .object()
                                   .value(QStringLiteral("persons"))
                                   .toArray();
    QCOMPARE(persons.size(), 1);
    QCOMPARE(persons.at(0).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("Léo Martin"));

    FileDialog::setNextFileName(file(QStringLiteral("sessions.csv")));
    action("actionExportSessionsCsv")->trigger();
    QFile csv(file(QStringLiteral("sessions.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = csv.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // header and two sessions
    QVERIFY(lines.at(1).contains("2025-02-03"));
    QVERIFY(lines.at(1).contains("Alice Martin"));

    FileDialog::setNextFileName(file(QStringLiteral("payments.csv")));
    action("actionExportPaymentsCsv")->trigger();
    QFile payments(file(QStringLiteral("payments.csv")));
    QVERIFY(payments.open(QIODevice::ReadOnly));
    QCOMPARE(payments.readAll().trimmed().split('\n').size(), 1); // the header: nothing paid

    // Cancelled: nothing written, nothing said.
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(QString());
    action("actionExportJson")->trigger();
    QVERIFY(MessageBox::texts().isEmpty());
}

void TestMainWindow::importMergesIntoTheOpenFile()
{
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    const QString exported = file(QStringLiteral("household.json"));
    FileDialog::setNextFileName(exported);
    action("actionExportJson")->trigger();
    QVERIFY(QFile::exists(exported));

    // A new file with someone else in it.
    FileDialog::setNextFileName(file(QStringLiteral("other")));
    action("actionNew")->trigger();
    QCOMPARE(m_window->currentFile(), file(QStringLiteral("other.carnet")));
    QVERIFY(file().people().persons().isEmpty());
    Person zoe;
    zoe.name = QStringLiteral("Zoé Bernard");
    zoe.birthDate = QDate(1990, 5, 6);
    const qint64 zoeId = file().people().addPerson(zoe).value();
    QCOMPARE(m_window->context().currentPerson(), zoeId);

    MessageBox::clearAnswers();
    FileDialog::setNextFileName(exported);
    action("actionImportJson")->trigger();
    QStringList names;
    for (const Person& p : file().people().persons())
        names << p.name;
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Alice Martin"), QStringLiteral("Léo Martin"),
                                 QStringLiteral("Zoé Bernard")}));
    QCOMPARE(MessageBox::texts().size(), 1);
    QVERIFY(MessageBox::texts().constFirst().startsWith(QStringLiteral("Imported 2 person(s)")));

    auto* switcher = m_window->findChild<QComboBox*>(QStringLiteral("personSwitcher"));
    QCOMPARE(switcher->count(), 3);
    // The first person of the import is selected; the session came with Alice.
    const qint64 current = m_window->context().currentPerson();
    qint64 importedAlice = 0;
    for (const Person& p : file().people().persons()) {
        if (p.name == QLatin1String("Alice Martin"))
            importedAlice = p.id;
    }
    QCOMPARE(current, importedAlice);
    QVERIFY(current != zoeId);
    QCOMPARE(file().sessions().sessions(importedAlice).size(), 1);
    QCOMPARE(switcher->currentData().toLongLong(), current);

    // A broken document changes nothing and says why.
    const QString broken = file(QStringLiteral("broken.json"));
    QFile out(broken);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write("{\"format\": \"not carnet\"}");
    out.close();
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(broken);
    action("actionImportJson")->trigger();
    QCOMPARE(file().people().persons().size(), 3);
    QVERIFY(MessageBox::texts().constFirst().startsWith(QStringLiteral("Nothing was imported")));
}

void TestMainWindow::importReportsWhatSessionAddWouldSay()
{
    // Two evaluations in one year: the second is recorded but not covered.
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 2, 3), SessionKind::Evaluation)));
    QVERIFY(file().sessions().addSession(session(m_household.alice, m_household.psychologist,
                                                 QDate(2025, 3, 3), SessionKind::Evaluation)));
    const QString exported = file(QStringLiteral("twice.json"));
    FileDialog::setNextFileName(exported);
    action("actionExportJson")->trigger();
    FileDialog::setNextFileName(file(QStringLiteral("fresh")));
    action("actionNew")->trigger();

    MessageBox::clearAnswers();
    FileDialog::setNextFileName(exported);
    action("actionImportJson")->trigger();
    QCOMPARE(file().people().persons().size(), 2);
    QCOMPARE(MessageBox::texts().size(), 1);
    const QString text = MessageBox::texts().constFirst();
    QVERIFY2(text.contains(QStringLiteral("1 warning(s):")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("This session will not be covered")), qPrintable(text));
}

void TestMainWindow::newFileRefusesToOverwrite()
{
    const QString existing = file(QStringLiteral("household.carnet"));
    MessageBox::clearAnswers();
    FileDialog::setNextFileName(existing);
    action("actionNew")->trigger();
    QCOMPARE(m_window->currentFile(), existing);
    QCOMPARE(file().people().persons().size(), 2);
    QVERIFY(MessageBox::texts().constFirst().contains(QStringLiteral("already exists")));
}

void TestMainWindow::lockedFileOpensReadOnly()
{
    // Another Carnet holds a file with someone in it.
    const QString path = file(QStringLiteral("shared.carnet"));
    auto held = Database::open(path);
    QVERIFY(held);
    auto other = std::make_unique<CarnetFile>(std::move(held).value());
    {
        other->setToday(testToday());
        Person p = adult();
        p.name = QStringLiteral("Nadia Roux");
        const qint64 nadia = other->people().addPerson(p).value();
        const qint64 psy =
            other->people()
                .addPractitioner(psychologist(QStringLiteral("Claire Dubois"), QString()))
                .value();
        QVERIFY(other->sessions().addSession(
            session(nadia, psy, QDate(2025, 2, 3), SessionKind::Evaluation)));
    }

    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Open);
    QVERIFY(m_window->openFile(path));
    QVERIFY(MessageBox::texts().constFirst().contains(QStringLiteral("is open in another Carnet")));
    QVERIFY(m_window->context().isReadOnly());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("shared.carnet (read-only) — Carnet"));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("fileStatus"))
                ->text()
                .endsWith(QStringLiteral("(read-only)")));

    // Reading works, writing is off everywhere.
    auto* title = m_window->findChild<QLabel*>(QStringLiteral("dashboardTitle"));
    QCOMPARE(title->text(), QStringLiteral("Nadia Roux in 2025"));
    for (const char* name : {"actionQuickEntry", "actionImportJson", "actionAddPerson",
                             "actionEditPerson", "actionRestoreBackup"})
        QVERIFY2(!action(name)->isEnabled(), name);
    for (const char* name : {"actionExportJson", "actionExportSessionsCsv", "actionPersons",
                             "actionClose", "actionCrisis"})
        QVERIFY2(action(name)->isEnabled(), name);
    auto* newSession = m_window->findChild<QPushButton*>(QStringLiteral("newSessionButton"));
    QVERIFY(newSession && !newSession->isEnabled());
    auto* newAid = m_window->findChild<QPushButton*>(QStringLiteral("newAidButton"));
    QVERIFY(newAid && !newAid->isEnabled());

    // Enter or Delete on a session changes nothing.
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("sessionsTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_Return);
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {},
                       table->visualRect(table->model()->index(0, 0)).center());
    QVERIFY(!m_window->findChild<QuickEntryDialog*>());
    QCOMPARE(file().sessions().sessions(m_window->context().currentPerson()).size(), 1);

    // Exports still work from a read-only file.
    FileDialog::setNextFileName(file(QStringLiteral("shared.json")));
    action("actionExportJson")->trigger();
    QVERIFY(QFile::exists(file(QStringLiteral("shared.json"))));

    // The other Carnet closes: opening the file again gives it for writing.
    other.reset();
    MessageBox::clearAnswers();
    QVERIFY(m_window->openFile(path));
    QVERIFY(!m_window->context().isReadOnly());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("shared.carnet — Carnet"));
    QVERIFY(action("actionQuickEntry")->isEnabled());
    QVERIFY(MessageBox::texts().isEmpty());
}

void TestMainWindow::lockedFileCancelKeepsTheCurrentFile()
{
    const QString path = file(QStringLiteral("shared.carnet"));
    auto held = Database::open(path);
    QVERIFY(held);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(m_window->currentFile(), file(QStringLiteral("household.carnet")));
    QVERIFY(!m_window->context().isReadOnly());
    QVERIFY(action("actionQuickEntry")->isEnabled());
}

void TestMainWindow::closingDisablesTheFileActions()
{
    action("actionClose")->trigger();
    QVERIFY(m_window->currentFile().isEmpty());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("No file — Carnet"));
    for (const char* name : {"actionQuickEntry", "actionExportJson", "actionImportJson",
                             "actionAddPerson", "actionPersons", "actionClose"})
        QVERIFY2(!action(name)->isEnabled(), name);
    QVERIFY(action("actionNew")->isEnabled());
    QVERIFY(action("actionOpen")->isEnabled());
    auto* switcher = m_window->findChild<QComboBox*>(QStringLiteral("personSwitcher"));
    QVERIFY(!switcher->isEnabled());
    QCOMPARE(m_window->context().currentPerson(), 0);

    // Open it again from File > Open.
    FileDialog::setNextFileName(file(QStringLiteral("household.carnet")));
    action("actionOpen")->trigger();
    QCOMPARE(m_window->currentFile(), file(QStringLiteral("household.carnet")));
    QCOMPARE(switcher->count(), 2);
}

void TestMainWindow::restoresABackupFromTheFileMenu()
{
    action("actionBackUpNow")->trigger();
    const int backups = m_window->context().database()->backups().size();
    QVERIFY(backups >= 1);
    Person later = adult();
    later.name = QStringLiteral("Added after the backup");
    QVERIFY(file().people().addPerson(later));
    QCOMPARE(file().people().persons().size(), 3);

    int listed = 0;
    bool done = false;
    onModal<RestoreBackupDialog>(
        [&listed](RestoreBackupDialog* dialog) {
            auto* list = dialog->findChild<QListWidget*>(QStringLiteral("backupList"));
            listed = list->count();
            QCOMPARE(list->currentRow(), 0); // the newest
            QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("restoreButton")),
                              Qt::LeftButton);
        },
        &done);
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionRestoreBackup")->trigger();
    QTRY_VERIFY(done);
    QCOMPARE(listed, backups);
    QCOMPARE(m_window->currentFile(), file(QStringLiteral("household.carnet")));
    QCOMPARE(file().people().persons().size(), 2);
    QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("personSwitcher"))->count(), 2);
    QVERIFY(MessageBox::texts().constFirst().startsWith(QStringLiteral("Go back to the backup")));
}

void TestMainWindow::offersTheLatestBackupForADamagedFile()
{
    const QString path = file(QStringLiteral("household.carnet"));
    action("actionBackUpNow")->trigger();
    m_window->closeFile();
    {
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(QByteArray(8192, 'x'));
    }
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(m_window->openFile(path));
    QVERIFY(MessageBox::texts().constFirst().contains(QStringLiteral("is damaged")));
    QCOMPARE(file().people().persons().size(), 2);

    // Refused: nothing opened.
    m_window->closeFile();
    {
        QFile damaged(path);
        QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
        damaged.write(QByteArray(8192, 'x'));
    }
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->openFile(path));
    QVERIFY(m_window->currentFile().isEmpty());
}

void TestMainWindow::growAndClose()
{
    Database* database = m_window->context().database();
    const auto grown = database->transaction([&]() -> Result<void> {
        SessionRepository sessions(database->connection());
        for (int i = 0; i < 3000; ++i) {
            Session s = session(m_household.alice, m_household.psychologist,
                                QDate(2012, 1, 2).addDays(i), SessionKind::Private);
            s.notes = QString(300, QLatin1Char('n')) + QString::number(i);
            if (auto id = sessions.insert(s); !id)
                return id.error();
        }
        return {};
    });
    QVERIFY2(grown.ok(), qPrintable(grown ? QString() : grown.error().message));
    QVERIFY(database->backupNow().ok());
    m_window.reset();
    RecentFiles::clear();
}

void TestMainWindow::startupFileIsShownWhileItsCheckRuns()
{
    // main() begins the quick check of the file to open on another thread: the window shows
    // the file meanwhile, and lists it and writes to it once the check has proved it sound.
    const QString path = file(QStringLiteral("household.carnet"));
    growAndClose();
    age(path);
    MainWindow window;
    const IntegrityPrefetch prefetch(path);
    QVERIFY(window.openStartupFile(path));
    QCOMPARE(window.currentFile(), path);
    QCOMPARE(window.context().currentPerson(), m_household.alice);
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("dashboardTitle"))->text(),
             QStringLiteral("Alice Martin in %1").arg(window.context().currentYear()));
    QTRY_VERIFY(window.context().database()->isProvedSound());
    QCOMPARE(RecentFiles::list(), QStringList{path});
    Person added = adult();
    added.name = QStringLiteral("Added once proved");
    QVERIFY(window.context().file()->people().addPerson(added));
    QCOMPARE(window.findChild<QComboBox*>(QStringLiteral("personSwitcher"))->count(), 3);
    QVERIFY(MessageBox::texts().isEmpty());
}

void TestMainWindow::damagedStartupFileIsClosedUnchanged()
{
    // Damaged in the middle (its header sound): it may be shown while its check runs, then
    // it is closed with the usual dialog, and nothing was written to it.
    const QString path = file(QStringLiteral("household.carnet"));
    growAndClose();
    damageMiddle(path);
    age(path);
    const QByteArray before = hashOf(path);
    MessageBox::clearAnswers();
    MessageBox::setNextAnswer(QMessageBox::Cancel); // not the backup, for now
    {
        MainWindow window;
        const IntegrityPrefetch prefetch(path);
        window.openStartupFile(path); // closed at once if its check has ended already
        QTRY_VERIFY(window.currentFile().isEmpty());
        QCOMPARE(MessageBox::texts().size(), 1);
        QVERIFY2(MessageBox::texts().constFirst().contains(QStringLiteral("is damaged")),
                 qPrintable(MessageBox::texts().constFirst()));
        QVERIFY(RecentFiles::list().isEmpty());
        QVERIFY(!window.findChild<QAction*>(QStringLiteral("actionQuickEntry"))->isEnabled());
    }
    QCOMPARE(hashOf(path), before);
    QCOMPARE(Database::backupsOf(path).size(), 1); // no copy of the damaged file as a backup
}

void TestMainWindow::crisisNumbersAreOneShortcutAway()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QString shown;
    bool done = false;
    onModal<CrisisDialog>(
        [&shown](CrisisDialog* dialog) {
            shown = allLabelText(dialog);
            dialog->reject();
        },
        &done);
    QTest::keyClick(m_window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(done);
    QVERIFY2(shown.contains(QStringLiteral("3114")), qPrintable(shown));

    // And on the help page.
    m_window->activateWindow(); // offscreen, no window manager gives it back
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Its text is laid out when the page is first shown, not with the window.
    QVERIFY(!m_window->findChild<QWidget*>(QStringLiteral("helpContent")));
    QTest::keyClick(m_window.get(), Qt::Key_5, Qt::ControlModifier);
    auto* help = m_window->findChild<QWidget*>(QStringLiteral("helpPage"));
    QVERIFY(help && help->isVisible());
    auto* content = help->findChild<QWidget*>(QStringLiteral("helpContent"));
    QVERIFY(content && content->isVisible());
    QVERIFY(content->height() > 100); // laid out in the page
    QVERIFY(allLabelText(help).contains(QStringLiteral("3114")));
}

CARNET_UI_TEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
