#include "rules/Identifiers.h"

#include <QTest>

using namespace carnet;

// NIR keys (with Corsica), RPPS / ADELI formats and the RPPS Luhn check (DOMAIN.md B §1.5, §2).
class TestIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void nir_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("Corse-du-Sud") << QStringLiteral("253072A07300443") << true
                                      << QStringLiteral("253072A07300443") << QString();
        QTest::newRow("Haute-Corse") << QStringLiteral("253072B07300470") << true
                                     << QStringLiteral("253072B07300470") << QString();
        QTest::newRow("born abroad") << QStringLiteral("295109912611193") << true
                                     << QStringLiteral("295109912611193") << QString();
        QTest::newRow("mainland") << QStringLiteral("185057800608491") << true
                                  << QStringLiteral("185057800608491") << QString();
        QTest::newRow("spaces ignored") << QStringLiteral(" 2 53 07 2A 073 004 43 ") << true
                                        << QStringLiteral("253072A07300443") << QString();
        QTest::newRow("lower-case 2a") << QStringLiteral("253072a07300443") << true
                                       << QStringLiteral("253072A07300443") << QString();
        QTest::newRow("no-break spaces") << QStringLiteral("2\u00A053072B07300470") << true
                                         << QStringLiteral("253072B07300470") << QString();
        QTest::newRow("2A with 2B's key")
            << QStringLiteral("253072A07300470") << false << QString() << QStringLiteral("key");
        QTest::newRow("2B with 2A's key")
            << QStringLiteral("253072B07300443") << false << QString() << QStringLiteral("key");
        QTest::newRow("wrong key")
            << QStringLiteral("185057800608492") << false << QString() << QStringLiteral("key");
        QTest::newRow("too short") << QStringLiteral("1850578006084") << false << QString()
                                   << QStringLiteral("this one has 13");
        QTest::newRow("too long") << QStringLiteral("1850578006084911") << false << QString()
                                  << QStringLiteral("this one has 16");
        QTest::newRow("letter elsewhere") << QStringLiteral("1850578006O8491") << false << QString()
                                          << QStringLiteral("only digits");
        QTest::newRow("2C is not Corsica") << QStringLiteral("253072C07300443") << false
                                           << QString() << QStringLiteral("only digits");
        QTest::newRow("empty") << QStringLiteral("   ") << false << QString()
                               << QStringLiteral("empty");
    }
    void nir()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(QString, messagePart);
        const auto result = Identifiers::normalizeNir(text);
        QCOMPARE(result.ok(), valid);
        if (valid) {
            QCOMPARE(result.value(), normalized);
        } else {
            QCOMPARE(result.error().kind, Error::Kind::Invalid);
            QCOMPARE(result.error().field, QStringLiteral("nir"));
            QVERIFY2(result.error().message.contains(messagePart),
                     qPrintable(result.error().message));
        }
    }

    void rppsFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");

        QTest::newRow("RPPS") << QStringLiteral("10005173140") << true
                              << QStringLiteral("10005173140");
        QTest::newRow("RPPS with spaces")
            << QStringLiteral("100 0272 7377") << true << QStringLiteral("10002727377");
        QTest::newRow("ADELI") << QStringLiteral("759312345") << true
                               << QStringLiteral("759312345");
        QTest::newRow("Luhn failure is still a valid format")
            << QStringLiteral("10005173141") << true << QStringLiteral("10005173141");
        QTest::newRow("10 digits") << QStringLiteral("1000517314") << false << QString();
        QTest::newRow("12 digits") << QStringLiteral("100051731401") << false << QString();
        QTest::newRow("letters") << QStringLiteral("1000517314A") << false << QString();
        QTest::newRow("empty") << QString() << false << QString();
    }
    void rppsFormat()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        const auto result = Identifiers::normalizeRpps(text);
        QCOMPARE(result.ok(), valid);
        if (valid)
            QCOMPARE(result.value(), normalized);
        else
            QCOMPARE(result.error().field, QStringLiteral("rpps"));
    }

    void rppsLuhn_data()
    {
        QTest::addColumn<QString>("rpps");
        QTest::addColumn<bool>("ok");
        QTest::newRow("real 1") << QStringLiteral("10005173140") << true;
        QTest::newRow("real 2") << QStringLiteral("10002727377") << true;
        QTest::newRow("real 2 spaced") << QStringLiteral("1000 2727 377") << true;
        QTest::newRow("last digit changed") << QStringLiteral("10005173141") << false;
        QTest::newRow("invented") << QStringLiteral("12345678901") << false;
        QTest::newRow("ADELI is not checked") << QStringLiteral("759312345") << false;
        QTest::newRow("not digits") << QStringLiteral("1000517314A") << false;
    }
    void rppsLuhn()
    {
        QFETCH(QString, rpps);
        QFETCH(bool, ok);
        QCOMPARE(Identifiers::rppsChecksumOk(rpps), ok);
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "TestIdentifiers.moc"
