#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `generate`: fills a new file with a seeded, realistic workload (see Generator) for the
// benchmark, and prints what it made and how long it took.
class GenerateCommand final : public Command
{
public:
    GenerateCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
