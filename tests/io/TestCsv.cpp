#include "../store/StoreTestSupport.h"
#include "io/CsvExport.h"
#include "store/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet;
using namespace carnet::test;

namespace {
const QByteArray kBom("\xEF\xBB\xBF");
}

// CSV per locale: `;` and decimal comma in French, `,` and decimal point otherwise.
class TestCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("csv.sqlite")), options);
        QVERIFY(db.ok());
        m_db = std::move(db.value());
        fillSample(m_db->connection());
    }
    void cleanupTestCase() { m_db.reset(); }

    void formatPerLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QString>("decimal");
        QTest::newRow("fr_FR") << QLocale(QLocale::French, QLocale::France) << QStringLiteral(";")
                               << QStringLiteral(",");
        QTest::newRow("fr_BE") << QLocale(QLocale::French, QLocale::Belgium) << QStringLiteral(";")
                               << QStringLiteral(",");
        QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                               << QStringLiteral(",") << QStringLiteral(".");
        QTest::newRow("C") << QLocale::c() << QStringLiteral(",") << QStringLiteral(".");
    }
    void formatPerLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, separator);
        QFETCH(QString, decimal);
        const CsvExport::Format format = CsvExport::formatFor(locale);
        QCOMPARE(QString(format.separator), separator);
        QCOMPARE(QString(format.decimalPoint), decimal);
    }

    void sessionsInFrench()
    {
        const QByteArray csv =
            CARNET_TAKE(CsvExport::sessions(*m_db, QLocale(QLocale::French, QLocale::France)));
        const QByteArray expected =
            kBom +
            QStringLiteral(
                "Session;Person;Date;Kind;Mode;Psychologist;Fee;Paid;Care sheet;Sent;Notes\r\n"
                "4;Alice Martin;2023-03-01;Private;In person;Claire Dubois;70,00;70,00;;;\r\n"
                "3;Alice Martin;2024-11-05;Follow-up;In person;Claire Dubois;50,00;50,00;;;\r\n"
                "1;Léo Martin;2025-01-15;Evaluation;In person;Claire Dubois;50,00;50,00;1;"
                "2025-02-01;\r\n"
                "2;Léo Martin;2025-01-29;Follow-up;Remote;Claire Dubois;50,00;50,00;1;2025-02-01;"
                "\r\n")
                .toUtf8();
        QCOMPARE(csv, expected);
    }

    void sessionsInEnglishForOnePerson()
    {
        const QByteArray csv = CARNET_TAKE(
            CsvExport::sessions(*m_db, QLocale(QLocale::English, QLocale::UnitedKingdom), 1));
        const QByteArray expected =
            kBom +
            QByteArray(
                "Session,Person,Date,Kind,Mode,Psychologist,Fee,Paid,Care sheet,Sent,Notes\r\n"
                "4,Alice Martin,2023-03-01,Private,In person,Claire Dubois,70.00,70.00,,,\r\n"
                "3,Alice Martin,2024-11-05,Follow-up,In person,Claire Dubois,50.00,50.00,,,"
                "\r\n");
        QCOMPARE(csv, expected);
    }

    void paymentsPerLocale()
    {
        const QByteArray fr =
            CARNET_TAKE(CsvExport::payments(*m_db, QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(fr, kBom + QStringLiteral("Payment;Payer;Date;Amount;Reference;Session;Person;"
                                           "Session date;Share\r\n"
                                           "1;CPAM;2025-02-20;60,00;REF-1;1;Léo Martin;2025-01-15;"
                                           "30,00\r\n"
                                           "1;CPAM;2025-02-20;60,00;REF-1;2;Léo Martin;2025-01-29;"
                                           "30,00\r\n")
                                .toUtf8());
        const QByteArray en = CARNET_TAKE(
            CsvExport::payments(*m_db, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(en, kBom + QStringLiteral("Payment,Payer,Date,Amount,Reference,Session,Person,"
                                           "Session date,Share\r\n"
                                           "1,CPAM,2025-02-20,60.00,REF-1,1,Léo Martin,2025-01-15,"
                                           "30.00\r\n"
                                           "1,CPAM,2025-02-20,60.00,REF-1,2,Léo Martin,2025-01-29,"
                                           "30.00\r\n")
                                .toUtf8());
        // Alice has no payment.
        QCOMPARE(CARNET_TAKE(CsvExport::payments(*m_db, QLocale::c(), 1)),
                 kBom + QByteArray("Payment,Payer,Date,Amount,Reference,Session,Person,Session "
                                   "date,Share\r\n"));
    }

    void quotingAndFormulas()
    {
        Database::OpenOptions options;
        options.backupOnOpen = false;
        auto db = Database::open(m_dir.filePath(QStringLiteral("quotes.sqlite")), options);
        QVERIFY(db.ok());
        const SampleIds ids = fillSample(db.value()->connection());
        Session s =
            SessionRepository(db.value()->connection()).find(ids.sessions.at(3)).value().value();
        s.notes = QStringLiteral("Dit \"ça va\"; pas sûr,\nà revoir");
        QVERIFY(SessionRepository(db.value()->connection()).update(s).ok());
        Person p = PersonRepository(db.value()->connection()).find(ids.adult).value().value();
        p.name = QStringLiteral("=HYPERLINK(\"x\")");
        QVERIFY(PersonRepository(db.value()->connection()).update(p).ok());

        const QByteArray fr = CARNET_TAKE(
            CsvExport::sessions(*db.value(), QLocale(QLocale::French, QLocale::France), ids.adult));
        const QList<QByteArray> lines = fr.mid(kBom.size()).split('\n');
        QCOMPARE(QString::fromUtf8(lines.at(1)),
                 QStringLiteral("4;\"'=HYPERLINK(\"\"x\"\")\";2023-03-01;Private;In person;Claire "
                                "Dubois;70,00;70,00;;;\"Dit \"\"ça va\"\"; pas sûr,"));
        QCOMPARE(QString::fromUtf8(lines.at(2)), QStringLiteral("à revoir\"\r"));
        // In English the comma is the separator: the note is quoted for it too.
        const QByteArray en =
            CARNET_TAKE(CsvExport::sessions(*db.value(), QLocale::c(), ids.adult));
        QVERIFY(en.contains("\"Dit \"\"ça va\"\"; pas sûr,\nà revoir\""));
    }

    void writtenWholeAndPrivate()
    {
        const QString sessions = m_dir.filePath(QStringLiteral("sessions.csv"));
        const QString payments = m_dir.filePath(QStringLiteral("payments.csv"));
        const QLocale fr(QLocale::French, QLocale::France);
        QVERIFY(CsvExport::writeSessions(*m_db, sessions, fr).ok());
        QVERIFY(CsvExport::writePayments(*m_db, payments, fr).ok());
        for (const QString& path : {sessions, payments}) {
            QCOMPARE(modeOf(path), ownerOnlyFile());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.readAll().startsWith(kBom));
        }
        QFile file(sessions);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), CARNET_TAKE(CsvExport::sessions(*m_db, fr)));
        const auto failed =
            CsvExport::writeSessions(*m_db, m_dir.filePath(QStringLiteral("no/dir/x.csv")), fr);
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error().kind, Error::Kind::Io);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "TestCsv.moc"
