#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `backup restore`: replaces the file with one of its backups (the replaced file is kept).
class BackupRestoreCommand final : public Command
{
public:
    BackupRestoreCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
