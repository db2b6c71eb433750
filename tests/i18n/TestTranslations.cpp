#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

// Every user-visible string is translated: no unfinished entry in translations/*.ts (each plural
// form filled in), no placeholder lost, and no source string that lupdate finds in core/, ui/
// and app/ missing from them (run lupdate into a temporary file and compare), nor filed under
// a context other than the one tr() looks it up in.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Entry
    {
        QString context;
        QString source;
        QString comment;
        QString type; // "", "unfinished", "vanished", "obsolete"
        bool numerus = false;
        QStringList translations; // one, or one per plural form

        QString key() const
        {
            return context + QLatin1Char('\x1f') + source + QLatin1Char('\x1f') + comment;
        }
        QString where() const { return context + QStringLiteral(": ") + source; }
        bool retired() const
        {
            return type == QLatin1String("vanished") || type == QLatin1String("obsolete");
        }
    };

    static QList<Entry> readTs(const QString& path, QString* error = nullptr)
    {
        QList<Entry> entries;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = file.errorString();
            return entries;
        }
        QXmlStreamReader xml(&file);
        QString context;
        Entry entry;
        bool inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == QLatin1String("name") && !inMessage) {
                    context = xml.readElementText();
                } else if (name == QLatin1String("message")) {
                    inMessage = true;
                    entry = Entry{};
                    entry.context = context;
                    entry.numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                } else if (name == QLatin1String("source")) {
                    entry.source = xml.readElementText();
                } else if (name == QLatin1String("comment")) {
                    entry.comment = xml.readElementText();
                } else if (name == QLatin1String("translation")) {
                    entry.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!entry.numerus)
                        entry.translations << xml.readElementText();
                } else if (name == QLatin1String("numerusform")) {
                    entry.translations << xml.readElementText();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                entries.append(entry);
                inMessage = false;
            }
        }
        if (xml.hasError() && error)
            *error = xml.errorString();
        return entries;
    }

    static QString sourceDir() { return qEnvironmentVariable("CARNET_SOURCE_DIR"); }
    static QString tsPath(const QString& language)
    {
        return sourceDir() + QStringLiteral("/translations/carnet_%1.ts").arg(language);
    }

    static QSet<QString> placeholders(const QString& text)
    {
        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
        QSet<QString> found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found.insert(it.next().captured(0));
        return found;
    }

    static void addLanguages()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << QStringLiteral("fr");
        QTest::newRow("en") << QStringLiteral("en");
    }

private slots:
    void complete_data() { addLanguages(); }
    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Entry> entries = readTs(tsPath(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(tsPath(language) + QStringLiteral(": ") + error));
        QVERIFY2(!entries.isEmpty(), qPrintable(tsPath(language)));
        QStringList unfinished;
        for (const Entry& e : entries) {
            if (e.retired())
                continue;
            // French and English both have two plural forms (Qt's rules: n <= 1 / n == 1).
            const qsizetype forms = e.numerus ? 2 : 1;
            bool open = e.type == QLatin1String("unfinished") || e.translations.size() != forms;
            for (const QString& t : e.translations)
                open = open || t.trimmed().isEmpty();
            if (open)
                unfinished << e.where();
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(QStringLiteral("%1 unfinished in %2 (scripts/i18n unfinished), e.g. %3")
                                .arg(unfinished.size())
                                .arg(tsPath(language), unfinished.value(0))));
    }

    void placeholdersKept_data() { addLanguages(); }
    void placeholdersKept()
    {
        // A translation must keep the %1, %2, %n of its source, or the text is shown broken.
        QFETCH(QString, language);
        QStringList broken;
        for (const Entry& e : readTs(tsPath(language))) {
            if (e.retired() || e.type == QLatin1String("unfinished"))
                continue;
            for (const QString& t : e.translations) {
                if (placeholders(e.source) != placeholders(t))
                    broken << e.where() + QStringLiteral(" -> ") + t;
            }
        }
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("%1 in %2, e.g. %3")
                                                  .arg(broken.size())
                                                  .arg(tsPath(language), broken.value(0))));
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
        // As the update_translations target does (translations/CMakeLists.txt).
        process.start(lupdate,
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,ui"), QStringLiteral("-I"), QStringLiteral("core"),
                       QStringLiteral("-I"), QStringLiteral("ui"), QStringLiteral("core"),
                       QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        const QString warnings = QString::fromLocal8Bit(process.readAllStandardError());
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 qPrintable(warnings));
        // tr() where lupdate sees no Q_OBJECT / Q_DECLARE_TR_FUNCTIONS: lupdate files the string
        // under the enclosing class or namespace, which is not the context it is looked up in
        // at run time, so it would show untranslated.
        QVERIFY2(!warnings.contains(QLatin1String("lacks Q_OBJECT macro")),
                 qPrintable(QStringLiteral("tr() outside a class that declares its context "
                                           "(use Q_DECLARE_TR_FUNCTIONS): ") +
                            warnings));

        QString error;
        const QList<Entry> found = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(found.size() > 100,
                 qPrintable(QStringLiteral("lupdate found only %1 strings").arg(found.size())));
        for (const QString& language : {QStringLiteral("fr"), QStringLiteral("en")}) {
            QHash<QString, Entry> committed;
            for (const Entry& e : readTs(tsPath(language))) {
                if (!e.retired()) // a vanished entry is not compiled into the .qm
                    committed.insert(e.key(), e);
            }
            QStringList missing;
            for (const Entry& e : found) {
                const auto it = committed.constFind(e.key());
                if (it == committed.cend() || it->numerus != e.numerus)
                    missing << e.where();
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 source strings missing from %2 (run the "
                                               "update_translations target), e.g. %3")
                                    .arg(missing.size())
                                    .arg(tsPath(language), missing.value(0))));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
