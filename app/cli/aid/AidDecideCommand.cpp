#include "cli/aid/AidDecideCommand.h"

#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "cli/aid/AidCli.h"
#include "service/CarnetFile.h"

namespace carnet::cli {

AidDecideCommand::AidDecideCommand()
    : Command(QStringLiteral("aid decide"),
              QStringLiteral("Record the commission's decision on an AFI request."),
              QStringLiteral("aid decide ID --date YYYY-MM-DD (--granted EUROS | --refused) "
                             "[--validity MONTHS]"))
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The aid request."), QStringLiteral("ID"));
    addOption({QStringLiteral("date"), QStringLiteral("The date of the decision (required)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("granted"),
               QStringLiteral("The amount granted (less than asked for: a partial grant)."),
               QStringLiteral("EUROS")});
    addOption({QStringLiteral("refused"), QStringLiteral("The request was refused.")});
    addOption({QStringLiteral("validity"),
               QStringLiteral("How long the grant is valid, from the letter (default: the "
                              "setting, 12 months, which is not official)."),
               QStringLiteral("MONTHS")});
    mapField(QStringLiteral("aid_request_id"), QStringLiteral("ID"));
    mapField(QStringLiteral("decision_date"), QStringLiteral("--date"));
    mapField(QStringLiteral("date"), QStringLiteral("--date"));
    mapField(QStringLiteral("granted"), QStringLiteral("--granted"));
    mapField(QStringLiteral("validity"), QStringLiteral("--validity"));
    mapField(QStringLiteral("submitted"), QStringLiteral("ID"));
}

int AidDecideCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 id = AidCli::requestId(parser, in);
    const QDate date = in.date(QStringLiteral("date"), true);
    const bool refused = parser.isSet(QStringLiteral("refused"));
    const auto granted = in.euros(QStringLiteral("granted"), false);
    if (refused == granted.has_value() && !in.failed()) {
        in.refuse(QStringLiteral("--granted"),
                  QStringLiteral("give either --granted EUROS or --refused"));
    }
    int validity = 0;
    const QString months = in.text(QStringLiteral("validity"), false);
    if (!months.isEmpty()) {
        bool ok = false;
        validity = months.toInt(&ok);
        if (!ok || validity < 1 || validity > 60) {
            in.refuse(QStringLiteral("--validity"),
                      QStringLiteral("give a number of months between 1 and 60"));
        }
    }
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    if (auto r = aid.recordDecision(id, date, refused, granted.value_or(0), validity); !r)
        return fail(context, r.error());
    return 0;
}

} // namespace carnet::cli
