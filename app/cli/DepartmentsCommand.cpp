#include "cli/DepartmentsCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "rules/Departments.h"

#include <QTextStream>

namespace carnet::cli {

DepartmentsCommand::DepartmentsCommand()
    : Command(QStringLiteral("departments"),
              QStringLiteral("The départements, each with its CPAM's ameli page for the aides "
                             "financières individuelles."),
              QStringLiteral("departments [--json]"))
{
    addOption({QStringLiteral("json"),
               QStringLiteral("Print a JSON array (code, name, ameli_url, ameli_slug, "
                              "slug_confirmed, excludes_psychology, note).")});
    setDetails(QStringLiteral("Without --json: one tab-separated line per département: code, "
                              "name, ameli URL. When the caisse's slug is not known, the URL is "
                              "the national page."));
}

int DepartmentsCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    const QList<Department>& departments = DepartmentDirectory::instance().all();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Department& department : departments)
            array.append(JsonView::department(department));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const Department& department : departments) {
        context.out() << department.code << '\t' << department.name << '\t'
                      << department.afiPage().toString() << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
