#pragma once

#include "cli/Command.h"

namespace carnet::cli {

// `aid new`: creates an AFI request (the devis' figures) and prints its id.
class AidNewCommand final : public Command
{
public:
    AidNewCommand();

protected:
    int run(const QCommandLineParser& parser, CliContext& context) const override;
};

} // namespace carnet::cli
