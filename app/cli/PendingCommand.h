#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `pending`: the agenda, what to do now for every person and year (or one person, some kinds).
class PendingCommand final : public Command
{
public:
    PendingCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
