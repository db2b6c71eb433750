#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `status`: where a person stands for a calendar year (CarnetFile::yearStatus).
class StatusCommand final : public Command
{
public:
    StatusCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
