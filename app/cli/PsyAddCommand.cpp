#include "cli/PsyAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

PsyAddCommand::PsyAddCommand()
    : Command(QStringLiteral("psy add"), QStringLiteral("Add a psychologist; prints the new id."),
              QStringLiteral("psy add --name NAME [--rpps DIGITS] [--partner yes|no]"))
{
    addOption(
        {QStringLiteral("name"), QStringLiteral("Full name (required)."), QStringLiteral("NAME")});
    addOption({QStringLiteral("rpps"),
               QStringLiteral("RPPS number (11 digits) or ADELI number (9 digits); spaces are "
                              "ignored. A failed RPPS check only warns."),
               QStringLiteral("DIGITS")});
    addOption({QStringLiteral("partner"),
               QStringLiteral("Whether the psychologist is a partner (conventionné) of Mon soutien "
                              "psy: only their sessions are covered (default: yes)."),
               QStringLiteral("yes|no")});
    addOption({QStringLiteral("contact"), QStringLiteral("Address, phone or e-mail: free text."),
               QStringLiteral("TEXT")});
    setDetails(
        QStringLiteral("Refused (exit 2): a missing name, an RPPS that is neither 11 nor 9 "
                       "digits, --partner other than yes or no.\n"
                       "Example: carnet-cli psy add --name \"Claire Dubois\" --rpps 10005173140"));
}

int PsyAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    Practitioner psy;
    psy.role = PractitionerRole::Psychologist;
    psy.name = in.text(QStringLiteral("name"), true);
    psy.rpps = in.text(QStringLiteral("rpps"), false);
    psy.partner = in.yesNo(QStringLiteral("partner"), true);
    psy.contact = in.text(QStringLiteral("contact"), false);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Write))
        return CliContext::RefusedExit;
    QStringList warnings;
    const Result<qint64> added = context.file().people().addPractitioner(psy, &warnings);
    if (!added)
        return fail(context, added.error());
    for (const QString& warning : std::as_const(warnings))
        context.warn(warning);
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
