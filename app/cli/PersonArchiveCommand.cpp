#include "cli/PersonArchiveCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

namespace carnet::cli {

PersonArchiveCommand::PersonArchiveCommand(bool archive)
    : Command(archive ? QStringLiteral("person archive") : QStringLiteral("person unarchive"),
              archive ? QStringLiteral("Archive a person: kept in the file, hidden from the "
                                       "lists and from `pending`.")
                      : QStringLiteral("Bring an archived person back."),
              archive ? QStringLiteral("person archive ID") : QStringLiteral("person unarchive ID"))
    , m_archive(archive)
{
    addArgument(QStringLiteral("ID"), QStringLiteral("The person, an id from `person list`."),
                QStringLiteral("ID"));
    setDetails(archive ? QStringLiteral("An archived person keeps every fact (sessions, sheets, "
                                        "payments, aid requests); `person list --all` lists "
                                        "them, `person unarchive` brings them back.\n"
                                        "Example: carnet-cli person archive 3")
                       : QStringLiteral("Example: carnet-cli person unarchive 3"));
    mapField(QStringLiteral("person_id"), QStringLiteral("ID"));
}

int PersonArchiveCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const QStringList positional = parser.positionalArguments();
    bool ok = false;
    const qint64 personId = positional.isEmpty() ? 0 : positional.constFirst().toLongLong(&ok);
    if (positional.isEmpty())
        in.refuse(QStringLiteral("ID"), QStringLiteral("give the id of the person"));
    else if (!ok || personId <= 0)
        in.refuse(QStringLiteral("ID"),
                  QStringLiteral("'%1' is not an id").arg(positional.constFirst()));
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    const Result<void> done = context.file().people().setArchived(personId, m_archive);
    if (!done)
        return fail(context, done.error());
    return 0;
}

} // namespace carnet::cli
