#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `import`: reads a JSON document written by `export` into the file.
class ImportCommand final : public Command
{
public:
    ImportCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
