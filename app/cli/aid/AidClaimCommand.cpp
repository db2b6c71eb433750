#include "cli/aid/AidClaimCommand.h"

#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

namespace carnet::cli {

AidClaimCommand::AidClaimCommand()
    : Command(QStringLiteral("aid claim"),
              QStringLiteral("Record invoices sent to the CPAM against a granted AFI."),
              QStringLiteral("aid claim ID --date YYYY-MM-DD --amount EUROS [--from YYYY-MM-DD] "
                             "[--to YYYY-MM-DD] [--note TEXT]"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("date"), QStringLiteral("The day the invoices were sent (required)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("amount"), QStringLiteral("Their total (required)."),
               QStringLiteral("EUROS")});
    addOption({QStringLiteral("from"), QStringLiteral("First session they cover."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("to"),
               QStringLiteral("Last session they cover (default: the sending date)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("note"), QStringLiteral("Free note."), QStringLiteral("TEXT")});
    setDetails(QStringLiteral("Refused when the invoices would exceed what is left of the grant."));
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
    mapField(QStringLiteral("claims"), QStringLiteral("ID"));
    mapField(QStringLiteral("date"), QStringLiteral("--date"));
    mapField(QStringLiteral("amount"), QStringLiteral("--amount"));
    mapField(QStringLiteral("to"), QStringLiteral("--to"));
}

int AidClaimCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 id = AidCli::requestId(parser, in);
    AidClaim claim;
    claim.date = in.date(QStringLiteral("date"), true);
    claim.amountCents = in.euros(QStringLiteral("amount"), true).value_or(0);
    claim.coveredFrom = in.date(QStringLiteral("from"), false);
    claim.coveredTo = in.date(QStringLiteral("to"), false);
    claim.note = in.text(QStringLiteral("note"), false);
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    if (auto r = aid.addClaim(id, claim); !r)
        return fail(context, r.error());
    return 0;
}

} // namespace carnet::cli
