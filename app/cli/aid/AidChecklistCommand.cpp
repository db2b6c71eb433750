#include "cli/aid/AidChecklistCommand.h"

#include "aid/AidRules.h"
#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

#include <QJsonArray>
#include <QTextStream>

namespace carnet::cli {

AidChecklistCommand::AidChecklistCommand()
    : Command(QStringLiteral("aid checklist"),
              QStringLiteral("The documents of an AFI dossier and where each stands."),
              QStringLiteral("aid checklist ID [--today YYYY-MM-DD] [--json]"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("json"),
               QStringLiteral("Print a JSON array of {key, label, status, date, attachment_id, "
                              "variant, note, required, stale, stale_on}.")});
    setDetails(QStringLiteral("Statuses: missing, requested, received, attached. A document is "
                              "stale when older than the setting for its kind (income proof: 3 "
                              "months by default; these delays are not official)."));
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
}

int AidChecklistCommand::run(const QCommandLineParser& parser, CliContext& context) const
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
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& line : status->checklist)
            array.append(AidCli::checklistLine(line));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const auto& line : status->checklist) {
        context.out() << line.item.key << '\t' << checklistStatusKey(line.item.status) << '\t'
                      << (line.item.documentDate.isValid()
                              ? line.item.documentDate.toString(Qt::ISODate)
                              : QStringLiteral("-"))
                      << '\t' << line.label
                      << (line.stale ? QStringLiteral(" (too old)") : QString()) << '\n';
    }
    context.out() << status->itemsMissing << " missing, " << status->itemsStale << " too old"
                  << Qt::endl;
    return 0;
}

} // namespace carnet::cli
