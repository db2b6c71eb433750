#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid list`: lists the AFI requests.
class AidListCommand final : public Command
{
public:
    AidListCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
