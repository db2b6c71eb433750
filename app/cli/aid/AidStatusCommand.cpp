#include "cli/aid/AidStatusCommand.h"

#include "aid/AidRules.h"
#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

#include <QTextStream>

namespace carnet::cli {

AidStatusCommand::AidStatusCommand()
    : Command(QStringLiteral("aid status"),
              QStringLiteral("Where an AFI request stands: documents, waiting, decision, what is "
                             "left of the grant, what to do next."),
              QStringLiteral("aid status ID [--today YYYY-MM-DD] [--json]"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("json"), QStringLiteral("Print one JSON object (see below).")});
    setDetails(QStringLiteral(
        "The JSON object has: id, person_id, department, ameli_page, form_url, requested_cents, "
        "cpam_share_cents, mutuelle_share_cents, remaining_cost_cents, checklist (see aid "
        "checklist), items_missing, items_stale, ready_to_send, submitted, days_waiting, "
        "answer_expected, answer_overdue, decision (pending, granted, partial, refused), "
        "decision_date, granted_cents, claimed_cents, remaining_cents, expires, days_to_expiry, "
        "expired, unclaimed (month, session_ids, amount_cents), advice, warnings, next_steps "
        "(sentences) and next_step_details (kind, text, item, month). The delays (answer after "
        "about 4 months, 12 months of validity) come from accounts, not official texts."));
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
}

int AidStatusCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 id = AidCli::requestId(parser, in);
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    const auto status = aid.status(id);
    if (!status)
        return fail(context, status.error());
    const AidRequest request = *aid.request(id);
    if (parser.isSet(QStringLiteral("json"))) {
        JsonView::print(context.out(), AidCli::status(request, *status));
        return 0;
    }
    const auto euros = [](Cents c) {
        return formatCentsPlain(c) + QStringLiteral(" EUR");
    };
    QTextStream& out = context.out();
    out << "Aid request " << id << " (département " << request.departmentCode << ")\n";
    out << "Asked for: " << euros(status->requestedCents) << "; CPAM "
        << euros(status->shares.cpamCents) << ", mutuelle " << euros(status->shares.mutuelleCents)
        << ", left to pay " << euros(status->shares.remainingCents) << '\n';
    out << "Documents: " << status->itemsMissing << " missing, " << status->itemsStale
        << " too old\n";
    if (status->submitted) {
        out << "Sent on " << status->submittedOn.toString(Qt::ISODate) << ", "
            << status->daysWaiting << " days waiting\n";
    }
    out << "Decision: " << aidDecisionKey(status->decision) << '\n';
    if (status->expires.isValid()) {
        out << "Granted " << euros(status->grantedCents) << ", claimed "
            << euros(status->claimedCents) << ", left " << euros(status->remainingCents)
            << "; expires " << status->expires.toString(Qt::ISODate) << '\n';
    }
    for (const auto& warning : status->warnings)
        out << "Warning: " << warning << '\n';
    if (!status->nextSteps.isEmpty())
        out << "Next steps:\n";
    for (const auto& step : status->nextSteps)
        out << "  - " << step.text << '\n';
    out.flush();
    return 0;
}

} // namespace carnet::cli
