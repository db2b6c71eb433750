#include "CliRunner.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace carnet::test;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList result;
    for (const char* item : list)
        result.append(QString::fromUtf8(item));
    return result;
}

QStringList kinds(const QJsonObject& status)
{
    QStringList result;
    for (const QJsonValue& step : status.value(s("next_step_details")).toArray())
        result.append(step.toObject().value(s("kind")).toString());
    return result;
}

} // namespace

// Whole years driven through carnet-cli only, checked field by field in `status --json`:
// an adult (evaluation and follow-ups, sheets, CPAM and mutuelle payments, a late payment,
// a 13th session not covered), a child with a referral and consent holders, and a year
// under the 2022 rules.
class TestCliScenarios : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CliRunner> m_cli;

    QJsonObject status(const char* person, const char* year, const char* today)
    {
        const CliResult result = m_cli->run(
            args({"status", "--person", person, "--year", year, "--today", today, "--json"}));
        if (!result.ok())
            qWarning("%s", result.describe().constData());
        return result.object();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(CARNET_CLI_PATH)).isExecutable(), CARNET_CLI_PATH);
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_cli = std::make_unique<CliRunner>(m_dir->path());
    }

    void cleanup()
    {
        m_cli.reset();
        m_dir.reset();
    }

    void adultYear()
    {
        QCOMPARE(
            m_cli->add(args({"person", "add", "--name", "Alice Martin", "--birth", "1984-12-03",
                             "--nir", "1 84 12 76 451 089 46", "--mutuelle", "MGEN"})),
            1);
        QCOMPARE(m_cli->add(args({"psy", "add", "--name", "Claire Dubois", "--rpps", "10005173140",
                                  "--partner", "yes"})),
                 1);

        // 2025 (the 2024 reform: 12 covered sessions, 50 € each), every Wednesday from
        // 8 January: the evaluation, 11 follow-ups, then a 13th session.
        QDate date(2025, 1, 8);
        for (int n = 1; n <= 13; ++n, date = date.addDays(7)) {
            const QString kind = n == 1 ? s("evaluation") : s("followup");
            const QString mode = n == 3 ? s("remote") : s("office");
            const CliResult added =
                m_cli->run({s("session"), s("add"), s("--person"), s("1"), s("--psy"), s("1"),
                            s("--date"), date.toString(Qt::ISODate), s("--kind"), kind, s("--mode"),
                            mode, s("--fee"), n % 2 ? s("50") : s("50,00")});
            CLI_VERIFY_OK(added);
            QCOMPARE(added.id(), n);
            if (n <= 12) {
                QVERIFY2(added.err.isEmpty(), added.describe().constData());
            } else {
                // Recorded on purpose, with a warning that it will not be covered.
                QVERIFY2(!added.err.isEmpty(), added.describe().constData());
                for (const QString& line : added.errLines())
                    QVERIFY(line.startsWith(s("carnet-cli: warning: ")));
            }
        }
        QCOMPARE(date, QDate(2025, 4, 9));

        // Three feuilles de soins of four sessions; the first two sent on paper.
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1,2,3,4"})), 1);
        QCOMPARE(
            m_cli->add(args({"sheet", "add", "--sessions", "5,6,7,8", "--issued", "2025-02-26"})),
            2);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "9,10,11,12"})), 3);
        CLI_VERIFY_OK(m_cli->run(args({"sheet", "send", "1", "--date", "2025-02-01"})));
        CLI_VERIFY_OK(m_cli->run(args({"sheet", "send", "2", "--date", "2025-03-01"})));

        // The CPAM pays both sheets (30 € a session); the mutuelle only the first (20 €).
        QCOMPARE(
            m_cli->add(args({"payment", "add", "--from", "cpam", "--date", "2025-02-20", "--amount",
                             "120", "--ref", "DEC-0220", "--sessions", "1,2,3,4"})),
            1);
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "mutuelle", "--date", "2025-03-05",
                                  "--amount", "80,00", "--sessions", "1,2,3,4"})),
                 2);
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "cpam", "--date", "2025-03-20",
                                  "--amount", "120.00", "--sessions", "5,6,7,8"})),
                 3);

        const QJsonObject st = status("1", "2025", "2025-06-30");
        QCOMPARE(st.value(s("person_id")).toInteger(), 1);
        QCOMPARE(st.value(s("year")).toInt(), 2025);
        QCOMPARE(st.value(s("sessions_covered_cap")).toInt(), 12);
        QCOMPARE(st.value(s("sessions_covered_used")).toInt(), 12);
        QCOMPARE(st.value(s("sessions_covered_left")).toInt(), 0);
        QCOMPARE(st.value(s("evaluation_done")).toBool(), true);
        QCOMPARE(st.value(s("paid_cents")).toInteger(), 13 * 5000);
        QCOMPARE(st.value(s("expected_amo_cents")).toInteger(), 12 * 3000);
        QCOMPARE(st.value(s("expected_amc_cents")).toInteger(), 12 * 2000);
        QCOMPARE(st.value(s("received_amo_cents")).toInteger(), 8 * 3000);
        QCOMPARE(st.value(s("received_amc_cents")).toInteger(), 4 * 2000);
        QCOMPARE(st.value(s("owed_amo_cents")).toInteger(), 4 * 3000);
        QCOMPARE(st.value(s("owed_amc_cents")).toInteger(), 8 * 2000);
        QCOMPARE(st.value(s("sheets_to_send")).toArray(), QJsonArray{3});

        // The mutuelle's share of sheet 2: due 15 days after the CPAM paid (20 March).
        const QJsonArray late = st.value(s("late_payments")).toArray();
        QCOMPARE(late.size(), 1);
        const QJsonObject l = late.at(0).toObject();
        QCOMPARE(l.value(s("sheet_id")).toInteger(), 2);
        QCOMPARE(l.value(s("payer")).toString(), s("mutuelle"));
        QCOMPARE(l.value(s("due_date")).toString(), s("2025-04-04"));
        QCOMPARE(l.value(s("days_late")).toInt(), 87);
        QCOMPARE(l.value(s("missing_cents")).toInteger(), 4 * 2000);

        const QJsonArray sessions = st.value(s("sessions")).toArray();
        QCOMPARE(sessions.size(), 13);
        for (int i = 0; i < 12; ++i) {
            const QJsonObject session = sessions.at(i).toObject();
            const QByteArray row = QByteArray::number(i + 1);
            QVERIFY2(session.value(s("id")).toInteger() == i + 1, row);
            QCOMPARE(session.value(s("date")).toString(),
                     QDate(2025, 1, 8).addDays(7 * i).toString(Qt::ISODate));
            QVERIFY2(session.value(s("covered")).toBool(), row);
            QVERIFY2(!session.contains(s("reason")), row);
            QCOMPARE(session.value(s("covered_index")).toInt(), i + 1);
            QCOMPARE(session.value(s("tariff_cents")).toInteger(), 5000);
            QCOMPARE(session.value(s("expected_amo_cents")).toInteger(), 3000);
            QCOMPARE(session.value(s("expected_amc_cents")).toInteger(), 2000);
            QCOMPARE(session.value(s("received_amo_cents")).toInteger(), i < 8 ? 3000 : 0);
            QCOMPARE(session.value(s("received_amc_cents")).toInteger(), i < 4 ? 2000 : 0);
            QCOMPARE(session.value(s("sheet_id")).toInteger(), i / 4 + 1);
            QCOMPARE(session.value(s("third_party_payment")).toBool(), false);
        }
        const QJsonObject thirteenth = sessions.at(12).toObject();
        QCOMPARE(thirteenth.value(s("id")).toInteger(), 13);
        QCOMPARE(thirteenth.value(s("date")).toString(), s("2025-04-02"));
        QCOMPARE(thirteenth.value(s("covered")).toBool(), false);
        QCOMPARE(thirteenth.value(s("reason")).toString(), s("over_yearly_cap"));
        QVERIFY(!thirteenth.value(s("reason_text")).toString().isEmpty());
        QCOMPARE(thirteenth.value(s("expected_amo_cents")).toInteger(), 0);
        QCOMPARE(thirteenth.value(s("expected_amc_cents")).toInteger(), 0);
        QCOMPARE(thirteenth.value(s("patient_share_cents")).toInteger(), 5000);

        // What to do: send sheet 3, chase the mutuelle for sheet 2.
        const QStringList steps = kinds(st);
        QVERIFY2(steps.contains(s("send_sheet")), qPrintable(steps.join(u',')));
        QVERIFY2(steps.contains(s("chase_payment")), qPrintable(steps.join(u',')));
        const QJsonArray texts = st.value(s("next_steps")).toArray();
        QCOMPARE(texts.size(), steps.size());
        for (const QJsonValue& text : texts)
            QVERIFY(!text.toString().isEmpty());

        // The same late payment and sheet in the all-persons report.
        const QJsonArray pending =
            m_cli->run(args({"pending", "--today", "2025-06-30", "--json"})).array();
        bool sendSheet = false;
        bool latePayment = false;
        for (const QJsonValue& value : pending) {
            const QJsonObject item = value.toObject();
            if (item.value(s("kind")).toString() == s("send_sheet") &&
                item.value(s("sheet_id")).toInteger() == 3)
                sendSheet = true;
            if (item.value(s("kind")).toString() == s("late_payment")) {
                latePayment = true;
                QCOMPARE(item.value(s("sheet_id")).toInteger(), 2);
                QCOMPARE(item.value(s("payer")).toString(), s("mutuelle"));
                QCOMPARE(item.value(s("days_late")).toInt(), 87);
            }
        }
        QVERIFY(sendSheet);
        QVERIFY(latePayment);

        // Once the mutuelle pays and sheet 3 is sent, nothing is late or left to send.
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "mutuelle", "--date", "2025-07-01",
                                  "--amount", "80", "--sessions", "5,6,7,8"})),
                 4);
        CLI_VERIFY_OK(m_cli->run(args({"sheet", "send", "3", "--date", "2025-07-01"})));
        const QJsonObject after = status("1", "2025", "2025-07-02");
        QCOMPARE(after.value(s("late_payments")).toArray().size(), 0);
        QCOMPARE(after.value(s("sheets_to_send")).toArray().size(), 0);
        QCOMPARE(after.value(s("received_amc_cents")).toInteger(), 8 * 2000);
        QCOMPARE(after.value(s("owed_amc_cents")).toInteger(), 4 * 2000);

        // The next year starts afresh.
        const QJsonObject next = status("1", "2026", "2026-01-05");
        QCOMPARE(next.value(s("sessions_covered_used")).toInt(), 0);
        QCOMPARE(next.value(s("sessions_covered_left")).toInt(), 12);
        QCOMPARE(next.value(s("evaluation_done")).toBool(), false);
        QCOMPARE(next.value(s("sessions")).toArray().size(), 0);
    }

    void childWithReferral()
    {
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Léo Martin", "--birth", "2015-09-09",
                                  "--relation", "child", "--mutuelle", "none"})),
                 1);
        QCOMPARE(
            m_cli->add(args({"psy", "add", "--name", "Claire Dubois", "--rpps", "10005173140"})),
            1);
        QCOMPARE(m_cli->add(args({"referral", "add", "--person", "1", "--by", "Dr Paul Petit",
                                  "--role", "pediatrician", "--date", "2025-01-10", "--consent",
                                  "Alice Martin,  Marc Martin"})),
                 1);
        const QJsonArray referrals =
            m_cli->run(args({"referral", "list", "--person", "1", "--json"})).array();
        QCOMPARE(referrals.size(), 1);
        QCOMPARE(referrals.at(0).toObject().value(s("consent")).toArray(),
                 (QJsonArray{s("Alice Martin"), s("Marc Martin")}));

        const char* dates[] = {"2025-02-05", "2025-02-12", "2025-02-19", "2025-02-26",
                               "2025-03-05"};
        for (int i = 0; i < 5; ++i) {
            QStringList call = {s("session"),  s("add"),
                                s("--person"), s("1"),
                                s("--psy"),    s("1"),
                                s("--date"),   s(dates[i]),
                                s("--kind"),   i == 0 ? s("evaluation") : s("followup"),
                                s("--mode"),   i == 1 ? s("remote") : s("office"),
                                s("--fee"),    s("50")};
            if (i < 3)
                call << s("--referral") << s("1");
            const CliResult added = m_cli->run(call);
            CLI_VERIFY_OK(added);
            QCOMPARE(added.id(), i + 1);
            QVERIFY2(added.err.isEmpty(), added.describe().constData());
        }
        const QJsonArray listed =
            m_cli->run(args({"session", "list", "--person", "1", "--json"})).array();
        QCOMPARE(listed.at(0).toObject().value(s("referral_id")).toInteger(), 1);
        QCOMPARE(listed.at(3).toObject().value(s("referral_id")).toInteger(), 0);

        // Electronic sheets: the CPAM is late 10 days after sending.
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "1,2,3", "--sent", "2025-02-20",
                                  "--electronic"})),
                 1);
        QCOMPARE(m_cli->add(args({"payment", "add", "--from", "cpam", "--date", "2025-02-26",
                                  "--amount", "90", "--sessions", "1,2,3"})),
                 1);
        QCOMPARE(m_cli->add(args({"sheet", "add", "--sessions", "4,5", "--sent", "2025-03-06",
                                  "--electronic"})),
                 2);

        const QJsonObject st = status("1", "2025", "2025-04-01");
        QCOMPARE(st.value(s("year")).toInt(), 2025);
        QCOMPARE(st.value(s("sessions_covered_used")).toInt(), 5);
        QCOMPARE(st.value(s("sessions_covered_left")).toInt(), 7);
        QCOMPARE(st.value(s("evaluation_done")).toBool(), true);
        QCOMPARE(st.value(s("paid_cents")).toInteger(), 5 * 5000);
        // No mutuelle: the 40 % stays with the family.
        QCOMPARE(st.value(s("expected_amo_cents")).toInteger(), 5 * 3000);
        QCOMPARE(st.value(s("expected_amc_cents")).toInteger(), 0);
        QCOMPARE(st.value(s("received_amo_cents")).toInteger(), 3 * 3000);
        QCOMPARE(st.value(s("received_amc_cents")).toInteger(), 0);
        QCOMPARE(st.value(s("owed_amo_cents")).toInteger(), 2 * 3000);
        QCOMPARE(st.value(s("owed_amc_cents")).toInteger(), 0);
        QCOMPARE(st.value(s("sheets_to_send")).toArray(), QJsonArray());
        const QJsonArray late = st.value(s("late_payments")).toArray();
        QCOMPARE(late.size(), 1);
        QCOMPARE(late.at(0).toObject().value(s("sheet_id")).toInteger(), 2);
        QCOMPARE(late.at(0).toObject().value(s("payer")).toString(), s("cpam"));
        QCOMPARE(late.at(0).toObject().value(s("due_date")).toString(), s("2025-03-16"));
        QCOMPARE(late.at(0).toObject().value(s("days_late")).toInt(), 16);
        QCOMPARE(late.at(0).toObject().value(s("missing_cents")).toInteger(), 2 * 3000);
        const QJsonArray sessions = st.value(s("sessions")).toArray();
        QCOMPARE(sessions.size(), 5);
        for (int i = 0; i < 5; ++i) {
            const QJsonObject session = sessions.at(i).toObject();
            QCOMPARE(session.value(s("id")).toInteger(), i + 1);
            QCOMPARE(session.value(s("date")).toString(), s(dates[i]));
            QCOMPARE(session.value(s("covered")).toBool(), true);
            QCOMPARE(session.value(s("covered_index")).toInt(), i + 1);
            QCOMPARE(session.value(s("expected_amo_cents")).toInteger(), 3000);
            QCOMPARE(session.value(s("expected_amc_cents")).toInteger(), 0);
            QCOMPARE(session.value(s("patient_share_cents")).toInteger(), 2000);
            QCOMPARE(session.value(s("received_amo_cents")).toInteger(), i < 3 ? 3000 : 0);
            QCOMPARE(session.value(s("sheet_id")).toInteger(), i < 3 ? 1 : 2);
        }
        QVERIFY(kinds(st).contains(s("chase_payment")));
    }

    // Before 15 June 2024: 40 € evaluation, 30 € follow-ups, a referral required, 8 sessions.
    void yearUnderThe2022Rules()
    {
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Bob", "--birth", "1970-01-01",
                                  "--mutuelle", "Harmonie"})),
                 1);
        QCOMPARE(m_cli->add(args({"psy", "add", "--name", "Claire Dubois"})), 1);
        QCOMPARE(m_cli->add(args({"referral", "add", "--person", "1", "--by", "Dr Roy", "--role",
                                  "gp", "--date", "2023-01-02"})),
                 1);
        QCOMPARE(m_cli->add(
                     args({"session", "add", "--person", "1", "--psy", "1", "--date", "2023-01-10",
                           "--kind", "evaluation", "--fee", "40", "--referral", "1"})),
                 1);
        QCOMPARE(m_cli->add(
                     args({"session", "add", "--person", "1", "--psy", "1", "--date", "2023-01-17",
                           "--kind", "followup", "--fee", "30,00", "--referral", "1"})),
                 2);
        // Carl has no referral: his session is recorded with a warning, and not covered.
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Carl", "--birth", "1971-01-01"})), 2);
        const CliResult noReferral =
            m_cli->run(args({"session", "add", "--person", "2", "--psy", "1", "--date",
                             "2023-01-24", "--kind", "evaluation", "--fee", "40"}));
        CLI_VERIFY_OK(noReferral);
        QCOMPARE(noReferral.id(), 3);
        QCOMPARE(noReferral.errLines().size(), 1);
        QVERIFY2(
            noReferral.err.startsWith(s("carnet-cli: warning: This session will not be covered: ")),
            noReferral.describe().constData());
        const QJsonArray carl = status("2", "2023", "2023-02-01").value(s("sessions")).toArray();
        QCOMPARE(carl.size(), 1);
        QCOMPARE(carl.at(0).toObject().value(s("covered")).toBool(), false);
        QCOMPARE(carl.at(0).toObject().value(s("reason")).toString(), s("referral_missing"));

        const QJsonObject st = status("1", "2023", "2023-02-01");
        QCOMPARE(st.value(s("sessions_covered_cap")).toInt(), 8);
        QCOMPARE(st.value(s("sessions_covered_used")).toInt(), 2);
        QCOMPARE(st.value(s("sessions_covered_left")).toInt(), 6);
        QCOMPARE(st.value(s("paid_cents")).toInteger(), 7000);
        QCOMPARE(st.value(s("expected_amo_cents")).toInteger(), 2400 + 1800);
        QCOMPARE(st.value(s("expected_amc_cents")).toInteger(), 1600 + 1200);
        const QJsonArray sessions = st.value(s("sessions")).toArray();
        QCOMPARE(sessions.size(), 2);
        QCOMPARE(sessions.at(0).toObject().value(s("tariff_cents")).toInteger(), 4000);
        QCOMPARE(sessions.at(0).toObject().value(s("expected_amo_cents")).toInteger(), 2400);
        QCOMPARE(sessions.at(0).toObject().value(s("expected_amc_cents")).toInteger(), 1600);
        QCOMPARE(sessions.at(1).toObject().value(s("tariff_cents")).toInteger(), 3000);
        QCOMPARE(sessions.at(1).toObject().value(s("expected_amo_cents")).toInteger(), 1800);
        QCOMPARE(sessions.at(1).toObject().value(s("expected_amc_cents")).toInteger(), 1200);
    }

    // DOMAIN.md "Session paid by default": under tiers payant (C2S) a covered session is paid
    // nothing by default, but a 13th session, not covered, is paid in full.
    void tiersPayantPaidByDefault()
    {
        QCOMPARE(m_cli->add(args({"person", "add", "--name", "Dora", "--birth", "1990-05-05",
                                  "--coverage", "c2s", "--from", "2025-01-01"})),
                 1);
        QCOMPARE(m_cli->add(args({"psy", "add", "--name", "Claire Dubois"})), 1);
        QDate date(2025, 1, 8);
        for (int n = 1; n <= 13; ++n, date = date.addDays(7)) {
            const CliResult added =
                m_cli->run({s("session"), s("add"), s("--person"), s("1"), s("--psy"), s("1"),
                            s("--date"), date.toString(Qt::ISODate), s("--kind"),
                            n == 1 ? s("evaluation") : s("followup"), s("--fee"), s("50")});
            CLI_VERIFY_OK(added);
            QCOMPARE(added.id(), n);
        }
        const QJsonArray sessions =
            m_cli->run(args({"session", "list", "--person", "1", "--json"})).array();
        QCOMPARE(sessions.size(), 13);
        for (int i = 0; i < 12; ++i)
            QCOMPARE(sessions.at(i).toObject().value(s("paid_cents")).toInteger(), 0);
        QCOMPARE(sessions.at(12).toObject().value(s("paid_cents")).toInteger(), 5000);
        const QJsonObject st = status("1", "2025", "2025-06-30");
        QCOMPARE(st.value(s("paid_cents")).toInteger(), 5000);
        QCOMPARE(st.value(s("sessions_covered_used")).toInteger(), 12);
    }
};

QTEST_GUILESS_MAIN(TestCliScenarios)
#include "TestCliScenarios.moc"
