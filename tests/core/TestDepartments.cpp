#include "rules/Departments.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace carnet;

// The 101 départements (INSEE COG), their caisses' ameli slugs and what the seeds say of them.
class TestDepartments : public QObject
{
    Q_OBJECT

private slots:
    void all101()
    {
        const auto& all = DepartmentDirectory::instance().all();
        QCOMPARE(all.size(), 101);
        QSet<QString> codes;
        for (const Department& d : all) {
            QVERIFY(!d.name.isEmpty());
            codes.insert(d.code);
        }
        QCOMPARE(codes.size(), 101);
        for (int i = 1; i <= 95; ++i) {
            if (i == 20) {
                QVERIFY(!codes.contains(QStringLiteral("20")));
                continue;
            }
            QVERIFY2(codes.contains(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'))),
                     qPrintable(QString::number(i)));
        }
        for (const char* code : {"2A", "2B", "971", "972", "973", "974", "976"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
        QVERIFY(!codes.contains(QStringLiteral("975")));
        QCOMPARE(all.first().code, QStringLiteral("01"));
        QCOMPARE(all.last().code, QStringLiteral("976"));
    }

    void find_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("name"); // empty = not found
        QTest::newRow("01") << QStringLiteral("01") << QStringLiteral("Ain");
        QTest::newRow("1 without zero") << QStringLiteral("1") << QStringLiteral("Ain");
        QTest::newRow("2a") << QStringLiteral("2a") << QStringLiteral("Corse-du-Sud");
        QTest::newRow("2B") << QStringLiteral(" 2B ") << QStringLiteral("Haute-Corse");
        QTest::newRow("17") << QStringLiteral("17") << QStringLiteral("Charente-Maritime");
        QTest::newRow("974") << QStringLiteral("974") << QStringLiteral("La Réunion");
        QTest::newRow("976") << QStringLiteral("976") << QStringLiteral("Mayotte");
        QTest::newRow("975") << QStringLiteral("975") << QString();
        QTest::newRow("20") << QStringLiteral("20") << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void find()
    {
        QFETCH(QString, code);
        QFETCH(QString, name);
        const Department* d = DepartmentDirectory::instance().find(code);
        if (name.isEmpty()) {
            QVERIFY(!d);
        } else {
            QVERIFY(d);
            QCOMPARE(d->name, name);
        }
    }

    void slugs_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("slug");
        QTest::addColumn<bool>("confirmed");
        QTest::newRow("Nord") << QStringLiteral("59") << QStringLiteral("lille-douai") << true;
        QTest::newRow("Pas-de-Calais")
            << QStringLiteral("62") << QStringLiteral("cote-d-opale") << true;
        QTest::newRow("Charente-Maritime")
            << QStringLiteral("17") << QStringLiteral("charente-maritime") << true;
        QTest::newRow("Paris") << QStringLiteral("75") << QStringLiteral("paris") << true;
        QTest::newRow("Meuse") << QStringLiteral("55") << QStringLiteral("meuse") << true;
        QTest::newRow("Loiret") << QStringLiteral("45") << QStringLiteral("loiret") << true;
        QTest::newRow("Gers") << QStringLiteral("32") << QStringLiteral("gers") << true;
        QTest::newRow("Côtes-d'Armor")
            << QStringLiteral("22") << QStringLiteral("cotes-d-armor") << true;
        QTest::newRow("Val-d'Oise") << QStringLiteral("95") << QStringLiteral("val-d-oise") << true;
        QTest::newRow("La Réunion")
            << QStringLiteral("974") << QStringLiteral("la-reunion") << true;
        QTest::newRow("Seine-Saint-Denis")
            << QStringLiteral("93") << QStringLiteral("seine-saint-denis") << true;
        QTest::newRow("Côte-d'Or") << QStringLiteral("21") << QStringLiteral("cote-d-or") << false;
        QTest::newRow("Territoire de Belfort")
            << QStringLiteral("90") << QStringLiteral("territoire-de-belfort") << false;
        QTest::newRow("Corse-du-Sud")
            << QStringLiteral("2A") << QStringLiteral("corse-du-sud") << false;
        QTest::newRow("Ariège") << QStringLiteral("09") << QStringLiteral("ariege") << false;
        QTest::newRow("Rhône") << QStringLiteral("69") << QStringLiteral("rhone") << false;
        QTest::newRow("Mayotte (CSSM)") << QStringLiteral("976") << QString() << false;
    }
    void slugs()
    {
        QFETCH(QString, code);
        QFETCH(QString, slug);
        QFETCH(bool, confirmed);
        const Department* d = DepartmentDirectory::instance().find(code);
        QVERIFY(d);
        QCOMPARE(d->ameliSlug, slug);
        QCOMPARE(d->slugConfirmed, confirmed);
    }

    void everySlugIsUrlSafe()
    {
        static const QRegularExpression safe(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        int confirmed = 0;
        for (const Department& d : DepartmentDirectory::instance().all()) {
            if (d.code == QLatin1String("976"))
                continue;
            QVERIFY2(safe.match(d.ameliSlug).hasMatch(), qPrintable(d.ameliSlug));
            confirmed += d.slugConfirmed ? 1 : 0;
        }
        QCOMPARE(confirmed, 11);
    }

    void afiPages()
    {
        const auto& dir = DepartmentDirectory::instance();
        QCOMPARE(dir.find(QStringLiteral("17"))->afiPage(),
                 QUrl(QStringLiteral("https://www.ameli.fr/charente-maritime/assure/"
                                     "droits-demarches/difficultes-acces-droits-soins/"
                                     "aides-financieres-individuelles")));
        QCOMPARE(dir.find(QStringLiteral("59"))->afiPage(),
                 QUrl(QStringLiteral("https://www.ameli.fr/lille-douai/assure/droits-demarches/"
                                     "difficultes-acces-droits-soins/"
                                     "aides-financieres-individuelles")));
        const QUrl national(QStringLiteral("https://www.ameli.fr/assure/droits-demarches/"
                                           "difficultes-acces-droits-soins/"
                                           "aides-financieres-individuelles"));
        QCOMPARE(DepartmentDirectory::nationalAfiPage(), national);
        QCOMPARE(dir.find(QStringLiteral("976"))->afiPage(), national);
        Department unknown;
        QCOMPARE(unknown.afiPage(), national);
        for (const Department& d : dir.all()) {
            const QUrl url = d.afiPage();
            QVERIFY(url.isValid());
            QCOMPARE(url.scheme(), QStringLiteral("https"));
            QCOMPARE(url.host(), QStringLiteral("www.ameli.fr"));
            QVERIFY(url.path().endsWith(QStringLiteral("/aides-financieres-individuelles")));
        }
    }

    void notes()
    {
        const auto& dir = DepartmentDirectory::instance();
        const Department* rhone = dir.find(QStringLiteral("69"));
        QVERIFY(rhone->excludesPsychology);
        QVERIFY(rhone->note.contains(QStringLiteral("psychology sessions")));
        QVERIFY(
            dir.find(QStringLiteral("55"))
                ->note.contains(QStringLiteral("imprime_ps_secours_nle_version_19_juin_2020.pdf")));
        QVERIFY(dir.find(QStringLiteral("75"))
                    ->note.contains(QStringLiteral("formulaire_aide_financiere_v4.pdf")));
        QVERIFY(dir.find(QStringLiteral("38"))->note.contains(QStringLiteral("CMP")));
        QVERIFY(dir.find(QStringLiteral("02"))->note.contains(QStringLiteral("ceilings")));
        int withNotes = 0;
        int excluding = 0;
        for (const Department& d : dir.all()) {
            withNotes += d.note.isEmpty() ? 0 : 1;
            excluding += d.excludesPsychology ? 1 : 0;
        }
        QCOMPARE(withNotes, 5);
        QCOMPARE(excluding, 1);
    }
};

QTEST_GUILESS_MAIN(TestDepartments)
#include "TestDepartments.moc"
