#include "cli/aid/AidListCommand.h"

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

AidListCommand::AidListCommand()
    : Command(QStringLiteral("aid list"), QStringLiteral("List the AFI requests."),
              QStringLiteral("aid list [--person ID] [--json]"))
{
    addOption({QStringLiteral("person"), QStringLiteral("Only this person's requests."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array.")});
}

int AidListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 person = in.id(QStringLiteral("person"), false);
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    const QList<AidRequest> requests = aid.requests(person);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const auto& r : requests)
            array.append(AidCli::request(r));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const auto& r : requests) {
        context.out() << r.id << '\t' << "person " << r.personId << '\t' << r.departmentCode << '\t'
                      << formatCentsPlain(r.totalCents()) << " EUR\t" << aidDecisionKey(r.decision)
                      << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
