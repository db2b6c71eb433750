#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string is translated: no unfinished entry in translations/*.ts, and no
// source string that lupdate finds in core/, ui/ and app/ is missing from them.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Entry
    {
        QString context;
        QString source;
        QString type; // "", "unfinished", "vanished", "obsolete"
        QString translation;
    };

    static QList<Entry> readTs(const QString& path)
    {
        QList<Entry> entries;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return entries;
        QXmlStreamReader xml(&file);
        QString context;
        Entry entry;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name") && entry.source.isNull())
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    entry = Entry{context, QString(), QString(), QString()};
                else if (xml.name() == QLatin1String("source"))
                    entry.source = xml.readElementText();
                else if (xml.name() == QLatin1String("translation")) {
                    entry.type = xml.attributes().value(QLatin1String("type")).toString();
                    entry.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                entries.append(entry);
                entry = Entry{};
            }
        }
        return entries;
    }

    static QString sourceDir() { return qEnvironmentVariable("CARNET_SOURCE_DIR"); }

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void complete()
    {
        QFETCH(QString, language);
        const QString path =
            sourceDir() + QStringLiteral("/translations/carnet_%1.ts").arg(language);
        const QList<Entry> entries = readTs(path);
        QVERIFY2(!entries.isEmpty(), qPrintable(path));
        QStringList unfinished;
        for (const Entry& e : entries) {
            if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
                continue;
            if (e.type == QLatin1String("unfinished") || e.translation.isEmpty())
                unfinished << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished in %2, e.g. %3")
                                .arg(unfinished.size())
                                .arg(path, unfinished.value(0))));
    }

    void frenchPlaceholdersKept()
    {
        // A translation must keep the %1, %2... of its source, or the text is shown broken.
        static const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        const auto placeholders = [](const QString& text) {
            QSet<QString> found;
            auto it = placeholder.globalMatch(text);
            while (it.hasNext())
                found.insert(it.next().captured(0));
            return found;
        };
        for (const Entry& e : readTs(sourceDir() + QStringLiteral("/translations/carnet_fr.ts"))) {
            if (e.type == QLatin1String("vanished") || e.type == QLatin1String("obsolete"))
                continue;
            QVERIFY2(placeholders(e.source) == placeholders(e.translation),
                     qPrintable(e.context + QStringLiteral(": ") + e.source));
        }
    }

    void inStepWithSources()
    {
        const QString lupdate = qEnvironmentVariable("CARNET_LUPDATE");
        if (lupdate.isEmpty())
            QSKIP("lupdate not known");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess process;
        process.setWorkingDirectory(sourceDir());
        process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"),
                                QStringLiteral("none"), QStringLiteral("-extensions"),
                                QStringLiteral("cpp,h,ui"), QStringLiteral("core"),
                                QStringLiteral("ui"), QStringLiteral("app"),
                                QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);

        QSet<QString> committed;
        for (const Entry& e : readTs(sourceDir() + QStringLiteral("/translations/carnet_fr.ts")))
            committed.insert(e.context + QLatin1Char('\x1f') + e.source);
        QStringList missing;
        for (const Entry& e : readTs(fresh)) {
            if (!committed.contains(e.context + QLatin1Char('\x1f') + e.source))
                missing << e.context + QStringLiteral(": ") + e.source;
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 source strings missing from the .ts files "
                                           "(run the update_translations target), e.g. %2")
                                .arg(missing.size())
                                .arg(missing.value(0))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
