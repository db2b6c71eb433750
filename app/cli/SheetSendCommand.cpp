#include "cli/SheetSendCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"

#include <QTextStream>

namespace carnet::cli {

SheetSendCommand::SheetSendCommand()
    : Command(QStringLiteral("sheet send"),
              QStringLiteral("Record the day a feuille de soins was sent to the CPAM."),
              QStringLiteral("sheet send ID --date YYYY-MM-DD"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The sheet, an id from `sheet add`."),
                QStringLiteral("ID"));
    addOption({QStringLiteral("date"), QStringLiteral("The day it was sent (required)."),
               QStringLiteral("YYYY-MM-DD")});
    setDetails(QStringLiteral("Payments are then expected: from the CPAM 30 days after sending a "
                              "paper sheet (10 for an electronic one), from the mutuelle 15 days "
                              "after the CPAM paid.\n"
                              "Example: carnet-cli sheet send 3 --date 2025-02-01"));
    mapField(QStringLiteral("sent"), QStringLiteral("--date"));
    mapField(QStringLiteral("sheet_id"), QStringLiteral("ID"));
    mapField(QStringLiteral("id"), QStringLiteral("ID"));
}

int SheetSendCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 sheetId = positional.isEmpty() ? 0 : positional.constFirst().toLongLong(&ok);
    if (positional.isEmpty())
        in.refuse(QStringLiteral("ID"), QStringLiteral("give the id of the sheet"));
    else if (!ok || sheetId <= 0)
        in.refuse(QStringLiteral("ID"),
                  QStringLiteral("'%1' is not an id").arg(positional.constFirst()));
    const QDate sent = in.date(QStringLiteral("date"), true);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    const Result<void> marked = service.careSheets().markSheetSent(sheetId, sent);
    if (!marked)
        return fail(context, marked.error());
    return 0;
}

} // namespace carnet::cli
