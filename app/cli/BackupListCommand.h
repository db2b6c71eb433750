#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `backup list`: the backups of the file, newest first.
class BackupListCommand final : public Command
{
public:
    BackupListCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
