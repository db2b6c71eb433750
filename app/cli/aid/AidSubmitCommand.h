#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid submit`: records the date the dossier was sent.
class AidSubmitCommand final : public Command
{
public:
    AidSubmitCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
