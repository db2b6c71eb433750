#include "StatementTrace.h"
#include "dashboard/DashboardPage.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "sessions/SessionTableModel.h"
#include "shell/AppContext.h"
#include "store/Database.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::test;

// The screens read a large file without N+1 queries: a dashboard refresh runs the same
// statements with 5 sessions as with 50, and the sessions table of every person loads a
// window of rows at a time (fetchMore), each window in a bounded number of statements.
class TestUiQueryCount : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppContext> m_context;
    qint64 m_psychologist = 0;

    CarnetFile& file() const { return *m_context->file(); }

    qint64 addPerson(int index, int sessions)
    {
        Person person;
        person.name = QStringLiteral("Personne %1").arg(index, 3, 10, QLatin1Char('0'));
        person.birthDate = QDate(1980, 1, 1 + index % 28);
        person.mutuelle = QStringLiteral("MGEN");
        const qint64 id = file().people().addPerson(person).value();
        addSessions(id, 0, sessions);
        return id;
    }

    // Weekly sessions of 2025 from the `first`th week, a sheet for each, the CPAM paying it.
    void addSessions(qint64 person, int first, int count)
    {
        for (int n = first; n < first + count; ++n) {
            Session s;
            s.personId = person;
            s.practitionerId = m_psychologist;
            s.date = QDate(2025, 1, 6).addDays(7 * n);
            s.kind = n == 0 ? SessionKind::Evaluation : SessionKind::FollowUp;
            s.feeCents = 5000;
            s.paidCents = 5000;
            const qint64 session = file().sessions().addSession(s).value();
            CareSheet sheet;
            sheet.personId = person;
            sheet.sessionIds = {session};
            sheet.issued = s.date;
            sheet.sent = s.date;
            file().careSheets().addCareSheet(sheet).value();
            Payment payment;
            payment.payer = Payer::Cpam;
            payment.date = s.date.addDays(10);
            payment.amountCents = 3000;
            payment.shares = {{session, 3000}};
            file().careSheets().addPayment(payment).value();
        }
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(m_dir->filePath(QStringLiteral("queries.carnet")), options);
        QVERIFY(db.ok());
        m_context = std::make_unique<AppContext>();
        m_context->setDatabase(std::move(db.value()));
        file().setToday(QDate(2025, 12, 31));
        Practitioner psy;
        psy.name = QStringLiteral("Claire Dubois");
        psy.role = PractitionerRole::Psychologist;
        m_psychologist = file().people().addPractitioner(psy).value();
    }

    void cleanup()
    {
        m_context.reset();
        m_dir.reset();
    }

    void dashboardRefreshIsAConstantNumberOfStatements()
    {
        const qint64 alice = addPerson(1, 5);
        DashboardPage page(*m_context);
        m_context->setCurrentYear(2025);
        m_context->setCurrentPerson(alice);

        StatementTrace trace(m_context->database()->connection());
        QVERIFY(trace.isValid());
        page.refresh();
        const int few = trace.count();
        QCOMPARE(page.status().sessions.size(), 5);

        addSessions(alice, 5, 45);
        trace.reset();
        page.refresh();
        const int many = trace.count();
        QCOMPARE(page.status().sessions.size(), 50);
        qInfo("dashboard refresh: %d statements with 5 sessions, %d with 50", few, many);
        QCOMPARE(many, few);
        // The person (2), the year's status (10), the person's agenda over every year (11: its
        // facts, the settings, the AFI requests), the sheets a late payment names (2), the
        // year's sessions for the chart (1).
        QVERIFY2(many <= 26, qPrintable(trace.statements().join(QLatin1Char('\n'))));
    }

    void sessionsOfEveryPersonLoadAWindowAtATime()
    {
        const int persons = 30;
        const int sessions = 12;
        for (int p = 0; p < persons; ++p)
            addPerson(p, sessions);

        SessionTableModel model;
        StatementTrace trace(m_context->database()->connection());
        model.setSourceAllPersons(&file(), 2025);
        QVERIFY(model.isAllPersons());
        // The first window: whole persons, at least FetchBatch rows, not the whole file.
        const int window = model.rowCount();
        QCOMPARE(window % sessions, 0);
        QVERIFY(window >= SessionTableModel::FetchBatch);
        QVERIFY(window < persons * sessions);
        QVERIFY(model.canFetchMore(QModelIndex()));
        // A bounded number of statements per person in the window (no query per row).
        const int perPerson = 11;
        QVERIFY2(trace.count() <= 4 + perPerson * window / sessions,
                 qPrintable(QString::number(trace.count())));

        {
            // Qt 6.4's tester fetches more while it checks a reset, and then reports the
            // insertion as nested in the reset: it watches the windows, not the resets.
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            while (model.canFetchMore(QModelIndex()))
                model.fetchMore(QModelIndex());
        }
        QCOMPARE(model.rowCount(), persons * sessions);
        QVERIFY(!model.canFetchMore(QModelIndex()));

        // Person by person (in name order), each in date order, with the verdicts.
        QCOMPARE(model.index(0, SessionTableModel::DateColumn)
                     .data(SessionTableModel::SortRole)
                     .toDate(),
                 QDate(2025, 1, 6));
        QCOMPARE(model.index(0, SessionTableModel::CoveredColumn).data().toString(),
                 QStringLiteral("Covered (1 of 12)"));
        QCOMPARE(model.index(sessions - 1, SessionTableModel::CoveredColumn).data().toString(),
                 QStringLiteral("Covered (12 of 12)"));
        const qint64 first = model.index(0, 0).data(SessionTableModel::PersonIdRole).toLongLong();
        QCOMPARE(model.index(sessions - 1, 0).data(SessionTableModel::PersonIdRole).toLongLong(),
                 first);
        QVERIFY(model.index(sessions, 0).data(SessionTableModel::PersonIdRole).toLongLong() !=
                first);
        QCOMPARE(model.index(0, SessionTableModel::SheetColumn).data().toString().isEmpty(), false);

        // Every year (0): the same rows for a file of one year.
        model.setSourceAllPersons(&file(), 0);
        while (model.canFetchMore(QModelIndex()))
            model.fetchMore(QModelIndex());
        QCOMPARE(model.rowCount(), persons * sessions);

        // Back to one person's year: no fetching.
        model.setSource(&file(), first, 2025);
        QCOMPARE(model.rowCount(), sessions);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }
};

QTEST_MAIN(TestUiQueryCount)
#include "TestUiQueryCount.moc"
