#include "cli/PersonAddCommand.h"

#include "cli/CliContext.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QTextStream>

namespace carnet::cli {

PersonAddCommand::PersonAddCommand()
    : Command(QStringLiteral("person add"),
              QStringLiteral("Add a person to the file; prints the new id."),
              QStringLiteral("person add --name NAME --birth YYYY-MM-DD [options]"))
{
    addOption(
        {QStringLiteral("name"), QStringLiteral("Full name (required)."), QStringLiteral("NAME")});
    addOption({QStringLiteral("birth"), QStringLiteral("Date of birth (required)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption(
        {QStringLiteral("relation"),
         QStringLiteral("Who the person is in the file: self, child or other (default: self)."),
         QStringLiteral("self|child|other")});
    addOption({QStringLiteral("nir"),
               QStringLiteral("Numéro de sécurité sociale, 13 characters and the 2-digit key; "
                              "spaces are ignored, the key is checked."),
               QStringLiteral("NUMBER")});
    addOption({QStringLiteral("coverage"),
               QStringLiteral("A situation of cover: standard (60 % CPAM + 40 % mutuelle), or "
                              "100 % with tiers payant: c2s, ame, ald (a non-psychiatric ALD), "
                              "maternity (from the 6th month), atmp."),
               QStringLiteral("KIND")});
    addOption({QStringLiteral("from"),
               QStringLiteral("First day of the --coverage situation (default: always)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("to"),
               QStringLiteral("Last day of the --coverage situation (default: still running)."),
               QStringLiteral("YYYY-MM-DD")});
    addOption({QStringLiteral("mutuelle"),
               QStringLiteral("The complementary insurer's name, or none (default: none)."),
               QStringLiteral("NAME|none")});
    addOption({QStringLiteral("notes"), QStringLiteral("Free notes."), QStringLiteral("TEXT")});
    setDetails(QStringLiteral(
        "Refused (exit 2): a missing name, a birth date that is not a date or is in the future, "
        "a NIR with a wrong key or format, an unknown relation or coverage, --from after --to.\n"
        "Example: carnet-cli person add --name \"Alice Martin\" --birth 1990-04-02 "
        "--mutuelle MGEN"));
    mapField(QStringLiteral("birth_date"), QStringLiteral("--birth"));
    mapField(QStringLiteral("coverage"), QStringLiteral("--coverage"));
}

int PersonAddCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    Person person;
    person.name = in.text(QStringLiteral("name"), true);
    person.birthDate = in.date(QStringLiteral("birth"), true);
    person.relation =
        in.key<Relation>(QStringLiteral("relation"), false,
                         {QStringLiteral("self"), QStringLiteral("child"), QStringLiteral("other")},
                         &relationFromKey)
            .value_or(Relation::Self);
    person.nir = in.text(QStringLiteral("nir"), false);
    const std::optional<CoverageKind> coverage = in.key<CoverageKind>(
        QStringLiteral("coverage"), false,
        {QStringLiteral("standard"), QStringLiteral("c2s"), QStringLiteral("ame"),
         QStringLiteral("ald"), QStringLiteral("maternity"), QStringLiteral("atmp")},
        &coverageFromKey);
    const QDate from = in.date(QStringLiteral("from"), false);
    const QDate to = in.date(QStringLiteral("to"), false);
    if (coverage) {
        if (from.isValid() && to.isValid() && to < from)
            in.refuse(QStringLiteral("--to"),
                      QStringLiteral("the situation ends before it starts"));
        person.coverage.append(CoveragePeriod{*coverage, from, to});
    } else if (in.isSet(QStringLiteral("from")) || in.isSet(QStringLiteral("to"))) {
        in.refuse(in.isSet(QStringLiteral("from")) ? QStringLiteral("--from")
                                                   : QStringLiteral("--to"),
                  QStringLiteral("goes with --coverage"));
    }
    const QString mutuelle = in.text(QStringLiteral("mutuelle"), false);
    if (in.isSet(QStringLiteral("mutuelle")) && mutuelle.isEmpty())
        in.refuse(QStringLiteral("--mutuelle"), QStringLiteral("give a name, or none"));
    person.mutuelle =
        mutuelle.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0 ? QString() : mutuelle;
    person.notes = in.text(QStringLiteral("notes"), false);
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Write))
        return CliContext::RefusedExit;
    const Result<qint64> added = context.file().people().addPerson(person);
    if (!added)
        return fail(context, added.error());
    context.out() << added.value() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
