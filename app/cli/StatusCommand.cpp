#include "cli/StatusCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "read/ReadSide.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

StatusCommand::StatusCommand()
    : Command(QStringLiteral("status"),
              QStringLiteral("Where a person stands for a year: covered sessions, money expected "
                             "and received, what to do next."),
              QStringLiteral("status --person ID [--year YYYY] [--today YYYY-MM-DD] [--json]"))
{
    addOption(
        {QStringLiteral("person"), QStringLiteral("The person (required)."), QStringLiteral("ID")});
    addOption({QStringLiteral("year"), QStringLiteral("The calendar year (default: today's)."),
               QStringLiteral("YYYY")});
    addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object (see below).")});
    setDetails(QStringLiteral(
        "The JSON object has: person_id, year, sessions_covered_cap, sessions_covered_used, "
        "sessions_covered_left, evaluation_done, paid_cents (advanced by the patient), "
        "expected_amo_cents / expected_amc_cents (due by the CPAM / the mutuelle), "
        "received_amo_cents / received_amc_cents, owed_amo_cents / owed_amc_cents (still due to "
        "the patient), sheets_to_send (ids), sessions_without_sheet (ids), late_payments "
        "(sheet_id, payer, due_date, days_late, missing_cents), sessions (id, date, covered, "
        "covered_index, reason and reason_text when not covered, tariff_cents, "
        "expected_amo_cents, expected_amc_cents, received_amo_cents, received_amc_cents, "
        "patient_share_cents, should_advance_cents, third_party_payment, sheet_id, warnings), "
        "next_steps (sentences) and next_step_details (kind, text, sheet_id, session_id, payer). "
        "Amounts are integer cents, dates YYYY-MM-DD."));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
}

namespace {

QString euros(Cents cents)
{
    return formatCentsPlain(cents) + QStringLiteral(" EUR");
}

void printText(QTextStream& out, qint64 personId, const YearStatus& s)
{
    out << "Person " << personId << ", year " << s.year << '\n';
    out << "Covered sessions: " << s.coveredUsed << " used, " << s.coveredLeft << " left (of "
        << s.coveredCap << "); evaluation " << (s.evaluationDone ? "done" : "not done") << '\n';
    out << "Advanced by the patient: " << euros(s.paidCents) << '\n';
    out << "CPAM:     expected " << euros(s.expectedAmoCents) << ", received "
        << euros(s.receivedAmoCents) << ", still owed " << euros(s.owedAmoCents) << '\n';
    out << "Mutuelle: expected " << euros(s.expectedAmcCents) << ", received "
        << euros(s.receivedAmcCents) << ", still owed " << euros(s.owedAmcCents) << '\n';
    if (!s.sheetsToSend.isEmpty()) {
        QStringList ids;
        for (const qint64 id : s.sheetsToSend)
            ids.append(QString::number(id));
        out << "Sheets to send: " << ids.join(QStringLiteral(", ")) << '\n';
    }
    for (const LatePayment& late : s.latePayments) {
        out << "Late: sheet " << late.sheetId << ", " << payerKey(late.payer) << ", "
            << late.daysLate << " days late (" << euros(late.missingCents) << " missing)\n";
    }
    if (!s.sessions.isEmpty())
        out << "Sessions:\n";
    for (const SessionAssessment& a : s.sessions) {
        out << "  " << a.sessionId << '\t' << a.date.toString(Qt::ISODate) << '\t';
        if (a.covered) {
            out << "covered " << a.coveredIndex << '/' << s.coveredCap << "\tCPAM "
                << formatCentsPlain(a.expectedAmoCents) << ", mutuelle "
                << formatCentsPlain(a.expectedAmcCents);
        } else {
            out << "not covered: " << a.reasonText;
        }
        out << '\n';
    }
    if (!s.nextSteps.isEmpty())
        out << "Next steps:\n";
    for (const NextStep& step : s.nextSteps)
        out << "  - " << step.text << '\n';
    out.flush();
}

} // namespace

int StatusCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 personId = in.id(QStringLiteral("person"), true);
    int year = in.year(QStringLiteral("year"));
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    if (const Result<Person> person = service.people().findPerson(personId); !person)
        return fail(context, person.error());
    if (year == 0)
        year = service.today().year();
    const Result<YearStatus> status = service.read().yearStatus(personId, year);
    if (!status)
        return fail(context, status.error());
    if (parser.isSet(QStringLiteral("json")))
        JsonView::print(context.out(), JsonView::yearStatus(personId, status.value()));
    else
        printText(context.out(), personId, status.value());
    return 0;
}

} // namespace carnet::cli
