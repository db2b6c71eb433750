#include "cli/PersonListCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

PersonListCommand::PersonListCommand()
    : Command(QStringLiteral("person list"), QStringLiteral("List the persons of the file."),
              QStringLiteral("person list [--all] [--json]"))
{
    addOption({QStringLiteral("json"),
               QStringLiteral("Print a JSON array of persons (id, name, birth_date, relation, "
                              "nir, mutuelle, coverage; with --all, archived).")});
    addOption({QStringLiteral("all"),
               QStringLiteral("List the archived persons too (`person archive`).")});
    setDetails(QStringLiteral("Without --json: one tab-separated line per person: id, name, "
                              "date of birth, relation, mutuelle (\"-\" for none); with --all, "
                              "a sixth column: \"archived\" or \"-\"."));
}

int PersonListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    const bool all = parser.isSet(QStringLiteral("all"));
    QList<Person> persons = context.file().people().persons();
    if (!all)
        persons.removeIf([](const Person& person) { return person.archived; });
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Person& person : persons) {
            QJsonObject object = JsonView::person(person);
            if (all)
                object.insert(QStringLiteral("archived"), person.archived);
            array.append(object);
        }
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const Person& person : persons) {
        context.out() << person.id << '\t' << person.name << '\t'
                      << person.birthDate.toString(Qt::ISODate) << '\t'
                      << relationKey(person.relation) << '\t'
                      << (person.hasMutuelle() ? person.mutuelle : QStringLiteral("-"));
        if (all)
            context.out() << '\t'
                          << (person.archived ? QStringLiteral("archived") : QStringLiteral("-"));
        context.out() << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
