#include "CliRunner.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

// The "name value" lines `generate` prints.
QHash<QString, qint64> counts(const CliResult& result)
{
    QHash<QString, qint64> values;
    for (const QString& line : result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList parts = line.split(QLatin1Char(' '));
        if (parts.size() == 2)
            values.insert(parts.at(0), parts.at(1).toLongLong());
    }
    return values;
}

} // namespace

// `carnet-cli generate`: the benchmark's workload, small. What it says it made is what the
// file holds, the data passes the rules (status, pending), and the same seed gives the same
// file byte for byte.
class TestCliGenerate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    CliResult generate(const QString& db, const char* seed)
    {
        return m_cli->run({s("--db"), db, s("--today"), s("2025-06-30"), s("generate"),
                           s("--persons"), s("8"), s("--years"), s("5"), s("--seed"), s(seed)});
    }

    QByteArray exportOf(const QString& db)
    {
        const QString path = m_dir->filePath(QFileInfo(db).baseName() + s(".json"));
        const CliResult result = m_cli->run({s("--db"), db, s("export"), s("--json"), path});
        if (!result.ok())
            qWarning("%s", result.describe().constData());
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(CARNET_CLI_PATH)).isExecutable(), CARNET_CLI_PATH);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
    }

    void generatesWhatItSays()
    {
        const CliResult made = generate(m_cli->dbPath(), "5");
        CLI_VERIFY_OK(made);
        const QHash<QString, qint64> c = counts(made);
        QCOMPARE(c.value(s("persons")), 8);
        QCOMPARE(c.value(s("psychologists")), 2);
        QCOMPARE(c.value(s("aid_requests")), 3); // two persons in five, rounded
        QVERIFY(c.contains(s("milliseconds")));
        // About twelve sessions a person-year, sheets and payments for the covered ones.
        QVERIFY2(c.value(s("sessions")) >= 8 * 5 * 8 && c.value(s("sessions")) <= 8 * 5 * 17,
                 qPrintable(made.out));
        QVERIFY(c.value(s("care_sheets")) > 0);
        QVERIFY(c.value(s("payment_shares")) >= c.value(s("payments")));
        QVERIFY(c.value(s("checklist_items")) >= c.value(s("aid_requests")));
        QVERIFY(c.value(s("referrals")) >= 1 && c.value(s("referrals")) <= 8);

        // The file holds exactly that.
        const CliResult persons = m_cli->run({s("person"), s("list"), s("--json")});
        CLI_VERIFY_OK(persons);
        QCOMPARE(persons.array().size(), 8);
        qint64 sessions = 0;
        for (const QJsonValue& person : persons.array()) {
            const QString id = QString::number(person.toObject().value(s("id")).toInteger());
            const CliResult list =
                m_cli->run({s("session"), s("list"), s("--person"), id, s("--json")});
            CLI_VERIFY_OK(list);
            sessions += list.array().size();
        }
        QCOMPARE(sessions, c.value(s("sessions")));
        const CliResult aid = m_cli->run({s("aid"), s("list"), s("--json")});
        CLI_VERIFY_OK(aid);
        QCOMPARE(qint64(aid.array().size()), c.value(s("aid_requests")));

        // The rules read it: a status for each person's last year, and a pending report.
        for (int person = 1; person <= 8; ++person) {
            const CliResult status =
                m_cli->run({s("status"), s("--person"), QString::number(person), s("--year"),
                            s("2025"), s("--today"), s("2025-06-30"), s("--json")});
            CLI_VERIFY_OK(status);
            QCOMPARE(status.object().value(s("year")).toInt(), 2025);
        }
        CLI_VERIFY_OK(m_cli->run({s("pending"), s("--today"), s("2025-06-30"), s("--json")}));
    }

    void sameSeedSameFile()
    {
        const QString a = m_dir->filePath(s("a.sqlite"));
        const QString b = m_dir->filePath(s("b.sqlite"));
        const QString c = m_dir->filePath(s("c.sqlite"));
        CLI_VERIFY_OK(generate(a, "42"));
        CLI_VERIFY_OK(generate(b, "42"));
        CLI_VERIFY_OK(generate(c, "43"));
        const QByteArray exportA = exportOf(a);
        QVERIFY(exportA.size() > 1000);
        QCOMPARE(exportOf(b), exportA);
        QVERIFY(exportOf(c) != exportA);
    }

    void refusals()
    {
        CliResult r = m_cli->run({s("generate"), s("--years"), s("2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("--persons")), r.describe().constData());
        r = m_cli->run({s("generate"), s("--persons"), s("0"), s("--years"), s("2")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("--persons")), r.describe().constData());
        r = m_cli->run({s("generate"), s("--persons"), s("2"), s("--years"), s("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(s("--years")), r.describe().constData());

        // A file that already holds persons is left alone.
        CLI_VERIFY_OK(m_cli->run({s("person"), s("add"), s("--name"), s("Alice Martin"),
                                  s("--birth"), s("1984-12-03")}));
        r = m_cli->run({s("generate"), s("--persons"), s("2"), s("--years"), s("1")});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(m_cli->run({s("person"), s("list"), s("--json")}).array().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "TestCliGenerate.moc"
