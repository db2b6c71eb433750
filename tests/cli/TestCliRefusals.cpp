#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

} // namespace

// Every way carnet-cli refuses: exit status 2, exactly one line on stderr naming the option
// ("carnet-cli: --nir: ..."), nothing on stdout, and the file exactly as it was (an
// `export --json` before and after is the same).
class TestCliRefusals : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QByteArray m_snapshot;

private slots:
    // One file for every row: an adult (1) and a child (2), a psychologist (1), the child's
    // referral (1), the adult's evaluation (1) on sheet 1, a follow-up (2) on no sheet, and
    // the child's evaluation (3).
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(CARNET_CLI_PATH)).isExecutable(), CARNET_CLI_PATH);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Alice Martin", "--birth",
                                  "1984-12-03", "--mutuelle", "MGEN"})),
                 1);
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Léo Martin", "--birth", "2015-09-09",
                                  "--relation", "child"})),
                 2);
        QCOMPARE(
            m_cli->add(args({"psy", "add", "--name", "Claire Dubois", "--rpps", "10005173140"})),
            1);
        QCOMPARE(
            m_cli->add(args({"referral", "add", "--person", "2", "--by", "Dr Petit", "--role",
                             "pediatrician", "--date", "2025-01-02", "--consent", "Alice Martin"})),
            1);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
                 1);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-15", "--kind", "followup", "--fee", "50"})),
                 2);
        QCOMPARE(m_cli->add(
                     args({"session", "add", "--person", "2", "--psy", "1", "--date", "2025-01-09",
                           "--kind", "evaluation", "--fee", "50", "--referral", "1"})),
                 3);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1"})), 1);
        QFile text(m_dir->filePath(s("not-carnet.sqlite")));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("hello, this is not a database\n");
        text.close();
        QFile json(m_dir->filePath(s("broken.json")));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write("{\"format\": \"carnet\", \"persons\": [");
        json.close();
        m_snapshot = m_cli->snapshot();
        QVERIFY2(!m_snapshot.startsWith("export failed") && !m_snapshot.startsWith("no export"),
                 m_snapshot.constData());
    }

    void cleanupTestCase()
    {
        m_cli.reset();
        m_dir.reset();
    }

    void refused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("messagePart");

        // Usage errors
        QTest::newRow("no command") << QStringList() << QString() << s("no command");
        QTest::newRow("unknown command") << args({"frobnicate"}) << QString() << s("frobnicate");
        QTest::newRow("unknown global option")
            << args({"--frob", "person", "list"}) << QString() << s("--frob");
        QTest::newRow("global --db without a file") << args({"--db"}) << s("--db") << QString();
        QTest::newRow("unknown subcommand")
            << args({"person", "remove"}) << s("person") << s("remove");
        QTest::newRow("group alone") << args({"sheet"}) << s("sheet") << s("subcommand");
        QTest::newRow("unknown option")
            << args({"person", "add", "--name", "X", "--birth", "1990-01-01", "--colour", "red"})
            << s("person add") << s("colour");
        QTest::newRow("missing value")
            << args({"person", "add", "--name"}) << s("person add") << s("name");
        QTest::newRow("extra argument")
            << args({"person", "list", "extra"}) << s("person list") << s("extra");
        QTest::newRow("global --today not a date")
            << args({"--today", "2025-02-30", "pending"}) << s("--today") << s("2025-02-30");
        QTest::newRow("--today not a date")
            << args({"status", "--person", "1", "--today", "tomorrow"}) << s("--today")
            << s("tomorrow");

        // The file
        QTest::newRow("not a Carnet file")
            << QStringList{s("--db"), m_dir->filePath(s("not-carnet.sqlite")), s("person"),
                           s("list")}
            << s("--db") << QString();
        QTest::newRow("missing file")
            << QStringList{s("--db"), m_dir->filePath(s("nothing.sqlite")), s("status"),
                           s("--person"), s("1")}
            << s("--db") << s("nothing.sqlite");

        // person add
        QTest::newRow("person: no name")
            << args({"person", "add", "--birth", "1990-01-01"}) << s("--name") << s("required");
        QTest::newRow("person: blank name")
            << args({"person", "add", "--name", "   ", "--birth", "1990-01-01"}) << s("--name")
            << QString();
        QTest::newRow("person: no birth")
            << args({"person", "add", "--name", "Bob"}) << s("--birth") << s("required");
        QTest::newRow("person: 30 February")
            << args({"person", "add", "--name", "Bob", "--birth", "1990-02-30"}) << s("--birth")
            << s("1990-02-30");
        QTest::newRow("person: French date")
            << args({"person", "add", "--name", "Bob", "--birth", "03/12/1984"}) << s("--birth")
            << s("YYYY-MM-DD");
        QTest::newRow("person: born tomorrow") << args({"person", "add", "--name", "Bob", "--birth",
                                                        "2025-06-02", "--today", "2025-06-01"})
                                               << s("--birth") << QString();
        QTest::newRow("person: NIR key") << args({"person", "add", "--name", "Bob", "--birth",
                                                  "1985-05-01", "--nir", "185057800608492"})
                                         << s("--nir") << s("key");
        QTest::newRow("person: NIR too short")
            << args({"person", "add", "--name", "Bob", "--birth", "1985-05-01", "--nir", "1850578"})
            << s("--nir") << QString();
        QTest::newRow("person: relation") << args({"person", "add", "--name", "Bob", "--birth",
                                                   "1985-05-01", "--relation", "cousin"})
                                          << s("--relation") << s("self, child, other");
        QTest::newRow("person: coverage") << args({"person", "add", "--name", "Bob", "--birth",
                                                   "1985-05-01", "--coverage", "cmu"})
                                          << s("--coverage") << s("c2s");
        QTest::newRow("person: --from alone") << args({"person", "add", "--name", "Bob", "--birth",
                                                       "1985-05-01", "--from", "2025-01-01"})
                                              << s("--from") << s("--coverage");
        QTest::newRow("person: --to before --from")
            << args({"person", "add", "--name", "Bob", "--birth", "1985-05-01", "--coverage", "c2s",
                     "--from", "2025-06-01", "--to", "2025-01-01"})
            << s("--to") << QString();
        QTest::newRow("person: --from not a date")
            << args({"person", "add", "--name", "Bob", "--birth", "1985-05-01", "--coverage", "c2s",
                     "--from", "soon"})
            << s("--from") << s("soon");
        QTest::newRow("person: blank mutuelle")
            << args({"person", "add", "--name", "Bob", "--birth", "1985-05-01", "--mutuelle", ""})
            << s("--mutuelle") << QString();

        // psy add
        QTest::newRow("psy: no name")
            << args({"psy", "add", "--rpps", "10005173140"}) << s("--name") << QString();
        QTest::newRow("psy: RPPS format")
            << args({"psy", "add", "--name", "Marc", "--rpps", "12345"}) << s("--rpps")
            << QString();
        QTest::newRow("psy: partner")
            << args({"psy", "add", "--name", "Marc", "--partner", "maybe"}) << s("--partner")
            << s("yes, no");

        // referral add
        QTest::newRow("referral: unknown person")
            << args({"referral", "add", "--person", "99", "--by", "Dr X", "--role", "gp", "--date",
                     "2025-01-01"})
            << s("--person") << s("99");
        QTest::newRow("referral: person not an id")
            << args({"referral", "add", "--person", "abc", "--by", "Dr X", "--role", "gp", "--date",
                     "2025-01-01"})
            << s("--person") << s("abc");
        QTest::newRow("referral: psychologist role")
            << args({"referral", "add", "--person", "2", "--by", "Dr X", "--role", "psychologist",
                     "--date", "2025-01-01"})
            << s("--role") << s("psychologist");
        QTest::newRow("referral: no writer")
            << args({"referral", "add", "--person", "2", "--role", "gp", "--date", "2025-01-01"})
            << s("--by") << s("required");
        QTest::newRow("referral: date") << args({"referral", "add", "--person", "2", "--by", "Dr X",
                                                 "--role", "gp", "--date", "2025-1-1"})
                                        << s("--date") << s("2025-1-1");

        // session add
        const auto session = [](std::initializer_list<const char*> extra) {
            QStringList call = args({"session", "add"});
            call += args(extra);
            return call;
        };
        QTest::newRow("session: unknown person")
            << session({"--person", "99", "--psy", "1", "--date", "2025-02-01", "--kind",
                        "followup", "--fee", "50"})
            << s("--person") << s("There is no person with id 99");
        QTest::newRow("session: unknown psychologist")
            << session({"--person", "1", "--psy", "7", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "50"})
            << s("--psy") << s("There is no psychologist with id 7");
        QTest::newRow("session: date")
            << session({"--person", "1", "--psy", "1", "--date", "2025-13-01", "--kind", "followup",
                        "--fee", "50"})
            << s("--date") << s("2025-13-01");
        QTest::newRow("session: kind")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "consult",
                        "--fee", "50"})
            << s("--kind") << s("evaluation, followup, private");
        QTest::newRow("session: mode")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--mode", "phone", "--fee", "50"})
            << s("--mode") << s("office, remote");
        QTest::newRow("session: follow-up above the tariff")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "60"})
            << s("--fee") << QString();
        QTest::newRow("session: evaluation above the 2022 tariff")
            << session({"--person", "1", "--psy", "1", "--date", "2023-02-01", "--kind",
                        "evaluation", "--fee", "45"})
            << s("--fee") << QString();
        QTest::newRow("session: fee not an amount")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "abc"})
            << s("--fee") << s("abc");
        QTest::newRow("session: fee with three decimals")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "50.001"})
            << s("--fee") << s("50.001");
        QTest::newRow("session: negative fee")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "private",
                        "--fee", "-5"})
            << s("--fee") << QString();
        QTest::newRow("session: no fee") << session({"--person", "1", "--psy", "1", "--date",
                                                     "2025-02-01", "--kind", "followup"})
                                         << s("--fee") << s("required");
        QTest::newRow("session: paid not an amount")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "50", "--paid", "fifty"})
            << s("--paid") << s("fifty");
        QTest::newRow("session: unknown referral")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "50", "--referral", "99"})
            << s("--referral") << s("There is no courrier with id 99");
        QTest::newRow("session: another person's referral")
            << session({"--person", "1", "--psy", "1", "--date", "2025-02-01", "--kind", "followup",
                        "--fee", "50", "--referral", "1"})
            << s("--referral") << QString();

        // sheet add / send
        QTest::newRow("sheet: unknown session")
            << args({"sheet", "add", "--sessions", "2,99"}) << s("--sessions") << s("99");
        QTest::newRow("sheet: not ids")
            << args({"sheet", "add", "--sessions", "2,x"}) << s("--sessions") << s("2,x");
        QTest::newRow("sheet: twice the same")
            << args({"sheet", "add", "--sessions", "2,2"}) << s("--sessions") << QString();
        QTest::newRow("sheet: no sessions")
            << args({"sheet", "add"}) << s("--sessions") << s("required");
        QTest::newRow("sheet: session already on a sheet")
            << args({"sheet", "add", "--sessions", "1"}) << s("--sessions") << QString();
        QTest::newRow("sheet: two persons")
            << args({"sheet", "add", "--sessions", "2,3"}) << s("--sessions") << QString();
        QTest::newRow("sheet: issued date")
            << args({"sheet", "add", "--sessions", "2", "--issued", "yesterday"}) << s("--issued")
            << s("yesterday");
        QTest::newRow("send: unknown sheet")
            << args({"sheet", "send", "99", "--date", "2025-02-01"}) << s("ID") << s("99");
        QTest::newRow("send: no sheet")
            << args({"sheet", "send", "--date", "2025-02-01"}) << s("ID") << QString();
        QTest::newRow("send: not an id")
            << args({"sheet", "send", "one", "--date", "2025-02-01"}) << s("ID") << s("one");
        QTest::newRow("send: no date")
            << args({"sheet", "send", "1"}) << s("--date") << s("required");
        QTest::newRow("send: bad date")
            << args({"sheet", "send", "1", "--date", "2025-02-31"}) << s("--date") << QString();

        // payment add
        QTest::newRow("payment: payer")
            << args({"payment", "add", "--from", "bank", "--date", "2025-02-01", "--amount", "30"})
            << s("--from") << s("cpam, mutuelle, other");
        QTest::newRow("payment: no amount")
            << args({"payment", "add", "--from", "cpam", "--date", "2025-02-01"}) << s("--amount")
            << s("required");
        QTest::newRow("payment: amount") << args({"payment", "add", "--from", "cpam", "--date",
                                                  "2025-02-01", "--amount", "30,123"})
                                         << s("--amount") << s("30,123");
        QTest::newRow("payment: date")
            << args({"payment", "add", "--from", "cpam", "--date", "01/02/2025", "--amount", "30"})
            << s("--date") << QString();
        QTest::newRow("payment: unknown session")
            << args({"payment", "add", "--from", "cpam", "--date", "2025-02-01", "--amount", "30",
                     "--sessions", "1,42"})
            << s("--sessions") << s("42");

        // reading
        QTest::newRow("status: unknown person")
            << args({"status", "--person", "99", "--json"}) << s("--person") << s("99");
        QTest::newRow("status: no person")
            << args({"status", "--json"}) << s("--person") << s("required");
        QTest::newRow("status: year")
            << args({"status", "--person", "1", "--year", "25"}) << s("--year") << s("25");
        QTest::newRow("session list: unknown person")
            << args({"session", "list", "--person", "99"}) << s("--person") << s("99");
        QTest::newRow("referral list: unknown person")
            << args({"referral", "list", "--person", "99"}) << s("--person") << s("99");

        // export / import / restore
        QTest::newRow("export: no file") << args({"export"}) << s("--json") << s("required");
        QTest::newRow("export: unwritable")
            << args({"export", "--json", "/nonexistent-carnet-dir/x.json"}) << s("--json")
            << QString();
        QTest::newRow("export: unknown person")
            << QStringList{s("export"), s("--json"), m_dir->filePath(s("x.json")), s("--person"),
                           s("99")}
            << s("--person") << s("99");
        QTest::newRow("import: missing file")
            << QStringList{s("import"), s("--json"), m_dir->filePath(s("absent.json"))}
            << s("--json") << QString();
        QTest::newRow("import: broken file")
            << QStringList{s("import"), s("--json"), m_dir->filePath(s("broken.json"))}
            << s("--json") << QString();
        QTest::newRow("restore: no backup given")
            << args({"backup", "restore"}) << s("FILE") << QString();
        QTest::newRow("restore: missing backup")
            << QStringList{s("backup"), s("restore"), m_dir->filePath(s("absent.sqlite"))}
            << s("FILE") << s("absent.sqlite");
        QTest::newRow("restore: not a Carnet file")
            << QStringList{s("backup"), s("restore"), m_dir->filePath(s("not-carnet.sqlite"))}
            << s("FILE") << QString();
    }

    void refused()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, option);
        QFETCH(QString, messagePart);
        const CliResult result = m_cli->run(arguments);
        CLI_VERIFY_REFUSED(result, option);
        if (!messagePart.isEmpty())
            QVERIFY2(result.err.contains(messagePart), result.describe().constData());
        QCOMPARE(m_cli->snapshot(), m_snapshot);
        QVERIFY(!QFileInfo::exists(m_dir->filePath(s("x.json"))));
    }

    // The import judges every fact as the other commands do: an export edited to hold a 90 €
    // evaluation is refused as `session add` refuses it, naming the element, and nothing
    // changes; a second evaluation in a year is imported with the warning `session add` gives.
    void importJudgedByTheRules()
    {
        const QString exported = m_dir->filePath(s("rules.json"));
        CLI_VERIFY_OK(m_cli->run({s("export"), s("--json"), exported}));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        auto write = [&](const QString& name, const QJsonObject& object) {
            QFile out(m_dir->filePath(name));
            if (out.open(QIODevice::WriteOnly))
                out.write(QJsonDocument(object).toJson());
            return out.fileName();
        };
        QJsonArray sessions = root.value(s("sessions")).toArray();
        QCOMPARE(sessions.at(0).toObject().value(s("kind")).toString(), s("evaluation"));

        QJsonObject expensive = sessions.at(0).toObject();
        expensive.insert(s("fee_cents"), 9000);
        expensive.insert(s("paid_cents"), 9000);
        QJsonArray edited = sessions;
        edited.replace(0, expensive);
        QJsonObject tooDear = root;
        tooDear.insert(s("sessions"), edited);
        const QString tooDearPath = write(s("fee90.json"), tooDear);
        const CliResult merged = m_cli->run({s("import"), s("--json"), tooDearPath, s("--merge")});
        CLI_VERIFY_REFUSED(merged, "--json");
        QVERIFY2(merged.err.contains(s("sessions[0].fee_cents")) &&
                     merged.err.contains(s("tariff")),
                 merged.describe().constData());
        QCOMPARE(m_cli->snapshot(), m_snapshot);
        const QString fresh = m_dir->filePath(s("fee90.sqlite"));
        CLI_VERIFY_REFUSED(m_cli->run({s("--db"), fresh, s("import"), s("--json"), tooDearPath}),
                           "--json");
        if (QFileInfo::exists(fresh)) {
            const CliResult persons = m_cli->run({s("--db"), fresh, s("person"), s("list")});
            CLI_VERIFY_OK(persons);
            QVERIFY(persons.out.isEmpty());
        }

        QJsonObject second = sessions.at(0).toObject();
        second.insert(s("id"), 10);
        second.insert(s("date"), s("2025-03-05"));
        sessions.append(second);
        QJsonObject twice = root;
        twice.insert(s("sessions"), sessions);
        const QString other = m_dir->filePath(s("twice.sqlite"));
        const CliResult imported =
            m_cli->run({s("--db"), other, s("import"), s("--json"), write(s("twice.json"), twice)});
        CLI_VERIFY_OK(imported);
        QVERIFY2(imported.out.startsWith(s("Imported 2 persons")), imported.describe().constData());
        QCOMPARE(imported.errLines(),
                 QStringList{s("carnet-cli: warning: sessions[3]: This session will not be "
                               "covered: An evaluation was already covered this calendar year: "
                               "only one is covered per year.")});
        const QJsonArray stored = m_cli
                                      ->run({s("--db"), other, s("session"), s("list"),
                                             s("--person"), s("1"), s("--json")})
                                      .array();
        QCOMPARE(stored.size(), 3);
    }

    // A refused import into a new file leaves no file behind... or at least no data.
    void refusedImportAddsNothing()
    {
        const QString fresh = m_dir->filePath(s("fresh.sqlite"));
        const CliResult result = m_cli->run(
            {s("--db"), fresh, s("import"), s("--json"), m_dir->filePath(s("broken.json"))});
        CLI_VERIFY_REFUSED(result, "--json");
        if (QFileInfo::exists(fresh)) {
            const CliResult persons = m_cli->run({s("--db"), fresh, s("person"), s("list")});
            CLI_VERIFY_OK(persons);
            QVERIFY(persons.out.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestCliRefusals)
#include "TestCliRefusals.moc"
