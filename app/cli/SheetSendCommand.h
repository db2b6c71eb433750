#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `sheet send`: records the date a feuille de soins was sent.
class SheetSendCommand final : public Command
{
public:
    SheetSendCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
