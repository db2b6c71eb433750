#pragma once

// Runs the real carnet-cli (CARNET_CLI_PATH, set by tests/cli/CMakeLists.txt) as a child
// process, in a temporary home: HOME and the XDG folders point inside `root`, so that
// Database::defaultPath() is never the user's real file; CARNET_DB points to root/carnet.sqlite
// unless a test unsets it.

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace carnet::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;

    bool ok() const { return exitCode == 0; }
    QString text() const { return out.trimmed(); }
    qint64 id() const { return ok() ? out.trimmed().toLongLong() : 0; }
    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out.toUtf8()).array(); }
    QStringList errLines() const { return err.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    // For failure messages: the exit code and both streams.
    QByteArray describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(out, err)
            .toUtf8();
    }
};

class CliRunner
{
public:
    explicit CliRunner(const QString& root)
        : m_root(root)
    {
        QDir().mkpath(home());
        m_env = QProcessEnvironment::systemEnvironment();
        m_env.insert(QStringLiteral("HOME"), home());
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/.local/share"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/.config"));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/.cache"));
        m_env.insert(QStringLiteral("XDG_STATE_HOME"), home() + QStringLiteral("/.local/state"));
        m_env.remove(QStringLiteral("XDG_DATA_DIRS"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("CARNET_DB"), dbPath());
    }

    QString root() const { return m_root; }
    QString home() const { return m_root + QStringLiteral("/home"); }
    QString dbPath() const { return m_root + QStringLiteral("/carnet.sqlite"); }
    // Where Database::defaultPath() points inside the temporary home.
    QString defaultDbPath() const
    {
        return home() + QStringLiteral("/.local/share/Carnet/carnet/carnet.sqlite");
    }

    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }
    void unsetEnv(const QString& name) { m_env.remove(name); }

    CliResult run(const QStringList& arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.setWorkingDirectory(m_root);
        process.start(QStringLiteral(CARNET_CLI_PATH), arguments);
        CliResult result;
        if (!process.waitForStarted(30000)) {
            result.err = QStringLiteral("could not start ") + QStringLiteral(CARNET_CLI_PATH);
            return result;
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            result.err = QStringLiteral("timed out");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    // Runs a command that prints a new id; 0 (and a warning in the log) when it did not.
    qint64 add(const QStringList& arguments) const
    {
        const CliResult result = run(arguments);
        if (!result.ok() || result.id() <= 0)
            qWarning("%s", result.describe().constData());
        return result.id();
    }

    // The whole file as `export --json` writes it, minus the moment of the export: equal
    // snapshots = same content.
    QByteArray snapshot() const
    {
        const QString path = m_root + QStringLiteral("/snapshot.json");
        QFile::remove(path);
        const CliResult result = run({QStringLiteral("export"), QStringLiteral("--json"), path});
        if (!result.ok())
            return QByteArrayLiteral("export failed: ") + result.describe();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QByteArrayLiteral("no export file");
        QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
        for (const QString& key :
             {QStringLiteral("exported_at"), QStringLiteral("exported"), QStringLiteral("created")})
            object.remove(key);
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

private:
    QString m_root;
    QProcessEnvironment m_env;
};

inline QString optionText(const QString& option)
{
    return option;
}

inline QString optionText(const char* option)
{
    return QString::fromUtf8(option);
}

} // namespace carnet::test

// A command that must succeed (exit 0).
#define CLI_VERIFY_OK(result)                                                                      \
    do {                                                                                           \
        const carnet::test::CliResult& cliResult_ = (result);                                      \
        QVERIFY2(cliResult_.ok(), cliResult_.describe().constData());                              \
    } while (false)

// A refusal: exit 2, exactly one line on stderr, starting "carnet-cli: " and naming `option`
// (e.g. "--nir") as "carnet-cli: --nir: ...", nothing on stdout.
#define CLI_VERIFY_REFUSED(result, option)                                                         \
    do {                                                                                           \
        const carnet::test::CliResult& cliResult_ = (result);                                      \
        QVERIFY2(cliResult_.exitCode == 2, cliResult_.describe().constData());                     \
        QVERIFY2(cliResult_.errLines().size() == 1, cliResult_.describe().constData());            \
        QVERIFY2(cliResult_.err.endsWith(QLatin1Char('\n')), cliResult_.describe().constData());   \
        const QString option_ = carnet::test::optionText(option);                                  \
        const QString expectedStart_ = QStringLiteral("carnet-cli: ") + option_ +                  \
                                       (option_.isEmpty() ? QString() : QStringLiteral(": "));     \
        QVERIFY2(cliResult_.err.startsWith(expectedStart_), cliResult_.describe().constData());    \
        QVERIFY2(cliResult_.out.isEmpty(), cliResult_.describe().constData());                     \
    } while (false)
