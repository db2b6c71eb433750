// The preview of a year of care about to start (read/CarePathPreview): the regime, parental
// consent, the age from which a child is eligible, what to bring, and the verdict on an
// evaluation and a follow-up.

#include "read/CarePathPreview.h"

#include <QTest>

using namespace carnet;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Person born(QDate birthDate, const QString& mutuelle = {})
{
    Person p;
    p.name = QStringLiteral("Someone");
    p.birthDate = birthDate;
    p.mutuelle = mutuelle;
    return p;
}

Practitioner psychologist(bool partner)
{
    Practitioner p;
    p.name = QStringLiteral("Claire Dubois");
    p.role = PractitionerRole::Psychologist;
    p.partner = partner;
    return p;
}

Referral letter(QDate date)
{
    Referral r;
    r.referrerName = QStringLiteral("Dr Roy");
    r.referrerRole = PractitionerRole::GeneralPractitioner;
    r.date = date;
    return r;
}

using ToBring = CarePathPreview::ToBring;

} // namespace

Q_DECLARE_METATYPE(QList<carnet::CarePathPreview::ToBring>)

class TestCarePathPreview : public QObject
{
    Q_OBJECT

private slots:
    void consent_data()
    {
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<bool>("required");
        QTest::addColumn<int>("age");
        const QDate on = d(2025, 3, 10);
        QTest::newRow("a 10-year-old") << d(2015, 1, 2) << true << 10;
        QTest::newRow("the day before the 18th birthday") << d(2007, 3, 11) << true << 17;
        QTest::newRow("the 18th birthday") << on.addYears(-18) << false << 18;
        QTest::newRow("an adult") << d(1984, 12, 3) << false << 40;
        QTest::newRow("no birth date") << QDate() << false << -1;
    }

    void consent()
    {
        QFETCH(QDate, birthDate);
        const CarePathPreview preview =
            CarePathPreview::of(born(birthDate), std::nullopt, std::nullopt, d(2025, 3, 10));
        QTEST(preview.consentRequired, "required");
        QTEST(preview.ageYears, "age");
        QCOMPARE(preview.toBring.contains(ToBring::ParentalAuthority), preview.consentRequired);
    }

    void eligibleFromTheThirdBirthday_data()
    {
        QTest::addColumn<QDate>("birthDate");
        QTest::addColumn<bool>("oldEnough");
        QTest::addColumn<QDate>("eligibleFrom");
        QTest::newRow("2 years old") << d(2023, 1, 15) << false << d(2026, 1, 15);
        QTest::newRow("the day before the third birthday")
            << d(2022, 3, 11) << false << d(2025, 3, 11);
        QTest::newRow("the third birthday") << d(2022, 3, 10) << true << QDate();
        // The day the rules first see a 3-year-old (ageOn): 1 March in a common year.
        QTest::newRow("born on 29 February") << d(2024, 2, 29) << false << d(2027, 3, 1);
        QTest::newRow("no birth date") << QDate() << true << QDate();
    }

    void eligibleFromTheThirdBirthday()
    {
        QFETCH(QDate, birthDate);
        const CarePathPreview preview =
            CarePathPreview::of(born(birthDate), std::nullopt, std::nullopt, d(2025, 3, 10));
        QTEST(preview.oldEnough, "oldEnough");
        QTEST(preview.eligibleFrom, "eligibleFrom");
        if (!preview.oldEnough) {
            QVERIFY(!preview.evaluation.covered);
            QCOMPARE(preview.evaluation.reason, NotCoveredReason::UnderAge);
        }
    }

    void whatToBring_data()
    {
        QTest::addColumn<Person>("person");
        QTest::addColumn<bool>("throughReferral");
        QTest::addColumn<QList<ToBring>>("expected");
        QTest::newRow("an adult, direct, no mutuelle")
            << born(d(1984, 12, 3)) << false << QList<ToBring>{ToBring::AttestationDeDroits};
        QTest::newRow("an adult with a mutuelle and a courrier")
            << born(d(1984, 12, 3), QStringLiteral("MGEN")) << true
            << QList<ToBring>{ToBring::AttestationDeDroits, ToBring::Referral,
                              ToBring::MutuelleCard};
        QTest::newRow("a child with a courrier")
            << born(d(2015, 9, 9)) << true
            << QList<ToBring>{ToBring::AttestationDeDroits, ToBring::Referral,
                              ToBring::ParentalAuthority};
    }

    void whatToBring()
    {
        QFETCH(Person, person);
        QFETCH(bool, throughReferral);
        const std::optional<Referral> referral =
            throughReferral ? std::optional<Referral>(letter(d(2025, 3, 1))) : std::nullopt;
        const CarePathPreview preview =
            CarePathPreview::of(person, psychologist(true), referral, d(2025, 3, 10));
        QTEST(preview.toBring, "expected");
    }

    void theRegimeInForce()
    {
        const Person adult = born(d(1984, 12, 3), QStringLiteral("MGEN"));
        const CarePathPreview y2023 =
            CarePathPreview::of(adult, psychologist(true), std::nullopt, d(2023, 5, 2));
        QVERIFY(y2023.regime);
        QVERIFY(y2023.regime->referralRequired);
        QCOMPARE(y2023.regime->coveredSessionsPerYear, 8);
        QCOMPARE(y2023.regime->followUpsPerYear, 7);
        QCOMPARE(y2023.regime->amoRatePercent, 60);
        QCOMPARE(y2023.otherRatePercent, 40);
        // No courrier before June 2024: not covered.
        QCOMPARE(y2023.evaluation.reason, NotCoveredReason::ReferralMissing);

        const CarePathPreview withLetter =
            CarePathPreview::of(adult, psychologist(true), letter(d(2023, 4, 20)), d(2023, 5, 2));
        QVERIFY(withLetter.evaluation.covered);
        QCOMPARE(withLetter.evaluation.tariffCents, Cents(4000));
        QCOMPARE(withLetter.evaluation.expectedAmoCents, Cents(2400));
        QCOMPARE(withLetter.evaluation.expectedAmcCents, Cents(1600));
        QCOMPARE(withLetter.followUp.tariffCents, Cents(3000));

        const CarePathPreview y2025 =
            CarePathPreview::of(adult, psychologist(true), std::nullopt, d(2025, 3, 10));
        QVERIFY(!y2025.regime->referralRequired);
        QCOMPARE(y2025.regime->coveredSessionsPerYear, 12);
        QVERIFY(y2025.evaluation.covered);
        QCOMPARE(y2025.evaluation.shouldAdvanceCents, Cents(5000));
        QCOMPARE(y2025.evaluation.expectedAmoCents, Cents(3000));
        QCOMPARE(y2025.evaluation.expectedAmcCents, Cents(2000));
        QVERIFY(y2025.followUp.covered);

        const CarePathPreview before =
            CarePathPreview::of(adult, psychologist(true), std::nullopt, d(2022, 1, 10));
        QVERIFY(!before.regime);
        QCOMPARE(before.otherRatePercent, 0);
        QVERIFY(before.oldEnough);
    }

    void tiersPayantAndNoMutuelle()
    {
        Person c2s = born(d(1990, 5, 5));
        c2s.coverage = {{CoverageKind::Standard, d(2024, 1, 1), d(2024, 12, 31)},
                        {CoverageKind::C2S, d(2025, 1, 1), QDate()}};
        const CarePathPreview covered =
            CarePathPreview::of(c2s, psychologist(true), std::nullopt, d(2025, 3, 10));
        QCOMPARE(covered.thirdPartyCover, std::optional<CoverageKind>(CoverageKind::C2S));
        QVERIFY(covered.evaluation.thirdPartyPayment);
        QCOMPARE(covered.evaluation.shouldAdvanceCents, Cents(0));
        QCOMPARE(covered.evaluation.expectedAmoCents, Cents(0));

        const CarePathPreview standard =
            CarePathPreview::of(c2s, psychologist(true), std::nullopt, d(2024, 9, 2));
        QVERIFY(!standard.thirdPartyCover);
        QVERIFY(!standard.evaluation.thirdPartyPayment);
        QCOMPARE(standard.evaluation.expectedAmoCents, Cents(3000));
        QCOMPARE(standard.evaluation.expectedAmcCents, Cents(0)); // no mutuelle
        QCOMPARE(standard.evaluation.patientShareCents, Cents(2000));
    }

    void aNonPartnerPsychologistIsNotCovered()
    {
        const CarePathPreview preview =
            CarePathPreview::of(born(d(1984, 12, 3), QStringLiteral("MGEN")), psychologist(false),
                                std::nullopt, d(2025, 3, 10));
        QVERIFY(!preview.evaluation.covered);
        QCOMPARE(preview.evaluation.reason, NotCoveredReason::NotPartner);
        QCOMPARE(preview.evaluation.shouldAdvanceCents, Cents(5000));
        // Not chosen yet: not judged.
        QVERIFY(
            CarePathPreview::of(born(d(1984, 12, 3)), std::nullopt, std::nullopt, d(2025, 3, 10))
                .evaluation.covered);
    }
};

QTEST_GUILESS_MAIN(TestCarePathPreview)
#include "TestCarePathPreview.moc"
