#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid status`: where a request stands and what to do next.
class AidStatusCommand final : public Command
{
public:
    AidStatusCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
