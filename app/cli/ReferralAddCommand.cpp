#include "cli/ReferralAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

ReferralAddCommand::ReferralAddCommand()
    : Command(QStringLiteral("referral add"),
              QStringLiteral(
                  "Add a doctor's or midwife's courrier d'accompagnement; prints the new id."),
              QStringLiteral("referral add --person ID --by NAME --role ROLE --date YYYY-MM-DD "
                             "[--consent \"NAME[, NAME]\"]"))
{
    addOption({QStringLiteral("person"), QStringLiteral("The person it is for (required)."),
               QStringLiteral("ID")});
    addOption(
        {QStringLiteral("by"), QStringLiteral("Who wrote it (required)."), QStringLiteral("NAME")});
    addOption({QStringLiteral("role"),
               QStringLiteral("What the writer is (required): gp (médecin traitant), "
                              "pediatrician, midwife (sage-femme), school (médecin scolaire), "
                              "pmi, university (service de santé universitaire), hospital."),
               QStringLiteral("ROLE")});
    addOption({QStringLiteral("date"), QStringLiteral("The date on the courrier (required)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("consent"),
               QStringLiteral("For a minor: the holders of parental authority who consented, "
                              "separated by commas."),
               QStringLiteral("NAMES")});
    addOption({QStringLiteral("notes"), QStringLiteral("Free notes."), QStringLiteral("TEXT")});
    setDetails(QStringLiteral("A referral has been optional since 15 June 2024 (required before). "
                              "Give its id to `session add --referral`.\n"
                              "Example: carnet-cli referral add --person 2 --by \"Dr Petit\" "
                              "--role pediatrician --date 2025-01-10 --consent \"Alice Martin, "
                              "Marc Martin\""));
    mapField(QStringLiteral("person_id"), QStringLiteral("--person"));
    mapField(QStringLiteral("referrer_name"), QStringLiteral("--by"));
    mapField(QStringLiteral("referrer"), QStringLiteral("--by"));
    mapField(QStringLiteral("referrer_role"), QStringLiteral("--role"));
    mapField(QStringLiteral("consent_holders"), QStringLiteral("--consent"));
}

int ReferralAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    Referral referral;
    referral.personId = in.id(QStringLiteral("person"), true);
    referral.referrerName = in.text(QStringLiteral("by"), true);
    referral.referrerRole =
        in.key<PractitionerRole>(QStringLiteral("role"), true,
                                 {QStringLiteral("gp"), QStringLiteral("pediatrician"),
                                  QStringLiteral("midwife"), QStringLiteral("school"),
                                  QStringLiteral("pmi"), QStringLiteral("university"),
                                  QStringLiteral("hospital")},
                                 &roleFromKey)
            .value_or(PractitionerRole::GeneralPractitioner);
    referral.date = in.date(QStringLiteral("date"), true);
    const QStringList consent =
        in.text(QStringLiteral("consent"), false).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : consent) {
        if (!name.trimmed().isEmpty())
            referral.consentHolders.append(name.trimmed());
    }
    referral.notes = in.text(QStringLiteral("notes"), false);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Update))
        return CliContext::RefusedExit;
    CarnetFile& service = context.file();
    const Result<qint64> added = service.people().addReferral(referral);
    if (!added)
        return fail(context, added.error());
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
