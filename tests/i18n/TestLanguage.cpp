// Carnet speaks French and English: the main window started in each language shows its title
// and the dashboard in that language, amounts and dates follow it ("12,50 €" in French), Qt's
// own texts are translated too, and with no setting the app follows the system's language
// (French when it is French, English otherwise); the setting overrides the system.

#include "model/Money.h"
#include "shell/MainWindow.h"
#include "shell/Translations.h"

#include <QApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QListWidget>
#include <QLocale>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace carnet;

class TestLanguage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config;

    static QStringList labelTexts(const QWidget& window)
    {
        QStringList texts;
        for (const QLabel* label : window.findChildren<QLabel*>())
            texts << label->text();
        return texts;
    }

    // Runs this test binary again, in another environment, to probe the system language.
    static QString probe(const QString& lang, const QString& setting)
    {
        QTemporaryDir config;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"LC_ALL", "LC_MESSAGES", "LC_NUMERIC", "LANGUAGE"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANG"), lang);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("CARNET_LANGUAGE_PROBE"),
                   setting.isEmpty() ? QStringLiteral("system") : setting);
        process.setProcessEnvironment(env);
        process.start(QCoreApplication::applicationFilePath(), {QStringLiteral("languageProbe")});
        if (!process.waitForFinished(60000))
            return QStringLiteral("timeout");
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const qsizetype at = out.indexOf(QLatin1String("language="));
        return at < 0 ? QStringLiteral("no answer: ") + out : out.mid(at + 9, 2);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // Settings (recent files, language) of the test go to a scratch folder.
        if (qEnvironmentVariableIsEmpty("CARNET_LANGUAGE_PROBE"))
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("CarnetTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestLanguage"));
    }

    void cleanupTestCase() { installTranslations(*qApp, QStringLiteral("en")); }

    void french()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
        QCOMPARE(QLocale().language(), QLocale::French);

        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("Aucun fichier — Carnet"));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        // French punctuation: a narrow no-break space before the question mark.
        const QString whereDoIStand = QStringLiteral("Où en suis-je\u202f?");
        QCOMPARE(navigation->item(0)->text(), whereDoIStand);
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Séances"));
        QVERIFY2(labelTexts(window).contains(whereDoIStand),
                 qPrintable(labelTexts(window).join(QLatin1String(" | "))));
        QVERIFY(labelTexts(window).contains(QStringLiteral("Aucun fichier ouvert")));

        QCOMPARE(formatCents(1250), QStringLiteral("12,50\u00a0€"));
        QCOMPARE(formatCents(123456), QStringLiteral("1\u202f234,56\u00a0€"));
        QCOMPARE(QLocale().toString(QDate(2025, 3, 4), QLocale::LongFormat),
                 QStringLiteral("mardi 4 mars 2025"));

        // Qt's own texts (buttons of message boxes, wizards) come from qtbase_fr.qm.
        if (!QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                           QStringLiteral("/qtbase_fr.qm")))
            QSKIP("Qt's French translations are not installed (qt6-translations-l10n)");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"),
                 QStringLiteral("Annuler"));
    }

    void english()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(QLocale().language(), QLocale::English);

        MainWindow window;
        window.show();
        QCOMPARE(window.windowTitle(), QStringLiteral("No file — Carnet"));
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QCOMPARE(navigation->item(0)->text(), QStringLiteral("Where do I stand?"));
        QCOMPARE(navigation->item(1)->text(), QStringLiteral("Sessions"));
        QVERIFY(labelTexts(window).contains(QStringLiteral("Where do I stand?")));
        QVERIFY(labelTexts(window).contains(QStringLiteral("No file open")));

        QCOMPARE(formatCents(1250), QStringLiteral("€12.50"));
        // The French translator of the first case is gone.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void followsTheSystem_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QString>("expected");
        QTest::newRow("fr_FR") << QStringLiteral("fr_FR.UTF-8") << QString()
                               << QStringLiteral("fr");
        QTest::newRow("fr_BE") << QStringLiteral("fr_BE.UTF-8") << QString()
                               << QStringLiteral("fr");
        QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QString()
                               << QStringLiteral("en");
        QTest::newRow("de_DE") << QStringLiteral("de_DE.UTF-8") << QString()
                               << QStringLiteral("en");
        QTest::newRow("C") << QStringLiteral("C.UTF-8") << QString() << QStringLiteral("en");
        QTest::newRow("fr, setting en")
            << QStringLiteral("fr_FR.UTF-8") << QStringLiteral("en") << QStringLiteral("en");
        QTest::newRow("en, setting fr")
            << QStringLiteral("en_US.UTF-8") << QStringLiteral("fr") << QStringLiteral("fr");
    }
    void followsTheSystem()
    {
        if (!qEnvironmentVariableIsEmpty("CARNET_LANGUAGE_PROBE"))
            QSKIP("inside a probe");
        QFETCH(QString, lang);
        QFETCH(QString, setting);
        QFETCH(QString, expected);
        QCOMPARE(probe(lang, setting), expected);
    }

    // Not a test on its own: what followsTheSystem() runs in a child process.
    void languageProbe()
    {
        const QString probe = qEnvironmentVariable("CARNET_LANGUAGE_PROBE");
        if (probe.isEmpty())
            QSKIP("run by followsTheSystem()");
        setLanguageSetting(probe == QLatin1String("system") ? QString() : probe);
        const QString language = installTranslations(*qApp);
        std::printf("language=%s\n", qPrintable(language));
        std::fflush(stdout);
    }
};

QTEST_MAIN(TestLanguage)
#include "TestLanguage.moc"
