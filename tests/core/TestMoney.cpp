#include "model/Money.h"

#include <QTest>

using namespace carnet;

// Amounts are integer cents: parsing what users type, formatting, and rates.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << QStringLiteral("50") << true << qint64(5000);
        QTest::newRow("dot") << QStringLiteral("50.00") << true << qint64(5000);
        QTest::newRow("comma one decimal") << QStringLiteral("50,5") << true << qint64(5050);
        QTest::newRow("euro sign") << QStringLiteral("30 €") << true << qint64(3000);
        QTest::newRow("thousands space") << QStringLiteral("1 080,00") << true << qint64(108000);
        QTest::newRow("cents") << QStringLiteral("0.07") << true << qint64(7);
        QTest::newRow("negative") << QStringLiteral("-5") << false << qint64(0);
        QTest::newRow("three decimals") << QStringLiteral("1.005") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("abc") << false << qint64(0);
        QTest::newRow("empty") << QString() << false << qint64(0);
        QTest::newRow("too big") << QStringLiteral("999999999") << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto parsed = parseEuros(text);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, cents);
    }

    void format()
    {
        QCOMPARE(formatCentsPlain(5000), QStringLiteral("50.00"));
        QCOMPARE(formatCentsPlain(5, QLatin1Char(',')), QStringLiteral("0,05"));
        QCOMPARE(formatCentsPlain(-1234), QStringLiteral("-12.34"));
        QCOMPARE(formatCents(5000, QLocale(QLocale::French, QLocale::France)),
                 QStringLiteral("50,00\u00A0€"));
        QCOMPARE(formatCents(108000, QLocale(QLocale::English, QLocale::UnitedKingdom)),
                 QStringLiteral("€1,080.00"));
    }

    void rates()
    {
        QCOMPARE(applyRate(5000, 60, 100), Cents(3000));
        QCOMPARE(applyRate(3000, 60, 100), Cents(1800));
        QCOMPARE(applyRate(4000, 40, 100), Cents(1600));
        QCOMPARE(applyRate(1, 1, 2), Cents(1));        // half up
        QCOMPARE(applyRate(333, 60, 100), Cents(200)); // 199.8 → 200
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "TestMoney.moc"
