#include "store/Migrations.h"

#include "store/Dialect.h"
#include "store/SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>

namespace carnet {

namespace {

// Migration number → resource path, read once.
const QMap<int, QString>& migrationFiles()
{
    static const QMap<int, QString> files = [] {
        QMap<int, QString> map;
        const QDir dir(QStringLiteral(":/carnet/migrations"));
        static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_[a-z0-9_]+\\.sql$"));
        const QStringList names = dir.entryList({QStringLiteral("*.sql")}, QDir::Files);
        for (const QString& name : names) {
            const auto match = pattern.match(name);
            if (match.hasMatch())
                map.insert(match.captured(1).toInt(), dir.filePath(name));
        }
        return map;
    }();
    return files;
}

} // namespace

int Migrations::latestVersion()
{
    const auto& files = migrationFiles();
    // Numbers are contiguous from 1: the latest is the last number before a gap.
    int version = 0;
    while (files.contains(version + 1))
        ++version;
    return version;
}

QStringList Migrations::statements(int version)
{
    const QString path = migrationFiles().value(version);
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return splitStatements(QString::fromUtf8(file.readAll()));
}

Result<void> Migrations::migrate(const QSqlDatabase& db, int from)
{
    const int latest = latestVersion();
    const Dialect& dialect = Dialect::of(db);
    for (int version = from + 1; version <= latest; ++version) {
        const QStringList list = statements(version);
        if (list.isEmpty()) {
            return Error::io(QCoreApplication::translate(
                                 "carnet::Database", "The upgrade to file version %1 is missing.")
                                 .arg(version));
        }
        for (const QString& statement : list) {
            if (auto r = SqlSupport::exec(db, statement); !r)
                return r;
        }
        if (version == 1) {
            if (auto r = dialect.markAsCarnets(db); !r)
                return r;
        }
        if (auto r = dialect.setSchemaVersion(db, version); !r)
            return r;
    }
    return {};
}

QStringList Migrations::splitStatements(const QString& script)
{
    QStringList result;
    QString current;
    int blockDepth = 0; // inside CREATE TRIGGER ... BEGIN ... END
    QString word;       // the identifier being read, to spot BEGIN / END / CASE
    int caseDepth = 0;  // CASE ... END inside a trigger body does not close it

    auto endWord = [&] {
        if (word.isEmpty())
            return;
        const QString upper = word.toUpper();
        const bool trigger =
            current.simplified().toUpper().startsWith(QLatin1String("CREATE TRIGGER")) ||
            current.simplified().toUpper().startsWith(QLatin1String("CREATE TEMP TRIGGER"));
        if (trigger) {
            if (upper == QLatin1String("BEGIN"))
                ++blockDepth;
            else if (upper == QLatin1String("CASE"))
                ++caseDepth;
            else if (upper == QLatin1String("END")) {
                if (caseDepth > 0)
                    --caseDepth;
                else if (blockDepth > 0)
                    --blockDepth;
            }
        }
        word.clear();
    };

    const qsizetype n = script.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script.at(i);
        // Comments: -- to the end of the line, /* ... */
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            endWord();
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            current += QLatin1Char('\n');
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            endWord();
            i += 2;
            while (i + 1 < n &&
                   !(script.at(i) == QLatin1Char('*') && script.at(i + 1) == QLatin1Char('/')))
                ++i;
            ++i;
            current += QLatin1Char(' ');
            continue;
        }
        // Quoted text and identifiers, with doubled quotes inside.
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            endWord();
            current += c;
            ++i;
            while (i < n) {
                current += script.at(i);
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        current += script.at(++i);
                    } else {
                        break;
                    }
                }
                ++i;
            }
            continue;
        }
        if (c.isLetterOrNumber() || c == QLatin1Char('_')) {
            word += c;
            current += c;
            continue;
        }
        endWord();
        if (c == QLatin1Char(';') && blockDepth == 0) {
            const QString statement = current.trimmed();
            if (!statement.isEmpty())
                result.append(statement);
            current.clear();
            continue;
        }
        current += c;
    }
    endWord();
    const QString last = current.trimmed();
    if (!last.isEmpty())
        result.append(last);
    return result;
}

} // namespace carnet
