#include "aid/AidService.h"
#include "cli/Generator.h"
#include "read/ReadSide.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"
#include "store/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace carnet;

// The agenda reads the whole file its own fast way (FileFacts, AidFacts::of): it must still say
// exactly what judging every person's every year and every AFI request through the services
// says. The reference here asks yearStatus() (the path the dashboard and `status` use) for
// each person and each year holding a session, and AidService::status() (the path the AFI
// page and `aid status` use) for each request, and derives the items from them the plain way.
class TestPendingReference : public QObject
{
    Q_OBJECT

private:
    // One item as the reference can derive it: kind, person, year, sheet, request, payer,
    // sessions, figures.
    static QString keyOf(const AgendaItem& i)
    {
        QList<qint64> sessions = i.sessionIds;
        std::sort(sessions.begin(), sessions.end());
        QStringList ids;
        for (qint64 id : sessions)
            ids << QString::number(id);
        const bool late = i.kind == AgendaItem::Kind::LatePayment;
        return QStringLiteral("%1 p%2 y%3 s%4 a%5 %6 [%7] %8 %9")
            .arg(int(i.kind))
            .arg(i.personId)
            .arg(i.year)
            .arg(i.sheetId)
            .arg(i.aidRequestId)
            .arg(i.payer ? int(*i.payer) : -1)
            .arg(ids.join(QLatin1Char(',')))
            .arg(i.daysLate)
            .arg(late || i.isAid() ? i.amountCents : 0);
    }

    static QStringList reference(CarnetFile& service)
    {
        QStringList keys;
        const QDate today = service.today();
        QSet<QString> seen; // a sheet spanning two years is reported once
        for (const Person& person : service.people().persons()) {
            QList<int> years;
            for (const Session& s : service.sessions().sessions(person.id)) {
                if (!years.contains(s.date.year()))
                    years << s.date.year();
            }
            std::sort(years.begin(), years.end());
            for (int year : std::as_const(years)) {
                const YearStatus status = service.read().yearStatus(person.id, year).value();
                auto add = [&](AgendaItem i, const QString& once) {
                    i.personId = person.id;
                    i.year = year;
                    if (once.isEmpty() || !seen.contains(once))
                        keys << keyOf(i);
                    if (!once.isEmpty())
                        seen.insert(once);
                };
                QList<qint64> withoutSheet = status.sessionsWithoutSheet;
                for (const NextStep& step : status.nextSteps) {
                    if (step.kind == NextStep::Kind::SendingDeadline && step.sessionId != 0)
                        withoutSheet.removeAll(step.sessionId);
                }
                if (!withoutSheet.isEmpty()) {
                    AgendaItem i;
                    i.kind = AgendaItem::Kind::CreateSheet;
                    i.sessionIds = withoutSheet;
                    add(i, {});
                }
                for (qint64 sheetId : status.sheetsToSend) {
                    AgendaItem i;
                    i.kind = AgendaItem::Kind::SendSheet;
                    i.sheetId = sheetId;
                    i.sessionIds = service.careSheets().careSheet(sheetId)->sessionIds;
                    add(i, QStringLiteral("send-%1").arg(sheetId));
                }
                for (const LatePayment& late : status.latePayments) {
                    AgendaItem i;
                    i.kind = AgendaItem::Kind::LatePayment;
                    i.sheetId = late.sheetId;
                    i.sessionIds = service.careSheets().careSheet(late.sheetId)->sessionIds;
                    i.payer = late.payer;
                    i.daysLate = late.daysLate;
                    i.amountCents = late.missingCents;
                    add(i, QStringLiteral("late-%1-%2").arg(late.sheetId).arg(int(late.payer)));
                }
                for (const NextStep& step : status.nextSteps) {
                    if (step.kind != NextStep::Kind::SendingDeadline)
                        continue;
                    AgendaItem i;
                    i.kind = AgendaItem::Kind::SendingDeadline;
                    i.sheetId = step.sheetId;
                    i.sessionIds = step.sheetId != 0
                                       ? service.careSheets().careSheet(step.sheetId)->sessionIds
                                       : QList<qint64>{step.sessionId};
                    i.daysLate = today > step.deadline ? int(step.deadline.daysTo(today)) : 0;
                    add(i, QStringLiteral("claim-%1-%2").arg(step.sheetId).arg(step.sessionId));
                }
            }
        }
        for (const AidRequest& request : service.aid().requests()) {
            const AidStatus status = service.aid().status(request.id).value();
            const QDate start = request.periodFrom.isValid()  ? request.periodFrom
                                : request.prepared.isValid()  ? request.prepared
                                : request.submitted.isValid() ? request.submitted
                                                              : today;
            auto add = [&](AgendaItem::Kind kind, int daysLate, Cents amount) {
                AgendaItem i;
                i.kind = kind;
                i.personId = request.personId;
                i.year = start.year();
                i.aidRequestId = request.id;
                i.daysLate = daysLate;
                i.amountCents = amount;
                keys << keyOf(i);
            };
            bool documents = false;
            for (const AidNextStep& step : status.nextSteps) {
                documents = documents || step.kind == AidNextStep::Kind::GetDocument ||
                            step.kind == AidNextStep::Kind::RenewDocument;
            }
            if (documents)
                add(AgendaItem::Kind::AidDocumentsMissing, 0, status.shares.remainingCents);
            if (status.answerOverdue) {
                add(AgendaItem::Kind::AidAnswerOverdue, int(status.answerExpected.daysTo(today)),
                    status.shares.remainingCents);
            }
            for (const AidNextStep& step : status.nextSteps) {
                if (step.kind == AidNextStep::Kind::GrantExpiring)
                    add(AgendaItem::Kind::AidGrantExpiring, 0, status.remainingCents);
                if (step.kind == AidNextStep::Kind::GrantExpired) {
                    add(AgendaItem::Kind::AidGrantExpired, int(status.expires.daysTo(today)),
                        status.remainingCents);
                }
            }
        }
        return keys;
    }

    static QStringList keysOf(const QList<AgendaItem>& items)
    {
        QStringList keys;
        for (const AgendaItem& i : items)
            keys << keyOf(i);
        return keys;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void agendaIsWhatEveryYearsStatusSays_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDate>("today");
        QTest::newRow("seed 1, 2026") << quint32(1) << QDate(2026, 11, 30);
        QTest::newRow("seed 7, mid-2024") << quint32(7) << QDate(2024, 6, 20);
        QTest::newRow("seed 3, 2023") << quint32(3) << QDate(2023, 2, 1);
    }

    void agendaIsWhatEveryYearsStatusSays()
    {
        QFETCH(quint32, seed);
        QFETCH(QDate, today);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(dir.filePath(QStringLiteral("pending.sqlite")), options);
        QVERIFY(db.ok());
        CarnetFile care(std::move(db).value());
        care.setToday(today);
        cli::Generator generator(care, care.aid());
        cli::Generator::Options generate;
        generate.persons = 40;
        generate.years = 6;
        generate.seed = seed;
        generate.today = today;
        QVERIFY(generator.run(generate).ok());

        const QList<AgendaItem> items = care.read().agenda().value();
        QStringList actual = keysOf(items);
        QStringList expected = reference(care);
        QVERIFY(!expected.isEmpty());
        std::sort(actual.begin(), actual.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(actual, expected);
        // Overdue first, the most days late first, then by due date, then by person.
        for (qsizetype n = 1; n < items.size(); ++n) {
            const AgendaItem& a = items.at(n - 1);
            const AgendaItem& b = items.at(n);
            QVERIFY(
                a.daysLate > b.daysLate ||
                (a.daysLate == b.daysLate &&
                 (a.dueDate < b.dueDate || (a.dueDate == b.dueDate && a.personId <= b.personId))));
            QCOMPARE(a.urgency == AgendaItem::Urgency::Overdue, a.daysLate > 0);
        }

        // One person's agenda is their part of everyone's, in the same order.
        for (const Person& person : care.people().persons()) {
            QList<AgendaItem> theirs;
            for (const AgendaItem& i : items) {
                if (i.personId == person.id)
                    theirs << i;
            }
            QCOMPARE(keysOf(care.read().agenda(AgendaFilter::person(person.id)).value()),
                     keysOf(theirs));
        }
        // Some kinds in one year: that part of everything, in the same order.
        AgendaFilter filter;
        filter.kinds = {AgendaItem::Kind::LatePayment, AgendaItem::Kind::AidDocumentsMissing};
        filter.year = today.year() - 1;
        QList<AgendaItem> part;
        for (const AgendaItem& i : items) {
            if (filter.kinds.contains(i.kind) && i.year == filter.year)
                part << i;
        }
        QCOMPARE(keysOf(care.read().agenda(filter).value()), keysOf(part));
    }
};

QTEST_GUILESS_MAIN(TestPendingReference)
#include "TestPendingReference.moc"
