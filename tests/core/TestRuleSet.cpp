#include "rules/RuleSet.h"

#include <QTest>

using namespace carnet;

namespace {

// A valid regime entry as JSON text, with `extra` members replacing the defaults.
QByteArray entry(const char* id, const char* from, const char* to, const char* extra = "")
{
    const QByteArray toValue = to ? QByteArray("\"") + to + "\"" : QByteArray("null");
    QByteArray members =
        QByteArray("\"id\":\"") + id + "\",\"from\":\"" + from + "\",\"to\":" + toValue;
    const QByteArray extras(extra);
    const auto add = [&](const char* key, const char* value) {
        if (!extras.contains(QByteArray("\"") + key + "\""))
            members += QByteArray(",\"") + key + "\":" + value;
    };
    add("coveredSessionsPerYear", "12");
    add("followUpsPerYear", "11");
    add("evaluationTariffCents", "5000");
    add("followUpTariffCents", "5000");
    add("referralRequired", "false");
    add("amoRatePercent", "60");
    add("participationForfaitaireCents", "0");
    add("minimumAgeYears", "3");
    add("sendingDeadlineYears", "2");
    add("source", "\"test\"");
    if (!extras.isEmpty())
        members += "," + extras;
    return "{" + members + "}";
}

QByteArray document(const QList<QByteArray>& entries)
{
    QByteArray json = "{\"regimes\":[";
    for (int i = 0; i < entries.size(); ++i)
        json += (i ? "," : "") + entries.at(i);
    return json + "]}";
}

} // namespace

// The dated Mon soutien psy regimes shipped in resources/rules (DOMAIN.md part A).
class TestRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void shippedRegimes()
    {
        const RuleSet& rules = RuleSet::monSoutienPsy();
        QCOMPARE(rules.regimes().size(), 2);
        QCOMPARE(rules.schemeStart(), QDate(2022, 4, 5));

        const Regime& before = rules.regimes().at(0);
        QCOMPARE(before.id, QStringLiteral("2022-monpsy"));
        QCOMPARE(before.from, QDate(2022, 4, 5));
        QCOMPARE(before.to, QDate(2024, 6, 14));
        QCOMPARE(before.coveredSessionsPerYear, 8);
        QCOMPARE(before.followUpsPerYear, 7);
        QCOMPARE(before.evaluationTariffCents, Cents(4000));
        QCOMPARE(before.followUpTariffCents, Cents(3000));
        QCOMPARE(before.referralRequired, true);
        QCOMPARE(before.amoRatePercent, 60);
        QCOMPARE(before.participationForfaitaireCents, Cents(0));
        QCOMPARE(before.participationForfaitaireConfirmed, false);
        QCOMPARE(before.minimumAgeYears, 3);
        QCOMPARE(before.sendingDeadlineYears, 2);
        QVERIFY(before.source.contains(QStringLiteral("DOMAIN.md B §1.1")));
        QVERIFY(before.source.contains(QStringLiteral("within 2 years of the session [R21]")));

        const Regime& after = rules.regimes().at(1);
        QCOMPARE(after.id, QStringLiteral("2024-06-reform"));
        QCOMPARE(after.from, QDate(2024, 6, 15));
        QVERIFY(after.to.isNull());
        QCOMPARE(after.coveredSessionsPerYear, 12);
        QCOMPARE(after.followUpsPerYear, 11);
        QCOMPARE(after.evaluationTariffCents, Cents(5000));
        QCOMPARE(after.followUpTariffCents, Cents(5000));
        QCOMPARE(after.referralRequired, false);
        QCOMPARE(after.amoRatePercent, 60);
        QCOMPARE(after.participationForfaitaireCents, Cents(0));
        QCOMPARE(after.minimumAgeYears, 3);
        QCOMPARE(after.sendingDeadlineYears, 2);
        QVERIFY(after.source.contains(QStringLiteral("[R5]")));
        QVERIFY(after.source.contains(QStringLiteral("within 2 years of the session [R21]")));
    }

    void sendingDeadline_data()
    {
        QTest::addColumn<QDate>("session");
        QTest::addColumn<QDate>("deadline"); // null = nothing to claim
        QTest::newRow("2023") << QDate(2023, 3, 10) << QDate(2025, 3, 10);
        QTest::newRow("last day of 2022 regime") << QDate(2024, 6, 14) << QDate(2026, 6, 14);
        QTest::newRow("29 February") << QDate(2024, 2, 29) << QDate(2026, 2, 28);
        QTest::newRow("before the scheme") << QDate(2022, 4, 4) << QDate();
        QTest::newRow("invalid date") << QDate() << QDate();
    }
    void sendingDeadline()
    {
        QFETCH(QDate, session);
        QFETCH(QDate, deadline);
        QCOMPARE(RuleSet::monSoutienPsy().sendingDeadline(session), deadline);
    }

    // Each regime carries its own deadline: a session is judged by the one in force on its date.
    void sendingDeadlineIsDatedData()
    {
        const auto parsed = RuleSet::fromJson(
            document({entry("a", "2022-04-05", "2027-12-31"),
                      entry("b", "2028-01-01", nullptr, "\"sendingDeadlineYears\":1")}));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->sendingDeadline(QDate(2027, 12, 31)), QDate(2029, 12, 31));
        QCOMPARE(parsed->sendingDeadline(QDate(2028, 1, 1)), QDate(2029, 1, 1));
    }

    void regimeOn_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("id"); // empty = none
        QTest::newRow("before the scheme") << QDate(2022, 4, 4) << QString();
        QTest::newRow("first day") << QDate(2022, 4, 5) << QStringLiteral("2022-monpsy");
        QTest::newRow("2023") << QDate(2023, 7, 1) << QStringLiteral("2022-monpsy");
        QTest::newRow("last day of 2022 regime")
            << QDate(2024, 6, 14) << QStringLiteral("2022-monpsy");
        QTest::newRow("reform day") << QDate(2024, 6, 15) << QStringLiteral("2024-06-reform");
        QTest::newRow("far future") << QDate(2040, 1, 1) << QStringLiteral("2024-06-reform");
        QTest::newRow("invalid date") << QDate() << QString();
    }
    void regimeOn()
    {
        QFETCH(QDate, date);
        QFETCH(QString, id);
        const Regime* regime = RuleSet::monSoutienPsy().regimeOn(date);
        if (id.isEmpty()) {
            QVERIFY(regime == nullptr);
        } else {
            QVERIFY(regime != nullptr);
            QCOMPARE(regime->id, id);
        }
    }

    void parsesANewReform()
    {
        const auto parsed = RuleSet::fromJson(document(
            {entry("a", "2022-04-05", "2024-06-14"), entry("b", "2024-06-15", "2027-12-31"),
             entry("c", "2028-01-01", nullptr,
                   "\"coveredSessionsPerYear\":16,\"followUpsPerYear\":15,"
                   "\"followUpTariffCents\":5500,\"referralRequired\":true,"
                   "\"participationForfaitaireCents\":200")}));
        QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
        QCOMPARE(parsed->regimes().size(), 3);
        const Regime* c = parsed->regimeOn(QDate(2028, 1, 1));
        QVERIFY(c);
        QCOMPARE(c->id, QStringLiteral("c"));
        QCOMPARE(c->coveredSessionsPerYear, 16);
        QCOMPARE(c->followUpTariffCents, Cents(5500));
        QCOMPARE(c->evaluationTariffCents, Cents(5000));
        QCOMPARE(c->participationForfaitaireCents, Cents(200));
        QCOMPARE(c->referralRequired, true);
        QCOMPARE(parsed->regimeOn(QDate(2027, 12, 31))->id, QStringLiteral("b"));
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not JSON") << QByteArray("{regimes:") << QStringLiteral("JSON");
        QTest::newRow("no regimes")
            << QByteArray("{\"regimes\":[]}") << QStringLiteral("no regime");
        QTest::newRow("overlap") << document({entry("a", "2022-04-05", "2024-06-15"),
                                              entry("b", "2024-06-15", nullptr)})
                                 << QStringLiteral("overlaps");
        QTest::newRow("open-ended then another")
            << document({entry("a", "2022-04-05", nullptr), entry("b", "2024-06-15", nullptr)})
            << QStringLiteral("overlaps");
        QTest::newRow("unordered")
            << document({entry("b", "2024-06-15", nullptr), entry("a", "2022-04-05", "2024-06-14")})
            << QStringLiteral("overlaps");
        QTest::newRow("to before from")
            << document({entry("a", "2022-04-05", "2022-04-01")}) << QStringLiteral("\"to\"");
        QTest::newRow("bad date") << document({entry("a", "2022-13-05", nullptr)})
                                  << QStringLiteral("\"from\"");
        QTest::newRow("fractional cents")
            << document({entry("a", "2022-04-05", nullptr, "\"followUpTariffCents\":30.5")})
            << QStringLiteral("followUpTariffCents");
        QTest::newRow("negative cents")
            << document({entry("a", "2022-04-05", nullptr, "\"participationForfaitaireCents\":-1")})
            << QStringLiteral("participationForfaitaireCents");
        QTest::newRow("follow-ups above the cap")
            << document({entry("a", "2022-04-05", nullptr, "\"followUpsPerYear\":13")})
            << QStringLiteral("followUpsPerYear");
        QTest::newRow("rate above 100")
            << document({entry("a", "2022-04-05", nullptr, "\"amoRatePercent\":101")})
            << QStringLiteral("amoRatePercent");
        QTest::newRow("referral not a boolean")
            << document({entry("a", "2022-04-05", nullptr, "\"referralRequired\":\"yes\"")})
            << QStringLiteral("referralRequired");
        QTest::newRow("no source")
            << document({entry("a", "2022-04-05", nullptr, "\"source\":\" \"")})
            << QStringLiteral("source");
        QTest::newRow("no sending deadline")
            << document({entry("a", "2022-04-05", nullptr, "\"sendingDeadlineYears\":0")})
            << QStringLiteral("sendingDeadlineYears");
        QTest::newRow("fractional sending deadline")
            << document({entry("a", "2022-04-05", nullptr, "\"sendingDeadlineYears\":1.5")})
            << QStringLiteral("sendingDeadlineYears");
        QTest::newRow("duplicate id")
            << document({entry("a", "2022-04-05", "2024-06-14"), entry("a", "2024-06-15", nullptr)})
            << QStringLiteral("repeats");
    }
    void refuses()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, messagePart);
        const auto parsed = RuleSet::fromJson(json);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
        QCOMPARE(parsed.error().field, QStringLiteral("rules"));
        QVERIFY2(parsed.error().message.contains(messagePart), qPrintable(parsed.error().message));
    }
};

QTEST_GUILESS_MAIN(TestRuleSet)
#include "TestRuleSet.moc"
