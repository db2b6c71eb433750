#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid doc`: records where one document of the dossier stands.
class AidDocCommand final : public Command
{
public:
    AidDocCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
