#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `backup now`: makes a backup of the file and prints its path.
class BackupNowCommand final : public Command
{
public:
    BackupNowCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
