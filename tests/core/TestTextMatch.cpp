#include "model/TextMatch.h"

#include <QTest>

using namespace carnet;

// What a user types in a filter field against names and sentences: case, accents and
// ligatures ignored, every word found somewhere.
class TestTextMatch : public QObject
{
    Q_OBJECT

private slots:
    void fold_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("accents") << QStringLiteral("Hélène Côté") << QStringLiteral("helene cote");
        QTest::newRow("cedilla and diaeresis")
            << QStringLiteral("François Noël") << QStringLiteral("francois noel");
        QTest::newRow("capitals with accents")
            << QStringLiteral("ÉLODIE") << QStringLiteral("elodie");
        QTest::newRow("ligatures")
            << QStringLiteral("Œil Cæcilia Straße") << QStringLiteral("oeil caecilia strasse");
        QTest::newRow("decomposed already")
            << QStringLiteral("He\u0301le\u0300ne") << QStringLiteral("helene");
        QTest::newRow("typographic apostrophe")
            << QStringLiteral("l’aide") << QStringLiteral("l'aide");
        QTest::newRow("no-break space") << QStringLiteral("30\u00a0€") << QStringLiteral("30 €");
        QTest::newRow("empty") << QString() << QString();
    }
    void fold()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextMatch::fold(text), folded);
    }

    void contains_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        const QString helene = QStringLiteral("Hélène Lefèvre");
        QTest::newRow("without accents") << helene << QStringLiteral("helene") << true;
        QTest::newRow("with accents") << helene << QStringLiteral("Hélène") << true;
        QTest::newRow("part of a word") << helene << QStringLiteral("lef") << true;
        QTest::newRow("capitals") << helene << QStringLiteral("LEFEVRE") << true;
        QTest::newRow("words in any order") << helene << QStringLiteral("lefevre hel") << true;
        QTest::newRow("extra spaces") << helene << QStringLiteral("  helene   lefevre ") << true;
        QTest::newRow("one word missing") << helene << QStringLiteral("helene martin") << false;
        QTest::newRow("another name") << helene << QStringLiteral("alice") << false;
        QTest::newRow("accent typed, none in text")
            << QStringLiteral("Helene") << QStringLiteral("hélène") << true;
        QTest::newRow("empty query") << helene << QString() << true;
        QTest::newRow("blank query") << helene << QStringLiteral("   ") << true;
        QTest::newRow("empty text") << QString() << QStringLiteral("a") << false;
    }
    void contains()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, found);
        QCOMPARE(TextMatch::contains(text, query), found);
        // Folded once, matched many times: the same answer.
        QCOMPARE(TextMatch::containsWords(TextMatch::fold(text), TextMatch::words(query)), found);
    }
};

QTEST_GUILESS_MAIN(TestTextMatch)
#include "TestTextMatch.moc"
