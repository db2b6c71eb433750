#include "rules/Validation.h"

#include <QLocale>
#include <QTest>

using namespace carnet;

Q_DECLARE_METATYPE(carnet::Person)
Q_DECLARE_METATYPE(carnet::Practitioner)
Q_DECLARE_METATYPE(carnet::Referral)
Q_DECLARE_METATYPE(carnet::Session)
Q_DECLARE_METATYPE(carnet::CareSheet)
Q_DECLARE_METATYPE(carnet::Payment)

namespace {

const QDate kToday(2025, 6, 1);

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Person adult()
{
    Person p;
    p.id = 1;
    p.name = QStringLiteral("Camille");
    p.birthDate = d(1990, 5, 10);
    return p;
}

Person child()
{
    Person p = adult();
    p.id = 2;
    p.relation = Relation::Child;
    p.birthDate = d(2015, 2, 1);
    return p;
}

Practitioner partnerPsy()
{
    Practitioner p;
    p.id = 10;
    p.name = QStringLiteral("Psy");
    p.rpps = QStringLiteral("10005173140");
    return p;
}

Session makeSession(QDate date, SessionKind kind, Cents fee, Cents paid)
{
    Session s;
    s.id = 1;
    s.personId = 1;
    s.practitionerId = 10;
    s.date = date;
    s.kind = kind;
    s.feeCents = fee;
    s.paidCents = paid;
    return s;
}

Session followUp(Cents fee = 5000, Cents paid = 5000)
{
    return makeSession(d(2025, 3, 1), SessionKind::FollowUp, fee, paid);
}

// Checks `result` against the expected field (empty = accepted).
template <typename T>
void checkField(const Result<T>& result, const QString& field)
{
    if (field.isEmpty()) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().message));
    } else {
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().message.endsWith(QLatin1Char('.')));
    }
}

} // namespace

// What the rules refuse before anything is stored, and what they only warn about.
class TestValidation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void person_data()
    {
        QTest::addColumn<Person>("person");
        QTest::addColumn<QString>("field");
        Person p = adult();
        QTest::newRow("valid") << p << QString();
        p.name = QStringLiteral("   ");
        QTest::newRow("blank name") << p << QStringLiteral("name");
        p = adult();
        p.birthDate = QDate();
        QTest::newRow("no birth date") << p << QStringLiteral("birth_date");
        p.birthDate = d(1850, 1, 1);
        QTest::newRow("implausible birth date") << p << QStringLiteral("birth_date");
        p.birthDate = kToday.addDays(1);
        QTest::newRow("birth tomorrow") << p << QStringLiteral("birth_date");
        p.birthDate = kToday;
        QTest::newRow("born today") << p << QString();
        p = adult();
        p.nir = QStringLiteral("185057800608492");
        QTest::newRow("bad NIR key") << p << QStringLiteral("nir");
        p.nir = QStringLiteral("18505780060849");
        QTest::newRow("NIR too short") << p << QStringLiteral("nir");
        p.nir = QStringLiteral("2 53 07 2A 073 004 43");
        QTest::newRow("Corsican NIR with spaces") << p << QString();
        p = adult();
        p.coverage = {{CoverageKind::C2S, d(2025, 1, 1), d(2024, 12, 31)}};
        QTest::newRow("coverage ends before it starts") << p << QStringLiteral("coverage");
        p.coverage = {{CoverageKind::C2S, d(2025, 1, 1), d(2025, 1, 1)}};
        QTest::newRow("one-day coverage") << p << QString();
        p.coverage = {{CoverageKind::AME, d(2025, 1, 1), {}}};
        QTest::newRow("open coverage") << p << QString();
    }
    void person()
    {
        QFETCH(Person, person);
        QFETCH(QString, field);
        checkField(Validation::person(person, kToday), field);
    }

    void personIsNormalised()
    {
        Person p = adult();
        p.name = QStringLiteral("  Camille  ");
        p.nir = QStringLiteral(" 2 53 07 2a 073 004 43 ");
        p.mutuelle = QStringLiteral("  ");
        const auto result = Validation::person(p, kToday);
        QVERIFY(result.ok());
        QCOMPARE(result->name, QStringLiteral("Camille"));
        QCOMPARE(result->nir, QStringLiteral("253072A07300443"));
        QVERIFY(result->mutuelle.isEmpty());
        QVERIFY(!result->hasMutuelle());
    }

    void practitioner_data()
    {
        QTest::addColumn<Practitioner>("practitioner");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("warnings");
        Practitioner p = partnerPsy();
        QTest::newRow("valid RPPS") << p << QString() << 0;
        p.rpps = QStringLiteral("10005173141");
        QTest::newRow("RPPS failing Luhn only warns") << p << QString() << 1;
        p.rpps = QStringLiteral("759312345");
        QTest::newRow("ADELI") << p << QString() << 0;
        p.rpps = QStringLiteral("1000517314");
        QTest::newRow("10 digits") << p << QStringLiteral("rpps") << 0;
        p.rpps = QStringLiteral("1000517314X");
        QTest::newRow("letter") << p << QStringLiteral("rpps") << 0;
        p.rpps.clear();
        QTest::newRow("no RPPS") << p << QString() << 0;
        p.name.clear();
        QTest::newRow("no name") << p << QStringLiteral("name") << 0;
    }
    void practitioner()
    {
        QFETCH(Practitioner, practitioner);
        QFETCH(QString, field);
        QFETCH(int, warnings);
        QStringList list;
        checkField(Validation::practitioner(practitioner, &list), field);
        QCOMPARE(list.size(), warnings);
        if (warnings)
            QVERIFY(list.first().contains(QStringLiteral("RPPS")));
    }

    void practitionerRppsNormalised()
    {
        Practitioner p = partnerPsy();
        p.rpps = QStringLiteral(" 100 0272 7377 ");
        const auto result = Validation::practitioner(p);
        QVERIFY(result.ok());
        QCOMPARE(result->rpps, QStringLiteral("10002727377"));
    }

    void referral_data()
    {
        QTest::addColumn<Referral>("referral");
        QTest::addColumn<Person>("person");
        QTest::addColumn<QString>("field");
        Referral r;
        r.personId = 1;
        r.referrerName = QStringLiteral("Dr M.");
        r.date = d(2025, 2, 1);
        QTest::newRow("valid") << r << adult() << QString();
        QTest::newRow("today") << Referral{0, 1, {}, PractitionerRole::Midwife, kToday, {}, 0, {}}
                               << adult() << QString();
        Referral noDate = r;
        noDate.date = QDate();
        QTest::newRow("no date") << noDate << adult() << QStringLiteral("date");
        Referral future = r;
        future.date = kToday.addDays(1);
        QTest::newRow("future date") << future << adult() << QStringLiteral("date");
        Referral byPsy = r;
        byPsy.referrerRole = PractitionerRole::Psychologist;
        QTest::newRow("written by a psychologist")
            << byPsy << adult() << QStringLiteral("referrer_role");
        QTest::newRow("minor without consent") << r << child() << QStringLiteral("consent_holders");
        Referral blank = r;
        blank.consentHolders = {QStringLiteral("  ")};
        QTest::newRow("minor, blank consent holder")
            << blank << child() << QStringLiteral("consent_holders");
        Referral consent = r;
        consent.consentHolders = {QStringLiteral("Parent A"), QStringLiteral("Parent B")};
        QTest::newRow("minor with consent") << consent << child() << QString();
        Person eighteen = child();
        eighteen.birthDate = d(2007, 2, 1);
        QTest::newRow("18 on the referral's date") << r << eighteen << QString();
        Person seventeen = child();
        seventeen.birthDate = d(2007, 2, 2);
        QTest::newRow("17 on the referral's date")
            << r << seventeen << QStringLiteral("consent_holders");
    }
    void referral()
    {
        QFETCH(Referral, referral);
        QFETCH(Person, person);
        QFETCH(QString, field);
        checkField(Validation::referral(referral, person, kToday), field);
    }

    void session_data()
    {
        QTest::addColumn<Session>("session");
        QTest::addColumn<Person>("person");
        QTest::addColumn<bool>("partner");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("warning"); // empty = none

        QTest::newRow("valid follow-up") << followUp() << adult() << true << QString() << QString();
        Session s = followUp();
        s.date = QDate();
        QTest::newRow("no date") << s << adult() << true << QStringLiteral("date") << QString();
        QTest::newRow("negative fee")
            << followUp(-100, 0) << adult() << true << QStringLiteral("fee") << QString();
        QTest::newRow("negative paid")
            << followUp(5000, -1) << adult() << true << QStringLiteral("paid") << QString();
        QTest::newRow("paid more than the fee")
            << followUp(5000, 5001) << adult() << true << QStringLiteral("paid") << QString();
        QTest::newRow("fee above the 2025 tariff")
            << followUp(6000, 6000) << adult() << true << QStringLiteral("fee") << QString();
        QTest::newRow("fee above the 2023 follow-up tariff")
            << makeSession(d(2023, 3, 1), SessionKind::FollowUp, 3500, 0) << adult() << true
            << QStringLiteral("fee") << QString();
        QTest::newRow("2023 evaluation at 40 euros")
            << makeSession(d(2023, 3, 1), SessionKind::Evaluation, 4000, 4000) << adult() << true
            << QString() << QString();
        QTest::newRow("private session above the tariff")
            << makeSession(d(2025, 3, 1), SessionKind::Private, 7000, 7000) << adult() << true
            << QString() << QString();
        QTest::newRow("fee below the tariff warns")
            << followUp(4000, 4000) << adult() << true << QString() << QStringLiteral("tariff");
        QTest::newRow("not partner warns")
            << followUp() << adult() << false << QString() << QStringLiteral("not a partner");
        QTest::newRow("under 3 warns") << followUp() << [] {
            Person p = child();
            p.birthDate = d(2023, 1, 1);
            return p;
        }() << true << QString() << QStringLiteral("younger than 3");
        Session remote = makeSession(d(2025, 3, 1), SessionKind::Evaluation, 5000, 5000);
        remote.mode = SessionMode::Remote;
        QTest::newRow("remote evaluation warns")
            << remote << adult() << true << QString() << QStringLiteral("remotely");
        QTest::newRow("before the scheme warns")
            << makeSession(d(2022, 1, 10), SessionKind::FollowUp, 6000, 6000) << adult() << true
            << QString() << QStringLiteral("before Mon soutien psy started");
        QTest::newRow("tiers payant but paid warns") << followUp() << [] {
            Person p = adult();
            p.coverage = {{CoverageKind::C2S, d(2024, 1, 1), {}}};
            return p;
        }() << true << QString() << QStringLiteral("tiers payant");
        QTest::newRow("tiers payant, nothing paid") << followUp(5000, 0) << [] {
            Person p = adult();
            p.coverage = {{CoverageKind::C2S, d(2024, 1, 1), {}}};
            return p;
        }() << true << QString() << QString();
    }
    void session()
    {
        QFETCH(Session, session);
        QFETCH(Person, person);
        QFETCH(bool, partner);
        QFETCH(QString, field);
        QFETCH(QString, warning);
        Practitioner psy = partnerPsy();
        psy.partner = partner;
        QStringList warnings;
        const auto result = Validation::session(session, person, psy, &warnings);
        checkField(result, field);
        if (warning.isEmpty()) {
            QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('|'))));
        } else {
            QCOMPARE(warnings.size(), 1);
            QVERIFY2(warnings.first().contains(warning), qPrintable(warnings.first()));
        }
    }

    void feeAboveTariffMessage()
    {
        const auto result = Validation::session(followUp(6000, 6000), adult(), partnerPsy());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message,
                 QStringLiteral("The fee (€60.00) is above the Mon soutien psy tariff for this "
                                "session (€50.00): no extra fee is allowed within the scheme. If "
                                "you paid more, record it as a private session."));
    }

    void careSheet_data()
    {
        QTest::addColumn<CareSheet>("sheet");
        QTest::addColumn<QString>("field");
        QTest::addColumn<qint64>("personId");
        QTest::newRow("two sessions")
            << CareSheet{0, 0, {1, 2}, d(2025, 3, 8), {}, false} << QString() << qint64(1);
        QTest::newRow("no session") << CareSheet{0, 1, {}, d(2025, 3, 8), {}, false}
                                    << QStringLiteral("sessions") << qint64(0);
        QTest::newRow("several persons") << CareSheet{0, 0, {1, 3}, d(2025, 3, 8), {}, false}
                                         << QStringLiteral("sessions") << qint64(0);
        QTest::newRow("another person's session") << CareSheet{0, 1, {3}, d(2025, 3, 8), {}, false}
                                                  << QStringLiteral("sessions") << qint64(0);
        QTest::newRow("same session twice") << CareSheet{0, 1, {1, 1}, d(2025, 3, 8), {}, false}
                                            << QStringLiteral("sessions") << qint64(0);
        QTest::newRow("unknown session") << CareSheet{0, 1, {9}, d(2025, 3, 8), {}, false}
                                         << QStringLiteral("sessions") << qint64(0);
        QTest::newRow("sent before issued")
            << CareSheet{0, 1, {1}, d(2025, 3, 8), d(2025, 3, 7), false} << QStringLiteral("sent")
            << qint64(0);
        QTest::newRow("sent the day issued")
            << CareSheet{0, 1, {1}, d(2025, 3, 8), d(2025, 3, 8), true} << QString() << qint64(1);
    }
    void careSheet()
    {
        QFETCH(CareSheet, sheet);
        QFETCH(QString, field);
        QFETCH(qint64, personId);
        Session s1 = followUp();
        Session s2 = followUp();
        s2.id = 2;
        Session s3 = followUp();
        s3.id = 3;
        s3.personId = 2;
        const auto result = Validation::careSheet(sheet, {s1, s2, s3});
        if (field == QLatin1String("sessions") && sheet.sessionIds == QList<qint64>{9}) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, Error::Kind::NotFound);
            QCOMPARE(result.error().field, field);
            return;
        }
        checkField(result, field);
        if (result.ok())
            QCOMPARE(result->personId, personId);
    }

    void payment_data()
    {
        QTest::addColumn<Payment>("payment");
        QTest::addColumn<QString>("field");
        const auto pay = [](Cents amount, QList<PaymentShare> shares, QDate date = d(2025, 4, 1)) {
            Payment p;
            p.payer = Payer::Cpam;
            p.date = date;
            p.amountCents = amount;
            p.shares = std::move(shares);
            return p;
        };
        QTest::newRow("exact split") << pay(6000, {{1, 3000}, {2, 3000}}) << QString();
        QTest::newRow("partly assigned") << pay(6000, {{1, 3000}}) << QString();
        QTest::newRow("no shares") << pay(6000, {}) << QString();
        QTest::newRow("zero amount") << pay(0, {}) << QStringLiteral("amount");
        QTest::newRow("negative amount") << pay(-100, {}) << QStringLiteral("amount");
        QTest::newRow("no date") << pay(100, {}, QDate()) << QStringLiteral("date");
        QTest::newRow("shares above the amount")
            << pay(5000, {{1, 3000}, {2, 2001}}) << QStringLiteral("shares");
        QTest::newRow("negative share")
            << pay(5000, {{1, 3000}, {2, -1}}) << QStringLiteral("shares");
        QTest::newRow("duplicate session")
            << pay(6000, {{1, 3000}, {1, 3000}}) << QStringLiteral("shares");
        QTest::newRow("share without session")
            << pay(6000, {{0, 3000}}) << QStringLiteral("shares");
    }
    void payment()
    {
        QFETCH(Payment, payment);
        QFETCH(QString, field);
        checkField(Validation::payment(payment), field);
    }

    void zeroSharesDropped()
    {
        Payment p;
        p.date = d(2025, 4, 1);
        p.amountCents = 3000;
        p.reference = QStringLiteral("  VIR 123 ");
        p.shares = {{1, 0}, {2, 3000}};
        const auto result = Validation::payment(p);
        QVERIFY(result.ok());
        QCOMPARE(result->shares, (QList<PaymentShare>{{2, 3000}}));
        QCOMPARE(result->reference, QStringLiteral("VIR 123"));
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "TestValidation.moc"
