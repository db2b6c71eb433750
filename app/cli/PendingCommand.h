#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `pending`: what to do for every person of the file: sheets to create or send, late payments.
class PendingCommand final : public Command
{
public:
    PendingCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
