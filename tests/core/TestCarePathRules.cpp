#include "rules/CarePathRules.h"

#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

using namespace carnet;

Q_DECLARE_METATYPE(carnet::PersonYearFacts)
Q_DECLARE_METATYPE(carnet::NotCoveredReason)
Q_DECLARE_METATYPE(carnet::Payer)

namespace {

using R = NotCoveredReason;

constexpr qint64 kPerson = 1;
constexpr qint64 kPsy = 10;        // partner, valid RPPS
constexpr qint64 kPsy2 = 11;       // another partner (a change of psychologist)
constexpr qint64 kNotPartner = 12; // not conventionné
constexpr qint64 kBadRpps = 13;    // partner, RPPS failing Luhn
constexpr qint64 kAdeli = 14;      // partner, 9-digit ADELI
constexpr Cents kTariff = -1;      // "the scheme's tariff on that date"

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Practitioner psy(qint64 id, bool partner, const char* rpps)
{
    Practitioner p;
    p.id = id;
    p.name = QStringLiteral("Psy %1").arg(id);
    p.partner = partner;
    p.rpps = QString::fromLatin1(rpps);
    return p;
}

// Builds one person's facts: an adult with a mutuelle, five psychologists, sessions added in
// order with ids 1, 2, ... and a fee equal to the tariff unless given.
class Facts
{
public:
    Facts()
    {
        m_facts.person.id = kPerson;
        m_facts.person.name = QStringLiteral("Test");
        m_facts.person.birthDate = d(1990, 5, 10);
        m_facts.person.mutuelle = QStringLiteral("Mutuelle");
        m_facts.practitioners = {psy(kPsy, true, "10005173140"), psy(kPsy2, true, "10002727377"),
                                 psy(kNotPartner, false, "10005173140"),
                                 psy(kBadRpps, true, "10005173141"),
                                 psy(kAdeli, true, "759312345")};
    }
    Facts& noMutuelle()
    {
        m_facts.person.mutuelle.clear();
        return *this;
    }
    Facts& born(QDate date)
    {
        m_facts.person.birthDate = date;
        return *this;
    }
    Facts& cover(CoverageKind kind, QDate from, QDate to = {})
    {
        m_facts.person.coverage.append({kind, from, to});
        return *this;
    }
    Facts& referral(QDate date, qint64 personId = kPerson)
    {
        Referral r;
        r.id = m_facts.referrals.size() + 1;
        r.personId = personId;
        r.date = date;
        m_facts.referrals.append(r);
        return *this;
    }
    Facts& session(QDate date, SessionKind kind, Cents fee = kTariff,
                   SessionMode mode = SessionMode::Office, qint64 psyId = kPsy)
    {
        Session s;
        s.id = m_facts.sessions.size() + 1;
        s.personId = kPerson;
        s.practitionerId = psyId;
        s.date = date;
        s.kind = kind;
        s.mode = mode;
        s.feeCents = fee == kTariff ? tariff(date, kind) : fee;
        s.paidCents = s.feeCents;
        m_facts.sessions.append(s);
        return *this;
    }
    Facts& eval(QDate date, Cents fee = kTariff, SessionMode mode = SessionMode::Office,
                qint64 psyId = kPsy)
    {
        return session(date, SessionKind::Evaluation, fee, mode, psyId);
    }
    Facts& follow(QDate date, Cents fee = kTariff, SessionMode mode = SessionMode::Office,
                  qint64 psyId = kPsy)
    {
        return session(date, SessionKind::FollowUp, fee, mode, psyId);
    }
    // `count` follow-ups a week apart from `first`.
    Facts& follows(QDate first, int count, qint64 psyId = kPsy)
    {
        for (int i = 0; i < count; ++i)
            follow(first.addDays(7 * i), kTariff, SessionMode::Office, psyId);
        return *this;
    }
    Facts& priv(QDate date, Cents fee) { return session(date, SessionKind::Private, fee); }
    Facts& paid(Cents cents)
    {
        m_facts.sessions.last().paidCents = cents;
        return *this;
    }
    Facts& sheet(qint64 id, const QList<qint64>& sessionIds, QDate issued, QDate sent = {},
                 bool electronic = false)
    {
        CareSheet s;
        s.id = id;
        s.personId = kPerson;
        s.sessionIds = sessionIds;
        s.issued = issued;
        s.sent = sent;
        s.electronic = electronic;
        m_facts.sheets.append(s);
        return *this;
    }
    Facts& payment(Payer payer, QDate date, const QList<PaymentShare>& shares)
    {
        Payment p;
        p.id = m_facts.payments.size() + 1;
        p.payer = payer;
        p.date = date;
        for (const PaymentShare& s : shares)
            p.amountCents += s.amountCents;
        p.shares = shares;
        m_facts.payments.append(p);
        return *this;
    }

    const PersonYearFacts& facts() const { return m_facts; }

private:
    static Cents tariff(QDate date, SessionKind kind)
    {
        const Regime* r = RuleSet::monSoutienPsy().regimeOn(date);
        if (!r)
            return 5000;
        return kind == SessionKind::Evaluation ? r->evaluationTariffCents : r->followUpTariffCents;
    }

    PersonYearFacts m_facts;
};

const SessionAssessment* find(const YearStatus& status, qint64 sessionId)
{
    for (const SessionAssessment& a : status.sessions) {
        if (a.sessionId == sessionId)
            return &a;
    }
    return nullptr;
}

} // namespace

// The Mon soutien psy rules (DOMAIN.md part A) on stored facts: coverage, amounts in exact
// cents, counters, late payments, splits and next steps.
class TestCarePathRules : public QObject
{
    Q_OBJECT

private:
    // One row of the assessment table: the last session of `f` is judged (in its own year,
    // 30 days after it) and compared with the expected verdict and amounts.
    static void row(const char* name, const Facts& f, R reason, int index, bool thirdParty,
                    Cents tariff, Cents amo, Cents amc, Cents patient, Cents advance,
                    const char* warning = "")
    {
        QTest::newRow(name) << f.facts() << reason << index << thirdParty << tariff << amo << amc
                            << patient << advance << QString::fromUtf8(warning);
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void assessment_data()
    {
        QTest::addColumn<PersonYearFacts>("facts");
        QTest::addColumn<NotCoveredReason>("reason");
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("thirdParty");
        QTest::addColumn<Cents>("tariff");
        QTest::addColumn<Cents>("amo");
        QTest::addColumn<Cents>("amc");
        QTest::addColumn<Cents>("patient");
        QTest::addColumn<Cents>("advance");
        QTest::addColumn<QString>("warning"); // empty = no warning at all

        // Tariffs and the standard split, on both sides of 15 June 2024.
        row("2025 evaluation, mutuelle", Facts().eval(d(2025, 3, 12)), R::None, 1, false, 5000,
            3000, 2000, 0, 5000);
        row("2025 follow-up, no mutuelle",
            Facts().noMutuelle().eval(d(2025, 3, 5)).follow(d(2025, 3, 12)), R::None, 2, false,
            5000, 3000, 0, 2000, 5000);
        row("2023 evaluation with referral", Facts().referral(d(2023, 1, 2)).eval(d(2023, 1, 10)),
            R::None, 1, false, 4000, 2400, 1600, 0, 4000);
        row("2023 follow-up with referral",
            Facts().referral(d(2023, 1, 2)).eval(d(2023, 1, 10)).follow(d(2023, 1, 17)), R::None, 2,
            false, 3000, 1800, 1200, 0, 3000);
        row("2023 follow-up, no mutuelle",
            Facts()
                .noMutuelle()
                .referral(d(2023, 1, 2))
                .eval(d(2023, 1, 10))
                .follow(d(2023, 1, 17)),
            R::None, 2, false, 3000, 1800, 0, 1200, 3000);
        row("14 June 2024 follow-up at 30 euros",
            Facts().referral(d(2024, 1, 5)).eval(d(2024, 6, 7)).follow(d(2024, 6, 14)), R::None, 2,
            false, 3000, 1800, 1200, 0, 3000);
        row("15 June 2024 evaluation without referral", Facts().eval(d(2024, 6, 15)), R::None, 1,
            false, 5000, 3000, 2000, 0, 5000);
        row("15 June 2024 follow-up after an old-regime evaluation",
            Facts().referral(d(2024, 1, 5)).eval(d(2024, 6, 7)).follow(d(2024, 6, 15)), R::None, 2,
            false, 5000, 3000, 2000, 0, 5000);
        row("old tariff after the reform",
            Facts().referral(d(2024, 1, 5)).eval(d(2024, 6, 7)).follow(d(2024, 6, 15), 3000),
            R::FeeDiffersFromTariff, 0, false, 5000, 0, 0, 3000, 3000);
        row("new tariff before the reform",
            Facts().referral(d(2024, 1, 5)).eval(d(2024, 6, 7)).follow(d(2024, 6, 14), 5000),
            R::FeeDiffersFromTariff, 0, false, 3000, 0, 0, 5000, 5000);
        row("2023 evaluation at 50 euros",
            Facts().referral(d(2023, 4, 1)).eval(d(2023, 5, 1), 5000), R::FeeDiffersFromTariff, 0,
            false, 4000, 0, 0, 5000, 5000);
        row("fee below the tariff", Facts().eval(d(2025, 3, 1), 4500), R::FeeDiffersFromTariff, 0,
            false, 5000, 0, 0, 4500, 4500);
        row("fee of zero", Facts().eval(d(2025, 3, 1), 0), R::FeeDiffersFromTariff, 0, false, 5000,
            0, 0, 0, 0);

        // Referral (required before 15 June 2024).
        row("14 June 2024 without referral", Facts().eval(d(2024, 6, 14)), R::ReferralMissing, 0,
            false, 4000, 0, 0, 4000, 4000);
        row("referral dated after the session",
            Facts().referral(d(2024, 6, 15)).eval(d(2024, 6, 14)), R::ReferralMissing, 0, false,
            4000, 0, 0, 4000, 4000);
        row("referral the same day", Facts().referral(d(2023, 2, 1)).eval(d(2023, 2, 1)), R::None,
            1, false, 4000, 2400, 1600, 0, 4000);
        row("referral from the previous year", Facts().referral(d(2022, 10, 1)).eval(d(2023, 2, 1)),
            R::None, 1, false, 4000, 2400, 1600, 0, 4000);
        row("referral of another person", Facts().referral(d(2023, 1, 1), 2).eval(d(2023, 2, 1)),
            R::ReferralMissing, 0, false, 4000, 0, 0, 4000, 4000);
        row("referral without a date", Facts().referral(QDate()).eval(d(2023, 2, 1)),
            R::ReferralMissing, 0, false, 4000, 0, 0, 4000, 4000);

        // Scheme start.
        row("4 April 2022, before the scheme",
            Facts().referral(d(2022, 3, 1)).eval(d(2022, 4, 4), 4000), R::BeforeScheme, 0, false, 0,
            0, 0, 4000, 4000);
        row("5 April 2022, first day", Facts().referral(d(2022, 3, 1)).eval(d(2022, 4, 5)), R::None,
            1, false, 4000, 2400, 1600, 0, 4000);

        // Age: 3 or older on the session's date.
        row("child the day before turning 3", Facts().born(d(2021, 9, 10)).eval(d(2024, 9, 9)),
            R::UnderAge, 0, false, 5000, 0, 0, 5000, 5000);
        row("child on the 3rd birthday", Facts().born(d(2021, 9, 10)).eval(d(2024, 9, 10)), R::None,
            1, false, 5000, 3000, 2000, 0, 5000);
        row("born 29 February, on 28 February",
            Facts().born(d(2020, 2, 29)).referral(d(2023, 1, 1)).eval(d(2023, 2, 28)), R::UnderAge,
            0, false, 4000, 0, 0, 4000, 4000);
        row("born 29 February, on 1 March",
            Facts().born(d(2020, 2, 29)).referral(d(2023, 1, 1)).eval(d(2023, 3, 1)), R::None, 1,
            false, 4000, 2400, 1600, 0, 4000);
        row("child turns 3 between two sessions",
            Facts().born(d(2022, 3, 20)).eval(d(2025, 3, 13)).eval(d(2025, 3, 20)), R::None, 1,
            false, 5000, 3000, 2000, 0, 5000);

        // Private, partner, mode.
        row("private session", Facts().priv(d(2025, 3, 1), 7000), R::PrivateSession, 0, false, 0, 0,
            0, 7000, 7000);
        row("psychologist not partner",
            Facts().eval(d(2025, 3, 1), kTariff, SessionMode::Office, kNotPartner), R::NotPartner,
            0, false, 5000, 0, 0, 5000, 5000);
        row("remote evaluation", Facts().eval(d(2025, 3, 1), kTariff, SessionMode::Remote),
            R::RemoteEvaluation, 0, false, 5000, 0, 0, 5000, 5000);
        row("remote follow-up",
            Facts().eval(d(2025, 3, 1)).follow(d(2025, 3, 8), kTariff, SessionMode::Remote),
            R::None, 2, false, 5000, 3000, 2000, 0, 5000);

        // Order of the reasons: the first that applies.
        row("order: private before the scheme", Facts().priv(d(2021, 5, 1), 6000),
            R::PrivateSession, 0, false, 0, 0, 0, 6000, 6000);
        row("order: under 3 and not partner",
            Facts()
                .born(d(2023, 1, 1))
                .eval(d(2025, 3, 1), kTariff, SessionMode::Office, kNotPartner),
            R::UnderAge, 0, false, 5000, 0, 0, 5000, 5000);
        row("order: not partner and above the tariff",
            Facts().eval(d(2025, 3, 1), 7000, SessionMode::Office, kNotPartner), R::NotPartner, 0,
            false, 5000, 0, 0, 7000, 7000);
        row("order: fee differs and remote evaluation",
            Facts().eval(d(2025, 3, 1), 6000, SessionMode::Remote), R::FeeDiffersFromTariff, 0,
            false, 5000, 0, 0, 6000, 6000);
        row("order: remote evaluation without referral",
            Facts().eval(d(2023, 3, 1), kTariff, SessionMode::Remote), R::RemoteEvaluation, 0,
            false, 4000, 0, 0, 4000, 4000);

        // One evaluation per calendar year.
        row("second evaluation", Facts().eval(d(2025, 3, 1)).eval(d(2025, 9, 1)),
            R::SecondEvaluation, 0, false, 5000, 0, 0, 5000, 5000);
        row("evaluation after a remote one",
            Facts().eval(d(2025, 3, 1), kTariff, SessionMode::Remote).eval(d(2025, 3, 8)), R::None,
            1, false, 5000, 3000, 2000, 0, 5000);
        row("evaluation on 1 January after one on 31 December",
            Facts().eval(d(2025, 12, 31)).eval(d(2026, 1, 1)), R::None, 1, false, 5000, 3000, 2000,
            0, 5000);

        // The yearly cap: 12 (1 + 11) from 15 June 2024, 8 (1 + 7) before.
        row("12th session in 2025", Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11),
            R::None, 12, false, 5000, 3000, 2000, 0, 5000);
        row("13th session in 2025",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11).follow(d(2025, 12, 1)),
            R::OverYearlyCap, 0, false, 5000, 0, 0, 5000, 5000);
        row("follow-up on 1 January after a full year",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11).follow(d(2026, 1, 1)), R::None,
            1, false, 5000, 3000, 2000, 0, 5000, "No evaluation");
        row("session on 31 December of a full year",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11).follow(d(2025, 12, 31)),
            R::OverYearlyCap, 0, false, 5000, 0, 0, 5000, 5000);
        row("8th session in 2023",
            Facts().referral(d(2023, 1, 2)).eval(d(2023, 1, 9)).follows(d(2023, 1, 16), 7), R::None,
            8, false, 3000, 1800, 1200, 0, 3000);
        row("9th session in 2023",
            Facts().referral(d(2023, 1, 2)).eval(d(2023, 1, 9)).follows(d(2023, 1, 16), 8),
            R::OverYearlyCap, 0, false, 3000, 0, 0, 3000, 3000);
        row("9th session in 2022",
            Facts().referral(d(2022, 4, 10)).eval(d(2022, 5, 2)).follows(d(2022, 5, 9), 8),
            R::OverYearlyCap, 0, false, 3000, 0, 0, 3000, 3000);
        row("order: second evaluation when the cap is full",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11).eval(d(2025, 11, 3)),
            R::SecondEvaluation, 0, false, 5000, 0, 0, 5000, 5000);
        row("order: 13th session above the tariff",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11).follow(d(2025, 11, 3), 6000),
            R::FeeDiffersFromTariff, 0, false, 5000, 0, 0, 6000, 6000);
        row("11th follow-up without evaluation", Facts().follows(d(2025, 1, 6), 11), R::None, 11,
            false, 5000, 3000, 2000, 0, 5000, "No evaluation");
        row("12th follow-up without evaluation", Facts().follows(d(2025, 1, 6), 12),
            R::OverYearlyCap, 0, false, 5000, 0, 0, 5000, 5000);
        row("evaluation after 11 follow-ups",
            Facts().follows(d(2025, 1, 6), 11).eval(d(2025, 6, 2)), R::None, 12, false, 5000, 3000,
            2000, 0, 5000);
        row("uncovered sessions do not use the cap",
            Facts()
                .follow(d(2025, 1, 2), kTariff, SessionMode::Office, kNotPartner)
                .priv(d(2025, 1, 3), 6000)
                .eval(d(2025, 1, 6))
                .follows(d(2025, 1, 13), 11),
            R::None, 12, false, 5000, 3000, 2000, 0, 5000);

        // 2024 straddles the reform: 8 before 15 June, 12 in all.
        row("2024: 9th session on 10 June",
            Facts()
                .referral(d(2024, 1, 2))
                .eval(d(2024, 1, 8))
                .follows(d(2024, 1, 15), 7)
                .follow(d(2024, 6, 10)),
            R::OverYearlyCap, 0, false, 3000, 0, 0, 3000, 3000);
        row("2024: 9th session on 20 June",
            Facts()
                .referral(d(2024, 1, 2))
                .eval(d(2024, 1, 8))
                .follows(d(2024, 1, 15), 7)
                .follow(d(2024, 6, 20)),
            R::None, 9, false, 5000, 3000, 2000, 0, 5000);
        row("2024: 12th session after the reform",
            Facts()
                .referral(d(2024, 1, 2))
                .eval(d(2024, 1, 8))
                .follows(d(2024, 1, 15), 7)
                .follows(d(2024, 6, 20), 4),
            R::None, 12, false, 5000, 3000, 2000, 0, 5000);
        row("2024: 13th session after the reform",
            Facts()
                .referral(d(2024, 1, 2))
                .eval(d(2024, 1, 8))
                .follows(d(2024, 1, 15), 7)
                .follows(d(2024, 6, 20), 5),
            R::OverYearlyCap, 0, false, 5000, 0, 0, 5000, 5000);

        // A change of psychologist keeps one count per person and year.
        row("changed psychologist: 12th session",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 5).follows(d(2025, 4, 7), 6, kPsy2),
            R::None, 12, false, 5000, 3000, 2000, 0, 5000);
        row("changed psychologist: 13th session",
            Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 5).follows(d(2025, 4, 7), 7, kPsy2),
            R::OverYearlyCap, 0, false, 5000, 0, 0, 5000, 5000);
        row("changed to a non-partner and back",
            Facts()
                .eval(d(2025, 1, 6))
                .follow(d(2025, 1, 13), kTariff, SessionMode::Office, kNotPartner)
                .follow(d(2025, 1, 20), kTariff, SessionMode::Office, kPsy2),
            R::None, 2, false, 5000, 3000, 2000, 0, 5000);

        // Coverage situations: 100 % with tiers payant while their dates cover the session.
        row("C2S",
            Facts()
                .cover(CoverageKind::C2S, d(2024, 1, 1), d(2025, 12, 31))
                .eval(d(2025, 3, 1))
                .paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("AME",
            Facts()
                .cover(CoverageKind::AME, d(2025, 1, 1), d(2025, 12, 31))
                .eval(d(2025, 3, 1))
                .paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("ALD", Facts().cover(CoverageKind::ALD, d(2020, 1, 1)).eval(d(2025, 3, 1)).paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("maternity",
            Facts()
                .cover(CoverageKind::Maternity, d(2025, 2, 1), d(2025, 5, 31))
                .eval(d(2025, 3, 1))
                .paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("AT/MP",
            Facts()
                .cover(CoverageKind::ATMP, d(2025, 1, 15), d(2025, 6, 30))
                .eval(d(2025, 3, 1))
                .paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("C2S without mutuelle",
            Facts()
                .noMutuelle()
                .cover(CoverageKind::C2S, d(2024, 1, 1))
                .eval(d(2025, 3, 1))
                .paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("C2S in 2023",
            Facts()
                .cover(CoverageKind::C2S, d(2022, 1, 1))
                .referral(d(2023, 1, 2))
                .eval(d(2023, 1, 10))
                .paid(0),
            R::None, 1, true, 4000, 0, 0, 0, 0);
        row("C2S ended before the session",
            Facts().cover(CoverageKind::C2S, d(2024, 1, 1), d(2025, 2, 28)).eval(d(2025, 3, 1)),
            R::None, 1, false, 5000, 3000, 2000, 0, 5000);
        row("C2S ends on the session's day",
            Facts()
                .cover(CoverageKind::C2S, d(2024, 1, 1), d(2025, 3, 1))
                .eval(d(2025, 3, 1))
                .paid(0),
            R::None, 1, true, 5000, 0, 0, 0, 0);
        row("C2S starts the day after",
            Facts().cover(CoverageKind::C2S, d(2025, 3, 2)).eval(d(2025, 3, 1)), R::None, 1, false,
            5000, 3000, 2000, 0, 5000);
        row("C2S starts on the session's day",
            Facts().cover(CoverageKind::C2S, d(2025, 3, 1)).eval(d(2025, 3, 1)).paid(0), R::None, 1,
            true, 5000, 0, 0, 0, 0);
        row("ALD ended, no mutuelle",
            Facts()
                .noMutuelle()
                .cover(CoverageKind::ALD, d(2023, 1, 1), d(2024, 12, 31))
                .eval(d(2025, 3, 1)),
            R::None, 1, false, 5000, 3000, 0, 2000, 5000);
        row("standard period listed",
            Facts().cover(CoverageKind::Standard, d(2020, 1, 1)).eval(d(2025, 3, 1)), R::None, 1,
            false, 5000, 3000, 2000, 0, 5000);
        row("C2S but money advanced",
            Facts().cover(CoverageKind::C2S, d(2024, 1, 1)).eval(d(2025, 3, 1)).paid(5000), R::None,
            1, true, 5000, 0, 0, 0, 0, "tiers payant");
        row("C2S with a non-partner psychologist",
            Facts()
                .cover(CoverageKind::C2S, d(2024, 1, 1))
                .eval(d(2025, 3, 1), kTariff, SessionMode::Office, kNotPartner),
            R::NotPartner, 0, false, 5000, 0, 0, 5000, 5000);

        // Identifiers: a failed RPPS check warns, never blocks.
        row("RPPS failing its check",
            Facts().eval(d(2025, 3, 1), kTariff, SessionMode::Office, kBadRpps), R::None, 1, false,
            5000, 3000, 2000, 0, 5000, "RPPS");
        row("ADELI number", Facts().eval(d(2025, 3, 1), kTariff, SessionMode::Office, kAdeli),
            R::None, 1, false, 5000, 3000, 2000, 0, 5000);
    }
    void assessment()
    {
        QFETCH(PersonYearFacts, facts);
        QFETCH(NotCoveredReason, reason);
        QFETCH(int, index);
        QFETCH(bool, thirdParty);
        QFETCH(Cents, tariff);
        QFETCH(Cents, amo);
        QFETCH(Cents, amc);
        QFETCH(Cents, patient);
        QFETCH(Cents, advance);
        QFETCH(QString, warning);

        const Session& target = facts.sessions.constLast();
        const YearStatus status =
            CarePathRules::yearStatus(facts, target.date.year(), target.date.addDays(30));
        const SessionAssessment* a = find(status, target.id);
        QVERIFY(a);
        QCOMPARE(a->date, target.date);
        QCOMPARE(a->reason, reason);
        QCOMPARE(a->covered, reason == R::None);
        QCOMPARE(a->reasonText, CarePathRules::reasonText(reason));
        QCOMPARE(a->coveredIndex, index);
        QCOMPARE(a->thirdPartyPayment, thirdParty);
        QCOMPARE(a->tariffCents, tariff);
        QCOMPARE(a->expectedAmoCents, amo);
        QCOMPARE(a->expectedAmcCents, amc);
        QCOMPARE(a->patientShareCents, patient);
        QCOMPARE(a->shouldAdvanceCents, advance);
        if (a->covered)
            QCOMPARE(a->expectedAmoCents + a->expectedAmcCents + a->patientShareCents,
                     thirdParty ? Cents(0) : a->tariffCents);
        if (warning.isEmpty()) {
            QVERIFY2(a->warnings.isEmpty(), qPrintable(a->warnings.join(QLatin1Char('|'))));
        } else {
            QCOMPARE(a->warnings.size(), 1);
            QVERIFY2(a->warnings.first().contains(warning), qPrintable(a->warnings.first()));
        }
    }

    // The year's figures: counts, advanced, expected, received and owed.
    void yearTotals()
    {
        Facts f;
        f.eval(d(2025, 3, 1))                                               // 1: covered
            .follow(d(2025, 3, 8))                                          // 2: covered
            .follow(d(2025, 3, 15))                                         // 3: covered, no sheet
            .priv(d(2025, 3, 20), 7000)                                     // 4: private
            .follow(d(2025, 3, 22), 6000, SessionMode::Office, kNotPartner) // 5: not partner
            .follow(d(2024, 12, 20))                                        // 6: other year
            .sheet(1, {1, 2}, d(2025, 3, 8), d(2025, 3, 10))
            .sheet(2, {4}, d(2025, 3, 20))
            .payment(Payer::Cpam, d(2025, 3, 18), {{1, 3000}, {2, 3000}, {6, 3000}})
            .payment(Payer::Mutuelle, d(2025, 3, 25), {{1, 2000}, {2, 500}})
            .payment(Payer::Other, d(2025, 3, 26), {{4, 1000}});
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 27));
        QCOMPARE(s.year, 2025);
        QCOMPARE(s.sessions.size(), 5);
        QCOMPARE(s.coveredCap, 12);
        QCOMPARE(s.coveredUsed, 3);
        QCOMPARE(s.coveredLeft, 9);
        QVERIFY(s.evaluationDone);
        QCOMPARE(s.paidCents, Cents(5000 * 3 + 7000 + 6000));
        QCOMPARE(s.expectedAmoCents, Cents(9000));
        QCOMPARE(s.expectedAmcCents, Cents(6000));
        QCOMPARE(s.receivedAmoCents, Cents(6000));
        QCOMPARE(s.receivedAmcCents, Cents(2500));
        QCOMPARE(s.owedAmoCents, Cents(3000));
        QCOMPARE(s.owedAmcCents, Cents(3500));
        QCOMPARE(s.sheetsToSend, QList<qint64>({2}));
        QCOMPARE(s.sessionsWithoutSheet, QList<qint64>({3}));
        QVERIFY(s.latePayments.isEmpty());
        QCOMPARE(find(s, 1)->sheetId, qint64(1));
        QCOMPARE(find(s, 1)->receivedAmoCents, Cents(3000));
        QCOMPARE(find(s, 2)->receivedAmcCents, Cents(500));
        QCOMPARE(find(s, 4)->receivedAmoCents, Cents(0)); // payer Other counts in neither
        QCOMPARE(find(s, 4)->receivedAmcCents, Cents(0));
        QVERIFY(!find(s, 6));
    }

    void overpaymentIsNotNegativeOwed()
    {
        Facts f;
        f.eval(d(2025, 3, 1)).follow(d(2025, 3, 8));
        f.sheet(1, {1, 2}, d(2025, 3, 8), d(2025, 3, 9));
        f.payment(Payer::Cpam, d(2025, 3, 20), {{1, 3500}});
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 21));
        QCOMPARE(s.receivedAmoCents, Cents(3500));
        QCOMPARE(s.owedAmoCents, Cents(3000)); // session 1 owes 0, not −500; session 2 owes 3000
    }

    // Covered is not paid back: what came back, from the payments' shares.
    void repaymentSaysWhatCameBack()
    {
        using Repayment = SessionAssessment::Repayment;
        Facts f;
        f.eval(d(2025, 3, 1))           // 1: 30 € CPAM and 20 € mutuelle received
            .follow(d(2025, 3, 8))      // 2: the CPAM's 30 € only
            .follow(d(2025, 3, 15))     // 3: nothing yet
            .priv(d(2025, 3, 20), 7000) // 4: private
            .sheet(1, {1, 2, 3}, d(2025, 3, 15), d(2025, 3, 16))
            .payment(Payer::Cpam, d(2025, 3, 25), {{1, 3000}, {2, 3000}})
            .payment(Payer::Mutuelle, d(2025, 3, 28), {{1, 2000}});
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 30));
        QCOMPARE(find(s, 1)->repayment(), Repayment::PaidBack);
        QCOMPARE(find(s, 2)->repayment(), Repayment::Partly);
        QCOMPARE(find(s, 2)->receivedCents(), Cents(3000));
        QCOMPARE(find(s, 2)->expectedCents(), Cents(5000));
        QCOMPARE(find(s, 3)->repayment(), Repayment::NotYet);
        QCOMPARE(find(s, 4)->repayment(), Repayment::NotCovered);

        Facts ame;
        ame.cover(CoverageKind::AME, d(2025, 1, 1)).eval(d(2025, 3, 1)).paid(0);
        const YearStatus t = CarePathRules::yearStatus(ame.facts(), 2025, d(2025, 3, 2));
        QCOMPARE(find(t, 1)->repayment(), Repayment::NothingToGetBack);
    }

    void sessionsInAnyOrder()
    {
        Facts f;
        f.follow(d(2025, 5, 1)).eval(d(2025, 2, 1)).follow(d(2025, 3, 1));
        PersonYearFacts facts = f.facts();
        std::reverse(facts.sessions.begin(), facts.sessions.end());
        const YearStatus s = CarePathRules::yearStatus(facts, 2025, d(2025, 6, 1));
        QCOMPARE(s.sessions.size(), 3);
        QCOMPARE(s.sessions.at(0).sessionId, qint64(2));
        QCOMPARE(s.sessions.at(0).coveredIndex, 1);
        QCOMPARE(s.sessions.at(1).sessionId, qint64(3));
        QCOMPARE(s.sessions.at(2).sessionId, qint64(1));
        QCOMPARE(s.sessions.at(2).coveredIndex, 3);
        QVERIFY(s.sessions.at(1).warnings.isEmpty()); // the evaluation came first
    }

    void tiersPayantSessionsNeedNoSheet()
    {
        Facts f;
        f.cover(CoverageKind::AME, d(2025, 1, 1)).eval(d(2025, 3, 1)).paid(0);
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 2));
        QVERIFY(s.sessionsWithoutSheet.isEmpty());
        QCOMPARE(s.expectedAmoCents + s.expectedAmcCents + s.owedAmoCents + s.owedAmcCents,
                 Cents(0));
        QCOMPARE(s.coveredUsed, 1);
        QVERIFY(s.nextSteps.isEmpty());
    }

    void coveredCap_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("cap");
        QTest::newRow("2021") << 2021 << d(2025, 1, 1) << 0;
        QTest::newRow("2022 seen in February 2022") << 2022 << d(2022, 2, 1) << 8;
        QTest::newRow("2023") << 2023 << d(2025, 1, 1) << 8;
        QTest::newRow("2024 seen in March 2024") << 2024 << d(2024, 3, 1) << 8;
        QTest::newRow("2024 seen on 15 June 2024") << 2024 << d(2024, 6, 15) << 12;
        QTest::newRow("2024 seen later") << 2024 << d(2025, 1, 1) << 12;
        QTest::newRow("next year") << 2026 << d(2025, 12, 1) << 12;
    }
    void coveredCap()
    {
        QFETCH(int, year);
        QFETCH(QDate, today);
        QFETCH(int, cap);
        const YearStatus s = CarePathRules::yearStatus(Facts().facts(), year, today);
        QCOMPARE(s.coveredCap, cap);
        QCOMPARE(s.coveredLeft, cap);
        QCOMPARE(s.coveredUsed, 0);
    }

    void latePayments_data()
    {
        // Two 2025 sessions (AMO 3000 + 3000, AMC 2000 + 2000) on one sheet sent 1 March 2025.
        QTest::addColumn<bool>("electronic");
        QTest::addColumn<bool>("mutuelle");
        QTest::addColumn<Cents>("cpamPaid"); // split over both sessions, on cpamDate
        QTest::addColumn<QDate>("cpamDate");
        QTest::addColumn<Cents>("mutuellePaid");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("cpamDaysLate"); // -1 = not late
        QTest::addColumn<Cents>("cpamMissing");
        QTest::addColumn<int>("mutuelleDaysLate");
        QTest::addColumn<Cents>("mutuelleMissing");

        const QDate none;
        QTest::newRow("paper, day 30") << false << true << Cents(0) << none << Cents(0)
                                       << d(2025, 3, 31) << -1 << Cents(0) << -1 << Cents(0);
        QTest::newRow("paper, day 31") << false << true << Cents(0) << none << Cents(0)
                                       << d(2025, 4, 1) << 1 << Cents(6000) << -1 << Cents(0);
        QTest::newRow("paper, 12 days late")
            << false << true << Cents(0) << none << Cents(0) << d(2025, 4, 12) << 12 << Cents(6000)
            << -1 << Cents(0);
        QTest::newRow("electronic, day 10") << true << true << Cents(0) << none << Cents(0)
                                            << d(2025, 3, 11) << -1 << Cents(0) << -1 << Cents(0);
        QTest::newRow("electronic, day 11") << true << true << Cents(0) << none << Cents(0)
                                            << d(2025, 3, 12) << 1 << Cents(6000) << -1 << Cents(0);
        QTest::newRow("CPAM paid part")
            << false << true << Cents(4800) << d(2025, 3, 20) << Cents(0) << d(2025, 4, 2) << 2
            << Cents(1200) << -1 << Cents(0);
        QTest::newRow("CPAM paid, mutuelle day 15")
            << false << true << Cents(6000) << d(2025, 3, 20) << Cents(0) << d(2025, 4, 4) << -1
            << Cents(0) << -1 << Cents(0);
        QTest::newRow("CPAM paid, mutuelle day 16")
            << false << true << Cents(6000) << d(2025, 3, 20) << Cents(0) << d(2025, 4, 5) << -1
            << Cents(0) << 1 << Cents(4000);
        QTest::newRow("mutuelle paid part")
            << false << true << Cents(6000) << d(2025, 3, 20) << Cents(2500) << d(2025, 5, 1) << -1
            << Cents(0) << 27 << Cents(1500);
        QTest::newRow("mutuelle paid all")
            << false << true << Cents(6000) << d(2025, 3, 20) << Cents(4000) << d(2025, 9, 1) << -1
            << Cents(0) << -1 << Cents(0);
        QTest::newRow("no mutuelle") << false << false << Cents(6000) << d(2025, 3, 20) << Cents(0)
                                     << d(2025, 9, 1) << -1 << Cents(0) << -1 << Cents(0);
        QTest::newRow("mutuelle waits for the CPAM")
            << false << true << Cents(0) << none << Cents(0) << d(2025, 9, 1) << 154 << Cents(6000)
            << -1 << Cents(0);
    }
    void latePayments()
    {
        QFETCH(bool, electronic);
        QFETCH(bool, mutuelle);
        QFETCH(Cents, cpamPaid);
        QFETCH(QDate, cpamDate);
        QFETCH(Cents, mutuellePaid);
        QFETCH(QDate, today);
        QFETCH(int, cpamDaysLate);
        QFETCH(Cents, cpamMissing);
        QFETCH(int, mutuelleDaysLate);
        QFETCH(Cents, mutuelleMissing);

        Facts f;
        if (!mutuelle)
            f.noMutuelle();
        f.eval(d(2025, 2, 20)).follow(d(2025, 2, 27));
        f.sheet(7, {1, 2}, d(2025, 2, 27), d(2025, 3, 1), electronic);
        if (cpamPaid > 0) {
            const Cents first = std::min<Cents>(cpamPaid, 3000);
            f.payment(Payer::Cpam, cpamDate, {{1, first}, {2, cpamPaid - first}});
        }
        if (mutuellePaid > 0) {
            const Cents first = std::min<Cents>(mutuellePaid, 2000);
            f.payment(Payer::Mutuelle, cpamDate.addDays(5),
                      {{1, first}, {2, mutuellePaid - first}});
        }
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, today);

        int found = 0;
        for (const LatePayment& late : s.latePayments) {
            QCOMPARE(late.sheetId, qint64(7));
            if (late.payer == Payer::Cpam) {
                QCOMPARE(late.daysLate, cpamDaysLate);
                QCOMPARE(late.missingCents, cpamMissing);
                QCOMPARE(late.dueDate, d(2025, 3, 1).addDays(electronic ? 10 : 30));
            } else {
                QCOMPARE(late.payer, Payer::Mutuelle);
                QCOMPARE(late.daysLate, mutuelleDaysLate);
                QCOMPARE(late.missingCents, mutuelleMissing);
                QCOMPARE(late.dueDate, cpamDate.addDays(15));
            }
            ++found;
        }
        QCOMPARE(found, (cpamDaysLate > 0 ? 1 : 0) + (mutuelleDaysLate > 0 ? 1 : 0));
        int chase = 0;
        for (const NextStep& step : s.nextSteps)
            chase += step.kind == NextStep::Kind::ChasePayment ? 1 : 0;
        QCOMPARE(chase, found);
    }

    void lateDaysAreSettings()
    {
        Facts f;
        f.eval(d(2025, 2, 20)).sheet(1, {1}, d(2025, 2, 20), d(2025, 3, 1));
        StatusSettings settings;
        settings.paperLateDays = 45;
        QVERIFY(CarePathRules::yearStatus(f.facts(), 2025, d(2025, 4, 15), settings)
                    .latePayments.isEmpty());
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 4, 20), settings);
        QCOMPARE(s.latePayments.size(), 1);
        QCOMPARE(s.latePayments.first().dueDate, d(2025, 4, 15));
        QCOMPARE(s.latePayments.first().daysLate, 5);
        QCOMPARE(s.latePayments.first().missingCents, Cents(3000));
    }

    void proposeSplit_data()
    {
        QTest::addColumn<int>("payer");
        QTest::addColumn<Cents>("amount");
        QTest::addColumn<QList<PaymentShare>>("shares");
        // Sessions (see proposeSplit()): 5 (2025-01-10, AMO 3000 owed 3000, AMC 2000),
        // 3 (2024-12-20, AMO 1800 received 800: owes 1000, AMC 1200),
        // 4 (2025-01-03, AMO fully received), 9 (2025-02-01, uncovered).
        QTest::newRow("CPAM, exact total")
            << int(Payer::Cpam) << Cents(4000) << QList<PaymentShare>{{3, 1000}, {5, 3000}};
        QTest::newRow("CPAM, less than owed")
            << int(Payer::Cpam) << Cents(2500) << QList<PaymentShare>{{3, 1000}, {5, 1500}};
        QTest::newRow("CPAM, more than owed")
            << int(Payer::Cpam) << Cents(9000) << QList<PaymentShare>{{3, 1000}, {5, 3000}};
        QTest::newRow("CPAM, one cent")
            << int(Payer::Cpam) << Cents(1) << QList<PaymentShare>{{3, 1}};
        QTest::newRow("mutuelle, grouped payment")
            << int(Payer::Mutuelle) << Cents(3200) << QList<PaymentShare>{{3, 1200}, {5, 2000}};
        QTest::newRow("mutuelle, partial")
            << int(Payer::Mutuelle) << Cents(1500) << QList<PaymentShare>{{3, 1200}, {5, 300}};
        QTest::newRow("other payer") << int(Payer::Other) << Cents(5000) << QList<PaymentShare>{};
        QTest::newRow("zero amount") << int(Payer::Cpam) << Cents(0) << QList<PaymentShare>{};
    }
    void proposeSplit()
    {
        QFETCH(int, payer);
        QFETCH(Cents, amount);
        QFETCH(QList<PaymentShare>, shares);
        const auto assessed = [](qint64 id, QDate date, Cents amo, Cents receivedAmo, Cents amc) {
            SessionAssessment a;
            a.sessionId = id;
            a.date = date;
            a.covered = amo > 0;
            a.expectedAmoCents = amo;
            a.receivedAmoCents = receivedAmo;
            a.expectedAmcCents = amc;
            return a;
        };
        const QList<SessionAssessment> sessions = {assessed(5, d(2025, 1, 10), 3000, 0, 2000),
                                                   assessed(9, d(2025, 2, 1), 0, 0, 0),
                                                   assessed(4, d(2025, 1, 3), 3000, 3000, 0),
                                                   assessed(3, d(2024, 12, 20), 1800, 800, 1200)};
        const QList<PaymentShare> proposed =
            CarePathRules::proposeSplit(sessions, Payer(payer), amount);
        QCOMPARE(proposed, shares);
        Cents total = 0;
        for (const PaymentShare& s : proposed)
            total += s.amountCents;
        QVERIFY(total <= amount);
    }

    void splitOfAGroupedPaymentFromYearStatus()
    {
        // Four 2025 sessions on one sheet; the CPAM pays 12000 at once.
        Facts f;
        f.eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 3);
        const YearStatus before = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 2, 10));
        const auto shares = CarePathRules::proposeSplit(before.sessions, Payer::Cpam, 12000);
        QCOMPARE(shares, (QList<PaymentShare>{{1, 3000}, {2, 3000}, {3, 3000}, {4, 3000}}));
        f.payment(Payer::Cpam, d(2025, 2, 10), shares);
        const YearStatus after = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 2, 11));
        QCOMPARE(after.owedAmoCents, Cents(0));
        QCOMPARE(after.owedAmcCents, Cents(8000));
        QVERIFY(CarePathRules::proposeSplit(after.sessions, Payer::Cpam, 3000).isEmpty());
        QCOMPARE(CarePathRules::proposeSplit(after.sessions, Payer::Mutuelle, 5000),
                 (QList<PaymentShare>{{1, 2000}, {2, 2000}, {3, 1000}}));
    }

    void nextStepCapReached_data()
    {
        QTest::addColumn<PersonYearFacts>("facts");
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("text");
        QTest::newRow("2025")
            << Facts().eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 11).facts() << 2025
            << QStringLiteral("Your 12 covered sessions for 2025 are used: further sessions are "
                              "not reimbursed; talk to your doctor about renewal.");
        QTest::newRow("2023")
            << Facts()
                   .referral(d(2023, 1, 2))
                   .eval(d(2023, 1, 9))
                   .follows(d(2023, 1, 16), 7)
                   .facts()
            << 2023
            << QStringLiteral("Your 8 covered sessions for 2023 are used: further sessions are "
                              "not reimbursed; talk to your doctor about renewal.");
    }
    void nextStepCapReached()
    {
        QFETCH(PersonYearFacts, facts);
        QFETCH(int, year);
        QFETCH(QString, text);
        // Everything paid and settled, so the cap is the only step.
        QList<PaymentShare> amo;
        QList<PaymentShare> amc;
        QList<qint64> ids;
        const YearStatus first = CarePathRules::yearStatus(facts, year, d(year, 12, 1));
        for (const SessionAssessment& a : first.sessions) {
            amo.append({a.sessionId, a.expectedAmoCents});
            amc.append({a.sessionId, a.expectedAmcCents});
            ids.append(a.sessionId);
        }
        facts.sheets.append({1, kPerson, ids, d(year, 6, 1), d(year, 6, 2), false});
        facts.payments.append({1, Payer::Cpam, d(year, 6, 20), 0, {}, amo});
        facts.payments.append({2, Payer::Mutuelle, d(year, 6, 25), 0, {}, amc});
        const YearStatus s = CarePathRules::yearStatus(facts, year, d(year, 12, 1));
        QCOMPARE(s.coveredLeft, 0);
        QCOMPARE(s.nextSteps.size(), 1);
        QCOMPARE(s.nextSteps.first().kind, NextStep::Kind::CapReached);
        QCOMPARE(s.nextSteps.first().text, text);
    }

    void nextStepsTexts()
    {
        Facts f;
        f.follow(d(2025, 3, 12))    // 1: no evaluation this year, sheet 1 unsent
            .follow(d(2025, 3, 19)) // 2: no sheet yet
            .follow(d(2025, 2, 5))  // 3: sheet 2, sent 7 Feb, CPAM late
            .follow(d(2025, 2, 26)) // 4: sheet 3, sent 1 March, CPAM due
            .sheet(1, {1}, d(2025, 3, 12))
            .sheet(2, {3}, d(2025, 2, 5), d(2025, 2, 7))
            .sheet(3, {4}, d(2025, 2, 26), d(2025, 3, 1));
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 21));
        QCOMPARE(s.sheetsToSend, QList<qint64>({1}));
        QCOMPARE(s.sessionsWithoutSheet, QList<qint64>({2}));
        QCOMPARE(s.latePayments.size(), 1);
        QCOMPARE(s.latePayments.first().daysLate, 12);

        QCOMPARE(s.nextSteps.size(), 5);
        QCOMPARE(s.nextSteps.at(0).kind, NextStep::Kind::ChasePayment);
        QCOMPARE(s.nextSteps.at(0).sheetId, qint64(2));
        QCOMPARE(s.nextSteps.at(0).payer, Payer::Cpam);
        QCOMPARE(s.nextSteps.at(0).text,
                 QStringLiteral("The CPAM payment for the feuille de soins sent on 7 February "
                                "2025 is 12 day(s) late."));
        QCOMPARE(s.nextSteps.at(1).kind, NextStep::Kind::SendSheet);
        QCOMPARE(s.nextSteps.at(1).sheetId, qint64(1));
        QCOMPARE(s.nextSteps.at(1).text,
                 QStringLiteral("Send the feuille de soins of 12 March 2025."));
        QCOMPARE(s.nextSteps.at(2).kind, NextStep::Kind::CreateSheet);
        QCOMPARE(s.nextSteps.at(2).sessionId, qint64(2));
        QCOMPARE(s.nextSteps.at(2).text,
                 QStringLiteral("Ask your psychologist for the feuille de soins of the session of "
                                "19 March 2025."));
        QCOMPARE(s.nextSteps.at(3).kind, NextStep::Kind::RecordPayment);
        QCOMPARE(s.nextSteps.at(3).sheetId, qint64(3));
        QCOMPARE(s.nextSteps.at(3).text,
                 QStringLiteral("The CPAM should pay you €30.00 for the feuille de soins sent on "
                                "1 March 2025: record the payment when it arrives."));
        QCOMPARE(s.nextSteps.at(4).kind, NextStep::Kind::StartEvaluation);
        QCOMPARE(s.nextSteps.at(4).text,
                 QStringLiteral("No evaluation is recorded for 2025: a yearly course usually "
                                "starts with an evaluation (entretien d'évaluation); ask your "
                                "psychologist."));
    }

    void mutuelleLateText()
    {
        Facts f;
        f.eval(d(2025, 2, 20)).sheet(4, {1}, d(2025, 2, 20), d(2025, 3, 1));
        f.payment(Payer::Cpam, d(2025, 3, 10), {{1, 3000}});
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 26));
        QCOMPARE(s.nextSteps.size(), 1);
        QCOMPARE(s.nextSteps.first().kind, NextStep::Kind::ChasePayment);
        QCOMPARE(s.nextSteps.first().payer, Payer::Mutuelle);
        QCOMPARE(s.nextSteps.first().text,
                 QStringLiteral("The mutuelle payment for the feuille de soins sent on 1 March "
                                "2025 is 1 day(s) late."));
        const YearStatus early = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 25));
        QCOMPARE(early.nextSteps.first().kind, NextStep::Kind::RecordPayment);
        QCOMPARE(early.nextSteps.first().text,
                 QStringLiteral("Your mutuelle should pay you €20.00 for the feuille de soins "
                                "sent on 1 March 2025: record the payment when it arrives."));
    }

    void sendingDeadline_data()
    {
        QTest::addColumn<bool>("onSheet");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QString>("warning"); // empty = none
        QTest::addColumn<QString>("step");
        // Session of 10 March 2023, deadline 10 March 2025, warned 90 days before (10 Dec 2024).
        QTest::newRow("no sheet, 91 days before")
            << false << d(2024, 12, 9) << QString() << QString();
        QTest::newRow("no sheet, 90 days before")
            << false << d(2024, 12, 10)
            << QStringLiteral("Send the feuille de soins for this session before 10 March 2025: "
                              "after 2 year(s) the CPAM no longer reimburses it.")
            << QStringLiteral("Ask for the feuille de soins of the session of 10 March 2023 and "
                              "send it before 10 March 2025: after 2 year(s) the CPAM no longer "
                              "reimburses it.");
        QTest::newRow("unsent sheet, 30 days before")
            << true << d(2025, 2, 8)
            << QStringLiteral("Send the feuille de soins for this session before 10 March 2025: "
                              "after 2 year(s) the CPAM no longer reimburses it.")
            << QStringLiteral("Send the feuille de soins of 10 March 2023 before 10 March 2025: "
                              "after 2 year(s) the CPAM no longer reimburses it.");
        QTest::newRow("unsent sheet, on the deadline")
            << true << d(2025, 3, 10)
            << QStringLiteral("Send the feuille de soins for this session before 10 March 2025: "
                              "after 2 year(s) the CPAM no longer reimburses it.")
            << QStringLiteral("Send the feuille de soins of 10 March 2023 before 10 March 2025: "
                              "after 2 year(s) the CPAM no longer reimburses it.");
        QTest::newRow("unsent sheet, deadline passed")
            << true << d(2025, 3, 11)
            << QStringLiteral("The 2-year deadline to claim this session passed on 10 March 2025: "
                              "the CPAM may refuse the feuille de soins.")
            << QStringLiteral("The 2-year deadline to send the feuille de soins of 10 March 2023 "
                              "passed on 10 March 2025: send it anyway and ask the CPAM.");
    }
    void sendingDeadline()
    {
        QFETCH(bool, onSheet);
        QFETCH(QDate, today);
        QFETCH(QString, warning);
        QFETCH(QString, step);
        Facts f;
        f.referral(d(2023, 1, 2)).eval(d(2023, 3, 10));
        if (onSheet)
            f.sheet(1, {1}, d(2023, 3, 10));
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2023, today);
        const SessionAssessment* a = find(s, 1);
        QVERIFY(a && a->covered);
        QCOMPARE(a->warnings, warning.isEmpty() ? QStringList() : QStringList{warning});
        QCOMPARE(s.nextSteps.size(), 1);
        if (step.isEmpty()) {
            QCOMPARE(s.nextSteps.first().kind, NextStep::Kind::CreateSheet);
        } else {
            QCOMPARE(s.nextSteps.first().kind, NextStep::Kind::SendingDeadline);
            QCOMPARE(s.nextSteps.first().text, step);
            QCOMPARE(s.nextSteps.first().deadline, d(2025, 3, 10));
        }
    }

    // The deadline is data: the shipped regimes with a 3-year deadline change the verdict.
    void sendingDeadlineComesFromTheRuleSet()
    {
        QFile file(QStringLiteral(":/carnet/rules/mon-soutien-psy.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray json = file.readAll();
        QCOMPARE(json.count("\"sendingDeadlineYears\": 2,"), 2);
        json.replace("\"sendingDeadlineYears\": 2,", "\"sendingDeadlineYears\": 3,");
        const auto threeYears = RuleSet::fromJson(json);
        QVERIFY(threeYears.ok());

        Facts f;
        f.referral(d(2023, 1, 2)).eval(d(2023, 3, 10)).sheet(1, {1}, d(2023, 3, 10));
        // 11 March 2025: past the shipped 2-year deadline, far from a 3-year one.
        const YearStatus shipped = CarePathRules::yearStatus(f.facts(), 2023, d(2025, 3, 11));
        QCOMPARE(shipped.nextSteps.first().kind, NextStep::Kind::SendingDeadline);
        QCOMPARE(find(shipped, 1)->warnings.size(), 1);
        const YearStatus later =
            CarePathRules::yearStatus(f.facts(), 2023, d(2025, 3, 11), {}, threeYears.value());
        QVERIFY(find(later, 1)->warnings.isEmpty());
        QCOMPARE(later.nextSteps.size(), 1);
        QCOMPARE(later.nextSteps.first().kind, NextStep::Kind::SendSheet);
        QVERIFY(later.nextSteps.first().deadline.isNull());

        const YearStatus passed =
            CarePathRules::yearStatus(f.facts(), 2023, d(2026, 3, 11), {}, threeYears.value());
        QCOMPARE(find(passed, 1)->warnings,
                 QStringList{QStringLiteral("The 3-year deadline to claim this session passed on "
                                            "10 March 2026: the CPAM may refuse the feuille de "
                                            "soins.")});
        QCOMPARE(passed.nextSteps.first().kind, NextStep::Kind::SendingDeadline);
        QCOMPARE(passed.nextSteps.first().deadline, d(2026, 3, 10));
        QCOMPARE(passed.nextSteps.first().text,
                 QStringLiteral("The 3-year deadline to send the feuille de soins of 10 March 2023 "
                                "passed on 10 March 2026: send it anyway and ask the CPAM."));
    }

    void noDeadlineOnceSent()
    {
        Facts f;
        f.referral(d(2023, 1, 2))
            .eval(d(2023, 3, 10))
            .sheet(1, {1}, d(2023, 3, 10), d(2023, 3, 12));
        f.payment(Payer::Cpam, d(2023, 3, 30), {{1, 2400}})
            .payment(Payer::Mutuelle, d(2023, 4, 2), {{1, 1600}});
        const YearStatus s = CarePathRules::yearStatus(f.facts(), 2023, d(2025, 3, 1));
        QVERIFY(find(s, 1)->warnings.isEmpty());
        QVERIFY(s.nextSteps.isEmpty());
        QCOMPARE(s.owedAmoCents + s.owedAmcCents, Cents(0));
    }

    void participationForfaitaireFromRules()
    {
        const auto rules = RuleSet::fromJson(
            "{\"regimes\":[{\"id\":\"x\",\"from\":\"2022-04-05\",\"to\":null,"
            "\"coveredSessionsPerYear\":12,\"followUpsPerYear\":11,\"evaluationTariffCents\":5000,"
            "\"followUpTariffCents\":5000,\"referralRequired\":false,\"amoRatePercent\":60,"
            "\"participationForfaitaireCents\":200,\"minimumAgeYears\":3,\"sendingDeadlineYears\":"
            "2,"
            "\"source\":\"test\"}]}");
        QVERIFY(rules.ok());
        Facts f;
        f.eval(d(2025, 3, 1));
        const YearStatus s =
            CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 2), {}, rules.value());
        const SessionAssessment* a = find(s, 1);
        QCOMPARE(a->expectedAmoCents, Cents(2800));
        QCOMPARE(a->expectedAmcCents, Cents(2000));
        QCOMPARE(a->patientShareCents, Cents(200));
    }

    void totalCapCountsTheEvaluation()
    {
        // A regime whose follow-up cap equals the total cap: the evaluation still takes a place.
        const auto rules = RuleSet::fromJson(
            "{\"regimes\":[{\"id\":\"x\",\"from\":\"2022-04-05\",\"to\":null,"
            "\"coveredSessionsPerYear\":4,\"followUpsPerYear\":4,\"evaluationTariffCents\":5000,"
            "\"followUpTariffCents\":5000,\"referralRequired\":false,\"amoRatePercent\":60,"
            "\"participationForfaitaireCents\":0,\"minimumAgeYears\":3,\"sendingDeadlineYears\":2,"
            "\"source\":\"test\"}]}");
        QVERIFY(rules.ok());
        Facts f;
        f.eval(d(2025, 1, 6)).follows(d(2025, 1, 13), 4);
        const YearStatus s =
            CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 1), {}, rules.value());
        QCOMPARE(s.coveredCap, 4);
        QCOMPARE(s.coveredUsed, 4);
        QCOMPARE(find(s, 4)->coveredIndex, 4);
        QCOMPARE(find(s, 5)->reason, R::OverYearlyCap);
        QCOMPARE(s.expectedAmoCents, Cents(4 * 3000));
    }

    void ageOn_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("age");
        QTest::newRow("day before birthday") << d(2021, 9, 10) << d(2024, 9, 9) << 2;
        QTest::newRow("birthday") << d(2021, 9, 10) << d(2024, 9, 10) << 3;
        QTest::newRow("31 December / 1 January") << d(2021, 12, 31) << d(2025, 1, 1) << 3;
        QTest::newRow("29 February on 28 February") << d(2020, 2, 29) << d(2023, 2, 28) << 2;
        QTest::newRow("29 February on 1 March") << d(2020, 2, 29) << d(2023, 3, 1) << 3;
        QTest::newRow("adult") << d(1990, 5, 10) << d(2025, 5, 9) << 34;
        QTest::newRow("invalid") << QDate() << d(2025, 5, 9) << -1;
    }
    void ageOn()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, date);
        QFETCH(int, age);
        QCOMPARE(CarePathRules::ageOn(birth, date), age);
    }

    void birthdayOf_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("third");
        QTest::newRow("usual") << d(2022, 9, 10) << d(2025, 9, 10);
        QTest::newRow("29 February, common year") << d(2020, 2, 29) << d(2023, 3, 1);
        QTest::newRow("28 February") << d(2021, 2, 28) << d(2024, 2, 28);
        QTest::newRow("no birth date") << QDate() << QDate();
    }
    void birthdayOf()
    {
        QFETCH(QDate, birth);
        QFETCH(QDate, third);
        QCOMPARE(CarePathRules::birthdayOf(birth, 3), third);
        if (third.isValid()) {
            QCOMPARE(CarePathRules::ageOn(birth, third), 3);
            QCOMPARE(CarePathRules::ageOn(birth, third.addDays(-1)), 2);
        }
    }

    // A child under 3: nothing left in a year they are too young all through; the whole cap
    // from the third birthday on in the year they turn 3 (the cap is not prorated).
    void underThreeYears()
    {
        Facts f;
        f.born(d(2023, 6, 1));
        const YearStatus y2025 = CarePathRules::yearStatus(f.facts(), 2025, d(2025, 3, 10));
        QCOMPARE(y2025.eligibleFrom, d(2026, 6, 1));
        QCOMPARE(y2025.coveredCap, 12);
        QCOMPARE(y2025.coveredLeft, 0);

        f.eval(d(2026, 5, 29)).eval(d(2026, 6, 1)).follow(d(2026, 6, 8));
        const YearStatus y2026 = CarePathRules::yearStatus(f.facts(), 2026, d(2026, 6, 10));
        QCOMPARE(y2026.eligibleFrom, d(2026, 6, 1));
        QCOMPARE(find(y2026, 1)->reason, R::UnderAge);
        QVERIFY(find(y2026, 2)->covered);
        QVERIFY(find(y2026, 3)->covered);
        QCOMPARE(y2026.coveredUsed, 2);
        QCOMPARE(y2026.coveredLeft, 10);

        const YearStatus y2027 = CarePathRules::yearStatus(f.facts(), 2027, d(2027, 1, 5));
        QVERIFY(!y2027.eligibleFrom.isValid());
        QCOMPARE(y2027.coveredLeft, 12);

        // Three on 1 January: old enough all year.
        Facts newYear;
        newYear.born(d(2023, 1, 1));
        QVERIFY(!CarePathRules::yearStatus(newYear.facts(), 2026, d(2026, 1, 1))
                     .eligibleFrom.isValid());
        // An adult: never.
        QVERIFY(!CarePathRules::yearStatus(Facts().facts(), 2025, d(2025, 1, 1))
                     .eligibleFrom.isValid());
    }

    void thirdPartyPaymentOn()
    {
        Person p;
        QVERIFY(!CarePathRules::thirdPartyPaymentOn(p, d(2025, 1, 1)));
        p.coverage = {{CoverageKind::Standard, d(2020, 1, 1), {}},
                      {CoverageKind::Maternity, d(2025, 2, 1), d(2025, 5, 31)}};
        QVERIFY(!CarePathRules::thirdPartyPaymentOn(p, d(2025, 1, 31)));
        QVERIFY(CarePathRules::thirdPartyPaymentOn(p, d(2025, 2, 1)));
        QVERIFY(CarePathRules::thirdPartyPaymentOn(p, d(2025, 5, 31)));
        QVERIFY(!CarePathRules::thirdPartyPaymentOn(p, d(2025, 6, 1)));
    }

    void reasonTexts()
    {
        QVERIFY(CarePathRules::reasonText(R::None).isEmpty());
        QSet<QString> texts;
        for (R r : {R::PrivateSession, R::BeforeScheme, R::UnderAge, R::NotPartner,
                    R::FeeDiffersFromTariff, R::RemoteEvaluation, R::SecondEvaluation,
                    R::OverYearlyCap, R::ReferralMissing}) {
            const QString text = CarePathRules::reasonText(r);
            QVERIFY(!text.isEmpty());
            QVERIFY(text.endsWith(QLatin1Char('.')));
            texts.insert(text);
        }
        QCOMPARE(texts.size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestCarePathRules)
#include "TestCarePathRules.moc"
