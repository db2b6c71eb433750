#include "aid/AidCatalogue.h"
#include "aid/AidRules.h"
#include "rules/Departments.h"

#include <QStandardPaths>
#include <QTest>

using namespace carnet;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// The S0 case: Meuse, 24 sessions at 45 € over 6 months = 1 080 €.
AidRequest meuseRequest()
{
    AidRequest r;
    r.id = 7;
    r.personId = 1;
    r.departmentCode = QStringLiteral("55");
    r.psychologistId = 2;
    r.sessions = 24;
    r.sessionPriceCents = 4500;
    r.periodFrom = d("2026-01-05");
    r.periodTo = d("2026-06-30");
    r.prepared = d("2026-01-10");
    return r;
}

ChecklistItem inHand(const char* key, QDate date, const char* variant = "")
{
    ChecklistItem item;
    item.key = QString::fromLatin1(key);
    item.status = ChecklistStatus::Received;
    item.documentDate = date;
    item.variant = QString::fromLatin1(variant);
    return item;
}

Department department(const char* code, const char* name, bool excludes)
{
    Department dep;
    dep.code = QString::fromLatin1(code);
    dep.name = QString::fromUtf8(name);
    dep.excludesPsychology = excludes;
    return dep;
}

Session session(qint64 id, const char* date, Cents fee, qint64 psy = 2)
{
    Session s;
    s.id = id;
    s.personId = 1;
    s.practitionerId = psy;
    s.date = d(date);
    s.kind = SessionKind::Private;
    s.feeCents = fee;
    s.paidCents = fee;
    return s;
}

QList<AidNextStep::Kind> kinds(const AidStatus& status)
{
    QList<AidNextStep::Kind> list;
    for (const auto& step : status.nextSteps)
        list << step.kind;
    return list;
}

} // namespace

class TestAidRules : public QObject
{
    Q_OBJECT

private slots:
    // No translator is loaded: plurals read "%n day(s)" as in the source text.
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void checklistPerDepartment_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("keys");
        const QStringList base{QStringLiteral("quote"),   QStringLiteral("prescription"),
                               QStringLiteral("form"),    QStringLiteral("income"),
                               QStringLiteral("lodging"), QStringLiteral("rib")};
        QTest::newRow("Meuse") << QStringLiteral("55") << base;
        QTest::newRow("Isère adds the CMP refusal")
            << QStringLiteral("38") << (QStringList(base) << QStringLiteral("cmp-refusal"));
        QTest::newRow("Bas-Rhin adds the household")
            << QStringLiteral("67") << (QStringList(base) << QStringLiteral("household"));
        QTest::newRow("Corse-du-Sud, lower case") << QStringLiteral("2a") << base;
        QTest::newRow("Ain written 1") << QStringLiteral("1") << base;
    }
    void checklistPerDepartment()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, keys);
        const QList<ChecklistItem> items = AidRules::defaultChecklist(code);
        QStringList got;
        for (const auto& item : items) {
            QCOMPARE(item.status, ChecklistStatus::Missing);
            got << item.key;
        }
        QCOMPARE(got, keys);
    }

    void departmentDataTable()
    {
        const AidCatalogue& catalogue = AidCatalogue::instance();
        QCOMPARE(catalogue.department(QStringLiteral("55"))->formUrl,
                 QStringLiteral("https://www.ameli.fr/sites/default/files/"
                                "imprime_ps_secours_nle_version_19_juin_2020.pdf"));
        QCOMPARE(catalogue.department(QStringLiteral("75"))->formUrl,
                 QStringLiteral("https://www.ameli.fr/sites/default/files/"
                                "formulaire_aide_financiere_v4.pdf"));
        QVERIFY(catalogue.department(QStringLiteral("01")) == nullptr);
        QCOMPARE(catalogue.adviceIds(QStringLiteral("38")).first(), QStringLiteral("isere-cmp"));
        QVERIFY(catalogue.adviceIds(QStringLiteral("01")).contains(QStringLiteral("not-listed")));
        // The delays are anecdotal: none is marked confirmed.
        for (const auto& name : AidSettings::names())
            QVERIFY2(!catalogue.isConfirmed(name), qPrintable(name));
        QCOMPARE(catalogue.defaultSettings(), AidSettings{});
        // Every item of the table has a translated label of its own.
        for (const auto& item : catalogue.items())
            QVERIFY2(AidRules::itemLabel(item.key) != item.key, qPrintable(item.key));
    }

    void brokenTableIsRefused()
    {
        QVERIFY(!AidCatalogue::fromJson("{").ok());
        QVERIFY(!AidCatalogue::fromJson(R"({"format":"other"})").ok());
        const auto unknownExtra = AidCatalogue::fromJson(
            R"({"format":"carnet-afi-rules","items":[],"departments":[{"code":"38","extraItems":["x"]}]})");
        QVERIFY(!unknownExtra.ok());
        const auto badSetting = AidCatalogue::fromJson(
            R"({"format":"carnet-afi-rules","settings":{"nope":{"value":3}}})");
        QVERIFY(!badSetting.ok());
    }

    void staleness_data()
    {
        QTest::addColumn<ChecklistItem>("item");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<int>("maxAge");
        QTest::addColumn<bool>("stale");
        QTest::addColumn<QDate>("staleOn");

        QTest::newRow("RSA, exactly 3 months old")
            << inHand("income", d("2026-01-10"), "rsa") << d("2026-04-10") << 3 << false
            << d("2026-04-11");
        QTest::newRow("RSA, 3 months and a day") << inHand("income", d("2026-01-10"), "rsa")
                                                 << d("2026-04-11") << 3 << true << d("2026-04-11");
        QTest::newRow("income, no variant: 3 months")
            << inHand("income", d("2025-11-30"), "") << d("2026-03-01") << 3 << true
            << d("2026-03-01");
        QTest::newRow("tax notice: 14 months") << inHand("income", d("2025-08-20"), "tax-notice")
                                               << d("2026-04-11") << 14 << false << d("2026-10-21");
        QTest::newRow("tax notice, last year's")
            << inHand("income", d("2024-08-20"), "tax-notice") << d("2026-04-11") << 14 << true
            << d("2025-10-21");
        QTest::newRow("lodging 4 months old") << inHand("lodging", d("2026-01-01"), "")
                                              << d("2026-05-01") << 3 << true << d("2026-04-02");
        QTest::newRow("RIB never stale")
            << inHand("rib", d("2015-01-01"), "") << d("2026-05-01") << 0 << false << QDate();
        QTest::newRow("prescription never stale (may postdate the therapy)")
            << inHand("prescription", d("2020-01-01"), "") << d("2026-05-01") << 0 << false
            << QDate();
        ChecklistItem requested = inHand("income", d("2025-01-01"), "rsa");
        requested.status = ChecklistStatus::Requested;
        QTest::newRow("not in hand: not judged")
            << requested << d("2026-05-01") << 3 << false << QDate();
        QTest::newRow("in hand without date")
            << inHand("lodging", QDate(), "") << d("2026-05-01") << 3 << false << QDate();
    }
    void staleness()
    {
        QFETCH(ChecklistItem, item);
        QFETCH(QDate, today);
        QFETCH(int, maxAge);
        QFETCH(bool, stale);
        QFETCH(QDate, staleOn);
        AidRequest request = meuseRequest();
        request.checklist = {item};
        const auto lines = AidRules::checklist(request, today, AidSettings{});
        const auto it = std::find_if(lines.begin(), lines.end(), [&](const AidChecklistLine& l) {
            return l.item.key == item.key;
        });
        QVERIFY(it != lines.end());
        QCOMPARE(it->maxAgeMonths, maxAge);
        QCOMPARE(it->stale, stale);
        QCOMPARE(it->staleOn, staleOn);
    }

    void stalenessFollowsSettings()
    {
        AidRequest request = meuseRequest();
        request.checklist = {inHand("income", d("2026-01-10"), "rsa")};
        AidSettings settings;
        QVERIFY(settings.setValue(QStringLiteral("incomeProofMaxAgeMonths"), 6));
        QVERIFY(!settings.setValue(QStringLiteral("unknown"), 6));
        QVERIFY(!settings.setValue(QStringLiteral("validityMonths"), -1));
        const auto lines = AidRules::checklist(request, d("2026-05-01"), settings);
        QCOMPARE(lines.at(3).item.key, QStringLiteral("income"));
        QCOMPARE(lines.at(3).stale, false);
        QCOMPARE(lines.at(3).staleOn, d("2026-07-11"));
    }

    void shares_data()
    {
        QTest::addColumn<int>("sessions");
        QTest::addColumn<Cents>("price");
        QTest::addColumn<int>("inScheme");
        QTest::addColumn<bool>("mutuelle");
        QTest::addColumn<Cents>("forfait");
        QTest::addColumn<Cents>("total");
        QTest::addColumn<Cents>("cpam");
        QTest::addColumn<Cents>("amc");
        QTest::addColumn<Cents>("remaining");

        QTest::newRow("S0 Meuse: 24 x 45 €, outside the scheme")
            << 24 << Cents(4500) << 0 << true << Cents(0) << Cents(108000) << Cents(0) << Cents(0)
            << Cents(108000);
        QTest::newRow("S0: 52 x 50 €") << 52 << Cents(5000) << 0 << false << Cents(0)
                                       << Cents(260000) << Cents(0) << Cents(0) << Cents(260000);
        QTest::newRow("12 in the scheme, with a mutuelle")
            << 40 << Cents(5000) << 12 << true << Cents(0) << Cents(200000) << Cents(36000)
            << Cents(24000) << Cents(140000);
        QTest::newRow("12 in the scheme, no mutuelle")
            << 40 << Cents(5000) << 12 << false << Cents(0) << Cents(200000) << Cents(36000)
            << Cents(0) << Cents(164000);
        QTest::newRow("mutuelle forfait only")
            << 20 << Cents(6000) << 0 << true << Cents(15000) << Cents(120000) << Cents(0)
            << Cents(15000) << Cents(105000);
        QTest::newRow("everything covered")
            << 12 << Cents(5000) << 12 << true << Cents(0) << Cents(60000) << Cents(36000)
            << Cents(24000) << Cents(0);
    }
    void shares()
    {
        QFETCH(int, sessions);
        QFETCH(Cents, price);
        QFETCH(int, inScheme);
        QFETCH(bool, mutuelle);
        QFETCH(Cents, forfait);
        AidRequest request = meuseRequest();
        request.sessions = sessions;
        request.sessionPriceCents = price;
        request.schemeSessions = inScheme;
        request.mutuelleForfaitCents = forfait;
        const AidShares s = AidRules::shares(request, mutuelle, 5000, 60);
        QTEST(s.totalCents, "total");
        QTEST(s.cpamCents, "cpam");
        QTEST(s.mutuelleCents, "amc");
        QTEST(s.remainingCents, "remaining");
        QCOMPARE(s.schemeSplit, inScheme > 0);
        QCOMPARE(s.cpamCents + s.mutuelleCents + s.remainingCents, s.totalCents);
    }

    void grantConsumption()
    {
        AidRequest r = meuseRequest();
        r.submitted = d("2026-01-20");
        r.decision = AidDecision::Granted;
        r.decisionDate = d("2026-05-18");
        r.grantedCents = 108000;
        r.claims = {{d("2026-06-02"), 18000, {}, {}, {}}, {d("2026-07-01"), 22500, {}, {}, {}}};
        QCOMPARE(AidRules::claimedCents(r), Cents(40500));
        QCOMPARE(AidRules::remainingCents(r), Cents(67500));

        AidClaim tooMuch{d("2026-08-01"), 67501, {}, {}, {}};
        const auto refused = AidRules::validateClaim(r, tooMuch, d("2026-08-02"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, QStringLiteral("amount"));
        AidClaim exact{d("2026-08-01"), 67500, {}, {}, {}};
        QVERIFY(AidRules::validateClaim(r, exact, d("2026-08-02")).ok());
        AidClaim future{d("2026-08-03"), 100, {}, {}, {}};
        QVERIFY(!AidRules::validateClaim(r, future, d("2026-08-02")).ok());

        r.claims.append(exact);
        QCOMPARE(AidRules::remainingCents(r), Cents(0));
        AidFacts facts;
        facts.request = r;
        facts.department = department("55", "Meuse", false);
        const AidStatus s = AidRules::status(facts, d("2026-08-10"), AidSettings{});
        QCOMPARE(s.claimedCents, Cents(108000));
        QCOMPARE(s.remainingCents, Cents(0));
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::GrantUsedUp});

        AidRequest pending = meuseRequest();
        QVERIFY(!AidRules::validateClaim(pending, exact, d("2026-08-02")).ok());
        QCOMPARE(AidRules::remainingCents(pending), Cents(0));
    }

    void expiry_data()
    {
        QTest::addColumn<int>("override");
        QTest::addColumn<int>("setting");
        QTest::addColumn<QDate>("expires");
        QTest::newRow("default 12 months") << 0 << 12 << d("2027-03-15");
        QTest::newRow("letter says 6 months") << 6 << 12 << d("2026-09-15");
        QTest::newRow("setting changed to 18") << 0 << 18 << d("2027-09-15");
    }
    void expiry()
    {
        QFETCH(int, override);
        QFETCH(int, setting);
        AidRequest r = meuseRequest();
        r.decision = AidDecision::Partial;
        r.decisionDate = d("2026-03-15");
        r.grantedCents = 80000;
        r.validityMonths = override;
        AidSettings settings;
        settings.validityMonths = setting;
        QTEST(AidRules::expiry(r, settings), "expires");
        r.decision = AidDecision::Refused;
        QCOMPARE(AidRules::expiry(r, settings), QDate());
    }

    void expiringAndExpired()
    {
        AidFacts facts;
        facts.request = meuseRequest();
        facts.request.payee = AidPayee::Psychologist;
        facts.request.submitted = d("2025-01-20");
        facts.request.decision = AidDecision::Granted;
        facts.request.decisionDate = d("2025-05-18");
        facts.request.grantedCents = 108000;
        facts.department = department("55", "Meuse", false);

        AidStatus s = AidRules::status(facts, d("2026-04-18"), AidSettings{});
        QCOMPARE(s.expires, d("2026-05-18"));
        QCOMPARE(s.daysToExpiry, 30);
        QVERIFY(!s.expired);
        QVERIFY(kinds(s).contains(AidNextStep::Kind::GrantExpiring));
        QVERIFY(
            s.nextSteps.last().text.startsWith(QStringLiteral("The grant expires in 30 day(s)")));

        s = AidRules::status(facts, d("2026-04-17"), AidSettings{});
        QVERIFY(!kinds(s).contains(AidNextStep::Kind::GrantExpiring));

        s = AidRules::status(facts, d("2026-05-19"), AidSettings{});
        QVERIFY(s.expired);
        QVERIFY(kinds(s).contains(AidNextStep::Kind::GrantExpired));
        QVERIFY(!kinds(s).contains(AidNextStep::Kind::GrantExpiring));
    }

    void waitingAndFollowUp()
    {
        AidFacts facts;
        facts.request = meuseRequest();
        facts.request.submitted = d("2026-01-20");
        facts.department = department("55", "Meuse", false);

        AidStatus s = AidRules::status(facts, d("2026-03-01"), AidSettings{});
        QVERIFY(s.submitted);
        QCOMPARE(s.daysWaiting, 40);
        QCOMPARE(s.answerExpected, d("2026-05-20"));
        QVERIFY(!s.answerOverdue);
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::Wait});

        s = AidRules::status(facts, d("2026-05-21"), AidSettings{});
        QCOMPARE(s.daysWaiting, 121);
        QVERIFY(s.answerOverdue);
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::FollowUp});
        QCOMPARE(s.nextSteps.first().text,
                 QStringLiteral("No answer after 4 month(s): send the follow-up letter."));

        // Days waiting stop at the decision.
        facts.request.decision = AidDecision::Granted;
        facts.request.decisionDate = d("2026-05-18");
        facts.request.grantedCents = 108000;
        s = AidRules::status(facts, d("2026-09-01"), AidSettings{});
        QCOMPARE(s.daysWaiting, 118);
        QVERIFY(!s.answerOverdue);
    }

    void refusedThenAppeal()
    {
        AidFacts facts;
        facts.request = meuseRequest();
        facts.request.submitted = d("2026-01-20");
        facts.request.decision = AidDecision::Refused;
        facts.request.decisionDate = d("2026-04-02");
        facts.department = department("55", "Meuse", false);

        AidStatus s = AidRules::status(facts, d("2026-04-10"), AidSettings{});
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::Appeal});
        QVERIFY(s.nextSteps.first().text.startsWith(
            QStringLiteral("Refused: you may ask the commission to reconsider")));
        QCOMPARE(s.grantedCents, Cents(0));
        QCOMPARE(s.expires, QDate());

        facts.request.appealDate = d("2026-04-15");
        s = AidRules::status(facts, d("2026-06-15"), AidSettings{});
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::Wait});
        s = AidRules::status(facts, d("2026-06-16"), AidSettings{});
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::Complaint});
    }

    void checklistSteps()
    {
        AidFacts facts;
        facts.request = meuseRequest();
        facts.department = department("55", "Meuse", false);
        facts.request.checklist = {inHand("quote", d("2026-01-08")),
                                   inHand("income", d("2025-12-01"), "rsa")};
        ChecklistItem prescription;
        prescription.key = QStringLiteral("prescription");
        prescription.status = ChecklistStatus::Requested;
        facts.request.checklist.append(prescription);

        AidStatus s = AidRules::status(facts, d("2026-03-10"), AidSettings{});
        QCOMPARE(s.itemsMissing, 4); // prescription (asked), form, lodging, rib
        QCOMPARE(s.itemsStale, 1);   // RSA of December, 3 months and 9 days old
        QVERIFY(!s.readyToSend);
        QCOMPARE(kinds(s), (QList<AidNextStep::Kind>{
                               AidNextStep::Kind::GetDocument, AidNextStep::Kind::GetDocument,
                               AidNextStep::Kind::RenewDocument, AidNextStep::Kind::GetDocument,
                               AidNextStep::Kind::GetDocument}));
        QCOMPARE(s.nextSteps.at(0).itemKey, QStringLiteral("prescription"));
        QVERIFY(s.nextSteps.at(0).text.startsWith(QStringLiteral("Waiting for: ")));
        // Meuse's own form, with its address.
        QCOMPARE(s.nextSteps.at(1).itemKey, QStringLiteral("form"));
        QVERIFY(s.nextSteps.at(1).text.endsWith(
            QStringLiteral("imprime_ps_secours_nle_version_19_juin_2020.pdf")));
        QCOMPARE(s.nextSteps.at(2).itemKey, QStringLiteral("income"));
        QVERIFY(s.nextSteps.at(2).text.contains(QStringLiteral("more than 3 month(s) ago")));

        // Complete and fresh: send.
        facts.request.checklist = {
            inHand("quote", d("2026-01-08")),   inHand("prescription", d("2026-02-01")),
            inHand("form", d("2026-02-01")),    inHand("income", d("2026-02-01"), "c2s"),
            inHand("lodging", d("2026-02-01")), inHand("rib", d("2020-02-01"))};
        s = AidRules::status(facts, d("2026-03-10"), AidSettings{});
        QVERIFY(s.readyToSend);
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::Send});
        QCOMPARE(s.requestedCents, Cents(108000));
        QCOMPARE(s.shares.remainingCents, Cents(108000));
    }

    void invoicesToSend()
    {
        AidFacts facts;
        facts.request = meuseRequest();
        facts.request.submitted = d("2026-01-20");
        facts.request.decision = AidDecision::Granted;
        facts.request.decisionDate = d("2026-05-18");
        facts.request.grantedCents = 108000;
        facts.department = department("55", "Meuse", false);
        facts.sessions = {session(1, "2025-12-20", 4500), // before the period
                          session(2, "2026-04-07", 4500),     session(3, "2026-04-14", 4500),
                          session(4, "2026-05-05", 4500),     session(5, "2026-05-12", 4500),
                          session(6, "2026-05-19", 4500, 99),         // another psychologist
                          session(7, "2026-06-02", 4500)};            // the month is not over
        facts.request.claims = {{d("2026-05-02"), 9000, {}, {}, {}}}; // April's two sessions

        const AidStatus s = AidRules::status(facts, d("2026-06-10"), AidSettings{});
        QCOMPARE(s.unclaimed.size(), 1);
        QCOMPARE(s.unclaimed.first().month, d("2026-05-01"));
        QCOMPARE(s.unclaimed.first().sessionIds, (QList<qint64>{4, 5}));
        QCOMPARE(s.unclaimed.first().amountCents, Cents(9000));
        QCOMPARE(kinds(s), QList<AidNextStep::Kind>{AidNextStep::Kind::SendInvoices});
        QCOMPARE(s.nextSteps.first().text,
                 QStringLiteral("Send the invoices of May 2026 to your CPAM (2 session(s), %1).")
                     .arg(formatCents(9000)));
        QCOMPARE(s.remainingCents, Cents(99000));

        // Paid to the psychologist: nothing to send.
        facts.request.payee = AidPayee::Psychologist;
        const AidStatus p = AidRules::status(facts, d("2026-06-10"), AidSettings{});
        QCOMPARE(kinds(p), QList<AidNextStep::Kind>{AidNextStep::Kind::Information});
    }

    void rhoneWarning()
    {
        const Department* rhone = DepartmentDirectory::instance().find(QStringLiteral("69"));
        QVERIFY(rhone);
        QVERIFY(rhone->excludesPsychology);
        const Department* meuse = DepartmentDirectory::instance().find(QStringLiteral("55"));
        QVERIFY(meuse);
        QVERIFY(!meuse->excludesPsychology);

        AidFacts facts;
        facts.request = meuseRequest();
        facts.request.departmentCode = QStringLiteral("69");
        facts.department = *rhone;
        AidStatus s = AidRules::status(facts, d("2026-03-10"), AidSettings{});
        QCOMPARE(s.warnings.size(), 2);
        QCOMPARE(s.warnings.first(),
                 QStringLiteral("The CPAM of %1 writes that psychology sessions cannot be funded "
                                "by this aid. You may still ask, but expect a refusal.")
                     .arg(rhone->name));
        QCOMPARE(s.warnings.last(), AidRules::uncertaintyText());
        QVERIFY(s.advice.contains(AidRules::adviceText(QStringLiteral("rhone-exclusion"))));

        facts.request.departmentCode = QStringLiteral("55");
        facts.department = *meuse;
        s = AidRules::status(facts, d("2026-03-10"), AidSettings{});
        QCOMPARE(s.warnings, QStringList{AidRules::uncertaintyText()});

        facts.department.reset();
        s = AidRules::status(facts, d("2026-03-10"), AidSettings{});
        QCOMPARE(s.warnings.size(), 2);
    }

    void validation_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("field");
        QTest::newRow("fine") << QStringLiteral("none") << QString();
        QTest::newRow("no person") << QStringLiteral("person") << QStringLiteral("person");
        QTest::newRow("bad département") << QStringLiteral("dep") << QStringLiteral("department");
        QTest::newRow("no 975") << QStringLiteral("975") << QStringLiteral("department");
        QTest::newRow("no psychologist") << QStringLiteral("psy") << QStringLiteral("psychologist");
        QTest::newRow("no session") << QStringLiteral("sessions") << QStringLiteral("sessions");
        QTest::newRow("free session") << QStringLiteral("fee") << QStringLiteral("fee");
        QTest::newRow("period reversed") << QStringLiteral("period") << QStringLiteral("to");
        QTest::newRow("sent in the future") << QStringLiteral("future") << QStringLiteral("date");
        QTest::newRow("granted, no amount")
            << QStringLiteral("granted0") << QStringLiteral("granted");
        QTest::newRow("decision, no date")
            << QStringLiteral("nodate") << QStringLiteral("decision_date");
        QTest::newRow("decision before sending")
            << QStringLiteral("early") << QStringLiteral("decision_date");
        QTest::newRow("attached, no file") << QStringLiteral("attached") << QStringLiteral("file");
        QTest::newRow("claim over grant") << QStringLiteral("claims") << QStringLiteral("amount");
    }
    void validation()
    {
        QFETCH(QString, change);
        AidRequest r = meuseRequest();
        const QDate today = d("2026-06-01");
        if (change == QLatin1String("person"))
            r.personId = 0;
        else if (change == QLatin1String("dep"))
            r.departmentCode = QStringLiteral("Meuse");
        else if (change == QLatin1String("975"))
            r.departmentCode = QStringLiteral("975");
        else if (change == QLatin1String("psy"))
            r.psychologistId = 0;
        else if (change == QLatin1String("sessions"))
            r.sessions = 0;
        else if (change == QLatin1String("fee"))
            r.sessionPriceCents = 0;
        else if (change == QLatin1String("period"))
            r.periodTo = d("2025-12-31");
        else if (change == QLatin1String("future"))
            r.submitted = d("2026-06-02");
        else if (change == QLatin1String("granted0")) {
            r.decision = AidDecision::Granted;
            r.decisionDate = d("2026-05-01");
        } else if (change == QLatin1String("nodate")) {
            r.decision = AidDecision::Refused;
        } else if (change == QLatin1String("early")) {
            r.submitted = d("2026-03-01");
            r.decision = AidDecision::Refused;
            r.decisionDate = d("2026-02-01");
        } else if (change == QLatin1String("attached")) {
            ChecklistItem item;
            item.key = QStringLiteral("rib");
            item.status = ChecklistStatus::Attached;
            r.checklist = {item};
        } else if (change == QLatin1String("claims")) {
            r.decision = AidDecision::Granted;
            r.decisionDate = d("2026-05-01");
            r.grantedCents = 10000;
            r.claims = {{d("2026-05-20"), 10001, {}, {}, {}}};
        }
        const auto result = AidRules::validate(r, today);
        QFETCH(QString, field);
        if (field.isEmpty()) {
            QVERIFY(result.ok());
        } else {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().field, field);
            QVERIFY(!result.error().message.isEmpty());
        }
    }

    void validationNormalises()
    {
        AidRequest r = meuseRequest();
        r.departmentCode = QStringLiteral(" 2b ");
        r.submitted = d("2026-02-01");
        r.decision = AidDecision::Granted;
        r.decisionDate = d("2026-05-01");
        r.grantedCents = 80000; // less than 1 080 €
        auto result = AidRules::validate(r, d("2026-06-01"));
        QVERIFY(result.ok());
        QCOMPARE(result->departmentCode, QStringLiteral("2B"));
        QCOMPARE(result->decision, AidDecision::Partial);

        r.grantedCents = 108000;
        r.decision = AidDecision::Partial;
        QCOMPARE(AidRules::validate(r, d("2026-06-01"))->decision, AidDecision::Granted);

        r.decision = AidDecision::Refused;
        r.appealDate = d("2026-05-10");
        result = AidRules::validate(r, d("2026-06-01"));
        QCOMPARE(result->grantedCents, Cents(0));
        QCOMPARE(result->appealDate, d("2026-05-10"));

        r.decision = AidDecision::Pending;
        result = AidRules::validate(r, d("2026-06-01"));
        QCOMPARE(result->decisionDate, QDate());
        QCOMPARE(result->appealDate, QDate());
    }

    void keys()
    {
        for (auto s : {ChecklistStatus::Missing, ChecklistStatus::Requested,
                       ChecklistStatus::Received, ChecklistStatus::Attached})
            QCOMPARE(checklistStatusFromKey(checklistStatusKey(s)), s);
        QCOMPARE(checklistStatusKey(ChecklistStatus::Attached), QStringLiteral("attached"));
        QCOMPARE(aidDecisionKey(AidDecision::Partial), QStringLiteral("partial"));
        QCOMPARE(aidDecisionFromKey(QStringLiteral("REFUSED")), AidDecision::Refused);
        QCOMPARE(aidPayeeKey(AidPayee::Psychologist), QStringLiteral("psychologist"));
        QVERIFY(!aidPayeeFromKey(QStringLiteral("bank")).has_value());
        QCOMPARE(AidSettings::names().size(), 8);
    }
};

QTEST_GUILESS_MAIN(TestAidRules)
#include "TestAidRules.moc"
