#include "cli/CliApplication.h"

#include "cli/CliContext.h"
#include "cli/CommandRegistry.h"
#include "cli/OptionReader.h"
#include "model/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace carnet::cli {

namespace {

bool isHelp(const QString& argument)
{
    return argument == QLatin1String("--help") || argument == QLatin1String("-h");
}

// Reads the value of a global option given as "--name VALUE" or "--name=VALUE".
bool takeValue(const QStringList& args, qsizetype& i, const QString& name, QString* value,
               bool* missing)
{
    const QString& argument = args.at(i);
    const QString dashed = QStringLiteral("--") + name;
    if (argument == dashed) {
        if (i + 1 >= args.size()) {
            *missing = true;
            return true;
        }
        *value = args.at(++i);
        return true;
    }
    if (argument.startsWith(dashed + QLatin1Char('='))) {
        *value = argument.mid(dashed.size() + 1);
        return true;
    }
    return false;
}

} // namespace

int run(QCoreApplication& app)
{
    // The same organisation and application names as the desktop application, so that
    // Database::defaultPath() is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("Carnet"));
    QCoreApplication::setApplicationName(QStringLiteral("carnet"));
    QCoreApplication::setApplicationVersion(version());

    QTextStream out(stdout);
    QTextStream err(stderr);
    CliContext context(out, err);
    const CommandRegistry registry;
    const QStringList args = app.arguments().mid(1);

    qsizetype i = 0;
    for (; i < args.size() && args.at(i).startsWith(QLatin1Char('-')); ++i) {
        const QString& argument = args.at(i);
        if (isHelp(argument)) {
            out << registry.helpText();
            return 0;
        }
        if (argument == QLatin1String("--version") || argument == QLatin1String("-v")) {
            out << "carnet-cli " << version() << Qt::endl;
            return 0;
        }
        QString value;
        bool missing = false;
        if (takeValue(args, i, QStringLiteral("db"), &value, &missing)) {
            if (missing || value.trimmed().isEmpty())
                return context.refuse(QStringLiteral("--db"), QStringLiteral("give a file"));
            context.setDatabasePath(value);
            continue;
        }
        if (takeValue(args, i, QStringLiteral("today"), &value, &missing)) {
            const QDate today = OptionReader::parseDate(value.trimmed());
            if (missing || !today.isValid()) {
                return context.refuse(
                    QStringLiteral("--today"),
                    QStringLiteral("'%1' is not a date (expected YYYY-MM-DD)").arg(value));
            }
            context.setToday(today);
            continue;
        }
        return context.refuse(
            QString(), QStringLiteral("unknown option '%1' (see carnet-cli --help)").arg(argument));
    }
    if (i >= args.size())
        return context.refuse(QString(),
                              QStringLiteral("no command given (see carnet-cli --help)"));

    QStringList rest = args.mid(i);
    // `carnet-cli help [COMMAND]` is `carnet-cli [COMMAND] --help`.
    if (rest.constFirst() == QLatin1String("help")) {
        rest.removeFirst();
        if (rest.isEmpty()) {
            out << registry.helpText();
            return 0;
        }
        rest.append(QStringLiteral("--help"));
    }

    qsizetype words = 0;
    if (const Command* command = registry.find(rest, &words))
        return command->execute(rest.mid(words), context);

    const QString& word = rest.constFirst();
    const QList<const Command*> group = registry.group(word);
    if (group.isEmpty()) {
        return context.refuse(
            QString(), QStringLiteral("unknown command '%1' (see carnet-cli --help)").arg(word));
    }
    if (rest.size() == 1 || isHelp(rest.at(1))) {
        if (rest.size() == 1) {
            return context.refuse(
                word, QStringLiteral("give a subcommand (see carnet-cli %1 --help)").arg(word));
        }
        out << registry.groupHelpText(word);
        return 0;
    }
    QStringList names;
    for (const Command* command : group)
        names.append(command->name());
    return context.refuse(word, QStringLiteral("unknown subcommand '%1' (one of: %2)")
                                    .arg(rest.at(1), names.join(QStringLiteral(", "))));
}

} // namespace carnet::cli
