#pragma once

#include "cli/Command.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace carnet::cli {

// Every verb of carnet-cli, in the order `carnet-cli --help` lists them, and the lookup of
// the verb named by the first words of a command line ("person add ...").
class CommandRegistry final
{
public:
    CommandRegistry();
    ~CommandRegistry();
    CommandRegistry(const CommandRegistry&) = delete;
    CommandRegistry& operator=(const CommandRegistry&) = delete;

    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

    // The verb whose name the first words of `arguments` spell; `words` receives how many
    // words that took. nullptr when none does.
    const Command* find(const QStringList& arguments, qsizetype* words) const;
    // The verbs whose name starts with `word` followed by a space ("person" → person add...).
    QList<const Command*> group(const QString& word) const;

    // `carnet-cli --help`.
    QString helpText() const;
    // `carnet-cli person --help`.
    QString groupHelpText(const QString& word) const;

private:
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace carnet::cli
