#include "cli/SheetAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CareSheetService.h"
#include "service/CarnetFile.h"
#include "service/SessionService.h"

#include <QTextStream>

namespace carnet::cli {

SheetAddCommand::SheetAddCommand()
    : Command(
          QStringLiteral("sheet add"),
          QStringLiteral("Record a feuille de soins for one or more sessions; prints the new id."),
          QStringLiteral("sheet add --sessions ID[,ID...] [--issued YYYY-MM-DD] "
                         "[--sent YYYY-MM-DD] [--electronic]"))
{
    addOption({QStringLiteral("sessions"),
               QStringLiteral("The sessions on the sheet, ids separated by commas, all of one "
                              "person (required)."),
               QStringLiteral("IDS")});
    addOption({QStringLiteral("issued"),
               QStringLiteral("When the psychologist issued it (default: the day of its latest "
                              "session)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption(
        {QStringLiteral("sent"),
         QStringLiteral("When it was sent to the CPAM (default: not sent yet; see `sheet send`)."),
         QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("electronic"),
               QStringLiteral("An electronic feuille de soins (paid faster; late after 10 days "
                              "instead of 30).")});
    setDetails(QStringLiteral("Refused (exit 2): an unknown session, sessions of several persons, "
                              "a session already on another sheet, a sheet sent before it was "
                              "issued.\n"
                              "Example: carnet-cli sheet add --sessions 1,2 --sent 2025-01-20"));
    mapField(QStringLiteral("session_ids"), QStringLiteral("--sessions"));
    mapField(QStringLiteral("sessions"), QStringLiteral("--sessions"));
    mapField(QStringLiteral("person_id"), QStringLiteral("--sessions"));
}

int SheetAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    CareSheet sheet;
    sheet.sessionIds = in.ids(QStringLiteral("sessions"), true);
    sheet.issued = in.date(QStringLiteral("issued"), false);
    sheet.sent = in.date(QStringLiteral("sent"), false);
    sheet.electronic = in.isSet(QStringLiteral("electronic"));
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    const Result<qint64> added = service.careSheets().addCareSheet(sheet);
    if (!added)
        return fail(context, added.error());
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
