#include "CliRunner.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace carnet::test;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* a : list)
        result << QString::fromUtf8(a);
    return result;
}

int pdfPages(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return -1;
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = out.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? -1 : out.mid(at + 6).section(QLatin1Char('\n'), 0, 0).trimmed().toInt();
}

} // namespace

// The AFI verbs end to end: the S0 Meuse case, refusals (exit 2, one line on stderr, file
// unchanged), the Rhône warning, the JSON status and the PDF.
class TestCliAid : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_person;
    QString m_psy;

    QString newAid(const char* department = "55")
    {
        return QString::number(m_cli->add(
            {QStringLiteral("aid"), QStringLiteral("new"), QStringLiteral("--person"), m_person,
             QStringLiteral("--department"), QString::fromLatin1(department),
             QStringLiteral("--psy"), m_psy, QStringLiteral("--sessions"), QStringLiteral("24"),
             QStringLiteral("--fee"), QStringLiteral("45"), QStringLiteral("--from"),
             QStringLiteral("2026-01-05"), QStringLiteral("--to"), QStringLiteral("2026-06-30"),
             QStringLiteral("--today"), QStringLiteral("2026-01-10")}));
    }

    void expectRefusal(const QStringList& arguments, const QString& start)
    {
        const CliResult r = m_cli->run(arguments);
        QVERIFY2(r.exitCode == 2, r.describe().constData());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().startsWith(QStringLiteral("carnet-cli: ") + start),
                 r.describe().constData());
        QVERIFY(r.out.isEmpty());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cli = std::make_unique<CliRunner>(m_dir.path());
        m_person = QString::number(m_cli->add(
            args({"person", "add", "--name", "Camille Martin", "--birth", "1990-04-12"})));
        m_psy = QString::number(
            m_cli->add(args({"psy", "add", "--name", "Claire Dupont", "--rpps", "10005173140"})));
        QCOMPARE(m_person, QStringLiteral("1"));
        QCOMPARE(m_psy, QStringLiteral("1"));
    }

    void meuseFromStartToGrant()
    {
        const QString id = newAid();
        QCOMPARE(id, QStringLiteral("1"));

        CliResult r = m_cli->run({QStringLiteral("aid"), QStringLiteral("checklist"), id,
                                  QStringLiteral("--json"), QStringLiteral("--today"),
                                  QStringLiteral("2026-01-10")});
        QVERIFY2(r.ok(), r.describe().constData());
        QCOMPARE(r.array().size(), 6);
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("quote"));
        QCOMPARE(r.array().at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("missing"));

        QImage image(200, 280, QImage::Format_RGB32);
        image.fill(Qt::white);
        const QString scan = m_dir.filePath(QStringLiteral("devis.png"));
        QVERIFY(image.save(scan));
        r = m_cli->run({QStringLiteral("aid"), QStringLiteral("doc"), id, QStringLiteral("--item"),
                        QStringLiteral("quote"), QStringLiteral("--file"), scan,
                        QStringLiteral("--date"), QStringLiteral("2026-01-08"),
                        QStringLiteral("--today"), QStringLiteral("2026-01-10")});
        QVERIFY2(r.ok(), r.describe().constData());
        for (const char* item : {"prescription", "form", "lodging", "rib"}) {
            r = m_cli->run({QStringLiteral("aid"), QStringLiteral("doc"), id,
                            QStringLiteral("--item"), QString::fromLatin1(item),
                            QStringLiteral("--status"), QStringLiteral("received"),
                            QStringLiteral("--date"), QStringLiteral("2026-01-09"),
                            QStringLiteral("--today"), QStringLiteral("2026-01-10")});
            QVERIFY2(r.ok(), r.describe().constData());
        }
        r = m_cli->run(args({"aid", "doc", "1", "--item", "income", "--status", "received",
                             "--variant", "rsa", "--date", "2026-01-02", "--today", "2026-01-10"}));
        QVERIFY2(r.ok(), r.describe().constData());

        r = m_cli->run(args({"aid", "status", "1", "--today", "2026-01-10", "--json"}));
        QVERIFY2(r.ok(), r.describe().constData());
        QJsonObject s = r.object();
        QCOMPARE(s.value(QStringLiteral("requested_cents")).toInteger(), 108000);
        QCOMPARE(s.value(QStringLiteral("remaining_cost_cents")).toInteger(), 108000);
        QCOMPARE(s.value(QStringLiteral("cpam_share_cents")).toInteger(), 0);
        QCOMPARE(s.value(QStringLiteral("items_missing")).toInt(), 0);
        QCOMPARE(s.value(QStringLiteral("ready_to_send")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("decision")).toString(), QStringLiteral("pending"));
        QCOMPARE(s.value(QStringLiteral("ameli_page")).toString(),
                 QStringLiteral("https://www.ameli.fr/meuse/assure/droits-demarches/"
                                "difficultes-acces-droits-soins/aides-financieres-individuelles"));
        QCOMPARE(s.value(QStringLiteral("next_step_details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QStringLiteral("send"));

        QVERIFY(
            m_cli
                ->run(args({"aid", "submit", "1", "--date", "2026-01-20", "--today", "2026-01-25"}))
                .ok());
        r = m_cli->run(args({"aid", "status", "1", "--today", "2026-05-21", "--json"}));
        s = r.object();
        QCOMPARE(s.value(QStringLiteral("days_waiting")).toInt(), 121);
        QCOMPARE(s.value(QStringLiteral("answer_overdue")).toBool(), true);
        QCOMPARE(s.value(QStringLiteral("next_step_details"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("kind")),
                 QStringLiteral("follow_up"));

        QVERIFY(m_cli
                    ->run(args({"aid", "decide", "1", "--date", "2026-05-25", "--granted", "900",
                                "--today", "2026-05-26"}))
                    .ok());
        QVERIFY(m_cli
                    ->run(args({"aid", "claim", "1", "--date", "2026-06-01", "--amount", "180,00",
                                "--today", "2026-06-02"}))
                    .ok());
        r = m_cli->run(args({"aid", "status", "1", "--today", "2027-05-01", "--json"}));
        s = r.object();
        QCOMPARE(s.value(QStringLiteral("decision")).toString(), QStringLiteral("partial"));
        QCOMPARE(s.value(QStringLiteral("granted_cents")).toInteger(), 90000);
        QCOMPARE(s.value(QStringLiteral("claimed_cents")).toInteger(), 18000);
        QCOMPARE(s.value(QStringLiteral("remaining_cents")).toInteger(), 72000);
        QCOMPARE(s.value(QStringLiteral("expires")).toString(), QStringLiteral("2027-05-25"));
        QCOMPARE(s.value(QStringLiteral("days_to_expiry")).toInt(), 24);
        bool expiring = false;
        for (const auto& step : s.value(QStringLiteral("next_step_details")).toArray())
            expiring |=
                step.toObject().value(QStringLiteral("kind")) == QStringLiteral("grant_expiring");
        QVERIFY(expiring);

        // Over the grant: refused, nothing changed.
        expectRefusal(args({"aid", "claim", "1", "--date", "2026-06-03", "--amount", "720.01",
                            "--today", "2026-06-04"}),
                      QStringLiteral("--amount: "));
        r = m_cli->run(args({"aid", "status", "1", "--today", "2026-06-04", "--json"}));
        QCOMPARE(r.object().value(QStringLiteral("claimed_cents")).toInteger(), 18000);

        // The ordered dossier: cover letter, summary, the attached image.
        const QString pdf = m_dir.filePath(QStringLiteral("dossier.pdf"));
        r = m_cli->run({QStringLiteral("aid"), QStringLiteral("pdf"), QStringLiteral("1"),
                        QStringLiteral("--out"), pdf, QStringLiteral("--today"),
                        QStringLiteral("2026-06-04")});
        QVERIFY2(r.ok(), r.describe().constData());
        QCOMPARE(pdfPages(pdf), 3);
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        const QString claim = m_dir.filePath(QStringLiteral("claim.pdf"));
        r = m_cli->run({QStringLiteral("aid"), QStringLiteral("pdf"), QStringLiteral("1"),
                        QStringLiteral("--doc"), QStringLiteral("invoice-claim"),
                        QStringLiteral("--out"), claim});
        QVERIFY2(r.ok(), r.describe().constData());
        QCOMPARE(pdfPages(claim), 1);
    }

    void rhoneWarnsOnStderr()
    {
        const CliResult r =
            m_cli->run({QStringLiteral("aid"), QStringLiteral("new"), QStringLiteral("--person"),
                        m_person, QStringLiteral("--department"), QStringLiteral("69"),
                        QStringLiteral("--psy"), m_psy, QStringLiteral("--sessions"),
                        QStringLiteral("10"), QStringLiteral("--fee"), QStringLiteral("60")});
        QVERIFY2(r.ok(), r.describe().constData());
        QVERIFY(r.id() > 0);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY(r.errLines().first().startsWith(QStringLiteral("carnet-cli: warning: ")));
        QVERIFY(r.err.contains(QStringLiteral("Rhône")));
    }

    void refusals()
    {
        const QString id = newAid();
        expectRefusal(args({"aid", "new", "--person", "1", "--department", "20", "--psy", "1",
                            "--sessions", "3", "--fee", "50"}),
                      QStringLiteral("--department: "));
        expectRefusal(args({"aid", "new", "--person", "1", "--department", "55", "--psy", "1",
                            "--sessions", "0", "--fee", "50"}),
                      QStringLiteral("--sessions: "));
        expectRefusal(args({"aid", "new", "--person", "9", "--department", "55", "--psy", "1",
                            "--sessions", "3", "--fee", "50"}),
                      QStringLiteral("--person: "));
        expectRefusal(args({"aid", "decide", "99", "--date", "2026-01-01", "--refused"}),
                      QStringLiteral("ID: "));
        expectRefusal({QStringLiteral("aid"), QStringLiteral("decide"), id,
                       QStringLiteral("--date"), QStringLiteral("2026-01-01"),
                       QStringLiteral("--refused"), QStringLiteral("--granted"),
                       QStringLiteral("10")},
                      QStringLiteral("--granted: "));
        expectRefusal({QStringLiteral("aid"), QStringLiteral("decide"), id,
                       QStringLiteral("--date"), QStringLiteral("2026-02-01"),
                       QStringLiteral("--refused"), QStringLiteral("--today"),
                       QStringLiteral("2026-02-02")},
                      QStringLiteral("ID: ")); // not sent yet
        expectRefusal({QStringLiteral("aid"), QStringLiteral("doc"), id, QStringLiteral("--item"),
                       QStringLiteral("rib"), QStringLiteral("--status"), QStringLiteral("lost")},
                      QStringLiteral("--status: "));
        expectRefusal({QStringLiteral("aid"), QStringLiteral("claim"), id, QStringLiteral("--date"),
                       QStringLiteral("2026-02-01"), QStringLiteral("--amount"),
                       QStringLiteral("10"), QStringLiteral("--today"),
                       QStringLiteral("2026-02-02")},
                      QStringLiteral("ID: ")); // nothing granted
        expectRefusal({QStringLiteral("aid"), QStringLiteral("pdf"), id, QStringLiteral("--out"),
                       m_dir.filePath(QStringLiteral("x.pdf")), QStringLiteral("--doc"),
                       QStringLiteral("poem")},
                      QStringLiteral("--doc: "));
        expectRefusal(args({"aid", "status"}), QStringLiteral("ID: "));
    }
};

QTEST_MAIN(TestCliAid)
#include "TestCliAid.moc"
