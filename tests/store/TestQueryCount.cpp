#include "StatementTrace.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "store/Database.h"
#include "store/SqlSupport.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::test;

// No N+1 queries: the statements SQLite runs (counted by sqlite3_trace_v2, so none escapes)
// for one person's yearly status and for the agenda (everyone's, or one person's) do not grow with
// the number of sessions or persons. A loop that queries per row fails here, not in production.
class TestQueryCount : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    struct File
    {
        std::unique_ptr<CarnetFile> service;
        Database* db = nullptr;
        QList<qint64> persons;
    };

    File open()
    {
        static int n = 0;
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db =
            Database::open(m_dir.filePath(QStringLiteral("count%1.sqlite").arg(++n)), options);
        if (!db)
            qFatal("cannot open: %s", qPrintable(db.error().message));
        File file;
        file.service = std::make_unique<CarnetFile>(std::move(db.value()));
        file.db = &file.service->database();
        file.service->setToday(QDate(2025, 12, 31));
        return file;
    }

    // A person with a courrier, `sessions` sessions in 2025 (weekly from 6 January), a
    // care sheet for every two, sent, and the CPAM and the mutuelle paying each sheet.
    static qint64 addPerson(CarnetFile& service, qint64 psychologist, int index, int sessions)
    {
        Person person;
        person.name = QStringLiteral("Personne %1").arg(index);
        person.birthDate = QDate(1980, 1, 1 + index % 28);
        person.mutuelle = QStringLiteral("MGEN");
        const qint64 id = service.people().addPerson(person).value();
        Referral referral;
        referral.personId = id;
        referral.referrerName = QStringLiteral("Paul Petit");
        referral.date = QDate(2024, 12, 1);
        const qint64 referralId = service.people().addReferral(referral).value();
        QList<qint64> pair;
        for (int n = 0; n < sessions; ++n) {
            Session s;
            s.personId = id;
            s.practitionerId = psychologist;
            s.date = QDate(2025, 1, 6).addDays(7 * n);
            s.kind = n == 0 ? SessionKind::Evaluation : SessionKind::FollowUp;
            s.feeCents = 5000;
            s.paidCents = 5000;
            s.referralId = referralId;
            pair << service.sessions().addSession(s).value();
            if (pair.size() < 2 && n + 1 < sessions)
                continue;
            CareSheet sheet;
            sheet.personId = id;
            sheet.sessionIds = pair;
            sheet.issued = s.date;
            sheet.sent = s.date.addDays(1);
            service.careSheets().addCareSheet(sheet).value();
            for (Payer payer : {Payer::Cpam, Payer::Mutuelle}) {
                Payment payment;
                payment.payer = payer;
                payment.date = s.date.addDays(20);
                for (qint64 session : std::as_const(pair)) {
                    const Cents share = payer == Payer::Cpam ? 3000 : 2000;
                    payment.shares << PaymentShare{session, share};
                    payment.amountCents += share;
                }
                service.careSheets().addPayment(payment).value();
            }
            pair.clear();
        }
        return id;
    }

    File fill(int persons, int sessions)
    {
        File file = open();
        Practitioner psy;
        psy.name = QStringLiteral("Claire Dubois");
        psy.role = PractitionerRole::Psychologist;
        const qint64 psychologist = file.service->people().addPractitioner(psy).value();
        for (int p = 0; p < persons; ++p)
            file.persons << addPerson(*file.service, psychologist, p, sessions);
        return file;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void yearStatusIsAConstantNumberOfStatements()
    {
        const File file = fill(1, 0);
        Practitioner psy;
        psy.name = QStringLiteral("Bruno Aubert");
        psy.role = PractitionerRole::Psychologist;
        const qint64 psychologist = file.service->people().addPractitioner(psy).value();
        const qint64 few = addPerson(*file.service, psychologist, 1, 5);
        const qint64 many = addPerson(*file.service, psychologist, 2, 50);

        StatementTrace trace(file.db->connection());
        QVERIFY(trace.isValid());
        const qint64 before = SqlSupport::statementCount();
        const auto small = file.service->read().yearStatus(few, 2025);
        const int smallCount = trace.count();
        QCOMPARE(SqlSupport::statementCount() - before, qint64(smallCount));
        trace.reset();
        const auto big = file.service->read().yearStatus(many, 2025);
        const int bigCount = trace.count();
        QVERIFY(small.ok() && big.ok());
        QCOMPARE(small->sessions.size(), 5);
        QCOMPARE(big->sessions.size(), 50);
        qInfo("yearStatus: %d statements with 5 sessions, %d with 50", smallCount, bigCount);
        QCOMPARE(bigCount, smallCount);
        QVERIFY2(bigCount <= 11, qPrintable(trace.statements().join(QLatin1Char('\n'))));
    }

    void yearStatusQueriesUseTheIndexes()
    {
        // Every statement a yearStatus runs finds its rows through an index (SEARCH), so its
        // cost follows the person's year, not the file: only the small lists (practitioners,
        // settings) may be read whole (SCAN).
        const File file = fill(3, 12);
        StatementTrace trace(file.db->connection());
        QVERIFY(file.service->read().yearStatus(file.persons.at(1), 2025).ok());
        QVERIFY(trace.count() > 0);
        const QStringList statements = trace.statements();
        static const QRegularExpression scan(QStringLiteral("^SCAN (\\w+)"));
        sqlite3* handle =
            *static_cast<sqlite3* const*>(file.db->connection().driver()->handle().constData());
        for (const QString& sql : statements) {
            sqlite3_stmt* plan = nullptr;
            const QByteArray text = (QStringLiteral("EXPLAIN QUERY PLAN ") + sql).toUtf8();
            QVERIFY2(sqlite3_prepare_v2(handle, text.constData(), -1, &plan, nullptr) == SQLITE_OK,
                     qPrintable(sql));
            while (sqlite3_step(plan) == SQLITE_ROW) {
                const QString detail =
                    QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(plan, 3)));
                const auto match = scan.match(detail);
                if (!match.hasMatch())
                    continue;
                const QString table = match.captured(1);
                if (table != QLatin1String("practitioners") && table != QLatin1String("settings"))
                    qWarning("%s in %s", qPrintable(detail), qPrintable(sql));
                QVERIFY(table == QLatin1String("practitioners") ||
                        table == QLatin1String("settings"));
            }
            sqlite3_finalize(plan);
        }
    }

    void agendaIsAConstantNumberOfStatements()
    {
        const File few = fill(5, 6);
        const File many = fill(50, 6);

        StatementTrace smallTrace(few.db->connection());
        const QList<AgendaItem> small = few.service->read().agenda().value();
        StatementTrace bigTrace(many.db->connection());
        const QList<AgendaItem> big = many.service->read().agenda().value();
        qInfo("agenda: %d statements for 5 persons, %d for 50", smallTrace.count(),
              bigTrace.count());
        QCOMPARE(bigTrace.count(), smallTrace.count());
        // The facts (persons and their coverage, practitioners, referrals, sessions, sheets
        // and payments with their links: 9), the status settings, the AFI requests (none here:
        // with some, their checklists, their claims and the AFI settings add 3).
        QVERIFY2(bigTrace.count() <= 12, qPrintable(bigTrace.statements().join(QLatin1Char('\n'))));
        // The same facts per person give the same items per person.
        QCOMPARE(big.size(), small.size() * 10);

        // One person's agenda, all their years: as many statements with 6 sessions as with 50.
        const File one = fill(1, 6);
        Practitioner psy;
        psy.name = QStringLiteral("Bruno Aubert");
        psy.role = PractitionerRole::Psychologist;
        const qint64 psychologist = one.service->people().addPractitioner(psy).value();
        const qint64 busy = addPerson(*one.service, psychologist, 2, 50);
        StatementTrace personTrace(one.db->connection());
        QVERIFY(one.service->read().agenda(AgendaFilter::person(one.persons.at(0))).ok());
        const int fewSessions = personTrace.count();
        personTrace.reset();
        QVERIFY(one.service->read().agenda(AgendaFilter::person(busy)).ok());
        QCOMPARE(personTrace.count(), fewSessions);
        QVERIFY2(fewSessions <= 12, qPrintable(personTrace.statements().join(QLatin1Char('\n'))));
        // Late payments only: no AFI request is read.
        personTrace.reset();
        AgendaFilter late = AgendaFilter::person(busy);
        late.kinds = {AgendaItem::Kind::LatePayment};
        QVERIFY(one.service->read().agenda(late).ok());
        QCOMPARE(personTrace.count(), fewSessions - 1);
    }
};

QTEST_GUILESS_MAIN(TestQueryCount)
#include "TestQueryCount.moc"
