#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Everything SQLite-specific that core/ says is in core/store/SqliteDialect.* (see
// core/store/README.md): no other source names a PRAGMA, VACUUM, an sqlite_ table or option,
// julianday() or the QSQLITE driver. The rest speaks portable SQL through Dialect, so that a
// PostgreSQL store needs a sibling dialect, not a rewrite.
class TestStoreIsPortable : public QObject
{
    Q_OBJECT

private:
    static const QRegularExpression& sqliteOnly()
    {
        // "#pragma once" is C++, not SQL.
        static const QRegularExpression pattern(
            QStringLiteral("(?<!#)\\bpragma\\b|\\bvacuum\\b|sqlite_|\\bjulianday\\b|\\bqsqlite\\b"),
            QRegularExpression::CaseInsensitiveOption);
        return pattern;
    }

    static QString read(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(file.readAll());
    }

private slots:
    void sqliteOnlyInItsDialect()
    {
        const QString root = qEnvironmentVariable("CARNET_SOURCE_DIR") + QStringLiteral("/core");
        QVERIFY2(QFile::exists(root), qPrintable(root));
        const QStringList dialect = {
            QDir(root).filePath(QStringLiteral("store/SqliteDialect.h")),
            QDir(root).filePath(QStringLiteral("store/SqliteDialect.cpp"))};
        int files = 0;
        QStringList offenders;
        QDirIterator it(root,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.sql")},
                        QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (dialect.contains(path))
                continue;
            const QString text = read(path);
            QVERIFY2(!text.isEmpty(), qPrintable(path));
            const auto match = sqliteOnly().match(text);
            if (match.hasMatch()) {
                const auto line = text.left(match.capturedStart()).count(QLatin1Char('\n')) + 1;
                offenders << QStringLiteral("%1:%2: %3")
                                 .arg(QDir(root).relativeFilePath(path))
                                 .arg(line)
                                 .arg(match.captured());
            }
            ++files;
        }
        QVERIFY(files > 50);
        QVERIFY2(offenders.isEmpty(), qPrintable(offenders.join(QStringLiteral("; "))));
    }

    // The pattern does find what it must (else the test above proves nothing).
    void patternFindsTheDialectsStatements()
    {
        const QString root = qEnvironmentVariable("CARNET_SOURCE_DIR") + QStringLiteral("/core");
        const QString dialect = read(root + QStringLiteral("/store/SqliteDialect.cpp"));
        for (const QString& word : {QStringLiteral("PRAGMA quick_check"),
                                    QStringLiteral("VACUUM INTO"), QStringLiteral("sqlite_master"),
                                    QStringLiteral("julianday("), QStringLiteral("\"QSQLITE\"")}) {
            QVERIFY2(dialect.contains(word), qPrintable(word));
            QVERIFY2(sqliteOnly().match(word).hasMatch(), qPrintable(word));
        }
        QVERIFY(!sqliteOnly().match(QStringLiteral("#pragma once")).hasMatch());
        QVERIFY(!sqliteOnly().match(QStringLiteral("SqliteDialect::vacuumInto()")).hasMatch());
    }
};

QTEST_GUILESS_MAIN(TestStoreIsPortable)
#include "TestStoreIsPortable.moc"
