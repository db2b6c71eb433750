// The caseload ("To do") as a volunteer meets it, on a file of three persons: every task in
// the agenda's order, computed off the window's thread (its "reading" state first), filtered
// by kind, person and words (accents ignored), the totals per payer; a row opens the page where
// it is done with the item selected; the list follows a change made elsewhere; the worklist
// written as CSV and PDF.

#include "aid/AidPage.h"
#include "aid/AidService.h"
#include "caseload/CaseloadExport.h"
#include "caseload/CaseloadFilterModel.h"
#include "caseload/CaseloadModel.h"
#include "caseload/CaseloadPage.h"
#include "model/Money.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/CareLabels.h"
#include "shell/AppContext.h"
#include "shell/FileDialog.h"
#include "shell/MainWindow.h"
#include "ui/shell/UiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::uitest;

class TestCaseloadPage final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEveryTaskByUrgency();
    void filtersByKindPersonAndWords();
    void opensTheItemWhereItIsDone();
    void followsAChangeMadeElsewhere();
    void exportsTheWorklistAsCsv();
    void printsTheWorklistAsPdf();
    void opensOnTheCaseloadAndFindsWithCtrlF();

private:
    CarnetFile& file() const { return *m_window->context().file(); }
    CaseloadPage* page() const { return m_window->findChild<CaseloadPage*>(); }
    // Shows the page and waits for its agenda.
    void showAndWait();
    // The cells of the rows shown, column by column, joined by " | ".
    QStringList rows() const;
    void chooseKind(const QString& text);
    void choosePerson(const QString& text);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
    qint64 m_helene = 0;
    qint64 m_lateSheet = 0;
    qint64 m_toSend = 0;
    qint64 m_request = 0;
};

void TestCaseloadPage::init()
{
    FileDialog::clearNextFileNames();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("caseload.carnet"))));
    file().setToday(testToday()); // 10 March 2025
    m_household = seedHousehold(file());
    Person helene;
    helene.name = QStringLiteral("Hélène Lefèvre");
    helene.birthDate = QDate(1979, 6, 1);
    m_helene = file().people().addPerson(helene).value();
    const qint64 psy = m_household.psychologist;

    // Alice: two sessions of February on no care sheet.
    QVERIFY(file().sessions().addSession(
        session(m_household.alice, psy, QDate(2025, 2, 3), SessionKind::Evaluation)));
    QVERIFY(file().sessions().addSession(
        session(m_household.alice, psy, QDate(2025, 2, 17), SessionKind::FollowUp, 4000)));
    // Hélène (no mutuelle): a paper sheet sent on 5 November 2024 the CPAM never paid (due on
    // 5 December, 95 days late), and a sheet of 3 March 2025 not sent.
    const qint64 november =
        file()
            .sessions()
            .addSession(session(m_helene, psy, QDate(2024, 11, 4), SessionKind::Evaluation))
            .value();
    CareSheet sent;
    sent.personId = m_helene;
    sent.sessionIds = {november};
    sent.issued = QDate(2024, 11, 4);
    sent.sent = QDate(2024, 11, 5);
    m_lateSheet = file().careSheets().addCareSheet(sent).value();
    const qint64 march =
        file()
            .sessions()
            .addSession(session(m_helene, psy, QDate(2025, 3, 3), SessionKind::FollowUp))
            .value();
    CareSheet toSend;
    toSend.personId = m_helene;
    toSend.sessionIds = {march};
    toSend.issued = QDate(2025, 3, 3);
    m_toSend = file().careSheets().addCareSheet(toSend).value();
    // Léo: an AFI request prepared on 1 February, nothing in hand yet.
    AidRequest request;
    request.personId = m_household.leo;
    request.departmentCode = QStringLiteral("17");
    request.psychologistId = psy;
    request.sessions = 10;
    request.sessionPriceCents = 4500;
    request.periodFrom = QDate(2025, 4, 1);
    request.periodTo = QDate(2026, 3, 31);
    request.prepared = QDate(2025, 2, 1);
    m_request = file().aid().addRequest(request).value();

    m_window->context().setCurrentPerson(m_household.alice);
    m_window->context().setCurrentYear(testToday().year());
    m_window->show(); // on the dashboard: the file was empty when opened
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentPage(), MainWindow::DashboardPage);
}

void TestCaseloadPage::cleanup()
{
    m_window.reset();
    m_dir.reset();
    QLocale::setDefault(QLocale::c());
}

void TestCaseloadPage::showAndWait()
{
    QSignalSpy loaded(page(), &CaseloadPage::loaded);
    m_window->showPage(MainWindow::CaseloadPage);
    if (page()->isComputing())
        QVERIFY(loaded.wait(5000));
    QVERIFY(!page()->isComputing());
}

namespace {

// A row as rows() gives it (no translation is loaded here: "day(s)").
QString row(const QString& person, const QString& task, const QString& when, QDate due, Cents cents)
{
    return QStringList{person, task, when, CareLabels::date(due), formatCents(cents)}.join(
        QStringLiteral(" | "));
}

const QString kHelene = QStringLiteral("Hélène Lefèvre");
const QString kToDo = QStringLiteral("To do");

} // namespace

QStringList TestCaseloadPage::rows() const
{
    const CaseloadFilterModel* model = page()->filterModel();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < CaseloadModel::DetailsColumn; ++column)
            cells << model->index(row, column).data().toString();
        rows << cells.join(QStringLiteral(" | "));
    }
    return rows;
}

void TestCaseloadPage::chooseKind(const QString& text)
{
    auto* kinds = page()->findChild<QComboBox*>(QStringLiteral("caseloadKindFilter"));
    const int index = kinds->findText(text, Qt::MatchContains);
    QVERIFY2(index >= 0, qPrintable(text));
    kinds->setCurrentIndex(index);
}

void TestCaseloadPage::choosePerson(const QString& text)
{
    auto* persons = page()->findChild<QComboBox*>(QStringLiteral("caseloadPersonFilter"));
    const int index = persons->findText(text);
    QVERIFY2(index >= 0, qPrintable(text));
    persons->setCurrentIndex(index);
}

void TestCaseloadPage::showsEveryTaskByUrgency()
{
    QAbstractItemModelTester sourceTester(page()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester tester(page()->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* status = page()->findChild<QLabel*>(QStringLiteral("caseloadStatus"));
    auto* busy = page()->findChild<QProgressBar*>(QStringLiteral("caseloadBusy"));

    // Shown: it reads on its thread, and says so, the window free meanwhile.
    QSignalSpy loaded(page(), &CaseloadPage::loaded);
    m_window->showPage(MainWindow::CaseloadPage);
    QVERIFY(page()->isComputing());

    QVERIFY(!busy->isHidden());
    QCOMPARE(status->text(), QStringLiteral("Reading what there is to do for every person…"));
    QCOMPARE(page()->model()->rowCount(), 0);
    QVERIFY(loaded.wait(5000));
    QVERIFY(busy->isHidden());

    // The debt first (95 days late), then by date: the AFI documents to get (1 February),
    // Alice's evaluation (3 February; her follow-up at 40 € is not covered), Hélène's sheet to
    // send (3 March).
    QCOMPARE(rows(), (QStringList{
                         row(kHelene, QStringLiteral("Late payment (CPAM)"),
                             QStringLiteral("95 day(s) late"), QDate(2024, 12, 5), 3000),
                         row(QStringLiteral("Léo Martin"), QStringLiteral("AFI: documents missing"),
                             kToDo, QDate(2025, 2, 1), 45000),
                         row(QStringLiteral("Alice Martin"), QStringLiteral("Create a care sheet"),
                             kToDo, QDate(2025, 2, 3), 5000),
                         row(kHelene, QStringLiteral("Send the care sheet"), kToDo,
                             QDate(2025, 3, 3), 3000)}));
    const AgendaItem& debt = page()->model()->item(0);
    QCOMPARE(debt.sheetId, m_lateSheet);
    QVERIFY(page()->filterModel()->index(0, 0).data(CaseloadModel::OverdueRole).toBool());
    QVERIFY(page()
                ->filterModel()
                ->index(0, CaseloadModel::DetailsColumn)
                .data()
                .toString()
                .contains(QStringLiteral("CPAM")));
    QCOMPARE(status->text(), QStringLiteral("4 task(s) for 3 person(s), most urgent first."));
    // CPAM: Hélène's debt 30 €, Alice's evaluation 30 €, Hélène's sheet 30 €; the mutuelle:
    // Alice's 20 €; the AFI asked for 450 €.
    QCOMPARE(page()->findChild<QLabel*>(QStringLiteral("caseloadTotals"))->text(),
             QStringLiteral("Owed over the tasks shown: CPAM %1, mutuelle %2; AFI %3.")
                 .arg(formatCents(9000), formatCents(2000), formatCents(45000)));

    // Sorted by a column, then back to the agenda's order.
    auto* table = page()->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    table->sortByColumn(CaseloadModel::PersonColumn, Qt::AscendingOrder);
    QVERIFY(rows().at(0).startsWith(QStringLiteral("Alice Martin")));
    table->sortByColumn(CaseloadModel::WhenColumn, Qt::AscendingOrder);
    QVERIFY(rows().at(0).startsWith(QStringLiteral("Hélène Lefèvre | Late payment")));
}

void TestCaseloadPage::filtersByKindPersonAndWords()
{
    showAndWait();
    QAbstractItemModelTester tester(page()->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* status = page()->findChild<QLabel*>(QStringLiteral("caseloadStatus"));
    auto* totals = page()->findChild<QLabel*>(QStringLiteral("caseloadTotals"));

    chooseKind(QStringLiteral("Late payments"));
    QCOMPARE(rows().size(), 1);
    QVERIFY(rows().at(0).startsWith(QStringLiteral("Hélène Lefèvre | Late payment (CPAM)")));
    QCOMPARE(status->text(), QStringLiteral("1 of 4 task(s) shown."));
    QCOMPARE(totals->text(), QStringLiteral("Owed over the tasks shown: CPAM %1, mutuelle %2.")
                                 .arg(formatCents(3000), formatCents(0)));
    chooseKind(QStringLiteral("AFI requests"));
    QCOMPARE(rows().size(), 1);
    QVERIFY(rows().at(0).startsWith(QStringLiteral("Léo Martin")));
    chooseKind(QStringLiteral("Care sheets and payments"));
    QCOMPARE(rows().size(), 3);
    chooseKind(QStringLiteral("Everything"));
    QCOMPARE(rows().size(), 4);

    // The persons with something to do, by name.
    auto* persons = page()->findChild<QComboBox*>(QStringLiteral("caseloadPersonFilter"));
    QStringList names;
    for (int i = 0; i < persons->count(); ++i)
        names << persons->itemText(i);
    QCOMPARE(names, (QStringList{QStringLiteral("Everyone"), QStringLiteral("Alice Martin"),
                                 QStringLiteral("Hélène Lefèvre"), QStringLiteral("Léo Martin")}));
    choosePerson(QStringLiteral("Hélène Lefèvre"));
    QCOMPARE(rows().size(), 2);
    chooseKind(QStringLiteral("Care sheets to send"));
    QCOMPARE(rows(), QStringList{row(kHelene, QStringLiteral("Send the care sheet"), kToDo,
                                     QDate(2025, 3, 3), 3000)});
    chooseKind(QStringLiteral("Everything"));
    choosePerson(QStringLiteral("Everyone"));

    // Words, typed without accents, in any case.
    auto* search = page()->findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));
    typeText(search, QStringLiteral("helene"));
    QCOMPARE(rows().size(), 2);
    for (const QString& row : rows())
        QVERIFY(row.startsWith(QStringLiteral("Hélène Lefèvre")));
    search->setText(QStringLiteral("LEFEVRE late"));
    QCOMPARE(rows().size(), 1);
    search->setText(QStringLiteral("martin"));
    QCOMPARE(rows().size(), 2); // Alice and Léo
    search->setText(QStringLiteral("afi"));
    QCOMPARE(rows().size(), 1);
    search->setText(QStringLiteral("nobody"));
    QCOMPARE(rows().size(), 0);
    QVERIFY(totals->text().isEmpty());
    QVERIFY(!page()->findChild<QPushButton*>(QStringLiteral("caseloadCsvButton"))->isEnabled());
    search->clear();
    QCOMPARE(rows().size(), 4);
}

void TestCaseloadPage::opensTheItemWhereItIsDone()
{
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    showAndWait();
    auto* table = page()->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    auto* search = page()->findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));
    AppContext& context = m_window->context();

    // Hélène's sheet to send: found by words, Enter in the field goes to the row, Enter on the
    // row opens the claims page of her 2025 with the sheet selected.
    search->setFocus();
    typeText(search, QStringLiteral("send"));
    QCOMPARE(rows().size(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(table->hasFocus());
    QTest::keyClick(table, Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), MainWindow::CareSheetsPage);
    QCOMPARE(context.currentPerson(), m_helene);
    QCOMPARE(context.currentYear(), 2025);
    auto* sheets = m_window->findChild<QTableWidget*>(QStringLiteral("sheetsTable"));
    QCOMPARE(sheets->selectedItems().size(), sheets->columnCount());
    QCOMPARE(sheets->item(sheets->selectedItems().constFirst()->row(), 0)
                 ->data(Qt::UserRole)
                 .toLongLong(),
             m_toSend);
    auto* toSend = m_window->findChild<QListWidget*>(QStringLiteral("sheetsToSendList"));
    QCOMPARE(toSend->currentItem()->data(Qt::UserRole).toLongLong(), m_toSend);
    QVERIFY(toSend->hasFocus()); // Enter there marks it sent

    // Hélène's debt: the claims page of 2024, the late payment chosen.
    m_window->showPage(MainWindow::CaseloadPage);
    search->clear();
    table->setCurrentIndex(page()->filterModel()->index(0, 0));
    page()->findChild<QPushButton*>(QStringLiteral("caseloadOpenButton"))->click();
    QCOMPARE(m_window->currentPage(), MainWindow::CareSheetsPage);
    QCOMPARE(context.currentYear(), 2024);
    auto* late = m_window->findChild<QListWidget*>(QStringLiteral("claimsLateList"));
    QCOMPARE(late->currentItem()->data(Qt::UserRole).toLongLong(), m_lateSheet);
    QCOMPARE(sheets->item(sheets->selectedItems().constFirst()->row(), 0)
                 ->data(Qt::UserRole)
                 .toLongLong(),
             m_lateSheet);

    // Léo's AFI request: the AFI page with it selected.
    m_window->showPage(MainWindow::CaseloadPage);
    table->setCurrentIndex(page()->filterModel()->index(1, 0));
    emit table->activated(table->currentIndex()); // a double click
    QCOMPARE(m_window->currentPage(), MainWindow::AidPage);
    QCOMPARE(context.currentPerson(), m_household.leo);
    QCOMPARE(m_window->findChild<AidPage*>()->currentRequest(), m_request);
}

void TestCaseloadPage::followsAChangeMadeElsewhere()
{
    showAndWait();
    QAbstractItemModelTester tester(page()->filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* table = page()->findChild<QTableView*>(QStringLiteral("caseloadTable"));
    table->setCurrentIndex(page()->filterModel()->index(2, 0)); // Alice's sessions
    QCOMPARE(page()->model()->rowCount(), 4);

    // Hélène's sheet sent (the claims page would do the same): the row goes, the others stay
    // where they were, Alice's still selected.
    QSignalSpy loaded(page(), &CaseloadPage::loaded);
    QVERIFY(file().careSheets().markSheetSent(m_toSend, QDate(2025, 3, 10)));
    QVERIFY(page()->isComputing());
    QVERIFY(loaded.wait(5000));
    QCOMPARE(rows().size(), 3);
    for (const QString& row : rows())
        QVERIFY2(!row.contains(QStringLiteral("Send the care sheet")), qPrintable(row));
    QVERIFY(table->currentIndex().data().toString() == QStringLiteral("Alice Martin"));
    QCOMPARE(table->currentIndex().row(), 2);

    // A sheet made for Alice's sessions: her row becomes a sheet to send.
    CareSheet sheet;
    sheet.personId = m_household.alice;
    sheet.issued = QDate(2025, 3, 10);
    for (const Session& s : file().sessions().sessions(m_household.alice))
        sheet.sessionIds << s.id;
    const qint64 aliceSheet = file().careSheets().addCareSheet(sheet).value();
    QVERIFY(loaded.wait(5000));
    QCOMPARE(page()->model()->item(2).sheetId, aliceSheet);
    QCOMPARE(rows().at(2),
             row(QStringLiteral("Alice Martin"), QStringLiteral("Send the care sheet"), kToDo,
                 QDate(2025, 3, 10), 5000));

    // While hidden, a change is read when the page is shown again.
    m_window->showPage(MainWindow::SessionsPage);
    QVERIFY(file().careSheets().markSheetSent(aliceSheet, QDate(2025, 3, 10)));
    QVERIFY(!page()->isComputing());
    QCOMPARE(rows().size(), 3); // read again when shown
    showAndWait();
    QCOMPARE(rows().size(), 2);
}

void TestCaseloadPage::exportsTheWorklistAsCsv()
{
    showAndWait();
    QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
    chooseKind(QStringLiteral("Care sheets and payments"));
    const QString path = m_dir->filePath(QStringLiteral("worklist.csv"));
    FileDialog::setNextFileName(path);
    page()->findChild<QPushButton*>(QStringLiteral("caseloadCsvButton"))->click();
    // The name proposed is dated.
    QCOMPARE(FileDialog::proposedPaths().size(), 1);
    QVERIFY2(
        FileDialog::proposedPaths().constFirst().endsWith(QStringLiteral("/to-do-2025-03-10.csv")),
        qPrintable(FileDialog::proposedPaths().constFirst()));

    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 with a byte-order mark
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // the header and the three rows shown
    QCOMPARE(lines.at(0), QStringLiteral("Person;To do;When;Due;Days late;Amount;CPAM;Mutuelle;"
                                         "Year;Details"));
    const QStringList debt = lines.at(1).split(QLatin1Char(';'));
    QCOMPARE(debt.mid(0, 9),
             (QStringList{QStringLiteral("Hélène Lefèvre"), QStringLiteral("Late payment (CPAM)"),
                          QStringLiteral("95 day(s) late"), QStringLiteral("2024-12-05"),
                          QStringLiteral("95"), QStringLiteral("30,00"), QStringLiteral("30,00"),
                          QStringLiteral("0,00"), QStringLiteral("2024")}));
    QVERIFY(lines.at(2).startsWith(QStringLiteral(
        "Alice Martin;Create a care sheet;To do;2025-02-03;0;50,00;30,00;20,00;2025;")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("Hélène Lefèvre;Send the care sheet;")));
    QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestCaseloadPage::printsTheWorklistAsPdf()
{
    showAndWait();
    const QString path = m_dir->filePath(QStringLiteral("worklist.pdf"));
    FileDialog::setNextFileName(path);
    page()->findChild<QPushButton*>(QStringLiteral("caseloadPdfButton"))->click();
    QVERIFY2(
        FileDialog::proposedPaths().constFirst().endsWith(QStringLiteral("/to-do-2025-03-10.pdf")),
        qPrintable(FileDialog::proposedPaths().constFirst()));
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 1000);
    // What it prints: the rows shown, with the filters said.
    const QString html =
        CaseloadExport::html(page()->shownItems(), testToday(), QStringLiteral("Everything"));
    QVERIFY(html.contains(QStringLiteral("Hélène Lefèvre")));
    QVERIFY(html.contains(QStringLiteral("AFI: documents missing")));
    QVERIFY(html.contains(QStringLiteral("4 item(s). Owed: CPAM %1, mutuelle %2; AFI %3.")
                              .arg(formatCents(9000), formatCents(2000), formatCents(45000))
                              .toHtmlEscaped()));
}

void TestCaseloadPage::opensOnTheCaseloadAndFindsWithCtrlF()
{
    // A file of several persons opens on the caseload, first in the navigation.
    const QString path = m_window->currentFile();
    m_window->closeFile();
    QCOMPARE(m_window->currentPage(), MainWindow::DashboardPage);
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->currentPage(), MainWindow::CaseloadPage);
    auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigation"));
    QCOMPARE(navigation->currentRow(), 0);
    QCOMPARE(navigation->currentItem()->text(), QStringLiteral("To do"));

    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    if (page()->isComputing())
        QVERIFY(QSignalSpy(page(), &CaseloadPage::loaded).wait(5000));
    auto* search = page()->findChild<QLineEdit*>(QStringLiteral("caseloadSearch"));
    navigation->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(search->hasFocus());
    // Another page shown: Ctrl+F is not the caseload's.
    m_window->showPage(MainWindow::HelpPage);
    navigation->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(navigation->hasFocus());
}

CARNET_UI_TEST_MAIN(TestCaseloadPage)
#include "TestCaseloadPage.moc"
