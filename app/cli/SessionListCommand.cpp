#include "cli/SessionListCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"
#include "service/SessionService.h"

#include <QTextStream>

namespace carnet::cli {

SessionListCommand::SessionListCommand()
    : Command(QStringLiteral("session list"), QStringLiteral("List a person's sessions."),
              QStringLiteral("session list --person ID [--year YYYY] [--json]"))
{
    addOption(
        {QStringLiteral("person"), QStringLiteral("The person (required)."), QStringLiteral("ID")});
    addOption({QStringLiteral("year"),
               QStringLiteral("Only the sessions of this calendar year "
                              "(default: every year)."),
               QStringLiteral("YYYY")});
    addOption({QStringLiteral("json"),
               QStringLiteral("Print a JSON array of sessions (id, person_id, psy_id, date, "
                              "kind, mode, fee_cents, paid_cents, referral_id).")});
    setDetails(QStringLiteral("Without --json: one tab-separated line per session, in date "
                              "order: id, date, kind, mode, fee, paid (euros), psychologist id."));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
}

int SessionListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 personId = in.id(QStringLiteral("person"), true);
    const int year = in.year(QStringLiteral("year"));
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    if (const Result<Person> person = service.people().findPerson(personId); !person)
        return fail(context, person.error());
    const QList<Session> sessions = service.sessions().sessions(personId, year);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Session& session : sessions)
            array.append(JsonView::session(session));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const Session& session : sessions) {
        context.out() << session.id << '\t' << session.date.toString(Qt::ISODate) << '\t'
                      << sessionKindKey(session.kind) << '\t' << sessionModeKey(session.mode)
                      << '\t' << formatCentsPlain(session.feeCents) << '\t'
                      << formatCentsPlain(session.paidCents) << '\t' << session.practitionerId
                      << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
