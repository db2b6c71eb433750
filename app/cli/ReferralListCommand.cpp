#include "cli/ReferralListCommand.h"

#include "cli/CliContext.h"
#include "cli/JsonView.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

ReferralListCommand::ReferralListCommand()
    : Command(QStringLiteral("referral list"),
              QStringLiteral("List a person's courriers d'accompagnement."),
              QStringLiteral("referral list --person ID [--json]"))
{
    addOption(
        {QStringLiteral("person"), QStringLiteral("The person (required)."), QStringLiteral("ID")});
    addOption({QStringLiteral("json"),
               QStringLiteral("Print a JSON array of referrals (id, person_id, by, role, date, "
                              "consent, notes).")});
    setDetails(QStringLiteral("Without --json: one tab-separated line per referral: id, date, "
                              "role, who wrote it, the consent holders separated by \", \"."));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
}

int ReferralListCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    const qint64 personId = in.id(QStringLiteral("person"), true);
    if (in.failed())
        return in.fail(context);
    if (!context.open(CliContext::Access::Read))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    if (const Result<Person> person = service.people().findPerson(personId); !person)
        return fail(context, person.error());
    const QList<Referral> referrals = service.people().referrals(personId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Referral& referral : referrals)
            array.append(JsonView::referral(referral));
        JsonView::print(context.out(), array);
        return 0;
    }
    for (const Referral& referral : referrals) {
        context.out() << referral.id << '\t' << referral.date.toString(Qt::ISODate) << '\t'
                      << roleKey(referral.referrerRole) << '\t' << referral.referrerName << '\t'
                      << referral.consentHolders.join(QStringLiteral(", ")) << '\n';
    }
    context.out().flush();
    return 0;
}

} // namespace carnet::cli
