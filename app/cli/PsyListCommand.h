#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `psy list`: the psychologists of the file, as a table or as JSON.
class PsyListCommand final : public Command
{
public:
    PsyListCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
