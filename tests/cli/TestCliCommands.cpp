#include "CliRunner.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
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

// Every verb, in the order `carnet-cli --help` lists them.
const QStringList kCommands = {
    s("person add"),     s("person list"),  s("person archive"), s("person unarchive"),
    s("psy add"),        s("psy list"),     s("referral add"),   s("referral list"),
    s("session add"),    s("session list"), s("sheet add"),      s("sheet send"),
    s("payment add"),    s("status"),       s("pending"),        s("export"),
    s("import"),         s("departments"),  s("backup list"),    s("backup now"),
    s("backup restore"),
};

} // namespace

// Every carnet-cli verb run as a real process on a temporary file: ids printed, lists and
// JSON read back, amounts with a dot or a comma, the default file, help texts, backups.
class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    // An adult with a mutuelle and a partner psychologist; returns {person, psy}.
    QPair<qint64, qint64> adultAndPsy()
    {
        const qint64 person = m_cli->add(args({"person", "add", "--name", "Alice Martin", "--birth",
                                               "1984-12-03", "--mutuelle", "MGEN"}));
        const qint64 psy =
            m_cli->add(args({"psy", "add", "--name", "Claire Dubois", "--rpps", "10005173140"}));
        return {person, psy};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
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

    void version()
    {
        for (const QString& option : {s("--version"), s("-v")}) {
            const CliResult result = m_cli->run({option});
            CLI_VERIFY_OK(result);
            QCOMPARE(result.out, s("carnet-cli " CARNET_VERSION "\n"));
            QVERIFY(result.err.isEmpty());
        }
    }

    void globalHelp()
    {
        for (const QStringList& call : {args({"--help"}), args({"-h"}), args({"help"})}) {
            const CliResult result = m_cli->run(call);
            CLI_VERIFY_OK(result);
            QVERIFY(result.out.startsWith(s("Usage: carnet-cli [--db FILE]")));
            qsizetype previous = -1;
            for (const QString& command : kCommands) {
                const qsizetype at = result.out.indexOf(s("\n  ") + command + s("  "));
                QVERIFY2(at > previous, qPrintable(command));
                previous = at;
            }
            QVERIFY(result.out.contains(s("--db <FILE>")));
            QVERIFY(result.out.contains(s("--today <YYYY-MM-DD>")));
            QVERIFY(result.out.contains(s("Exit status")));
        }
        QVERIFY(!QFileInfo::exists(m_cli->dbPath()));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        const QStringList file = {s("--db <FILE>"), s("--today <YYYY-MM-DD>"), s("--help")};
        QTest::newRow("person add") << s("person add")
                                    << QStringList{s("--name <NAME>"),
                                                   s("--birth <YYYY-MM-DD>"),
                                                   s("--relation <self|child|other>"),
                                                   s("--nir <NUMBER>"),
                                                   s("--coverage <KIND>"),
                                                   s("--from <YYYY-MM-DD>"),
                                                   s("--to <YYYY-MM-DD>"),
                                                   s("--mutuelle <NAME|none>"),
                                                   s("--notes <TEXT>"),
                                                   s("c2s"),
                                                   s("maternity"),
                                                   s("atmp")} +
                                           file;
        QTest::newRow("person list")
            << s("person list") << QStringList{s("--json"), s("--all")} + file;
        QTest::newRow("person archive") << s("person archive")
                                        << QStringList{s("Usage: carnet-cli person archive ID"),
                                                       s("Arguments:"), s("person list --all")} +
                                               file;
        QTest::newRow("person unarchive")
            << s("person unarchive")
            << QStringList{s("Usage: carnet-cli person unarchive ID"), s("Arguments:")} + file;
        QTest::newRow("psy add") << s("psy add")
                                 << QStringList{s("--name <NAME>"), s("--rpps <DIGITS>"),
                                                s("--partner <yes|no>"), s("--contact <TEXT>")} +
                                        file;
        QTest::newRow("psy list") << s("psy list") << QStringList{s("--json")} + file;
        QTest::newRow("referral add") << s("referral add")
                                      << QStringList{s("--person <ID>"),
                                                     s("--by <NAME>"),
                                                     s("--role <ROLE>"),
                                                     s("--date <YYYY-MM-DD>"),
                                                     s("--consent <NAMES>"),
                                                     s("gp"),
                                                     s("pediatrician"),
                                                     s("midwife"),
                                                     s("school"),
                                                     s("pmi"),
                                                     s("university"),
                                                     s("hospital")} +
                                             file;
        QTest::newRow("referral list")
            << s("referral list") << QStringList{s("--person <ID>"), s("--json")} + file;
        QTest::newRow("session add") << s("session add")
                                     << QStringList{s("--person <ID>"),
                                                    s("--psy <ID>"),
                                                    s("--date <YYYY-MM-DD>"),
                                                    s("--kind <KIND>"),
                                                    s("--mode <office|remote>"),
                                                    s("--fee <EUROS>"),
                                                    s("--paid <EUROS>"),
                                                    s("--referral <ID>"),
                                                    s("evaluation"),
                                                    s("followup"),
                                                    s("private"),
                                                    s("C2S")} +
                                            file;
        QTest::newRow("session list")
            << s("session list")
            << QStringList{s("--person <ID>"), s("--year <YYYY>"), s("--json")} + file;
        QTest::newRow("sheet add") << s("sheet add")
                                   << QStringList{s("--sessions <IDS>"), s("--issued <YYYY-MM-DD>"),
                                                  s("--sent <YYYY-MM-DD>"), s("--electronic")} +
                                          file;
        QTest::newRow("sheet send") << s("sheet send")
                                    << QStringList{s("Usage: carnet-cli sheet send ID --date"),
                                                   s("--date <YYYY-MM-DD>"), s("Arguments:")} +
                                           file;
        QTest::newRow("payment add") << s("payment add")
                                     << QStringList{s("--from <PAYER>"),   s("cpam"),
                                                    s("mutuelle"),         s("--date <YYYY-MM-DD>"),
                                                    s("--amount <EUROS>"), s("--ref <TEXT>"),
                                                    s("--sessions <IDS>")} +
                                            file;
        QTest::newRow("status") << s("status")
                                << QStringList{s("--person <ID>"), s("--year <YYYY>"),
                                               s("--json"),        s("sessions_covered_left"),
                                               s("late_payments"), s("next_steps")} +
                                       file;
        QTest::newRow("pending")
            << s("pending")
            << QStringList{s("--json"),       s("--person <ID>"), s("--kind <KIND[,KIND...]>"),
                           s("late_payment"), s("send_sheet"),    s("aid_answer_overdue"),
                           s("due_date")} +
                   file;
        QTest::newRow("export") << s("export")
                                << QStringList{s("--json <FILE>"), s("--person <ID>")} + file;
        QTest::newRow("import") << s("import") << QStringList{s("--json <FILE>")} + file;
        QTest::newRow("departments")
            << s("departments") << QStringList{s("--json"), s("--help"), s("ameli")};
        QTest::newRow("backup list") << s("backup list") << QStringList{s("--json")} + file;
        QTest::newRow("backup now") << s("backup now") << file;
        QTest::newRow("backup restore")
            << s("backup restore") << QStringList{s("FILE"), s("Arguments:")} + file;
    }

    void commandHelp()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        const QStringList words = command.split(QLatin1Char(' '));
        const CliResult result = m_cli->run(words + QStringList{s("--help")});
        CLI_VERIFY_OK(result);
        QVERIFY(result.err.isEmpty());
        QVERIFY2(result.out.startsWith(s("Usage: carnet-cli ") + command), qPrintable(result.out));
        for (const QString& option : options)
            QVERIFY2(result.out.contains(option), qPrintable(option + s(" in\n") + result.out));
        QVERIFY(result.out.contains(s("Exit status: 0")));
        // `carnet-cli help COMMAND` and `-h` say the same.
        QCOMPARE(m_cli->run(QStringList{s("help")} + words).out, result.out);
        QCOMPARE(m_cli->run(words + QStringList{s("-h")}).out, result.out);
        QVERIFY(!QFileInfo::exists(m_cli->dbPath()));
    }

    void groupHelp()
    {
        const CliResult result = m_cli->run(args({"person", "--help"}));
        CLI_VERIFY_OK(result);
        QVERIFY(result.out.contains(s("  person add")));
        QVERIFY(result.out.contains(s("  person list")));
        QVERIFY(!result.out.contains(s("session add")));
    }

    void personAddAndList()
    {
        const qint64 alice = m_cli->add(
            args({"person", "add", "--name", "Alice Martin", "--birth", "1984-12-03", "--nir",
                  "1 85 05 78 006 084 91", "--mutuelle", "MGEN", "--coverage", "ald", "--from",
                  "2025-01-01", "--to", "2025-12-31", "--notes", "mornings"}));
        QCOMPARE(alice, 1);
        const qint64 leo =
            m_cli->add(args({"person", "add", "--name", "Léo Martin", "--birth", "2015-09-09",
                             "--relation", "child", "--mutuelle", "none"}));
        QCOMPARE(leo, 2);
        QVERIFY(QFileInfo::exists(m_cli->dbPath()));

        const CliResult text = m_cli->run(args({"person", "list"}));
        CLI_VERIFY_OK(text);
        QCOMPARE(text.out, s("1\tAlice Martin\t1984-12-03\tself\tMGEN\n"
                             "2\tLéo Martin\t2015-09-09\tchild\t-\n"));

        const CliResult json = m_cli->run(args({"person", "list", "--json"}));
        CLI_VERIFY_OK(json);
        const QJsonArray persons = json.array();
        QCOMPARE(persons.size(), 2);
        const QJsonObject a = persons.at(0).toObject();
        QCOMPARE(a.value(s("id")).toInteger(), 1);
        QCOMPARE(a.value(s("name")).toString(), s("Alice Martin"));
        QCOMPARE(a.value(s("birth_date")).toString(), s("1984-12-03"));
        QCOMPARE(a.value(s("relation")).toString(), s("self"));
        QCOMPARE(a.value(s("nir")).toString(), s("185057800608491"));
        QCOMPARE(a.value(s("mutuelle")).toString(), s("MGEN"));
        const QJsonArray coverage = a.value(s("coverage")).toArray();
        QCOMPARE(coverage.size(), 1);
        QCOMPARE(coverage.at(0).toObject().value(s("kind")).toString(), s("ald"));
        QCOMPARE(coverage.at(0).toObject().value(s("from")).toString(), s("2025-01-01"));
        QCOMPARE(coverage.at(0).toObject().value(s("to")).toString(), s("2025-12-31"));
        const QJsonObject l = persons.at(1).toObject();
        QCOMPARE(l.value(s("relation")).toString(), s("child"));
        QCOMPARE(l.value(s("mutuelle")).toString(), QString());
        QCOMPARE(l.value(s("nir")).toString(), QString());
        QVERIFY(l.value(s("coverage")).toArray().isEmpty());
    }

    void personArchiveAndUnarchive()
    {
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Alice Martin", "--birth",
                                  "1984-12-03", "--mutuelle", "MGEN"})),
                 1);
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Léo Martin", "--birth", "2015-09-09",
                                  "--relation", "child"})),
                 2);
        // A file with no archived person lists as before; --all adds the sixth column.
        QCOMPARE(m_cli->run(args({"person", "list"})).out,
                 s("1\tAlice Martin\t1984-12-03\tself\tMGEN\n"
                   "2\tLéo Martin\t2015-09-09\tchild\t-\n"));
        const CliResult archived = m_cli->run(args({"person", "archive", "2"}));
        CLI_VERIFY_OK(archived);
        QVERIFY(archived.out.isEmpty());
        QCOMPARE(m_cli->run(args({"person", "list"})).out,
                 s("1\tAlice Martin\t1984-12-03\tself\tMGEN\n"));
        QCOMPARE(m_cli->run(args({"person", "list", "--all"})).out,
                 s("1\tAlice Martin\t1984-12-03\tself\tMGEN\t-\n"
                   "2\tLéo Martin\t2015-09-09\tchild\t-\tarchived\n"));
        const QJsonArray shown = m_cli->run(args({"person", "list", "--json"})).array();
        QCOMPARE(shown.size(), 1);
        QVERIFY(!shown.at(0).toObject().contains(s("archived")));
        const QJsonArray all = m_cli->run(args({"person", "list", "--all", "--json"})).array();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value(s("archived")), QJsonValue(false));
        QCOMPARE(all.at(1).toObject().value(s("archived")), QJsonValue(true));

        CLI_VERIFY_OK(m_cli->run(args({"person", "unarchive", "2"})));
        QCOMPARE(m_cli->run(args({"person", "list"})).out,
                 s("1\tAlice Martin\t1984-12-03\tself\tMGEN\n"
                   "2\tLéo Martin\t2015-09-09\tchild\t-\n"));

        // Refusals name the argument.
        CLI_VERIFY_REFUSED(m_cli->run(args({"person", "archive", "9"})), "ID");
        CLI_VERIFY_REFUSED(m_cli->run(args({"person", "archive", "abc"})), "ID");
        CLI_VERIFY_REFUSED(m_cli->run(args({"person", "unarchive"})), "ID");
    }

    void defaultFile()
    {
        // No CARNET_DB: the desktop application's file, inside the temporary home.
        m_cli->unsetEnv(s("CARNET_DB"));
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Alice", "--birth", "1990-01-01"})),
                 1);
        QVERIFY2(QFileInfo::exists(m_cli->defaultDbPath()), qPrintable(m_cli->defaultDbPath()));
        QVERIFY(!QFileInfo::exists(m_cli->dbPath()));

        // CARNET_DB wins over the default, --db over CARNET_DB (before or after the verb).
        m_cli->setEnv(s("CARNET_DB"), m_cli->dbPath());
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Bob", "--birth", "1991-01-01"})), 1);
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Carl", "--birth", "1992-01-01"})), 2);
        const QString other = m_cli->root() + s("/other.sqlite");
        QCOMPARE(m_cli->add({s("--db"), other, s("person"), s("add"), s("--name"), s("Dan"),
                             s("--birth"), s("1993-01-01")}),
                 1);
        QCOMPARE(m_cli->run({s("person"), s("list"), s("--db"), other}).out,
                 s("1\tDan\t1993-01-01\tself\t-\n"));
        QCOMPARE(m_cli->run({s("--db=") + other, s("person"), s("list")}).out,
                 s("1\tDan\t1993-01-01\tself\t-\n"));
        QCOMPARE(m_cli->run(args({"person", "list"})).out,
                 s("1\tBob\t1991-01-01\tself\t-\n2\tCarl\t1992-01-01\tself\t-\n"));
        m_cli->unsetEnv(s("CARNET_DB"));
        QCOMPARE(m_cli->run(args({"person", "list"})).out, s("1\tAlice\t1990-01-01\tself\t-\n"));
    }

    void readingNeverCreatesTheFile()
    {
        const CliResult result = m_cli->run(args({"person", "list"}));
        CLI_VERIFY_REFUSED(result, "--db");
        QVERIFY(result.err.contains(m_cli->dbPath()));
        CLI_VERIFY_REFUSED(
            m_cli->run(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                             "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
            "--db");
        CLI_VERIFY_REFUSED(m_cli->run(args({"pending"})), "--db");
        QVERIFY(!QFileInfo::exists(m_cli->dbPath()));
    }

    void psyAddAndList()
    {
        const CliResult partner =
            m_cli->run(args({"psy", "add", "--name", "Claire Dubois", "--rpps", "100 0517 3140",
                             "--contact", "La Rochelle"}));
        CLI_VERIFY_OK(partner);
        QCOMPARE(partner.out, s("1\n"));
        QVERIFY(partner.err.isEmpty());

        // A failed RPPS check warns and records all the same.
        const CliResult luhn = m_cli->run(args(
            {"psy", "add", "--name", "Marc Noël", "--rpps", "10005173141", "--partner", "no"}));
        CLI_VERIFY_OK(luhn);
        QCOMPARE(luhn.out, s("2\n"));
        QCOMPARE(luhn.errLines().size(), 1);
        QVERIFY2(luhn.err.startsWith(s("carnet-cli: warning: ")), qPrintable(luhn.err));

        const CliResult adeli = m_cli->run(
            args({"psy", "add", "--name", "Anne Roy", "--rpps", "123456789", "--partner", "yes"}));
        CLI_VERIFY_OK(adeli);
        QCOMPARE(adeli.id(), 3);

        const CliResult text = m_cli->run(args({"psy", "list"}));
        CLI_VERIFY_OK(text);
        // In the order of names.
        QCOMPARE(text.out, s("3\tAnne Roy\t123456789\tyes\n"
                             "1\tClaire Dubois\t10005173140\tyes\n"
                             "2\tMarc Noël\t10005173141\tno\n"));
        const QJsonArray json = m_cli->run(args({"psy", "list", "--json"})).array();
        QCOMPARE(json.size(), 3);
        QCOMPARE(json.at(1).toObject().value(s("id")).toInteger(), 1);
        QCOMPARE(json.at(1).toObject().value(s("contact")).toString(), s("La Rochelle"));
        QCOMPARE(json.at(1).toObject().value(s("role")).toString(), s("psychologist"));
        QCOMPARE(json.at(2).toObject().value(s("partner")).toBool(), false);
    }

    void referralAddAndList()
    {
        const qint64 leo = m_cli->add(args({"person", "add", "--name", "Léo Martin", "--birth",
                                            "2015-09-09", "--relation", "child"}));
        QCOMPARE(leo, 1);
        const CliResult added =
            m_cli->run(args({"referral", "add", "--person", "1", "--by", "Dr Paul Petit", "--role",
                             "pediatrician", "--date", "2025-01-10", "--consent",
                             "Alice Martin, Marc Martin", "--notes", "school"}));
        CLI_VERIFY_OK(added);
        QCOMPARE(added.out, s("1\n"));
        QCOMPARE(m_cli->run(args({"referral", "list", "--person", "1"})).out,
                 s("1\t2025-01-10\tpediatrician\tDr Paul Petit\tAlice Martin, Marc Martin\n"));
        const QJsonArray json =
            m_cli->run(args({"referral", "list", "--person", "1", "--json"})).array();
        QCOMPARE(json.size(), 1);
        const QJsonObject r = json.at(0).toObject();
        QCOMPARE(r.value(s("by")).toString(), s("Dr Paul Petit"));
        QCOMPARE(r.value(s("role")).toString(), s("pediatrician"));
        QCOMPARE(r.value(s("date")).toString(), s("2025-01-10"));
        QCOMPARE(r.value(s("consent")).toArray(),
                 (QJsonArray{s("Alice Martin"), s("Marc Martin")}));
        QCOMPARE(r.value(s("person_id")).toInteger(), 1);
    }

    void amounts_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("fee");
        QTest::addColumn<QString>("paid");
        QTest::addColumn<qint64>("feeCents");
        QTest::addColumn<qint64>("paidCents");
        QTest::newRow("whole euros")
            << s("private") << s("70") << QString() << qint64(7000) << qint64(7000);
        QTest::newRow("dot") << s("private") << s("70.00") << s("20.50") << qint64(7000)
                             << qint64(2050);
        QTest::newRow("comma") << s("private") << s("65,5") << s("65,50") << qint64(6550)
                               << qint64(6550);
        QTest::newRow("comma, two decimals")
            << s("private") << s("49,99") << s("0") << qint64(4999) << qint64(0);
        QTest::newRow("evaluation, comma")
            << s("evaluation") << s("50,00") << QString() << qint64(5000) << qint64(5000);
        QTest::newRow("follow-up, dot")
            << s("followup") << s("50.0") << s("50") << qint64(5000) << qint64(5000);
    }

    void amounts()
    {
        QFETCH(QString, kind);
        QFETCH(QString, fee);
        QFETCH(QString, paid);
        QFETCH(qint64, feeCents);
        QFETCH(qint64, paidCents);
        const auto [person, psy] = adultAndPsy();
        QStringList call = {s("session"),  s("add"),
                            s("--person"), QString::number(person),
                            s("--psy"),    QString::number(psy),
                            s("--date"),   s("2025-03-04"),
                            s("--kind"),   kind,
                            s("--fee"),    fee};
        if (!paid.isEmpty())
            call << s("--paid") << paid;
        const CliResult added = m_cli->run(call);
        CLI_VERIFY_OK(added);
        QCOMPARE(added.id(), 1);
        const QJsonArray sessions =
            m_cli->run(args({"session", "list", "--person", "1", "--json"})).array();
        QCOMPARE(sessions.size(), 1);
        const QJsonObject session = sessions.at(0).toObject();
        QCOMPARE(session.value(s("fee_cents")).toInteger(), feeCents);
        QCOMPARE(session.value(s("paid_cents")).toInteger(), paidCents);
        QCOMPARE(session.value(s("kind")).toString(), kind);
        QCOMPARE(session.value(s("mode")).toString(), s("office")); // the default
    }

    void paymentAmounts_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("comma") << s("30,5") << qint64(3050);
        QTest::newRow("dot") << s("30.50") << qint64(3050);
        QTest::newRow("whole") << s("30") << qint64(3000);
    }

    void paymentAmounts()
    {
        QFETCH(QString, amount);
        QFETCH(qint64, cents);
        const auto [person, psy] = adultAndPsy();
        QCOMPARE(m_cli->add({s("session"), s("add"), s("--person"), QString::number(person),
                             s("--psy"), QString::number(psy), s("--date"), s("2025-03-04"),
                             s("--kind"), s("evaluation"), s("--fee"), s("50")}),
                 1);
        const CliResult paid =
            m_cli->run({s("payment"), s("add"), s("--from"), s("cpam"), s("--date"),
                        s("2025-03-20"), s("--amount"), amount, s("--sessions"), s("1")});
        CLI_VERIFY_OK(paid);
        QCOMPARE(paid.id(), 1);
        const QJsonObject status = m_cli
                                       ->run(args({"status", "--person", "1", "--year", "2025",
                                                   "--today", "2025-03-31", "--json"}))
                                       .object();
        // At most what the session is owed (30 €) is assigned to it; the rest is unassigned.
        QCOMPARE(status.value(s("received_amo_cents")).toInteger(), qMin<qint64>(cents, 3000));
        if (cents > 3000) {
            QCOMPARE(paid.errLines().size(), 1);
            QVERIFY2(paid.err.contains(s("0.50 euros")), qPrintable(paid.err));
        } else {
            QVERIFY2(paid.err.isEmpty(), qPrintable(paid.err));
        }
    }

    void sessionDefaults()
    {
        // Tiers payant (C2S): the patient advances nothing for a session of the scheme.
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Zoé", "--birth", "1999-05-05",
                                  "--coverage", "c2s", "--from", "2025-01-01"})),
                 1);
        QCOMPARE(m_cli->add(args({"psy", "add", "--name", "Claire Dubois"})), 1);
        QCOMPARE(m_cli->add(
                     args({"session", "add", "--person", "1", "--psy", "1", "--date", "2025-02-03",
                           "--kind", "evaluation", "--mode", "office", "--fee", "50"})),
                 1);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-02-10", "--kind", "followup", "--mode", "remote", "--fee",
                                  "50", "--paid", "10"})),
                 2);
        // Before the C2S started: standard cover, the fee is advanced.
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2024-12-10", "--kind", "followup", "--fee", "50"})),
                 3);
        // A private session is outside the scheme: advanced in full.
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-02-17", "--kind", "private", "--fee", "80"})),
                 4);
        const CliResult text = m_cli->run(args({"session", "list", "--person", "1"}));
        CLI_VERIFY_OK(text);
        QCOMPARE(text.out, s("3\t2024-12-10\tfollowup\toffice\t50.00\t50.00\t1\n"
                             "1\t2025-02-03\tevaluation\toffice\t50.00\t0.00\t1\n"
                             "2\t2025-02-10\tfollowup\tremote\t50.00\t10.00\t1\n"
                             "4\t2025-02-17\tprivate\toffice\t80.00\t80.00\t1\n"));
        const QJsonArray year2025 =
            m_cli->run(args({"session", "list", "--person", "1", "--year", "2025", "--json"}))
                .array();
        QCOMPARE(year2025.size(), 3);
        const QJsonObject first = year2025.at(0).toObject();
        QCOMPARE(first.value(s("id")).toInteger(), 1);
        QCOMPARE(first.value(s("person_id")).toInteger(), 1);
        QCOMPARE(first.value(s("psy_id")).toInteger(), 1);
        QCOMPARE(first.value(s("date")).toString(), s("2025-02-03"));
        QCOMPARE(first.value(s("referral_id")).toInteger(), 0);
        QCOMPARE(m_cli->run(args({"session", "list", "--person", "1", "--year", "2024"})).out,
                 s("3\t2024-12-10\tfollowup\toffice\t50.00\t50.00\t1\n"));
        QCOMPARE(m_cli->run(args({"session", "list", "--person", "1", "--year", "2023", "--json"}))
                     .array()
                     .size(),
                 0);
    }

    void uncoveredSessionWarns()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(psy);
        // A remote evaluation is recorded, with a warning that it is not covered.
        const CliResult remote =
            m_cli->run({s("session"), s("add"), s("--person"), QString::number(person), s("--psy"),
                        s("1"), s("--date"), s("2025-01-08"), s("--kind"), s("evaluation"),
                        s("--mode"), s("remote"), s("--fee"), s("50")});
        CLI_VERIFY_OK(remote);
        QCOMPARE(remote.out, s("1\n"));
        QVERIFY(!remote.errLines().isEmpty());
        for (const QString& line : remote.errLines())
            QVERIFY2(line.startsWith(s("carnet-cli: warning: ")), qPrintable(remote.err));
        // A psychologist who is not a partner: recorded, not covered, warned.
        QCOMPARE(m_cli->add(args({"psy", "add", "--name", "Marc", "--partner", "no"})), 2);
        const CliResult notPartner =
            m_cli->run(args({"session", "add", "--person", "1", "--psy", "2", "--date",
                             "2025-01-15", "--kind", "followup", "--fee", "50"}));
        CLI_VERIFY_OK(notPartner);
        QVERIFY(notPartner.err.startsWith(s("carnet-cli: warning: ")));
        const QJsonObject status = m_cli
                                       ->run(args({"status", "--person", "1", "--year", "2025",
                                                   "--today", "2025-02-01", "--json"}))
                                       .object();
        const QJsonArray sessions = status.value(s("sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).toObject().value(s("covered")).toBool(), false);
        QCOMPARE(sessions.at(0).toObject().value(s("reason")).toString(), s("remote_evaluation"));
        QCOMPARE(sessions.at(1).toObject().value(s("covered")).toBool(), false);
        QCOMPARE(sessions.at(1).toObject().value(s("reason")).toString(), s("not_partner"));
        QVERIFY(!sessions.at(1).toObject().value(s("reason_text")).toString().isEmpty());
        QCOMPARE(status.value(s("sessions_covered_used")).toInt(), 0);
    }

    void sheetAddAndSend()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        for (const char* date : {"2025-01-08", "2025-01-15"}) {
            QVERIFY(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                     date, "--kind", "followup", "--fee", "50"})) > 0);
        }
        const CliResult sheet = m_cli->run(args({"sheet", "add", "--sessions", "1, 2"}));
        CLI_VERIFY_OK(sheet);
        QCOMPARE(sheet.out, s("1\n"));
        auto status = [this] {
            return m_cli
                ->run(args({"status", "--person", "1", "--year", "2025", "--today", "2025-01-20",
                            "--json"}))
                .object();
        };
        QCOMPARE(status().value(s("sheets_to_send")).toArray(), QJsonArray{1});
        const CliResult sent = m_cli->run(args({"sheet", "send", "1", "--date", "2025-01-16"}));
        CLI_VERIFY_OK(sent);
        QVERIFY(sent.out.isEmpty());
        QVERIFY(sent.err.isEmpty());
        const QJsonObject after = status();
        QCOMPARE(after.value(s("sheets_to_send")).toArray(), QJsonArray());
        QCOMPARE(
            after.value(s("sessions")).toArray().at(0).toObject().value(s("sheet_id")).toInteger(),
            1);
        // A sheet recorded as sent and electronic at once.
        QVERIFY(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                 "2025-01-22", "--kind", "followup", "--fee", "50"})) == 3);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "3", "--issued", "2025-01-22",
                                  "--sent", "2025-01-22", "--electronic"})),
                 2);
        QCOMPARE(status().value(s("sheets_to_send")).toArray(), QJsonArray());
    }

    void paymentSplitOverSessions()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        for (const char* date : {"2025-01-08", "2025-01-15", "2025-01-22"}) {
            QVERIFY(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                     date, "--kind", "followup", "--fee", "50"})) > 0);
        }
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1,2,3", "--sent", "2025-01-23"})),
                 1);
        // 75 € from the CPAM over three sessions owed 30 € each: 30 + 30 + 15, oldest first.
        const CliResult cpam =
            m_cli->run(args({"payment", "add", "--from", "cpam", "--date", "2025-02-10", "--amount",
                             "75", "--ref", "DEC-1", "--sessions", "3,1,2"}));
        CLI_VERIFY_OK(cpam);
        QCOMPARE(cpam.out, s("1\n"));
        QVERIFY2(cpam.err.isEmpty(), qPrintable(cpam.err));
        // The mutuelle pays more than it owes (3 × 20 €): 10 € stay unassigned, with a warning.
        const CliResult mutuelle =
            m_cli->run(args({"payment", "add", "--from", "mutuelle", "--date", "2025-02-20",
                             "--amount", "70,00", "--sessions", "1,2,3"}));
        CLI_VERIFY_OK(mutuelle);
        QCOMPARE(mutuelle.out, s("2\n"));
        QCOMPARE(mutuelle.err, s("carnet-cli: warning: 10.00 euros of this payment are not "
                                 "assigned to any session\n"));
        // A payment with no sessions is recorded, all unassigned.
        const CliResult other = m_cli->run(
            args({"payment", "add", "--from", "other", "--date", "2025-02-21", "--amount", "5"}));
        CLI_VERIFY_OK(other);
        QCOMPARE(other.out, s("3\n"));
        QVERIFY(other.err.contains(s("5.00 euros")));

        const QJsonObject status = m_cli
                                       ->run(args({"status", "--person", "1", "--year", "2025",
                                                   "--today", "2025-02-25", "--json"}))
                                       .object();
        const QJsonArray sessions = status.value(s("sessions")).toArray();
        QCOMPARE(sessions.size(), 3);
        const qint64 amo[] = {3000, 3000, 1500};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject session = sessions.at(i).toObject();
            QCOMPARE(session.value(s("received_amo_cents")).toInteger(), amo[i]);
            QCOMPARE(session.value(s("received_amc_cents")).toInteger(), 2000);
        }
        QCOMPARE(status.value(s("received_amo_cents")).toInteger(), 7500);
        QCOMPARE(status.value(s("received_amc_cents")).toInteger(), 6000);
        QCOMPARE(status.value(s("owed_amo_cents")).toInteger(), 1500);
        QCOMPARE(status.value(s("owed_amc_cents")).toInteger(), 0);
    }

    void statusText()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
                 1);
        const CliResult text =
            m_cli->run(args({"status", "--person", "1", "--today", "2025-01-10"}));
        CLI_VERIFY_OK(text);
        QVERIFY2(text.out.startsWith(
                     s("Person 1, year 2025\n"
                       "Covered sessions: 1 used, 11 left (of 12); evaluation done\n"
                       "Advanced by the patient: 50.00 EUR\n"
                       "CPAM:     expected 30.00 EUR, received 0.00 EUR, still owed 30.00 EUR\n"
                       "Mutuelle: expected 20.00 EUR, received 0.00 EUR, still owed 20.00 EUR\n")),
                 qPrintable(text.out));
        QVERIFY(
            text.out.contains(s("  1\t2025-01-08\tcovered 1/12\tCPAM 30.00, mutuelle 20.00\n")));
        QVERIFY(text.out.contains(s("Next steps:\n  - ")));
        // The year defaults to today's (fixed with --today, before or after the verb).
        const QJsonObject status2026 =
            m_cli->run(args({"--today", "2026-02-01", "status", "--person", "1", "--json"}))
                .object();
        QCOMPARE(status2026.value(s("year")).toInt(), 2026);
        QCOMPARE(status2026.value(s("sessions_covered_used")).toInt(), 0);
        QCOMPARE(status2026.value(s("sessions_covered_left")).toInt(), 12);
    }

    void pending()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Léo", "--birth", "2015-09-09",
                                  "--relation", "child"})),
                 2);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
                 1);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "2", "--psy", "1", "--date",
                                  "2025-01-09", "--kind", "evaluation", "--fee", "50"})),
                 2);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "2", "--sent", "2025-01-10"})), 1);

        const CliResult json = m_cli->run(args({"pending", "--today", "2025-03-01", "--json"}));
        CLI_VERIFY_OK(json);
        const QJsonArray items = json.array();
        bool createSheet = false;
        bool late = false;
        for (const QJsonValue& value : items) {
            const QJsonObject item = value.toObject();
            const QString kind = item.value(s("kind")).toString();
            QVERIFY(!item.value(s("text")).toString().isEmpty());
            if (kind == s("create_sheet")) {
                createSheet = true;
                QCOMPARE(item.value(s("person_id")).toInteger(), 1);
                QCOMPARE(item.value(s("session_ids")).toArray(), QJsonArray{1});
            } else if (kind == s("late_payment") &&
                       item.value(s("payer")).toString() == s("cpam")) {
                late = true;
                QCOMPARE(item.value(s("person_id")).toInteger(), 2);
                QCOMPARE(item.value(s("sheet_id")).toInteger(), 1);
                // Paper sheet sent on 10 January: due 30 days later, 9 February.
                QCOMPARE(item.value(s("days_late")).toInt(), 20);
            }
        }
        QVERIFY2(createSheet, json.out.toUtf8().constData());
        QVERIFY2(late, json.out.toUtf8().constData());

        const CliResult text = m_cli->run(args({"--today", "2025-03-01", "pending"}));
        CLI_VERIFY_OK(text);
        QCOMPARE(text.out.count(QLatin1Char('\n')), items.size());
        QVERIFY(text.out.contains(s("create_sheet\t1\tAlice Martin\t")));
        QVERIFY(text.out.contains(s("late_payment\t2\tLéo\t")));
        // Counted sentences in real English plurals, not "20 day(s)".
        QVERIFY2(text.out.contains(s("is 20 days late.")), qPrintable(text.out));
        QVERIFY(!text.out.contains(s("(s)")));
    }

    void pendingAcrossYearsWithFilters()
    {
        adultAndPsy();
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Léo", "--birth", "2015-09-09",
                                  "--relation", "child"})),
                 2);
        // Alice: a paper sheet of 2024 the CPAM never paid (due 3 October 2024).
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2024-09-02", "--kind", "evaluation", "--fee", "50"})),
                 1);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1", "--sent", "2024-09-03"})), 1);
        // Léo: a 2026 sheet not sent, and an AFI dossier started on 1 November 2026.
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "2", "--psy", "1", "--date",
                                  "2026-11-02", "--kind", "evaluation", "--fee", "50"})),
                 2);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "2", "--issued", "2026-11-02"})),
                 2);
        QCOMPARE(m_cli->add(args({"aid", "new", "--person", "2", "--department", "55", "--psy", "1",
                                  "--sessions", "10", "--fee", "50", "--from", "2026-12-01",
                                  "--today", "2026-11-01"})),
                 1);

        const CliResult json = m_cli->run(args({"pending", "--today", "2026-11-30", "--json"}));
        CLI_VERIFY_OK(json);
        const QJsonArray items = json.array();
        QCOMPARE(items.size(), 3);
        // The 2024 debt first (overdue), then by due date.
        const QJsonObject late = items.at(0).toObject();
        QCOMPARE(late.value(s("kind")).toString(), s("late_payment"));
        QCOMPARE(late.value(s("person_id")).toInteger(), 1);
        QCOMPARE(late.value(s("year")).toInt(), 2024);
        QCOMPARE(late.value(s("urgency")).toString(), s("overdue"));
        QCOMPARE(late.value(s("date")).toString(), s("2024-10-03"));
        QCOMPARE(late.value(s("due_date")).toString(), s("2024-10-03"));
        QCOMPARE(late.value(s("days_late")).toInt(), 788);
        QCOMPARE(late.value(s("payer")).toString(), s("cpam"));
        QCOMPARE(late.value(s("sheet_id")).toInteger(), 1);
        QCOMPARE(late.value(s("session_ids")).toArray(), QJsonArray{1});
        QCOMPARE(late.value(s("aid_request_id")).toInteger(), 0);
        QCOMPARE(late.value(s("amount_cents")).toInteger(), 3000);

        const QJsonObject aid = items.at(1).toObject();
        QCOMPARE(aid.value(s("kind")).toString(), s("aid_documents_missing"));
        QCOMPARE(aid.value(s("person_id")).toInteger(), 2);
        QCOMPARE(aid.value(s("person_name")).toString(), s("Léo"));
        QCOMPARE(aid.value(s("aid_request_id")).toInteger(), 1);
        QCOMPARE(aid.value(s("year")).toInt(), 2026);
        QCOMPARE(aid.value(s("urgency")).toString(), s("to_do"));
        QCOMPARE(aid.value(s("due_date")).toString(), s("2026-11-01"));
        QCOMPARE(aid.value(s("days_late")).toInt(), 0);
        QCOMPARE(aid.value(s("amount_cents")).toInteger(), 50000);
        QCOMPARE(aid.value(s("sheet_id")).toInteger(), 0);
        QVERIFY(!aid.contains(s("payer")));
        QVERIFY(aid.value(s("text")).toString().startsWith(s("AFI request not sent yet")));

        const QJsonObject send = items.at(2).toObject();
        QCOMPARE(send.value(s("kind")).toString(), s("send_sheet"));
        QCOMPARE(send.value(s("sheet_id")).toInteger(), 2);
        QCOMPARE(send.value(s("year")).toInt(), 2026);
        QCOMPARE(send.value(s("due_date")).toString(), s("2026-11-02"));
        QVERIFY(!send.contains(s("payer")));

        // The same in words, one line each, the AFI kind with its own key.
        const CliResult text = m_cli->run(args({"--today", "2026-11-30", "pending"}));
        CLI_VERIFY_OK(text);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(s("late_payment\t1\tAlice Martin\t")));
        QVERIFY(lines.at(1).startsWith(s("aid_documents_missing\t2\tLéo\tAFI request")));
        QVERIFY(lines.at(2).startsWith(s("send_sheet\t2\tLéo\t")));

        // One person, all their years.
        const QJsonArray leo =
            m_cli->run(args({"pending", "--today", "2026-11-30", "--person", "2", "--json"}))
                .array();
        QCOMPARE(leo.size(), 2);
        for (const QJsonValue& value : leo)
            QCOMPARE(value.toObject().value(s("person_id")).toInteger(), 2);
        // Some kinds.
        const QJsonArray some = m_cli
                                    ->run(args({"pending", "--today", "2026-11-30", "--kind",
                                                "late_payment,aid_documents_missing", "--json"}))
                                    .array();
        QCOMPARE(some.size(), 2);
        QCOMPARE(some.at(0).toObject().value(s("kind")).toString(), s("late_payment"));
        QCOMPARE(some.at(1).toObject().value(s("kind")).toString(), s("aid_documents_missing"));
        const CliResult none = m_cli->run(
            args({"pending", "--today", "2026-11-30", "--person", "1", "--kind", "send_sheet"}));
        CLI_VERIFY_OK(none);
        QCOMPARE(none.out, QString());

        CLI_VERIFY_REFUSED(m_cli->run(args({"pending", "--kind", "late"})), "--kind");
        CLI_VERIFY_REFUSED(m_cli->run(args({"pending", "--person", "x"})), "--person");
        const CliResult nobody = m_cli->run(args({"pending", "--person", "9"}));
        CLI_VERIFY_REFUSED(nobody, "--person");
        QVERIFY(nobody.err.contains(s("there is no person with id 9")));
    }

    void departments()
    {
        const CliResult text = m_cli->run(args({"departments"}));
        CLI_VERIFY_OK(text);
        const QStringList lines = text.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 101);
        QVERIFY(
            lines.contains(s("17\tCharente-Maritime\thttps://www.ameli.fr/charente-maritime/assure/"
                             "droits-demarches/difficultes-acces-droits-soins/"
                             "aides-financieres-individuelles")));
        const QJsonArray json = m_cli->run(args({"departments", "--json"})).array();
        QCOMPARE(json.size(), 101);
        QJsonObject nord;
        QJsonObject corse;
        for (const QJsonValue& value : json) {
            if (value.toObject().value(s("code")).toString() == s("59"))
                nord = value.toObject();
            if (value.toObject().value(s("code")).toString() == s("2A"))
                corse = value.toObject();
        }
        QCOMPARE(nord.value(s("name")).toString(), s("Nord"));
        QVERIFY(nord.value(s("ameli_url"))
                    .toString()
                    .startsWith(s("https://www.ameli.fr/lille-douai/")));
        QCOMPARE(corse.value(s("name")).toString(), s("Corse-du-Sud"));
        QVERIFY(corse.value(s("ameli_url")).toString().startsWith(s("https://www.ameli.fr/")));
        // No file is needed, none is created.
        QVERIFY(!QFileInfo::exists(m_cli->dbPath()));
    }

    void backups()
    {
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Alice", "--birth", "1990-01-01"})),
                 1);
        const CliResult now = m_cli->run(args({"backup", "now"}));
        CLI_VERIFY_OK(now);
        const QString backup = now.text();
        QVERIFY2(QFileInfo(backup).isFile(), qPrintable(backup));

        const CliResult json = m_cli->run(args({"backup", "list", "--json"}));
        CLI_VERIFY_OK(json);
        QStringList paths;
        for (const QJsonValue& value : json.array()) {
            paths.append(value.toObject().value(s("path")).toString());
            QVERIFY(value.toObject().value(s("size")).toInteger() > 0);
            QVERIFY(!value.toObject().value(s("created")).toString().isEmpty());
        }
        QVERIFY2(paths.contains(backup), qPrintable(json.out));
        const CliResult text = m_cli->run(args({"backup", "list"}));
        CLI_VERIFY_OK(text);
        QCOMPARE(text.out.count(QLatin1Char('\n')), paths.size());
        QVERIFY(text.out.contains(s("\t") + backup + s("\n")));

        // A person added after the backup is gone once it is restored.
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Bob", "--birth", "1991-01-01"})), 2);
        const CliResult restored = m_cli->run({s("backup"), s("restore"), backup});
        CLI_VERIFY_OK(restored);
        QCOMPARE(m_cli->run(args({"person", "list"})).out, s("1\tAlice\t1990-01-01\tself\t-\n"));
    }

    void exportAndImport()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Léo", "--birth", "2015-09-09",
                                  "--relation", "child"})),
                 2);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
                 1);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "2", "--psy", "1", "--date",
                                  "2025-01-09", "--kind", "evaluation", "--fee", "50"})),
                 2);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1", "--sent", "2025-01-10"})), 1);
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "cpam", "--date", "2025-01-30",
                                  "--amount", "30", "--sessions", "1"})),
                 1);

        const QString all = m_cli->root() + s("/all.json");
        const CliResult exported = m_cli->run({s("export"), s("--json"), all});
        CLI_VERIFY_OK(exported);
        QVERIFY(QFileInfo(all).size() > 0);
        const QString one = m_cli->root() + s("/leo.json");
        CLI_VERIFY_OK(m_cli->run({s("export"), s("--json"), one, s("--person"), s("2")}));

        // Into an empty file: the same persons, sessions and status.
        const QString copy = m_cli->root() + s("/copy.sqlite");
        const CliResult imported = m_cli->run({s("--db"), copy, s("import"), s("--json"), all});
        CLI_VERIFY_OK(imported);
        QCOMPARE(m_cli->run({s("--db"), copy, s("person"), s("list"), s("--json")}).out,
                 m_cli->run(args({"person", "list", "--json"})).out);
        const QStringList status =
            args({"status", "--person", "1", "--year", "2025", "--today", "2025-02-01", "--json"});
        QCOMPARE(m_cli->run(QStringList{s("--db"), copy} + status).out, m_cli->run(status).out);
        QCOMPARE(
            m_cli
                ->run({s("--db"), copy, s("export"), s("--json"), m_cli->root() + s("/again.json")})
                .exitCode,
            0);

        // One person only.
        const QString single = m_cli->root() + s("/single.sqlite");
        CLI_VERIFY_OK(m_cli->run({s("--db"), single, s("import"), s("--json"), one}));
        const QJsonArray persons =
            m_cli->run({s("--db"), single, s("person"), s("list"), s("--json")}).array();
        QCOMPARE(persons.size(), 1);
        QCOMPARE(persons.at(0).toObject().value(s("name")).toString(), s("Léo"));
    }

    void exportToStdoutAndCsv()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
                 1);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-15", "--kind", "private", "--fee", "65,5"})),
                 2);
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "cpam", "--date", "2025-02-01",
                                  "--amount", "30", "--sessions", "1"})),
                 1);

        // `--json -` prints the very bytes `--json FILE` writes.
        const QString path = m_cli->root() + s("/all.json");
        CLI_VERIFY_OK(m_cli->run({s("export"), s("--json"), path}));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        const CliResult printed = m_cli->run(args({"export", "--json", "-"}));
        CLI_VERIFY_OK(printed);
        QCOMPARE(printed.out.toUtf8(), written);
        QCOMPARE(printed.object().value(s("format")).toString(), s("carnet"));
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        // CSV: sessions by default, payments with --payments; English locale here.
        const CliResult sessions = m_cli->run(args({"export", "--csv", "-"}));
        CLI_VERIFY_OK(sessions);
        QStringList lines = sessions.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines.at(0).startsWith(s("Session,Person,Date,")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(s("1,Alice Martin,2025-01-08,")));
        QVERIFY(lines.at(1).contains(s(",50.00,50.00,")));
        QVERIFY(lines.at(2).contains(s(",65.50,65.50,")));
        const CliResult payments = m_cli->run(args({"export", "--csv", "-", "--payments"}));
        CLI_VERIFY_OK(payments);
        lines = payments.out.split(s("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(1).startsWith(s("1,")), qPrintable(payments.out));
        QVERIFY(lines.at(1).contains(s(",30.00,")));
        // A French locale: ";" between fields and a decimal comma, for French spreadsheets.
        m_cli->setEnv(s("LANG"), s("fr_FR.UTF-8"));
        m_cli->setEnv(s("LC_ALL"), s("fr_FR.UTF-8"));
        const QString csv = m_cli->root() + s("/sessions.csv");
        CLI_VERIFY_OK(m_cli->run({s("export"), s("--csv"), csv, s("--person"), s("1")}));
        QFile french(csv);
        QVERIFY(french.open(QIODevice::ReadOnly));
        const QByteArray frenchBytes = french.readAll();
        // UTF-8 with a byte-order mark, so that spreadsheets read the accents right.
        QVERIFY(frenchBytes.startsWith("\xEF\xBB\xBF"));
        const QString frenchText = QString::fromUtf8(frenchBytes);
        QVERIFY2(frenchText.contains(s(";50,00;50,00;")), qPrintable(frenchText));
        QVERIFY(frenchText.contains(s(";65,50;65,50;")));
        // Messages stay in English all the same.
        const CliResult refused = m_cli->run(args({"export"}));
        CLI_VERIFY_REFUSED(refused, "--json");
        QVERIFY(refused.err.contains(s("required")));
        CLI_VERIFY_REFUSED(m_cli->run(args({"export", "--json", "a.json", "--csv", "b.csv"})),
                           "--csv");
        CLI_VERIFY_REFUSED(m_cli->run(args({"export", "--json", "a.json", "--payments"})),
                           "--payments");
    }

    void importMerges()
    {
        const auto [person, psy] = adultAndPsy();
        Q_UNUSED(person);
        Q_UNUSED(psy);
        QCOMPARE(m_cli->add(args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                  "2025-01-08", "--kind", "evaluation", "--fee", "50"})),
                 1);
        const QString alice = m_cli->root() + s("/alice.json");
        CLI_VERIFY_OK(m_cli->run({s("export"), s("--json"), alice, s("--person"), s("1")}));

        // Another file that already has a person and a session: ids would clash.
        const QString other = m_cli->root() + s("/other.sqlite");
        const QStringList db = {s("--db"), other};
        QCOMPARE(m_cli->add(db + args({"person", "add", "--name", "Bob", "--birth", "1970-01-01"})),
                 1);
        QCOMPARE(m_cli->add(db + args({"psy", "add", "--name", "Anne Roy"})), 1);
        QCOMPARE(m_cli->add(db + args({"session", "add", "--person", "1", "--psy", "1", "--date",
                                       "2025-03-03", "--kind", "evaluation", "--fee", "50"})),
                 1);
        const CliResult clash = m_cli->run(db + QStringList{s("import"), s("--json"), alice});
        CLI_VERIFY_REFUSED(clash, "--json");
        QCOMPARE(m_cli->run(db + args({"person", "list"})).out, s("1\tBob\t1970-01-01\tself\t-\n"));

        const CliResult merged =
            m_cli->run(db + QStringList{s("import"), s("--json"), alice, s("--merge")});
        CLI_VERIFY_OK(merged);
        QCOMPARE(merged.out, s("Imported 1 persons, 1 practitioners, 0 referrals, 1 sessions, "
                               "0 care sheets, 0 payments, 0 attachments, 0 aid requests.\n"));
        QCOMPARE(m_cli->run(db + args({"person", "list"})).out,
                 s("2\tAlice Martin\t1984-12-03\tself\tMGEN\n1\tBob\t1970-01-01\tself\t-\n"));
        const QJsonArray sessions =
            m_cli->run(db + args({"session", "list", "--person", "2", "--json"})).array();
        QCOMPARE(sessions.size(), 1);
        QCOMPARE(sessions.at(0).toObject().value(s("id")).toInteger(), 2);
        QCOMPARE(sessions.at(0).toObject().value(s("date")).toString(), s("2025-01-08"));
        QCOMPARE(sessions.at(0).toObject().value(s("psy_id")).toInteger(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
