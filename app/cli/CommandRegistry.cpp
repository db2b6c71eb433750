#include "cli/CommandRegistry.h"

#include "cli/BackupListCommand.h"
#include "cli/BackupNowCommand.h"
#include "cli/BackupRestoreCommand.h"
#include "cli/DepartmentsCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/ImportCommand.h"
#include "cli/PaymentAddCommand.h"
#include "cli/PendingCommand.h"
#include "cli/PersonAddCommand.h"
#include "cli/PersonArchiveCommand.h"
#include "cli/PersonListCommand.h"
#include "cli/PsyAddCommand.h"
#include "cli/PsyListCommand.h"
#include "cli/ReferralAddCommand.h"
#include "cli/ReferralListCommand.h"
#include "cli/SessionAddCommand.h"
#include "cli/SessionListCommand.h"
#include "cli/SheetAddCommand.h"
#include "cli/SheetSendCommand.h"
#include "cli/StatusCommand.h"
#include "cli/aid/AidChecklistCommand.h"
#include "cli/aid/AidClaimCommand.h"
#include "cli/aid/AidDecideCommand.h"
#include "cli/aid/AidDocCommand.h"
#include "cli/aid/AidListCommand.h"
#include "cli/aid/AidNewCommand.h"
#include "cli/aid/AidPdfCommand.h"
#include "cli/aid/AidStatusCommand.h"
#include "cli/aid/AidSubmitCommand.h"

namespace carnet::cli {

CommandRegistry::CommandRegistry()
{
    m_commands.push_back(std::make_unique<PersonAddCommand>());
    m_commands.push_back(std::make_unique<PersonListCommand>());
    m_commands.push_back(std::make_unique<PersonArchiveCommand>(true));
    m_commands.push_back(std::make_unique<PersonArchiveCommand>(false));
    m_commands.push_back(std::make_unique<PsyAddCommand>());
    m_commands.push_back(std::make_unique<PsyListCommand>());
    m_commands.push_back(std::make_unique<ReferralAddCommand>());
    m_commands.push_back(std::make_unique<ReferralListCommand>());
    m_commands.push_back(std::make_unique<SessionAddCommand>());
    m_commands.push_back(std::make_unique<SessionListCommand>());
    m_commands.push_back(std::make_unique<SheetAddCommand>());
    m_commands.push_back(std::make_unique<SheetSendCommand>());
    m_commands.push_back(std::make_unique<PaymentAddCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<PendingCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<AidNewCommand>());
    m_commands.push_back(std::make_unique<AidListCommand>());
    m_commands.push_back(std::make_unique<AidChecklistCommand>());
    m_commands.push_back(std::make_unique<AidDocCommand>());
    m_commands.push_back(std::make_unique<AidSubmitCommand>());
    m_commands.push_back(std::make_unique<AidDecideCommand>());
    m_commands.push_back(std::make_unique<AidClaimCommand>());
    m_commands.push_back(std::make_unique<AidStatusCommand>());
    m_commands.push_back(std::make_unique<AidPdfCommand>());
    m_commands.push_back(std::make_unique<DepartmentsCommand>());
    m_commands.push_back(std::make_unique<BackupListCommand>());
    m_commands.push_back(std::make_unique<BackupNowCommand>());
    m_commands.push_back(std::make_unique<BackupRestoreCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
}

CommandRegistry::~CommandRegistry() = default;

const Command* CommandRegistry::find(const QStringList& arguments, qsizetype* words) const
{
    for (const auto& command : m_commands) {
        const QStringList name = command->name().split(QLatin1Char(' '));
        if (arguments.size() >= name.size() && arguments.mid(0, name.size()) == name) {
            if (words)
                *words = name.size();
            return command.get();
        }
    }
    return nullptr;
}

QList<const Command*> CommandRegistry::group(const QString& word) const
{
    QList<const Command*> result;
    for (const auto& command : m_commands) {
        if (command->name().startsWith(word + QLatin1Char(' ')))
            result.append(command.get());
    }
    return result;
}

namespace {

QString listing(const QList<const Command*>& commands)
{
    qsizetype width = 0;
    for (const Command* command : commands)
        width = std::max(width, command->name().size());
    const qsizetype indent = width + 4;
    QString text;
    for (const Command* command : commands) {
        // The description wraps at 79 columns, under itself.
        QString line = QStringLiteral("  ") + command->name().leftJustified(width + 2);
        for (const QString& word : command->description().split(QLatin1Char(' '))) {
            if (line.size() > indent && line.size() + 1 + word.size() > 79) {
                text += line + QLatin1Char('\n');
                line = QString(indent, QLatin1Char(' '));
            }
            line += (line.size() > indent ? QStringLiteral(" ") : QString()) + word;
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

} // namespace

QString CommandRegistry::helpText() const
{
    QList<const Command*> all;
    for (const auto& command : m_commands)
        all.append(command.get());
    return QStringLiteral(
               "Usage: carnet-cli [--db FILE] [--today YYYY-MM-DD] COMMAND [options]\n"
               "\n"
               "Carnet's command line: Mon soutien psy sessions, feuilles de soins and CPAM /\n"
               "mutuelle payments, in the same file as the desktop application.\n"
               "\n"
               "Options:\n"
               "  --db <FILE>            The Carnet file (default: $CARNET_DB, then the file of\n"
               "                         the desktop application).\n"
               "  --today <YYYY-MM-DD>   Take this day as today (for reproducible output).\n"
               "  -h, --help             Show this help; COMMAND --help shows a command's\n"
               "                         options.\n"
               "  -v, --version          Show the version.\n"
               "\n"
               "Commands:\n") +
           listing(all) +
           QStringLiteral(
               "\n"
               "Amounts are in euros (50, 50.00 or 50,5) and printed in JSON as integer cents;\n"
               "dates are YYYY-MM-DD. Each command that changes the file is one transaction.\n"
               "Exit status: 0 when done; 2 when refused (one line on stderr naming the option,\n"
               "the file left unchanged) or on a usage error. Warnings go to stderr with exit\n"
               "status 0.\n");
}

QString CommandRegistry::groupHelpText(const QString& word) const
{
    return QStringLiteral("Usage: carnet-cli %1 SUBCOMMAND [options]\n\nSubcommands:\n").arg(word) +
           listing(group(word)) +
           QStringLiteral("\nRun 'carnet-cli %1 SUBCOMMAND --help' for a subcommand's options.\n")
               .arg(word);
}

} // namespace carnet::cli
