// "Where do I stand?": the figures, the late payments said in words (every year's, from the
// agenda), the agenda's items as buttons that do them (sending a care sheet, undone), the
// year's timeline.

#include "UiTestSupport.h"
#include "aid/AidService.h"
#include "caresheets/CareSheetsPage.h"
#include "caresheets/PaymentDialog.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/MoneyChart.h"
#include "dashboard/SendSheetDialog.h"
#include "dashboard/SessionTimeline.h"
#include "model/Money.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/SessionTableModel.h"
#include "shell/AppContext.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"
#include "shell/WrappingButton.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

using namespace carnet;
using namespace carnet::uitest;

class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsTheYearFigures();
    void sendsASheetFromTheNextStepsAndUndoes();
    void aPaymentChangesTheFigures();
    void chartShowsTheMonths();
    void emptyFileOffersToAddAPerson();
    void nextStepsComeInTabOrder();
    void showsALatePaymentFromTwoYearsBack();
    void frenchDashboardFitsTheDefaultWidth();
    void aChildUnderThreeHasNoneLeftAndIsToldWhy();

private:
    QString text(const char* name) const
    {
        auto* label = m_window->findChild<QLabel*>(QLatin1String(name));
        return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
    }
    // The button of the agenda's first item of `kind`.
    QPushButton* itemButton(AgendaItem::Kind kind) const
    {
        for (auto* button : m_window->findChildren<QPushButton*>()) {
            if (button->objectName().startsWith(QLatin1String("nextStep")) &&
                button->property("agendaKind").isValid() &&
                button->property("agendaKind").toInt() == int(kind) && !button->isHidden())
                return button;
        }
        return nullptr;
    }
    CarnetFile& file() const { return *m_window->context().file(); }
    // The January sheet sent on 28 January, the CPAM's 60 % of it received on 5 March.
    bool sendTheSheetAndGetTheCpamsPart()
    {
        if (!file().careSheets().markSheetSent(m_sheet, QDate(2025, 1, 28)))
            return false;
        Payment cpam;
        cpam.payer = Payer::Cpam;
        cpam.date = QDate(2025, 3, 5);
        cpam.amountCents = 6000;
        cpam.shares = {{m_first, 3000}, {m_second, 3000}};
        return file().careSheets().addPayment(cpam).ok();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Household m_household;
    qint64 m_first = 0;
    qint64 m_second = 0;
    qint64 m_sheet = 0;
};

void TestDashboard::init()
{
    reportedErrors().clear();
    MessageBox::clearAnswers();
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    recordReportedErrors(m_window->context());
    QVERIFY(m_window->openStartupFile(m_dir->filePath(QStringLiteral("dashboard.carnet"))));
    file().setToday(testToday());
    m_household = seedHousehold(file());
    m_window->context().setCurrentYear(testToday().year());
    m_window->context().setCurrentPerson(m_household.alice);
    m_first = file()
                  .sessions()
                  .addSession(session(m_household.alice, m_household.psychologist,
                                      QDate(2025, 1, 13), SessionKind::Evaluation))
                  .value();
    m_second = file()
                   .sessions()
                   .addSession(session(m_household.alice, m_household.psychologist,
                                       QDate(2025, 1, 27), SessionKind::FollowUp))
                   .value();
    CareSheet sheet;
    sheet.personId = m_household.alice;
    sheet.issued = QDate(2025, 1, 27);
    sheet.sessionIds = {m_first, m_second};
    m_sheet = file().careSheets().addCareSheet(sheet).value();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestDashboard::cleanup()
{
    QCOMPARE(reportedErrors(), QStringList());
    m_window.reset();
    m_dir.reset();
}

void TestDashboard::showsTheYearFigures()
{
    QCOMPARE(text("dashboardTitle"), QStringLiteral("Alice Martin in 2025"));
    QCOMPARE(text("coveredUsedLabel"), QStringLiteral("2 of 12"));
    QCOMPARE(text("coveredLeftLabel"), QStringLiteral("10 left"));
    QCOMPARE(text("paidLabel"), formatCents(10000));
    QCOMPARE(text("expectedAmoLabel"), formatCents(6000));
    QCOMPARE(text("receivedAmoLabel"), formatCents(0));
    QCOMPARE(text("owedAmoLabel"), formatCents(6000));
    QCOMPARE(text("expectedAmcLabel"), formatCents(4000));
    QCOMPARE(text("owedTotalLabel"), formatCents(10000));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("dashboardEligibility"))->isHidden());
    QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("noLateLabel"))->isHidden());
    auto* timeline = m_window->findChild<SessionTimeline*>();
    QCOMPARE(timeline->accessibleDescription(), QStringLiteral("2 session(s) in 2025 (2 covered)"));

    // Another year: nothing yet.
    m_window->context().setCurrentYear(2024);
    QCOMPARE(text("coveredUsedLabel"), QStringLiteral("0 of 12"));
    QCOMPARE(text("paidLabel"), formatCents(0));
    QCOMPARE(timeline->accessibleDescription(), QStringLiteral("0 session(s) in 2024 (0 covered)"));
}

void TestDashboard::sendsASheetFromTheNextStepsAndUndoes()
{
    QPushButton* send = itemButton(AgendaItem::Kind::SendSheet);
    QVERIFY(send);
    QCOMPARE(send->property("sheetId").toLongLong(), m_sheet);
    QVERIFY(send->isEnabled());
    QCOMPARE(send->accessibleName(), send->text());

    QDate shown;
    bool done = false;
    onModal<SendSheetDialog>(
        [&shown](SendSheetDialog* dialog) {
            auto* date = dialog->findChild<QDateEdit*>(QStringLiteral("sentDate"));
            shown = date->date();
            date->setDate(QDate(2025, 1, 28));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        },
        &done);
    QTest::mouseClick(send, Qt::LeftButton);
    QTRY_VERIFY(done);
    QCOMPARE(shown, testToday());
    QCOMPARE(file().careSheets().careSheet(m_sheet)->sent, QDate(2025, 1, 28));

    // Sent 41 days ago on paper: the CPAM is late, and the dashboard says so in words.
    auto* late = m_window->findChild<QListWidget*>(QStringLiteral("latePaymentsList"));
    QVERIFY(!late->isHidden());
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("noLateLabel"))->isHidden());
    QCOMPARE(late->count(), 1);
    QVERIFY2(late->item(0)->text().startsWith(
                 QStringLiteral("Late: the CPAM still owes %1").arg(formatCents(6000))),
             qPrintable(late->item(0)->text()));
    QVERIFY(!itemButton(AgendaItem::Kind::SendSheet));
    QTRY_VERIFY(itemButton(AgendaItem::Kind::LatePayment)); // new buttons show from the event loop
    // The sessions table says it too.
    m_window->showPage(MainWindow::SessionsPage);
    auto* table = m_window->findChild<QTableView*>(QStringLiteral("sessionsTable"));
    QVERIFY(table->model()
                ->index(0, SessionTableModel::SheetColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Sent on")));

    // Undo: not sent again.
    m_window->showPage(MainWindow::DashboardPage);
    m_window->context().undoStack()->undo();
    QVERIFY(!file().careSheets().careSheet(m_sheet)->isSent());
    QVERIFY(late->isHidden());
    QTRY_VERIFY(itemButton(AgendaItem::Kind::SendSheet));
    QVERIFY(!itemButton(AgendaItem::Kind::LatePayment));
    m_window->context().undoStack()->redo();
    QCOMPARE(file().careSheets().careSheet(m_sheet)->sent, QDate(2025, 1, 28));
}

void TestDashboard::aPaymentChangesTheFigures()
{
    QVERIFY(sendTheSheetAndGetTheCpamsPart());

    QCOMPARE(text("receivedAmoLabel"), formatCents(6000));
    QCOMPARE(text("owedAmoLabel"), formatCents(0));
    QCOMPARE(text("owedAmcLabel"), formatCents(4000));
    QCOMPARE(text("owedTotalLabel"), formatCents(4000));
    QVERIFY(m_window->findChild<QListWidget*>(QStringLiteral("latePaymentsList"))->isHidden());
    auto* owed = m_window->findChild<QLabel*>(QStringLiteral("owedTotalLabel"));
    QCOMPARE(owed->accessibleName(),
             QStringLiteral("Still owed to you in all: %1").arg(formatCents(4000)));
}

void TestDashboard::chartShowsTheMonths()
{
    // Made with the first figures shown, placed between the late payments and the timeline.
    auto* chart = m_window->findChild<MoneyChart*>(QStringLiteral("moneyChart"));
    QVERIFY(chart);
    QVERIFY(chart->isVisible());
    auto* lateBox = m_window->findChild<QWidget*>(QStringLiteral("lateBox"));
    auto* timeline = m_window->findChild<SessionTimeline*>();
    QVERIFY(lateBox->geometry().bottom() < chart->geometry().top());
    QVERIFY(chart->mapTo(m_window.get(), QPoint(0, chart->height())).y() <=
            timeline->mapTo(m_window.get(), QPoint(0, 0)).y());
    QList<qreal> january(12, 0.0);
    january[0] = 100.0; // two sessions of 50 euros paid in January
    QCOMPARE(chart->paidEuros(), january);
    QCOMPARE(chart->reimbursedEuros(), QList<qreal>(12, 0.0));
    QCOMPARE(chart->axisMaximum(), 100.0);

    // The CPAM pays its 60 % in March for the January sessions: January's bar.
    QVERIFY(sendTheSheetAndGetTheCpamsPart());
    QList<qreal> reimbursed(12, 0.0);
    reimbursed[0] = 60.0;
    QCOMPARE(chart->reimbursedEuros(), reimbursed);
    QCOMPARE(chart->paidEuros(), january);

    // Another year, with nothing: empty bars on an axis of at least 50 euros; the same chart.
    m_window->context().setCurrentYear(2024);
    QCOMPARE(m_window->findChild<MoneyChart*>(QStringLiteral("moneyChart")), chart);
    QCOMPARE(chart->paidEuros(), QList<qreal>(12, 0.0));
    QCOMPARE(chart->reimbursedEuros(), QList<qreal>(12, 0.0));
    QCOMPARE(chart->axisMaximum(), 50.0);
    QCOMPARE(m_window->findChildren<MoneyChart*>().size(), 1);
}

void TestDashboard::emptyFileOffersToAddAPerson()
{
    FileDialog::setNextFileName(m_dir->filePath(QStringLiteral("empty.carnet")));
    m_window->findChild<QAction*>(QStringLiteral("actionNew"))->trigger();
    auto* add = m_window->findChild<QPushButton*>(QStringLiteral("dashboardAddPerson"));
    QVERIFY(add && add->isVisible());
    QVERIFY(text("dashboardEmptyText").startsWith(QStringLiteral("Nobody is in this file yet")));
    m_window->closeFile();
    QVERIFY(text("dashboardEmptyText").startsWith(QStringLiteral("No file is open")));
    QVERIFY(add->isHidden());
}

void TestDashboard::nextStepsComeInTabOrder()
{
    QTRY_VERIFY(itemButton(AgendaItem::Kind::SendSheet));
    // Send the sheet, then the late payments (a sent sheet 41 days ago), then the chart.
    QVERIFY(file().careSheets().markSheetSent(m_sheet, QDate(2025, 1, 28)));
    QTRY_VERIFY(itemButton(AgendaItem::Kind::LatePayment));
    const QStringList chain =
        tabChain(m_window->findChild<QWidget*>(QStringLiteral("dashboardContent")), 5);
    QCOMPARE(chain.size(), 5);
    QCOMPARE(chain.at(0), QStringLiteral("dashboardContent"));
    QVERIFY2(chain.at(1).startsWith(QLatin1String("nextStep")), qPrintable(chain.join(u' ')));
    const int late = int(chain.indexOf(QStringLiteral("latePaymentsList")));
    QVERIFY2(late > 1, qPrintable(chain.join(u' ')));
    for (int i = 1; i < late; ++i)
        QVERIFY2(chain.at(i).startsWith(QLatin1String("nextStep")), qPrintable(chain.join(u' ')));
    QCOMPARE(chain.value(late + 1), QStringLiteral("moneyChart"));
}

void TestDashboard::showsALatePaymentFromTwoYearsBack()
{
    // A 2023 follow-up (30 €, with a courrier) on a paper sheet sent on 16 May 2023 that the
    // CPAM never paid: due on 15 June 2023, still owed on the 2025 dashboard.
    Referral courrier;
    courrier.personId = m_household.alice;
    courrier.referrerName = QStringLiteral("Paul Petit");
    courrier.date = QDate(2023, 1, 10);
    const qint64 referral = file().people().addReferral(courrier).value();
    Session old = session(m_household.alice, m_household.psychologist, QDate(2023, 5, 15),
                          SessionKind::FollowUp, 3000);
    old.referralId = referral;
    const qint64 oldSession = file().sessions().addSession(old).value();
    CareSheet sheet;
    sheet.personId = m_household.alice;
    sheet.sessionIds = {oldSession};
    sheet.issued = QDate(2023, 5, 15);
    sheet.sent = QDate(2023, 5, 16);
    const qint64 oldSheet = file().careSheets().addCareSheet(sheet).value();

    // Still the 2025 dashboard, its figures 2025's alone.
    QCOMPARE(text("dashboardTitle"), QStringLiteral("Alice Martin in 2025"));
    QCOMPARE(text("owedAmoLabel"), formatCents(6000));
    auto* page = m_window->findChild<DashboardPage*>();
    QVERIFY(page->status().latePayments.isEmpty());
    const int daysLate = int(QDate(2023, 6, 15).daysTo(testToday()));
    QCOMPARE(daysLate, 634);

    // The late payments say it, in words (no translation is loaded here: "day(s)").
    auto* late = m_window->findChild<QListWidget*>(QStringLiteral("latePaymentsList"));
    QVERIFY(!late->isHidden());
    QCOMPARE(late->count(), 1);
    const QLocale locale;
    QCOMPARE(late->item(0)->text(),
             QStringLiteral("Late: the CPAM still owes %1 for the care sheet sent on %2. It was "
                            "due on %3 (%4 day(s) late).")
                 .arg(formatCents(1800), locale.toString(QDate(2023, 5, 16), QLocale::ShortFormat),
                      locale.toString(QDate(2023, 6, 15), QLocale::ShortFormat))
                 .arg(daysLate));
    QCOMPARE(late->item(0)->data(Qt::UserRole).toLongLong(), oldSheet);

    // What to do now: first (the most days late), above this year's sheet to send.
    QTRY_VERIFY(itemButton(AgendaItem::Kind::LatePayment));
    QPushButton* chase = itemButton(AgendaItem::Kind::LatePayment);
    QCOMPARE(chase->objectName(), QStringLiteral("nextStep0"));
    QCOMPARE(chase->text(), QStringLiteral("The CPAM payment for the feuille de soins sent on 16 "
                                           "May 2023 is %1 day(s) late.")
                                .arg(daysLate));
    QCOMPARE(chase->property("year").toInt(), 2023);
    QCOMPARE(chase->property("sheetId").toLongLong(), oldSheet);
    QVERIFY(chase->isEnabled());
    QCOMPARE(itemButton(AgendaItem::Kind::SendSheet)->objectName(), QStringLiteral("nextStep1"));

    // Dealt with in its year: the dashboard goes to 2023 and the payment is proposed there.
    QTest::mouseClick(chase, Qt::LeftButton);
    QCOMPARE(m_window->context().currentYear(), 2023);
    QCOMPARE(m_window->currentPage(), MainWindow::CareSheetsPage);
    auto* dialog = qobject_cast<PaymentDialog*>(
        m_window->findChild<CareSheetsPage*>(QStringLiteral("claimsPage"))->openDialog());
    QVERIFY(dialog);
    QCOMPARE(dialog->payment().amountCents, Cents(1800)); // the CPAM's 60 % of 30 €
    dialog->reject();
}

CARNET_UI_TEST_MAIN(TestDashboard)
#include "TestDashboard.moc"

void TestDashboard::frenchDashboardFitsTheDefaultWidth()
{
    // An AFI request still to send, its documents to get: the longest step of the agenda.
    AidRequest request;
    request.personId = m_household.alice;
    request.departmentCode = QStringLiteral("17");
    request.psychologistId = m_household.psychologist;
    request.sessions = 20;
    request.sessionPriceCents = 5000;
    request.periodFrom = QDate(2025, 4, 1);
    request.periodTo = QDate(2025, 12, 31);
    QVERIFY(file().aid().addRequest(request));
    m_window->closeFile();

    // The window in French, at its default size.
    const QLocale saved;
    installTranslations(*qApp, QStringLiteral("fr"));
    const auto restore = qScopeGuard([&saved] {
        for (auto* translator :
             qApp->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly))
            QCoreApplication::removeTranslator(translator);
        QLocale::setDefault(saved);
    });
    MainWindow window;
    QVERIFY(window.openStartupFile(m_dir->filePath(QStringLiteral("dashboard.carnet"))));
    window.context().file()->setToday(testToday());
    window.context().setCurrentYear(testToday().year());
    window.context().setCurrentPerson(m_household.alice);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.width(), 1100);
    // A file of two persons opens on the caseload page: look at the dashboard.
    window.showPage(MainWindow::DashboardPage);

    const auto agenda =
        window.context().file()->read().agenda(AgendaFilter::person(m_household.alice));
    QVERIFY(agenda);
    const auto afi = std::find_if(agenda->cbegin(), agenda->cend(), [](const AgendaItem& item) {
        return item.kind == AgendaItem::Kind::AidDocumentsMissing;
    });
    QVERIFY(afi != agenda->cend());

    // The AFI request's next step is on the person's dashboard, whole, on several lines.
    WrappingButton* afiButton = nullptr;
    QTRY_VERIFY((afiButton = [&window]() -> WrappingButton* {
        for (auto* b : window.findChildren<WrappingButton*>()) {
            if (!b->isHidden() &&
                b->property("agendaKind").toInt() == int(AgendaItem::Kind::AidDocumentsMissing))
                return b;
        }
        return nullptr;
    }()));
    QCOMPARE(afiButton->text(), afi->text);
    QCOMPARE(afiButton->accessibleName(), afi->text);
    QCOMPARE(afiButton->label()->text(), afi->text);
    QTRY_VERIFY(afiButton->height() > 2 * afiButton->fontMetrics().height());

    // No horizontal scroll bar; every step within the page's width.
    auto* scroll = window.findChild<QScrollArea*>(QStringLiteral("dashboardContent"));
    QVERIFY(scroll->isVisible());
    QCOMPARE(scroll->horizontalScrollBar()->maximum(), 0);
    for (auto* button : window.findChildren<WrappingButton*>()) {
        if (button->isHidden())
            continue;
        const QRect inViewport(button->mapTo(scroll->viewport(), QPoint(0, 0)), button->size());
        QVERIFY2(inViewport.right() <= scroll->viewport()->width(), qPrintable(button->text()));
    }

    // Still a button from the keyboard: Space opens the AFI page.
    afiButton->setFocus();
    QTest::keyClick(afiButton, Qt::Key_Space);
    QTRY_COMPARE(window.currentPage(), MainWindow::AidPage);
    window.closeFile();
}

void TestDashboard::aChildUnderThreeHasNoneLeftAndIsToldWhy()
{
    // Lou, born on 1 June 2023: 2 all through 2025, 3 on 1 June 2026.
    Person lou;
    lou.name = QStringLiteral("Lou Martin");
    lou.birthDate = QDate(2023, 6, 1);
    lou.relation = Relation::Child;
    const qint64 id = file().people().addPerson(lou).value();
    m_window->context().setCurrentPerson(id);
    QTRY_COMPARE(text("dashboardTitle"), QStringLiteral("Lou Martin in 2025"));

    const auto status = file().read().yearStatus(id, 2025);
    QVERIFY(status);
    QCOMPARE(status->coveredLeft, 0);
    QCOMPARE(status->eligibleFrom, QDate(2026, 6, 1));
    const QString from = QLocale().toString(QDate(2026, 6, 1), QLocale::LongFormat);
    QCOMPARE(text("coveredUsedLabel"), QStringLiteral("0 of 12"));
    // Not "12 left": none can be, and why.
    QCOMPARE(text("coveredLeftLabel"),
             QStringLiteral("None this year: too young (covered from %1 on)").arg(from));
    // The note speaks of the child, not of a session's day.
    const QString note = text("dashboardEligibility");
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("dashboardEligibility"))->isVisible());
    QCOMPARE(note, QStringLiteral("Too young for Mon soutien psy, which starts at 3 years old: "
                                  "sessions from %1 on can be covered.")
                       .arg(from));
    QVERIFY(!note.contains(QStringLiteral("session's")));

    // 2026, the year of the third birthday: the whole cap, from the birthday on.
    m_window->context().setCurrentYear(2026);
    QTRY_COMPARE(text("dashboardTitle"), QStringLiteral("Lou Martin in 2026"));
    QCOMPARE(text("coveredLeftLabel"), QStringLiteral("12 left, from %1 on").arg(from));
}
