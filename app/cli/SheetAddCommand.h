#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `sheet add`: records a feuille de soins for one or more sessions and prints the new id.
class SheetAddCommand final : public Command
{
public:
    SheetAddCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
