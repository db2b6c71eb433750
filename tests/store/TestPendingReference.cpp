#include "aid/AidService.h"
#include "cli/Generator.h"
#include "service/CarnetFile.h"
#include "service/CareSheetService.h"
#include "service/SessionService.h"
#include "service/PeopleService.h"
#include "read/ReadSide.h"
#include "store/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace carnet;

// The pending report skips the years where nothing can be pending and reads the file its own
// fast way: it must still say exactly what judging every person's every year says. The
// reference here asks yearStatus() (the path the dashboard and the CLI use) for each person
// and each year holding a session, and derives the items from it the plain way.
class TestPendingReference : public QObject
{
    Q_OBJECT

private:
    // One item as the reference can derive it: kind, person, sheet, payer, sessions, figures.
    static QString keyOf(const PendingItem& i)
    {
        QList<qint64> sessions = i.sessionIds;
        std::sort(sessions.begin(), sessions.end());
        QStringList ids;
        for (qint64 id : sessions)
            ids << QString::number(id);
        const bool late = i.kind == PendingItem::Kind::LatePayment;
        return QStringLiteral("%1 p%2 s%3 %4 [%5] %6 %7")
            .arg(int(i.kind))
            .arg(i.personId)
            .arg(i.sheetId)
            .arg(late ? int(i.payer) : -1)
            .arg(ids.join(QLatin1Char(',')))
            .arg(late ? i.daysLate : 0)
            .arg(late ? i.amountCents : 0);
    }

    static QStringList reference(CarnetFile& service)
    {
        QStringList keys;
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
                auto add = [&](PendingItem i, const QString& once) {
                    i.personId = person.id;
                    if (once.isEmpty() || !seen.contains(once))
                        keys << keyOf(i);
                    if (!once.isEmpty())
                        seen.insert(once);
                };
                QList<qint64> withoutSheet = status.sessionsWithoutSheet;
                for (const NextStep& step : status.nextSteps) {
                    if (step.kind == NextStep::Kind::ClaimDeadline && step.sessionId != 0)
                        withoutSheet.removeAll(step.sessionId);
                }
                if (!withoutSheet.isEmpty()) {
                    PendingItem i;
                    i.kind = PendingItem::Kind::CreateSheet;
                    i.sessionIds = withoutSheet;
                    add(i, {});
                }
                for (qint64 sheetId : status.sheetsToSend) {
                    PendingItem i;
                    i.kind = PendingItem::Kind::SendSheet;
                    i.sheetId = sheetId;
                    i.sessionIds = service.careSheets().careSheet(sheetId)->sessionIds;
                    add(i, QStringLiteral("send-%1").arg(sheetId));
                }
                for (const LatePayment& late : status.latePayments) {
                    PendingItem i;
                    i.kind = PendingItem::Kind::LatePayment;
                    i.sheetId = late.sheetId;
                    i.sessionIds = service.careSheets().careSheet(late.sheetId)->sessionIds;
                    i.payer = late.payer;
                    i.daysLate = late.daysLate;
                    i.amountCents = late.missingCents;
                    add(i, QStringLiteral("late-%1-%2").arg(late.sheetId).arg(int(late.payer)));
                }
                for (const NextStep& step : status.nextSteps) {
                    if (step.kind != NextStep::Kind::ClaimDeadline)
                        continue;
                    PendingItem i;
                    i.kind = PendingItem::Kind::ClaimDeadline;
                    i.sheetId = step.sheetId;
                    i.sessionIds = step.sheetId != 0 ? service.careSheets().careSheet(step.sheetId)->sessionIds
                                                     : QList<qint64>{step.sessionId};
                    add(i, QStringLiteral("claim-%1-%2").arg(step.sheetId).arg(step.sessionId));
                }
            }
        }
        return keys;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void pendingIsWhatEveryYearsStatusSays_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QDate>("today");
        QTest::newRow("seed 1, 2026") << quint32(1) << QDate(2026, 11, 30);
        QTest::newRow("seed 7, mid-2024") << quint32(7) << QDate(2024, 6, 20);
        QTest::newRow("seed 3, 2023") << quint32(3) << QDate(2023, 2, 1);
    }

    void pendingIsWhatEveryYearsStatusSays()
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

        const QList<PendingItem> items = care.read().pending();
        QStringList actual;
        for (const PendingItem& i : items)
            actual << keyOf(i);
        QStringList expected = reference(care);
        QVERIFY(!expected.isEmpty());
        std::sort(actual.begin(), actual.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(actual, expected);
        // The report is sorted by date, then person.
        for (qsizetype n = 1; n < items.size(); ++n) {
            const PendingItem& a = items.at(n - 1);
            const PendingItem& b = items.at(n);
            QVERIFY(a.date < b.date || (a.date == b.date && a.personId <= b.personId));
        }
    }
};

QTEST_GUILESS_MAIN(TestPendingReference)
#include "TestPendingReference.moc"
