// The money figures of an AFI request (read/AidFigures): the regime that prices the sessions
// in the scheme, its tariff and rates, and the totals, before and after the June 2024 reform.

#include "read/AidFigures.h"

#include <QTest>

using namespace carnet;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

// A devis of `sessions` × `price` from `from`, `inScheme` of them in Mon soutien psy.
AidRequest devis(int sessions, Cents price, QDate from, int inScheme)
{
    AidRequest r;
    r.sessions = sessions;
    r.sessionPriceCents = price;
    r.periodFrom = from;
    r.periodTo = from.isValid() ? from.addMonths(6) : QDate();
    r.schemeSessions = inScheme;
    return r;
}

} // namespace

class TestAidFigures : public QObject
{
    Q_OBJECT

private slots:
    void pricedByTheRegimeOfThePeriod_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<bool>("mutuelle");
        QTest::addColumn<Cents>("tariff");
        QTest::addColumn<int>("mutuelleRate");
        QTest::addColumn<Cents>("cpam");
        QTest::addColumn<Cents>("mutuelleShare");
        QTest::addColumn<Cents>("remaining");

        // 10 sessions at 60 €, 4 of them in the scheme: 600 € in all.
        // Before 15 June 2024 a follow-up's tariff is 30 €: CPAM 4 × 18 €, mutuelle 4 × 12 €.
        QTest::newRow("March 2024, with a mutuelle") << d(2024, 3, 1) << true << Cents(3000) << 40
                                                     << Cents(7200) << Cents(4800) << Cents(48000);
        QTest::newRow("14 June 2024, the last day of the 2022 rules")
            << d(2024, 6, 14) << true << Cents(3000) << 40 << Cents(7200) << Cents(4800)
            << Cents(48000);
        // From 15 June 2024, 50 €: CPAM 4 × 30 €, mutuelle 4 × 20 €.
        QTest::newRow("15 June 2024, the reform") << d(2024, 6, 15) << true << Cents(5000) << 40
                                                  << Cents(12000) << Cents(8000) << Cents(40000);
        QTest::newRow("September 2024, no mutuelle: its 40 % stays with the person")
            << d(2024, 9, 1) << false << Cents(5000) << 0 << Cents(12000) << Cents(0)
            << Cents(48000);
    }

    void pricedByTheRegimeOfThePeriod()
    {
        QFETCH(QDate, from);
        QFETCH(bool, mutuelle);
        const AidFigures f = AidFigures::of(devis(10, 6000, from, 4), mutuelle, d(2026, 1, 5));
        QCOMPARE(f.pricedOn, from);
        QVERIFY(f.schemeInForce);
        QTEST(f.tariffCents, "tariff");
        QCOMPARE(f.amoRatePercent, 60);
        QTEST(f.mutuelleRatePercent, "mutuelleRate");
        QCOMPARE(f.shares.totalCents, Cents(60000));
        QVERIFY(f.shares.schemeSplit);
        QTEST(f.shares.cpamCents, "cpam");
        QTEST(f.shares.mutuelleCents, "mutuelleShare");
        QTEST(f.shares.remainingCents, "remaining");
    }

    void withoutAPeriodTheDayPreparedThenToday()
    {
        AidRequest r = devis(10, 6000, QDate(), 4);
        r.prepared = d(2024, 3, 1);
        AidFigures f = AidFigures::of(r, true, d(2025, 1, 1));
        QCOMPARE(f.pricedOn, d(2024, 3, 1));
        QCOMPARE(f.tariffCents, Cents(3000));

        r.prepared = QDate();
        f = AidFigures::of(r, true, d(2025, 1, 1));
        QCOMPARE(f.pricedOn, d(2025, 1, 1));
        QCOMPARE(f.tariffCents, Cents(5000));
    }

    void beforeTheSchemeNothingIsInIt()
    {
        const AidFigures f = AidFigures::of(devis(10, 6000, d(2022, 1, 10), 4), true, {});
        QVERIFY(!f.schemeInForce);
        QCOMPARE(f.tariffCents, Cents(0));
        QCOMPARE(f.amoRatePercent, 0);
        QCOMPARE(f.mutuelleRatePercent, 0);
        QVERIFY(!f.shares.schemeSplit);
        QCOMPARE(f.shares.cpamCents, Cents(0));
        QCOMPARE(f.shares.remainingCents, Cents(60000));
    }

    void aPriceBelowTheTariffIsTheBase()
    {
        // 24 × 45 € (S0's Meuse devis), 2 in the scheme: the base is the price, not 50 €.
        AidRequest r = devis(24, 4500, d(2026, 1, 5), 2);
        r.mutuelleForfaitCents = 6000;
        const AidFigures f = AidFigures::of(r, true, {});
        QCOMPARE(f.shares.totalCents, Cents(108000));
        QCOMPARE(f.shares.cpamCents, Cents(5400));
        QCOMPARE(f.shares.mutuelleCents, Cents(3600 + 6000));
        QCOMPARE(f.shares.remainingCents, Cents(108000 - 5400 - 9600));
    }
};

QTEST_GUILESS_MAIN(TestAidFigures)
#include "TestAidFigures.moc"
