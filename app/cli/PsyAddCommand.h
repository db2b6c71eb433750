#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `psy add`: records a psychologist and prints the new id; a failed RPPS check only warns.
class PsyAddCommand final : public Command
{
public:
    PsyAddCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
