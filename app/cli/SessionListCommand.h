#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `session list`: a person's sessions (one year or all), as a table or as JSON.
class SessionListCommand final : public Command
{
public:
    SessionListCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
