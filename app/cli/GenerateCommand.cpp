#include "cli/GenerateCommand.h"

#include "aid/AidService.h"
#include "cli/CliContext.h"
#include "cli/Generator.h"
#include "cli/OptionReader.h"
#include "service/CarnetFile.h"
#include "service/PeopleService.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace carnet::cli {

namespace {

// A whole number between `low` and `high`, or `fallback` when the option is not given.
int number(OptionReader& in, const QString& name, int low, int high, int fallback)
{
    const QString text = in.text(name, false);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < low || value > high) {
        in.refuse(QStringLiteral("--") + name,
                  QStringLiteral("give a whole number from %1 to %2").arg(low).arg(high));
        return fallback;
    }
    return value;
}

} // namespace

GenerateCommand::GenerateCommand()
    : Command(QStringLiteral("generate"),
              QStringLiteral("Fill a new file with a seeded, realistic workload (for the "
                             "benchmark)."),
              QStringLiteral("generate --persons N --years Y [--seed S] [--today YYYY-MM-DD]"))
{
    addOption({QStringLiteral("persons"), QStringLiteral("How many persons (1 to 100000)."),
               QStringLiteral("N")});
    addOption({QStringLiteral("years"),
               QStringLiteral("How many calendar years, the last one today's (1 to 50)."),
               QStringLiteral("Y")});
    addOption({QStringLiteral("seed"),
               QStringLiteral("The random seed (default: 1): the same seed and --today give "
                              "the same file."),
               QStringLiteral("S")});
    setDetails(QStringLiteral(
        "Households of adults and children, their psychologists and courriers, each year's "
        "sessions (evaluation and follow-ups within the caps, private ones besides), care "
        "sheets, CPAM and mutuelle payments split over the sessions, and AFI requests with "
        "their checklists for two persons in five. Everything goes through the same checks as "
        "the other commands, one transaction per person. Refused when the file already holds "
        "persons.\n"
        "Example: carnet-cli --db big.sqlite generate --persons 500 --years 10 --seed 7"));
}

int GenerateCommand::run(const QCommandLineParser& parser, CliContext& context) const
{
    OptionReader in(parser);
    if (!in.isSet(QStringLiteral("persons")))
        in.refuse(QStringLiteral("--persons"), QStringLiteral("is required"));
    if (!in.isSet(QStringLiteral("years")))
        in.refuse(QStringLiteral("--years"), QStringLiteral("is required"));
    Generator::Options options;
    options.persons = number(in, QStringLiteral("persons"), 1, 100000, 1);
    options.years = number(in, QStringLiteral("years"), 1, 50, 1);
    options.seed = quint32(number(in, QStringLiteral("seed"), 0, 2147483647, 1));
    if (in.failed())
        return in.fail(context);

    if (!context.open(CliContext::Access::Write))
        return CliContext::RefusedExit;
    if (!context.file().people().persons().isEmpty())
        return context.refuse(QStringLiteral("--db"),
                              QStringLiteral("the file already holds persons: generate fills a "
                                             "new file"));
    options.today = context.file().today();

    QElapsedTimer timer;
    timer.start();
    AidService& aid = context.file().aid();
    Generator generator(context.file(), aid);
    const Result<Generator::Counts> made = generator.run(options);
    if (!made)
        return fail(context, made.error());
    const Generator::Counts& c = made.value();
    context.out() << "persons " << c.persons << '\n'
                  << "psychologists " << c.psychologists << '\n'
                  << "referrals " << c.referrals << '\n'
                  << "sessions " << c.sessions << '\n'
                  << "care_sheets " << c.careSheets << '\n'
                  << "payments " << c.payments << '\n'
                  << "payment_shares " << c.paymentShares << '\n'
                  << "aid_requests " << c.aidRequests << '\n'
                  << "checklist_items " << c.checklistItems << '\n'
                  << "milliseconds " << timer.elapsed() << Qt::endl;
    return 0;
}

} // namespace carnet::cli
