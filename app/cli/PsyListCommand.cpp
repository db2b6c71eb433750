#include "cli/PsyListCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

PsyListCommand::PsyListCommand()
    : Command(QStringLiteral("psy list"), QStringLiteral("List the psychologists of the file."),
              QStringLiteral("psy list [--json]"))
{
    addOption({QStringLiteral("json"),
               QStringLiteral(
                   "Print a JSON array of psychologists (id, name, rpps, partner, contact).")});
    setDetails(QStringLiteral("Without --json: one tab-separated line per psychologist: id, name, "
                              "RPPS (\"-\" for none), partner (yes or no)."));
}

int PsyListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    QList<Practitioner> psychologists;
    for (const Practitioner& practitioner : context.file().people().practitioners()) {
        if (practitioner.role == PractitionerRole::Psychologist)
            psychologists.append(practitioner);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Practitioner& psy : std::as_const(psychologists))
            array.append(JsonView::practitioner(psy));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const Practitioner& psy : std::as_const(psychologists)) {
        context.out() << psy.id << '\t' << psy.name << '\t'
                      << (psy.rpps.isEmpty() ? QStringLiteral("-") : psy.rpps) << '\t'
                      << (psy.partner ? "yes" : "no") << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
