#include "CliRunner.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet::test;

namespace {

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(readAll(path), QCryptographicHash::Sha256).toHex();
}

const QString kWrong = QStringLiteral("carnet-cli: --json: Wrong passphrase, or the file was "
                                      "changed.\n");

} // namespace

// `export --encrypt` and `import` of the sealed file (issue #14, item 3): a person's records and
// their attached files, handed back under a passphrase read from a file or the terminal, never
// from the command line. Every refusal: exit 2, one line, the target file not even opened.
class TestCliEncryptedExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;
    QString m_passphrase;
    QString m_sealed;

    QString path(const char* name) const { return m_dir->filePath(QString::fromUtf8(name)); }

    // Camille's file handed back, sealed with m_passphrase (once: Argon2id takes a second).
    QString sealCamille()
    {
        if (!m_sealed.isEmpty())
            return m_sealed;
        const QString sealed = path("Camille Durand 2026-12-07.carnet-export");
        const CliResult r = m_cli->run({QStringLiteral("export"), QStringLiteral("--json"), sealed,
                                        QStringLiteral("--person"), QStringLiteral("1"),
                                        QStringLiteral("--encrypt"),
                                        QStringLiteral("--passphrase-file"), m_passphrase});
        if (!r.ok() || !r.err.isEmpty())
            qWarning("%s", r.describe().constData());
        m_sealed = sealed;
        return sealed;
    }

    // A second Carnet file, with someone in it already.
    std::unique_ptr<CliRunner> target(const char* name)
    {
        auto runner = std::make_unique<CliRunner>(path(name));
        runner->add(args({"person", "add", "--name", "Inès Roche", "--birth", "1970-05-05"}));
        return runner;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(CARNET_CLI_PATH)).isExecutable(), CARNET_CLI_PATH);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
        m_passphrase = path("passphrase.txt");
        writeAll(m_passphrase, "la maison bleue, 7 rue des Lilas\nsecond line ignored\n");

        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Camille Durand", "--birth",
                                  "1990-04-12", "--mutuelle", "MGEN"})),
                 1);
        QCOMPARE(
            m_cli->add(args({"person", "add", "--name", "Léo Martin", "--birth", "1988-02-02"})),
            2);
        QCOMPARE(m_cli->add(args({"psy", "add", "--name", "Claire Dubois", "--rpps", "10005173140",
                                  "--partner", "yes"})),
                 1);
        QCOMPARE(m_cli->add(args({"referral", "add", "--person", "1", "--by", "Dr Paul Petit",
                                  "--role", "gp", "--date", "2026-01-05"})),
                 1);
        // Sessions 1, 2 and 4 are Camille's, 3 is Léo's.
        int session = 0;
        for (const char* person : {"1", "1", "2", "1"}) {
            const QString date = QDate(2026, 1, 7).addDays(7 * session).toString(Qt::ISODate);
            const QString kind = session == 0 || session == 2 ? QStringLiteral("evaluation")
                                                              : QStringLiteral("followup");
            ++session;
            QCOMPARE(m_cli->add({QStringLiteral("session"), QStringLiteral("add"),
                                 QStringLiteral("--person"), QString::fromLatin1(person),
                                 QStringLiteral("--psy"), QStringLiteral("1"),
                                 QStringLiteral("--date"), date, QStringLiteral("--kind"), kind,
                                 QStringLiteral("--fee"), QStringLiteral("50"),
                                 QStringLiteral("--today"), QStringLiteral("2026-03-01")}),
                     session);
        }
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1,2", "--today", "2026-03-01"})),
                 1);
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "cpam", "--date", "2026-02-20",
                                  "--amount", "60", "--sessions", "1,2", "--today", "2026-03-01"})),
                 1);
        // An AFI request with a scanned quote: the attached file travels in the sealed export.
        QCOMPARE(m_cli->add(args({"aid", "new", "--person", "1", "--department", "55", "--psy", "1",
                                  "--sessions", "24", "--fee", "45", "--from", "2026-01-05", "--to",
                                  "2026-06-30", "--today", "2026-01-10"})),
                 1);
        const QString scan = path("devis.pdf");
        writeAll(scan, "%PDF-1.4\n% devis de Claire Dubois pour Camille\n");
        CLI_VERIFY_OK(
            m_cli->run({QStringLiteral("aid"), QStringLiteral("doc"), QStringLiteral("1"),
                        QStringLiteral("--item"), QStringLiteral("quote"), QStringLiteral("--file"),
                        scan, QStringLiteral("--date"), QStringLiteral("2026-01-08"),
                        QStringLiteral("--today"), QStringLiteral("2026-01-10")}));
    }

    void roundTripGivesTheSameRecords()
    {
        const QString sealed = sealCamille();
        const QByteArray bytes = readAll(sealed);
        QVERIFY(bytes.startsWith("CARNETX1"));
        QVERIFY(!bytes.contains("Camille"));
        QVERIFY(!bytes.contains("%PDF"));
        // Owner-only, like every file Carnet writes.
        QCOMPARE(QFileInfo(sealed).permissions() & 0x0077, QFileDevice::Permissions());

        // Into a new file, ids kept: the person's export from there is the same, byte for byte.
        const QString fresh = path("fresh.sqlite");
        const CliResult imported = m_cli->run(
            {QStringLiteral("--db"), fresh, QStringLiteral("import"), QStringLiteral("--json"),
             sealed, QStringLiteral("--passphrase-file"), m_passphrase});
        CLI_VERIFY_OK(imported);
        QCOMPARE(imported.text(),
                 QStringLiteral("Imported 1 persons, 1 practitioners, 1 referrals, 3 sessions, 1 "
                                "care sheets, 1 payments, 1 attachments, 1 aid requests."));
        const CliResult original = m_cli->run(args({"export", "--json", "-", "--person", "1"}));
        const CliResult copy = m_cli->run({QStringLiteral("--db"), fresh, QStringLiteral("export"),
                                           QStringLiteral("--json"), QStringLiteral("-"),
                                           QStringLiteral("--person"), QStringLiteral("1")});
        CLI_VERIFY_OK(original);
        CLI_VERIFY_OK(copy);
        QCOMPARE(copy.out, original.out);
        QVERIFY(original.out.contains(QStringLiteral("\"content\"")));
        QVERIFY(!copy.out.contains(QStringLiteral("Léo Martin")));
    }

    void mergedIntoAFileThatHasData()
    {
        const QString sealed = sealCamille();
        auto other = target("merge");
        const CliResult imported = other->run({QStringLiteral("import"), QStringLiteral("--json"),
                                               sealed, QStringLiteral("--merge"),
                                               QStringLiteral("--passphrase-file"), m_passphrase});
        CLI_VERIFY_OK(imported);
        const CliResult persons = other->run(args({"person", "list", "--json"}));
        CLI_VERIFY_OK(persons);
        QStringList names;
        for (const QJsonValue& person : persons.array())
            names << person.toObject().value(QStringLiteral("name")).toString();
        names.sort();
        QCOMPARE(names,
                 QStringList({QStringLiteral("Camille Durand"), QStringLiteral("Inès Roche")}));
    }

    void wrongPassphraseChangesNothing()
    {
        const QString sealed = sealCamille();
        auto other = target("wrong");
        const QByteArray before = other->snapshot();
        const QByteArray hash = sha256(other->dbPath());
        const QString wrong = path("wrong.txt");
        writeAll(wrong, "la maison bleue, 7 rue des lilas\n");
        const CliResult refused = other->run({QStringLiteral("import"), QStringLiteral("--json"),
                                              sealed, QStringLiteral("--passphrase-file"), wrong});
        CLI_VERIFY_REFUSED(refused, "--json");
        QCOMPARE(refused.err, kWrong);
        QCOMPARE(sha256(other->dbPath()), hash);
        QCOMPARE(other->snapshot(), before);
    }

    void changedByteChangesNothing()
    {
        QByteArray bytes = readAll(sealCamille());
        bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
        const QString changed = path("changed.carnet-export");
        writeAll(changed, bytes);
        auto other = target("changed");
        const QByteArray hash = sha256(other->dbPath());
        const CliResult refused =
            other->run({QStringLiteral("import"), QStringLiteral("--json"), changed,
                        QStringLiteral("--passphrase-file"), m_passphrase});
        CLI_VERIFY_REFUSED(refused, "--json");
        QCOMPARE(refused.err, kWrong);
        QCOMPARE(sha256(other->dbPath()), hash);
    }

    void noPassphraseSourceRefused()
    {
        // No terminal (the test's stdin is a pipe) and no --passphrase-file: refused, nothing
        // written, nothing read.
        const QString sealed = path("never.carnet-export");
        const CliResult exported = m_cli->run({QStringLiteral("export"), QStringLiteral("--json"),
                                               sealed, QStringLiteral("--person"),
                                               QStringLiteral("1"), QStringLiteral("--encrypt")});
        CLI_VERIFY_REFUSED(exported, "--passphrase-file");
        QVERIFY(exported.err.contains(QStringLiteral("no terminal")));
        QVERIFY(!QFileInfo::exists(sealed));

        const QString existing = sealCamille();
        auto other = target("nosource");
        const QByteArray hash = sha256(other->dbPath());
        const CliResult imported =
            other->run({QStringLiteral("import"), QStringLiteral("--json"), existing});
        CLI_VERIFY_REFUSED(imported, "--passphrase-file");
        QCOMPARE(sha256(other->dbPath()), hash);
    }

    void badOptionsRefused()
    {
        const QString shortPassphrase = path("short.txt");
        writeAll(shortPassphrase, "court\n");
        const QString sealed = path("short.carnet-export");
        CliResult r = m_cli->run({QStringLiteral("export"), QStringLiteral("--json"), sealed,
                                  QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"),
                                  shortPassphrase});
        CLI_VERIFY_REFUSED(r, "--passphrase-file");
        QCOMPARE(r.err, QStringLiteral("carnet-cli: --passphrase-file: The passphrase needs at "
                                       "least 10 characters.\n"));
        QVERIFY(!QFileInfo::exists(sealed));

        const QString empty = path("empty.txt");
        writeAll(empty, "\n");
        r = m_cli->run({QStringLiteral("export"), QStringLiteral("--json"), sealed,
                        QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"), empty});
        CLI_VERIFY_REFUSED(r, "--passphrase-file");

        r = m_cli->run({QStringLiteral("export"), QStringLiteral("--json"), sealed,
                        QStringLiteral("--encrypt"), QStringLiteral("--passphrase-file"),
                        path("missing.txt")});
        CLI_VERIFY_REFUSED(r, "--passphrase-file");

        CLI_VERIFY_REFUSED(m_cli->run(args({"export", "--csv", "x.csv", "--encrypt"})),
                           "--encrypt");
        CLI_VERIFY_REFUSED(m_cli->run(args({"export", "--json", "-", "--encrypt"})), "--json");
        CLI_VERIFY_REFUSED(m_cli->run({QStringLiteral("export"), QStringLiteral("--json"), sealed,
                                       QStringLiteral("--passphrase-file"), m_passphrase}),
                           "--passphrase-file");
        QVERIFY(!QFileInfo::exists(sealed));
    }
};

QTEST_GUILESS_MAIN(TestCliEncryptedExport)
#include "TestCliEncryptedExport.moc"
