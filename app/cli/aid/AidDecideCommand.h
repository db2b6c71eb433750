#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid decide`: records the commission's decision.
class AidDecideCommand final : public Command
{
public:
    AidDecideCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
