// Finding by what the user types (rules/TextMatch): any part of any word, every word of the
// query, case and accents ignored, punctuation as the names spell it or not.

#include "rules/TextMatch.h"

#include <QTest>

using namespace carnet;
using namespace Qt::StringLiterals;

class TestTextMatch : public QObject
{
    Q_OBJECT

private slots:
    void folds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("case and accents") << QStringLiteral("Hélène ÉLOÏSE") << u"helene eloise"_s;
        QTest::newRow("ligatures and ß")
            << u"Œuvre Lætitia Strauß"_s << u"oeuvre laetitia strauss"_s;
        QTest::newRow("letters with a stroke")
            << u"Søren Łukasz Đorđe"_s << u"soren lukasz dorde"_s;
        QTest::newRow("apostrophes dropped") << u"O'Brien D’Angelo"_s << u"obrien dangelo"_s;
        QTest::newRow("other punctuation separates")
            << u"  Jean-Pierre   (1984), Dubois "_s << u"jean pierre 1984 dubois"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void folds()
    {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(TextMatch::fold(text), folded);
    }

    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("found");
        const QString claire = u"Claire Dubois"_s;
        const QString helene = u"Hélène Lefèvre"_s;
        const QString bruno = u"Bruno Robert"_s;
        QTest::newRow("the last name finds the person") << claire << u"dubois"_s << true;
        QTest::newRow("the first name too") << claire << u"CLAIRE"_s << true;
        QTest::newRow("any part of a word") << claire << u"bois"_s << true;
        QTest::newRow("no accent typed") << helene << u"helene"_s << true;
        QTest::newRow("accents typed where the name has none")
            << u"Helene Lefevre"_s << u"hélène lefèvre"_s << true;
        QTest::newRow("the start of every word") << bruno << u"bru rob"_s << true;
        QTest::newRow("words in any order") << bruno << u"robert bruno"_s << true;
        QTest::newRow("every word must be found") << bruno << u"bruno dubois"_s << false;
        QTest::newRow("no match") << claire << u"david"_s << false;
        QTest::newRow("a word is not split across names") << bruno << u"norob"_s << false;
        QTest::newRow("a hyphenated name, typed with a space")
            << u"Jean-Pierre Morel"_s << u"jean pierre"_s << true;
        QTest::newRow("the year of a label") << u"Bruno Robert (1984)"_s << u"bruno 84"_s << true;
        QTest::newRow("an apostrophe left out") << u"Anne O'Brien"_s << u"obrien"_s << true;
        QTest::newRow("an empty query matches all") << claire << QString() << true;
        QTest::newRow("a blank query matches all") << claire << u"  , "_s << true;
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(QString, query);
        QFETCH(bool, found);
        QCOMPARE(TextMatch::matches(text, query), found);
    }

    void wordsOfAQuery()
    {
        QCOMPARE(TextMatch::words(u" Bru  ROB "_s), (QStringList{u"bru"_s, u"rob"_s}));
        QVERIFY(TextMatch::words(u" - "_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextMatch)
#include "TestTextMatch.moc"
