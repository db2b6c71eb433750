#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `export`: writes the file (or one person) to a versioned JSON document.
class ExportCommand final : public Command
{
public:
    ExportCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
