#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `session add`: records a session and prints the new id; warns when it will not be covered.
class SessionAddCommand final : public Command
{
public:
    SessionAddCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
