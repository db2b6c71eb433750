#include "cli/aid/AidNewCommand.h"

#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"

#include <QTextStream>

namespace carnet::cli {

AidNewCommand::AidNewCommand()
    : Command(QStringLiteral("aid new"),
              QStringLiteral("Start a request for the CPAM's aide financière individuelle "
                             "(AFI); prints the new id."),
              QStringLiteral("aid new --person ID --department CODE --psy ID --sessions N "
                             "--fee EUROS [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
                             "[--payee person|psychologist]"))
{
    addOption({QStringLiteral("person"), QStringLiteral("The person it is for (required)."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("department"),
               QStringLiteral("The département of the person's CPAM (required): 01..95, 2A, "
                              "2B, 971..974, 976."),
               QStringLiteral("CODE")});
    addOption({QStringLiteral("psy"), QStringLiteral("The psychologist (required)."),
               QStringLiteral("ID")});
    addOption({QStringLiteral("sessions"),
               QStringLiteral("Number of sessions in the quote (required)."), QStringLiteral("N")});
    addOption({QStringLiteral("fee"), QStringLiteral("Price of one session (required)."),
               QStringLiteral("EUROS")});
    addOption({QStringLiteral("from"), QStringLiteral("First day of the period."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("to"), QStringLiteral("Last day of the period."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("payee"),
               QStringLiteral("Who the CPAM pays: person (default, on invoices) or psychologist."),
               QStringLiteral("WHO")});
    addOption({QStringLiteral("scheme-sessions"),
               QStringLiteral("How many of the sessions Mon soutien psy covers (default 0)."),
               QStringLiteral("N")});
    addOption({QStringLiteral("mutuelle"),
               QStringLiteral("What the mutuelle pays of the total on its own (default 0)."),
               QStringLiteral("EUROS")});
    setDetails(QStringLiteral(
        "The checklist of the département's caisse is created with every document missing: "
        "see `aid checklist`. A caisse known to exclude psychology (Rhône) gets a warning on "
        "stderr; the request is stored anyway.\n"
        "Example: carnet-cli aid new --person 1 --department 55 --psy 2 --sessions 24 --fee 45 "
        "--from 2026-01-05 --to 2026-06-30"));
    mapField(QStringLiteral("person"), QStringLiteral("--person"));
    mapField(QStringLiteral("department"), QStringLiteral("--department"));
    mapField(QStringLiteral("psychologist"), QStringLiteral("--psy"));
    mapField(QStringLiteral("sessions"), QStringLiteral("--sessions"));
    mapField(QStringLiteral("fee"), QStringLiteral("--fee"));
    mapField(QStringLiteral("to"), QStringLiteral("--to"));
    mapField(QStringLiteral("scheme_sessions"), QStringLiteral("--scheme-sessions"));
    mapField(QStringLiteral("mutuelle"), QStringLiteral("--mutuelle"));
}

int AidNewCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    AidRequest r;
    r.personId = in.id(QStringLiteral("person"), true);
    r.departmentCode = in.text(QStringLiteral("department"), true);
    r.psychologistId = in.id(QStringLiteral("psy"), true);
    const QString sessions = in.text(QStringLiteral("sessions"), true);
    bool ok = sessions.isEmpty();
    r.sessions = sessions.toInt(&ok);
    if (!sessions.isEmpty() && !ok)
        in.refuse(QStringLiteral("--sessions"),
                  QStringLiteral("'%1' is not a number").arg(sessions));
    r.sessionPriceCents = in.euros(QStringLiteral("fee"), true).value_or(0);
    r.periodFrom = in.date(QStringLiteral("from"), false);
    r.periodTo = in.date(QStringLiteral("to"), false);
    r.payee = in.key<AidPayee>(QStringLiteral("payee"), false,
                               {QStringLiteral("person"), QStringLiteral("psychologist")},
                               &aidPayeeFromKey)
                  .value_or(AidPayee::Person);
    const QString scheme = in.text(QStringLiteral("scheme-sessions"), false);
    if (!scheme.isEmpty()) {
        r.schemeSessions = scheme.toInt(&ok);
        if (!ok) {
            in.refuse(QStringLiteral("--scheme-sessions"),
                      QStringLiteral("'%1' is not a number").arg(scheme));
        }
    }
    r.mutuelleForfaitCents = in.euros(QStringLiteral("mutuelle"), false).value_or(0);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    AidService& aid = context.file().aid();
    QStringList warnings;
    const auto added = aid.addRequest(r, &warnings);
    if (!added)
        return fail(context, added.error());
    for (const auto& warning : std::as_const(warnings))
        context.warn(warning);
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
