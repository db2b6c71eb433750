#include "cli/aid/AidSubmitCommand.h"

#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

namespace carnet::cli {

AidSubmitCommand::AidSubmitCommand()
    : Command(QStringLiteral("aid submit"),
              QStringLiteral("Record the date an AFI dossier was sent to the CPAM."),
              QStringLiteral("aid submit ID --date YYYY-MM-DD"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("date"), QStringLiteral("The day it was sent (required)."),
               QStringLiteral("YYYY-MM-DD")});
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
    mapField(QStringLiteral("date"), QStringLiteral("--date"));
    mapField(QStringLiteral("submitted"), QStringLiteral("--date"));
}

int AidSubmitCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 id = AidCli::requestId(parser, in);
    const QDate date = in.date(QStringLiteral("date"), true);
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    if (auto r = aid.markSubmitted(id, date); !r)
        return fail(context, r.error());
    return 0;
}

} // namespace carnet::cli
